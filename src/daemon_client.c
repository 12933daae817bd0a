/*
 * daemon_client: the command line's side of the daemon. It asks a running
 * daemon over the control socket, finds it through its lock, and sends a
 * test notification from this process. Nothing here runs the daemon.
 */
#define _GNU_SOURCE	/* struct ucred */
#include "daemon_client.h"

#include <sys/file.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "clock.h"
#include "notifier.h"
#include "files_paths.h"
#include "i18n.h"
#include "util.h"

/*
 * Is dir a private directory of ours? The /tmp fallback of the runtime
 * directory is shared: another user could make it first and plant a
 * socket to answer us, or a lock file naming a pid for `drink` to signal.
 * The daemon and its clients alike trust nothing in it otherwise.
 */
int
daemon_rundir_ours(const char *dir)
{
	struct stat sb;

	return lstat(dir, &sb) == 0 && S_ISDIR(sb.st_mode) &&
	    sb.st_uid == getuid() && (sb.st_mode & 077) == 0;
}

pid_t
daemon_running(char **lockpath)
{
	char		*dir = paths_runtime_dir(), *path, buf[32];
	const char	*why;
	pid_t		 pid = 0;
	ssize_t		 n;
	long		 v;
	int		 fd;

	path = xasprintf("%s/daemon.lock", dir);
	if (!daemon_rundir_ours(dir))
		fd = -1;
	else
		fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	free(dir);
	if (fd != -1) {
		if (flock(fd, LOCK_SH | LOCK_NB) == -1 &&
		    errno == EWOULDBLOCK) {
			n = read(fd, buf, sizeof buf - 1);
			buf[n > 0 ? n : 0] = '\0';
			buf[strcspn(buf, "\n")] = '\0';
			/*
			 * Range-checked: callers signal this pid, and a long
			 * cut to a pid_t could name any process.
			 */
			if (parse_long(buf, 1, INT_MAX, &v, &why) == 0)
				pid = (pid_t)v;
			else
				pid = -1;	/* locked; no pid (yet) */
		}
		close(fd);
	}
	if (lockpath != NULL)
		*lockpath = path;
	else
		free(path);
	return pid;
}

/* Read the whole answer on fd into *reply (allocated), or say why not. */
static int
read_reply(int fd, char **reply, char **cause)
{
	char		*out, buf[1024];
	uint64_t	 start;
	size_t		 len = 0;
	ssize_t		 r;

	out = xstrdup("");
	start = clock_mono_ms(&clock_real);
	while ((r = read(fd, buf, sizeof buf)) > 0) {
		/*
		 * An answer is a few lines, at once: anything huge or slow
		 * is not our daemon (each read waits 5 s at most; so does
		 * the whole answer, give or take one read).
		 */
		if (len + (size_t)r > DAEMON_REPLY_MAX ||
		    clock_mono_ms(&clock_real) - start > 5000) {
			free(out);
			if (len + (size_t)r > DAEMON_REPLY_MAX)
				*cause = xasprintf(_("the daemon's answer is "
				    "too long (more than %d bytes)"),
				    DAEMON_REPLY_MAX);
			else
				*cause = xstrdup(_("the daemon's answer is too "
				    "slow (more than 5 s)"));
			return -1;
		}
		out = xreallocarray(out, 1, len + (size_t)r + 1);
		memcpy(out + len, buf, (size_t)r);
		len += (size_t)r;
		out[len] = '\0';
	}
	if (r < 0 || len == 0) {
		*cause = xasprintf(_("no answer from the daemon%s%s"),
		    r < 0 ? ": " : "", r < 0 ? strerror(errno) : "");
		free(out);
		return -1;
	}
	*reply = out;
	return 0;
}

int
daemon_request(const char *request, char **reply, char **cause)
{
	return daemon_request_within(request, DAEMON_REPLY_MS, reply, cause);
}

void
daemon_tell_refresh(void)
{
	char *reply = NULL, *cause = NULL;

	/* Best effort: no daemon, or a hung one, is not the caller's error. */
	if (daemon_request_within("refresh", DAEMON_TELL_MS, &reply,
	    &cause) == 0)
		free(reply);
	else
		free(cause);
}

/*
 * Connect to our own daemon's socket (blocking; timeouts of ms, 0: none)
 * and send request; the fd, or -1 with *cause.
 */
static int
connect_send(const char *request, int ms, char **cause)
{
	struct sockaddr_un	 sun;
	struct timeval		 tv = { ms / 1000, ms % 1000 * 1000 };
	char			*dir = paths_runtime_dir();
	char			 buf[1024];
	struct ucred		 cred;
	socklen_t		 clen = sizeof cred;
	int			 fd;

	memset(&sun, 0, sizeof sun);
	sun.sun_family = AF_UNIX;
	/* A path cut to fit would be another socket (the daemon's is not). */
	if ((size_t)snprintf(sun.sun_path, sizeof sun.sun_path,
	    "%s/daemon.sock", dir) >= sizeof sun.sun_path) {
		*cause = xasprintf(_("%s/daemon.sock: path too long for a "
		    "socket"),
		    dir);
		free(dir);
		return -1;
	}
	free(dir);
	if ((fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0)) == -1) {
		*cause = xasprintf("socket: %s", strerror(errno));
		return -1;
	}
	if (ms > 0) {
		setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
		setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
	}
	if (connect(fd, (struct sockaddr *)&sun, sizeof sun) == -1) {
		*cause = xasprintf(_("the daemon is not running (%s: %s); "
		    "start it with: unclench daemon"), sun.sun_path,
		    strerror(errno));
		close(fd);
		return -1;
	}
	/* Only our own daemon is believed (and printed to the terminal). */
	if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &clen) == -1 ||
	    cred.uid != getuid()) {
		*cause = xasprintf(_("%s is not your daemon's socket (another "
		    "user's process is listening there)"), sun.sun_path);
		close(fd);
		return -1;
	}
	snprintf(buf, sizeof buf, "%s\n", request);
	if (write(fd, buf, strlen(buf)) != (ssize_t)strlen(buf)) {
		*cause = xasprintf(_("cannot talk to the daemon: %s"),
		    strerror(errno));
		close(fd);
		return -1;
	}
	return fd;
}

int
daemon_request_within(const char *request, int ms, char **reply,
    char **cause)
{
	int fd, r;

	if ((fd = connect_send(request, ms, cause)) == -1)
		return -1;
	shutdown(fd, SHUT_WR);
	r = read_reply(fd, reply, cause);
	close(fd);
	return r;
}

int
daemon_subscribe(int osc, char **cause)
{
	return connect_send(osc ? "subscribe osc" : "subscribe", 0, cause);
}

int
daemon_test_notification(char **msg)
{
	struct notifier		*nt;
	struct notification	 n;
	struct notify_report	 rep[4];
	struct pollfd		 pfd;
	char			*cause = NULL, body[128], stamp[16];
	unsigned long		 id;
	uint64_t		 now, stop;
	int64_t			 dl;
	size_t			 k, i;
	int			 r = -1;
	time_t			 t = clock_wall(&clock_real);
	struct tm		 tm;

	localtime_r(&t, &tm);
	strftime(stamp, sizeof stamp, "%H:%M:%S", &tm);
	snprintf(body, sizeof body, _("Reminders will look like this. "
	    "Sent at %s."), stamp);
	memset(&n, 0, sizeof n);
	n.title = _("unclench: test notification");
	n.body = body;
	nt = notifier_libnotify_new("unclench", DAEMON_SHOW_TIMEOUT_MS);
	if ((id = nt->send(nt, &n, &cause)) == 0) {
		*msg = xasprintf(_("could not send: %s"), cause);
		free(cause);
		nt->free(nt);
		return -1;
	}
	/* The notifier's own deadline ends this; stop is a backstop. */
	stop = clock_mono_ms(&clock_real) + DAEMON_SHOW_TIMEOUT_MS + 2000;
	*msg = NULL;
	while (*msg == NULL) {
		now = clock_mono_ms(&clock_real);
		if (now >= stop) {
			*msg = xstrdup(_("no answer in time"));
			break;
		}
		dl = nt->deadline(nt);
		if (dl < 0 || (uint64_t)dl > stop)
			dl = (int64_t)stop;
		pfd.fd = nt->fd(nt);
		pfd.events = POLLIN;
		poll(&pfd, 1, (uint64_t)dl <= now ? 0 :
		    (int)((uint64_t)dl - now + 1));
		k = nt->service(nt, clock_mono_ms(&clock_real), rep,
		    nitems(rep));
		for (i = 0; i < k && *msg == NULL; i++) {
			if (rep[i].id != id)
				continue;
			if (rep[i].status == NOTIFY_SHOWN) {
				*msg = xstrdup(_("the notification server "
				    "took it"));
				r = 0;
			} else if (rep[i].status == NOTIFY_FAILED)
				*msg = xasprintf(_("the notification server "
				    "did not take it: %s"), rep[i].detail);
		}
	}
	nt->free(nt);
	return r;
}
