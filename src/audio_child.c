/*
 * audio_child: the child's loop (see audio_child.h). It waits in poll on
 * the parent's socket and on a self-pipe SIGCHLD writes to, so a speech
 * command's end, its deadline and the parent's records are all one wait.
 * Speech goes to speech-dispatcher through libspeechd (dlopen: the player
 * maps nothing), or to a command run with an argument vector, never a
 * shell: the user's speech_command, else spd-say, else espeak-ng. One
 * command speaks at a time; the lines behind it wait in a small queue.
 */
#include "audio_child.h"

#include <sys/socket.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "audio_cue.h"
#include "clock.h"
#include "i18n.h"
#include "util.h"

#define QUEUE_MAX	32	/* lines waiting; more are dropped */
#define ARGV_MAX	40

/* libspeechd's values (speechd_types.h, libspeechd.h), for dlsym. */
#define SPD_MESSAGE_	2
#define SPD_PROGRESS_	5
#define SPD_MODE_SINGLE_ 0

/* Where speech goes, best first; each failing one gives way to the next. */
enum backend { BACK_USER, BACK_SPD, BACK_SPDSAY, BACK_ESPEAK, BACK_NONE };

struct line {
	char	*text;
	int	 prio;
};

struct child {
	const struct audio_child_opts *o;
	int		 fd;
	enum backend	 back;
	void		*spd_lib, *spd;
	int		(*spd_say)(void *, int, const char *);
	int		(*spd_cancel)(void *);
	void		(*spd_close)(void *);
	struct line	 q[QUEUE_MAX];
	size_t		 qhead, qlen;
	pid_t		 cmd;		/* a speech command running, or 0 */
	uint64_t	 deadline;	/* when it is killed (us) */
	struct line	 cur;		/* its line, retried on fallback */
	struct audio_cue *cue;
	int		 told_none, told_user;
};

static int sigchld_pipe[2] = { -1, -1 };

/* pipe2 is not POSIX: the flags one at a time (the child is one thread). */
static int
pipe_flags(int p[2], int nonblock)
{
	int i;

	if (pipe(p) != 0)
		return -1;
	for (i = 0; i < 2; i++) {
		fcntl(p[i], F_SETFD, FD_CLOEXEC);
		if (nonblock)
			fcntl(p[i], F_SETFL, fcntl(p[i], F_GETFL) | O_NONBLOCK);
	}
	return 0;
}

static void
on_sigchld(int sig)
{
	int saved = errno;

	(void)sig;
	(void)write(sigchld_pipe[1], "c", 1);
	errno = saved;
}

void
audio_child_notice(int fd, const char *fmt, ...)
{
	char	buf[AUDIO_REC_MAX];
	va_list	ap;
	int	n;

	buf[0] = AUDIO_REC_NOTICE;
	buf[1] = 0;
	va_start(ap, fmt);
	n = vsnprintf(buf + 2, sizeof buf - 2, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n > sizeof buf - 3)
		n = (int)sizeof buf - 3;
	(void)send(fd, buf, (size_t)n + 2, MSG_DONTWAIT | MSG_NOSIGNAL);
}

/* speech-dispatcher through libspeechd; 0 when connected. */
static int
spd_connect(struct child *c)
{
	void	*(*open2)(const char *, const char *, const char *, int,
		    void *, int, char **);
	char	*err = NULL;

	if ((c->spd_lib = dlopen("libspeechd.so.2", RTLD_NOW | RTLD_LOCAL))
	    == NULL)
		return -1;
	*(void **)&open2 = dlsym(c->spd_lib, "spd_open2");
	*(void **)&c->spd_say = dlsym(c->spd_lib, "spd_say");
	*(void **)&c->spd_cancel = dlsym(c->spd_lib, "spd_cancel");
	*(void **)&c->spd_close = dlsym(c->spd_lib, "spd_close");
	if (open2 == NULL || c->spd_say == NULL || c->spd_cancel == NULL ||
	    c->spd_close == NULL)
		return -1;
	/* Autospawn: the server starts per user as spd-say would start it. */
	c->spd = open2("unclench", "coach", NULL, SPD_MODE_SINGLE_, NULL, 1,
	    &err);
	free(err);
	return c->spd != NULL ? 0 : -1;
}

static void
choose_backend(struct child *c)
{
	if (c->o->speech_command[0] != '\0')
		c->back = BACK_USER;
	else if (spd_connect(c) == 0)
		c->back = BACK_SPD;
	else
		c->back = BACK_SPDSAY;
}

/* The argument vector for line l on the current backend. */
static size_t
build_argv(struct child *c, const struct line *l, char *words, size_t wlen,
    char **argv, char *amp, size_t amplen)
{
	size_t	 n = 0;
	char	*w, *save;

	switch (c->back) {
	case BACK_USER:
		strlcpy_safe(words, c->o->speech_command, wlen);
		for (w = strtok_r(words, " \t", &save); w != NULL &&
		    n < ARGV_MAX - 2; w = strtok_r(NULL, " \t", &save))
			argv[n++] = w;
		break;
	case BACK_SPDSAY:
		argv[n++] = (char *)"spd-say";
		argv[n++] = (char *)"-w";
		argv[n++] = (char *)"-P";
		argv[n++] = (char *)(l->prio == AUDIO_PROGRESS ? "progress" :
		    "message");
		argv[n++] = (char *)"--";
		break;
	default:
		/* espeak-ng's amplitude is 0-200, 100 its own default. */
		snprintf(amp, amplen, "%d", c->o->volume);
		argv[n++] = (char *)"espeak-ng";
		argv[n++] = (char *)"-a";
		argv[n++] = amp;
		argv[n++] = (char *)"--";
		break;
	}
	argv[n++] = l->text;
	argv[n] = NULL;
	return n;
}

/*
 * Fork and exec argv in a process group of its own (so a deadline kills
 * a script and what it started). The exec's errno comes back on a
 * close-on-exec pipe: 0 when it ran.
 */
static pid_t
spawn(char **argv, int *err)
{
	int	ep[2], e = 0;
	pid_t	pid;

	*err = 0;
	if (pipe_flags(ep, 0) != 0) {
		*err = errno;
		return -1;
	}
	if ((pid = fork()) == -1) {
		*err = errno;
		close(ep[0]);
		close(ep[1]);
		return -1;
	}
	if (pid == 0) {
		sigset_t none;

		setpgid(0, 0);
		signal(SIGINT, SIG_DFL);
		signal(SIGQUIT, SIG_DFL);
		signal(SIGTSTP, SIG_DFL);
		signal(SIGPIPE, SIG_DFL);
		signal(SIGCHLD, SIG_DFL);
		sigemptyset(&none);
		sigprocmask(SIG_SETMASK, &none, NULL);
		execvp(argv[0], argv);
		e = errno;
		(void)write(ep[1], &e, sizeof e);
		_exit(127);
	}
	close(ep[1]);
	while (read(ep[0], &e, sizeof e) == -1 && errno == EINTR)
		;
	close(ep[0]);
	if (e != 0) {
		while (waitpid(pid, NULL, 0) == -1 && errno == EINTR)
			;
		*err = e;
		return -1;
	}
	return pid;
}

static void
free_line(struct line *l)
{
	free(l->text);
	l->text = NULL;
}

/* Start the current line on the backend, falling back as they fail. */
static void
start_line(struct child *c)
{
	char	 words[256], amp[8], *argv[ARGV_MAX];
	int	 err;

	while (c->back != BACK_NONE) {
		build_argv(c, &c->cur, words, sizeof words, argv, amp,
		    sizeof amp);
		if ((c->cmd = spawn(argv, &err)) > 0) {
			c->deadline = clock_real_mono_us() +
			    (uint64_t)c->o->speech_timeout_ms * 1000;
			return;
		}
		c->cmd = 0;
		if (c->back == BACK_USER) {
			if (!c->told_user++)
				audio_child_notice(c->fd, _("speech_command: "
				    "cannot run %s: %s"), argv[0],
				    strerror(err));
			free_line(&c->cur);
			return;
		}
		c->back++;
	}
	if (!c->told_none++)
		audio_child_notice(c->fd, "%s", _("no speech: install "
		    "speech-dispatcher (apt install speech-dispatcher) or "
		    "espeak-ng"));
	free_line(&c->cur);
}

/* A command ended with status st: a built-in one that failed gives way. */
static void
line_done(struct child *c, int st)
{
	int failed = !WIFEXITED(st) || WEXITSTATUS(st) != 0;

	c->cmd = 0;
	if (failed && (c->back == BACK_SPDSAY || c->back == BACK_ESPEAK) &&
	    c->cur.text != NULL) {
		c->back++;
		start_line(c);
		return;
	}
	free_line(&c->cur);
}

static void
kill_cmd(struct child *c)
{
	if (c->cmd <= 0)
		return;
	killpg(c->cmd, SIGKILL);
	kill(c->cmd, SIGKILL);
	while (waitpid(c->cmd, NULL, 0) == -1 && errno == EINTR)
		;
	c->cmd = 0;
	free_line(&c->cur);
}

static void
drop_queue(struct child *c)
{
	while (c->qlen > 0) {
		free_line(&c->q[c->qhead]);
		c->qhead = (c->qhead + 1) % QUEUE_MAX;
		c->qlen--;
	}
}

static void
say(struct child *c, const char *text, int prio)
{
	struct line *l;

	if (c->back == BACK_SPD) {
		if (c->spd_say(c->spd, prio == AUDIO_PROGRESS ? SPD_PROGRESS_ :
		    SPD_MESSAGE_, text) >= 0)
			return;
		/* The server went away: commands from now on. */
		c->back = BACK_SPDSAY;
	}
	if (c->qlen == QUEUE_MAX)
		return;
	l = &c->q[(c->qhead + c->qlen++) % QUEUE_MAX];
	l->text = xstrdup(text);
	l->prio = prio;
}

static void
cancel(struct child *c)
{
	drop_queue(c);
	kill_cmd(c);
	if (c->back == BACK_SPD)
		c->spd_cancel(c->spd);
}

/* Read every record waiting; -1 when the parent closed its end. */
static int
read_records(struct child *c)
{
	char	buf[AUDIO_REC_MAX + 1];
	ssize_t	n;

	while ((n = recv(c->fd, buf, AUDIO_REC_MAX, MSG_DONTWAIT)) != 0) {
		if (n < 0)
			return errno == EAGAIN || errno == EWOULDBLOCK ||
			    errno == EINTR ? 0 : -1;
		if (n < 2)
			continue;
		buf[n] = '\0';
		switch (buf[0]) {
		case AUDIO_REC_SAY:
			if (c->o->speak && n > 2)
				say(c, buf + 2, buf[1]);
			break;
		case AUDIO_REC_CANCEL:
			cancel(c);
			break;
		case AUDIO_REC_SOUND:
			audio_cue_play(c->cue, (enum audio_sound)buf[1]);
			break;
		default:
			break;
		}
	}
	return -1;
}

/* Reap the command if it ended, kill it at its deadline. */
static void
check_cmd(struct child *c)
{
	char	drain[64];
	int	st;

	while (read(sigchld_pipe[0], drain, sizeof drain) > 0)
		;
	if (c->cmd > 0 && waitpid(c->cmd, &st, WNOHANG) == c->cmd)
		line_done(c, st);
	if (c->cmd > 0 && clock_real_mono_us() >= c->deadline)
		kill_cmd(c);
	while (c->cmd == 0 && c->qlen > 0) {
		c->cur = c->q[c->qhead];
		c->q[c->qhead].text = NULL;
		c->qhead = (c->qhead + 1) % QUEUE_MAX;
		c->qlen--;
		start_line(c);
	}
}

static void
child_setup(int fd)
{
	struct sigaction	sa;
	sigset_t		none;
	int			null, i, max;

	/* Only the socket stays: not the terminal, the diary, a lock. */
	max = (int)sysconf(_SC_OPEN_MAX);
	if (max < 0 || max > 4096)
		max = 4096;
	for (i = 3; i < max; i++)
		if (i != fd)
			close(i);

	/* Nothing of ours or a library's may write over the screen. */
	if ((null = open("/dev/null", O_RDWR)) >= 0) {
		dup2(null, 0);
		dup2(null, 1);
		dup2(null, 2);
		if (null > 2)
			close(null);
	}
	/* Ctrl-C and Ctrl-Z are the player's; it tells us to go. */
	signal(SIGINT, SIG_IGN);
	signal(SIGQUIT, SIG_IGN);
	signal(SIGTSTP, SIG_IGN);
	signal(SIGPIPE, SIG_IGN);
	signal(SIGTERM, SIG_DFL);
	signal(SIGHUP, SIG_DFL);
	if (pipe_flags(sigchld_pipe, 1) != 0)
		_exit(1);
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_sigchld;
	sa.sa_flags = SA_RESTART | SA_NOCLDSTOP;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGCHLD, &sa, NULL);
	/* The player may block signals it waits for: none here. */
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
}

void
audio_child_main(int fd, const struct audio_child_opts *o)
{
	struct child	c;
	struct pollfd	pfd[2];

	memset(&c, 0, sizeof c);
	c.o = o;
	c.fd = fd;
	c.back = BACK_NONE;
	child_setup(fd);
	if (o->speak)
		choose_backend(&c);
	c.cue = audio_cue_open(o->cues, o->volume, fd);
	pfd[0].fd = fd;
	pfd[0].events = POLLIN;
	pfd[1].fd = sigchld_pipe[0];
	pfd[1].events = POLLIN;
	for (;;) {
		int timeout = -1;

		if (c.cmd > 0) {
			uint64_t now = clock_real_mono_us();

			timeout = now >= c.deadline ? 0 :
			    (int)((c.deadline - now) / 1000 + 1);
		}
		if (poll(pfd, 2, timeout) < 0 && errno != EINTR)
			break;
		if (read_records(&c) != 0)
			break;
		check_cmd(&c);
	}
	cancel(&c);
	if (c.spd != NULL)
		c.spd_close(c.spd);
	audio_cue_close(c.cue);
	_exit(0);
}
