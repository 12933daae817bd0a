/*
 * widgets: the drawing pieces every view shares: clipped and wrapped text,
 * centred titles, progress bars, big block digits, the breathing shape and
 * boxes. Every function clips to the window, so any size (even 1x1) is
 * safe. In ASCII mode (tui_ascii) only 7-bit characters are written.
 */
#ifndef UNCLENCH_WIDGETS_H
#define UNCLENCH_WIDGETS_H

#include <curses.h>

/* Height of the big digits, in rows. */
#define BIG_ROWS	5

/* Display columns of a UTF-8 string. */
int	 w_width(const char *);

/*
 * Put s at (y, x), at most maxw columns (and not past the window's edge);
 * returns the columns written. A string that does not fit ends in an
 * ellipsis, so a cut is never read as the whole.
 */
int	 w_put(WINDOW *, int y, int x, int maxw, attr_t, const char *s);

/* Put s centred on row y (clipped to the window width). */
void	 w_center(WINDOW *, int y, attr_t, const char *s);

/* Put s so it ends at the right edge of row y, less margin columns. */
void	 w_right(WINDOW *, int y, int margin, attr_t, const char *s);

/*
 * Word-wrap text into width w from (y, x), at most maxlines lines (the
 * last one ends in an ellipsis if the text goes on). Returns the lines
 * used.
 */
int	 w_wrap(WINDOW *, int y, int x, int w, int maxlines, attr_t,
	     const char *text);

/* The same from wrapped line first on (a scrolled instruction). */
int	 w_wrap_from(WINDOW *, int y, int x, int w, int first, int maxlines,
	     attr_t, const char *text);

/* The cut mark: "\u2026", or "..." in ASCII mode; its columns in *cols. */
const char *w_ellipsis(int *cols);

/* Lines text takes when wrapped to width w. */
int	 w_wrap_lines(const char *text, int w);

/* A horizontal rule of n columns. */
void	 w_hline(WINDOW *, int y, int x, int n, attr_t);

/* A progress bar of w columns filled to frac (0..1). */
void	 w_bar(WINDOW *, int y, int x, int w, double frac, attr_t fill,
	     attr_t empty);

/* Columns the big digits of s take ("0"-"9", ":" and " "). */
int	 w_big_width(const char *s);

/* Draw s in big block digits with its top-left at (y, x). */
void	 w_big(WINDOW *, int y, int x, attr_t, const char *s);

/*
 * The breathing shape: a disc centred on (cy, cx) whose radius runs from
 * a small dot (level 0) to rmax columns (level 1), with a faint ring at
 * rmax. Rows count as two pixels, so the disc looks round.
 */
void	 w_breath(WINDOW *, int cy, int cx, int rmax, double level,
	     attr_t fill, attr_t ring);

/* A box with a border, its inside cleared. */
void	 w_box(WINDOW *, int y, int x, int h, int w, attr_t);

#endif
