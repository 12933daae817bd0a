/*
 * view_hydration: the figures are read from the history when the screen
 * opens and after each glass logged; the store is opened and closed each
 * time. A store that cannot be read shows "not available" with its cause
 * and the screen still works (the goal, the advice).
 */
#include "view_hydration.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "calendar.h"
#include "diary.h"
#include "format.h"
#include "i18n.h"
#include "widgets.h"

struct hydration {
	long	 today_ml;	/* -1: not available */
	char	 why[192];	/* why not */
	char	 msg[256];	/* the last action's result */
	int	 msg_warn;
	/* The drinks logged on this screen, newest last, for u (undo). */
	time_t	 logged_at[16];
	long	 logged_ml[16];
	int	 nlogged;
};

static void
load(struct app *a, struct hydration *hy)
{
	char		*cause = NULL;
	time_t		 now = clock_wall(a->clk), from, to;

	hy->today_ml = -1;
	/* Today as `unclench drink` counts it: from local midnight. */
	cal_day_bounds(&cal_zone_local, now, &from, &to);
	hy->today_ml = diary_water_between(from, now + 1, &cause);
	if (hy->today_ml < 0)
		snprintf(hy->why, sizeof hy->why, "%s", cause != NULL ? cause :
		    _("the history cannot be read"));
	free(cause);
}

static void
log_glass(struct app *a, struct hydration *hy)
{
	char		*cause = NULL, v[32];
	time_t		 at = clock_wall(a->clk);
	int		 r = diary_add_drink(at, a->cfg.glass_ml, &cause);

	format_volume(v, sizeof v, a->cfg.glass_ml, a->cfg.units);
	if (r == 0) {
		snprintf(hy->msg, sizeof hy->msg, _("Logged a glass (%s)."), v);
		hy->msg_warn = 0;
		if (hy->nlogged == (int)nitems(hy->logged_at)) {
			/* Only the newest can be undone: forget the oldest. */
			memmove(hy->logged_at, hy->logged_at + 1,
			    sizeof hy->logged_at - sizeof hy->logged_at[0]);
			memmove(hy->logged_ml, hy->logged_ml + 1,
			    sizeof hy->logged_ml - sizeof hy->logged_ml[0]);
			hy->nlogged--;
		}
		hy->logged_at[hy->nlogged] = at;
		hy->logged_ml[hy->nlogged++] = a->cfg.glass_ml;
	} else {
		snprintf(hy->msg, sizeof hy->msg, _("Not saved: %s"),
		    cause != NULL ? cause : _("unknown error"));
		hy->msg_warn = 1;
	}
	free(cause);
	load(a, hy);
}

/* u: take back the newest glass logged here (a mistaken Enter). */
static void
undo_glass(struct app *a, struct hydration *hy)
{
	char		*cause = NULL, v[32];
	int		 r, i = hy->nlogged - 1;

	if (i < 0) {
		snprintf(hy->msg, sizeof hy->msg, "%s", _("Nothing to undo: no "
		    "glass logged on this screen."));
		hy->msg_warn = 0;
		return;
	}
	r = diary_undo_drink(hy->logged_at[i], hy->logged_ml[i], &cause);
	format_volume(v, sizeof v, hy->logged_ml[i], a->cfg.units);
	if (r < 0) {
		snprintf(hy->msg, sizeof hy->msg, _("Not undone: %s"),
		    cause != NULL ? cause : _("unknown error"));
		hy->msg_warn = 1;
	} else {
		hy->nlogged--;
		snprintf(hy->msg, sizeof hy->msg, r == 0 ? _("Undone: the glass "
		    "(%s) is no longer logged.") : _("That glass (%s) was "
		    "already gone from the history."), v);
		hy->msg_warn = 0;
	}
	free(cause);
	load(a, hy);
}

static int
hydration_key(struct app *a, void *v, int ch)
{
	struct hydration *hy = v;

	switch (ch) {
	case '\n':
	case '\r':
	case KEY_ENTER:
	case 'd':
	case '+':
		log_glass(a, hy);
		return R_REDRAW;
	case 'u':
	case 'U':
		undo_glass(a, hy);
		return R_REDRAW;
	case 'q':
	case 'Q':
	case 27:
	case KEY_LEFT:
		app_pop(a);
		return R_REDRAW;
	}
	return R_NONE;
}

static void
hydration_draw(struct app *a, void *v, WINDOW *w, enum tui_layout lay)
{
	struct hydration *hy = v;
	char		 buf[256], t[32], g[32], gl[32];
	int		 H = getmaxy(w), W = getmaxx(w), y = 0;
	long		 goal = config_effective_goal_ml(&a->cfg);
	int		 restricted = a->cfg.fluid_restricted;
	/* The figure is the limit only when the limit caps the goal. */
	int		 limit = restricted && goal == a->cfg.fluid_limit_ml;

	w_put(w, y++, 1, W - 2, tui_attr[ROLE_TITLE] | A_BOLD,
	    _("Hydration"));
	w_hline(w, y++, 0, W, tui_attr[ROLE_DIM]);
	y++;
	format_volume(g, sizeof g, goal, a->cfg.units);
	if (hy->today_ml >= 0) {
		format_volume(t, sizeof t, hy->today_ml, a->cfg.units);
		snprintf(buf, sizeof buf, limit ? _("Today: %s of %s (your "
		    "limit)") : restricted ? _("Today: %s of %s goal, within "
		    "your limit") : _("Today: %s of %s goal"), t, g);
		w_put(w, y++, 2, W - 4, tui_attr[ROLE_ACCENT] | A_BOLD, buf);
		w_bar(w, y++, 2, W - 4, goal > 0 ? (double)hy->today_ml /
		    (double)goal : 0.0, tui_attr[ROLE_PROGRESS],
		    tui_attr[ROLE_DIM]);
	} else {
		snprintf(buf, sizeof buf, _("Today's water: not available (%s)"),
		    hy->why);
		y += w_wrap(w, y, 2, W - 4, 2, tui_attr[ROLE_WARNING], buf);
		snprintf(buf, sizeof buf, limit ? _("Daily limit: %s") :
		    _("Daily goal: %s"), g);
		w_put(w, y++, 2, W - 4, tui_attr[ROLE_TEXT], buf);
	}
	y++;
	format_volume(gl, sizeof gl, a->cfg.glass_ml, a->cfg.units);
	snprintf(buf, sizeof buf, _("Enter or d: log a glass (%s)"), gl);
	w_put(w, y++, 2, W - 4, tui_attr[ROLE_TEXT], buf);
	if (hy->msg[0] != '\0')
		y += w_wrap(w, y, 2, W - 4, 2, tui_attr[hy->msg_warn ?
		    ROLE_WARNING : ROLE_ACCENT], hy->msg);
	y++;
	if (lay == LAYOUT_FULL) {
		y += w_wrap(w, y, 2, W - 4, 3, tui_attr[ROLE_DIM], restricted ?
		    _("Keep within the limit your doctor gave you.") :
		    _("Drink steadily through the day; during exercise about "
		    "240 ml (8 oz) every 15 to 30 minutes. Only if a doctor "
		    "has not told you to limit fluids."));
		/* Potassium-rich food is not for everyone on a fluid limit. */
		y += w_wrap(w, y, 2, W - 4, 3, tui_attr[ROLE_DIM], restricted ?
		    _("Ask your doctor which foods suit you: with heart or "
		    "kidney conditions some electrolytes, potassium above "
		    "all, are limited too.") :
		    _("Electrolytes from food: bananas, avocados, yogurt, leafy "
		    "greens, nuts and seeds. Talk to a doctor before taking "
		    "potassium supplements."));
	}
	w_put(w, H - 1, 1, W - 2, tui_attr[ROLE_DIM], hy->nlogged > 0 ?
	    _("Enter/d log a glass  u undo it  q back") :
	    _("Enter/d log a glass  q back"));
}

static void
hydration_leave(struct app *a, void *v)
{
	free(v);
}

static const struct view view_hydration = {
	.name = "hydration",
	.key = hydration_key,
	.draw = hydration_draw,
	.leave = hydration_leave,
};

void
view_hydration_open(struct app *a)
{
	struct hydration *hy = xcalloc(1, sizeof *hy);

	load(a, hy);
	app_push(a, &view_hydration, hy);
}
