/*
 * view_help: the player's key help as a box over the player (the routine
 * keeps running behind it; any key closes it), and the menu's Help page.
 */
#include "view_help.h"

#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "i18n.h"
#include "view_text.h"
#include "widget_wrap.h"
#include "widgets.h"

static const char *const player_keys[] = {
	N_("space      pause / resume"),
	N_("n  Right   skip to the next step"),
	N_("p  Left    back (this step again, or the one before)"),
	N_("r          restart this step"),
	N_("+  -       hold 5 s longer / shorter"),
	N_("b          bell on / off"),
	N_("t          say the time left"),
	N_("Up  Down   scroll a long instruction (PgUp/PgDn: a page)"),
	N_("!          warning signs: when to get help"),
	N_("q          quit (asks first)"),
};

static const char *const relief_keys[] = {
	N_("e          it has eased: finish now"),
	N_("Enter      next step (on every relief step)"),
};

/*
 * The entries from first on that fit the box whole: a terminal too
 * short for them all (40x12) pages through them with Up/Down, a whole
 * entry at a time, so none is shown cut. shown: how many fit.
 */
struct help {
	int	 relief;
	int	 first, shown, n;
};

/* Entry i: the relief keys first (in relief), then the player's. */
static const char *
entry(const struct help *h, int i)
{
	int nr = h->relief ? (int)nitems(relief_keys) : 0;

	return _(i < nr ? relief_keys[i] : player_keys[i - nr]);
}

static int
help_key(struct app *a, void *v, int ch)
{
	struct help *h = v;

	/* Paged: the arrows turn it; any other key closes it. */
	if (h->shown < h->n && (ch == KEY_DOWN || ch == KEY_NPAGE)) {
		h->first += ch == KEY_DOWN ? 1 : h->shown;
		if (h->first > h->n - 1)
			h->first = h->n - 1;
		return R_REDRAW;
	}
	if (h->shown < h->n && (ch == KEY_UP || ch == KEY_PPAGE)) {
		h->first -= ch == KEY_UP ? 1 : h->shown;
		if (h->first < 0)
			h->first = 0;
		return R_REDRAW;
	}
	app_pop(a);
	return R_REDRAW;
}

/* The box's width: the longest entry's (60 at least), the screen's. */
static int
box_width(const struct help *h, int W)
{
	int	 i, bw = 60;

	for (i = 0; i < h->n; i++)
		if (w_width(entry(h, i)) + 4 > bw)
			bw = w_width(entry(h, i)) + 4;
	return bw > W ? W : bw;
}

/*
 * The bottom line: "any key: close"; paged, on the border, and the
 * arrows on the row above it (both whole, or not shown).
 */
static void
help_footer(WINDOW *w, int y, int x, int width, int paged)
{
	char		 buf[256];
	struct w_hint	 more = { _("Up/Down more"), _("Up/Dn more"), 1 };

	if (paged)
		w_put(w, y++, x, width, tui_attr[ROLE_ACCENT], wh_hints(buf,
		    sizeof buf, width, &more, 1, 2));
	wh_label(w, y, x, width, 1, tui_attr[ROLE_DIM], _("any key: close"));
}

static void
help_draw(struct app *a, void *v, WINDOW *w, enum tui_layout lay)
{
	struct help	*h = v;
	int		 H = getmaxy(w), W = getmaxx(w);
	int		 i, n, nl, bh, bw, y, x, paged;

	h->n = (h->relief ? (int)nitems(relief_keys) : 0) +
	    (int)nitems(player_keys);
	bw = box_width(h, W);
	/* A line longer than the box still wraps: rows for all of them. */
	for (i = n = 0; i < h->n; i++)
		n += w_wrap_lines(entry(h, i), bw - 4);
	paged = n + 4 > H;
	bh = paged ? H : n + 4;
	if (!paged)
		h->first = 0;
	y = (H - bh) / 2;
	x = (W - bw) / 2;
	w_box(w, y, x, bh, bw, tui_attr[ROLE_ACCENT]);
	w_put(w, y, x + 2, bw - 4, tui_attr[ROLE_TITLE] | A_BOLD, _(" Keys "));
	/* An overlay: its own title, not the player's below. */
	app_focus(a, y, x + 3);
	/* Paged: the rows but the borders and the footer; else a gap too. */
	for (i = h->first, h->shown = 0, y++; i < h->n; i++, h->shown++) {
		nl = w_wrap_lines(entry(h, i), bw - 4);
		if (y + nl > (paged ? H - 2 : H - 1))
			break;
		y += w_wrap(w, y, x + 2, bw - 4, nl, tui_attr[i <
		    (h->relief ? (int)nitems(relief_keys) : 0) ?
		    ROLE_ACCENT : ROLE_TEXT], entry(h, i));
	}
	help_footer(w, paged ? H - 2 : y + 1, x + 2, bw - 4, paged);
}

static void
help_leave(struct app *a, void *v)
{
	free(v);
}

static const struct view view_help = {
	.name = "help",
	.overlay = 1,
	.key = help_key,
	.draw = help_draw,
	.leave = help_leave,
};

void
view_help_open(struct app *a, int relief)
{
	struct help *h = xcalloc(1, sizeof *h);

	h->relief = relief;
	app_push(a, &view_help, h);
}

/* Filled in with the parts where shown. */
#define SHELL_PARA \
	N_("From the shell: unclench now [PART] (%s) " \
	"starts relief at once; unclench stretch, relax " \
	"and breathe [NAME] start a routine, or list them; unclench list " \
	"shows them all. A routine started by name exits at its end; one " \
	"chosen from a list goes back to the list.")

static const char *const help_paras[] = {
	N_("unclench is a coach for muscle cramps and spasms: relief when a "
	"cramp hits, guided stretching, progressive muscle relaxation, "
	"paced breathing and a water log."),
	"",
	N_("In the menu: Up/Down or j/k to move, Enter to choose, or the "
	"item's number; q quits."),
	N_("In a routine: space pause, n or Right skip, p or Left back, "
	"r restart the step, + and - change the hold by 5 s, b bell, "
	"t time left, ? keys, ! warning signs, q quit."),
	N_("In relief: e when the cramp has eased, Enter to go on from a step "
	"done at your own pace."),
	"",
	SHELL_PARA,
	"",
	N_("A coach, not a medical device. Stretch to a mild pull, never to "
	"sharp pain. See a doctor about cramps that last, come back often, "
	"or come with swelling, redness, weakness or numbness."),
};

void
view_help_screen_open(struct app *a)
{
	static const char	*shown[nitems(help_paras)];
	static char		 shell[2048];
	size_t			 i;
	struct text_page p = {
		.title = _("Help"),
		.title_role = ROLE_TITLE,
		.paras = shown,
		.nparas = nitems(help_paras),
		.hint = _("any key: back"),
		.close = TEXT_CLOSE_ANY,
	};

	/* Translated here, where shown; the one with the parts filled in. */
	for (i = 0; i < nitems(help_paras); i++) {
		shown[i] = *help_paras[i] != '\0' ? _(help_paras[i]) : "";
		if (strstr(help_paras[i], "(%s)") != NULL) {
			char parts[128];	/* "... neck or hand", translated */

			format_parts(parts, sizeof parts);
			snprintf(shell, sizeof shell, _(SHELL_PARA), parts);
			shown[i] = shell;
		}
	}
	view_text_open(a, &p);
}
