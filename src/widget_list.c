/*
 * widget_list: selection, keys, clicks and scrolling of a list; see
 * widget_list.h. It knows nothing of what the entries are.
 */
#include "widget_list.h"

static void
step_by(struct wlist *l, int d)
{
	int to = l->sel + d;

	if (l->n <= 0)
		return;
	if (l->flags & WL_WRAP)
		to = ((to % l->n) + l->n) % l->n;
	else if (to < 0)
		to = 0;
	else if (to >= l->n)
		to = l->n - 1;
	l->sel = to;
}

int
wl_key(struct wlist *l, int ch)
{
	switch (ch) {
	case KEY_UP:
	case 'k':
		step_by(l, -1);
		return WL_MOVED;
	case '\t':
		if (!(l->flags & WL_TAB))
			return WL_NONE;
		/* FALLTHROUGH */
	case KEY_DOWN:
	case 'j':
		step_by(l, 1);
		return WL_MOVED;
	case KEY_HOME:
	case KEY_END:
		if (!(l->flags & WL_HOMEEND) || l->n <= 0)
			return WL_NONE;
		l->sel = ch == KEY_HOME ? 0 : l->n - 1;
		return WL_MOVED;
	case KEY_PPAGE:
	case KEY_NPAGE:
		if (!(l->flags & WL_PAGE) || l->n <= 0)
			return WL_NONE;
		/* Ten at a time, stopping at the ends, never round them. */
		l->sel += ch == KEY_PPAGE ? -10 : 10;
		if (l->sel < 0)
			l->sel = 0;
		if (l->sel >= l->n)
			l->sel = l->n - 1;
		return WL_MOVED;
	case KEY_RIGHT:
		if (!(l->flags & WL_RIGHT))
			return WL_NONE;
		/* FALLTHROUGH */
	case '\n':
	case '\r':
	case KEY_ENTER:
		return l->sel >= 0 && l->sel < l->n ? l->sel : WL_NONE;
	}
	if (ch >= '1' && ch <= '9' && ch - '1' < l->n)
		return l->sel = ch - '1';
	return WL_NONE;
}

int
wl_hit(const struct wlist *l, int y)
{
	int k;

	if (l->step < 1 || y < l->y0)
		return -1;
	k = (y - l->y0) / l->step;
	if (k >= l->shown || (y - l->y0) % l->step >= l->h ||
	    l->scroll + k >= l->n)
		return -1;
	return l->scroll + k;
}

int
wl_layout(struct wlist *l, int y0, int rows, int step, int h)
{
	l->y0 = y0;
	l->step = step < 1 ? 1 : step;
	l->h = h < 1 ? 1 : h > l->step ? l->step : h;
	/* The last entry shown needs only its own rows, not a whole step. */
	l->shown = rows >= l->h ? (rows - l->h) / l->step + 1 : 0;
	if (l->sel < l->scroll)
		l->scroll = l->sel;
	if (l->shown > 0 && l->sel >= l->scroll + l->shown)
		l->scroll = l->sel - l->shown + 1;
	if (l->scroll < 0)
		l->scroll = 0;
	return l->shown;
}

void
wl_draw(struct wlist *l, WINDOW *w, wl_row_fn *row, void *arg)
{
	int	 k, x, y;

	l->fy = l->fx = -1;
	for (k = 0; k < l->shown && l->scroll + k < l->n; k++) {
		y = l->y0 + k * l->step;
		x = row(w, y, l->scroll + k, l->scroll + k == l->sel, arg);
		if (l->scroll + k == l->sel) {
			l->fy = y;
			l->fx = x;
		}
	}
}
