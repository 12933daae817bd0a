/*
 * view_menu: a fixed list of entries, each opening another view on top
 * of the menu, so q or the end of a routine comes back here. The list
 * (keys, clicks, scrolling) is widget_list's.
 */
#include "view_menu.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "clock.h"
#include "i18n.h"
#include "routine.h"
#include "view_diary.h"
#include "view_help.h"
#include "view_hydration.h"
#include "view_picker.h"
#include "view_relief.h"
#include "view_signs.h"
#include "widget_list.h"
#include "widget_wrap.h"
#include "widgets.h"

static const struct {
	const char	*label;
	const char	*what;
} items[] = {
	{ N_("I have a cramp now"), N_("relief steps, at once") },
	{ N_("Stretch"), N_("guided stretch routines") },
	{ N_("Relax"), N_("progressive muscle relaxation (PMR)") },
	{ N_("Breathe"), N_("paced breathing patterns") },
	{ N_("Hydration"), N_("today's water; log a glass") },
	{ N_("History"), N_("your cramps, water and streaks") },
	{ N_("Help"), N_("keys, commands, about") },
};
#define NITEMS	((int)nitems(items))

struct menu {
	struct wlist	 list;
};

static int
activate(struct app *a, struct menu *m, int i)
{
	m->list.sel = i;
	switch (i) {
	case 0:
		view_relief_open(a, app_now(a), clock_wall(a->clk));
		break;
	case 1:
		view_picker_open(a, KIND_STRETCH);
		break;
	case 2:
		view_picker_open(a, KIND_PMR);
		break;
	case 3:
		view_picker_open(a, KIND_BREATHING);
		break;
	case 4:
		view_hydration_open(a);
		break;
	case 5:
		view_diary_open(a);
		break;
	case 6:
		view_help_screen_open(a);
		break;
	}
	return R_REDRAW;
}

static int
menu_key(struct app *a, void *v, int ch)
{
	struct menu	*m = v;
	int		 i = wl_key(&m->list, ch);

	if (i >= 0)
		return activate(a, m, i);
	if (i == WL_MOVED)
		return R_REDRAW;
	switch (ch) {
	case '!':
		view_signs_open(a, NULL, NULL);
		return R_REDRAW;
	case 'q':
	case 'Q':
	case 27:
		return R_QUIT;
	default:
		return R_NONE;
	}
}

static int
menu_click(struct app *a, void *v, int y, int x)
{
	struct menu	*m = v;
	int		 i = wl_hit(&m->list, y);

	return i >= 0 ? activate(a, m, i) : R_NONE;
}

/* Column 32, or further right when a translated label is longer. */
static int
what_column(void)
{
	int i, c = 32;

	for (i = 0; i < NITEMS; i++)
		if (w_width(_(items[i].label)) + 12 > c)
			c = w_width(_(items[i].label)) + 12;
	return c;
}

static int
menu_row(WINDOW *w, int y, int i, int sel, void *arg)
{
	char	buf[128];
	int	W = getmaxx(w), x;
	attr_t	at;

	at = sel ? tui_attr[ROLE_ACCENT] | A_REVERSE | A_BOLD :
	    tui_attr[i == 0 ? ROLE_ACCENT : ROLE_TEXT];
	/* '>', not a triangle: a braille display shows it as it is. */
	/* The label padded to the widest one, the description after it. */
	x = what_column();
	snprintf(buf, sizeof buf, " %s %d  %s%*s ", sel ? ">" : " ", i + 1,
	    _(items[i].label), x - 12 - w_width(_(items[i].label)), "");
	w_put(w, y, 1, W - 2, at, buf);
	if (W >= 60 && w_width(_(items[i].what)) <= W - 1 - x)
		w_put(w, y, x, W - 1 - x, tui_attr[ROLE_DIM], _(items[i].what));
	return 2;
}

/* The keys, as many as fit; the Help entry tells the rest. */
static const struct w_hint menu_keys[] = {
	{ N_("Up/Down or j/k move"), N_("j/k move"), 16 },
	{ N_("Enter choose"), N_("Enter choose"), 19 },
	{ N_("1-7 shortcut"), "", 12 },
	{ N_("! warning signs"), N_("! signs"), 14 },
	{ N_("q quit"), N_("q quit"), 18 },
};

static void
menu_hints(struct w_hint *k)
{
	size_t i;

	for (i = 0; i < nitems(menu_keys); i++)
		k[i] = (struct w_hint){ _(menu_keys[i].lng),
		    *menu_keys[i].brief != '\0' ? _(menu_keys[i].brief) : "",
		    menu_keys[i].keep };
}

/* The notice's rows: a long one may take three; the items keep theirs. */
static int
notice_rows(struct app *a, int W, int full, int y, int step, int below)
{
	int nl = app_notice_lines(a, W - 2, full ? 3 : 1);

	if (nl > 1 && y + (NITEMS - 1) * step >= below - nl)
		nl = below - 1 - (y + (NITEMS - 1) * step);
	return nl < 1 ? 1 : nl;
}

/*
 * Bottom up: the keys (on a second row when the items leave one free
 * and they need it), the care line (wrapped, never dropped), a notice.
 */
static void
menu_draw(struct app *a, void *v, WINDOW *w, enum tui_layout lay)
{
	struct menu	*m = v;
	struct w_hint	 k[nitems(menu_keys)];
	int		 H = getmaxy(w), W = getmaxx(w);
	int		 full = lay == LAYOUT_FULL;
	int		 y, step, nl, crows, kr, spare;
	const char	*care, *tag = _("a coach for muscle cramps");

	w_put(w, 0, 1, W - 2, tui_attr[ROLE_TITLE] | A_BOLD, "unclench");
	if (W >= 50 && w_width("unclench") + w_width(tag) + 4 <= W)
		w_right(w, 0, 1, tui_attr[ROLE_DIM], tag);
	if (full)
		w_hline(w, 1, 0, W, tui_attr[ROLE_DIM]);
	/* The long form where it fits one row (a translation may be
	 * longer), else the short one, wrapped: it is never cut. */
	care = wh_pick(_("A coach, not a medical device. See a doctor about "
	    "cramps that last or recur."), _("A coach, not a medical device."),
	    W - 2, 1);
	if ((crows = w_wrap_lines(care, W - 2)) < 1)
		crows = 1;
	/* Compact, a care line on two rows takes the gap under the title. */
	y = full ? 3 : crows > 1 ? 1 : 2;
	step = full && H >= 3 + 2 * NITEMS + 4 + crows ? 2 : 1;
	menu_hints(k);
	spare = H - 2 - crows - y - NITEMS * step;
	if ((kr = wh_hint_rows(NULL, 0, 1, W - 2, spare > 0 ? 2 : 1, 0, k,
	    nitems(k))) < 1)
		kr = 1;
	nl = notice_rows(a, W, full, y, step, H - kr - crows);
	wl_layout(&m->list, y, H - kr - crows - nl - y, step, 1);
	wl_draw(&m->list, w, menu_row, NULL);
	app_focus(a, m->list.fy, m->list.fx);
	app_draw_notice(a, w, H - 1 - kr - crows, 1, W - 2, nl);
	w_wrap(w, H - kr - crows, 1, W - 2, crows, tui_attr[ROLE_DIM], care);
	wh_hint_rows(w, H - kr, 1, W - 2, kr, tui_attr[ROLE_DIM], k,
	    nitems(k));
}

static void
menu_leave(struct app *a, void *v)
{
	free(v);
}

static const struct view view_menu = {
	.name = "menu",
	.key = menu_key,
	.draw = menu_draw,
	.leave = menu_leave,
	.click = menu_click,
};

void
view_menu_open(struct app *a)
{
	struct menu *m = xcalloc(1, sizeof *m);

	m->list.n = NITEMS;
	m->list.flags = WL_WRAP | WL_HOMEEND | WL_TAB | WL_RIGHT;
	app_push(a, &view_menu, m);
}
