/*
 * app: the single-threaded, deadline-driven loop. Each turn reads the
 * clock once, lets every view catch up (tick), draws only if something
 * changed, then sleeps in wgetch until the earliest time a view asked for
 * (wake), a key, KEY_RESIZE or a signal (the handlers only set a flag; no
 * SA_RESTART, so wgetch returns). Nothing here busy-waits: with no
 * deadline the wait has no end but a key or a signal.
 */
#include "app.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "audio.h"
#include "files_builtin.h"
#include "i18n.h"
#include "calendar.h"
#include "widgets.h"

/* A safety net for a signal landing between the flag check and wgetch. */
#define WAIT_CAP_MS	10000

void
app_push(struct app *a, const struct view *v, void *st)
{
	if (a->depth == APP_STACK_MAX)
		fatal("too many screens open");
	a->stack[a->depth].v = v;
	a->stack[a->depth].st = st;
	a->depth++;
	if (v->enter != NULL)
		v->enter(a, st);
	a->flags |= R_REDRAW;
}

void
app_pop(struct app *a)
{
	struct app_frame f;

	if (a->depth == 0)
		return;
	f = a->stack[--a->depth];
	if (f.v->leave != NULL)
		f.v->leave(a, f.st);
	a->flags |= R_REDRAW;
}

void
app_pop_above(struct app *a, const void *st)
{
	while (a->depth > 0 && a->stack[a->depth - 1].st != st)
		app_pop(a);
}

void
app_replace(struct app *a, const struct view *v, void *st)
{
	app_pop(a);
	app_push(a, v, st);
}

int
app_has_below(const struct app *a)
{
	return a->depth > 1;
}

void
app_notice(struct app *a, int warn, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(a->notice, sizeof a->notice, fmt, ap);
	va_end(ap);
	a->notice_warn = warn;
	a->flags |= R_REDRAW;
}

int
app_notice_lines(const struct app *a, int width, int maxlines)
{
	int n;

	if (a->notice[0] == '\0' || maxlines < 1)
		return 0;
	n = w_wrap_lines(a->notice, width);
	return n < 1 ? 1 : n > maxlines ? maxlines : n;
}

int
app_draw_notice(struct app *a, WINDOW *w, int bottom, int x, int width,
    int maxlines)
{
	int n = app_notice_lines(a, width, maxlines);

	if (n == 0)
		return 0;
	w_wrap(w, bottom - n + 1, x, width, n, tui_attr[a->notice_warn ?
	    ROLE_WARNING : ROLE_ACCENT], a->notice);
	return n;
}

uint64_t
app_now(const struct app *a)
{
	return clock_mono_ms(a->clk);
}

void
app_night_relief(struct app *a)
{
	int minute;

	if (a->night)
		return;
	cal_day(&cal_zone_local, clock_wall(a->clk), &minute);
	if (!minute_in_range(minute, a->cfg.night_from, a->cfg.night_to))
		return;
	/* As `now` starts at night: dim, and the bell off until b. */
	a->theme = *builtin_night_theme();
	a->night = 1;
	a->bell = 0;
	tui_set_theme(&a->theme);
	a->flags |= R_REDRAW;
}

void
app_cue(struct app *a)
{
	/* cues = sound, tones or off replace the bell. */
	if (a->bell && a->cfg.cues == AUDIO_CUES_BELL)
		beep();
	if (a->flash)
		flash();
}

/*
 * Rising for effort and breathing in, falling for letting go and breathing
 * out, a double beep when a hold ends in a rest; a breathing hold begins
 * in silence.
 */
void
app_sound_cue(struct app *a, const struct phase *begun,
    const struct phase *before)
{
	enum audio_sound s;

	if (a->audio == NULL)
		return;
	if (begun == NULL || begun->kind == PHASE_DONE)
		s = AUDIO_SND_ROUTINE_END;
	else if (begun->kind == PHASE_INHALE || begun->kind == PHASE_TOP_UP ||
	    begun->kind == PHASE_TENSE || begun->kind == PHASE_HOLD)
		s = AUDIO_SND_INHALE;
	else if (begun->kind == PHASE_EXHALE || begun->kind == PHASE_RELEASE)
		s = AUDIO_SND_EXHALE;
	else if (begun->kind == PHASE_SWITCH_SIDE)
		s = AUDIO_SND_SIDE_SWITCH;
	else if (before != NULL && before->kind == PHASE_HOLD)
		s = AUDIO_SND_HOLD_END;
	else
		return;
	audio_sound(a->audio, s);
}

void
app_say(struct app *a, const char *text, enum coach_prio prio)
{
	/* The app's clock and the real one: a test checks both. */
	app_trace(a, "say %c %llu %llu %s\n", prio == COACH_MESSAGE ? 'M' : 'P',
	    (unsigned long long)app_now(a),
	    (unsigned long long)clock_real_mono_us(), text);
	if (a->audio != NULL)
		audio_say(a->audio, text, prio == COACH_MESSAGE ?
		    AUDIO_MESSAGE : AUDIO_PROGRESS);
	else if (a->audio_want != NULL) {
		snprintf(a->say_pending, sizeof a->say_pending, "%s", text);
		a->say_pending_prio = prio;
	}
}

void
app_hush(struct app *a)
{
	a->say_pending[0] = '\0';
	audio_cancel(a->audio);
}

/* The audio child's notice, once, as the app's. */
static void
audio_news(struct app *a)
{
	char buf[sizeof a->notice];

	if (a->audio != NULL && audio_notice(a->audio, buf, sizeof buf))
		app_notice(a, 1, "%s", buf);
}

/*
 * After the first frame: start the audio child (so the first frame never
 * waits for a fork) and say what waited.
 */
static void
audio_turn(struct app *a)
{
	if (a->audio_want != NULL) {
		a->audio = audio_start(a->audio_want);
		a->audio_want = NULL;
		if (a->say_pending[0] != '\0' && a->audio != NULL)
			audio_say(a->audio, a->say_pending,
			    a->say_pending_prio == COACH_MESSAGE ?
			    AUDIO_MESSAGE : AUDIO_PROGRESS);
		a->say_pending[0] = '\0';
	}
}

void
app_focus(struct app *a, int y, int x)
{
	a->focus_y = y;
	a->focus_x = x;
	a->focused = 1;
}

void
app_trace(struct app *a, const char *fmt, ...)
{
	va_list ap;

	if (a->trace == NULL)
		return;
	va_start(ap, fmt);
	vfprintf(a->trace, fmt, ap);
	va_end(ap);
	fflush(a->trace);
}

void
app_clear(struct app *a)
{
	while (a->depth > 0)
		app_pop(a);
}

static void
draw_too_small(WINDOW *w)
{
	char	msg[64], need[64];
	int	my = getmaxy(w), y;

	snprintf(msg, sizeof msg, "%dx%d", getmaxx(w), my);
	snprintf(need, sizeof need, _("need %dx%d"), TUI_MIN_COLS,
	    TUI_MIN_LINES);
	y = my / 2 - 1;
	w_center(w, y < 0 ? 0 : y, tui_attr[ROLE_WARNING],
	    _("Terminal too small"));
	w_center(w, y + 1, tui_attr[ROLE_TEXT], msg);
	w_center(w, y + 2, tui_attr[ROLE_DIM], need);
}

/*
 * Leave the cursor where the frame's focus is; with none, at the first
 * thing written on the top row with text (the title), else (0, 0).
 */
static void
place_cursor(struct app *a, WINDOW *w)
{
	int	y, x, H = getmaxy(w), W = getmaxx(w);

	if (a->focused && a->focus_y >= 0 && a->focus_y < H &&
	    a->focus_x >= 0 && a->focus_x < W) {
		wmove(w, a->focus_y, a->focus_x);
		return;
	}
	for (y = 0; y < H; y++)
		for (x = 0; x < W; x++)
			if ((mvwinch(w, y, x) & A_CHARTEXT) != ' ') {
				wmove(w, y, x);
				return;
			}
	wmove(w, 0, 0);
}

static void
draw(struct app *a)
{
	enum tui_layout	 lay = tui_layout(LINES, COLS);
	int		 i, from;

	werase(stdscr);
	a->focused = 0;
	if (lay == LAYOUT_TOO_SMALL)
		draw_too_small(stdscr);
	else if (a->depth > 0) {
		/* From the topmost full screen up through its overlays. */
		for (from = a->depth - 1; from > 0 &&
		    a->stack[from].v->overlay; from--)
			;
		for (i = from; i < a->depth; i++)
			a->stack[i].v->draw(a, a->stack[i].st, stdscr, lay);
	}
	place_cursor(a, stdscr);
	wnoutrefresh(stdscr);
	doupdate();
}

void
app_later(struct app *a, void (*fn)(struct app *, void *), void *arg)
{
	a->later = fn;
	a->later_arg = arg;
}

/* What the ticks asked for, now that no view's tick is running. */
static void
run_later(struct app *a)
{
	void	(*fn)(struct app *, void *);

	while ((fn = a->later) != NULL) {
		a->later = NULL;
		fn(a, a->later_arg);
		a->flags |= R_REDRAW;
	}
}

/* Let every view catch up with the clock; collect their reactions. */
static int
tick_all(struct app *a, uint64_t now)
{
	int i, r = 0;

	for (i = 0; i < a->depth; i++)
		if (a->stack[i].v->tick != NULL)
			r |= a->stack[i].v->tick(a, a->stack[i].st, now);
	return r;
}

/* Milliseconds of real time to wait (WAIT_CAP_MS at most). */
static int
wait_ms(struct app *a, uint64_t now)
{
	int64_t	 best = -1, w, d;
	int	 i;

	for (i = 0; i < a->depth; i++) {
		if (a->stack[i].v->wake == NULL)
			continue;
		w = a->stack[i].v->wake(a, a->stack[i].st, now);
		if (w >= 0 && (best < 0 || w < best))
			best = w;
	}
	if (best < 0)
		return WAIT_CAP_MS;
	d = best - (int64_t)now;
	if (d <= 0)
		return 0;
	/* Round up, so the wake is never early on a sped-up test clock. */
	d = (d + a->time_scale - 1) / a->time_scale;
	return d > WAIT_CAP_MS ? WAIT_CAP_MS : (int)d;
}

static int
on_mouse(struct app *a)
{
	MEVENT ev;

	if (getmouse(&ev) != OK || !(ev.bstate & BUTTON1_PRESSED))
		return R_NONE;
	if (a->depth == 0 || a->stack[a->depth - 1].v->click == NULL)
		return R_NONE;
	return a->stack[a->depth - 1].v->click(a,
	    a->stack[a->depth - 1].st, ev.y, ev.x);
}

/* Ctrl-Z: every view pauses its clock, then the process stops. */
static void
suspend_all(struct app *a)
{
	int i;

	for (i = 0; i < a->depth; i++)
		if (a->stack[i].v->suspend != NULL)
			a->stack[i].v->suspend(a, a->stack[i].st);
	tui_suspend();
	a->flags |= R_REDRAW;
}

int
app_run(struct app *a)
{
	uint64_t	 now;
	int		 ch, ms, fast = 0, r;

	a->flags |= R_REDRAW;
	while (a->depth > 0 && tui_signal == 0) {
		now = app_now(a);
		a->flags |= tick_all(a, now);
		run_later(a);
		if (a->flags & R_QUIT || a->depth == 0)
			break;
		audio_news(a);
		if (a->flags & R_CUE)
			app_cue(a);
		if (a->flags & R_REDRAW)
			draw(a);
		a->flags = 0;
		audio_turn(a);

		if (tui_stop_requested) {
			suspend_all(a);
			continue;
		}
		ms = wait_ms(a, app_now(a));
		/* A dead terminal ends the loop as a hangup (tui_signal). */
		if ((ch = tui_getch(ms, &fast)) == ERR)
			continue;
		if (ch == KEY_RESIZE) {
			a->flags |= R_REDRAW;
			continue;
		}
		/* A notice lasts until the next thing the user does. */
		if (a->notice[0] != '\0') {
			a->notice[0] = '\0';
			a->flags |= R_REDRAW;
		}
		if (ch == KEY_MOUSE)
			r = on_mouse(a);
		else
			r = a->stack[a->depth - 1].v->key(a,
			    a->stack[a->depth - 1].st, ch);
		a->flags |= r;
	}
	if (tui_signal != 0)
		a->exit_code = 128 + tui_signal;
	app_clear(a);
	return a->exit_code;
}
