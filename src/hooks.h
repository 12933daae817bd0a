/*
 * hooks: the user's commands run on events ([hooks] on_reminder,
 * on_routine_end, on_cramp_logged). A command is split into words (no
 * shell: quotes group, nothing expands) and run with the event in
 * UNCLENCH_* variables, by a supervisor process that kills it (and its
 * process group) at HOOK_DEADLINE_MS. Nobody waits on a hook: the daemon
 * reaps supervisors by pid when SIGCHLD says so; the player and the CLI
 * detach them (a double fork) and they log their own failures.
 * The splitting and the environment are pure (tests/unit/test_hooks.c).
 */
#ifndef UNCLENCH_HOOKS_H
#define UNCLENCH_HOOKS_H

#include <sys/types.h>

#include <stddef.h>

#define HOOK_DEADLINE_MS	5000
#define HOOK_MAX_ARGS		32
#define HOOK_ENV_MAX		6
/* Room for the environment's entries: the texts are cut to fit. */
#define HOOK_ENV_BYTES		4096

struct hook_event {
	const char	*event;		/* reminder, routine_end, cramp_logged */
	const char	*title, *body;	/* NULL: not set */
	const char	*kind;		/* hydration, session; or a routine's */
	const char	*part;
	int		 severity;	/* 1-10; 0: not set */
};

/*
 * Split cmd into at most max - 1 words in buf (len bytes), argv
 * NULL-terminated. Returns the count, or -1 with *why (unbalanced quote,
 * too many words, too long).
 */
int	 hook_split(const char *cmd, char *buf, size_t len, char **argv,
	     size_t max, const char **why);

/*
 * The event as "UNCLENCH_NAME=value" entries in buf, pointers in env
 * (NULL-terminated; max >= HOOK_ENV_MAX + 1); control bytes in the
 * values become spaces. Returns the count.
 */
size_t	 hook_env(const struct hook_event *, char *buf, size_t len,
	     char **env, size_t max);

/*
 * Start cmd for ev under a supervisor. Returns the supervisor's pid for
 * hook_outcome() once reaped; with logpath, the supervisor is detached
 * and logs its failures there itself, and 0 is returned. -1 with *why.
 */
pid_t	 hook_spawn(const char *name, const char *cmd,
	     const struct hook_event *ev, const char *logpath,
	     const char **why);

/* A reaped supervisor's wait status in words; NULL: the hook succeeded. */
const char *hook_outcome(int wstatus, char *buf, size_t len);

#endif
