/*
 * view_diary: a thin view around view_history.h, which computes its
 * figures when opened and draws them; this file only routes keys and
 * closes the history view when left.
 */
#include "view_diary.h"

#include <stdlib.h>

#include "i18n.h"
#include "view_history.h"
#include "view_text.h"

static int
diary_key(struct app *a, void *v, int ch)
{
	switch (ch) {
	case 'j':
	case KEY_DOWN:
		view_history_scroll(v, 1);
		return R_REDRAW;
	case 'k':
	case KEY_UP:
		view_history_scroll(v, -1);
		return R_REDRAW;
	case KEY_NPAGE:
	case ' ':
		view_history_scroll(v, 10);
		return R_REDRAW;
	case KEY_PPAGE:
		view_history_scroll(v, -10);
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
	view_history_draw(v, w, tui_attr, tui_ascii);
}

static void
diary_leave(struct app *a, void *v)
{
	view_history_close(v);
}

static const struct view view_diary = {
	.name = "history",
	.key = diary_key,
	.draw = diary_draw,
	.leave = diary_leave,
};

void
view_diary_open(struct app *a)
{
	struct view_history	*hv;
	char			*cause = NULL, *msg;

	if ((hv = view_history_open(&a->cfg, clock_wall(a->clk), &cause)) ==
	    NULL) {
		msg = xasprintf(_("The history is not available: %s"),
		    cause != NULL ? cause : _("unknown error"));
		view_text_message_open(a, _("History"), msg);
		free(msg);
		free(cause);
		return;
	}
	view_diary_show(a, hv);
}

void
view_diary_show(struct app *a, struct view_history *hv)
{
	app_push(a, &view_diary, hv);
}
