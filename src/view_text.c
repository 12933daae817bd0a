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

/* Lines of the paragraphs wrapped to width w (a blank one is a line). */
static int
text_lines(const struct text *t, int w)
{
	size_t	 i;
	int	 total = 0;

	for (i = 0; i < t->p.nparas; i++)
		total += *t->p.paras[i] == '\0' ? 1 :
		    w_wrap_lines(t->p.paras[i], w);
	return total;
}

static void
text_body(struct text *t, WINDOW *w, int top, int rows)
{
	WINDOW	*body;
	int	 W = getmaxx(w), y, n;
	size_t	 i;

	if (rows <= 0 || (body = derwin(w, rows, W, top, 0)) == NULL)
		return;
	y = -t->scroll;
	for (i = 0; i < t->p.nparas && y < rows; i++) {
		const char *s = t->p.paras[i];

		if (*s == '\0') {
			y++;
			continue;
		}
		n = w_wrap_lines(s, W - 4);
		if (y + n > 0)
			w_wrap(body, y, 2, W - 4, n, tui_attr[ROLE_TEXT], s);
		y += n;
	}
	delwin(body);
}

/*
 * Title, rule, body, rule, the hint: the title and the hint wrap onto
 * more rows rather than being cut; the scroll keys go beside the hint,
 * or on a row of their own above it when both do not fit.
 */
static void
text_draw(struct app *a, void *v, WINDOW *w, enum tui_layout lay)
{
	struct text	*t = v;
	int		 H = getmaxy(w), W = getmaxx(w);
	int		 trows, hrows, beside, rows, total;
	char		 more[64];
	const char	*hint = t->p.hint != NULL ? t->p.hint :
			    _("any key: back");

	trows = w_wrap_lines(t->p.title, W - 2);
	trows = trows < 1 ? 1 : trows > 2 ? 2 : trows;
	hrows = w_wrap_lines(hint, W - 2);
	hrows = hrows < 1 ? 1 : hrows > 3 ? 3 : hrows;
	w_wrap(w, 0, 1, W - 2, trows, tui_attr[t->p.title_role] | A_BOLD,
	    t->p.title);
	w_hline(w, trows, 0, W, tui_attr[ROLE_DIM]);
	total = text_lines(t, W - 4);
	rows = H - trows - 2 - hrows;
	snprintf(more, sizeof more, _("j/k scroll (%d%%)"), 100);
	beside = hrows == 1 && w_width(hint) + 2 + w_width(more) <= W - 2;
	if (total > rows && !beside)
		rows--;
	t->max_scroll = total > rows ? total - rows : 0;
	if (t->scroll > t->max_scroll)
		t->scroll = t->max_scroll;
	if (t->scroll < 0)
		t->scroll = 0;
	text_body(t, w, trows + 1, rows);
	w_hline(w, trows + 1 + (rows > 0 ? rows : 0), 0, W, tui_attr[ROLE_DIM]);
	if (t->max_scroll > 0) {
		snprintf(more, sizeof more, _("j/k scroll (%d%%)"),
		    t->scroll * 100 / t->max_scroll);
		if (w_width(more) <= W - 2)
			w_right(w, beside ? H - 1 : H - 1 - hrows, 1,
			    tui_attr[ROLE_DIM], more);
	}
	w_wrap(w, H - hrows, 1, W - 2, hrows, tui_attr[t->p.close ==
	    TEXT_CLOSE_ENTER ? ROLE_WARNING : ROLE_DIM], hint);
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
