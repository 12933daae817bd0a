/*
 * view_summary: what a routine came to, and the recording of runs. The
 * store is opened for each record and closed at once (late and briefly),
 * and a store that fails is a message on screen, never a crash: the run
 * still ends normally.
 */
#include "view_summary.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diary.h"
#include "i18n.h"
#include "widgets.h"

struct summary {
	struct summary_info	 si;
};

/* The message of a record that was saved (compared, not parsed). */
#define SAVED_MSG	N_("Saved to your history.")

/* Say what became of a record (r from the diary, cause freed). */
static int
saved(int r, char *cause, char *msg, size_t len)
{
	if (r == 0)
		snprintf(msg, len, "%s", _(SAVED_MSG));
	else
		snprintf(msg, len, _("Not saved: %s"), cause != NULL ? cause :
		    _("unknown error"));
	free(cause);
	return r;
}

int
view_summary_record_session(struct app *a, const struct routine *r,
    time_t start, int completed, int steps_done, int steps_total, char *msg,
    size_t len)
{
	struct session_record rec = {
		.routine = r->name != NULL ? r->name : "",
		.kind = routine_kind_name(r->kind),
		.start = start,
		.end = clock_wall(a->clk),
		.completed = completed,
		.steps_done = steps_done,
		.steps_total = steps_total,
	};
	char	*cause = NULL;
	int	 rv = diary_add_session(&rec, &cause);

	return saved(rv, cause, msg, len);
}

int
view_summary_record_cramp(struct app *a, const char *part, time_t start,
    int duration_s, int severity, const char *note, char *msg, size_t len)
{
	struct cramp_record rec = {
		.part = part,
		.start = start,
		.duration_s = duration_s,
		.severity = severity,
		.note = note,
	};
	char	*cause = NULL;
	int	 r = diary_add_cramp(&rec, &cause);

	return saved(r, cause, msg, len);
}

static int
summary_key(struct app *a, void *v, int ch)
{
	app_pop(a);
	return R_REDRAW;
}

/* The title: how the run ended and how much of it was done. */
static const char *
summary_title(const struct summary_info *si)
{
	if (si->stopped)
		return _("Stopped early.");
	if (si->steps_done >= si->steps_total)
		return _("Well done.");
	return si->steps_done > 0 ? _("Finished, with steps skipped.") :
	    _("Every step was skipped.");
}

static void
summary_draw(struct app *a, void *v, WINDOW *w, enum tui_layout lay)
{
	struct summary	*s = v;
	char		 buf[128], d[32];
	int		 H = getmaxy(w), W = getmaxx(w), y, n;
	int64_t		 secs = (s->si.elapsed_ms + 500) / 1000;
	attr_t		 sa;

	/* "Not saved: FILE: why" is long: it wraps, up to 4 rows. */
	n = w_wrap_lines(s->si.saved, W - 4);
	if (n > H - 9)
		n = H - 9;
	if (n > 4)
		n = 4;
	if (n < 1)
		n = 1;
	y = H / 2 - 5 - (n - 1) / 2;
	if (y < 0)
		y = 0;
	w_center(w, y++, tui_attr[ROLE_TITLE] | A_BOLD, summary_title(&s->si));
	y++;
	w_center(w, y++, tui_attr[ROLE_ACCENT], s->si.title);
	if (secs >= 60)
		snprintf(d, sizeof d, _("%lld min %02lld s"),
		    (long long)(secs / 60), (long long)(secs % 60));
	else
		snprintf(d, sizeof d, _("%lld s"), (long long)secs);
	snprintf(buf, sizeof buf, _("Time: %s"), d);
	w_center(w, y++, tui_attr[ROLE_TEXT], buf);
	snprintf(buf, sizeof buf, _("Steps: done %d, skipped %d"),
	    s->si.steps_done, s->si.steps_total - s->si.steps_done);
	w_center(w, y++, tui_attr[ROLE_TEXT], buf);
	/* Only a run with something done counts toward a streak. */
	w_center(w, y++, tui_attr[ROLE_DIM], s->si.completed ?
	    _("Completed.") : _("Not completed."));
	y++;
	sa = tui_attr[strcmp(s->si.saved, _(SAVED_MSG)) == 0 ? ROLE_DIM :
	    ROLE_WARNING];
	if (w_width(s->si.saved) <= W - 4)
		w_center(w, y++, sa, s->si.saved);
	else
		y += w_wrap(w, y, 2, W - 4, n, sa, s->si.saved);
	y++;
	w_center(w, y, tui_attr[ROLE_DIM], app_has_below(a) ?
	    _("Press any key to go back") : _("Press any key to exit"));
}

static void
summary_leave(struct app *a, void *v)
{
	free(v);
}

static const struct view view_summary = {
	.name = "summary",
	.key = summary_key,
	.draw = summary_draw,
	.leave = summary_leave,
};

void
view_summary_open(struct app *a, const struct summary_info *si)
{
	struct summary *s = xcalloc(1, sizeof *s);

	s->si = *si;
	app_replace(a, &view_summary, s);
}
