/*
 * widgets: drawing helpers over curses. Invariant: nothing is written
 * outside the window (coordinates are clipped here, not by the callers),
 * and in ASCII mode no byte above 0x7f reaches the terminal: a non-ASCII
 * character in user text becomes '?'.
 */
#include "widgets.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "tui.h"

/*
 * Length in bytes and columns of the character at s, and in *wc the wide
 * character to draw for it: 0 when it is not drawn as a plain cell (an
 * invalid sequence, a control character, one wcwidth does not know), so
 * put_n draws it the old way, byte by byte.
 */
static size_t
char_wc(const char *s, int *cols, wchar_t *wc)
{
	mbstate_t	 ps;
	size_t		 n;
	int		 wdt;

	if ((unsigned char)*s < 0x80) {
		*cols = 1;
		*wc = *s >= 0x20 && *s < 0x7f ? (wchar_t)*s : 0;
		return 1;
	}
	memset(&ps, 0, sizeof ps);
	n = tui_ascii ? (size_t)-1 : mbrtowc(wc, s, MB_CUR_MAX, &ps);
	if (n == (size_t)-1 || n == (size_t)-2 || n == 0) {
		/* Skip the whole UTF-8 sequence; it shows as one '?'. */
		n = 1;
		while ((s[n] & 0xc0) == 0x80)
			n++;
		*cols = -1;
		*wc = 0;
		return n;
	}
	wdt = wcwidth(*wc);
	*cols = wdt < 0 ? 1 : wdt;
	if (wdt < 0)
		*wc = 0;
	return n;
}

/* Length in bytes and columns of the character at s. */
static size_t
char_at(const char *s, int *cols)
{
	wchar_t	 wc;

	return char_wc(s, cols, &wc);
}

int
w_width(const char *s)
{
	int	 cols, w = 0;
	size_t	 n;

	while (*s != '\0') {
		n = char_at(s, &cols);
		w += cols < 0 ? 1 : cols;
		s += n;
	}
	return w;
}

/* Columns of the first n bytes of s. */
static int
w_width_n(const char *s, size_t n)
{
	size_t	 off = 0;
	int	 c, w = 0;

	while (off < n && s[off] != '\0') {
		off += char_at(s + off, &c);
		w += c < 0 ? 1 : c;
	}
	return w;
}

/* Cells gathered to go out in one wide-character call. */
#define RUN_MAX	128

struct run {
	wchar_t	 wc[RUN_MAX];
	int	 n, x;
};

static void
run_flush(WINDOW *w, int y, struct run *r)
{
	if (r->n > 0)
		mvwaddnwstr(w, y, r->x, r->wc, r->n);
	r->n = 0;
}

/*
 * The wide character that stands for the character at s (wc from
 * char_wc), or 0 if it goes out byte by byte through waddnstr, as
 * before runs: so invalid UTF-8 and control characters draw as they did.
 */
static wchar_t
cell_wc(const char *s, int cols, wchar_t wc)
{
	if (tui_ascii && (unsigned char)*s >= 0x80)
		return L'?';
	if (*s == '\t' || *s == '\n')
		return L' ';
	return cols < 0 ? 0 : wc;
}

/*
 * The window where an invalid sequence last went out byte by byte: curses
 * may hold its bytes pending and join them to the next byte written there
 * (or drop them on a move). So the next cell written to that window goes
 * the byte way too, and the screen is what it was before runs.
 */
static WINDOW	*pend;

/* One character the byte way (the cell as put_n drew it before runs). */
static void
put_old(WINDOW *w, int y, int x, const char *s, size_t n, int cols)
{
	if (tui_ascii && (unsigned char)*s >= 0x80)
		mvwaddch(w, y, x, '?');
	else if (*s == '\t' || *s == '\n')
		mvwaddch(w, y, x, ' ');
	else
		mvwaddnstr(w, y, x, s, (int)n);
	pend = cols < 0 && !tui_ascii ? w : NULL;
}

/*
 * Put at most maxbytes of s; the workhorse of w_put and w_wrap. Plain
 * cells go out in runs through waddnwstr (one call, not one a byte).
 */
static int
put_n(WINDOW *w, int y, int x, int maxw, attr_t a, const char *s,
    size_t maxbytes)
{
	struct run	 r;
	wchar_t		 wc;
	int		 my, mx, cols, done = 0;
	size_t		 n, off = 0;

	getmaxyx(w, my, mx);
	if (y < 0 || y >= my || maxw <= 0)
		return 0;
	r.n = 0;
	wattrset(w, a);
	while (off < maxbytes && s[off] != '\0') {
		n = char_wc(s + off, &cols, &wc);
		wc = cell_wc(s + off, cols, wc);
		if (done + (cols < 0 ? 1 : cols) > maxw || x + done + (cols <
		    0 ? 1 : cols) > mx)
			break;
		if (x + done >= 0) {
			if (wc == 0 || pend == w) {
				run_flush(w, y, &r);
				put_old(w, y, x + done, s + off, n, cols);
			} else {
				if (r.n == RUN_MAX)
					run_flush(w, y, &r);
				if (r.n == 0)
					r.x = x + done;
				r.wc[r.n++] = wc;
			}
		}
		done += cols < 0 ? 1 : cols;
		off += n;
	}
	run_flush(w, y, &r);
	wattrset(w, A_NORMAL);
	return done;
}

/*
 * n cells of the one-column character ch from (y, x), clipped to the
 * window: what n calls of w_put(w, y, x + i, 1, a, ch) draw, in runs.
 */
static void
put_rep(WINDOW *w, int y, int x, int n, attr_t a, const char *ch)
{
	struct run	 r;
	wchar_t		 wc;
	int		 my, mx, cols, i;
	size_t		 len;

	getmaxyx(w, my, mx);
	if (y < 0 || y >= my)
		return;
	len = char_wc(ch, &cols, &wc);
	wc = cell_wc(ch, cols, wc);
	if (cols != 1 || wc == 0 || ch[len] != '\0') {
		for (i = 0; i < n; i++)
			w_put(w, y, x + i, 1, a, ch);
		return;
	}
	if (x < 0) {
		n += x;
		x = 0;
	}
	if (pend == w && n > 0 && x < mx) {
		/* The first cell the byte way (see pend). */
		w_put(w, y, x, 1, a, ch);
		x++;
		n--;
	}
	if (n > mx - x)
		n = mx - x;
	if (n <= 0)
		return;
	wattrset(w, a);
	for (r.n = 0; n > 0; n--) {
		if (r.n == RUN_MAX) {
			run_flush(w, y, &r);
			x += RUN_MAX;
		}
		r.x = x;
		r.wc[r.n++] = wc;
	}
	run_flush(w, y, &r);
	wattrset(w, A_NORMAL);
}

const char *
w_ellipsis(int *cols)
{
	if (cols != NULL)
		*cols = tui_ascii ? 3 : 1;
	return tui_ascii ? "..." : "\xe2\x80\xa6";
}

/* Bytes of s that fit in cols columns, and the columns they take. */
static size_t
fit(const char *s, size_t maxbytes, int cols, int *used)
{
	size_t	 off = 0, n;
	int	 c, done = 0;

	while (off < maxbytes && s[off] != '\0') {
		n = char_at(s + off, &c);
		if (c < 0)
			c = 1;
		if (done + c > cols)
			break;
		done += c;
		off += n;
	}
	*used = done;
	return off;
}

int
w_put(WINDOW *w, int y, int x, int maxw, attr_t a, const char *s)
{
	size_t	 len = strlen(s), keep;
	int	 room = maxw, mx = getmaxx(w), ec, used;

	if (x + room > mx)
		room = mx - x;
	if (x < 0 || room <= 0 || w_width(s) <= room)
		return put_n(w, y, x, maxw, a, s, len);
	/* Cut: end in an ellipsis, so a cut word is never taken as whole. */
	w_ellipsis(&ec);
	if (room <= ec)
		return put_n(w, y, x, room, a, s, len);
	keep = fit(s, len, room - ec, &used);
	put_n(w, y, x, used, a, s, keep);
	put_n(w, y, x + used, ec, a, w_ellipsis(NULL), strlen(w_ellipsis(
	    NULL)));
	return used + ec;
}

void
w_center(WINDOW *w, int y, attr_t a, const char *s)
{
	int mx = getmaxx(w), len = w_width(s), x;

	x = len >= mx ? 0 : (mx - len) / 2;
	w_put(w, y, x, mx - x, a, s);
}

void
w_right(WINDOW *w, int y, int margin, attr_t a, const char *s)
{
	int mx = getmaxx(w), len = w_width(s), x;

	x = mx - margin - len;
	if (x < 0)
		x = 0;
	w_put(w, y, x, mx - x, a, s);
}

/*
 * The next line of text wrapped to width w: its byte length in *len, and
 * where the following line starts (spaces skipped). NULL at the end.
 */
static const char *
next_line(const char *s, int w, size_t *len)
{
	const char	*p = s, *brk = NULL;
	int		 cols = 0, c;
	size_t		 n;

	while (*s == ' ')
		s++;
	if (*s == '\0')
		return NULL;
	p = s;
	while (*p != '\0' && *p != '\n') {
		n = char_at(p, &c);
		if (c < 0)
			c = 1;
		if (cols + c > w)
			break;
		if (*p == ' ')
			brk = p;
		cols += c;
		p += n;
	}
	if (*p == '\0' || *p == '\n' || *p == ' ')
		brk = p;
	else if (brk == NULL || brk == s)
		brk = p;	/* a word longer than the line: cut it */
	*len = (size_t)(brk - s);
	if (*len == 0 && *brk != '\n') {
		/* Width 0 or a too-wide character: force progress. */
		n = char_at(s, &c);
		*len = n;
		brk = s + n;
	}
	return brk;
}

int
w_wrap_lines(const char *text, int w)
{
	const char	*s = text, *e;
	size_t		 len;
	int		 lines = 0;

	if (w <= 0)
		return 0;
	for (;;) {
		while (*s == ' ')
			s++;
		if (*s == '\0')
			break;
		if (*s == '\n') {
			lines++;
			s++;
			continue;
		}
		e = next_line(s, w, &len);
		if (e == NULL)
			break;
		lines++;
		s = *e == '\n' ? e + 1 : e;
	}
	return lines;
}

int
w_wrap(WINDOW *w, int y, int x, int width, int maxlines, attr_t a,
    const char *text)
{
	return w_wrap_from(w, y, x, width, 0, maxlines, a, text);
}

/* Where line first of text wrapped to width starts. */
static const char *
skip_lines(const char *s, int width, int first)
{
	const char	*e;
	size_t		 len;

	while (first > 0) {
		while (*s == ' ')
			s++;
		if (*s == '\0')
			break;
		if (*s == '\n') {
			s++;
			first--;
			continue;
		}
		if ((e = next_line(s, width, &len)) == NULL)
			break;
		s = *e == '\n' ? e + 1 : e;
		first--;
	}
	return s;
}

int
w_wrap_from(WINDOW *w, int y, int x, int width, int first, int maxlines,
    attr_t a, const char *text)
{
	const char	*s, *e;
	size_t		 len;
	int		 line = 0, ec;

	if (width <= 0 || maxlines <= 0)
		return 0;
	s = skip_lines(text, width, first);
	w_ellipsis(&ec);
	while (line < maxlines) {
		while (*s == ' ')
			s++;
		if (*s == '\0')
			break;
		if (*s == '\n') {
			line++;
			s++;
			continue;
		}
		if ((e = next_line(s, width, &len)) == NULL)
			break;
		if (line == maxlines - 1 && *skip_lines(*e == '\n' ? e + 1 :
		    e, width, 0) != '\0' && width > ec) {
			/* The last line allowed and text left: end in "...". */
			size_t	 keep;
			int	 cols;

			keep = fit(s, len, width - ec, &cols);
			/* Room for the mark made by cutting a word: drop it. */
			if (keep < len && s[keep] != ' ') {
				size_t sp = keep;

				while (sp > 0 && s[sp - 1] != ' ')
					sp--;
				while (sp > 0 && s[sp - 1] == ' ')
					sp--;
				if (sp > 0)
					keep = sp;
				cols = w_width_n(s, keep);
			}
			put_n(w, y + line, x, width, a, s, keep);
			put_n(w, y + line, x + cols, ec, a, w_ellipsis(NULL),
			    strlen(w_ellipsis(NULL)));
			return line + 1;
		}
		put_n(w, y + line, x, width, a, s, len);
		line++;
		s = *e == '\n' ? e + 1 : e;
	}
	return line;
}

void
w_hline(WINDOW *w, int y, int x, int n, attr_t a)
{
	put_rep(w, y, x, n, a, tui_ascii ? "-" : "\xe2\x94\x80");
}

void
w_bar(WINDOW *w, int y, int x, int width, double frac, attr_t fill,
    attr_t empty)
{
	/* U+258F..U+2589: one to seven eighths of a cell. */
	static const char *const part[8] = { "", "\xe2\x96\x8f",
	    "\xe2\x96\x8e", "\xe2\x96\x8d", "\xe2\x96\x8c", "\xe2\x96\x8b",
	    "\xe2\x96\x8a", "\xe2\x96\x89" };
	int	 eighths, full;

	if (width <= 0)
		return;
	if (!(frac >= 0.0))
		frac = 0.0;
	if (frac > 1.0)
		frac = 1.0;
	eighths = (int)(frac * width * 8.0 + 0.5);
	if (tui_ascii) {
		full = (eighths + 4) / 8;
		put_rep(w, y, x, full, fill, "#");
		put_rep(w, y, x + full, width - full, empty, ".");
		return;
	}
	full = eighths / 8;
	put_rep(w, y, x, full, fill, "\xe2\x96\x88");
	if (full < width && eighths % 8 != 0) {
		w_put(w, y, x + full, 1, fill, part[eighths % 8]);
		full++;
	}
	put_rep(w, y, x + full, width - full, empty, "\xe2\x96\x91");
}

/* 3x5 pixel glyphs; each pixel is two columns wide. */
static const char *
glyph(char c)
{
	switch (c) {
	case '0': return "####.##.##.####";
	case '1': return ".#.##..#..#.###";
	case '2': return "###..#####..###";
	case '3': return "###..#.##..####";
	case '4': return "#.##.####..#..#";
	case '5': return "####..###..####";
	case '6': return "####..####.####";
	case '7': return "###..#..#.#..#.";
	case '8': return "####.#####.####";
	case '9': return "####.####..####";
	default: return NULL;
	}
}

#define GLYPH_COLS	6
#define COLON_COLS	2
#define GAP_COLS	2

int
w_big_width(const char *s)
{
	int w = 0;

	for (; *s != '\0'; s++) {
		if (w > 0)
			w += GAP_COLS;
		w += *s == ':' ? COLON_COLS : *s == ' ' ? GAP_COLS : GLYPH_COLS;
	}
	return w;
}

void
w_big(WINDOW *w, int y, int x, attr_t a, const char *s)
{
	const char	*g, *px;
	int		 r, c, first = 1;

	px = tui_ascii ? "##" : "\xe2\x96\x88\xe2\x96\x88";
	for (; *s != '\0'; s++) {
		if (!first)
			x += GAP_COLS;
		first = 0;
		if (*s == ':') {
			w_put(w, y + 1, x, 2, a, px);
			w_put(w, y + 3, x, 2, a, px);
			x += COLON_COLS;
			continue;
		}
		if ((g = glyph(*s)) == NULL) {
			x += GAP_COLS;
			continue;
		}
		for (r = 0; r < BIG_ROWS; r++)
			for (c = 0; c < 3; c++)
				if (g[r * 3 + c] == '#')
					w_put(w, y + r, x + 2 * c, 2, a, px);
		x += GLYPH_COLS;
	}
}

/* Is pixel (dx, dy) inside radius r? dy in half rows. */
static int
inside(double dx, double dy, double r)
{
	return dx * dx + dy * dy <= r * r;
}

void
w_breath(WINDOW *w, int cy, int cx, int rmax, double level, attr_t fill,
    attr_t ring)
{
	double	 rmin = rmax > 6 ? 2.0 : 1.0, r;
	int	 dr, dc, hr = rmax / 2 + 1;

	if (rmax < 1)
		return;
	if (!(level >= 0.0))
		level = 0.0;
	if (level > 1.0)
		level = 1.0;
	r = rmin + level * ((double)rmax - rmin);
	for (dr = -hr; dr <= hr; dr++) {
		for (dc = -rmax - 1; dc <= rmax + 1; dc++) {
			double	 top = 2.0 * dr - 0.5, bot = top + 1.0;
			int	 t = inside(dc, top, r);
			int	 b = inside(dc, bot, r);

			if (t || b) {
				const char *ch;

				if (tui_ascii)
					ch = t && b ? "@" : "o";
				else
					ch = t && b ? "\xe2\x96\x88" : t ?
					    "\xe2\x96\x80" : "\xe2\x96\x84";
				w_put(w, cy + dr, cx + dc, 1, fill, ch);
				continue;
			}
			/* The ring: cells the full disc's edge crosses. */
			if (fabs(hypot(dc, top) - rmax) <= 0.5 ||
			    fabs(hypot(dc, bot) - rmax) <= 0.5)
				w_put(w, cy + dr, cx + dc, 1, ring,
				    tui_ascii ? "." : "\xc2\xb7");
			/*
			 * Inside the ring, blank in the shape's colours: a
			 * cell that the edge leaves or takes then changes
			 * its character only, not the colours too (fewer
			 * bytes to the terminal each frame).
			 */
			else if (inside(dc, top, rmax) || inside(dc, bot,
			    rmax))
				w_put(w, cy + dr, cx + dc, 1, fill, " ");
		}
	}
}

void
w_box(WINDOW *w, int y, int x, int h, int wd, attr_t a)
{
	const char	*hz = tui_ascii ? "-" : "\xe2\x94\x80";
	const char	*vt = tui_ascii ? "|" : "\xe2\x94\x82";
	const char	*l, *m, *rt;
	int		 r;

	if (h < 2 || wd < 2)
		return;
	for (r = 0; r < h; r++) {
		if (r == 0 || r == h - 1) {
			l = tui_ascii ? "+" : r == 0 ? "\xe2\x94\x8c" :
			    "\xe2\x94\x94";
			rt = tui_ascii ? "+" : r == 0 ? "\xe2\x94\x90" :
			    "\xe2\x94\x98";
			m = hz;
		} else {
			l = rt = vt;
			m = " ";
		}
		w_put(w, y + r, x, 1, a, l);
		put_rep(w, y + r, x + 1, wd - 2, a, m);
		w_put(w, y + r, x + wd - 1, 1, a, rt);
	}
}
