/*
 * test_coach: the words of eyes-free coaching, as golden text, on a fake
 * clock that jumps from one due instant to the next (the session's next
 * phase change or the coach's next cue). Each line is the time of a cue
 * relative to the start of its phase, its priority (M: message, P:
 * progress) and its words, so a cue said late or early, or twice, or not
 * at all, changes the text.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coach.h"
#include "routine.h"
#include "session.h"
#include "util.h"

#define T0	1000000ULL
#define NCUES	4
#define NEV	16

static struct step *
add(struct routine *r, enum step_type type, const char *title,
    const char *text)
{
	struct step *st = routine_add_step(r);

	st->type = type;
	st->title = xstrdup(title);
	st->text = xstrdup(text);
	return st;
}

static struct routine *
new_routine(enum routine_kind kind, const char *title)
{
	struct routine *r = routine_new();

	r->kind = kind;
	r->name = xstrdup("t");
	r->title = xstrdup(title);
	return r;
}

/* Append one cue line to the transcript. */
static void
say(char *out, size_t len, const struct coach_cue *q, uint64_t start)
{
	size_t o = strlen(out);

	snprintf(out + o, len - o, "%+.1f %c %s\n",
	    ((double)q->at_ms - (double)start) / 1000.0,
	    q->prio == COACH_MESSAGE ? 'M' : 'P', q->text);
}

/*
 * Run r to its end, waking only when the session or the coach asks; the
 * transcript into out. Every cue must come at the instant it was due.
 */
static void
run(struct routine *r, int64_t get_ready, char *out, size_t len)
{
	struct session		*s = session_new(r, get_ready, T0);
	struct session_event	 ev[NEV];
	struct coach_cue	*q = calloc(NCUES, sizeof *q);
	struct coach		 c;
	uint64_t		 now = T0, start[512] = { T0 };
	int64_t			 d, w;
	size_t			 n, i, guard = 0;

	assert_non_null(q);
	coach_init(&c);
	out[0] = '\0';
	for (;;) {
		n = session_tick(s, now, ev, NEV);
		for (i = 0; i < n; i++)
			if (ev[i].kind != SESSION_EV_FINISHED &&
			    ev[i].phase < 512)
				start[ev[i].phase] = ev[i].at_ms;
		n = coach_poll(&c, s, now, q, NCUES);
		for (i = 0; i < n; i++) {
			assert_int_equal(q[i].at_ms, now);
			say(out, len, &q[i], q[i].kind == COACH_PHASE &&
			    session_is_finished(s) ? now : start[q[i].phase]);
		}
		if (session_is_finished(s))
			break;
		d = session_next_deadline(s);
		w = coach_next(&c, s, now);
		assert_true(d >= 0);
		assert_true(w < 0 || (w > (int64_t)now && w <= d));
		now = (uint64_t)(w >= 0 ? w : d);
		assert_true(++guard < 10000);
	}
	session_free(s);
	free(q);
}

static const char stretch_golden[] =
    "+0.0 M Get ready for Calf care. First: Calf stretch.\n"
    "+0.0 M Step 1 of 2, Calf stretch, left side: Lean on the wall, "
    "back heel down. Rep 1 of 2: Hold for 30 seconds.\n"
    "+15.0 P Halfway.\n"
    "+27.0 P 3\n"
    "+28.0 P 2\n"
    "+29.0 P 1\n"
    "+0.0 M Rest for 5 seconds.\n"
    "+0.0 M Rep 2 of 2: Hold for 30 seconds.\n"
    "+15.0 P Halfway.\n"
    "+27.0 P 3\n"
    "+28.0 P 2\n"
    "+29.0 P 1\n"
    "+0.0 M Switch to the right side.\n"
    "+0.0 M Right side. Rep 1 of 2: Hold for 30 seconds.\n"
    "+15.0 P Halfway.\n"
    "+27.0 P 3\n"
    "+28.0 P 2\n"
    "+29.0 P 1\n"
    "+0.0 M Rest for 5 seconds.\n"
    "+0.0 M Rep 2 of 2: Hold for 30 seconds.\n"
    "+15.0 P Halfway.\n"
    "+27.0 P 3\n"
    "+28.0 P 2\n"
    "+29.0 P 1\n"
    "+0.0 M Step 2 of 2, Ankle circles: Circle the foot slowly. "
    "Keep moving for 10 seconds.\n"
    "+7.0 P 3\n"
    "+8.0 P 2\n"
    "+9.0 P 1\n"
    "+0.0 M End of Calf care. Well done.\n";

static void
test_stretch(void **state)
{
	struct routine	*r = new_routine(KIND_STRETCH, "Calf care");
	struct step	*st;
	char		 out[8192];

	(void)state;
	st = add(r, STEP_STRETCH, "Calf stretch",
	    "Lean on the wall, back heel down");
	st->hold_ms = 30000;
	st->reps = 2;
	st->rest_ms = 5000;
	st->sides = SIDES_LEFT_RIGHT;
	st = add(r, STEP_STRETCH, "Ankle circles",
	    "Circle the foot slowly.\n");
	st->hold_ms = 10000;
	st->reps = 1;
	st->style = STYLE_MOVING;
	run(r, 5000, out, sizeof out);
	assert_string_equal(out, stretch_golden);
	routine_free(r);
}

static const char pmr_golden[] =
    "+0.0 M Step 1 of 2, Hands: Make fists. Tense for 5 seconds.\n"
    "+0.0 M Let go. Feel the warmth.\n"
    "+0.0 M Step 2 of 2, Feet: Curl the toes. Tense for 7 seconds.\n"
    "+4.0 P 3\n"
    "+5.0 P 2\n"
    "+6.0 P 1\n"
    "+0.0 M Let go all at once. Notice the difference.\n"
    "+0.0 M End of Body scan. Well done.\n";

static void
test_pmr(void **state)
{
	struct routine	*r = new_routine(KIND_PMR, "Body scan");
	struct step	*st;
	char		 out[4096];

	(void)state;
	st = add(r, STEP_TENSE, "Hands", "Make fists.");
	st->tense_ms = 5000;
	st->release_ms = 10000;
	st->release_text = xstrdup("Feel the warmth");
	st = add(r, STEP_TENSE, "Feet", "Curl the toes.");
	st->tense_ms = 7000;
	st->release_ms = 10000;
	run(r, 0, out, sizeof out);
	assert_string_equal(out, pmr_golden);
	routine_free(r);
}

static const char breath_golden[] =
    "+0.0 M Get ready for Box. First: Box breathing.\n"
    "+0.0 M Box breathing: Breathe through the nose. In.\n"
    "+0.0 P Hold.\n"
    "+0.0 P Out.\n"
    "+0.0 P Hold.\n"
    "+0.0 P In.\n"
    "+0.0 P Hold.\n"
    "+0.0 P Out.\n"
    "+0.0 P Hold.\n"
    "+0.0 M End of Box. Well done.\n";

static void
test_breathing(void **state)
{
	struct routine	*r = new_routine(KIND_BREATHING, "Box");
	struct step	*st;
	char		 out[4096];

	(void)state;
	st = add(r, STEP_BREATHE, "Box breathing", "Breathe through the nose");
	st->breath.inhale_ms = 4000;
	st->breath.hold_in_ms = 4000;
	st->breath.exhale_ms = 4000;
	st->breath.hold_out_ms = 4000;
	st->cycles = 2;
	run(r, 3000, out, sizeof out);
	assert_string_equal(out, breath_golden);
	routine_free(r);
}

/* A late tick says only the latest count; a skip says the new step. */
static void
test_late_and_skip(void **state)
{
	struct routine		*r = new_routine(KIND_STRETCH, "Two");
	struct step		*st;
	struct session		*s;
	struct session_event	 ev[NEV];
	struct session_status	 ss;
	struct coach_cue	 q[NCUES];
	struct coach		 c;
	char			 t[128];

	(void)state;
	st = add(r, STEP_STRETCH, "One", "Text\x1b[2J one.");
	st->hold_ms = 30000;
	st->reps = 1;
	st = add(r, STEP_STRETCH, "Two", "Text two.");
	st->hold_ms = 30000;
	st->reps = 1;
	s = session_new(r, 0, T0);
	coach_init(&c);
	assert_int_equal(coach_poll(&c, s, T0, q, NCUES), 1);
	/* No control character reaches a terminal or a speech command. */
	assert_string_equal(q[0].text, "Step 1 of 2, One: Text [2J one. "
	    "Hold for 30 seconds.");
	assert_int_equal(coach_next(&c, s, T0), T0 + 15000);
	/* Nothing twice. */
	assert_int_equal(coach_poll(&c, s, T0 + 100, q, NCUES), 0);
	/* 28.5 s in: halfway is stale, and so is "3"; "2" is said. */
	session_tick(s, T0 + 28500, ev, NEV);
	assert_int_equal(coach_poll(&c, s, T0 + 28500, q, NCUES), 1);
	assert_int_equal(q[0].kind, COACH_COUNT);
	assert_string_equal(q[0].text, "2");
	assert_int_equal(q[0].at_ms, T0 + 28000);
	assert_int_equal(coach_next(&c, s, T0 + 28500), T0 + 29000);
	session_status(s, T0 + 28500, &ss);
	coach_time_left(&ss, t, sizeof t);
	assert_string_equal(t, "2 seconds left in this hold.");
	/* Paused: no count falls due. */
	session_pause(s, T0 + 28500);
	assert_int_equal(coach_next(&c, s, T0 + 40000), -1);
	assert_int_equal(coach_poll(&c, s, T0 + 40000, q, NCUES), 0);
	session_resume(s, T0 + 40000);
	session_skip(s, T0 + 40000);
	assert_int_equal(coach_poll(&c, s, T0 + 40000, q, NCUES), 1);
	assert_string_equal(q[0].text, "Step 2 of 2, Two: Text two. Hold for "
	    "30 seconds.");
	session_free(s);
	routine_free(r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stretch),
		cmocka_unit_test(test_pmr),
		cmocka_unit_test(test_breathing),
		cmocka_unit_test(test_late_and_skip),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
