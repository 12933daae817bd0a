/*
 * widget_list: the one list the menu and the pickers share, as htop's
 * Panel: a selection moved by j/k and the arrows, 1-9 to choose one of
 * the first nine at once, clicks hit-tested against the rows last drawn,
 * and scrolling that keeps the selection on screen. The view draws each
 * row itself through a callback, so each keeps its own look.
 */
#ifndef UNCLENCH_WIDGET_LIST_H
#define UNCLENCH_WIDGET_LIST_H

#include <curses.h>

/* Keys a list takes beyond j/k, Up/Down, Enter and 1-9. */
#define WL_WRAP		0x01	/* past either end comes round */
#define WL_HOMEEND	0x02	/* Home and End */
#define WL_PAGE		0x04	/* PgUp and PgDn, ten at a time */
#define WL_TAB		0x08	/* Tab moves down */
#define WL_RIGHT	0x10	/* Right chooses, as Enter does */

/* What wl_key made of a key, when it chose no entry. */
#define WL_MOVED	(-1)	/* a list key: redraw */
#define WL_NONE		(-2)	/* not a list key */

struct wlist {
	int	 n;		/* entries */
	int	 flags;
	int	 sel, scroll;
	/* Where it was last laid out: the clicks' map. */
	int	 y0, step, h, shown;
	/* Where the selected entry was last drawn; fy -1: not shown. */
	int	 fy, fx;
};

/*
 * Draws entry i at row y; sel: it is the selected one, which is marked
 * with '>' as well as by its colour. Returns the column the entry's text
 * starts at (its '>' when selected), where the cursor goes.
 */
typedef int	 wl_row_fn(WINDOW *, int y, int i, int sel, void *);

/* The entry chosen (>= 0) by ch, else WL_MOVED or WL_NONE. */
int	 wl_key(struct wlist *, int ch);

/* The entry whose rows hold row y, or -1. */
int	 wl_hit(const struct wlist *, int y);

/*
 * Lay the list out from row y0 in rows rows, an entry every step rows
 * of which its first h are its target, and scroll so the selection is
 * shown. Returns the entries shown.
 */
int	 wl_layout(struct wlist *, int y0, int rows, int step, int h);

/*
 * Draw the entries shown by the last layout through row, and note where
 * the selected one starts (fy, fx) for the view's app_focus.
 */
void	 wl_draw(struct wlist *, WINDOW *, wl_row_fn *row, void *arg);

#endif
