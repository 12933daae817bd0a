/*
 * test_routine: longer holds (routine_scale_holds): still stretch holds of
 * 15 s or more are scaled and capped at 60 s, never shortened; short
 * holds, moving and pressure steps and other step types are left alone;
 * the copy owns its strings.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "routine.h"
#include "util.h"

static struct step *
add(struct routine *r, enum step_type type, enum step_style style,
    int32_t hold_ms)
{
	struct step *s = routine_add_step(r);

	s->type = type;
	s->style = style;
	s->hold_ms = hold_ms;
	s->title = xstrdup("a step");
	s->text = xstrdup("its text");
	return s;
}

static void
test_scale_holds(void **state)
{
	struct routine	*r = routine_new(), *c;

	(void)state;
	r->name = xstrdup("t");
	r->kind = KIND_STRETCH;
	add(r, STEP_STRETCH, STYLE_HOLD, 15000);	/* 30 s */
	add(r, STEP_STRETCH, STYLE_HOLD, 20000);	/* 40 s */
	add(r, STEP_STRETCH, STYLE_HOLD, 30000);	/* 60 s */
	add(r, STEP_STRETCH, STYLE_HOLD, 45000);	/* capped: 60 s */
	add(r, STEP_STRETCH, STYLE_HOLD, 90000);	/* never shorter */
	add(r, STEP_STRETCH, STYLE_HOLD, 5000);		/* a pelvic tilt */
	add(r, STEP_STRETCH, STYLE_MOVING, 30000);	/* marching */
	add(r, STEP_STRETCH, STYLE_PRESSURE, 20000);	/* a knot */
	add(r, STEP_TENSE, STYLE_HOLD, 0)->tense_ms = 7000;

	c = routine_scale_holds(r, 2000);
	assert_int_equal(c->nsteps, r->nsteps);
	assert_int_equal(c->steps[0].hold_ms, 30000);
	assert_int_equal(c->steps[1].hold_ms, 40000);
	assert_int_equal(c->steps[2].hold_ms, 60000);
	assert_int_equal(c->steps[3].hold_ms, 60000);
	assert_int_equal(c->steps[4].hold_ms, 90000);
	assert_int_equal(c->steps[5].hold_ms, 5000);
	assert_int_equal(c->steps[6].hold_ms, 30000);
	assert_int_equal(c->steps[7].hold_ms, 20000);
	assert_int_equal(c->steps[8].tense_ms, 7000);
	/* The original is untouched, the copy's strings are its own. */
	assert_int_equal(r->steps[0].hold_ms, 15000);
	assert_ptr_not_equal(c->steps[0].text, r->steps[0].text);
	assert_string_equal(c->steps[0].text, "its text");
	assert_string_equal(c->name, "t");
	routine_free(c);

	c = routine_scale_holds(r, 1500);
	assert_int_equal(c->steps[0].hold_ms, 22500);
	assert_int_equal(c->steps[2].hold_ms, 45000);
	routine_free(c);
	routine_free(r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_scale_holds),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
