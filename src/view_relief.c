/*
 * view_relief: the parts come from relief_parts[] (calf first), their
 * keys and labels from files_parts.c. Choosing replaces the picker with the
 * player, so the relief's end goes back to whatever was below.
 */
#include "view_relief.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "files_builtin.h"
#include "files_parts.h"
#include "i18n.h"
#include "routine.h"
#include "view_player.h"
#include "view_signs.h"
#include "widget_list.h"
#include "widget_wrap.h"
#include "widgets.h"

#define NPARTS_MAX	16

struct relief {
	uint64_t	 cramp_ms;
	time_t		 cramp_wall;
	struct wlist	 list;
};

static int
choose(struct app *a, struct relief *rp, int i)
{
	if (i < 0 || (size_t)i >= relief_nparts)
		return R_NONE;
	/* rp is freed by the replace: copy what the player needs. */
	view_player_open_relief(a, relief_parts[i], rp->cramp_ms,
	    rp->cramp_wall, 1);
	return R_REDRAW;
}

static int
relief_key(struct app *a, void *v, int ch)
{
	struct relief	*rp = v;
	int		 i = wl_key(&rp->list, ch);

	if (i >= 0)
		return choose(a, rp, i);
	if (i == WL_MOVED)
		return R_REDRAW;
	switch (ch) {
	case '!':
		view_signs_open(a, NULL, NULL);
		return R_REDRAW;
	case 'q':
	case 'Q':
	case 27:
	case KEY_LEFT:
		app_pop(a);
		return R_REDRAW;
	}
	for (i = 0; i < rp->list.n; i++)
		if (ch == parts_key(relief_parts[i]) ||
		    ch == parts_key(relief_parts[i]) - 'a' + 'A')
			return choose(a, rp, i);
	return R_NONE;
}

static int
relief_click(struct app *a, void *v, int y, int x)
{
	struct relief	*rp = v;
	int		 i = wl_hit(&rp->list, y);

	return i >= 0 ? choose(a, rp, i) : R_NONE;
}

/*
 * One part, its number and its letter: a big target, bold, 34 columns
 * for the label where there is room (the padding is never cut).
 */
static int
relief_row(WINDOW *w, int y, int i, int sel, void *arg)
{
	char		 buf[160];
	const char	*label = parts_label(relief_parts[i]);
	int		 pad = getmaxx(w) - 4 - 9;
	attr_t		 at = sel ? tui_attr[ROLE_ACCENT] | A_REVERSE | A_BOLD :
			     tui_attr[ROLE_TEXT] | A_BOLD;

	pad = (pad < 34 ? pad : 34) - w_width(label);
	snprintf(buf, sizeof buf, "%s %d  %c   %s%*s", sel ? ">" : " ", i + 1,
	    parts_key(relief_parts[i]), label, pad > 0 ? pad : 0, "");
	w_put(w, y, 2, getmaxx(w) - 4, at, buf);
	return 2;
}

/* Calf is marked at first; a guess from `now claf` may be. */
static const struct w_hint relief_keys[] = {
	{ N_("1-7 or the letter"), N_("1-7/letter"), 17 },
	{ N_("Enter: the one marked"), N_("Enter: marked"), 19 },
	{ N_("q back"), N_("q back"), 18 },
};

static void
relief_hints(struct w_hint *k)
{
	size_t i;

	for (i = 0; i < nitems(relief_keys); i++)
		k[i] = (struct w_hint){ _(relief_keys[i].lng),
		    _(relief_keys[i].brief), relief_keys[i].keep };
}

static void
relief_draw(struct app *a, void *v, WINDOW *w, enum tui_layout lay)
{
	struct relief	*rp = v;
	struct w_hint	 k[nitems(relief_keys)];
	const char	*l1, *l2;
	int		 H = getmaxy(w), W = getmaxx(w), y, h, n, nl, crow, kr;
	int		 full = lay == LAYOUT_FULL;

	n = rp->list.n;
	w_put(w, 0, 1, W - 2, tui_attr[ROLE_TITLE] | A_BOLD,
	    _("Where is the cramp?"));
	if (W >= 60 && w_width(_("Where is the cramp?")) +
	    w_width(_("stop, and breathe out")) + 4 <= W)
		w_right(w, 0, 1, tui_attr[ROLE_DIM], _("stop, and breathe out"));
	y = full ? 2 : 1;
	/* Big targets: two rows each when there is room. */
	h = full && H - 5 >= 2 * n ? 2 : 1;
	wl_layout(&rp->list, y, H - 2 - y, h, h);
	wl_draw(&rp->list, w, relief_row, NULL);
	app_focus(a, rp->list.fy, rp->list.fx);
	y += n * h;
	l1 = safety_text("clot.picker");
	if (W >= 70 && (int)utf8_length(l1) <= W - 2)
		l2 = NULL;
	else
		view_signs_clot_lines(W - 2, &l1, &l2);
	crow = l2 == NULL ? H - 2 : H - 3;	/* the clot check's first row */
	/* The keys on two rows if they need them and a row is free. */
	relief_hints(k);
	kr = crow - y - app_notice_lines(a, W - 2, 3) > 1 ? 2 : 1;
	if ((kr = wh_hint_rows(NULL, 0, 1, W - 2, kr, 0, k, nitems(k))) < 1)
		kr = 1;
	crow -= kr - 1;
	/* A note ("Not sure which part ... is") in the rows left free. */
	if ((nl = crow - y) > 0)
		app_draw_notice(a, w, crow - 1, 1, W - 2, nl > 3 ? 3 : nl);
	if (crow > y) {
		w_put(w, crow, 1, W - 2, tui_attr[ROLE_WARNING], l1);
		if (l2 != NULL)
			w_put(w, crow + 1, 1, W - 2, tui_attr[ROLE_WARNING], l2);
	}
	wh_hint_rows(w, H - kr, 1, W - 2, kr, tui_attr[ROLE_DIM], k, nitems(k));
}

static void
relief_leave(struct app *a, void *v)
{
	free(v);
}

static const struct view view_relief = {
	.name = "relief-picker",
	.key = relief_key,
	.draw = relief_draw,
	.leave = relief_leave,
	.click = relief_click,
};

void
view_relief_open(struct app *a, uint64_t cramp_ms, time_t cramp_wall)
{
	view_relief_open_at(a, cramp_ms, cramp_wall, NULL);
}

void
view_relief_open_at(struct app *a, uint64_t cramp_ms, time_t cramp_wall,
    const char *mark)
{
	struct relief	*rp = xcalloc(1, sizeof *rp);
	int		 i;

	app_night_relief(a);
	rp->cramp_ms = cramp_ms;
	rp->cramp_wall = cramp_wall;
	rp->list.n = (int)relief_nparts < NPARTS_MAX ? (int)relief_nparts :
	    NPARTS_MAX;
	rp->list.flags = WL_WRAP;
	for (i = 0; mark != NULL && i < rp->list.n; i++)
		if (strcmp(relief_parts[i], mark) == 0)
			rp->list.sel = i;
	app_push(a, &view_relief, rp);
}
