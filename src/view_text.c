/*
 * view_text: pages of text. The paragraphs are wrapped at draw time to
 * the window's width, so a resize re-flows them; the scroll offset is
 * clamped to what the current size can show.
 */
#include "view_text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "widgets.h"

struct text {
	struct text_page	 p;
	int			 scroll, max_scroll;
	char			*title_copy, *text_copy;
	const char		*one[1];
};

static int
text_key(struct app *a, void *v, int ch)
{
	struct text	*t = v;
	void		(*closed)(struct app *, void *) = t->p.closed;
	void		*arg = t->p.arg;

	switch (ch) {
	case 'j':
	case KEY_DOWN:
		t->scroll++;
		return R_REDRAW;
	case 'k':
	case KEY_UP:
		t->scroll--;
		return R_REDRAW;
	case KEY_NPAGE:
	case ' ':
		t->scroll += 10;
		return R_REDRAW;
	case KEY_PPAGE:
		t->scroll -= 10;
		return R_REDRAW;
	case '\n':
	case '\r':
	case KEY_ENTER:
		break;
	default:
		if (t->p.close == TEXT_CLOSE_ENTER)
			return R_NONE;
		break;
	}
	app_pop(a);	/* frees t */
	if (closed != NULL)
		closed(a, arg);
	return R_REDRAW;
}

static void
text_draw(struct app *a, void *v, WINDOW *w, enum tui_layout lay)
{
	struct text	*t = v;
	WINDOW		*body;
	int		 H = getmaxy(w), W = getmaxx(w);
	int		 rows, y, n, total = 0;
	size_t		 i;

	w_put(w, 0, 1, W - 2, tui_attr[t->p.title_role] | A_BOLD,
	    t->p.title);
	w_hline(w, 1, 0, W, tui_attr[ROLE_DIM]);
	rows = H - 4;
	for (i = 0; i < t->p.nparas; i++)
		total += *t->p.paras[i] == '\0' ? 1 :
		    w_wrap_lines(t->p.paras[i], W - 4);
	t->max_scroll = total > rows ? total - rows : 0;
	if (t->scroll > t->max_scroll)
		t->scroll = t->max_scroll;
	if (t->scroll < 0)
		t->scroll = 0;
	if (rows > 0 && (body = derwin(w, rows, W, 2, 0)) != NULL) {
		y = -t->scroll;
		for (i = 0; i < t->p.nparas && y < rows; i++) {
			const char *s = t->p.paras[i];

			if (*s == '\0') {
				y++;
				continue;
			}
			n = w_wrap_lines(s, W - 4);
			if (y + n > 0)
				w_wrap(body, y, 2, W - 4, n,
				    tui_attr[ROLE_TEXT], s);
			y += n;
		}
		delwin(body);
	}
	w_hline(w, H - 2, 0, W, tui_attr[ROLE_DIM]);
	if (t->max_scroll > 0) {
		char more[64];

		snprintf(more, sizeof more, _("j/k scroll (%d%%)"),
		    t->scroll * 100 / t->max_scroll);
		w_right(w, H - 1, 1, tui_attr[ROLE_DIM], more);
	}
	w_put(w, H - 1, 1, W - 2, tui_attr[t->p.close == TEXT_CLOSE_ENTER ?
	    ROLE_WARNING : ROLE_DIM], t->p.hint != NULL ? t->p.hint :
	    "any key: back");
}

static void
text_leave(struct app *a, void *v)
{
	struct text *t = v;

	free(t->title_copy);
	free(t->text_copy);
	free(t);
}

static const struct view view_text = {
	.name = "text",
	.key = text_key,
	.draw = text_draw,
	.leave = text_leave,
};

void
view_text_open(struct app *a, const struct text_page *p)
{
	struct text *t = xcalloc(1, sizeof *t);

	t->p = *p;
	app_push(a, &view_text, t);
}

void
view_text_message_open(struct app *a, const char *title, const char *text)
{
	struct text *t = xcalloc(1, sizeof *t);

	t->title_copy = xstrdup(title);
	t->text_copy = xstrdup(text);
	t->one[0] = t->text_copy;
	t->p.title = t->title_copy;
	t->p.title_role = ROLE_TITLE;
	t->p.paras = t->one;
	t->p.nparas = 1;
	t->p.close = TEXT_CLOSE_ANY;
	app_push(a, &view_text, t);
}
