/*
 * history: the diary store (SQLite), the only file that includes
 * <sqlite3.h>. Sessions, cramps, drinks and reminders are appended here;
 * a record reported as saved is on disk (each write is its own committed
 * transaction). Callers open it late and close it early: `unclench now`
 * must not touch it before its first frame.
 */
#ifndef UNCLENCH_HISTORY_H
#define UNCLENCH_HISTORY_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "history_record.h"
#include "stats.h"
#include "util.h"

struct history;

/*
 * Open (creating and migrating) the database at path, or at
 * $XDG_STATE_HOME/unclench/history.db when path is NULL. Returns NULL
 * with *cause set (allocated) naming the file and what to do.
 */
struct history	*history_open(const char *path, char **cause);
/*
 * Open the history for reading only (stats, export): in a read-only
 * directory too; a missing file is an empty history, and nothing is
 * created. Records cannot be added through it.
 */
struct history	*history_open_read(const char *path, char **cause);
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

/*
 * Rows skipped since the store was opened because a value in them was out
 * of range (a hand-edited or tampered file): say so to the user.
 */
size_t		 history_damaged(const struct history *);

/* The path of the database file. */
const char	*history_path(const struct history *);

/* The schema this build writes (PRAGMA user_version). */
#define HISTORY_SCHEMA		3

/*
 * Remove the newest session, cramp or drink (reminders are the daemon's
 * log, not the diary) in one transaction. 0 and *out filled: removed;
 * 1: nothing to remove; -1 with *cause.
 */
int	 history_undo_last(struct history *, struct history_item *out,
	     char **cause);

/*
 * Remove the newest drink logged at at of ml (one the caller added), not
 * whatever came last. 0: removed; 1: no such drink; -1 with *cause.
 */
int	 history_undo_drink(struct history *, time_t at, long ml,
	     char **cause);

/*
 * Call fn for every record at or after since (0: all), oldest first
 * (ties by type, then by order of entry), from one consistent snapshot.
 * fn returning non-zero stops early. 0, or -1 with *cause.
 */
int	 history_foreach(struct history *, time_t since,
	     int (*fn)(const struct history_item *, void *), void *arg,
	     char **cause);

/*
 * Add items[n] in one transaction: all or nothing. A record identical to
 * one already in the store before the import is skipped (as many times as
 * the store holds it), so importing a file twice adds nothing. 0 with
 * *added and *skipped, or -1 with *cause and nothing written.
 */
int	 history_import(struct history *, const struct history_item *items,
	     size_t n, size_t *added, size_t *skipped, char **cause);

/*
 * The same, one record at a time, so an import of any size needs no array:
 * begin (NULL with *cause), add each record (-1 with *cause: end it
 * uncommitted), then end: commit 1 writes all, 0 rolls back (0 added). end
 * frees the import and gives 0 with *added and *skipped, or -1 with *cause
 * when the commit failed and nothing was written.
 */
struct history_import;
struct history_import *history_import_begin(struct history *, char **cause);
int	 history_import_add(struct history_import *,
	     const struct history_item *, char **cause);
int	 history_import_end(struct history_import *, int commit,
	     size_t *added, size_t *skipped, char **cause);

/*
 * Gather the records as of now (bucketed into local days) and work out
 * every figure of the history screen and `unclench stats`: the totals over
 * the last days (STATS_DEFAULT_DAYS on the screen), water against goal_ml,
 * night hours as minutes of the day. 0, or -1 with *cause.
 */
int	 history_stats(struct history *, time_t now, int days, long goal_ml,
	     int night_from, int night_to, struct stats *, char **cause);


#endif
