/*
 * widget_wrap: labels shown whole or not at all, for the layouts where
 * a narrow terminal or a longer translation leaves no room for the long
 * form. A key line is built from hints, the least needed dropped first;
 * a label is wrapped onto the rows it is given, or left out. A cut label
 * ("Enter cho…") reads as another word in some languages: none is cut.
 */
#ifndef UNCLENCH_WIDGET_WRAP_H
#define UNCLENCH_WIDGET_WRAP_H

#include <curses.h>
#include <stddef.h>

struct w_hint {
	const char	*lng, *brief;	/* brief "": none, dropped when short */
	int		 keep;		/* dropped first: the lowest */
};

/*
 * The hints that fit in width columns, joined into buf: all the long
 * forms (two spaces between), else the brief ones (gap spaces between),
 * dropping the least needed until the rest fit. Every hint shown is
 * whole; "" if not even the most needed fits. Returns buf.
 */
const char	*wh_hints(char *buf, size_t len, int width,
		    const struct w_hint *, size_t n, int gap);

/* The same, drawn on row y from column x, two spaces between. */
void	 wh_hint_line(WINDOW *, int y, int x, int width, attr_t,
	     const struct w_hint *, size_t n);

/*
 * The hints on at most maxrows rows from row y (two spaces between): all
 * of them on the fewest rows (the long forms, else the brief ones), else
 * the brief ones on maxrows rows, the least needed dropped until the rest
 * fit; a hint is never split. Returns the rows used (0: none fits); with
 * w NULL it only measures.
 */
#define WH_ROWS		3
#define WH_ROW_BYTES	256
int	 wh_hint_rows(WINDOW *, int y, int x, int width, int maxrows,
	     attr_t, const struct w_hint *, size_t n);

/*
 * Wrap s into width from (y, x) if it takes at most maxrows rows; else
 * draw nothing. Returns the rows drawn.
 */
int	 wh_label(WINDOW *, int y, int x, int width, int maxrows, attr_t,
	     const char *s);

/* lng if it wraps into maxrows rows of width, else brief. */
const char	*wh_pick(const char *lng, const char *brief, int width,
		    int maxrows);

#endif
