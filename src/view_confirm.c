/*
 * view_confirm: an overlay that takes every key until it is answered.
 * The overlay is closed before its callback runs, so the callback may
 * close the views below it too.
 */
#include "view_confirm.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "widgets.h"

struct confirm {
	char	 question[192];	/* a translation may be longer */
	void	(*yes)(struct app *, void *);
	void	(*no)(struct app *, void *);
	void	*arg;
};

static int
confirm_key(struct app *a, void *v, int ch)
{
	struct confirm	*c = v;
	void		(*cb)(struct app *, void *);
	void		*arg = c->arg;

	switch (ch) {
	case 'y':
	case 'Y':
		cb = c->yes;
		break;
	case 'n':
	case 'N':
	case 'q':
	case 27:	/* Esc */
		cb = c->no;
		break;
	default:
		return R_NONE;
	}
	app_pop(a);	/* frees c */
	if (cb != NULL)
		cb(a, arg);
	return R_REDRAW;
}

static void
confirm_draw(struct app *a, void *v, WINDOW *w, enum tui_layout lay)
{
	struct confirm	*c = v;
	int		 H = getmaxy(w), W = getmaxx(w);
	int		 bw = w_width(c->question) + 6, y = H / 2 - 1;

	if (bw > W)
		bw = W;
	w_box(w, y, (W - bw) / 2, 3, bw, tui_attr[ROLE_WARNING]);
	w_center(w, y + 1, tui_attr[ROLE_WARNING] | A_BOLD, c->question);
	/* Where w_center put it. */
	bw = w_width(c->question);
	app_focus(a, y + 1, bw >= W ? 0 : (W - bw) / 2);
}

static void
confirm_leave(struct app *a, void *v)
{
	free(v);
}

static const struct view view_confirm = {
	.name = "confirm",
	.overlay = 1,
	.key = confirm_key,
	.draw = confirm_draw,
	.leave = confirm_leave,
};

void
view_confirm_open(struct app *a, const char *question,
    void (*yes)(struct app *, void *), void (*no)(struct app *, void *),
    void *arg)
{
	struct confirm *c = xcalloc(1, sizeof *c);

	snprintf(c->question, sizeof c->question, "%s", question);
	c->yes = yes;
	c->no = no;
	c->arg = arg;
	app_push(a, &view_confirm, c);
}
