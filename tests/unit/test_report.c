/*
 * test_report: the report's measures on a fixture whose figures are
 * worked out by hand below: an empty first week, two cramps at 02:30 on
 * the night the clocks went back (the same local hour twice), a cramp
 * across midnight, records just outside the period, and the "not enough
 * data" threshold; and numbers written the same in every locale.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "calendar.h"
#include "report.h"
#include "routine.h"
#include "util.h"

#define HOUR	3600

struct test_zone {
	struct cal_zone	 z;
	time_t		 change;
	long		 before, after;
};

static long
test_offset(const struct cal_zone *z, time_t t)
{
	const struct test_zone *tz = (const struct test_zone *)z;

	return t < tz->change ? tz->before : tz->after;
}

/* A UTC instant. */
static time_t
U(int y, int mo, int d, int h, int mi)
{
	return (time_t)cal_day_number(y, mo, d) * 86400 + h * HOUR + mi * 60;
}

/* Central Europe 2026: 03:00 CEST became 02:00 CET on Oct 25, 01:00 UTC. */
static struct test_zone berlin = { { test_offset, NULL }, 0, 2 * HOUR,
    HOUR };
static struct test_zone utc = { { test_offset, NULL }, 0, 0, 0 };

static struct history_item
cramp(time_t at, const char *part, int severity, int duration_s,
    const char *note)
{
	struct history_item it;

	memset(&it, 0, sizeof it);
	it.type = HREC_CRAMP;
	it.at = at;
	snprintf(it.part, sizeof it.part, "%s", part);
	it.severity = severity;
	it.duration_s = duration_s;
	if (note != NULL) {
		it.has_note = 1;
		snprintf(it.note, sizeof it.note, "%s", note);
	}
	return it;
}

static struct history_item
drink(time_t at, long ml)
{
	struct history_item it;

	memset(&it, 0, sizeof it);
	it.type = HREC_DRINK;
	it.at = at;
	it.ml = ml;
	return it;
}

static struct history_item
session(time_t at, const char *kind, const char *routine, int completed)
{
	struct history_item it;

	memset(&it, 0, sizeof it);
	it.type = HREC_SESSION;
	it.at = at;
	it.end = at + 600;
	snprintf(it.kind, sizeof it.kind, "%s", kind);
	snprintf(it.routine, sizeof it.routine, "%s", routine);
	it.completed = completed;
	it.steps_done = it.steps_total = 5;
	return it;
}

/*
 * Now: 2026-11-08 12:00 CET (11:00 UTC); 4 weeks: 2026-10-12 (Mon) to
 * 2026-11-08. W0 10-12..10-18 (nothing), W1 10-19..10-25 (the clock
 * change), W2 10-26..11-01, W3 11-02..11-08. Nights 22:00-07:00.
 *
 *   a  10-11 23:00 CEST calf     before the period: ignored everywhere
 *   C0 10-19 08:30 CEST neck 2, 30 s: hour 8, a day cramp (one at
 *      00:30 would be the night of 10-18, in W0)
 *   drinks 10-20 2500 ml (at the goal of 2000), 10-21 1000 ml, today
 *      500 ml (today is not a whole day)
 *   C1 10-25 00:30 UTC = 02:30 CEST calf 4, 60 s   } both hour 2,
 *   C2 10-25 01:30 UTC = 02:30 CET  foot 8, 120 s  } both night 10-24
 *   a stretch 10-28 21:00 CET (evening), then
 *   C3 10-28 23:55 CET calf 6, 600 s (to 00:05): night 10-28, hour 23,
 *      a red flag, "trigger: in bed at night"; relief calf-relief 23:56
 *   C4 11-03 14:00 CET hand, no severity, no length: a day cramp
 *
 * Recorded nights (a day with a record, before today): 10-19, 10-20,
 * 10-21, 10-24, 10-25 (W1: 5), 10-28 (W2: 1), 11-03 (W3: 1): 7 in all.
 * Nights with a cramp: 10-24, 10-28: 2 of 7; night cramps 3 (C1-C3).
 */
static void
fixture(struct report *r)
{
	struct report_params p = { &berlin.z, 0, 4, 2000, 0, 22 * 60,
	    7 * 60 };
	struct history_item v[12];
	size_t n = 0, i;

	p.now = U(2026, 11, 8, 11, 0);
	v[n++] = cramp(U(2026, 10, 11, 21, 0), "calf", 5, 60, NULL);
	v[n++] = cramp(U(2026, 10, 19, 6, 30), "neck", 2, 30, NULL);
	v[n++] = drink(U(2026, 10, 20, 8, 0), 2500);
	v[n++] = drink(U(2026, 10, 21, 8, 0), 1000);
	v[n++] = cramp(U(2026, 10, 25, 0, 30), "calf", 4, 60, NULL);
	v[n++] = cramp(U(2026, 10, 25, 1, 30), "foot", 8, 120, NULL);
	v[n++] = session(U(2026, 10, 28, 20, 0), "stretch", "bedtime-legs", 1);
	v[n++] = cramp(U(2026, 10, 28, 22, 55), "calf", 6, 600,
	    "trigger: in bed at night");
	v[n++] = session(U(2026, 10, 28, 22, 56), "relief", "calf-relief", 1);
	v[n++] = cramp(U(2026, 11, 3, 13, 0), "hand", 0, -1, NULL);
	v[n++] = drink(U(2026, 11, 8, 8, 0), 500);
	berlin.change = U(2026, 10, 25, 1, 0);
	report_begin(r, &p);
	/* Reading from report_since() on: the period's first midnight. */
	assert_int_equal(report_since(r), U(2026, 10, 11, 22, 0));
	for (i = 0; i < n; i++)
		report_add(r, &v[i]);
	report_end(r);
}

static void
test_period(void **state)
{
	static struct report r;
	int y, m, d;

	(void)state;
	fixture(&r);
	cal_civil(r.from_day, &y, &m, &d);
	assert_int_equal(y * 10000 + m * 100 + d, 20261012);
	cal_civil(r.today, &y, &m, &d);
	assert_int_equal(y * 10000 + m * 100 + d, 20261108);
	assert_int_equal(r.days, 28);
	assert_int_equal(r.week[3].first_day, r.today - 6);
}

static void
test_weeks(void **state)
{
	static struct report r;

	(void)state;
	fixture(&r);
	/* The empty week: nothing at all. */
	assert_int_equal(r.week[0].nights, 0);
	assert_int_equal(r.week[0].cramps, 0);
	assert_int_equal(r.week[0].water_days, 0);
	/* W1: C0, C1, C2; nights 10-19, -20, -21, -24, -25; 10-24 had two. */
	assert_int_equal(r.week[1].cramps, 3);
	assert_int_equal(r.week[1].nights, 5);
	assert_int_equal(r.week[1].nights_cramp, 1);
	assert_int_equal(r.week[1].night_cramps, 2);
	assert_int_equal(r.week[1].rated, 3);
	assert_int_equal(r.week[1].severity_sum, 2 + 4 + 8);
	assert_int_equal(r.week[1].water_days, 2);
	assert_int_equal(r.week[1].water_at_goal, 1);
	assert_int_equal(r.week[1].water_ml, 3500);
	/* W2: the cramp across midnight counts once, on its night. */
	assert_int_equal(r.week[2].cramps, 1);
	assert_int_equal(r.week[2].nights, 1);
	assert_int_equal(r.week[2].nights_cramp, 1);
	assert_int_equal(r.week[2].evenings, 1);
	/* W3: a day cramp; today's drink is not a whole day. */
	assert_int_equal(r.week[3].cramps, 1);
	assert_int_equal(r.week[3].nights, 1);
	assert_int_equal(r.week[3].nights_cramp, 0);
	assert_int_equal(r.week[3].water_days, 0);
}

static void
test_totals(void **state)
{
	static struct report r;

	(void)state;
	fixture(&r);
	assert_int_equal(r.cramps, 5);
	assert_int_equal(r.nights, 7);
	assert_int_equal(r.nights_cramp, 2);
	assert_int_equal(r.night_cramps, 3);
	assert_int_equal(r.evenings, 1);
	/* Two cramps at 02:30, one in each offset: both in hour 2. */
	assert_int_equal(r.hour[0], 0);
	assert_int_equal(r.hour[8], 1);
	assert_int_equal(r.hour[2], 2);
	assert_int_equal(r.hour[3], 0);
	assert_int_equal(r.hour[14], 1);
	assert_int_equal(r.hour[23], 1);
	assert_int_equal(r.part[0], 2);		/* calf */
	assert_int_equal(r.part[1], 1);		/* foot */
	assert_int_equal(r.part[5], 1);		/* neck */
	assert_int_equal(r.part[6], 1);		/* hand */
	assert_int_equal(r.part[REPORT_PARTS], 0);
	assert_int_equal(r.redflag, 1);
	assert_int_equal(r.triggers_n, 1);
	assert_string_equal(cramp_triggers[3], "in bed at night");
	assert_int_equal(r.trigger[3], 1);
	assert_int_equal(r.water_days, 2);
	assert_int_equal(r.water_at_goal, 1);
	assert_int_equal(r.relief_sessions, 1);
	assert_int_equal(r.nroutines, 1);
	assert_string_equal(r.routine[0].name, "calf-relief");
	assert_int_equal(r.routine[0].completed, 1);
	/* Severity 2, 4, 8, 6: mean 5.0, median 5.0, but 4 < 7 values. */
	assert_int_equal(r.severity.n, 4);
	assert_false(r.severity.enough);
	assert_int_equal(r.severity.mean_x10, 50);
	assert_int_equal(r.severity.median_x10, 50);
	/* Durations 30, 60, 120, 600 s: mean 202.5, median 90.0. */
	assert_int_equal(r.duration_s.n, 4);
	assert_int_equal(r.duration_s.mean_x10, 2025);
	assert_int_equal(r.duration_s.median_x10, 900);
}

/* Seven rated cramps: enough. 1 2 2 3 9 10 10: mean 37/7 = 5.29, median 3. */
static void
test_enough(void **state)
{
	static const int sev[] = { 10, 2, 9, 1, 3, 10, 2 };
	static struct report r;
	struct report_params p = { &utc.z, 0, 1, 2000, 1, 22 * 60, 7 * 60 };
	struct history_item it;
	size_t i;

	(void)state;
	p.now = U(2026, 3, 8, 12, 0);
	report_begin(&r, &p);
	for (i = 0; i < nitems(sev); i++) {
		it = cramp(U(2026, 3, 2 + (int)i % 6, 23, 0), "quad", sev[i],
		    -1, NULL);
		report_add(&r, &it);
	}
	report_end(&r);
	assert_true(r.severity.enough);
	assert_int_equal(r.severity.mean_x10, 53);
	assert_int_equal(r.severity.median_x10, 30);
	assert_int_equal(r.duration_s.n, 0);
	assert_int_equal(r.part[3], 7);
	/* Nights 03-02..03-07 (03-08 is today): 6, each with a cramp. */
	assert_int_equal(r.nights, 6);
	assert_int_equal(r.nights_cramp, 6);
}

static void
test_numbers(void **state)
{
	char buf[32];

	(void)state;
	report_tenths(buf, sizeof buf, 125);
	assert_string_equal(buf, "12.5");
	report_tenths(buf, sizeof buf, -5);
	assert_string_equal(buf, "-0.5");
	report_tenths(buf, sizeof buf, 0);
	assert_string_equal(buf, "0.0");
	assert_int_equal(report_percent(2, 7), 29);
	assert_int_equal(report_percent(1, 2), 50);
	assert_int_equal(report_percent(1, 0), 0);
	assert_int_equal(report_ratio_x10(14, 7), 20);
	assert_int_equal(report_ratio_x10(1, 3), 3);
	assert_int_equal(report_ratio_x10(5, 0), 0);
}

/* Weeks out of range are clamped (the command refuses them first). */
static void
test_clamped(void **state)
{
	static struct report r;
	struct report_params p = { &utc.z, 0, 100000, 2000, 0, 22 * 60,
	    7 * 60 };

	(void)state;
	p.now = U(2026, 3, 8, 12, 0);
	report_begin(&r, &p);
	report_end(&r);
	assert_int_equal(r.p.weeks, REPORT_MAX_WEEKS);
	assert_int_equal(r.cramps, 0);
	assert_int_equal(r.nights, 0);
	assert_false(r.severity.enough);
	p.weeks = 0;
	report_begin(&r, &p);
	report_end(&r);
	assert_int_equal(r.p.weeks, 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_period),
		cmocka_unit_test(test_weeks),
		cmocka_unit_test(test_totals),
		cmocka_unit_test(test_enough),
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_clamped),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
