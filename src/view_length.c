/*
 * view_length: one key per answer and Enter skips, as in view_severity.
 * The choices are the lengths shorter than the clock, then the clock's
 * own figure (it may be right). The episode is recorded exactly once:
 * here when the steps were stopped, by view_severity when it goes on.
 */
#include "view_length.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "files_parts.h"
#include "i18n.h"
#include "view_severity.h"
#include "view_summary.h"
#include "widgets.h"

static const struct {
	int		 s;
	const char	*label;
} lengths[] = {
	{ 60, N_("about a minute") },
	{ 5 * 60, N_("about 5 minutes") },
	{ 10 * 60, N_("about 10 minutes") },
	{ 20 * 60, N_("about 20 minutes") },
	{ 30 * 60, N_("about half an hour") },
	{ 60 * 60, N_("about an hour") },
};

struct length {
	char		 part[16];
	time_t		 start;
	int		 clock_s;
	int		 then_ask;
	int		 choice_s[nitems(lengths) + 1];	/* and the clock */
	int		 nchoices;
	int		 duration_s;	/* -1: not given */
	int		 done;		/* answered: the result is shown */
	int		 recorded;	/* here, or handed to view_severity */
	int		 failed;	/* recorded here, and not saved */
	char		 saved[256];
};

/* "7 h 02 min" or "12 min 05 s". */
static void
fmt_length(char *buf, size_t len, int s)
{
	if (s >= 3600)
		snprintf(buf, len, _("%d h %02d min"), s / 3600, s / 60 % 60);
	else
		snprintf(buf, len, _("%d min %02d s"), s / 60, s % 60);
}

static void
record(struct app *a, struct length *l)
{
	if (l->recorded)
		return;
	l->recorded = 1;
	l->failed = view_summary_record_cramp(a, l->part, l->start,
	    l->duration_s, 0, NULL, l->saved, sizeof l->saved) != 0;
}

/* The answer is in (or skipped): on to the severity, or the result. */
static int
answered(struct app *a, struct length *l, int duration_s, int stop)
{
	l->duration_s = duration_s;
	if (l->then_ask && !stop) {
		l->recorded = 1;	/* the severity questions record it */
		view_severity_open(a, l->part, l->start, duration_s);
		return R_REDRAW;
	}
	record(a, l);
	l->done = 1;
	return R_REDRAW;
}

static int
length_key(struct app *a, void *v, int ch)
{
	struct length *l = v;

	if (l->done) {
		app_pop(a);
		return R_REDRAW;
	}
	if (ch >= '1' && ch < '1' + l->nchoices)
		return answered(a, l, l->choice_s[ch - '1'], 0);
	if (ch == '\n' || ch == '\r' || ch == KEY_ENTER)
		return answered(a, l, -1, 0);
	if (ch == 'q' || ch == 27)
		return answered(a, l, -1, 1);
	return R_NONE;
}

static void
length_draw(struct app *a, void *v, WINDOW *w, enum tui_layout lay)
{
	struct length	*l = v;
	char		 buf[160], d[32];
	int		 H = getmaxy(w), W = getmaxx(w), y = 0, i;
	int		 gap = H >= 16;	/* room for blank lines */
	size_t		 k;

	if (!l->done)
		snprintf(buf, sizeof buf, "%s", parts_label(l->part));
	else if (l->duration_s >= 0) {
		fmt_length(d, sizeof d, l->duration_s);
		snprintf(buf, sizeof buf, _("%s: lasted %s"),
		    parts_label(l->part), d);
	} else
		snprintf(buf, sizeof buf, _("%s: no length recorded"),
		    parts_label(l->part));
	w_put(w, y++, 1, W - 2, tui_attr[ROLE_TITLE] | A_BOLD, buf);
	w_hline(w, y++, 0, W, tui_attr[ROLE_DIM]);
	y += gap;
	/* The question, or the result once answered. */
	app_focus(a, y, 2);
	if (l->done) {
		y += w_wrap(w, y, 2, W - 4, H >= 16 ? 3 : 2,
		    tui_attr[!l->failed ? ROLE_ACCENT : ROLE_WARNING],
		    l->saved);
		y++;
		w_put(w, y, 2, W - 4, tui_attr[ROLE_DIM], app_has_below(a) ?
		    _("Press any key to go back") : _("Press any key to exit"));
		return;
	}
	fmt_length(d, sizeof d, l->clock_s);
	snprintf(buf, sizeof buf, _("How long did the cramp last? The steps "
	    "were open for %s."), d);
	y += w_wrap(w, y, 2, W - 4, 2, tui_attr[ROLE_ACCENT] | A_BOLD, buf);
	y += gap;
	for (i = 0; i < l->nchoices && y < H - 1; i++) {
		for (k = 0; k < nitems(lengths) &&
		    lengths[k].s != l->choice_s[i]; k++)
			;
		if (k < nitems(lengths) && i < l->nchoices - 1)
			snprintf(buf, sizeof buf, "%d  %s", i + 1,
			    _(lengths[k].label));
		else
			snprintf(buf, sizeof buf, _("%d  all of it, %s"), i + 1,
			    d);
		w_put(w, y++, 2, W - 4, tui_attr[ROLE_TEXT], buf);
	}
	w_put(w, y, 2, W - 4, tui_attr[ROLE_DIM],
	    _("Enter: skip (no length is recorded)"));
}

static void
length_leave(struct app *a, void *v)
{
	struct length *l = v;

	/* Left before an answer (a signal): recorded with no length. */
	record(a, l);
	if (l->failed && a->depth == 0 && !l->done)
		snprintf(a->final_note, sizeof a->final_note, "%s", l->saved);
	free(l);
}

static const struct view view_length = {
	.name = "length",
	.key = length_key,
	.draw = length_draw,
	.leave = length_leave,
};

void
view_length_open(struct app *a, const char *part, time_t start, int clock_s,
    int then_ask)
{
	struct length	*l = xcalloc(1, sizeof *l);
	size_t		 k;

	snprintf(l->part, sizeof l->part, "%s", part);
	l->start = start;
	l->clock_s = clock_s < 0 ? 0 : clock_s;
	l->then_ask = then_ask;
	l->duration_s = -1;
	for (k = 0; k < nitems(lengths) && lengths[k].s < l->clock_s; k++)
		l->choice_s[l->nchoices++] = lengths[k].s;
	l->choice_s[l->nchoices++] = l->clock_s;
	app_replace(a, &view_length, l);
}
