/*
 * fake_daemon: a stand-in for the daemon's control socket that answers
 * one request with too much. Usage: fake_daemon SOCKET BYTES. It binds
 * SOCKET, reads one request line, writes BYTES bytes of 'x' (or until the
 * client hangs up), and exits 0. tests/faults/limits.sh checks that a
 * client stops reading at its limit instead of taking it all.
 */
#include <sys/socket.h>
#include <sys/un.h>

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int
main(int argc, char **argv)
{
	struct sockaddr_un	 sun;
	char			 buf[4096];
	char			*end;
	long			 left;
	ssize_t			 n;
	int			 ls, fd;

	if (argc != 3 || (left = strtol(argv[2], &end, 10)) < 0 ||
	    *end != '\0') {
		fputs("usage: fake_daemon SOCKET BYTES\n", stderr);
		return 2;
	}
	signal(SIGPIPE, SIG_IGN);
	memset(&sun, 0, sizeof sun);
	sun.sun_family = AF_UNIX;
	if (strlen(argv[1]) >= sizeof sun.sun_path) {
		fputs("fake_daemon: socket path too long\n", stderr);
		return 2;
	}
	memcpy(sun.sun_path, argv[1], strlen(argv[1]) + 1);
	if ((ls = socket(AF_UNIX, SOCK_STREAM, 0)) == -1 ||
	    bind(ls, (struct sockaddr *)&sun, sizeof sun) == -1 ||
	    listen(ls, 1) == -1) {
		perror("fake_daemon");
		return 1;
	}
	if ((fd = accept(ls, NULL, NULL)) == -1) {
		perror("fake_daemon: accept");
		return 1;
	}
	while ((n = read(fd, buf, sizeof buf)) > 0)
		if (memchr(buf, '\n', (size_t)n) != NULL)
			break;
	memset(buf, 'x', sizeof buf);
	while (left > 0) {
		n = write(fd, buf, left < (long)sizeof buf ? (size_t)left :
		    sizeof buf);
		if (n <= 0)
			break;	/* the client hung up: the point */
		left -= n;
	}
	close(fd);
	close(ls);
	unlink(argv[1]);
	return 0;
}
