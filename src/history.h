/*
 * history: the diary store (SQLite), the only file that includes
 * <sqlite3.h>. Sessions, cramps, drinks and reminders are appended here;
 * a record reported as saved is on disk (each write is its own committed
 * transaction). Callers open it late and close it early: `unclench now`
 * must not touch it before its first frame.
 */
#ifndef UNCLENCH_HISTORY_H
#define UNCLENCH_HISTORY_H

#include <stdint.h>
#include <time.h>

struct history;

struct session_record {
	const char	*routine;	/* routine name */
	const char	*kind;		/* "stretch", "pmr", "breathing", "relief" */
	time_t		 start, end;	/* wall clock */
	int		 completed;	/* 1: ran to the end; 0: stopped early */
	int		 steps_done;
	int		 steps_total;
};

struct cramp_record {
	const char	*part;		/* one of relief_parts[] */
	time_t		 start;
	int		 duration_s;	/* -1 unknown */
	int		 severity;	/* 1-10, 0 not given */
	const char	*note;		/* may be NULL */
};

/*
 * Open (creating and migrating) the database at path, or at
 * $XDG_STATE_HOME/unclench/history.db when path is NULL. Returns NULL
 * with *cause set (allocated) naming the file and what to do.
 */
struct history	*history_open(const char *path, char **cause);
void		 history_close(struct history *);

/* Append records; 0 when committed, -1 with *cause. */
int	 history_add_session(struct history *, const struct session_record *,
	     char **cause);
int	 history_add_cramp(struct history *, const struct cramp_record *,
	     char **cause);
int	 history_add_drink(struct history *, time_t at, long ml, char **cause);
/* kind: "hydration" or "session"; action: "sent", "drank", "snoozed", ... */
int	 history_add_reminder(struct history *, time_t at, const char *kind,
	     const char *action, char **cause);

/* Time of the last drink: 0 and *at set, 1 if none, -1 on an error. */
int	 history_last_drink(struct history *, time_t *at);
/* Millilitres drunk in [from, to): >= 0, or -1 on an error. */
long	 history_water_between(struct history *, time_t from, time_t to);

#endif
