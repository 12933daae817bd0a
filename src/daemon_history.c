/*
 * daemon_history: see daemon_history.h. The child answers with one fixed
 * struct on a pipe; anything short of it (a crash, the time limit) is no
 * answer, and the child is killed and reaped.
 */
#define _GNU_SOURCE	/* pipe2 */
#include "daemon_history.h"

#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "diary.h"
#include "history.h"
#include "i18n.h"
#include "log.h"
#include "timeouts.h"
#include "util.h"

static void
hist_problem(struct daemon_history *h, const char *why)
{
	if (!h->down)
		dlog(0, _("the history is not available (%s): counting no "
		    "drinks today; reminders go on"), why);
	h->down = 1;
	if (why != h->err)
		strlcpy_safe(h->err, why, sizeof h->err);
}

static void
hist_fine(struct daemon_history *h)
{
	if (h->down)
		dlog(0, _("the history is available again"));
	h->down = 0;
}

enum hist_op { HIST_FACTS, HIST_REMINDER, HIST_DRINK };

struct hist_job {
	enum hist_op	 op;
	time_t		 at, from, to;
	long		 ml;
	const char	*kind, *action;
};

struct hist_answer {
	int		 ok;
	int		 has_last;
	time_t		 last;
	long		 ml;
	char		 err[200];
};

static void
hist_child(const struct hist_job *job, struct hist_answer *a)
{
	struct history	*h;
	char		*cause = NULL;
	int		 r;

	if ((h = history_open(NULL, &cause)) == NULL) {
		strlcpy_safe(a->err, cause != NULL ? cause : _("cannot open it"),
		    sizeof a->err);
		return;
	}
	switch (job->op) {
	case HIST_FACTS:
		r = history_last_drink(h, &a->last);
		a->ml = history_water_between(h, job->from, job->to);
		if (r < 0 || a->ml < 0)
			strlcpy_safe(a->err, _("cannot read the drinks"),
			    sizeof a->err);
		else {
			a->has_last = r == 0;
			a->ok = 1;
		}
		break;
	case HIST_REMINDER:
		a->ok = history_add_reminder(h, job->at, job->kind,
		    job->action, &cause) == 0;
		break;
	case HIST_DRINK:
		/* The diary, as every drink (no hook here: it is us). */
		a->ok = diary_add_drink(job->at, job->ml, &cause) == 0;
		break;
	}
	if (!a->ok && a->err[0] == '\0')
		strlcpy_safe(a->err, cause != NULL ? cause : _("cannot write"),
		    sizeof a->err);
	history_close(h);
}

static int
hist_run(struct daemon_history *h, const struct hist_job *job,
    struct hist_answer *a)
{
	struct pollfd	pfd;
	pid_t		pid;
	ssize_t		n = 0;
	int		p[2];

	memset(a, 0, sizeof *a);
	if (pipe2(p, O_CLOEXEC) == -1 || (pid = fork()) == -1) {
		snprintf(a->err, sizeof a->err, _("cannot start a reader: %s"),
		    strerror(errno));
		hist_problem(h, a->err);
		return -1;
	}
	if (pid == 0) {
		close(p[0]);
		hist_child(job, a);
		(void)write(p[1], a, sizeof *a);
		_exit(0);
	}
	close(p[1]);
	pfd.fd = p[0];
	pfd.events = POLLIN;
	if (poll(&pfd, 1, DAEMON_HISTORY_MS) == 1)
		n = read(p[0], a, sizeof *a);
	close(p[0]);
	if (n != (ssize_t)sizeof *a) {
		kill(pid, SIGKILL);
		memset(a, 0, sizeof *a);
		snprintf(a->err, sizeof a->err, _("no answer within %d s (is "
		    "the database locked?)"), DAEMON_HISTORY_MS / 1000);
	}
	while (waitpid(pid, NULL, 0) == -1 && errno == EINTR)
		;
	if (!a->ok) {
		hist_problem(h, a->err);
		return -1;
	}
	hist_fine(h);
	return 0;
}

int
daemon_history_facts(struct daemon_history *h, time_t from, time_t to,
    time_t *last, long *ml)
{
	struct hist_job		job;
	struct hist_answer	a;

	memset(&job, 0, sizeof job);
	job.op = HIST_FACTS;
	job.from = from;
	job.to = to;
	if (hist_run(h, &job, &a) != 0)
		return -1;
	*last = a.has_last ? a.last : 0;
	*ml = a.ml;
	return 0;
}

int
daemon_history_reminder(struct daemon_history *h, time_t at,
    const char *kind, const char *action)
{
	struct hist_job		job;
	struct hist_answer	a;

	memset(&job, 0, sizeof job);
	job.op = HIST_REMINDER;
	job.at = at;
	job.kind = kind;
	job.action = action;
	return hist_run(h, &job, &a);
}

int
daemon_history_drink(struct daemon_history *h, time_t at, long ml)
{
	struct hist_job		job;
	struct hist_answer	a;

	memset(&job, 0, sizeof job);
	job.op = HIST_DRINK;
	job.at = at;
	job.ml = ml;
	return hist_run(h, &job, &a);
}
