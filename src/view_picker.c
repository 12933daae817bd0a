/*
 * view_picker: a scrolling list over a library scan. Routines are loaded
 * from their file only when chosen, so a file broken since the scan is
 * reported then, as a notice, and the list stays.
 */
#include "view_picker.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "format.h"
#include "i18n.h"
#include "view_player.h"
#include "widget_list.h"
#include "widget_wrap.h"
#include "widgets.h"

struct picker {
	int		 kind;
	struct library	 lib;
	struct wlist	 list;
	int		 full;		/* the last layout was LAYOUT_FULL */
	int		 tw;		/* the title's columns */
	int		 kw, dw;	/* the kind's and the length's */
};

/* Translated where shown (view_picker_heading gives the msgid). */
const char *
view_picker_heading(int kind)
{
	switch (kind) {
	case KIND_STRETCH:
		return N_("Stretch routines");
	case KIND_PMR:
		return N_("Relax: progressive muscle relaxation");
	case KIND_BREATHING:
		return N_("Breathe: paced breathing patterns");
	case KIND_RELIEF:
		return N_("Relief routines");
	default:
		return N_("Routines");
	}
}

/* A kind as the list's column names it. */
static const char *
kind_label(int kind)
{
	switch (kind) {
	case KIND_STRETCH:
		return _("stretch");
	case KIND_PMR:
		return _("pmr");
	case KIND_BREATHING:
		return _("breathing");
	case KIND_RELIEF:
		return _("relief");
	default:
		return "?";
	}
}

static int
play(struct app *a, struct picker *p, int i)
{
	struct diag	 d = { 0 };
	struct routine	*r;

	if (i < 0 || (size_t)i >= p->lib.n)
		return R_NONE;
	p->list.sel = i;
	if ((r = library_load_entry(&p->lib.entries[i], &d)) == NULL) {
		app_notice(a, 1, "%s", d.n > 0 ? d.msgs[0].text :
		    _("cannot load the routine"));
		diag_clear(&d);
		return R_REDRAW;
	}
	diag_clear(&d);
	view_player_open(a, r, r, 0);
	return R_REDRAW;
}

static int
picker_key(struct app *a, void *v, int ch)
{
	struct picker	*p = v;
	int		 i = wl_key(&p->list, ch);

	if (i >= 0)
		return play(a, p, i);
	if (i == WL_MOVED)
		return R_REDRAW;
	switch (ch) {
	case 'q':
	case 'Q':
	case 27:
	case KEY_LEFT:
		app_pop(a);
		return R_REDRAW;
	default:
		return R_NONE;
	}
}

static int
picker_click(struct app *a, void *v, int y, int x)
{
	struct picker	*p = v;
	int		 i = wl_hit(&p->list, y);

	return i >= 0 ? play(a, p, i) : R_NONE;
}

/* S and spaces, W columns in all, right- or left-aligned. */
static void
put_padded(char *buf, size_t len, const char *s, int w, int right)
{
	int pad = w - w_width(s);

	if (pad < 0)
		pad = 0;
	if (right)
		snprintf(buf, len, "%*s%s", pad, "", s);
	else
		snprintf(buf, len, "%s%*s", s, pad, "");
}

/*
 * One routine, in three pieces measured in columns: a title in UTF-8
 * (or wider than a buffer) cannot push the others out, and the kind and
 * the length get the columns their widest translation needs.
 */
static int
picker_row(WINDOW *w, int y, int i, int sel, void *arg)
{
	struct picker	*p = arg;
	const struct library_entry *e = &p->lib.entries[i];
	char		 buf[160], dur[32], kind[64], len[64];
	int		 W = getmaxx(w), tw = p->tw, full = p->full;
	int		 rw = (full ? p->kw + 1 : 0) + p->dw;
	attr_t		 at = sel ? tui_attr[ROLE_ACCENT] | A_REVERSE :
			     tui_attr[ROLE_TEXT];

	format_duration(dur, sizeof dur, (e->duration_ms + 500) / 1000);
	wattrset(w, at);
	mvwhline(w, y, 1, ' ', tw + rw + 3 < W - 2 ? tw + rw + 3 : W - 2);
	wattrset(w, A_NORMAL);
	/* The first nine carry the number that plays them. */
	if (i < 9) {
		snprintf(buf, sizeof buf, "%d", i + 1);
		w_put(w, y, 2, 1, sel ? at : tui_attr[ROLE_ACCENT], buf);
	}
	w_put(w, y, 4, tw - 2, at, e->title);
	put_padded(len, sizeof len, dur, p->dw, 1);
	if (full) {
		put_padded(kind, sizeof kind, kind_label(e->kind), p->kw, 0);
		snprintf(buf, sizeof buf, "%s %s", kind, len);
	} else
		snprintf(buf, sizeof buf, "%s", len);
	w_put(w, y, 3 + tw, W - 4 - tw, at, buf);
	if (sel)
		w_put(w, y, 1, 1, at, ">");
	return 1;
}

/*
 * The kind's and the length's columns: the widest of the list's, and no
 * fewer than English always had (9 and 8; 6 for the length alone).
 */
static void
picker_measure(struct picker *p, int full)
{
	char	dur[32];
	size_t	i;
	int	n;

	p->kw = 9;
	p->dw = full ? 8 : 6;
	for (i = 0; i < p->lib.n; i++) {
		format_duration(dur, sizeof dur,
		    (p->lib.entries[i].duration_ms + 500) / 1000);
		if ((n = w_width(dur)) > p->dw)
			p->dw = n;
		if ((n = w_width(kind_label(p->lib.entries[i].kind))) > p->kw)
			p->kw = n;
	}
}

/* The keys, as many as fit (full: the long forms if they do). */
static void
picker_keys(WINDOW *w, int y, int full)
{
	char		 buf[256];
	struct w_hint	 k[] = {
		{ _("Up/Down or j/k move"), _("j/k move"), 16 },
		{ _("Enter start"), _("Enter or 1-9 start"), 19 },
		{ _("1-9 play that number"), "", 15 },
		{ _("q back"), _("q back"), 18 },
	};
	size_t		 i;

	for (i = 0; !full && i < nitems(k); i++)
		k[i].lng = k[i].brief;
	w_put(w, y, 1, getmaxx(w) - 2, tui_attr[ROLE_DIM], wh_hints(buf,
	    sizeof buf, getmaxx(w) - 2, k, nitems(k), 2));
}

static void
picker_draw(struct app *a, void *v, WINDOW *w, enum tui_layout lay)
{
	struct picker	*p = v;
	char		 buf[160];
	int		 H = getmaxy(w), W = getmaxx(w);
	int		 full = lay == LAYOUT_FULL;
	int		 nl, rows;
	const struct library_entry *e;

	w_put(w, 0, 1, W - 2, tui_attr[ROLE_TITLE] | A_BOLD,
	    _(view_picker_heading(p->kind)));
	w_hline(w, 1, 0, W, tui_attr[ROLE_DIM]);
	/* A long notice takes rows from the bottom of the list. */
	nl = app_notice_lines(a, W - 2, full ? 3 : 1);
	rows = H - 2 - 3 - (nl > 1 ? nl - 1 : 0);
	if (rows < 1)
		rows = 1;
	p->full = full;
	picker_measure(p, full);
	p->tw = W - 4 - (full ? p->kw + 1 + p->dw + 4 : p->dw + 2);
	if (p->tw < 8)
		p->tw = 8;
	wl_layout(&p->list, 2, rows, 1, 1);
	wl_draw(&p->list, w, picker_row, p);
	app_focus(a, p->list.fy, p->list.fx);
	if (nl > 0)
		app_draw_notice(a, w, H - 3, 1, W - 2, nl);
	else if (p->lib.n > 0 && (size_t)p->list.sel < p->lib.n) {
		e = &p->lib.entries[p->list.sel];
		snprintf(buf, sizeof buf, "unclench %s %s",
		    format_kind_command(e->kind),
		    e->kind == KIND_RELIEF && e->part ? e->part : e->name);
		w_put(w, H - 3, 1, W - 2, tui_attr[ROLE_DIM], buf);
	}
	w_hline(w, H - 2, 0, W, tui_attr[ROLE_DIM]);
	picker_keys(w, H - 1, full);
}

static void
picker_leave(struct app *a, void *v)
{
	struct picker *p = v;

	library_free(&p->lib);
	free(p);
}

static const struct view view_picker = {
	.name = "picker",
	.key = picker_key,
	.draw = picker_draw,
	.leave = picker_leave,
	.click = picker_click,
};

/* By title, as the list shows them; the file name breaks a tie. */
static int
by_title(const void *x, const void *y)
{
	const struct library_entry *a = x, *b = y;
	int c = strcasecmp(a->title, b->title);

	return c != 0 ? c : strcmp(a->name, b->name);
}

void
view_picker_open_with(struct app *a, int kind, struct library *lib)
{
	struct picker *p = xcalloc(1, sizeof *p);

	p->kind = kind;
	p->lib = *lib;
	memset(lib, 0, sizeof *lib);
	qsort(p->lib.entries, p->lib.n, sizeof *p->lib.entries, by_title);
	p->list.n = (int)p->lib.n;
	p->list.flags = WL_PAGE | WL_RIGHT;
	app_push(a, &view_picker, p);
}

void
view_picker_open(struct app *a, int kind)
{
	struct library	 lib;
	struct diag	 d = { 0 };
	size_t		 bad;

	bad = library_scan(&lib, kind, &d);
	if (lib.n == 0) {
		app_notice(a, 1, _("No %s routines found%s%s"), kind_label(kind),
		    d.n > 0 ? ": " : "", d.n > 0 ? d.msgs[0].text : "");
		library_free(&lib);
	} else {
		view_picker_open_with(a, kind, &lib);
		if (bad > 0)
			app_notice(a, 1, NG_("%zu routine file could not be "
			    "read (unclench list names it)", "%zu routine files "
			    "could not be read (unclench list names them)", bad),
			    bad);
	}
	diag_clear(&d);
}
