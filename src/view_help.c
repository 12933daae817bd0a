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

struct help {
	int relief;
};

static int
help_key(struct app *a, void *v, int ch)
{
	app_pop(a);
	return R_REDRAW;
}

static void
help_draw(struct app *a, void *v, WINDOW *w, enum tui_layout lay)
{
	struct help	*h = v;
	int		 H = getmaxy(w), W = getmaxx(w);
	int		 n, bh, bw = 60, y, x;
	size_t		 i;

	/* Wide enough for the longest line (a translation may be longer). */
	for (i = 0; i < nitems(player_keys); i++)
		if (w_width(_(player_keys[i])) + 4 > bw)
			bw = w_width(_(player_keys[i])) + 4;
	for (i = 0; h->relief && i < nitems(relief_keys); i++)
		if (w_width(_(relief_keys[i])) + 4 > bw)
			bw = w_width(_(relief_keys[i])) + 4;
	if (bw > W)
		bw = W;
	/* A line longer than the box still wraps: rows for all of them. */
	n = 0;
	for (i = 0; i < nitems(player_keys); i++)
		n += w_wrap_lines(_(player_keys[i]), bw - 4);
	for (i = 0; h->relief && i < nitems(relief_keys); i++)
		n += w_wrap_lines(_(relief_keys[i]), bw - 4);
	bh = n + 4;
	if (bh > H)
		bh = H;
	y = (H - bh) / 2;
	x = (W - bw) / 2;
	w_box(w, y, x, bh, bw, tui_attr[ROLE_ACCENT]);
	w_put(w, y, x + 2, bw - 4, tui_attr[ROLE_TITLE] | A_BOLD, _(" Keys "));
	/* An overlay: its own title, not the player's below. */
	app_focus(a, y, x + 3);
	y++;
	if (h->relief)
		for (i = 0; i < nitems(relief_keys) && y < H - 1; i++)
			y += w_wrap(w, y, x + 2, bw - 4, H - 1 - y,
			    tui_attr[ROLE_ACCENT], _(relief_keys[i]));
	for (i = 0; i < nitems(player_keys) && y < H - 1; i++)
		y += w_wrap(w, y, x + 2, bw - 4, H - 1 - y, tui_attr[ROLE_TEXT],
		    _(player_keys[i]));
	w_put(w, y + 1 < H ? y + 1 : y, x + 2, bw - 4, tui_attr[ROLE_DIM],
	    _("any key: close"));
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
			snprintf(shell, sizeof shell, _(SHELL_PARA),
			    FORMAT_PARTS_TEXT);
			shown[i] = shell;
		}
	}
	view_text_open(a, &p);
}
