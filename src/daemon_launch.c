/*
 * daemon_launch: see daemon_launch.h. Twice forked, so the terminal is
 * nobody's child to wait for; an exec that fails sends its errno back on
 * a close-on-exec pipe, which otherwise just closes.
 */
#define _GNU_SOURCE	/* pipe2 */
#include "daemon_launch.h"

#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "i18n.h"
#include "util.h"

int
daemon_launch(const char *terminal, const char *exe, const char *config_path,
    const char *command, const char *routine, char **cause)
{
	char	*argv[DAEMON_LAUNCH_MAX_ARGS + 8], *copy, *tok, *save;
	size_t	 argc = 0;
	pid_t	 mid;
	int	 p[2], err = 0, status;
	ssize_t	 r;
	sigset_t none;

	copy = xstrdup(terminal);
	for (tok = strtok_r(copy, " \t", &save); tok != NULL &&
	    argc < DAEMON_LAUNCH_MAX_ARGS; tok = strtok_r(NULL, " \t", &save))
		argv[argc++] = tok;
	if (argc == 0) {
		free(copy);
		*cause = xstrdup(_("[daemon] terminal is empty"));
		return -1;
	}
	argv[argc++] = (char *)exe;
	if (config_path != NULL) {
		argv[argc++] = (char *)"--config";
		argv[argc++] = (char *)config_path;
	}
	argv[argc++] = (char *)command;
	argv[argc++] = (char *)routine;
	argv[argc] = NULL;
	if (pipe2(p, O_CLOEXEC) == -1) {
		free(copy);
		*cause = xasprintf("pipe: %s", strerror(errno));
		return -1;
	}
	/* Twice forked: the terminal is not our child to wait for. */
	if ((mid = fork()) == 0) {
		if (fork() != 0)
			_exit(0);
		setsid();
		signal(SIGPIPE, SIG_DFL);
		sigemptyset(&none);
		sigprocmask(SIG_SETMASK, &none, NULL);
		close(p[0]);
		execvp(argv[0], argv);
		err = errno;
		(void)write(p[1], &err, sizeof err);
		_exit(127);
	}
	close(p[1]);
	if (mid == -1) {
		close(p[0]);
		free(copy);
		*cause = xasprintf("fork: %s", strerror(errno));
		return -1;
	}
	while (waitpid(mid, &status, 0) == -1 && errno == EINTR)
		;
	/* The pipe closes on exec; an errno arrives if exec failed. */
	while ((r = read(p[0], &err, sizeof err)) == -1 && errno == EINTR)
		;
	close(p[0]);
	if (r == (ssize_t)sizeof err) {
		*cause = xasprintf(_("cannot run %s: %s"), argv[0],
		    strerror(err));
		free(copy);
		return -1;
	}
	free(copy);
	return 0;
}
