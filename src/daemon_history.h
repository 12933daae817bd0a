/*
 * daemon_history: the daemon's way to the history store. Each read or
 * write runs in a short-lived child: a locked or slow database then costs
 * a bounded wait (DAEMON_HISTORY_MS, timeouts.h), and SQLite's code and
 * cache never become part of the idle daemon's memory. The store may be
 * down; that is logged once when it goes and once when it comes back.
 */
#ifndef UNCLENCH_DAEMON_HISTORY_H
#define UNCLENCH_DAEMON_HISTORY_H

#include <time.h>

struct daemon_history {
	int	 down;		/* the last access failed */
	char	 err[200];	/* why */
};

/*
 * The last drink (*last 0: none) and the water logged in [from, to).
 * Returns 0, or -1 with h->err.
 */
int	 daemon_history_facts(struct daemon_history *h, time_t from,
	     time_t to, time_t *last, long *ml);
/* Record what became of a reminder ("hydration", "sent"). 0 or -1. */
int	 daemon_history_reminder(struct daemon_history *h, time_t at,
	     const char *kind, const char *action);
/* Log a drink of ml at at. 0, or -1 with h->err. */
int	 daemon_history_drink(struct daemon_history *h, time_t at, long ml);

#endif
