/*
 * test_session: the engine on a fake time variable. Every check is an exact
 * number: phase order and lengths, event times against the planned schedule
 * (no drift however late the ticks), pauses, navigation, hold adjustment,
 * wait-for-user, overflow of the event buffer and the status fields.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "routine.h"
#include "session.h"
#include "util.h"

#define EV_MAX	64

/* Routine builders: one step each, titled so routine_free has work. */
static struct step *
add_titled(struct routine *r, enum step_type type)
{
	struct step *st = routine_add_step(r);

	st->type = type;
	st->title = xstrdup("a step");
	st->text = xstrdup("Some text.");
	return st;
}

static struct step *
add_stretch(struct routine *r, int32_t hold, int32_t reps, int32_t rest,
    enum step_sides sides)
{
	struct step *st = add_titled(r, STEP_STRETCH);

	st->hold_ms = hold;
	st->reps = reps;
	st->rest_ms = rest;
	st->sides = sides;
	return st;
}

static struct step *
add_tense(struct routine *r, int32_t tense, int32_t release)
{
	struct step *st = add_titled(r, STEP_TENSE);

	st->tense_ms = tense;
	st->release_ms = release;
	return st;
}

static struct step *
add_breathe(struct routine *r, int32_t in, int32_t top, int32_t hold_in,
    int32_t out, int32_t hold_out, int32_t cycles)
{
	struct step *st = add_titled(r, STEP_BREATHE);

	st->breath.inhale_ms = in;
	st->breath.top_up_ms = top;
	st->breath.hold_in_ms = hold_in;
	st->breath.exhale_ms = out;
	st->breath.hold_out_ms = hold_out;
	st->cycles = cycles;
	return st;
}

static struct step *
add_wait(struct routine *r)
{
	return add_titled(r, STEP_WAIT);
}

static struct routine *
new_routine(enum routine_kind kind)
{
	struct routine *r = routine_new();

	r->name = xstrdup("test");
	r->title = xstrdup("Test");
	r->kind = kind;
	return r;
}

struct want {
	enum phase_kind	 kind;
	int32_t		 step, rep, nreps;
	enum phase_side	 side;
	int64_t		 ms;
};

static void
check_phases(const struct session *s, const struct want *w, size_t nw)
{
	const struct phase	*p;
	size_t			 n, i;

	p = session_phases(s, &n);
	assert_int_equal(n, nw);
	for (i = 0; i < n; i++) {
		assert_int_equal(p[i].kind, w[i].kind);
		assert_int_equal(p[i].step, w[i].step);
		assert_int_equal(p[i].rep, w[i].rep);
		assert_int_equal(p[i].nreps, w[i].nreps);
		assert_int_equal(p[i].side, w[i].side);
		assert_int_equal(p[i].duration_ms, w[i].ms);
	}
}

static size_t
cur_phase(const struct session *s, uint64_t now)
{
	struct session_status st;

	session_status(s, now, &st);
	return st.phase_index;
}

static int64_t
left_ms(const struct session *s, uint64_t now)
{
	struct session_status st;

	session_status(s, now, &st);
	return st.phase_left_ms;
}

/* One tick must return exactly these events; failures name the caller. */
static void
tick_expect_at(const char *file, int line, struct session *s, uint64_t now,
    const struct session_event *w, size_t nw)
{
	struct session_event	 ev[EV_MAX];
	size_t			 n, i;

	n = session_tick(s, now, ev, EV_MAX);
	_assert_int_equal(n, nw, file, line);
	for (i = 0; i < n; i++) {
		_assert_int_equal(ev[i].kind, w[i].kind, file, line);
		_assert_int_equal(ev[i].phase, w[i].phase, file, line);
		_assert_int_equal(ev[i].at_ms, w[i].at_ms, file, line);
	}
}

/* Variadic: a compound literal's commas would split the arguments. */
#define tick_expect(s, now, ...) \
	tick_expect_at(__FILE__, __LINE__, (s), (now), __VA_ARGS__)
#define tick_none(s, now) \
	tick_expect_at(__FILE__, __LINE__, (s), (now), NULL, 0)

#define EV(k, p, t)	{ SESSION_EV_ ## k, (p), (t) }

static void
test_flatten_stretch(void **state)
{
	struct routine	*r = new_routine(KIND_STRETCH);
	struct session	*s;
	static const struct want w[] = {
		{ PHASE_GET_READY, -1, 0, 0, SIDE_NONE, 5000 },
		{ PHASE_HOLD, 0, 1, 3, SIDE_NONE, 30000 },
		{ PHASE_REST, 0, 1, 3, SIDE_NONE, 10000 },
		{ PHASE_HOLD, 0, 2, 3, SIDE_NONE, 30000 },
		{ PHASE_REST, 0, 2, 3, SIDE_NONE, 10000 },
		{ PHASE_HOLD, 0, 3, 3, SIDE_NONE, 30000 },
		{ PHASE_HOLD, 1, 1, 2, SIDE_BOTH, 20000 },
		{ PHASE_HOLD, 1, 2, 2, SIDE_BOTH, 20000 },
		{ PHASE_DONE, 2, 0, 0, SIDE_NONE, 0 },
	};

	(void)state;
	add_stretch(r, 30000, 3, 10000, SIDES_ONE);
	add_stretch(r, 20000, 2, 0, SIDES_BOTH);	/* no rest: none */
	s = session_new(r, 5000, 0);
	check_phases(s, w, nitems(w));
	assert_ptr_equal(session_routine(s), r);
	session_free(s);
	routine_free(r);
}

static void
test_flatten_left_right(void **state)
{
	struct routine		*r = new_routine(KIND_STRETCH);
	struct session		*s;
	const struct phase	*p;
	size_t			 n, i;
	int64_t			 sum;
	static const struct want w[] = {
		{ PHASE_HOLD, 0, 1, 2, SIDE_LEFT, 20000 },
		{ PHASE_HOLD, 0, 2, 2, SIDE_LEFT, 20000 },
		{ PHASE_SWITCH_SIDE, 0, 1, 2, SIDE_RIGHT, 5000 },
		{ PHASE_HOLD, 0, 1, 2, SIDE_RIGHT, 20000 },
		{ PHASE_HOLD, 0, 2, 2, SIDE_RIGHT, 20000 },
		{ PHASE_HOLD, 1, 1, 2, SIDE_LEFT, 15000 },
		{ PHASE_REST, 1, 1, 2, SIDE_LEFT, 3000 },
		{ PHASE_HOLD, 1, 2, 2, SIDE_LEFT, 15000 },
		{ PHASE_SWITCH_SIDE, 1, 1, 2, SIDE_RIGHT, 3000 },
		{ PHASE_HOLD, 1, 1, 2, SIDE_RIGHT, 15000 },
		{ PHASE_REST, 1, 1, 2, SIDE_RIGHT, 3000 },
		{ PHASE_HOLD, 1, 2, 2, SIDE_RIGHT, 15000 },
		{ PHASE_DONE, 2, 0, 0, SIDE_NONE, 0 },
	};

	(void)state;
	add_stretch(r, 20000, 2, 0, SIDES_LEFT_RIGHT);	/* switch: 5 s */
	add_stretch(r, 15000, 2, 3000, SIDES_LEFT_RIGHT); /* switch: rest */
	s = session_new(r, 0, 0);
	check_phases(s, w, nitems(w));

	/* The flattened lengths agree with routine.c's planned lengths. */
	p = session_phases(s, &n);
	for (sum = 0, i = 0; i < n; i++)
		if (p[i].step == 0)
			sum += p[i].duration_ms;
	assert_int_equal(sum, step_duration_ms(&r->steps[0]));
	assert_int_equal(sum, 85000);
	for (sum = 0, i = 0; i < n; i++)
		if (p[i].step == 1)
			sum += p[i].duration_ms;
	assert_int_equal(sum, step_duration_ms(&r->steps[1]));

	/* The switch phase begins right after the left side, on time. */
	tick_expect(s, 0, (struct session_event[]){ EV(STEP, 0, 0),
	    EV(PHASE, 0, 0) }, 2);
	tick_expect(s, 40000, (struct session_event[]){ EV(PHASE, 1, 20000),
	    EV(PHASE, 2, 40000) }, 2);
	tick_expect(s, 45000, (struct session_event[]){ EV(PHASE, 3, 45000) },
	    1);
	session_free(s);
	routine_free(r);
}

static void
test_flatten_tense_breathe(void **state)
{
	struct routine	*r = new_routine(KIND_PMR);
	struct session	*s;
	static const struct want w[] = {
		{ PHASE_TENSE, 0, 1, 1, SIDE_NONE, 5000 },
		{ PHASE_RELEASE, 0, 1, 1, SIDE_NONE, 10000 },
		/* Physiological sigh: zero holds are left out. */
		{ PHASE_INHALE, 1, 1, 2, SIDE_NONE, 2000 },
		{ PHASE_TOP_UP, 1, 1, 2, SIDE_NONE, 1000 },
		{ PHASE_EXHALE, 1, 1, 2, SIDE_NONE, 6000 },
		{ PHASE_INHALE, 1, 2, 2, SIDE_NONE, 2000 },
		{ PHASE_TOP_UP, 1, 2, 2, SIDE_NONE, 1000 },
		{ PHASE_EXHALE, 1, 2, 2, SIDE_NONE, 6000 },
		/* Box: every part present. */
		{ PHASE_INHALE, 2, 1, 1, SIDE_NONE, 4000 },
		{ PHASE_HOLD_IN, 2, 1, 1, SIDE_NONE, 4000 },
		{ PHASE_EXHALE, 2, 1, 1, SIDE_NONE, 4000 },
		{ PHASE_HOLD_OUT, 2, 1, 1, SIDE_NONE, 4000 },
		{ PHASE_WAIT_USER, 3, 1, 1, SIDE_NONE, 0 },
		/* 4-7-8 has no hold-out. */
		{ PHASE_INHALE, 4, 1, 1, SIDE_NONE, 4000 },
		{ PHASE_HOLD_IN, 4, 1, 1, SIDE_NONE, 7000 },
		{ PHASE_EXHALE, 4, 1, 1, SIDE_NONE, 8000 },
		{ PHASE_DONE, 5, 0, 0, SIDE_NONE, 0 },
	};

	(void)state;
	add_tense(r, 5000, 10000);
	add_breathe(r, 2000, 1000, 0, 6000, 0, 2);
	add_breathe(r, 4000, 0, 4000, 4000, 4000, 1);
	add_wait(r);
	add_breathe(r, 4000, 0, 7000, 8000, 0, 1);
	s = session_new(r, 0, 0);
	check_phases(s, w, nitems(w));
	session_free(s);
	routine_free(r);
}

static void
test_empty_routine(void **state)
{
	struct routine		*r = new_routine(KIND_STRETCH);
	struct session		*s;
	struct session_status	 st;

	(void)state;
	s = session_new(r, 0, 500);
	assert_true(session_is_finished(s));
	tick_expect(s, 500, (struct session_event[]){ EV(FINISHED, 0, 500) },
	    1);
	tick_none(s, 9999);
	session_status(s, 9999, &st);
	assert_true(st.finished);
	assert_null(st.next);
	assert_null(st.step);
	assert_int_equal(st.elapsed_ms, 0);
	assert_true(st.routine_fraction == 1.0);
	session_free(s);

	/* Only a get-ready: it runs, then the end. */
	s = session_new(r, 3000, 0);
	tick_expect(s, 0, (struct session_event[]){ EV(PHASE, 0, 0) }, 1);
	tick_expect(s, 3100, (struct session_event[]){
	    EV(FINISHED, 1, 3000) }, 1);
	session_free(s);
	routine_free(r);
}

/*
 * A mixed routine, ticked every 100 ms: each event arrives at its
 * planned instant, and no tick between deadlines returns anything.
 */
static void
test_run_whole(void **state)
{
	struct routine		*r = new_routine(KIND_STRETCH);
	struct session		*s;
	struct session_event	 ev[EV_MAX], got[64];
	struct session_status	 st;
	size_t			 n, ngot = 0, i;
	uint64_t		 now;
	static const struct session_event w[] = {
		EV(PHASE, 0, 1000),
		EV(STEP, 1, 4000), EV(PHASE, 1, 4000),
		EV(PHASE, 2, 24000),
		EV(PHASE, 3, 29000),
		EV(STEP, 4, 49000), EV(PHASE, 4, 49000),
		EV(PHASE, 5, 54000),
		EV(STEP, 6, 64000), EV(PHASE, 6, 64000),
		EV(PHASE, 7, 68000),
		EV(PHASE, 8, 75000),
		EV(PHASE, 9, 83000),
		EV(PHASE, 10, 87000),
		EV(PHASE, 11, 94000),
		EV(FINISHED, 12, 102000),
	};

	(void)state;
	add_stretch(r, 20000, 2, 5000, SIDES_BOTH);
	add_tense(r, 5000, 10000);
	add_breathe(r, 4000, 0, 7000, 8000, 0, 2);
	assert_int_equal(routine_duration_ms(r), 98000);
	s = session_new(r, 3000, 1000);
	assert_int_equal(session_next_deadline(s), 4000);

	for (now = 1000; now <= 120000 && ngot < nitems(got); now += 100) {
		n = session_tick(s, now, ev, EV_MAX);
		for (i = 0; i < n; i++) {
			/* Delivered on the first tick at or after it. */
			assert_true(ev[i].at_ms <= now);
			assert_true(ev[i].at_ms + 100 > now);
			got[ngot++] = ev[i];
		}
	}
	assert_int_equal(ngot, nitems(w));
	for (i = 0; i < ngot; i++) {
		assert_int_equal(got[i].kind, w[i].kind);
		assert_int_equal(got[i].phase, w[i].phase);
		assert_int_equal(got[i].at_ms, w[i].at_ms);
	}
	assert_true(session_is_finished(s));
	assert_int_equal(session_next_deadline(s), -1);
	session_status(s, 200000, &st);
	assert_int_equal(st.elapsed_ms, 101000);
	assert_int_equal(st.steps_done, 3);
	assert_int_equal(st.step_index, 3);
	session_free(s);
	routine_free(r);
}

/*
 * Two hours of mixed steps ticked every 997 ms, every seventh tick 3 s
 * late: each phase starts on its planned schedule to the millisecond, the
 * countdown agrees at every tick, and the end is exactly the plan.
 */
static void
test_no_drift(void **state)
{
	struct routine		*r = new_routine(KIND_STRETCH);
	struct session		*s;
	struct session_event	 ev[EV_MAX];
	struct session_status	 st;
	const struct phase	*p;
	uint64_t		*sched, now, prev, start = 123456789;
	size_t			 n, np, i, k, nphase = 0, nstep = 0, nfin = 0;
	int			 j;

	(void)state;
	for (j = 0; j < 20; j++) {
		add_stretch(r, 45000, 2, 15000, SIDES_LEFT_RIGHT);
		add_breathe(r, 4000, 0, 7000, 8000, 0, 10);
		add_tense(r, 5000, 10000);
		if (j % 4 == 0)
			add_stretch(r, 30000, 4, 10000, SIDES_ONE);
		add_breathe(r, 5500, 0, 0, 5500, 0, 7);
	}
	assert_true(routine_duration_ms(r) >= 2 * 3600 * 1000);
	s = session_new(r, 10000, start);

	p = session_phases(s, &np);
	sched = calloc(np, sizeof *sched);
	assert_non_null(sched);
	sched[0] = start;
	for (i = 1; i < np; i++)
		sched[i] = sched[i - 1] + (uint64_t)p[i - 1].duration_ms;
	assert_int_equal(sched[np - 1], start + 10000 + routine_duration_ms(r));

	prev = start - 1;
	now = start;
	for (k = 0; !session_is_finished(s) && k < 100000; k++) {
		n = session_tick(s, now, ev, EV_MAX);
		for (i = 0; i < n; i++) {
			assert_true(ev[i].at_ms > prev && ev[i].at_ms <= now);
			assert_int_equal(ev[i].at_ms, sched[ev[i].phase]);
			if (ev[i].kind == SESSION_EV_PHASE) {
				assert_int_equal(ev[i].phase, nphase);
				nphase++;
			} else if (ev[i].kind == SESSION_EV_STEP) {
				assert_int_equal(p[ev[i].phase].step,
				    (int32_t)nstep);
				nstep++;
			} else {
				assert_int_equal(ev[i].phase, np - 1);
				nfin++;
			}
		}
		session_status(s, now, &st);
		if (!st.finished) {
			assert_int_equal(st.phase_left_ms,
			    sched[st.phase_index + 1] - now);
			assert_int_equal(st.elapsed_ms, now - start);
			assert_int_equal(session_next_deadline(s),
			    sched[st.phase_index + 1]);
		}
		prev = now;
		now += 997;
		if (k % 7 == 6)
			now += 3000;
	}
	assert_true(session_is_finished(s));
	assert_int_equal(nphase, np - 1);
	assert_int_equal(nstep, r->nsteps);
	assert_int_equal(nfin, 1);
	session_status(s, now, &st);
	assert_int_equal(st.elapsed_ms, 10000 + routine_duration_ms(r));
	assert_int_equal(st.steps_done, (int32_t)r->nsteps);
	free(sched);
	session_free(s);
	routine_free(r);
}

/* A pause inside a phase moves that phase's end and all later ones. */
static void
test_pause(void **state)
{
	struct routine		*r = new_routine(KIND_STRETCH);
	struct session		*s;
	struct session_status	 st;

	(void)state;
	add_stretch(r, 30000, 2, 10000, SIDES_ONE);	/* 0-30, 30-40, 40-70 */
	s = session_new(r, 0, 1000);
	tick_expect(s, 1000, (struct session_event[]){ EV(STEP, 0, 1000),
	    EV(PHASE, 0, 1000) }, 2);
	tick_expect(s, 31500, (struct session_event[]){
	    EV(PHASE, 1, 31000) }, 1);

	/* 4.5 s into the rest, pause for 12345 ms. */
	tick_none(s, 35500);
	assert_int_equal(session_toggle_pause(s, 35500), 1);
	assert_true(session_is_paused(s));
	assert_int_equal(session_next_deadline(s), -1);
	session_pause(s, 40000);	/* no-op: the pause began at 35500 */
	tick_none(s, 41000);		/* past the rest's unpaused end */
	session_status(s, 47000, &st);
	assert_true(st.paused);
	assert_int_equal(st.phase_index, 1);
	assert_int_equal(st.phase_left_ms, 5500);
	assert_int_equal(st.elapsed_ms, 34500);
	assert_true(fabs(st.phase_fraction - 0.45) < 1e-12);

	assert_int_equal(session_toggle_pause(s, 47845), 0);
	session_resume(s, 50000);	/* no-op: not paused */
	assert_int_equal(session_next_deadline(s), 41000 + 12345);
	assert_int_equal(left_ms(s, 47845), 5500);
	tick_none(s, 53344);
	tick_expect(s, 53345, (struct session_event[]){
	    EV(PHASE, 2, 53345) }, 1);
	tick_none(s, 83344);
	tick_expect(s, 90000, (struct session_event[]){
	    EV(FINISHED, 3, 71000 + 12345) }, 1);
	session_status(s, 90000, &st);
	assert_int_equal(st.elapsed_ms, 70000);

	/* Pausing a finished session does nothing. */
	session_pause(s, 91000);
	assert_false(session_is_paused(s));
	assert_int_equal(session_toggle_pause(s, 92000), 0);
	session_free(s);

	/* Paused after a deadline the caller had not ticked yet: the
	 * phase still ends at its deadline in active time. */
	s = session_new(r, 0, 0);
	tick_expect(s, 29000, (struct session_event[]){ EV(STEP, 0, 0),
	    EV(PHASE, 0, 0) }, 2);
	session_pause(s, 30500);
	session_resume(s, 40500);
	tick_expect(s, 40500, (struct session_event[]){
	    EV(PHASE, 1, 40000) }, 1);
	assert_int_equal(session_next_deadline(s), 50000);
	session_free(s);
	routine_free(r);
}

/*
 * The navigation routine: get-ready 5 s (phase 0); step 0 stretch
 * 10 s x 2, rest 2 s (phases 1-3); step 1 tense 3 s, release 4 s
 * (phases 4-5); step 2 stretch 10 s (phase 6); done (phase 7).
 */
static struct routine *
nav_routine(void)
{
	struct routine *r = new_routine(KIND_STRETCH);

	add_stretch(r, 10000, 2, 2000, SIDES_ONE);
	add_tense(r, 3000, 4000);
	add_stretch(r, 10000, 1, 0, SIDES_ONE);
	return r;
}

static void
test_skip(void **state)
{
	struct routine		*r = nav_routine();
	struct session		*s;
	struct session_status	 st;

	(void)state;
	s = session_new(r, 5000, 0);
	tick_expect(s, 0, (struct session_event[]){ EV(PHASE, 0, 0) }, 1);

	/* In get-ready: to step 0, timed from now. */
	session_skip(s, 2000);
	assert_int_equal(cur_phase(s, 2000), 1);
	assert_int_equal(session_next_deadline(s), 12000);
	tick_expect(s, 2000, (struct session_event[]){ EV(STEP, 1, 2000),
	    EV(PHASE, 1, 2000) }, 2);
	session_status(s, 2000, &st);
	assert_int_equal(st.steps_done, 0);

	/*
	 * From the middle of step 0's second rep to step 1: 11 of its 20 s
	 * of holds were spent, so it is done.
	 */
	tick_expect(s, 14500, (struct session_event[]){
	    EV(PHASE, 2, 12000), EV(PHASE, 3, 14000) }, 2);
	session_skip(s, 15000);
	assert_int_equal(cur_phase(s, 15000), 4);
	assert_int_equal(session_next_deadline(s), 18000);
	session_status(s, 15000, &st);
	assert_int_equal(st.steps_done, 1);
	assert_int_equal(st.elapsed_ms, 15000);

	/*
	 * Two skips before a tick: only the latest action is cued. The two
	 * steps skipped at once are not done.
	 */
	session_skip(s, 16000);
	session_skip(s, 16000);
	tick_expect(s, 16000, (struct session_event[]){
	    EV(FINISHED, 7, 16000) }, 1);
	assert_true(session_is_finished(s));
	session_status(s, 16000, &st);
	assert_int_equal(st.steps_done, 1);
	assert_int_equal(st.elapsed_ms, 16000);

	/* Finished: nothing moves any more. */
	session_skip(s, 17000);
	session_back(s, 17000);
	session_restart_step(s, 17000);
	tick_none(s, 17000);
	assert_int_equal(cur_phase(s, 17000), 7);
	session_free(s);

	/* Skip while paused: still paused, the new phase frozen full. */
	s = session_new(r, 5000, 0);
	tick_expect(s, 6000, (struct session_event[]){ EV(PHASE, 0, 0),
	    EV(STEP, 1, 5000), EV(PHASE, 1, 5000) }, 3);
	session_pause(s, 7000);
	session_skip(s, 20000);
	assert_true(session_is_paused(s));
	assert_int_equal(session_next_deadline(s), -1);
	session_status(s, 25000, &st);
	assert_int_equal(st.phase_index, 4);
	assert_int_equal(st.phase_left_ms, 3000);
	assert_int_equal(st.elapsed_ms, 7000);
	tick_expect(s, 25000, (struct session_event[]){ EV(STEP, 4, 20000),
	    EV(PHASE, 4, 20000) }, 2);
	session_resume(s, 30000);
	assert_int_equal(session_next_deadline(s), 33000);
	session_status(s, 31000, &st);
	assert_int_equal(st.elapsed_ms, 8000);

	/* Skipping the last step while paused ends it, unpaused. */
	session_skip(s, 31000);		/* to step 2 */
	session_pause(s, 32000);
	session_skip(s, 40000);
	assert_true(session_is_finished(s));
	assert_false(session_is_paused(s));
	session_status(s, 50000, &st);
	assert_int_equal(st.elapsed_ms, 9000);
	tick_expect(s, 50000, (struct session_event[]){
	    EV(FINISHED, 7, 40000) }, 1);
	session_free(s);
	routine_free(r);
}

static void
test_back(void **state)
{
	struct routine		*r = nav_routine();
	struct session		*s;
	struct session_status	 st;

	(void)state;
	s = session_new(r, 5000, 0);
	tick_expect(s, 0, (struct session_event[]){ EV(PHASE, 0, 0) }, 1);

	/* In get-ready: it starts again; no step event. */
	session_back(s, 4000);
	assert_int_equal(cur_phase(s, 4000), 0);
	assert_int_equal(session_next_deadline(s), 9000);
	tick_expect(s, 4000, (struct session_event[]){ EV(PHASE, 0, 4000) },
	    1);

	/* At the first step within 2 s: restart it, not get-ready. */
	tick_expect(s, 9000, (struct session_event[]){ EV(STEP, 1, 9000),
	    EV(PHASE, 1, 9000) }, 2);
	session_back(s, 10000);
	assert_int_equal(cur_phase(s, 10000), 1);
	assert_int_equal(session_next_deadline(s), 20000);
	tick_expect(s, 10000, (struct session_event[]){ EV(STEP, 1, 10000),
	    EV(PHASE, 1, 10000) }, 2);

	/* Step 1 began at 32000: exactly 2 s in goes to step 0. */
	tick_expect(s, 31999, (struct session_event[]){
	    EV(PHASE, 2, 20000), EV(PHASE, 3, 22000) }, 2);
	tick_expect(s, 32000, (struct session_event[]){ EV(STEP, 4, 32000),
	    EV(PHASE, 4, 32000) }, 2);
	session_back(s, 34000);
	assert_int_equal(cur_phase(s, 34000), 1);
	assert_int_equal(session_next_deadline(s), 44000);
	tick_expect(s, 34000, (struct session_event[]){ EV(STEP, 1, 34000),
	    EV(PHASE, 1, 34000) }, 2);

	/* 2001 ms into step 1: restart step 1. */
	session_skip(s, 35000);
	session_back(s, 37001);
	assert_int_equal(cur_phase(s, 37001), 4);
	assert_int_equal(session_next_deadline(s), 40001);

	/* Counted from the step's start, not the phase's: 3.5 s into
	 * step 1 but 0.5 s into its release. */
	tick_expect(s, 40001, (struct session_event[]){
	    EV(STEP, 4, 37001), EV(PHASE, 4, 37001),
	    EV(PHASE, 5, 40001) }, 3);
	session_back(s, 40501);
	assert_int_equal(cur_phase(s, 40501), 4);
	session_free(s);

	/* No get-ready: back at step 0 restarts step 0 (index 0). */
	s = session_new(r, 0, 0);
	session_back(s, 1000);
	assert_int_equal(cur_phase(s, 1000), 0);
	assert_int_equal(session_next_deadline(s), 11000);
	session_free(s);

	/* While paused: active time only, and it stays paused. */
	s = session_new(r, 0, 0);
	session_skip(s, 0);			/* step 1 from 0 */
	assert_int_equal(cur_phase(s, 0), 3);
	session_pause(s, 1000);
	session_back(s, 61000);			/* 1 s active: step 0 */
	assert_true(session_is_paused(s));
	session_status(s, 70000, &st);
	assert_int_equal(st.phase_index, 0);
	assert_int_equal(st.phase_left_ms, 10000);
	assert_int_equal(st.elapsed_ms, 1000);
	session_resume(s, 75000);
	assert_int_equal(session_next_deadline(s), 85000);
	/* 1.5 s active after a pause of 50 s: still within 2 s. */
	session_skip(s, 75000);			/* step 1 at 75000 */
	session_pause(s, 76000);
	session_resume(s, 126000);
	session_back(s, 126500);
	assert_int_equal(cur_phase(s, 126500), 0);
	session_free(s);
	routine_free(r);
}

static void
test_restart_step(void **state)
{
	struct routine		*r = nav_routine();
	struct session		*s;
	struct session_status	 st;

	(void)state;
	s = session_new(r, 5000, 0);
	session_restart_step(s, 3000);		/* get-ready again */
	assert_int_equal(cur_phase(s, 3000), 0);
	assert_int_equal(session_next_deadline(s), 8000);
	tick_expect(s, 3000, (struct session_event[]){ EV(PHASE, 0, 3000) },
	    1);

	/* In step 0's second rep: back to its first. */
	tick_expect(s, 29999, (struct session_event[]){ EV(STEP, 1, 8000),
	    EV(PHASE, 1, 8000), EV(PHASE, 2, 18000), EV(PHASE, 3, 20000) },
	    4);
	session_restart_step(s, 29999);
	assert_int_equal(cur_phase(s, 29999), 1);
	assert_int_equal(session_next_deadline(s), 39999);
	tick_expect(s, 30000, (struct session_event[]){ EV(STEP, 1, 29999),
	    EV(PHASE, 1, 29999) }, 2);

	/* In the last step, paused. */
	session_skip(s, 31000);
	session_skip(s, 31000);
	assert_int_equal(cur_phase(s, 31000), 6);
	session_pause(s, 35000);
	session_restart_step(s, 36000);
	session_status(s, 37000, &st);
	assert_true(st.paused);
	assert_int_equal(st.phase_index, 6);
	assert_int_equal(st.phase_left_ms, 10000);
	/* Step 0 ran 19999 of 20000 ms before its restart; step 1 none. */
	assert_int_equal(st.steps_done, 1);
	session_resume(s, 38000);
	tick_expect(s, 48000, (struct session_event[]){ EV(STEP, 6, 36000),
	    EV(PHASE, 6, 36000), EV(FINISHED, 7, 48000) }, 3);
	session_free(s);
	routine_free(r);
}

static void
test_adjust_hold(void **state)
{
	struct routine		*r = new_routine(KIND_STRETCH);
	struct session		*s;
	struct session_status	 st;

	(void)state;
	add_stretch(r, 30000, 3, 10000, SIDES_ONE);	/* phases 1-5 */
	add_stretch(r, 30000, 1, 0, SIDES_ONE);		/* phase 6 */
	add_tense(r, 5000, 10000);			/* phases 7-8 */
	s = session_new(r, 5000, 0);

	assert_int_equal(session_adjust_hold(s, 1000, 5000), -1);
	tick_expect(s, 15000, (struct session_event[]){ EV(PHASE, 0, 0),
	    EV(STEP, 1, 5000), EV(PHASE, 1, 5000) }, 3);
	assert_int_equal(session_adjust_hold(s, 15000, 5000), 35000);
	assert_int_equal(session_next_deadline(s), 40000);
	session_status(s, 15000, &st);
	assert_int_equal(st.phase_total_ms, 35000);
	assert_int_equal(st.phase_left_ms, 25000);
	/* The routine itself is untouched, and so is the plan. */
	assert_int_equal(r->steps[0].hold_ms, 30000);
	assert_int_equal(session_phases(s, NULL)[1].duration_ms, 30000);

	tick_none(s, 39999);
	tick_expect(s, 40000, (struct session_event[]){
	    EV(PHASE, 2, 40000) }, 1);
	assert_int_equal(session_adjust_hold(s, 40000, 5000), -1); /* rest */
	tick_expect(s, 50000, (struct session_event[]){
	    EV(PHASE, 3, 50000) }, 1);
	/* The later rep got the new hold. */
	assert_int_equal(session_next_deadline(s), 85000);
	assert_int_equal(session_adjust_hold(s, 51000, -5000), 30000);
	assert_int_equal(session_adjust_hold(s, 51000, -5000), 25000);
	assert_int_equal(session_next_deadline(s), 75000);
	tick_expect(s, 85000, (struct session_event[]){ EV(PHASE, 4, 75000),
	    EV(PHASE, 5, 85000) }, 2);
	assert_int_equal(session_next_deadline(s), 110000);

	/* Shortened into the past: the next tick ends it there. */
	assert_int_equal(session_adjust_hold(s, 105000, -15000), 10000);
	tick_expect(s, 105000, (struct session_event[]){
	    EV(STEP, 6, 95000), EV(PHASE, 6, 95000) }, 2);
	/* The next step keeps its own hold. */
	assert_int_equal(session_next_deadline(s), 125000);

	/* Clamps: 1 s at the bottom, HOLD_MAX_MS at the top. */
	assert_int_equal(session_adjust_hold(s, 106000, -5000), 25000);
	assert_int_equal(session_adjust_hold(s, 106000, -24000), 1000);
	assert_int_equal(session_adjust_hold(s, 106000, -5000), 1000);
	assert_int_equal(session_adjust_hold(s, 106000, INT64_MIN), 1000);
	assert_int_equal(session_adjust_hold(s, 106000, INT64_MAX),
	    HOLD_MAX_MS);
	assert_int_equal(session_adjust_hold(s, 106000, 5000), HOLD_MAX_MS);
	assert_int_equal(session_adjust_hold(s, 106000,
	    -(HOLD_MAX_MS - 30000)), 30000);

	/* Tense clamps to 1 s .. TENSE_MAX_MS; release has no hold. */
	session_skip(s, 106000);
	assert_int_equal(session_adjust_hold(s, 106000, -5000), 1000);
	assert_int_equal(session_adjust_hold(s, 106000, 58000), 59000);
	assert_int_equal(session_adjust_hold(s, 106000, 5000), TENSE_MAX_MS);
	assert_int_equal(session_adjust_hold(s, 106000, -55000), 5000);
	tick_expect(s, 111000, (struct session_event[]){
	    EV(STEP, 7, 106000), EV(PHASE, 7, 106000),
	    EV(PHASE, 8, 111000) }, 3);
	assert_int_equal(session_adjust_hold(s, 111000, 5000), -1);

	/* Adjusting while paused moves the frozen countdown. */
	session_back(s, 112000);		/* restart the tense step */
	assert_int_equal(session_next_deadline(s), 117000);
	session_pause(s, 113000);
	assert_int_equal(session_adjust_hold(s, 114000, 5000), 10000);
	assert_int_equal(left_ms(s, 200000), 9000);
	session_finish(s, 114000);
	assert_int_equal(session_adjust_hold(s, 114000, 5000), -1);
	session_free(s);
	routine_free(r);
}

static void
test_wait_user(void **state)
{
	struct routine		*r = new_routine(KIND_RELIEF);
	struct session		*s;
	struct session_status	 st;

	(void)state;
	add_stretch(r, 30000, 1, 0, SIDES_ONE);		/* phase 0 */
	add_wait(r);					/* phase 1 */
	add_breathe(r, 4000, 0, 0, 6000, 0, 1);		/* phases 2-3 */
	add_wait(r);					/* phase 4 */
	s = session_new(r, 0, 0);

	session_confirm(s, 1000);	/* not waiting: no-op */
	assert_int_equal(cur_phase(s, 1000), 0);
	tick_expect(s, 3600000, (struct session_event[]){ EV(STEP, 0, 0),
	    EV(PHASE, 0, 0), EV(STEP, 1, 30000), EV(PHASE, 1, 30000) }, 4);
	/* Blocked however long it has been. */
	tick_none(s, 7200000);
	assert_int_equal(session_next_deadline(s), -1);
	session_status(s, 30000 + 4321, &st);
	assert_int_equal(st.wait_ms, 4321);
	assert_int_equal(st.phase_left_ms, 0);
	assert_int_equal(st.phase_total_ms, 0);
	assert_true(st.phase_fraction == 0.0);
	assert_int_equal(st.steps_done, 1);
	assert_string_equal(phase_label(st.phase), "Your pace");

	/* A pause inside the wait is not counted. */
	session_pause(s, 40000);
	session_status(s, 99000, &st);
	assert_int_equal(st.wait_ms, 10000);
	session_resume(s, 100000);
	session_status(s, 101000, &st);
	assert_int_equal(st.wait_ms, 11000);

	session_confirm(s, 101000);
	assert_int_equal(cur_phase(s, 101000), 2);
	assert_int_equal(session_next_deadline(s), 105000);
	tick_expect(s, 111000, (struct session_event[]){
	    EV(STEP, 2, 101000), EV(PHASE, 2, 101000),
	    EV(PHASE, 3, 105000), EV(STEP, 4, 111000),
	    EV(PHASE, 4, 111000) }, 5);
	tick_none(s, 999999);
	session_confirm(s, 1000000);
	tick_expect(s, 1000000, (struct session_event[]){
	    EV(FINISHED, 5, 1000000) }, 1);
	session_status(s, 1000000, &st);
	assert_int_equal(st.steps_done, 4);
	assert_int_equal(st.elapsed_ms, 1000000 - 60000);
	session_free(s);
	routine_free(r);
}

static void
test_finish(void **state)
{
	struct routine		*r = nav_routine();
	struct session		*s;
	struct session_status	 st;

	(void)state;
	s = session_new(r, 5000, 0);
	tick_expect(s, 20000, (struct session_event[]){ EV(PHASE, 0, 0),
	    EV(STEP, 1, 5000), EV(PHASE, 1, 5000), EV(PHASE, 2, 15000),
	    EV(PHASE, 3, 17000) }, 5);
	session_skip(s, 20000);		/* step 0 skipped past */
	session_finish(s, 21500);
	assert_true(session_is_finished(s));
	session_status(s, 30000, &st);
	assert_true(st.finished);
	assert_int_equal(st.phase_index, 7);
	assert_int_equal(st.phase->kind, PHASE_DONE);
	assert_null(st.step);
	assert_null(st.next);
	assert_int_equal(st.elapsed_ms, 21500);
	/* Step 0: 13 of 20 s held; step 1 left 1.5 s into its 7 s. */
	assert_int_equal(st.steps_done, 1);
	assert_true(st.routine_fraction == 1.0);
	assert_int_equal(st.phase_left_ms, 0);
	assert_int_equal(session_next_deadline(s), -1);
	tick_expect(s, 30000, (struct session_event[]){
	    EV(FINISHED, 7, 21500) }, 1);
	session_finish(s, 40000);		/* no-op */
	tick_none(s, 40000);
	session_confirm(s, 40000);
	tick_none(s, 40000);
	session_free(s);

	/* Finishing while paused: the pause up to then is not counted. */
	s = session_new(r, 0, 0);
	session_pause(s, 3000);
	session_finish(s, 10000);
	assert_false(session_is_paused(s));
	session_status(s, 20000, &st);
	assert_int_equal(st.elapsed_ms, 3000);
	assert_int_equal(st.steps_done, 0);
	session_free(s);
	routine_free(r);
}

/*
 * What counts as done: more than half a step's timed work (holds, not
 * rests), pauses excluded, or a wait confirmed. Skipping is not doing.
 */
static void
test_steps_done(void **state)
{
	struct routine		*r = new_routine(KIND_STRETCH);
	struct session		*s;
	struct session_status	 st;
	int			 i;

	(void)state;
	add_stretch(r, 10000, 2, 5000, SIDES_ONE);	/* phases 0-2 */
	add_breathe(r, 4000, 0, 0, 6000, 0, 2);		/* phases 3-6 */
	add_wait(r);					/* phase 7 */
	add_tense(r, 5000, 10000);			/* phases 8-9 */

	/* Skipped straight through: nothing done. */
	s = session_new(r, 5000, 0);
	for (i = 0; i < 5; i++)
		session_skip(s, 1000 + (uint64_t)i);
	assert_true(session_is_finished(s));
	session_status(s, 2000, &st);
	assert_int_equal(st.steps_done, 0);
	session_free(s);

	/*
	 * Step 0: 10 s held of 20 s is half, not most; the 5 s rest does
	 * not count. One more ms of the second hold makes it.
	 */
	s = session_new(r, 0, 0);
	session_tick(s, 15000, NULL, 0);	/* the second hold began */
	session_status(s, 15000, &st);
	assert_int_equal(st.phase_index, 2);
	assert_int_equal(st.steps_done, 0);
	session_status(s, 15001, &st);		/* under way: counted */
	assert_int_equal(st.steps_done, 1);
	session_free(s);
	s = session_new(r, 0, 0);
	session_tick(s, 15000, NULL, 0);
	session_skip(s, 15000);
	session_status(s, 15000, &st);
	assert_int_equal(st.steps_done, 0);
	session_free(s);
	s = session_new(r, 0, 0);
	session_tick(s, 15001, NULL, 0);
	session_skip(s, 15001);
	session_status(s, 15001, &st);
	assert_int_equal(st.steps_done, 1);

	/*
	 * Step 1 (breathing, 20 s): a pause of a minute is not time spent;
	 * 4 s of breathing, paused, skipped: not done.
	 */
	session_pause(s, 19001);
	session_status(s, 90000, &st);
	assert_int_equal(st.steps_done, 1);
	session_skip(s, 90000);
	session_resume(s, 90000);
	session_status(s, 90000, &st);
	assert_int_equal(st.phase_index, 7);
	assert_int_equal(st.steps_done, 1);

	/* Step 2 (wait): however long the wait, only confirming does it. */
	session_tick(s, 400000, NULL, 0);
	session_status(s, 400000, &st);
	assert_int_equal(st.steps_done, 1);
	session_confirm(s, 400000);
	session_status(s, 400000, &st);
	assert_int_equal(st.steps_done, 2);

	/* Step 3 (tense 5 s, release 10 s): time carries over a restart. */
	session_tick(s, 405000, NULL, 0);	/* tensed in full */
	session_restart_step(s, 405000);
	session_tick(s, 407500, NULL, 0);
	session_status(s, 407500, &st);
	assert_int_equal(st.steps_done, 2);	/* 7.5 of 15 s */
	session_status(s, 407501, &st);
	assert_int_equal(st.steps_done, 3);	/* 7.501 s */
	session_finish(s, 407501);
	session_status(s, 500000, &st);
	assert_int_equal(st.steps_done, 3);
	session_free(s);

	/* A wait left by finishing (relief's "it has eased") is not done. */
	s = session_new(r, 0, 0);
	session_skip(s, 0);
	session_skip(s, 0);
	session_finish(s, 60000);
	session_status(s, 60000, &st);
	assert_int_equal(st.steps_done, 0);
	session_free(s);

	/*
	 * A shortened hold is the plan: 5.001 s held is most of two 5 s
	 * holds (of the 20 s first planned it would not be).
	 */
	s = session_new(r, 0, 0);
	assert_int_equal(session_adjust_hold(s, 0, -5000), 5000);
	session_tick(s, 10001, NULL, 0);	/* hold, rest, then hold 2 */
	session_skip(s, 10001);
	session_status(s, 10001, &st);
	assert_int_equal(st.steps_done, 1);
	session_free(s);
	routine_free(r);
}

/* The largest routine the loaders allow, run on coarse ticks. */
static void
test_200_steps(void **state)
{
	struct routine		*r = new_routine(KIND_STRETCH);
	struct session		*s;
	struct session_event	 ev[EV_MAX];
	struct session_status	 st;
	size_t			 np, n, i, want = 1, nstep = 0, nphase = 0;
	uint64_t		 now, end = 0;
	int			 j;

	(void)state;
	for (j = 0; j < ROUTINE_MAX_STEPS; j++) {
		switch (j % 4) {
		case 0:
			add_stretch(r, 20000 + j, 2, 5000, SIDES_LEFT_RIGHT);
			want += 7;
			break;
		case 1:
			add_tense(r, 5000, 10000 + j);
			want += 2;
			break;
		case 2:
			add_breathe(r, 4000, 0, 4000, 4000, 4000, 3);
			want += 12;
			break;
		default:
			add_stretch(r, 15000, 3, 1000 + j, SIDES_BOTH);
			want += 5;
			break;
		}
	}
	assert_int_equal(r->nsteps, 200);
	s = session_new(r, 0, 1000);
	session_phases(s, &np);
	assert_int_equal(np, want);
	for (now = 1000; !session_is_finished(s); now += 59999) {
		n = session_tick(s, now, ev, EV_MAX);
		for (i = 0; i < n; i++) {
			if (ev[i].kind == SESSION_EV_STEP)
				nstep++;
			else if (ev[i].kind == SESSION_EV_PHASE)
				nphase++;
			else
				end = ev[i].at_ms;
		}
	}
	assert_int_equal(nstep, 200);
	assert_int_equal(nphase, np - 1);
	assert_int_equal(end, 1000 + routine_duration_ms(r));
	session_status(s, now, &st);
	assert_int_equal(st.steps_done, 200);
	assert_int_equal(st.nsteps, 200);
	session_free(s);
	routine_free(r);
}

/* More events than room: the latest are kept, so FINISHED is never lost. */
static void
test_event_overflow(void **state)
{
	struct routine		*r = new_routine(KIND_BREATHING);
	struct session		*s;
	struct session_event	 ev[3];
	size_t			 n;

	(void)state;
	add_tense(r, 5000, 5000);
	add_breathe(r, 1000, 0, 0, 1000, 0, 2);	/* phases 2-5 */
	s = session_new(r, 2000, 0);
	n = session_tick(s, 100000, ev, 3);
	assert_int_equal(n, 3);
	assert_int_equal(ev[0].kind, SESSION_EV_PHASE);
	assert_int_equal(ev[0].phase, 5);
	assert_int_equal(ev[0].at_ms, 14000);
	assert_int_equal(ev[1].kind, SESSION_EV_PHASE);
	assert_int_equal(ev[1].phase, 6);
	assert_int_equal(ev[1].at_ms, 15000);
	assert_int_equal(ev[2].kind, SESSION_EV_FINISHED);
	assert_int_equal(ev[2].phase, 7);
	assert_int_equal(ev[2].at_ms, 16000);
	tick_none(s, 200000);
	session_free(s);

	s = session_new(r, 2000, 0);
	n = session_tick(s, 100000, ev, 1);
	assert_int_equal(n, 1);
	assert_int_equal(ev[0].kind, SESSION_EV_FINISHED);
	assert_int_equal(ev[0].at_ms, 16000);
	session_free(s);

	/* No room at all: the session still advances. */
	s = session_new(r, 2000, 0);
	assert_int_equal(session_tick(s, 100000, NULL, 0), 0);
	assert_true(session_is_finished(s));
	session_free(s);
	routine_free(r);
}

static void
test_status(void **state)
{
	struct routine		*r = new_routine(KIND_RELIEF);
	struct session		*s;
	struct session_status	 st;
	const struct phase	*p;
	const uint64_t		 t0 = 100000;
	size_t			 np;

	(void)state;
	add_stretch(r, 30000, 2, 10000, SIDES_BOTH);	/* phases 1-3 */
	add_wait(r);					/* phase 4 */
	add_breathe(r, 4000, 0, 4000, 4000, 4000, 1);	/* phases 5-8 */
	s = session_new(r, 5000, t0);
	p = session_phases(s, &np);
	assert_int_equal(np, 10);

	session_status(s, t0 + 2500, &st);
	assert_ptr_equal(st.phase, &p[0]);
	assert_null(st.step);
	assert_ptr_equal(st.next, &p[1]);
	assert_int_equal(st.phase_index, 0);
	assert_int_equal(st.nphases, 10);
	assert_int_equal(st.step_index, -1);
	assert_int_equal(st.nsteps, 3);
	assert_int_equal(st.phase_total_ms, 5000);
	assert_int_equal(st.phase_left_ms, 2500);
	assert_true(st.phase_fraction == 0.5);
	assert_true(st.routine_fraction == 0.0);
	assert_int_equal(st.elapsed_ms, 2500);
	assert_int_equal(st.wait_ms, 0);
	assert_false(st.paused);
	assert_false(st.finished);
	assert_int_equal(st.steps_done, 0);
	assert_string_equal(phase_label(st.phase), "Get ready");

	/* 12345 ms left in the first hold: sub-second precision. */
	session_tick(s, t0 + 5000 + 17655, NULL, 0);
	session_status(s, t0 + 5000 + 17655, &st);
	assert_ptr_equal(st.phase, &p[1]);
	assert_ptr_equal(st.step, &r->steps[0]);
	assert_int_equal(st.step_index, 0);
	assert_int_equal(st.phase_left_ms, 12345);
	assert_true(fabs(st.phase_fraction - 17655.0 / 30000) < 1e-12);
	assert_true(fabs(st.routine_fraction - 17655.0 / 86000) < 1e-12);
	assert_int_equal(st.elapsed_ms, 22655);
	assert_int_equal(p[1].side, SIDE_BOTH);

	/* Frozen while paused, however late it is read. */
	session_pause(s, t0 + 22655);
	session_status(s, t0 + 500000, &st);
	assert_true(st.paused);
	assert_int_equal(st.phase_left_ms, 12345);
	assert_int_equal(st.elapsed_ms, 22655);
	assert_true(fabs(st.routine_fraction - 17655.0 / 86000) < 1e-12);
	session_resume(s, t0 + 122655);	/* paused 100 s */

	/* Halfway through the rest: 35000 of 86000 planned ms. */
	session_tick(s, t0 + 100000 + 5000 + 35000, NULL, 0);
	session_status(s, t0 + 100000 + 5000 + 35000, &st);
	assert_int_equal(st.phase_index, 2);
	assert_int_equal(st.phase_left_ms, 5000);
	assert_true(fabs(st.routine_fraction - 35000.0 / 86000) < 1e-12);
	assert_int_equal(st.elapsed_ms, 40000);

	/* In the wait: untimed, 70000 of 86000 done. */
	session_tick(s, t0 + 100000 + 75000 + 4321, NULL, 0);
	session_status(s, t0 + 100000 + 75000 + 4321, &st);
	assert_int_equal(st.phase_index, 4);
	assert_int_equal(st.wait_ms, 4321);
	assert_int_equal(st.phase_left_ms, 0);
	assert_true(st.phase_fraction == 0.0);
	assert_true(fabs(st.routine_fraction - 70000.0 / 86000) < 1e-12);
	assert_int_equal(st.steps_done, 1);
	assert_int_equal(st.elapsed_ms, 79321);

	/* The last phase: next is DONE; then done. */
	session_confirm(s, t0 + 200000);
	session_tick(s, t0 + 200000 + 13000, NULL, 0);
	session_status(s, t0 + 200000 + 13000, &st);
	assert_int_equal(st.phase_index, 8);
	assert_int_equal(st.phase->kind, PHASE_HOLD_OUT);
	assert_ptr_equal(st.next, &p[9]);
	assert_int_equal(st.phase_left_ms, 3000);
	assert_true(fabs(st.phase_fraction - 0.25) < 1e-12);
	assert_true(fabs(st.routine_fraction - 83000.0 / 86000) < 1e-12);
	session_tick(s, t0 + 300000, NULL, 0);
	session_status(s, t0 + 300000, &st);
	assert_true(st.finished);
	assert_int_equal(st.steps_done, 3);
	assert_int_equal(st.elapsed_ms, 100000 + 16000);
	assert_true(st.routine_fraction == 1.0);
	session_free(s);
	routine_free(r);
}

/* With no planned time at all, progress counts phases. */
static void
test_status_untimed(void **state)
{
	struct routine		*r = new_routine(KIND_RELIEF);
	struct session		*s;
	struct session_status	 st;

	(void)state;
	add_wait(r);
	add_wait(r);
	add_wait(r);
	s = session_new(r, 0, 0);
	session_status(s, 0, &st);
	assert_true(st.routine_fraction == 0.0);
	session_confirm(s, 10);
	session_status(s, 10, &st);
	assert_true(fabs(st.routine_fraction - 0.25) < 1e-12);
	session_confirm(s, 20);
	session_confirm(s, 30);
	session_status(s, 30, &st);
	assert_true(st.finished);
	assert_true(st.routine_fraction == 1.0);
	session_free(s);
	routine_free(r);
}

static void
test_names(void **state)
{
	static const char *const names[PHASE_KIND_COUNT] = {
		"get-ready", "hold", "rest", "switch-side", "tense", "release",
		"inhale", "top-up", "hold-in", "exhale", "hold-out",
		"wait-user", "done"
	};
	static const char *const labels[PHASE_KIND_COUNT] = {
		"Get ready", "Hold", "Rest", "Switch sides", "Tense",
		"Release", "Breathe in", "Top up", "Hold", "Breathe out",
		"Hold", "Your pace", "Done"
	};
	struct phase	p;
	int		k;

	(void)state;
	memset(&p, 0, sizeof p);
	for (k = 0; k < PHASE_KIND_COUNT; k++) {
		p.kind = (enum phase_kind)k;
		assert_string_equal(phase_kind_name(p.kind), names[k]);
		assert_string_equal(phase_label(&p), labels[k]);
	}
	assert_string_equal(phase_kind_name(PHASE_KIND_COUNT), "?");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_flatten_stretch),
		cmocka_unit_test(test_flatten_left_right),
		cmocka_unit_test(test_flatten_tense_breathe),
		cmocka_unit_test(test_empty_routine),
		cmocka_unit_test(test_run_whole),
		cmocka_unit_test(test_no_drift),
		cmocka_unit_test(test_pause),
		cmocka_unit_test(test_skip),
		cmocka_unit_test(test_back),
		cmocka_unit_test(test_restart_step),
		cmocka_unit_test(test_adjust_hold),
		cmocka_unit_test(test_wait_user),
		cmocka_unit_test(test_finish),
		cmocka_unit_test(test_steps_done),
		cmocka_unit_test(test_200_steps),
		cmocka_unit_test(test_event_overflow),
		cmocka_unit_test(test_status),
		cmocka_unit_test(test_status_untimed),
		cmocka_unit_test(test_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
