/*
 * diary: open the store for one operation and close it at once; tell the
 * hook when today's water changed.
 */
#include "diary.h"

#include <stdio.h>
#include <stdlib.h>

#include "files_paths.h"
#include "history.h"
#include "hooks.h"
#include "util.h"

static void	(*diary_hook)(void);
static char	 on_routine_end[CONFIG_HOOK_MAX + 1];
static char	 on_cramp_logged[CONFIG_HOOK_MAX + 1];

void
diary_set_event_hooks(const struct config *cfg)
{
	strlcpy_safe(on_routine_end, cfg->hook_on_routine_end,
	    sizeof on_routine_end);
	strlcpy_safe(on_cramp_logged, cfg->hook_on_cramp_logged,
	    sizeof on_cramp_logged);
}

/* Run a hook, detached; its failures go to hooks.log in the state dir. */
static void
run_hook(const char *name, const char *cmd, const struct hook_event *ev)
{
	char		*dir, *log;
	const char	*why;

	if (cmd[0] == '\0')
		return;
	dir = paths_state_dir();
	log = xasprintf("%s/hooks.log", dir);
	/* A hook that cannot start is not the recording's failure. */
	if (paths_mkdir_p(dir) == 0)
		(void)hook_spawn(name, cmd, ev, log, &why);
	free(log);
	free(dir);
}

void
diary_set_hook(void (*changed)(void))
{
	diary_hook = changed;
}

static void
changed(void)
{
	if (diary_hook != NULL)
		diary_hook();
}

int
diary_add_drink(time_t at, long ml, char **cause)
{
	struct history	*h;
	int		 r;

	if ((h = history_open(NULL, cause)) == NULL)
		return -1;
	r = history_add_drink(h, at, ml, cause);
	history_close(h);
	if (r == 0)
		changed();
	return r;
}

int
diary_undo_drink(time_t at, long ml, char **cause)
{
	struct history	*h;
	int		 r;

	if ((h = history_open(NULL, cause)) == NULL)
		return -1;
	r = history_undo_drink(h, at, ml, cause);
	history_close(h);
	if (r == 0)
		changed();
	return r;
}

long
diary_water_between(time_t from, time_t to, char **cause)
{
	struct history	*h;
	long		 ml;

	if ((h = history_open(NULL, cause)) == NULL)
		return -1;
	if ((ml = history_water_between(h, from, to)) < 0)
		*cause = xstrdup("the history cannot be read");
	history_close(h);
	return ml;
}

int
diary_add_session(const struct session_record *rec, char **cause)
{
	struct history	*h;
	int		 r;

	if ((h = history_open(NULL, cause)) == NULL)
		return -1;
	r = history_add_session(h, rec, cause);
	history_close(h);
	if (r == 0) {
		struct hook_event ev = { "routine_end", rec->routine,
		    rec->completed ? "completed" : "stopped early", rec->kind,
		    NULL, 0 };

		run_hook("on_routine_end", on_routine_end, &ev);
	}
	return r;
}

int
diary_add_cramp(const struct cramp_record *rec, char **cause)
{
	struct history	*h;
	int		 r;

	if ((h = history_open(NULL, cause)) == NULL)
		return -1;
	r = history_add_cramp(h, rec, cause);
	history_close(h);
	if (r == 0) {
		struct hook_event ev = { "cramp_logged", NULL, rec->note,
		    NULL, rec->part, rec->severity };

		run_hook("on_cramp_logged", on_cramp_logged, &ev);
	}
	return r;
}

int
diary_stats(time_t now, int days, long goal_ml, int night_from,
    int night_to, struct stats *out, char **cause)
{
	struct history	*h;
	int		 r;

	if ((h = history_open_read(NULL, cause)) == NULL)
		return -1;
	r = history_stats(h, now, days, goal_ml, night_from, night_to, out,
	    cause);
	history_close(h);
	return r;
}
