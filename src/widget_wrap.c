/*
 * widget_wrap: see widget_wrap.h. Measured in display columns (a
 * translation in UTF-8 is not measured in bytes).
 */
#include "widget_wrap.h"

#include <stdio.h>
#include <string.h>

#include "widgets.h"

/* The hints of keep >= drop in form pass (0 long, 1 brief) into buf. */
static int
join(char *buf, size_t len, const struct w_hint *k, size_t n, int pass,
    int drop, int gap)
{
	size_t	 i, o = 0;
	int	 r;

	buf[0] = '\0';
	for (i = 0; i < n; i++) {
		const char *t = pass == 0 ? k[i].lng : k[i].brief;

		if (k[i].keep < drop || t == NULL || *t == '\0')
			continue;
		r = snprintf(buf + o, len - o, "%.*s%s", o == 0 ? 0 :
		    pass == 0 ? 2 : gap, "  ", t);
		if (r < 0 || (size_t)r >= len - o) {
			buf[o] = '\0';
			return -1;	/* too long for buf: not shown */
		}
		o += (size_t)r;
	}
	return 0;
}

/* The drop level that leaves out the least needed hint left at drop. */
static int
next_drop(const struct w_hint *k, size_t n, int drop)
{
	size_t	 i;
	int	 low = -1;

	for (i = 0; i < n; i++)
		if (k[i].keep >= drop && (low < 0 || k[i].keep < low))
			low = k[i].keep;
	return low < 0 ? -1 : low + 1;
}

const char *
wh_hints(char *buf, size_t len, int width, const struct w_hint *k,
    size_t n, int gap)
{
	int pass = 0, drop = 0;

	if (len == 0)
		return "";
	for (;;) {
		if (join(buf, len, k, n, pass, drop, gap) == 0 &&
		    w_width(buf) <= width)
			return buf;
		if (pass == 0)
			pass = 1;
		else if ((drop = next_drop(k, n, drop)) < 0) {
			buf[0] = '\0';
			return buf;
		}
	}
}

void
wh_hint_line(WINDOW *w, int y, int x, int width, attr_t a,
    const struct w_hint *k, size_t n)
{
	char buf[512];

	w_put(w, y, x, width, a, wh_hints(buf, sizeof buf, width, k, n, 2));
}

int
wh_label(WINDOW *w, int y, int x, int width, int maxrows, attr_t a,
    const char *s)
{
	int n = w_wrap_lines(s, width);

	if (n < 1 || n > maxrows)
		return 0;
	return w_wrap(w, y, x, width, n, a, s);
}

const char *
wh_pick(const char *lng, const char *brief, int width, int maxrows)
{
	return w_wrap_lines(lng, width) <= maxrows ? lng : brief;
}

/*
 * The hints of keep >= drop in form pass packed into rows of width, a
 * hint never split: the rows used, or -1 if they take more than max.
 */
static int
pack(char rows[][WH_ROW_BYTES], int max, int width, const struct w_hint *k,
    size_t n, int pass, int drop)
{
	size_t	 i;
	int	 used = 0, r;

	for (i = 0; i < n; i++) {
		const char *t = pass == 0 ? k[i].lng : k[i].brief;

		if (k[i].keep < drop || t == NULL || *t == '\0')
			continue;
		if (w_width(t) > width)
			return -1;
		/* On the row being filled if it fits there, else a new one. */
		if (used > 0 && w_width(rows[used - 1]) + 2 + w_width(t) <=
		    width) {
			r = snprintf(rows[used - 1] + strlen(rows[used - 1]),
			    WH_ROW_BYTES - strlen(rows[used - 1]), "  %s", t);
			if (r >= 0 && (size_t)r < WH_ROW_BYTES)
				continue;
		}
		if (used == max)
			return -1;
		r = snprintf(rows[used++], WH_ROW_BYTES, "%s", t);
		if (r < 0 || r >= WH_ROW_BYTES)
			return -1;
	}
	return used;
}

int
wh_hint_rows(WINDOW *w, int y, int x, int width, int maxrows, attr_t a,
    const struct w_hint *k, size_t n)
{
	char	 rows[WH_ROWS][WH_ROW_BYTES];
	int	 pass = 1, drop = 0, used = -1, i, r;

	if (maxrows > WH_ROWS)
		maxrows = WH_ROWS;
	/* All of them on the fewest rows, the long forms first. */
	for (r = 1; r <= maxrows && used < 0; r++)
		for (pass = 0; pass < 2 && used < 0; pass++)
			used = pack(rows, r, width, k, n, pass, 0);
	/* Else the brief ones on every row, the least needed dropped. */
	while (used < 0) {
		if ((drop = next_drop(k, n, drop)) < 0)
			return 0;
		used = pack(rows, maxrows, width, k, n, 1, drop);
	}
	for (i = 0; w != NULL && i < used; i++)
		w_put(w, y + i, x, width, a, rows[i]);
	return used;
}
