/*
 * widget_wrap: see widget_wrap.h. Measured in display columns (a
 * translation in UTF-8 is not measured in bytes).
 */
#include "widget_wrap.h"

#include <stdio.h>

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
