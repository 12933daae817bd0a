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

#include <time.h>

#include "config.h"
#include "stats.h"

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
 * read-only directory). 0, or -1 with *cause (allocated).
 */
int	 diary_stats(time_t now, int days, long goal_ml, int night_from,
	     int night_to, struct stats *out, char **cause);

#endif
