/*
 * session: one run of a routine as a flat phase array and a cursor. Pure.
 * Invariants: the last phase is PHASE_DONE; a timed phase lasts > 0 ms;
 * phase_start is absolute and moves on by each pause, so its deadline
 * (phase_start + eff[cur]) counts active time only. A timed phase ends at
 * that deadline, not at the tick that noticed it; user actions restart now.
 * A step is done once more than half its work (its timed phases but rests
 * and side switches, as adjusted) was spent in it, pauses excluded, or,
 * for a wait, once it was confirmed: moving past a step never does it.
 */
#include "session.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "util.h"

#define BACK_GRACE_MS		2000	/* back restarts the step after this */
#define PENDING_MAX		2	/* STEP + PHASE, or FINISHED */

struct session {
	const struct routine	*r;
	struct phase		*phases;
	size_t			 nphases;
	int64_t			*eff;		/* duration with adjustments */
	int64_t			*before;	/* planned steps' ms before i */
	int64_t			 total;		/* planned ms, no get-ready */
	int64_t			*hold;		/* per step hold or tense */
	int64_t			*spent;		/* per step: work ms spent */
	unsigned char		*done;		/* per step: counts as done */
	int32_t			 steps_done;

	size_t			 cur;
	uint64_t		 start;		/* session_new's now */
	uint64_t		 phase_start;	/* shifted by pauses */
	uint64_t		 step_start;	/* shifted by pauses */
	uint64_t		 end;		/* when DONE began */
	uint64_t		 pause_at;
	int64_t			 paused_ms;	/* total, folded at resume */
	int			 paused;
	int			 finished;

	/* Events of the last user action, returned by the next tick. */
	struct session_event	 pending[PENDING_MAX];
	size_t			 npending;
};

static const char *const kind_names[PHASE_KIND_COUNT] = {
	[PHASE_GET_READY] = "get-ready",
	[PHASE_HOLD] = "hold",
	[PHASE_REST] = "rest",
	[PHASE_SWITCH_SIDE] = "switch-side",
	[PHASE_TENSE] = "tense",
	[PHASE_RELEASE] = "release",
	[PHASE_INHALE] = "inhale",
	[PHASE_TOP_UP] = "top-up",
	[PHASE_HOLD_IN] = "hold-in",
	[PHASE_EXHALE] = "exhale",
	[PHASE_HOLD_OUT] = "hold-out",
	[PHASE_WAIT_USER] = "wait-user",
	[PHASE_DONE] = "done",
};

/* Marked only: the views translate a label where they show it. */
static const char *const kind_labels[PHASE_KIND_COUNT] = {
	[PHASE_GET_READY] = N_("Get ready"),
	[PHASE_HOLD] = N_("Hold"),
	[PHASE_REST] = N_("Rest"),
	[PHASE_SWITCH_SIDE] = N_("Switch sides"),
	[PHASE_TENSE] = N_("Tense"),
	[PHASE_RELEASE] = N_("Release"),
	[PHASE_INHALE] = N_("Breathe in"),
	[PHASE_TOP_UP] = N_("Top up"),
	[PHASE_HOLD_IN] = N_("Hold"),
	[PHASE_EXHALE] = N_("Breathe out"),
	[PHASE_HOLD_OUT] = N_("Hold"),
	[PHASE_WAIT_USER] = N_("Your pace"),
	[PHASE_DONE] = N_("Done"),
};

static int
timed(enum phase_kind k)
{
	return k != PHASE_WAIT_USER && k != PHASE_DONE;
}

/* a - b, or 0 if b is later (a caller's clock going backwards). */
static int64_t
since(uint64_t a, uint64_t b)
{
	return a > b ? (int64_t)(a - b) : 0;
}

/* The instant the session's clock stands at: frozen while paused or done. */
static uint64_t
clock_at(const struct session *s, uint64_t now_ms)
{
	if (s->finished)
		return s->end;
	if (s->paused)
		return s->pause_at;
	return now_ms;
}

/* Append one phase; a timed phase of no length is left out. */
static void
add(struct session *s, size_t *cap, enum phase_kind kind, int32_t step,
    int32_t rep, int32_t nreps, enum phase_side side, int64_t ms)
{
	struct phase *p;

	if (timed(kind) && ms <= 0)
		return;
	if (!timed(kind))
		ms = 0;
	if (s->nphases == *cap) {
		*cap = *cap == 0 ? 64 : *cap * 2;
		s->phases = xreallocarray(s->phases, *cap, sizeof *s->phases);
	}
	p = &s->phases[s->nphases++];
	p->kind = kind;
	p->step = step;
	p->rep = rep;
	p->nreps = nreps;
	p->side = side;
	p->duration_ms = ms;
}

static void
add_reps(struct session *s, size_t *cap, const struct step *st, int32_t i,
    enum phase_side side)
{
	int32_t rep;

	for (rep = 1; rep <= st->reps; rep++) {
		add(s, cap, PHASE_HOLD, i, rep, st->reps, side, st->hold_ms);
		if (rep < st->reps)
			add(s, cap, PHASE_REST, i, rep, st->reps, side,
			    st->rest_ms);
	}
}

static void
flatten_step(struct session *s, size_t *cap, const struct step *st,
    int32_t i)
{
	const struct breath_pattern	*b = &st->breath;
	int32_t				 c;

	switch (st->type) {
	case STEP_STRETCH:
		if (st->reps < 1)
			break;
		if (st->sides == SIDES_LEFT_RIGHT) {
			add_reps(s, cap, st, i, SIDE_LEFT);
			/* The switch leads into the right side's first rep. */
			add(s, cap, PHASE_SWITCH_SIDE, i, 1, st->reps,
			    SIDE_RIGHT, st->rest_ms > 0 ? st->rest_ms :
			    ROUTINE_SWITCH_DEFAULT_MS);
			add_reps(s, cap, st, i, SIDE_RIGHT);
		} else
			add_reps(s, cap, st, i,
			    st->sides == SIDES_BOTH ? SIDE_BOTH : SIDE_NONE);
		break;
	case STEP_TENSE:
		add(s, cap, PHASE_TENSE, i, 1, 1, SIDE_NONE, st->tense_ms);
		add(s, cap, PHASE_RELEASE, i, 1, 1, SIDE_NONE, st->release_ms);
		break;
	case STEP_BREATHE:
		for (c = 1; c <= st->cycles; c++) {
			add(s, cap, PHASE_INHALE, i, c, st->cycles, SIDE_NONE,
			    b->inhale_ms);
			add(s, cap, PHASE_TOP_UP, i, c, st->cycles, SIDE_NONE,
			    b->top_up_ms);
			add(s, cap, PHASE_HOLD_IN, i, c, st->cycles, SIDE_NONE,
			    b->hold_in_ms);
			add(s, cap, PHASE_EXHALE, i, c, st->cycles, SIDE_NONE,
			    b->exhale_ms);
			add(s, cap, PHASE_HOLD_OUT, i, c, st->cycles,
			    SIDE_NONE, b->hold_out_ms);
		}
		break;
	case STEP_WAIT:
		add(s, cap, PHASE_WAIT_USER, i, 1, 1, SIDE_NONE, 0);
		break;
	default:
		break;
	}
}

/* First phase of the step that phase i belongs to. */
static size_t
first_of(const struct session *s, size_t i)
{
	while (i > 0 && s->phases[i - 1].step == s->phases[i].step)
		i--;
	return i;
}

static void
set_done(struct session *s, int32_t k)
{
	if (k >= 0 && (size_t)k < s->r->nsteps && !s->done[k]) {
		s->done[k] = 1;
		s->steps_done++;
	}
}

/* Does time in a phase of this kind count as its step's work? */
static int
is_work(enum phase_kind k)
{
	return timed(k) && k != PHASE_GET_READY && k != PHASE_REST &&
	    k != PHASE_SWITCH_SIDE;
}

/* The planned work of the step phase i belongs to, as adjusted. */
static int64_t
step_work_ms(const struct session *s, size_t i)
{
	int32_t	step = s->phases[i].step;
	int64_t	sum = 0;

	for (i = first_of(s, i); i < s->nphases && s->phases[i].step == step;
	    i++)
		if (is_work(s->phases[i].kind))
			sum += s->eff[i];
	return sum;
}

/* Work spent in the current phase up to at (an active-time instant). */
static int64_t
work_now(const struct session *s, uint64_t at)
{
	const struct phase	*p = &s->phases[s->cur];
	int64_t			 el;

	if (s->finished || p->step < 0 || !is_work(p->kind))
		return 0;
	el = since(at, s->phase_start);
	return el > s->eff[s->cur] ? s->eff[s->cur] : el;
}

/* Would the current step be done with extra ms of work spent? */
static int
step_enough(const struct session *s, int64_t extra)
{
	int32_t	step = s->phases[s->cur].step;
	int64_t	work;

	if (step < 0 || (size_t)step >= s->r->nsteps || s->done[step])
		return 0;
	work = step_work_ms(s, s->cur);
	/* More than half: spent > work / 2, without rounding. */
	return work > 0 && s->spent[step] + extra > work - (s->spent[step] +
	    extra);
}

/* The current phase ends at at (active time): fold its work in. */
static void
leave(struct session *s, uint64_t at)
{
	int32_t step = s->phases[s->cur].step;

	if (step < 0 || (size_t)step >= s->r->nsteps)
		return;
	s->spent[step] += work_now(s, at);
	if (step_enough(s, 0))
		set_done(s, step);
}

/*
 * Moving on from step from to step to passes the steps between, which
 * have no phases at all: there was nothing to do in them.
 */
static void
pass_empty(struct session *s, int32_t from, int32_t to)
{
	int32_t k;

	for (k = from < 0 ? 0 : from + 1; k < to; k++)
		set_done(s, k);
}

/*
 * Make phase idx current from at; fill ev with what began and return how
 * many. restart says a step begins again even if its index is unchanged.
 */
static size_t
enter(struct session *s, size_t idx, uint64_t at, int restart,
    struct session_event *ev)
{
	const struct phase	*p = &s->phases[idx];
	int32_t			 old = s->phases[s->cur].step;
	size_t			 n = 0;

	s->cur = idx;
	s->phase_start = at;
	if (p->step != old || restart)
		s->step_start = at;
	if (p->kind == PHASE_DONE) {
		s->finished = 1;
		s->paused = 0;
		s->end = at;
		ev[n++] = (struct session_event){ SESSION_EV_FINISHED, idx,
		    at };
		return n;
	}
	if (p->step >= 0 && (p->step != old || restart))
		ev[n++] = (struct session_event){ SESSION_EV_STEP, idx, at };
	ev[n++] = (struct session_event){ SESSION_EV_PHASE, idx, at };
	return n;
}

/*
 * A user action: go to idx at now. A pause so far is folded in, so a
 * paused session stays paused with the new phase frozen at its full length.
 */
static void
jump(struct session *s, size_t idx, uint64_t now_ms, int restart)
{
	leave(s, clock_at(s, now_ms));
	if (s->paused) {
		s->paused_ms += since(now_ms, s->pause_at);
		s->pause_at = now_ms;
	}
	s->npending = enter(s, idx, now_ms, restart, s->pending);
}

struct session *
session_new(const struct routine *r, int64_t get_ready_ms, uint64_t now_ms)
{
	struct session	*s = xcalloc(1, sizeof *s);
	size_t		 cap = 0, i;
	int64_t		 sum = 0;

	s->r = r;
	if (get_ready_ms > 0)
		add(s, &cap, PHASE_GET_READY, -1, 0, 0, SIDE_NONE,
		    get_ready_ms);
	for (i = 0; i < r->nsteps; i++)
		flatten_step(s, &cap, &r->steps[i], (int32_t)i);
	add(s, &cap, PHASE_DONE, (int32_t)r->nsteps, 0, 0, SIDE_NONE, 0);

	s->eff = xcalloc(s->nphases, sizeof *s->eff);
	s->before = xcalloc(s->nphases, sizeof *s->before);
	for (i = 0; i < s->nphases; i++) {
		s->eff[i] = s->phases[i].duration_ms;
		s->before[i] = sum;
		if (s->phases[i].step >= 0)
			sum += s->phases[i].duration_ms;
	}
	s->total = sum;

	s->hold = xcalloc(r->nsteps, sizeof *s->hold);
	s->spent = xcalloc(r->nsteps, sizeof *s->spent);
	s->done = xcalloc(r->nsteps, sizeof *s->done);
	for (i = 0; i < r->nsteps; i++) {
		const struct step *st = &r->steps[i];

		s->hold[i] = st->type == STEP_TENSE ? st->tense_ms :
		    st->hold_ms;
	}

	s->start = now_ms;
	s->cur = 0;
	/* The first phase begins now: cue it on the first tick. */
	s->npending = enter(s, 0, now_ms, 1, s->pending);
	return s;
}

void
session_free(struct session *s)
{
	if (s == NULL)
		return;
	free(s->phases);
	free(s->eff);
	free(s->before);
	free(s->hold);
	free(s->spent);
	free(s->done);
	free(s);
}

/* Keep the latest max events: the oldest drop off the front. */
static void
emit(struct session_event *out, size_t max, size_t *n,
    const struct session_event *ev)
{
	if (max == 0)
		return;
	if (*n == max) {
		memmove(out, out + 1, (max - 1) * sizeof *out);
		(*n)--;
	}
	out[(*n)++] = *ev;
}

size_t
session_tick(struct session *s, uint64_t now_ms, struct session_event *out,
    size_t max)
{
	struct session_event	 ev[PENDING_MAX];
	size_t			 n = 0, k, i;
	uint64_t		 deadline;
	int32_t			 old;

	for (i = 0; i < s->npending; i++)
		emit(out, max, &n, &s->pending[i]);
	s->npending = 0;

	while (!s->finished && !s->paused && timed(s->phases[s->cur].kind)) {
		deadline = s->phase_start + (uint64_t)s->eff[s->cur];
		if (now_ms < deadline)
			break;
		/* The next phase starts at the deadline, not at now. */
		old = s->phases[s->cur].step;
		leave(s, deadline);
		pass_empty(s, old, s->phases[s->cur + 1].step);
		k = enter(s, s->cur + 1, deadline, 0, ev);
		for (i = 0; i < k; i++)
			emit(out, max, &n, &ev[i]);
	}
	return n;
}

int64_t
session_next_deadline(const struct session *s)
{
	if (s->paused || s->finished || !timed(s->phases[s->cur].kind))
		return -1;
	return (int64_t)(s->phase_start + (uint64_t)s->eff[s->cur]);
}

void
session_status(const struct session *s, uint64_t now_ms,
    struct session_status *st)
{
	const struct phase	*p = &s->phases[s->cur];
	uint64_t		 at = clock_at(s, now_ms);
	int64_t			 el;

	memset(st, 0, sizeof *st);
	st->phase = p;
	if (p->step >= 0 && (size_t)p->step < s->r->nsteps)
		st->step = &s->r->steps[p->step];
	st->next = s->cur + 1 < s->nphases ? &s->phases[s->cur + 1] : NULL;
	st->phase_index = s->cur;
	st->nphases = s->nphases;
	st->step_index = p->step;
	st->nsteps = s->r->nsteps;

	if (timed(p->kind) && !s->finished) {
		st->phase_total_ms = s->eff[s->cur];
		el = since(at, s->phase_start);
		if (el > st->phase_total_ms)
			el = st->phase_total_ms;
		st->phase_left_ms = st->phase_total_ms - el;
		st->phase_fraction = (double)el / (double)st->phase_total_ms;
	}
	if (p->kind == PHASE_WAIT_USER)
		st->wait_ms = since(at, s->phase_start);

	/*
	 * Position in planned time; an adjusted phase scales its own share,
	 * so the fraction never runs ahead of the next phase's start.
	 */
	if (s->finished)
		st->routine_fraction = 1.0;
	else if (s->total > 0) {
		st->routine_fraction = ((double)s->before[s->cur] +
		    (p->step >= 0 ? (double)p->duration_ms *
		    st->phase_fraction : 0.0)) / (double)s->total;
		if (st->routine_fraction > 1.0)
			st->routine_fraction = 1.0;
	} else
		st->routine_fraction = (double)s->cur / (double)s->nphases;

	st->elapsed_ms = since(at, s->start) - s->paused_ms;
	if (st->elapsed_ms < 0)
		st->elapsed_ms = 0;
	st->paused = s->paused;
	st->finished = s->finished;
	/* The step under way counts once most of it is spent. */
	st->steps_done = s->steps_done +
	    (step_enough(s, work_now(s, at)) ? 1 : 0);
}

void
session_pause(struct session *s, uint64_t now_ms)
{
	if (s->paused || s->finished)
		return;
	s->paused = 1;
	s->pause_at = now_ms;
}

void
session_resume(struct session *s, uint64_t now_ms)
{
	int64_t d;

	if (!s->paused)
		return;
	d = since(now_ms, s->pause_at);
	s->phase_start += (uint64_t)d;
	s->step_start += (uint64_t)d;
	s->paused_ms += d;
	s->paused = 0;
}

int
session_toggle_pause(struct session *s, uint64_t now_ms)
{
	if (s->paused)
		session_resume(s, now_ms);
	else
		session_pause(s, now_ms);
	return s->paused;
}

int
session_is_paused(const struct session *s)
{
	return s->paused;
}

int
session_is_finished(const struct session *s)
{
	return s->finished;
}

void
session_skip(struct session *s, uint64_t now_ms)
{
	size_t	 i = s->cur;
	int32_t	 step;

	if (s->finished)
		return;
	step = s->phases[i].step;
	while (s->phases[i].step == step)
		i++;	/* DONE's step is unique, so this stops there */
	pass_empty(s, step, s->phases[i].step);
	jump(s, i, now_ms, 0);
}

void
session_back(struct session *s, uint64_t now_ms)
{
	size_t first;

	if (s->finished)
		return;
	first = first_of(s, s->cur);
	/* Never back into get-ready from the first step. */
	if (since(clock_at(s, now_ms), s->step_start) > BACK_GRACE_MS ||
	    first == 0 || s->phases[first - 1].step < 0)
		jump(s, first, now_ms, 1);
	else
		jump(s, first_of(s, first - 1), now_ms, 1);
}

void
session_restart_step(struct session *s, uint64_t now_ms)
{
	if (s->finished)
		return;
	jump(s, first_of(s, s->cur), now_ms, 1);
}

int64_t
session_adjust_hold(struct session *s, uint64_t now_ms, int64_t delta_ms)
{
	const struct phase	*p = &s->phases[s->cur];
	int64_t			 lo, hi, v;
	size_t			 i;

	if (s->finished || p->step < 0 ||
	    (p->kind != PHASE_HOLD && p->kind != PHASE_TENSE))
		return -1;
	lo = p->kind == PHASE_HOLD ? HOLD_MIN_MS : 1000;
	hi = p->kind == PHASE_HOLD ? HOLD_MAX_MS : TENSE_MAX_MS;

	/* Compare before adding: delta_ms may be anything. */
	v = s->hold[p->step];
	if (delta_ms > 0)
		v = delta_ms > hi - v ? hi : v + delta_ms;
	else
		v = delta_ms < lo - v ? lo : v + delta_ms;
	if (v < lo)
		v = lo;
	if (v > hi)
		v = hi;
	s->hold[p->step] = v;

	/* The whole step's phases of this kind, so a restart keeps it. */
	for (i = first_of(s, s->cur);
	    i < s->nphases && s->phases[i].step == p->step; i++) {
		if (s->phases[i].kind == p->kind)
			s->eff[i] = v;
	}
	return v;
}

void
session_confirm(struct session *s, uint64_t now_ms)
{
	if (s->finished || s->phases[s->cur].kind != PHASE_WAIT_USER)
		return;
	set_done(s, s->phases[s->cur].step);
	pass_empty(s, s->phases[s->cur].step, s->phases[s->cur + 1].step);
	jump(s, s->cur + 1, now_ms, 0);
}

void
session_finish(struct session *s, uint64_t now_ms)
{
	if (s->finished)
		return;
	jump(s, s->nphases - 1, now_ms, 0);
}

const struct routine *
session_routine(const struct session *s)
{
	return s->r;
}

const struct phase *
session_phases(const struct session *s, size_t *n)
{
	if (n != NULL)
		*n = s->nphases;
	return s->phases;
}

const char *
phase_kind_name(enum phase_kind k)
{
	return (unsigned)k < PHASE_KIND_COUNT ? kind_names[k] : "?";
}

const char *
phase_label(const struct phase *p)
{
	if (p == NULL || (unsigned)p->kind >= PHASE_KIND_COUNT)
		return "";
	return kind_labels[p->kind];
}
