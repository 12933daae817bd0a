/*
 * view_help: the player's key help as a box over the player (the routine
 * keeps running behind it; any key closes it), and the menu's Help page.
 */
#include "view_help.h"

#include <stdlib.h>
#include <string.h>

#include "format.h"
#include "view_text.h"
#include "widgets.h"

static const char *const player_keys[] = {
	"space      pause / resume",
	"n  Right   skip to the next step",
	"p  Left    back (this step again, or the one before)",
	"r          restart this step",
	"+  -       hold 5 s longer / shorter",
	"b          bell on / off",
	"t          say the time left",
	"Up  Down   scroll a long instruction (PgUp/PgDn: a page)",
	"!          warning signs: when to get help",
	"q          quit (asks first)",
};

static const char *const relief_keys[] = {
	"e          it has eased: finish now",
	"Enter      next step (on every relief step)",
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

	n = (int)nitems(player_keys) + (h->relief ? (int)nitems(relief_keys) :
	    0);
	bh = n + 4;
	if (bw > W)
		bw = W;
	if (bh > H)
		bh = H;
	y = (H - bh) / 2;
	x = (W - bw) / 2;
	w_box(w, y, x, bh, bw, tui_attr[ROLE_ACCENT]);
	w_put(w, y, x + 2, bw - 4, tui_attr[ROLE_TITLE] | A_BOLD, " Keys ");
	y++;
	if (h->relief)
		for (i = 0; i < nitems(relief_keys) && y < H - 1; i++)
			w_put(w, y++, x + 2, bw - 4, tui_attr[ROLE_ACCENT],
			    relief_keys[i]);
	for (i = 0; i < nitems(player_keys) && y < H - 1; i++)
		w_put(w, y++, x + 2, bw - 4, tui_attr[ROLE_TEXT],
		    player_keys[i]);
	w_put(w, y + 1 < H ? y + 1 : y, x + 2, bw - 4, tui_attr[ROLE_DIM],
	    "any key: close");
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

static const char *const help_paras[] = {
	"unclench is a coach for muscle cramps and spasms: relief when a "
	"cramp hits, guided stretching, progressive muscle relaxation, "
	"paced breathing and a water log.",
	"",
	"In the menu: Up/Down or j/k to move, Enter to choose, or the "
	"item's number; q quits.",
	"In a routine: space pause, n or Right skip, p or Left back, "
	"r restart the step, + and - change the hold by 5 s, b bell, "
	"t time left, ? keys, ! warning signs, q quit.",
	"In relief: e when the cramp has eased, Enter to go on from a step "
	"done at your own pace.",
	"",
	"From the shell: unclench now [PART] (" FORMAT_PARTS_TEXT ") "
	"starts relief at once; unclench stretch, relax "
	"and breathe [NAME] start a routine, or list them; unclench list "
	"shows them all. A routine started by name exits at its end; one "
	"chosen from a list goes back to the list.",
	"",
	"A coach, not a medical device. Stretch to a mild pull, never to "
	"sharp pain. See a doctor about cramps that last, come back often, "
	"or come with swelling, redness, weakness or numbness.",
};

void
view_help_screen_open(struct app *a)
{
	struct text_page p = {
		.title = "Help",
		.title_role = ROLE_TITLE,
		.paras = help_paras,
		.nparas = nitems(help_paras),
		.hint = "any key: back",
		.close = TEXT_CLOSE_ANY,
	};

	view_text_open(a, &p);
}
