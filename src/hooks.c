/*
 * hooks: a supervisor per hook. It closes everything the caller held
 * (the daemon's lock must not outlive it), starts the hook in its own
 * process group with the signal mask cleared and /dev/null for its
 * standard streams, learns over a close-on-exec pipe whether the exec
 * worked, then waits for SIGCHLD with sigtimedwait up to the deadline.
 * Its exit code tells the outcome: 0 ok, 1 killed at the deadline, 2
 * killed by a signal, 3 non-zero exit, 64 + errno when it could not run.
 */
#define _GNU_SOURCE	/* pipe2, close_range */
#include "hooks.h"

#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "clock.h"
#include "i18n.h"
#include "log.h"
#include "util.h"

int
hook_split(const char *cmd, char *buf, size_t len, char **argv, size_t max,
    const char **why)
{
	size_t	o = 0;
	int	argc = 0, in = 0;
	char	q = 0;

	for (; *cmd != '\0'; cmd++) {
		if (q == 0 && (*cmd == ' ' || *cmd == '\t')) {
			if (in && o < len)
				buf[o++] = '\0';
			in = 0;
			continue;
		}
		if (!in) {
			if ((size_t)argc + 1 >= max) {
				*why = _("too many words");
				return -1;
			}
			argv[argc++] = buf + o;
			in = 1;
		}
		if (q == 0 && (*cmd == '\'' || *cmd == '"'))
			q = *cmd;
		else if (q != 0 && *cmd == q)
			q = 0;
		else if (o + 1 < len)
			buf[o++] = *cmd;
		else {
			*why = _("too long");
			return -1;
		}
	}
	if (q != 0) {
		*why = _("a quote is not closed");
		return -1;
	}
	if (in) {
		if (o >= len) {
			*why = _("too long");
			return -1;
		}
		buf[o++] = '\0';
	}
	argv[argc] = NULL;
	if (argc == 0)
		*why = _("empty");
	return argc;
}

/* "NAME=value" at buf + *o, value's control bytes as spaces. */
static void
env_put(const char *name, const char *value, char *buf, size_t len,
    size_t *o, char **env, size_t *n)
{
	size_t	need = strlen(name) + 2, i, start = *o;

	if (value == NULL || *o + need > len)
		return;
	memcpy(buf + *o, name, need - 2);
	*o += need - 2;
	buf[(*o)++] = '=';
	for (i = 0; value[i] != '\0' && *o + 1 < len; i++) {
		unsigned char c = (unsigned char)value[i];

		buf[(*o)++] = c < 0x20 || c == 0x7f ? ' ' : (char)c;
	}
	buf[(*o)++] = '\0';
	env[(*n)++] = buf + start;
}

size_t
hook_env(const struct hook_event *ev, char *buf, size_t len, char **env,
    size_t max)
{
	char	sev[16];
	size_t	o = 0, n = 0;

	if (max < HOOK_ENV_MAX + 1)
		return 0;
	snprintf(sev, sizeof sev, "%d", ev->severity);
	env_put("UNCLENCH_EVENT", ev->event, buf, len, &o, env, &n);
	env_put("UNCLENCH_KIND", ev->kind, buf, len, &o, env, &n);
	env_put("UNCLENCH_PART", ev->part, buf, len, &o, env, &n);
	env_put("UNCLENCH_SEVERITY", ev->severity > 0 ? sev : NULL, buf, len,
	    &o, env, &n);
	/* The long texts last: when they are cut, only they are. */
	env_put("UNCLENCH_TITLE", ev->title, buf, len, &o, env, &n);
	env_put("UNCLENCH_BODY", ev->body, buf, len, &o, env, &n);
	env[n] = NULL;
	return n;
}

/* In the hook's process: never returns. */
static void
exec_hook(char **argv, char **env, int errfd)
{
	sigset_t	none;
	int		fd, e;
	size_t		i;

	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	signal(SIGPIPE, SIG_DFL);
	setpgid(0, 0);
	if ((fd = open("/dev/null", O_RDWR)) != -1) {
		dup2(fd, 0);
		dup2(fd, 1);
		dup2(fd, 2);
		if (fd > 2)
			close(fd);
	}
	for (i = 0; env[i] != NULL; i++)
		putenv(env[i]);
	execvp(argv[0], argv);
	e = errno;
	(void)write(errfd, &e, sizeof e);
	_exit(127);
}

/* Wait for pid until the deadline; SIGCHLD is blocked. The exit code. */
static int
supervise(pid_t pid)
{
	struct timespec	 ts;
	sigset_t	 set;
	uint64_t	 end, now;
	int		 st;

	sigemptyset(&set);
	sigaddset(&set, SIGCHLD);
	end = clock_mono_ms(&clock_real) + HOOK_DEADLINE_MS;
	while (waitpid(pid, &st, WNOHANG) != pid) {
		now = clock_mono_ms(&clock_real);
		if (now >= end) {
			kill(-pid, SIGKILL);
			kill(pid, SIGKILL);
			while (waitpid(pid, &st, 0) == -1 && errno == EINTR)
				;
			return 1;
		}
		ts.tv_sec = (time_t)((end - now) / 1000);
		ts.tv_nsec = (long)((end - now) % 1000) * 1000000;
		(void)sigtimedwait(&set, NULL, &ts);
	}
	if (WIFEXITED(st))
		return WEXITSTATUS(st) == 0 ? 0 : 3;
	return 2;
}

/* The supervisor: never returns. */
static void
run_supervisor(const char *name, const char *cmd, char **argv, char **env,
    const char *logpath)
{
	char		 buf[128];
	const char	*what;
	sigset_t	 set;
	pid_t		 pid;
	int		 p[2], e = 0, code;

	close_range(3, ~0U, 0);
	sigemptyset(&set);
	sigaddset(&set, SIGCHLD);
	sigprocmask(SIG_BLOCK, &set, NULL);
	if (pipe2(p, O_CLOEXEC) == -1 || (pid = fork()) == -1)
		_exit(64 + (errno < 192 ? errno : 0));
	if (pid == 0)
		exec_hook(argv, env, p[1]);
	close(p[1]);
	if (read(p[0], &e, sizeof e) == (ssize_t)sizeof e) {
		while (waitpid(pid, NULL, 0) == -1 && errno == EINTR)
			;
		code = 64 + (e > 0 && e < 192 ? e : 0);
	} else
		code = supervise(pid);
	if (logpath != NULL && code != 0) {
		what = hook_outcome(code << 8, buf, sizeof buf);
		log_init("hooks", &clock_real, 0, 0);
		log_open(logpath);
		dlog(0, _("hook %s (%s): %s"), name, cmd, what);
		log_close();
	}
	_exit(code);
}

pid_t
hook_spawn(const char *name, const char *cmd, const struct hook_event *ev,
    const char *logpath, const char **why)
{
	char	 words[1024], envbuf[HOOK_ENV_BYTES];
	char	*argv[HOOK_MAX_ARGS + 1], *env[HOOK_ENV_MAX + 1];
	pid_t	 pid, mid;
	int	 st;

	argv[0] = NULL;
	if (hook_split(cmd, words, sizeof words, argv, nitems(argv),
	    why) <= 0) {
		if (argv[0] == NULL)
			*why = _("empty");
		return -1;
	}
	hook_env(ev, envbuf, sizeof envbuf, env, nitems(env));
	if (logpath == NULL) {
		if ((pid = fork()) == -1) {
			*why = strerror(errno);
			return -1;
		}
		if (pid == 0)
			run_supervisor(name, cmd, argv, env, NULL);
		return pid;
	}
	/* Detached: the middle process only forks, so this wait is short. */
	if ((mid = fork()) == -1) {
		*why = strerror(errno);
		return -1;
	}
	if (mid == 0) {
		setsid();
		if (fork() == 0)
			run_supervisor(name, cmd, argv, env, logpath);
		_exit(0);
	}
	while (waitpid(mid, &st, 0) == -1 && errno == EINTR)
		;
	return 0;
}

const char *
hook_outcome(int wstatus, char *buf, size_t len)
{
	int code;

	if (!WIFEXITED(wstatus)) {
		snprintf(buf, len, "%s", _("its supervisor was killed"));
		return buf;
	}
	code = WEXITSTATUS(wstatus);
	if (code == 0)
		return NULL;
	if (code == 1)
		snprintf(buf, len, _("still running after %d s: killed"),
		    HOOK_DEADLINE_MS / 1000);
	else if (code == 2)
		snprintf(buf, len, "%s", _("killed by a signal"));
	else if (code == 3)
		snprintf(buf, len, "%s",
		    _("failed (a non-zero exit status)"));
	else if (code >= 64)
		snprintf(buf, len, _("cannot run: %s"), strerror(code - 64));
	else
		snprintf(buf, len, _("failed (supervisor status %d)"), code);
	return buf;
}
