/*
 * view_breath: draws a breathing step. The shape's size comes from
 * breath_level() at the phase's elapsed fraction, so it is continuous
 * across phases. The shape moves in frames, BREATH_FPS a second of the
 * phase on a grid from its start, only while its size changes (inhale,
 * top-up, exhale), never on holds or paused: the player sleeps until the
 * next frame (view_breath_next_ms), so the screen is redrawn only when
 * it changes, and on whole-second phases a frame falls with each change
 * of the countdown rather than between them.
 */
#include "view_breath.h"

#include <stdio.h>

#include "breath.h"
#include "i18n.h"
#include "view.h"
#include "widgets.h"

/* Holds make some people light-headed: those patterns point to no holds. */
#define DIZZY_LINE	N_("Stop if you feel dizzy, light-headed, tingling or " \
			"palpitations.")
#define DIZZY_SHORT	N_("Dizzy or palpitations? Stop.")
#define DIZZY_HOLD	N_("Dizzy, tingling or palpitations? Stop, or try " \
			"the no-hold version.")
#define DIZZY_HOLD_SHORT N_("Dizzy/palpitations? Stop, try no-hold")

/* "in 4 · hold 7 · out 8" */
static void
describe(const struct breath_pattern *b, char *buf, size_t len)
{
	const char	*dot = tui_ascii ? ", " : " \xc2\xb7 ";
	size_t		 n = 0;

#define PART(ms, word) do {						\
	if ((ms) > 0 && n < len)					\
		n += (size_t)snprintf(buf + n, len - n, "%s%s %g",	\
		    n > 0 ? dot : "", _(word), (ms) / 1000.0);		\
} while (0)
	buf[0] = '\0';
	/* TRANSLATORS: the pattern's parts, "in 4 · hold 7 · out 8". */
	PART(b->inhale_ms, N_("in"));
	PART(b->top_up_ms, N_("top up"));
	PART(b->hold_in_ms, N_("hold"));
	PART(b->exhale_ms, N_("out"));
	PART(b->hold_out_ms, N_("hold"));
#undef PART
}

/*
 * Frames a second of a moving phase. With the countdown's change each
 * second, at most BREATH_FPS + 1 redraws a second; 2 keeps the shape's
 * edge under 400 bytes a second at 80x24 (make bench).
 */
#define BREATH_FPS	2

static int
moving(const struct session_status *st)
{
	if (st->paused || st->finished || st->phase == NULL ||
	    st->phase_total_ms <= 0)
		return 0;
	switch (st->phase->kind) {
	case PHASE_INHALE:
	case PHASE_TOP_UP:
	case PHASE_EXHALE:
		return 1;
	default:
		return 0;
	}
}

static int64_t
nframes(const struct session_status *st)
{
	int64_t n = st->phase_total_ms * BREATH_FPS / 1000;

	return n < 1 ? 1 : n;
}

/* Time into the phase, within it. */
static int64_t
elapsed(const struct session_status *st)
{
	int64_t el = st->phase_total_ms - st->phase_left_ms;

	return el < 0 ? 0 : el > st->phase_total_ms ? st->phase_total_ms : el;
}

int64_t
view_breath_frame(const struct session_status *st)
{
	if (!moving(st))
		return -1;
	return elapsed(st) * nframes(st) / st->phase_total_ms;
}

int64_t
view_breath_next_ms(const struct session_status *st, uint64_t now_ms)
{
	int64_t	 k = view_breath_frame(st), n, at;

	if (k < 0 || k + 1 >= (n = nframes(st)))
		return -1;	/* the phase's end (a deadline) comes first */
	/* The first ms of frame k + 1: ceil((k + 1) * total / n). */
	at = ((k + 1) * st->phase_total_ms + n - 1) / n;
	return (int64_t)now_ms + (at - elapsed(st));
}

double
view_breath_level(const struct session_status *st, const struct step *step)
{
	int64_t	 k = view_breath_frame(st);
	double	 f = k < 0 ? st->phase_fraction : (double)k /
		     (double)nframes(st);

	return breath_level(&step->breath, st->phase->kind, f);
}

static enum theme_role
role_of(enum phase_kind k)
{
	return k == PHASE_EXHALE || k == PHASE_HOLD_OUT ? ROLE_EXHALE :
	    ROLE_INHALE;
}

/*
 * The step's own words, what to do while breathing, from row y: returns
 * the row below them; *total is the text's wrapped length.
 */
static int
step_words(struct app *a, WINDOW *w, enum tui_layout lay, int y,
    const struct step *step, int relief, int *first, int *rows_out,
    int *total)
{
	int	 W = getmaxx(w), maxn = lay == LAYOUT_FULL ? (relief ? 4 : 3) : 2;
	int	 n;

	app_focus(a, y, 2);
	w_put(w, y++, 2, W - 4, tui_attr[ROLE_ACCENT] | A_BOLD, step->title);
	*total = w_wrap_lines(step->text, W - 4);
	n = *total < maxn ? *total : maxn;
	if (*first > *total - n)
		*first = *total - n;
	if (*first < 0)
		*first = 0;
	*rows_out = n;
	n = w_wrap_from(w, y, 2, W - 4, *first, n, tui_attr[ROLE_TEXT],
	    step->text);
	return y + n + (lay == LAYOUT_FULL ? 1 : 0);
}

int
view_breath_body(struct app *a, WINDOW *w, enum tui_layout lay, int top,
    int bottom, const struct session_status *st, const struct step *step,
    int whole, int relief, int *first, int *rows_out)
{
	char		 name[32], desc[96], line[160];
	const char	*dizzy = DIZZY_LINE, *dizzy_short = DIZZY_SHORT;
	const struct phase *p = st->phase;
	attr_t		 pa = tui_attr[role_of(p->kind)];
	double		 level = view_breath_level(st, step);
	int		 W = getmaxx(w), rows = bottom - top + 1, y = top;
	int		 shape_rows, rmax, left, n, total = 0;
	long long	 secs = st->phase_left_ms <= 0 ? 0 :
			     (st->phase_left_ms + 999) / 1000;

	*rows_out = 0;
	if (rows < 1)
		return 0;
	if (!whole) {
		y = step_words(a, w, lay, y, step, relief, first, rows_out,
		    &total);
		rows = bottom - y + 1;
		if (rows < 1)
			return total;
	}
	breath_pattern_name(&step->breath, name, sizeof name);
	describe(&step->breath, desc, sizeof desc);
	/* TRANSLATORS: "4-7-8 breathing  (in 4 · hold 7 · out 8)". */
	snprintf(line, sizeof line, whole ? _("%s breathing  (%s)") :
	    "%s  (%s)", name, desc);
	w_center(w, y++, tui_attr[ROLE_ACCENT], line);

	/* The shape gets what the four text lines leave. */
	shape_rows = rows - 1 - 4;
	rmax = 2 * ((shape_rows - 1) / 2 - 1);
	if (rmax > W / 2 - 4)
		rmax = W / 2 - 4;
	if (lay == LAYOUT_FULL && rmax >= 3) {
		int cy = y + shape_rows / 2;

		/*
		 * The disc keeps one colour (its size says in or out; the
		 * phase line below has the phase's colour): recolouring the
		 * full disc at each exhale was a tenth of breathing's bytes.
		 */
		w_breath(w, cy, W / 2, rmax, level, tui_attr[ROLE_INHALE],
		    tui_attr[ROLE_DIM]);
		y += shape_rows;
	} else {
		/* No room for a shape: a bar that fills and empties. */
		w_bar(w, y + 1, 4, W - 8, level, pa, tui_attr[ROLE_DIM]);
		y += 2;
	}

	left = p->nreps - p->rep;
	if (st->paused)
		snprintf(line, sizeof line, "%s", _("PAUSED"));
	else if (lay != LAYOUT_FULL)
		/* Compact: the cycle goes on the phase line. */
		snprintf(line, sizeof line, _("%s   %lld   (cycle %d of %d)"),
		    _(phase_label(p)), secs, p->rep, p->nreps);
	else
		snprintf(line, sizeof line, "%s   %lld", _(phase_label(p)),
		    secs);
	if (whole) {
		n = w_width(line);
		app_focus(a, y, n >= W ? 0 : (W - n) / 2);
	}
	w_center(w, y++, pa | A_BOLD, line);
	/* TRANSLATORS: "cycle 2 of 5 · 3 left"; %s is the separator. */
	snprintf(line, sizeof line, NG_("cycle %d of %d%s%d left",
	    "cycle %d of %d%s%d left", left), p->rep, p->nreps,
	    tui_ascii ? ", " : " \xc2\xb7 ", left);
	if (y <= bottom && lay == LAYOUT_FULL)
		w_center(w, y++, tui_attr[ROLE_TEXT], line);
	if (step->breath.hold_in_ms > 0 || step->breath.hold_out_ms > 0) {
		dizzy = DIZZY_HOLD;
		dizzy_short = DIZZY_HOLD_SHORT;
	}
	if (y <= bottom)
		w_center(w, y, tui_attr[ROLE_DIM], W - 2 >= w_width(_(dizzy)) ?
		    _(dizzy) : _(dizzy_short));
	return total;
}
