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
menu_footer(WINDOW *w, int y, const char *care, int crows)
{
	struct w_hint	 k[nitems(menu_keys)];
	char		 buf[256];
	int		 W = getmaxx(w);
	size_t		 i;

	/* Never dropped: wrapped onto the rows it takes. */
	w_wrap(w, y, 1, W - 2, crows, tui_attr[ROLE_DIM], care);
	for (i = 0; i < nitems(menu_keys); i++)
		k[i] = (struct w_hint){ _(menu_keys[i].lng),
		    *menu_keys[i].brief != '\0' ? _(menu_keys[i].brief) : "",
		    menu_keys[i].keep };
	w_put(w, y + crows, 1, W - 2, tui_attr[ROLE_DIM], wh_hints(buf,
	    sizeof buf, W - 2, k, nitems(k), 2));
}

static void
menu_draw(struct app *a, void *v, WINDOW *w, enum tui_layout lay)
{
	struct menu	*m = v;
	int		 H = getmaxy(w), W = getmaxx(w);
	int		 full = lay == LAYOUT_FULL;
	int		 y, step, nl, crows;
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
	crows = w_wrap_lines(care, W - 2);
	if (crows < 1)
		crows = 1;
	/* Compact, a care line on two rows takes the gap under the title. */
	y = full ? 3 : crows > 1 ? 1 : 2;
	step = full && H >= 3 + 2 * NITEMS + 4 + crows ? 2 : 1;
	/* A long notice may take three rows; the items keep theirs first. */
	nl = app_notice_lines(a, W - 2, full ? 3 : 1);
	if (nl > 1 && y + (NITEMS - 1) * step >= H - 1 - crows - nl)
		nl = H - 2 - crows - (y + (NITEMS - 1) * step);
	if (nl < 1)
		nl = 1;
	wl_layout(&m->list, y, H - 1 - crows - nl - y, step, 1);
	wl_draw(&m->list, w, menu_row, NULL);
	app_focus(a, m->list.fy, m->list.fx);
	app_draw_notice(a, w, H - 2 - crows, 1, W - 2, nl);
	menu_footer(w, H - 1 - crows, care, crows);
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
