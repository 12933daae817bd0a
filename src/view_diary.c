/*
 * view_diary: a thin view around view_history.h, which computes its
 * figures when opened and draws them; this file only routes keys and
 * closes the history view when left.
 */
#include "view_diary.h"

#include <stdlib.h>

#include "view_history.h"
#include "view_text.h"

static int
diary_key(struct app *a, void *v, int ch)
{
	switch (ch) {
	case 'j':
	case KEY_DOWN:
		history_view_scroll(v, 1);
		return R_REDRAW;
	case 'k':
	case KEY_UP:
		history_view_scroll(v, -1);
		return R_REDRAW;
	case KEY_NPAGE:
	case ' ':
		history_view_scroll(v, 10);
		return R_REDRAW;
	case KEY_PPAGE:
		history_view_scroll(v, -10);
		return R_REDRAW;
	case 'q':
	case 'Q':
	case 27:
	case KEY_LEFT:
		app_pop(a);
		return R_REDRAW;
	}
	return R_NONE;
}

static void
diary_draw(struct app *a, void *v, WINDOW *w, enum tui_layout lay)
{
	history_view_draw(v, w, tui_attr, tui_ascii);
}

static void
diary_leave(struct app *a, void *v)
{
	history_view_close(v);
}

static const struct view view_diary = {
	.name = "history",
	.key = diary_key,
	.draw = diary_draw,
	.leave = diary_leave,
};

void
diary_open(struct app *a)
{
	struct history_view	*hv;
	char			*cause = NULL, *msg;

	if ((hv = history_view_open(&a->cfg, clock_wall(a->clk), &cause)) ==
	    NULL) {
		msg = xasprintf("The history is not available: %s",
		    cause != NULL ? cause : "unknown error");
		message_open(a, "History", msg);
		free(msg);
		free(cause);
		return;
	}
	view_diary_show(a, hv);
}

void
view_diary_show(struct app *a, struct history_view *hv)
{
	app_push(a, &view_diary, hv);
}
