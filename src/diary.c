/*
 * diary: open the store for one operation and close it at once; tell the
 * hook when today's water changed.
 */
#include "diary.h"

#include <stdio.h>
#include <stdlib.h>

#include "codec_history.h"
#include "diag.h"
#include "files_paths.h"
#include "history.h"
#include "i18n.h"
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
		*cause = xstrdup(_("the history cannot be read"));
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

/* Note what the read passed over, for the front end to say. */
static void
damage(const struct history *h, struct diary_damage *dmg)
{
	if (dmg == NULL)
		return;
	dmg->rows = history_damaged(h);
	dmg->path = dmg->rows > 0 ? xstrdup(history_path(h)) : NULL;
}

int
diary_stats(time_t now, int days, long goal_ml, int night_from,
    int night_to, struct stats *out, struct diary_damage *dmg, char **cause)
{
	struct history	*h;
	int		 r;

	if (dmg != NULL)
		*dmg = (struct diary_damage){ 0, NULL };
	if ((h = history_open_read(NULL, cause)) == NULL)
		return -1;
	r = history_stats(h, now, days, goal_ml, night_from, night_to, out,
	    cause);
	if (r == 0)
		damage(h, dmg);
	history_close(h);
	return r;
}

int
diary_export(struct history_export *e, time_t since,
    struct diary_damage *dmg, char **cause)
{
	struct history	*h;
	int		 r;

	if (dmg != NULL)
		*dmg = (struct diary_damage){ 0, NULL };
	if ((h = history_open_read(NULL, cause)) == NULL)
		return -1;
	history_export_begin(e);
	r = history_foreach(h, since, history_export_item, e, cause);
	damage(h, dmg);
	history_close(h);
	return r;
}

/* history_import_parse() hands each record to the store as it reads it. */
struct import_feed {
	struct history_import	*im;
	char			*cause;
};

static int
import_feed(const struct history_item *it, void *arg)
{
	struct import_feed *f = arg;

	return history_import_add(f->im, it, &f->cause);
}

int
diary_import(const char *file, const char *text, size_t len, time_t now,
    size_t *added, size_t *skipped, char **cause)
{
	struct diag		 d = { 0 };
	struct import_feed	 feed = { NULL, NULL };
	struct history		*h;
	size_t			 problems;
	int			 r;

	if ((h = history_open(NULL, cause)) == NULL)
		return -1;
	if ((feed.im = history_import_begin(h, cause)) == NULL)
		r = -1;
	else if (history_import_parse(file, text, len, now, import_feed,
	    &feed, &problems, &d) != 0) {
		history_import_end(feed.im, 0, added, skipped, cause);
		*cause = feed.cause != NULL ? feed.cause :
		    xstrdup(_("the second reading failed (a bug)"));
		r = -1;
	} else
		r = history_import_end(feed.im, 1, added, skipped, cause);
	history_close(h);
	diag_clear(&d);
	if (r == 0 && *added > 0)
		changed();
	return r;
}

int
diary_undo_last(struct history_item *out, char **cause)
{
	struct history	*h;
	int		 r;

	if ((h = history_open(NULL, cause)) == NULL)
		return DIARY_UNOPENED;
	r = history_undo_last(h, out, cause);
	history_close(h);
	if (r == 0 && out->type == HREC_DRINK)
		changed();
	return r;
}

int
diary_foreach(time_t since, int (*fn)(const struct history_item *, void *),
    void *arg, size_t *damaged, char **cause)
{
	struct history	*h;
	int		 r;

	if ((h = history_open_read(NULL, cause)) == NULL)
		return -1;
	r = history_foreach(h, since, fn, arg, cause);
	*damaged = history_damaged(h);
	history_close(h);
	return r;
}

static int
report_feed(const struct history_item *it, void *arg)
{
	report_add(arg, it);
	return 0;
}

int
diary_report(const struct report_params *p, struct report *out,
    size_t *damaged, char **cause)
{
	int r;

	report_begin(out, p);
	r = diary_foreach(report_since(out), report_feed, out, damaged, cause);
	report_end(out);
	return r;
}
