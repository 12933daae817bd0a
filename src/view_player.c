/*
 * view_player: drives one session and draws it. Invariants: the session
 * is only moved by session_tick (time) and the key handlers (user); what
 * was last drawn is remembered (shown) so a tick redraws only when a
 * visible figure changed; the cue (bell) sounds for timed phase changes,
 * never for the user's own skip/back; the run is recorded exactly once
 * (finished, quit, or left by a signal) through view_summary's recorder
 * or the mode's. A mode (relief: view_player_relief) adds its behaviour
 * through hooks at these seams.
 */
#include "view_player.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "breath.h"
#include "coach.h"
#include "files_parts.h"
#include "i18n.h"
#include "session.h"
#include "view_breath.h"
#include "view_confirm.h"
#include "view_help.h"
#include "view_player_relief.h"
#include "view_signs.h"
#include "view_summary.h"
#include "widget_wrap.h"
#include "widgets.h"

#define ADJUST_MS	5000
#define NEVENTS		16
#define NCUES		3
/* Screen-reader mode: the time left changes on screen every 10 s. */
#define SR_STEP_S	10
/* The get-ready cue: a summary and a title, up to 4 bytes a character. */
#define CUE_MAX		(4 * (ROUTINE_MAX_SUMMARY + ROUTINE_MAX_TITLE) + 32)

struct player {
	const struct routine	*r;
	struct routine		*owned;
	struct session		*s;
	const struct player_mode *mode;	/* NULL: a routine */
	void			*ms;		/* the mode's state */
	time_t			 start_wall;
	int			 recorded;
	int			 finishing;	/* finished() is on its way */
	int			 quiet;		/* events of a user action */
	int			 holds;		/* overlays pausing it */
	int			 sr;		/* screen-reader mode */
	int			 held_pause;	/* they paused it */
	/* What is on screen. */
	int64_t			 shown_left, shown_clock, shown_level;
	size_t			 shown_phase;
	int			 shown_paused;
	/* The instruction, scrolled when it does not fit. */
	const char		*text_shown;
	int			 text_first, text_rows, text_over;
	int			 text_total;
	/* Eyes-free: what the coach said, and its sentence for this phase. */
	struct coach		 coach;
	char			 sentence[COACH_TEXT_MAX];
};

static const struct view view_player;
static int	 player_key_act(struct app *, struct player *,
		    const struct session_status *, int, uint64_t);

/* Seconds shown for ms left: 29.2 s left shows 30 until it reaches 29. */
static int64_t
ceil_s(int64_t ms)
{
	return ms <= 0 ? 0 : (ms + 999) / 1000;
}

/* The countdown as big digits want it: "27" or "1:05". */
static void
fmt_countdown(char *buf, size_t len, int64_t s)
{
	if (s < 0)
		s = 0;
	if (s > 99 * 60 + 59)
		s = 99 * 60 + 59;	/* holds are at most 10 min */
	if (s >= 60)
		snprintf(buf, len, "%d:%02d", (int)(s / 60), (int)(s % 60));
	else
		snprintf(buf, len, "%d", (int)s);
}

/* The figures a redraw would show; a change means redraw. */
static void
shown_now(struct player *pl, uint64_t now, int64_t *left, int64_t *clk,
    int64_t *level, size_t *phase, int *paused)
{
	struct session_status st;

	session_status(pl->s, now, &st);
	*left = ceil_s(st.phase_left_ms);
	*clk = pl->mode != NULL ? pl->mode->clock(pl->ms, now) : -1;
	*level = st.step != NULL ? view_breath_frame(&st) : -1;
	if (pl->sr) {
		/* A screen reader reads every change: one per 10 s. */
		*left = (*left + SR_STEP_S - 1) / SR_STEP_S;
		*clk = *clk < 0 ? -1 : *clk / SR_STEP_S;
		*level = -1;
	}
	*phase = st.phase_index;
	*paused = st.paused;
}

static void
remember(struct player *pl, uint64_t now)
{
	shown_now(pl, now, &pl->shown_left, &pl->shown_clock,
	    &pl->shown_level, &pl->shown_phase, &pl->shown_paused);
}

/* Record the run once: the mode's way, or a session. 0 if saved. */
static int
record(struct app *a, struct player *pl, int completed, char *msg,
    size_t msglen)
{
	struct session_status	 st;
	uint64_t		 now = app_now(a);

	msg[0] = '\0';
	if (pl->recorded)
		return 0;
	pl->recorded = 1;
	session_status(pl->s, now, &st);
	if (pl->mode != NULL)
		return pl->mode->record(a, pl->ms, &st, now, msg, msglen);
	return view_summary_record_session(a, pl->r, pl->start_wall, completed,
	    st.steps_done, (int)pl->r->nsteps, msg, msglen);
}

/* A routine quit part-way: its summary, recorded as not completed. */
static void
quit_summary(struct app *a, struct player *pl)
{
	struct session_status	 st;
	struct summary_info	 si;

	session_status(pl->s, app_now(a), &st);
	memset(&si, 0, sizeof si);
	snprintf(si.title, sizeof si.title, "%s", pl->r->title);
	si.elapsed_ms = st.elapsed_ms;
	si.steps_done = st.steps_done;
	si.steps_total = (int)pl->r->nsteps;
	si.stopped = 1;
	record(a, pl, 0, si.saved, sizeof si.saved);
	app_pop_above(a, pl);
	view_summary_open(a, &si);
}

/*
 * Leave the player (quit): a routine shows its summary; a mode may ask a
 * closing question (relief past the red flag: how long); else record it,
 * go back or exit.
 */
static void
quit(struct app *a, struct player *pl)
{
	struct session_status	 st;
	char			 msg[256];
	int			 standalone, saved;

	if (!pl->recorded && pl->mode == NULL) {
		quit_summary(a, pl);
		return;
	}
	session_status(pl->s, app_now(a), &st);
	if (!pl->recorded && pl->mode != NULL &&
	    pl->mode->asks(pl->ms, &st, app_now(a))) {
		pl->recorded = 1;	/* the question records it */
		app_pop_above(a, pl);
		pl->mode->on_finish(a, pl->ms, app_now(a), 0);
		return;
	}
	saved = record(a, pl, 0, msg, sizeof msg) == 0;
	app_pop_above(a, pl);
	standalone = !app_has_below(a);
	app_pop(a);
	if (saved)
		return;
	if (standalone)
		snprintf(a->final_note, sizeof a->final_note, "%s", msg);
	else
		app_notice(a, 1, "%s", msg);
}

static void
confirm_yes(struct app *a, void *arg)
{
	quit(a, arg);
}

/* Pause while an overlay that needs attention is open. */
void
view_player_hold(struct app *a, struct player *pl)
{
	if (pl->holds++ == 0 && !session_is_paused(pl->s)) {
		session_pause(pl->s, app_now(a));
		pl->held_pause = 1;
	}
}

void
view_player_unhold(struct app *a, void *arg)
{
	struct player *pl = arg;

	if (pl->holds > 0 && --pl->holds == 0 && pl->held_pause) {
		session_resume(pl->s, app_now(a));
		pl->held_pause = 0;
	}
	a->flags |= R_REDRAW;
}

static void
confirm_no(struct app *a, void *arg)
{
	view_player_unhold(a, arg);
}

/*
 * The routine reached its end: the summary, or the mode's questions. Run
 * by app_later, after the ticks: it writes the diary and changes views.
 */
static void
finished(struct app *a, void *arg)
{
	struct player		*pl = arg;
	struct session_status	 st;
	struct summary_info	 si;
	uint64_t		 now = app_now(a);

	session_status(pl->s, now, &st);
	app_pop_above(a, pl);
	if (pl->mode != NULL) {
		pl->recorded = 1;	/* the questions record it */
		pl->mode->on_finish(a, pl->ms, now, 1);
		return;
	}
	memset(&si, 0, sizeof si);
	snprintf(si.title, sizeof si.title, "%s", pl->r->title);
	si.elapsed_ms = st.elapsed_ms;
	si.steps_done = st.steps_done;
	si.steps_total = (int)pl->r->nsteps;
	/* Run to its end with nothing done is not a completed session. */
	si.completed = st.steps_done > 0;
	record(a, pl, si.completed, si.saved, sizeof si.saved);
	view_summary_open(a, &si);
}

/* The coach's cues due now, spoken; a phase's sentence is kept to show. */
static void
coach_say(struct app *a, struct player *pl, uint64_t now)
{
	struct coach_cue	*q = xcalloc(NCUES, sizeof *q);
	size_t			 n, i;

	n = coach_poll(&pl->coach, pl->s, now, q, NCUES);
	for (i = 0; i < n; i++) {
		if (q[i].kind == COACH_PHASE)
			snprintf(pl->sentence, sizeof pl->sentence, "%s",
			    q[i].text);
		app_say(a, q[i].text, q[i].prio);
	}
	free(q);
}

static int
player_tick(struct app *a, void *v, uint64_t now)
{
	struct player		*pl = v;
	struct session_event	 ev[NEVENTS];
	int64_t			 left, clk, level;
	size_t			 n, i, phase;
	int			 paused, m, r = R_NONE;

	n = session_tick(pl->s, now, ev, NEVENTS);
	for (i = 0; i < n; i++) {
		size_t			 np;
		const struct phase	*ph = session_phases(pl->s, &np);

		app_trace(a, "%s %s %zu %llu %llu %llu\n",
		    ev[i].kind == SESSION_EV_PHASE ? "phase" :
		    ev[i].kind == SESSION_EV_STEP ? "step" : "finished",
		    ev[i].phase < np ? phase_kind_name(ph[ev[i].phase].kind) :
		    "?", ev[i].phase, (unsigned long long)ev[i].at_ms,
		    (unsigned long long)now,
		    (unsigned long long)clock_real_mono_us());
		if (!pl->quiet && ev[i].kind != SESSION_EV_STEP) {
			r |= R_CUE;
			app_sound_cue(a, ev[i].kind == SESSION_EV_PHASE &&
			    ev[i].phase < np ? &ph[ev[i].phase] : NULL,
			    ev[i].phase > 0 && ev[i].phase <= np ?
			    &ph[ev[i].phase - 1] : NULL);
		}
		r |= R_REDRAW;
	}
	pl->quiet = 0;
	coach_say(a, pl, now);
	if (session_is_finished(pl->s)) {
		if (!pl->finishing) {
			pl->finishing = 1;
			app_later(a, finished, pl);
		}
		return r | R_REDRAW;
	}
	if (pl->mode != NULL && (m = pl->mode->on_tick(a, pl->ms, pl,
	    now)) != 0)
		return r | m;
	shown_now(pl, now, &left, &clk, &level, &phase, &paused);
	if (left != pl->shown_left || clk != pl->shown_clock ||
	    level != pl->shown_level || phase != pl->shown_phase ||
	    paused != pl->shown_paused)
		r |= R_REDRAW;
	return r;
}

static void
consider(int64_t *best, int64_t t)
{
	if (t >= 0 && (*best < 0 || t < *best))
		*best = t;
}

static int64_t
player_wake(struct app *a, void *v, uint64_t now)
{
	struct player		*pl = v;
	struct session_status	 st;
	int64_t			 best = -1, d, left;

	d = session_next_deadline(pl->s);
	consider(&best, d);
	if (d >= 0 && (left = d - (int64_t)now) > 0)
		consider(&best, (int64_t)now + (left - 1) %
		    (pl->sr ? SR_STEP_S * 1000 : 1000) + 1);
	consider(&best, coach_next(&pl->coach, pl->s, now));
	if (pl->mode != NULL)
		consider(&best, pl->mode->wake(pl->ms, now));
	/* The breathing shape: its next frame, not a fixed step. */
	session_status(pl->s, now, &st);
	if (st.step != NULL && !pl->sr)
		consider(&best, view_breath_next_ms(&st, now));
	return best;
}

/* Up/Down a line, PgUp/PgDn a page of an instruction that overflows. */
static int
scroll_key(struct player *pl, int ch)
{
	int d = ch == KEY_UP || ch == KEY_DOWN ? 1 : pl->text_rows > 1 ?
	    pl->text_rows - 1 : 1;

	if (!pl->text_over)
		return R_NONE;
	pl->text_first += ch == KEY_UP || ch == KEY_PPAGE ? -d : d;
	if (pl->text_first > pl->text_total - pl->text_rows)
		pl->text_first = pl->text_total - pl->text_rows;
	if (pl->text_first < 0)
		pl->text_first = 0;
	return R_REDRAW;
}

/* +/-: a longer or shorter hold (or tense), said in a notice. */
static void
adjust(struct app *a, struct player *pl, const struct session_status *st,
    int64_t by, uint64_t now)
{
	int64_t ms = session_adjust_hold(pl->s, now, by);

	if (ms < 0)
		app_notice(a, 0, "%s",
		    _("+/- change a hold; there is none now"));
	else
		app_notice(a, 0, st->phase->kind == PHASE_TENSE ?
		    _("Tense now %lld s") : _("Hold now %lld s"),
		    (long long)(ms / 1000));
}

/* q: quit at once before anything is under way, else ask first. */
static void
ask_quit(struct app *a, struct player *pl, const struct session_status *st)
{
	if (st->phase->kind == PHASE_GET_READY) {
		/* Nothing under way yet: nothing to record. */
		pl->recorded = 1;
		quit(a, pl);
		return;
	}
	view_player_hold(a, pl);
	view_confirm_open(a, pl->mode != NULL ? _(pl->mode->quit_prompt) :
	    _("Quit this routine? y/n"), confirm_yes, confirm_no, pl);
}

/* t: the time left, as a sentence on screen and spoken. */
static void
say_time_left(struct app *a, struct player *pl, uint64_t now)
{
	struct session_status	st;
	char			buf[128];

	session_status(pl->s, now, &st);
	coach_time_left(&st, buf, sizeof buf);
	app_notice(a, 0, "%s", buf);
	app_say(a, buf, COACH_MESSAGE);
}

static int
player_key(struct app *a, void *v, int ch)
{
	struct player		*pl = v;
	struct session_status	 st;
	uint64_t		 now = app_now(a);
	size_t			 was;
	int			 r;

	session_status(pl->s, now, &st);
	was = st.phase_index;
	r = player_key_act(a, pl, &st, ch, now);
	if (ch == 'q' || ch == 'Q')
		return r;	/* pl may be gone */
	/* The user moved on (skip, back, Enter): what was queued is stale. */
	session_status(pl->s, now, &st);
	if (st.phase_index != was || st.finished)
		app_hush(a);
	return r;
}

static int
player_key_act(struct app *a, struct player *pl,
    const struct session_status *stp, int ch, uint64_t now)
{
	struct session_status	 st = *stp;
	int			 r;

	/* A key the mode takes is the user's own: no bell for it. */
	if (pl->mode != NULL && (r = pl->mode->on_key(pl->ms, pl->s, &st, ch,
	    now)) >= 0) {
		pl->quiet = 1;
		return r;
	}
	switch (ch) {
	case ' ':
		session_toggle_pause(pl->s, now);
		pl->held_pause = 0;
		break;
	case 'n':
	case KEY_RIGHT:
		pl->quiet = 1;
		session_skip(pl->s, now);
		break;
	case 'p':
	case KEY_LEFT:
		pl->quiet = 1;
		session_back(pl->s, now);
		break;
	case 'r':
		pl->quiet = 1;
		session_restart_step(pl->s, now);
		break;
	case '+':
	case '=':
	case '-':
	case '_':
		adjust(a, pl, &st, ch == '+' || ch == '=' ? ADJUST_MS :
		    -ADJUST_MS, now);
		break;
	case KEY_UP:
	case KEY_DOWN:
	case KEY_PPAGE:
	case KEY_NPAGE:
		return scroll_key(pl, ch);
	case 't':
		say_time_left(a, pl, now);
		break;
	case 'b':
		a->bell = !a->bell;
		app_notice(a, 0, "%s", a->bell ? _("Bell on") : _("Bell off"));
		break;
	case '?':
	case KEY_F(1):
		view_help_open(a, pl->mode != NULL);
		break;
	case '!':
		view_player_hold(a, pl);
		view_signs_open(a, view_player_unhold, pl);
		break;
	case '\n':
	case '\r':
	case KEY_ENTER:
		pl->quiet = 1;
		session_confirm(pl->s, now);
		break;
	case 'q':
	case 'Q':
		ask_quit(a, pl, &st);
		break;
	default:
		return R_NONE;
	}
	return R_REDRAW;
}

/* A stretch step that keeps moving (marching, swings, circles)? */
static int
moving(const struct step *s)
{
	return s != NULL && s->type == STEP_STRETCH &&
	    s->style == STYLE_MOVING;
}

/* The line every hold screen shows under the instruction. */
static const char *
hold_cue(const struct session_status *st)
{
	if (st->phase->kind != PHASE_HOLD || st->step == NULL ||
	    st->step->type != STEP_STRETCH)
		return NULL;
	switch (st->step->style) {
	case STYLE_MOVING:
		return _("Move gently, in a comfortable range.");
	case STYLE_PRESSURE:
		return _("Firm pressure, never sharp pain.");
	default:
		return _("A mild pull, never sharp pain.");
	}
}

/* What the "next:" line says. */
static void
next_text(const struct player *pl, const struct session_status *st,
    char *buf, size_t len)
{
	const struct phase *nx = st->next;

	if (nx == NULL || nx->kind == PHASE_DONE) {
		snprintf(buf, len, _("next: the end"));
		return;
	}
	if (nx->step != st->phase->step && nx->step >= 0 &&
	    (size_t)nx->step < pl->r->nsteps) {
		snprintf(buf, len, _("next: %s"), pl->r->steps[nx->step].title);
		return;
	}
	if (nx->kind == PHASE_SWITCH_SIDE)
		snprintf(buf, len, _("next: switch to the right side"));
	else if (nx->kind == PHASE_HOLD && nx->nreps > 1)
		snprintf(buf, len, moving(st->step) ?
		    _("next: keep moving, round %d of %d%s") :
		    _("next: hold, rep %d of %d%s"), nx->rep, nx->nreps,
		    nx->side == SIDE_RIGHT ? _(" (right)") :
		    nx->side == SIDE_LEFT ? _(" (left)") : "");
	else
		snprintf(buf, len, _("next: %s %lld s"), _(phase_label(nx)),
		    (long long)(nx->duration_ms / 1000));
}

/* The role a phase is drawn in. */
static enum theme_role
phase_role(enum phase_kind k)
{
	switch (k) {
	case PHASE_TENSE:
		return ROLE_TENSE;
	case PHASE_RELEASE:
		return ROLE_RELEASE;
	case PHASE_INHALE:
	case PHASE_TOP_UP:
	case PHASE_HOLD_IN:
		return ROLE_INHALE;
	case PHASE_EXHALE:
	case PHASE_HOLD_OUT:
		return ROLE_EXHALE;
	case PHASE_REST:
	case PHASE_SWITCH_SIDE:
	case PHASE_GET_READY:
		return ROLE_ACCENT;
	default:
		return ROLE_TIMER;
	}
}

/* The phase line: "Hold  rep 2 of 3", "TENSE", "Rest". */
static void
phase_text(const struct session_status *st, char *buf, size_t len)
{
	const struct phase *p = st->phase;

	switch (p->kind) {
	case PHASE_TENSE:
		snprintf(buf, len, _("TENSE  (tense, not strain)"));
		break;
	case PHASE_RELEASE:
		snprintf(buf, len, _("RELEASE"));
		break;
	case PHASE_HOLD:
		if (moving(st->step) && p->nreps > 1)
			snprintf(buf, len, _("Keep moving  round %d of %d"), p->rep,
			    p->nreps);
		else if (moving(st->step))
			snprintf(buf, len, _("Keep moving"));
		else if (p->nreps > 1)
			snprintf(buf, len, _("Hold  rep %d of %d"), p->rep,
			    p->nreps);
		else
			snprintf(buf, len, _("Hold"));
		break;
	case PHASE_REST:
		snprintf(buf, len, _("Rest  (rep %d of %d done)"), p->rep,
		    p->nreps);
		break;
	case PHASE_WAIT_USER:
		snprintf(buf, len, _("At your own pace"));
		break;
	default:
		snprintf(buf, len, "%s", _(phase_label(p)));
		break;
	}
}

static const char *
side_text(const struct phase *p)
{
	switch (p->side) {
	case SIDE_LEFT:
		return _("LEFT side");
	case SIDE_RIGHT:
		return _("RIGHT side");
	case SIDE_BOTH:
		return _("both sides");
	default:
		return NULL;
	}
}

/* The instruction for the phase on screen. */
static const char *
cue_text(const struct player *pl, const struct session_status *st,
    char *buf, size_t len)
{
	if (st->phase->kind == PHASE_GET_READY) {
		snprintf(buf, len, _("%s  First: %s."), pl->r->summary != NULL ?
		    pl->r->summary : "", pl->r->nsteps > 0 ?
		    pl->r->steps[0].title : "");
		return buf;
	}
	if (st->step == NULL)
		return "";
	if (st->phase->kind == PHASE_RELEASE)
		return st->step->release_text != NULL ?
		    st->step->release_text : RELEASE_TEXT_DEFAULT;
	if (st->phase->kind == PHASE_SWITCH_SIDE)
		return _("Ease out of the stretch gently, then get ready for "
		    "the right side.");
	return st->step->text;
}

/*
 * The keys that do something on this step (a mode names its own), as
 * many as fit in width: the long forms, else the short ones, dropping
 * the least needed (widget_wrap: none is cut).
 */
static void
key_line(const struct player *pl, const struct session_status *st,
    char *buf, size_t len, int width)
{
	struct key_hint	 k[10];
	struct w_hint	 h[10];
	size_t		 n = 0, i;

	if (pl->mode != NULL)
		n = pl->mode->keys(st, k);
	else {
		/* Only relief has steps that wait. */
		k[n++] = (struct key_hint){ _("space pause"), _("spc pause"), 19 };
		k[n++] = (struct key_hint){ _("n skip"), _("n skip"), 18 };
		k[n++] = (struct key_hint){ _("p back"), _("p back"), 15 };
		k[n++] = (struct key_hint){ _("r restart"), "", 12 };
		k[n++] = (struct key_hint){ _("+/- hold"), "", 11 };
		k[n++] = (struct key_hint){ _("b bell"), "", 13 };
		k[n++] = (struct key_hint){ _("? help"), _("? help"), 14 };
	}
	/* Only when the instruction does not fit: the keys to read on. */
	if (pl->text_over)
		k[n++] = (struct key_hint){ _("Up/Down more"), _("Up/Dn more"), 16 };
	/* Kept above all (dropped last): a way out is always shown. */
	k[n++] = (struct key_hint){ _("q quit"), _("q quit"), 20 };
	for (i = 0; i < n; i++)
		h[i] = (struct w_hint){ k[i].lng, k[i].brief, k[i].keep };
	wh_hints(buf, len, width, h, n, 1);
}

/*
 * The instruction shown: total lines wrapped, rows of them fit. A new
 * text starts at its top; the first line shown stays within the text.
 */
static void
scroll_text(struct player *pl, const char *text, int total, int rows)
{
	if (text != pl->text_shown) {
		pl->text_shown = text;
		pl->text_first = 0;
	}
	pl->text_rows = rows;
	pl->text_total = total;
	pl->text_over = total > rows;
	if (pl->text_first > total - rows)
		pl->text_first = total - rows;
	if (pl->text_first < 0)
		pl->text_first = 0;
}

/* Header, footer and the lines every player layout shares. */
static void
draw_frame(struct app *a, struct player *pl, WINDOW *w, enum tui_layout lay,
    const struct session_status *st, uint64_t now, int *top, int *bottom)
{
	char	buf[128];
	int	H = getmaxy(w), W = getmaxx(w), full = lay == LAYOUT_FULL;
	int	y;

	buf[0] = '\0';
	if (pl->mode != NULL) {
		pl->mode->header(pl->ms, now, buf, sizeof buf);
		w_right(w, 0, 1, tui_attr[ROLE_TIMER], buf);
	} else if (st->step_index >= 0) {
		snprintf(buf, sizeof buf, _("step %d of %zu"),
		    st->step_index + 1, st->nsteps);
		w_right(w, 0, 1, tui_attr[ROLE_DIM], buf);
	}
	/* The title takes the row but what is beside it and a space. */
	w_put(w, 0, 1, W - 2 - (buf[0] != '\0' ? w_width(buf) + 1 : 0),
	    tui_attr[ROLE_TITLE], pl->r->title);
	*top = 1;
	if (full) {
		if (!pl->sr)
			w_hline(w, 1, 0, W, tui_attr[ROLE_DIM]);
		*top = 2;
	}

	/* The bottom, upwards: keys (drawn last), the mode's, status. */
	y = H - 2;
	if (pl->mode != NULL)
		y = pl->mode->draw_extra(pl->ms, w, y);
	if (st->paused)
		w_put(w, y, 1, W - 2, tui_attr[ROLE_WARNING],
		    _("PAUSED  (space to resume)"));
	else if (a->notice[0] != '\0')
		y -= app_draw_notice(a, w, y, 1, W - 2, full ? 3 : 1) - 1;
	else if (!a->bell && full)
		w_right(w, y, 1, tui_attr[ROLE_DIM], _("bell off"));
	*bottom = y - 1;
}

/* The rows of a hold screen, top to bottom; -1: not on this screen. */
struct hold_rows {
	int	 title;		/* step title and side */
	int	 text, ntext;	/* the instruction and its rows */
	int	 care, ncare;	/* _("A mild pull, never sharp pain.") */
	int	 phase;		/* "Hold  rep 2 of 3" */
	int	 big;		/* the big digits, or the Enter prompt below */
	int	 go_on;		/* compact: _("Enter: go on") */
	int	 bar;		/* the phase's bar */
	int	 total;		/* the routine's bar, or the step count */
	int	 next, nnext;	/* "next: ...": wrapped whole, or not shown */
	int	 sr;		/* screen-reader mode: words, no figures */
};

/*
 * Lay out rows top..bottom for an instruction of lines wrapped lines, a
 * care line of care rows (0: none) and a "next:" line of next rows. The
 * instruction comes first: a long one that the big digits would cut
 * short gets their rows (the seconds are still on the phase line). The
 * care line is never dropped; the "next:" line has one row kept for it,
 * and is left out when it needs more than there are.
 */
static void
hold_layout(struct hold_rows *r, const struct session_status *st, int full,
    int top, int bottom, int lines, int care, int next)
{
	int	wait = st->phase->kind == PHASE_WAIT_USER;
	int	y = top, bigok, need, avail;

	r->title = y++;
	bigok = full && bottom - top + 1 >= 1 + 2 + 1 + BIG_ROWS + 1 + 2 + 1;
	if (bigok && lines > bottom - y + 1 - (1 + 1 + BIG_ROWS + 1 + 2 + 1) -
	    1 - care)
		bigok = 0;
	need = bigok ? 1 + 1 + BIG_ROWS + 1 + 2 + 1 : 1 + 1 + 1;
	if (!full)
		need = 3;
	need += care;
	avail = bottom - y + 1 - need - (full ? 1 : 0);
	r->ntext = lines < avail ? lines : avail;
	if (r->ntext < 1)
		r->ntext = 1;
	r->text = y;
	y += r->ntext;
	r->care = care ? y : -1;
	r->ncare = care;
	y += care;
	y += full ? 1 : 0;
	r->phase = y++;
	r->big = r->go_on = -1;
	if (bigok) {
		r->big = y + 1;
		y = r->big + BIG_ROWS + 1;
	} else if (wait)
		r->go_on = y++;
	r->bar = wait ? -1 : y++;
	r->total = full ? y : -1;
	y += full ? 2 : 0;
	r->next = next > 0 && y + next - 1 <= bottom ? y : -1;
	r->nnext = next;
}

/* The phase line and what goes with it: big digits or the Enter prompt. */
static void
draw_phase(WINDOW *w, const struct session_status *st,
    const struct hold_rows *r)
{
	char		 buf[256], big[16];
	const struct phase *p = st->phase;
	attr_t		 pa = tui_attr[phase_role(p->kind)];
	int64_t		 left = ceil_s(st->phase_left_ms);

	phase_text(st, buf, sizeof buf);
	if (r->big < 0 && p->kind != PHASE_WAIT_USER && !r->sr)
		snprintf(buf + strlen(buf), sizeof buf - strlen(buf),
		    "  %d s", (int)left);
	w_center(w, r->phase, pa | A_BOLD, buf);
	if (r->big >= 0 && p->kind == PHASE_WAIT_USER)
		w_center(w, r->big + 1, tui_attr[ROLE_ACCENT] | A_BOLD,
		    _("Press Enter when you are ready to go on"));
	else if (r->big >= 0) {
		fmt_countdown(big, sizeof big, left);
		w_big(w, r->big, (getmaxx(w) - w_big_width(big)) / 2, pa, big);
	}
	if (r->go_on >= 0)
		w_center(w, r->go_on, tui_attr[ROLE_ACCENT] | A_BOLD,
		    _("Enter: go on"));
}

/* Columns for the bars' labels: 6, or a translation's width. */
static int
bar_label_width(void)
{
	int p = w_width(_("phase")), t = w_width(_("total"));

	return p > t ? (p > 6 ? p : 6) : (t > 6 ? t : 6);
}

/* Bars: the step's phase and the routine (untimed: where we are). */

static void
draw_bars(WINDOW *w, const struct session_status *st,
    const struct hold_rows *r, int full)
{
	char	buf[64];
	int	W = getmaxx(w);
	/* The bars start after the wider label (6 columns at least). */
	int	bx = 3 + bar_label_width();

	if (r->bar >= 0 && r->sr) {
		/* As often as the screen changes: every 10 s. */
		snprintf(buf, sizeof buf, _("Up to %lld s left."),
		    (long long)((ceil_s(st->phase_left_ms) + SR_STEP_S - 1) /
		    SR_STEP_S * SR_STEP_S));
		w_put(w, r->bar, 2, W - 4, tui_attr[ROLE_TEXT], buf);
	} else if (r->bar >= 0) {
		snprintf(buf, sizeof buf, "%3lld s",
		    (long long)ceil_s(st->phase_left_ms));
		w_put(w, r->bar, 2, bx - 3, tui_attr[ROLE_DIM],
		    full ? _("phase") : "");
		w_bar(w, r->bar, full ? bx : 2, W - (full ? bx : 2) - 9,
		    st->phase_fraction, tui_attr[ROLE_PROGRESS],
		    tui_attr[ROLE_DIM]);
		w_right(w, r->bar, 2, tui_attr[ROLE_TEXT], buf);
	}
	if (r->total < 0)
		return;
	if (st->phase->kind == PHASE_WAIT_USER) {
		/* Untimed: a bar would sit still; say where we are instead. */
		snprintf(buf, sizeof buf, _("step %d of %zu"), st->step_index + 1,
		    st->nsteps);
		w_put(w, r->total, 2, W - 4, tui_attr[ROLE_DIM], buf);
		return;
	}
	snprintf(buf, sizeof buf, "%3d%%", (int)(st->routine_fraction * 100.0));
	w_put(w, r->total, 2, bx - 3, tui_attr[ROLE_DIM], _("total"));
	w_bar(w, r->total, bx, W - bx - 9, st->routine_fraction,
	    tui_attr[ROLE_PROGRESS], tui_attr[ROLE_DIM]);
	w_right(w, r->total, 2, tui_attr[ROLE_TEXT], buf);
}

static void
draw_hold(struct app *a, struct player *pl, WINDOW *w, enum tui_layout lay,
    const struct session_status *st, int top, int bottom)
{
	char		 buf[256], cue[CUE_MAX];
	const char	*text, *side, *care = hold_cue(st);
	const struct phase *p = st->phase;
	struct hold_rows r;
	int		 W = getmaxx(w), tw = W - 4, lines, crows = 0;
	int		 full = lay == LAYOUT_FULL;

	/* A screen reader reads the coach's one sentence for the phase. */
	text = pl->sr && pl->sentence[0] != '\0' ? pl->sentence :
	    cue_text(pl, st, cue, sizeof cue);
	lines = w_wrap_lines(text, tw);
	/* Safety: the care line wraps onto the rows it takes. */
	if (care != NULL && (crows = w_wrap_lines(care, tw)) < 1)
		crows = 1;
	next_text(pl, st, buf, sizeof buf);
	/* No block digits for a screen reader: the compact rows. */
	hold_layout(&r, st, full && !pl->sr, top, bottom, lines, crows,
	    w_wrap_lines(buf, tw));
	r.sr = pl->sr;

	/* Step title and side: the title has the row but the side. */
	side = side_text(p);
	/* The instruction starts with its title (and the side beside it). */
	app_focus(a, r.title, 2);
	w_put(w, r.title, 2, W - 4 - (side != NULL ? w_width(side) + 2 : 0),
	    tui_attr[ROLE_ACCENT] | A_BOLD, p->kind == PHASE_GET_READY ?
	    _("Get ready") : st->step != NULL ? st->step->title : "");
	if (side != NULL)
		w_right(w, r.title, 2, tui_attr[ROLE_ACCENT] | A_REVERSE, side);

	scroll_text(pl, text, lines, r.ntext);
	w_wrap_from(w, r.text, 2, tw, pl->text_first, r.ntext,
	    tui_attr[ROLE_TEXT], text);
	if (r.care >= 0)
		w_wrap(w, r.care, 2, tw, r.ncare, tui_attr[ROLE_ACCENT], care);
	draw_phase(w, st, &r);
	draw_bars(w, st, &r, full);
	if (r.next >= 0)
		w_wrap(w, r.next, 2, tw, r.nnext, tui_attr[ROLE_DIM], buf);
}

static void
player_draw(struct app *a, void *v, WINDOW *w, enum tui_layout lay)
{
	struct player		*pl = v;
	struct session_status	 st;
	uint64_t		 now = app_now(a);
	char			 buf[128];
	int			 top, bottom;

	session_status(pl->s, now, &st);
	remember(pl, now);
	draw_frame(a, pl, w, lay, &st, now, &top, &bottom);
	if (st.step != NULL && st.step->type == STEP_BREATHE &&
	    st.phase->kind != PHASE_GET_READY && !pl->sr) {
		if (pl->text_shown != st.step->text) {
			pl->text_shown = st.step->text;
			pl->text_first = 0;
		}
		pl->text_total = view_breath_body(a, w, lay, top, bottom, &st,
		    st.step, pl->r->kind == KIND_BREATHING, pl->mode != NULL,
		    &pl->text_first, &pl->text_rows);
		pl->text_over = pl->text_total > pl->text_rows;
	} else
		draw_hold(a, pl, w, lay, &st, top, bottom);
	/* The keys last: they name the scroll keys only if text overflowed. */
	key_line(pl, &st, buf, sizeof buf, getmaxx(w) - 2);
	w_put(w, getmaxy(w) - 1, 1, getmaxx(w) - 2, tui_attr[ROLE_DIM], buf);
}

static void
player_leave(struct app *a, void *v)
{
	struct player	*pl = v;
	char		 msg[256];

	/* Left any other way (a signal): record it as stopped. */
	if (!pl->recorded && record(a, pl, 0, msg, sizeof msg) != 0)
		snprintf(a->final_note, sizeof a->final_note, "%s", msg);
	session_free(pl->s);
	routine_free(pl->owned);
	free(pl->ms);
	free(pl);
}

/* Ctrl-Z: the routine waits while the program is stopped. */
static void
player_suspend(struct app *a, void *v)
{
	struct player *pl = v;

	if (session_is_finished(pl->s) || session_is_paused(pl->s))
		return;
	/* On fg the screen shows PAUSED: space goes on. */
	session_pause(pl->s, app_now(a));
}

static const struct view view_player = {
	.name = "player",
	.key = player_key,
	.draw = player_draw,
	.leave = player_leave,
	.tick = player_tick,
	.wake = player_wake,
	.suspend = player_suspend,
};

/* Does r have a step left to tense? */
static int
has_tense(const struct routine *r)
{
	size_t i;

	for (i = 0; i < r->nsteps; i++)
		if (r->steps[i].type == STEP_TENSE)
			return 1;
	return 0;
}

static struct player *
player_new(struct app *a, const struct routine *r, struct routine *owned,
    int64_t get_ready_ms)
{
	struct player	*pl = xcalloc(1, sizeof *pl);
	uint64_t	 now = app_now(a);

	pl->r = r;
	pl->owned = owned;
	pl->s = session_new(r, get_ready_ms, now);
	pl->start_wall = clock_wall(a->clk);
	pl->shown_left = pl->shown_clock = pl->shown_level = -2;
	pl->quiet = 1;	/* no bell for the first phase */
	pl->sr = a->screen_reader;
	coach_init(&pl->coach);
	return pl;
}

void
view_player_open(struct app *a, const struct routine *r, struct routine *owned,
    int replace)
{
	struct player	*pl;
	struct routine	*nl;

	if (r->kind == KIND_STRETCH && a->cfg.hold_scale > 1000) {
		nl = routine_scale_holds(r, a->cfg.hold_scale);
		routine_free(owned);
		r = owned = nl;
	}
	if (r->kind == KIND_PMR && a->cfg.pmr_skip_legs) {
		nl = routine_without_legs(r);
		if (!has_tense(nl)) {
			routine_free(nl);
			app_notice(a, 1, "%s", _("skip_legs would leave no "
			    "group to tense: running the routine whole"));
		} else {
			routine_free(owned);
			r = owned = nl;
		}
	}
	pl = player_new(a, r, owned,
	    r->kind == KIND_RELIEF ? 0 : a->cfg.get_ready_ms);
	if (replace)
		app_replace(a, &view_player, pl);
	else
		app_push(a, &view_player, pl);
}

int
view_player_open_relief(struct app *a, const char *part, uint64_t cramp_ms,
    time_t cramp_wall, int replace)
{
	const struct routine	*r;
	struct routine		*owned;
	struct player		*pl;
	char			*warn;

	if ((r = parts_relief_routine(part, &owned, &warn)) == NULL) {
		app_notice(a, 1, _("no relief steps for %s"), part);
		return -1;
	}
	app_night_relief(a);
	pl = player_new(a, r, owned, 0);
	pl->mode = &player_relief_mode;
	pl->ms = view_player_relief_new(part, cramp_ms, cramp_wall, app_now(a));
	pl->start_wall = cramp_wall;
	if (replace)
		app_replace(a, &view_player, pl);
	else
		app_push(a, &view_player, pl);
	if (warn != NULL) {
		app_notice(a, 1, "%s", warn);
		free(warn);
	}
	return 0;
}
