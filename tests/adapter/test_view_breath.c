/*
 * The breathing shape's frames, without a screen: the next wake is the
 * instant the shape next changes (a grid of frames from the phase's
 * start, two a second, one falling on each whole second of the
 * countdown), not a fixed step; holds, pauses and the phase's last frame
 * ask for none; the level shown is the frame's, so it changes only there.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "view_breath.h"

static struct phase	 ph;
static struct step	 stp;

/* A phase of kind, total ms long, el ms into it. */
static struct session_status
at(enum phase_kind kind, int64_t total, int64_t el)
{
	struct session_status st = { 0 };

	ph.kind = kind;
	ph.duration_ms = total;
	st.phase = &ph;
	st.step = &stp;
	st.phase_total_ms = total;
	st.phase_left_ms = total - el;
	st.phase_fraction = (double)el / (double)total;
	return st;
}

static void
test_next_is_the_next_frame(void **state)
{
	struct session_status st;

	/* A 4 s inhale: frames at 0, 500, 1000, ... ms. */
	st = at(PHASE_INHALE, 4000, 0);
	assert_int_equal(view_breath_frame(&st), 0);
	assert_int_equal(view_breath_next_ms(&st, 10000), 10500);
	st = at(PHASE_INHALE, 4000, 100);
	assert_int_equal(view_breath_next_ms(&st, 10100), 10500);
	st = at(PHASE_INHALE, 4000, 500);
	assert_int_equal(view_breath_frame(&st), 1);
	assert_int_equal(view_breath_next_ms(&st, 5500), 6000);
	/* The countdown's second is a frame too: no wake between them. */
	st = at(PHASE_EXHALE, 4000, 501);
	assert_int_equal(view_breath_next_ms(&st, 501), 1000);
	st = at(PHASE_EXHALE, 4000, 1000);
	assert_int_equal(view_breath_frame(&st), 2);
	/* An odd length: frames on its own grid, rounded up to the ms. */
	st = at(PHASE_INHALE, 5500, 0);
	assert_int_equal(view_breath_next_ms(&st, 0), 500);
	st = at(PHASE_INHALE, 2200, 0);
	assert_int_equal(view_breath_next_ms(&st, 0), 550);
	/* The last frame: the phase's own end wakes the player. */
	st = at(PHASE_EXHALE, 4000, 3700);
	assert_int_equal(view_breath_frame(&st), 7);
	assert_int_equal(view_breath_next_ms(&st, 3700), -1);
}

static void
test_still_asks_for_none(void **state)
{
	struct session_status st;

	st = at(PHASE_HOLD_IN, 4000, 100);
	assert_int_equal(view_breath_frame(&st), -1);
	assert_int_equal(view_breath_next_ms(&st, 100), -1);
	st = at(PHASE_HOLD_OUT, 4000, 100);
	assert_int_equal(view_breath_next_ms(&st, 100), -1);
	st = at(PHASE_INHALE, 4000, 100);
	st.paused = 1;
	assert_int_equal(view_breath_next_ms(&st, 100), -1);
	st.paused = 0;
	st.finished = 1;
	assert_int_equal(view_breath_next_ms(&st, 100), -1);
}

/* Walking a phase wake to wake: a few frames a second, each one new. */
static void
test_wakes_a_phase(void **state)
{
	static const int64_t	 totals[] = { 4000, 5500, 2000, 700, 19000 };
	struct session_status	 st;
	int64_t			 el, next, k, prev;
	size_t			 i;
	int			 wakes;

	for (i = 0; i < sizeof totals / sizeof totals[0]; i++) {
		el = 0;
		wakes = 0;
		prev = -1;
		for (;;) {
			st = at(PHASE_INHALE, totals[i], el);
			k = view_breath_frame(&st);
			assert_true(k > prev);
			prev = k;
			if ((next = view_breath_next_ms(&st, (uint64_t)el)) < 0)
				break;
			assert_true(next > el);
			el = next;
			wakes++;
		}
		/* At most 2 a second (one when the phase is shorter). */
		assert_true(wakes <= (totals[i] * 2 + 999) / 1000);
		assert_true(wakes >= totals[i] * 2 / 1000 - 1);
	}
}

static void
test_level_moves_by_frames(void **state)
{
	struct session_status	 a, b;

	stp.breath.inhale_ms = 4000;
	a = at(PHASE_INHALE, 4000, 510);
	b = at(PHASE_INHALE, 4000, 990);
	/* The same frame: the same size, whatever the ms. */
	assert_true(view_breath_level(&a, &stp) == view_breath_level(&b,
	    &stp));
	b = at(PHASE_INHALE, 4000, 1000);
	assert_true(view_breath_level(&b, &stp) > view_breath_level(&a,
	    &stp));
	/* On a hold the shape is full and still. */
	a = at(PHASE_HOLD_IN, 4000, 100);
	assert_true(view_breath_level(&a, &stp) == 1.0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_next_is_the_next_frame),
		cmocka_unit_test(test_still_asks_for_none),
		cmocka_unit_test(test_wakes_a_phase),
		cmocka_unit_test(test_level_moves_by_frames),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
