/*
 * test_breath: the breathing shape's level at the start, middle and end of
 * every phase (with and without a top-up), pattern names and breaths per
 * minute.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "breath.h"

#define near(a, b)	(fabs((a) - (b)) < 1e-12)

static const struct breath_pattern p478 = { 4000, 0, 7000, 8000, 0 };
static const struct breath_pattern pbox = { 4000, 0, 4000, 4000, 4000 };
static const struct breath_pattern psigh = { 2000, 1000, 0, 6000, 0 };
static const struct breath_pattern pcoherent = { 5500, 0, 0, 5500, 0 };

static void
level_is(const struct breath_pattern *b, enum phase_kind k, double l0,
    double lhalf, double l1)
{
	assert_true(near(breath_level(b, k, 0.0), l0));
	assert_true(near(breath_level(b, k, 0.5), lhalf));
	assert_true(near(breath_level(b, k, 1.0), l1));
}

static void
test_level_plain(void **state)
{
	(void)state;
	level_is(&p478, PHASE_INHALE, 0.0, 0.5, 1.0);
	level_is(&p478, PHASE_HOLD_IN, 1.0, 1.0, 1.0);
	level_is(&p478, PHASE_EXHALE, 1.0, 0.5, 0.0);
	level_is(&pbox, PHASE_HOLD_OUT, 0.0, 0.0, 0.0);
	/* Not breathing phases. */
	level_is(&pbox, PHASE_HOLD, 0.0, 0.0, 0.0);
	level_is(&pbox, PHASE_GET_READY, 0.0, 0.0, 0.0);

	/* Ease in and out, not a straight line. */
	assert_true(near(breath_level(&pbox, PHASE_INHALE, 0.25),
	    0.5 - 0.5 * cos(M_PI / 4)));
	assert_true(breath_level(&pbox, PHASE_INHALE, 0.25) < 0.25);
	assert_true(breath_level(&pbox, PHASE_INHALE, 0.75) > 0.75);
	assert_true(near(breath_level(&pbox, PHASE_EXHALE, 0.25),
	    0.5 + 0.5 * cos(M_PI / 4)));

	/* Fractions out of range are clamped. */
	assert_true(near(breath_level(&pbox, PHASE_INHALE, -1.0), 0.0));
	assert_true(near(breath_level(&pbox, PHASE_INHALE, 2.0), 1.0));
	assert_true(near(breath_level(&pbox, PHASE_INHALE, NAN), 0.0));
	assert_true(near(breath_level(NULL, PHASE_INHALE, 1.0), 1.0));
}

/* With a top-up the first inhale stops at 0.85 and the top-up ends at 1. */
static void
test_level_top_up(void **state)
{
	(void)state;
	level_is(&psigh, PHASE_INHALE, 0.0, 0.425, 0.85);
	level_is(&psigh, PHASE_TOP_UP, 0.85, 0.925, 1.0);
	level_is(&psigh, PHASE_HOLD_IN, 1.0, 1.0, 1.0);
	level_is(&psigh, PHASE_EXHALE, 1.0, 0.5, 0.0);
	level_is(&psigh, PHASE_HOLD_OUT, 0.0, 0.0, 0.0);
}

static void
name_is(const struct breath_pattern *b, const char *want)
{
	char buf[64];

	memset(buf, 'x', sizeof buf);
	breath_pattern_name(b, buf, sizeof buf);
	assert_string_equal(buf, want);
}

static void
test_name(void **state)
{
	struct breath_pattern	 b;
	char			 small[4] = "abc";

	(void)state;
	name_is(&p478, "4-7-8");
	name_is(&pbox, "4-4-4-4");
	name_is(&psigh, "2+1-6");
	name_is(&pcoherent, "5.5-5.5");

	/* One decimal at most, rounded. */
	b = (struct breath_pattern){ 1250, 0, 0, 6040, 0 };
	name_is(&b, "1.3-6");
	b = (struct breath_pattern){ 4000, 500, 2000, 10000, 0 };
	name_is(&b, "4+0.5-2-10");
	/* A hold-out without a hold-in keeps its place. */
	b = (struct breath_pattern){ 4000, 0, 0, 6000, 2000 };
	name_is(&b, "4-0-6-2");

	/* Truncated, always terminated; a zero size writes nothing. */
	breath_pattern_name(&pbox, small, sizeof small);
	assert_string_equal(small, "4-4");
	small[0] = 'z';
	breath_pattern_name(&pbox, small, 0);
	assert_int_equal(small[0], 'z');
}

static void
test_per_minute(void **state)
{
	struct breath_pattern zero = { 0, 0, 0, 0, 0 };

	(void)state;
	assert_true(near(breath_per_minute(&p478), 60.0 / 19));
	assert_true(near(breath_per_minute(&pbox), 3.75));
	assert_true(near(breath_per_minute(&psigh), 60.0 / 9));
	assert_true(near(breath_per_minute(&pcoherent), 60.0 / 11));
	assert_true(near(breath_per_minute(&zero), 0.0));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_level_plain),
		cmocka_unit_test(test_level_top_up),
		cmocka_unit_test(test_name),
		cmocka_unit_test(test_per_minute),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
