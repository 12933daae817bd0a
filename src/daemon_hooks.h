/*
 * daemon_hooks: the daemon's hooks ([hooks] on_reminder). Each runs under
 * its supervisor (hooks.h), reaped by pid when SIGCHLD comes, never
 * waited for. A failing hook is logged once, when it starts failing, and
 * once when it works again; its repeats are debug lines.
 */
#ifndef UNCLENCH_DAEMON_HOOKS_H
#define UNCLENCH_DAEMON_HOOKS_H

#include <sys/types.h>

#include "hooks.h"

#define DAEMON_HOOKS_MAX	8

struct daemon_hooks {
	pid_t		 pid[DAEMON_HOOKS_MAX];	/* 0: free */
	int		 failing;		/* the last run failed */
};

/* Start cmd ("" runs nothing) for ev, as hook name. */
void	 daemon_hooks_run(struct daemon_hooks *, const char *name,
	     const char *cmd, const struct hook_event *ev);
/* Reap the supervisors that have exited, and log their failures. */
void	 daemon_hooks_reap(struct daemon_hooks *);

#endif
