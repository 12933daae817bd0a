/*
 * diary: the one path from the front ends (CLI, TUI, daemon) to the
 * store. Each call opens the history late, does one thing and closes it,
 * so no view holds SQLite; a change to today's water is announced to the
 * hook the front end set (the CLI and the TUI tell a running daemon).
 * A routine or a cramp recorded runs the user's [hooks] command, if any,
 * detached (hooks.h): the caller never waits on it.
 */
#ifndef UNCLENCH_DIARY_H
#define UNCLENCH_DIARY_H

#include <stddef.h>
#include <time.h>

#include "history_record.h"
#include "config.h"
#include "report.h"
#include "stats.h"

struct history_export;

/*
 * What a read passed over: rows whose values were out of range (a
 * hand-edited or tampered file), and the file they are in (allocated when
 * rows > 0, else NULL; the caller frees it), for the front end to say.
 */
struct diary_damage {
	size_t	 rows;
	char	*path;
};

/*
 * Called after a drink is logged or undone; NULL (the default, and the
 * daemon's own choice) calls nothing.
 */
void	 diary_set_hook(void (*changed)(void));

/* The [hooks] on_routine_end and on_cramp_logged of cfg (copied). */
void	 diary_set_event_hooks(const struct config *cfg);

/* Log ml of water at at. 0, or -1 with *cause (allocated). */
int	 diary_add_drink(time_t at, long ml, char **cause);

/*
 * Undo the drink of ml logged at at: 0 undone, 1 already gone, -1 with
 * *cause (allocated).
 */
int	 diary_undo_drink(time_t at, long ml, char **cause);

/* The water logged in [from, to), or -1 with *cause (allocated). */
long	 diary_water_between(time_t from, time_t to, char **cause);

/* Record a run or a cramp. 0, or -1 with *cause (allocated). */
int	 diary_add_session(const struct session_record *, char **cause);
int	 diary_add_cramp(const struct cramp_record *, char **cause);

/*
 * The statistics of the last days up to now (read-only: works in a
 * read-only directory). 0, or -1 with *cause (allocated); *dmg (when
 * not NULL) is filled on success and empty otherwise.
 */
int	 diary_stats(time_t now, int days, long goal_ml, int night_from,
	     int night_to, struct stats *out, struct diary_damage *dmg,
	     char **cause);

/*
 * The figures of `unclench report` (report.c) for p, read-only: the one
 * computation the report and the history screen share. 0 with *out
 * complete, or -1 with *cause (allocated); *damaged as diary_foreach().
 */
int	 diary_report(const struct report_params *p, struct report *out,
	     size_t *damaged, char **cause);

/*
 * Write the export's opening and every record at or after since (0: all)
 * to e, read-only; the caller writes the closing when this returns 0, or
 * -1 with *cause (allocated). *dmg is filled once the store was opened,
 * even when the read then failed.
 */
int	 diary_export(struct history_export *e, time_t since,
	     struct diary_damage *dmg, char **cause);

/*
 * Import an export already checked in full (history_import_parse() with
 * no callback found no problem): text (len bytes) is read again and every
 * record added in one transaction, all or nothing. file names it in
 * messages. 0 with *added and *skipped, or -1 with *cause (allocated) and
 * nothing written.
 */
int	 diary_import(const char *file, const char *text, size_t len,
	     time_t now, size_t *added, size_t *skipped, char **cause);

/*
 * Remove the newest session, cramp or drink. 0 and *out filled: removed;
 * 1: nothing to remove; -1 with *cause (allocated): the undo failed;
 * DIARY_UNOPENED with *cause: the store could not be opened (the CLI
 * words the two apart).
 */
#define DIARY_UNOPENED	(-2)
int	 diary_undo_last(struct history_item *out, char **cause);

/*
 * Every record from since on (0: all), oldest first, from one snapshot,
 * read-only; fn returning non-zero stops early. 0 with *damaged (rows
 * skipped as out of range), or -1 with *cause (allocated).
 */
int	 diary_foreach(time_t since,
	     int (*fn)(const struct history_item *, void *), void *arg,
	     size_t *damaged, char **cause);

#endif
