/*
 * test_stats: every figure of the history on fixtures whose expected
 * numbers are worked out by hand in the comments: civil dates and week
 * days, streaks across month ends (and a leap day), days with no data,
 * night hours that do and do not cross midnight, fixed time-zone offsets,
 * and the "not enough data yet" threshold of the insights.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "calendar.h"
#include "routine.h"
#include "stats.h"

/*
 * 2024-03-02, a Saturday (checked in test_day_numbers); the fixture's days
 * are counted back from it.
 */
#define TODAY	19784
#define D(n)	(TODAY - (n))
#define HM(h, m)	((h) * 60 + (m))

static void
test_day_numbers(void **state)
{
	int y, m, d, day;

	(void)state;
	assert_int_equal(cal_day_number(1970, 1, 1), 0);
	assert_int_equal(cal_day_number(1970, 1, 2), 1);
	assert_int_equal(cal_day_number(1969, 12, 31), -1);
	assert_int_equal(cal_day_number(2000, 3, 1), 11017);
	/* 2024 is a leap year: Feb 29 exists and Mar 1 follows it. */
	assert_int_equal(cal_day_number(2024, 2, 29), 19782);
	assert_int_equal(cal_day_number(2024, 3, 1), 19783);
	assert_int_equal(cal_day_number(2024, 3, 2), TODAY);
	/* 2023 is not: Feb 28 is followed by Mar 1. */
	assert_int_equal(cal_day_number(2023, 3, 1) -
	    cal_day_number(2023, 2, 28), 1);
	/* Month and year ends. */
	assert_int_equal(cal_day_number(2024, 2, 1) -
	    cal_day_number(2024, 1, 31), 1);
	assert_int_equal(cal_day_number(2025, 1, 1) -
	    cal_day_number(2024, 12, 31), 1);

	for (day = -800; day < 30000; day += 7) {
		cal_civil(day, &y, &m, &d);
		assert_int_equal(cal_day_number(y, m, d), day);
	}
	cal_civil(19782, &y, &m, &d);
	assert_int_equal(y, 2024);
	assert_int_equal(m, 2);
	assert_int_equal(d, 29);
	cal_civil(-1, &y, &m, &d);
	assert_int_equal(y, 1969);
	assert_int_equal(m, 12);
	assert_int_equal(d, 31);
}

static void
test_weekdays(void **state)
{
	(void)state;
	/* 1970-01-01 was a Thursday; Sunday is 0 (one numbering, as
	   tm_wday and the schedule's weekday bits). */
	assert_int_equal(cal_weekday(0), 4);
	assert_int_equal(cal_weekday(-1), 3);
	assert_int_equal(cal_weekday(-4), 0);
	assert_int_equal(cal_weekday(TODAY), 6);		/* Saturday */
	assert_int_equal(cal_weekday(cal_day_number(2024, 2, 26)), 1);
	assert_int_equal(cal_monday(TODAY), cal_day_number(2024, 2, 26));
	assert_int_equal(cal_monday(cal_day_number(2024, 2, 26)),
	    cal_day_number(2024, 2, 26));
	/* A Sunday belongs to the week that started six days before. */
	assert_int_equal(cal_monday(cal_day_number(2024, 3, 3)),
	    cal_day_number(2024, 2, 26));
	/* 1969-12-31 was a Wednesday; Monday was Dec 29, day -3. */
	assert_int_equal(cal_monday(-1), -3);
}

static void
test_bucket_time_zones(void **state)
{
	/* 2024-03-01 23:30:00 UTC. */
	int64_t	t = (int64_t)cal_day_number(2024, 3, 1) * 86400 +
	    23 * 3600 + 30 * 60;
	int	day, minute;

	(void)state;
	cal_bucket(t, 0, &day, &minute);
	assert_int_equal(day, cal_day_number(2024, 3, 1));
	assert_int_equal(minute, HM(23, 30));
	/* Central Europe, +01:00: already 00:30 the next day. */
	cal_bucket(t, 3600, &day, &minute);
	assert_int_equal(day, cal_day_number(2024, 3, 2));
	assert_int_equal(minute, HM(0, 30));
	/* Pacific, -08:00: 15:30 the same day. */
	cal_bucket(t, -8 * 3600, &day, &minute);
	assert_int_equal(day, cal_day_number(2024, 3, 1));
	assert_int_equal(minute, HM(15, 30));
	/* India +05:30 and Nepal +05:45. */
	cal_bucket(t, 5 * 3600 + 1800, &day, &minute);
	assert_int_equal(day, cal_day_number(2024, 3, 2));
	assert_int_equal(minute, HM(5, 0));
	cal_bucket(t, 5 * 3600 + 2700, &day, &minute);
	assert_int_equal(minute, HM(5, 15));
	/* Before 1970: one second before the epoch is 23:59 on 1969-12-31. */
	cal_bucket(-1, 0, &day, &minute);
	assert_int_equal(day, -1);
	assert_int_equal(minute, HM(23, 59));
}

static void
test_streaks(void **state)
{
	/*
	 * Jan 29 - Feb 3 (6 days, across January's end), Feb 10 alone,
	 * then Feb 27, 28, 29 and Mar 1, 2 (5 days across February's end
	 * in a leap year), with a repeated day.
	 */
	const int days[] = {
		cal_day_number(2024, 1, 29), cal_day_number(2024, 1, 30),
		cal_day_number(2024, 1, 31), cal_day_number(2024, 2, 1),
		cal_day_number(2024, 2, 1), cal_day_number(2024, 2, 2),
		cal_day_number(2024, 2, 3), cal_day_number(2024, 2, 10),
		cal_day_number(2024, 2, 27), cal_day_number(2024, 2, 28),
		cal_day_number(2024, 2, 29), cal_day_number(2024, 3, 1),
		cal_day_number(2024, 3, 2),
	};
	int cur, best;

	(void)state;
	stats_streaks(days, 13, TODAY, &cur, &best);
	assert_int_equal(cur, 5);
	assert_int_equal(best, 6);
	/* Today not done yet: the streak still stands until today ends. */
	stats_streaks(days, 12, TODAY, &cur, &best);
	assert_int_equal(cur, 4);
	assert_int_equal(best, 6);
	/* Seen from Mar 4 (Mar 3 missed), the streak is broken. */
	stats_streaks(days, 13, cal_day_number(2024, 3, 4), &cur, &best);
	assert_int_equal(cur, 0);
	assert_int_equal(best, 6);
	/* Seen from Feb 5, days after then do not count. */
	stats_streaks(days, 13, cal_day_number(2024, 2, 4), &cur, &best);
	assert_int_equal(cur, 6);
	assert_int_equal(best, 6);
	stats_streaks(days, 13, cal_day_number(2024, 2, 5), &cur, &best);
	assert_int_equal(cur, 0);
	stats_streaks(NULL, 0, TODAY, &cur, &best);
	assert_int_equal(cur, 0);
	assert_int_equal(best, 0);
}

static void
test_heat_levels(void **state)
{
	(void)state;
	assert_int_equal(stats_heat_level(0), 0);
	assert_int_equal(stats_heat_level(-5), 0);
	assert_int_equal(stats_heat_level(1), 1);
	assert_int_equal(stats_heat_level(299), 1);
	assert_int_equal(stats_heat_level(300), 2);
	assert_int_equal(stats_heat_level(899), 2);
	assert_int_equal(stats_heat_level(900), 3);
	assert_int_equal(stats_heat_level(1799), 3);
	assert_int_equal(stats_heat_level(1800), 4);
}

/*
 * The main fixture. Today is Sat 2024-03-02 at 10:00; totals over 14 days
 * (D13 = Sat Feb 17 .. D0); goal 2000 ml; night 22:00-07:00; the first
 * record ever was 20 days ago.
 */
static const struct stats_drink drinks[] = {
	{ D(0), 500 },
	{ D(1), 1000 }, { D(1), 1500 },	/* 2500: above the goal */
	{ D(2), 1500 },			/* below */
	{ D(3), 2000 },			/* exactly the goal: "at" */
	/* D4: nothing logged, so not a day below the goal */
	{ D(5), 800 },			/* below */
	{ D(13), 2000 },		/* at, first day of the period */
	{ D(14), 3000 },		/* before the period */
	{ D(30), 2500 },
};

enum { CALF, FOOT, HAMSTRING, QUAD, BACK, NECK, HAND };

/*
 * Severity (0: not given) and trigger (1 + index in cramp_triggers[]; 0:
 * none; 1 exercise, 2 heat, 4 in bed) as the severity screen records them.
 */
enum { EXERCISE = 1, HEAT = 2, IN_BED = 4 };

static const struct stats_cramp cramps[] = {
	{ D(1), HM(3, 0), CALF, 6, IN_BED },	/* night of D2 */
	{ D(1), HM(23, 0), CALF, 8, IN_BED },	/* night of D1 */
	{ D(2), HM(14, 0), FOOT, 3, EXERCISE },	/* day */
	{ D(2), HM(6, 59), HAND, 5, 0 },	/* night of D3 */
	{ D(5), HM(22, 0), CALF, 9, IN_BED },	/* night of D5 */
	{ D(0), HM(7, 0), BACK, 2, 0 },	/* 07:00 is no longer night */
	{ D(3), HM(12, 0), -1, 7, 0 },	/* a part we do not know: other */
	{ D(20), HM(12, 0), NECK, 10, HEAT },	/* before the period */
};

static const struct stats_session sessions[] = {
	{ D(0), HM(8, 0), KIND_STRETCH, 1, 600 },
	{ D(1), HM(21, 30), KIND_STRETCH, 1, 900 },	/* evening */
	{ D(2), HM(20, 0), KIND_PMR, 1, 1200 },		/* not a stretch */
	{ D(3), HM(18, 0), KIND_STRETCH, 0, 300 },	/* stopped early */
	{ D(5), HM(17, 0), KIND_STRETCH, 1, 1800 },	/* evening */
	{ D(6), HM(16, 59), KIND_STRETCH, 1, 60 },	/* afternoon */
	{ D(40), HM(10, 0), KIND_STRETCH, 1, 120 },
};

static const int done_days[] = { D(40), D(6), D(5), D(2), D(1), D(0) };

static void
fixture(struct stats_input *in)
{
	memset(in, 0, sizeof *in);
	in->today = TODAY;
	in->now_minute = HM(10, 0);
	in->first_day = D(20);
	in->days = 14;
	in->goal_ml = 2000;
	in->night_from = HM(22, 0);
	in->night_to = HM(7, 0);
	in->drinks = drinks;
	in->ndrinks = sizeof drinks / sizeof drinks[0];
	in->cramps = cramps;
	in->ncramps = sizeof cramps / sizeof cramps[0];
	in->sessions = sessions;
	in->nsessions = sizeof sessions / sizeof sessions[0];
	in->done_days = done_days;
	in->ndone_days = sizeof done_days / sizeof done_days[0];
}

static void
test_water(void **state)
{
	struct stats_input	in;
	struct stats		st;
	int			i;

	(void)state;
	fixture(&in);
	stats_compute(&in, &st);
	assert_int_equal(st.from_day, D(13));
	assert_int_equal(st.water_day0, D(13));
	/* Chart: D13 .. D0, today last. */
	for (i = 0; i < STATS_WATER_DAYS; i++) {
		long want = 0;

		switch (13 - i) {
		case 13: want = 2000; break;
		case 5: want = 800; break;
		case 3: want = 2000; break;
		case 2: want = 1500; break;
		case 1: want = 2500; break;
		case 0: want = 500; break;
		}
		assert_int_equal(st.water_ml[i], want);
	}
	assert_int_equal(st.water_today, 500);
	/* Whole days with drinks: D13 D5 D3 D2 D1; at goal D13 D3 D1. */
	assert_int_equal(st.water_days_logged, 5);
	assert_int_equal(st.water_days_at_goal, 3);
	/* (2000 + 800 + 2000 + 1500 + 2500) / 5 */
	assert_int_equal(st.water_avg_ml, 1760);
}

static void
test_cramps(void **state)
{
	struct stats_input	in;
	struct stats		st;
	int			i;

	(void)state;
	fixture(&in);
	stats_compute(&in, &st);
	/* In the period: all but the D20 one. */
	assert_int_equal(st.cramps_total, 7);
	assert_int_equal(st.cramps_part[CALF], 3);
	assert_int_equal(st.cramps_part[FOOT], 1);
	assert_int_equal(st.cramps_part[HAMSTRING], 0);
	assert_int_equal(st.cramps_part[QUAD], 0);
	assert_int_equal(st.cramps_part[BACK], 1);
	assert_int_equal(st.cramps_part[NECK], 0);
	assert_int_equal(st.cramps_part[HAND], 1);
	assert_int_equal(st.cramps_part[STATS_MAX_PARTS], 1);
	for (i = 0; i < STATS_HOURS; i++) {
		int want = (i == 3 || i == 23 || i == 14 || i == 6 ||
		    i == 22 || i == 7 || i == 12) ? 1 : 0;

		assert_int_equal(st.cramps_hour[i], want);
	}
	/*
	 * Weeks start on Mondays: this week is Mon Feb 26 (D5) .. today
	 * with 7 cramps; the week of Mon Feb 5 holds Sun Feb 11 (D20).
	 */
	assert_int_equal(st.week0, cal_day_number(2023, 12, 11));
	for (i = 0; i < STATS_WEEKS; i++)
		assert_int_equal(st.cramps_week[i], i == 11 ? 7 :
		    i == 8 ? 1 : 0);
}

static void
test_stretching(void **state)
{
	struct stats_input	in;
	struct stats		st;
	int			w, d;

	(void)state;
	fixture(&in);
	stats_compute(&in, &st);
	/* D0, D1, D2 in a row (D3 stopped early); best is that run. */
	assert_int_equal(st.streak_current, 3);
	assert_int_equal(st.streak_best, 3);
	/* This week Mon D5 .. Sat D0: 1800 + 300 + 1200 + 900 + 600 s. */
	assert_int_equal(st.minutes_week, 80);
	assert_int_equal(st.sessions_week, 4);
	assert_int_equal(st.heat_s[11][0], 1800);
	assert_int_equal(st.heat_s[11][1], 0);
	assert_int_equal(st.heat_s[11][2], 300);
	assert_int_equal(st.heat_s[11][3], 1200);
	assert_int_equal(st.heat_s[11][4], 900);
	assert_int_equal(st.heat_s[11][5], 600);
	assert_int_equal(st.heat_s[11][6], -1);		/* tomorrow */
	assert_int_equal(st.heat_s[10][6], 60);		/* Sun D6 */
	/* D40 is Mon Jan 22, 42 days after Mon Dec 11: week 6, day 0. */
	assert_int_equal(st.heat_s[6][0], 120);
	for (w = 0; w < STATS_WEEKS; w++)
		for (d = 0; d < 7; d++)
			if (!(w == 11) && !(w == 10 && d == 6) &&
			    !(w == 6 && d == 0))
				assert_int_equal(st.heat_s[w][d], 0);
}

static void
test_span_days(void **state)
{
	(void)state;
	/* A line a day up to 14 days, a week up to 14 weeks, then more. */
	assert_int_equal(stats_span_days(1), 1);
	assert_int_equal(stats_span_days(14), 1);
	assert_int_equal(stats_span_days(15), 7);
	assert_int_equal(stats_span_days(98), 7);
	assert_int_equal(stats_span_days(99), 14);
	assert_int_equal(stats_span_days(196), 14);
	assert_int_equal(stats_span_days(197), 21);
	/* 3660 days: 38 weeks a line (14 lines of 266 days cover 3724). */
	assert_int_equal(stats_span_days(3660), 266);
}

/* The fixture's 14 days: a line a day, D13 first; sums match the totals. */
static void
test_period_days(void **state)
{
	static const int want_cramps[14] = {
		/* D13 .. D0 */ 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 2, 2, 1
	};
	static const long want_s[14] = {
		0, 0, 0, 0, 0, 0, 0, 60, 1800, 0, 300, 1200, 900, 600
	};
	struct stats_input	in;
	struct stats		st;
	int			i, sum = 0;

	(void)state;
	fixture(&in);
	stats_compute(&in, &st);
	assert_int_equal(st.span_days, 1);
	assert_int_equal(st.nspans, 14);
	for (i = 0; i < 14; i++) {
		assert_int_equal(st.span[i].first_day, D(13 - i));
		assert_int_equal(st.span[i].last_day, D(13 - i));
		/* A day's water is its total, today's so far included. */
		assert_int_equal(st.span[i].water_ml, st.water_ml[i]);
		assert_int_equal(st.span[i].cramps, want_cramps[i]);
		assert_int_equal(st.span[i].practice_s, want_s[i]);
		sum += st.span[i].cramps;
	}
	assert_int_equal(sum, st.cramps_total);
	/* 600 + 900 + 1200 + 300 + 1800 + 60 (D40 is outside). */
	assert_int_equal(st.practice_s, 4860);
	/* D0 D1 D2 D5 D6; D3 stopped early. */
	assert_int_equal(st.sessions_done, 5);
}

/*
 * 30 days (D29 .. D0): a line a week ending today, the first cut short
 * at the period's start: D29-D28, D27-D21, D20-D14, D13-D7, D6-D0.
 */
static void
test_period_weeks(void **state)
{
	static const int first[5] = { 29, 27, 20, 13, 6 };
	static const int last[5] = { 28, 21, 14, 7, 0 };
	/* Whole days with drinks, today left out: D6-D0 has D1 2500, D2
	   1500, D3 2000, D5 800 (6800 / 4); D13 2000; D14 3000. */
	static const long water[5] = { -1, -1, 3000, 2000, 1700 };
	static const int ncramps[5] = { 0, 0, 1, 0, 7 };
	struct stats_input	in;
	struct stats		st;
	int			i;

	(void)state;
	fixture(&in);
	in.days = 30;
	stats_compute(&in, &st);
	assert_int_equal(st.span_days, 7);
	assert_int_equal(st.nspans, 5);
	for (i = 0; i < 5; i++) {
		assert_int_equal(st.span[i].first_day, D(first[i]));
		assert_int_equal(st.span[i].last_day, D(last[i]));
		assert_int_equal(st.span[i].water_ml, water[i]);
		assert_int_equal(st.span[i].cramps, ncramps[i]);
	}
	assert_int_equal(st.cramps_total, 8);
	assert_int_equal(st.span[4].practice_s, 4860);
	assert_int_equal(st.span[0].practice_s + st.span[1].practice_s +
	    st.span[2].practice_s + st.span[3].practice_s, 0);
}

static void
test_severity_triggers(void **state)
{
	struct stats_input	in;
	struct stats		st;
	char			buf[512];

	(void)state;
	fixture(&in);
	stats_compute(&in, &st);
	/*
	 * In the period (D20 left out): 6 8 3 5 9 2 7, sorted 2 3 5 6 7 8
	 * 9: mean 40 / 7 = 5.71, median 6. Triggers: in bed 3, exercise 1.
	 */
	assert_int_equal(st.severity_n, 7);
	assert_true(st.severity_mean > 5.714 && st.severity_mean < 5.715);
	assert_true(st.severity_median == 6.0);
	stats_severity_text(&st, buf, sizeof buf);
	assert_string_equal(buf, "Severity (7 cramps rated, 1-10): mean "
	    "5.7, median 6.");
	assert_int_equal(st.triggers_n, 4);
	assert_int_equal(st.trigger_count[IN_BED - 1], 3);
	assert_int_equal(st.trigger_count[EXERCISE - 1], 1);
	assert_int_equal(st.trigger_count[HEAT - 1], 0);
	/* Four is too few to call any trigger common. */
	stats_trigger_text(&st, buf, sizeof buf);
	assert_string_equal(buf, "Triggers: not enough data yet; this needs "
	    "7 cramps with a trigger, so far 4.");

	/* 30 days take in D20 (10, heat): 8 rated, median (6 + 7) / 2. */
	in.days = 30;
	stats_compute(&in, &st);
	assert_int_equal(st.severity_n, 8);
	assert_true(st.severity_mean == 6.25);
	assert_true(st.severity_median == 6.5);
	stats_severity_text(&st, buf, sizeof buf);
	assert_string_equal(buf, "Severity (8 cramps rated, 1-10): mean "
	    "6.2, median 6.5.");
	assert_int_equal(st.triggers_n, 5);

	/* 2 days (D1, D0): 3 rated, too few. */
	in.days = 2;
	stats_compute(&in, &st);
	assert_int_equal(st.severity_n, 3);
	stats_severity_text(&st, buf, sizeof buf);
	assert_string_equal(buf, "Severity: not enough data yet; this needs "
	    "7 rated cramps, so far 3.");
}

static void
test_triggers_enough(void **state)
{
	static const int trig[8] = {
		IN_BED, EXERCISE, HEAT, IN_BED, EXERCISE, HEAT, IN_BED,
		EXERCISE
	};
	struct stats_cramp	c[8];
	struct stats_input	in;
	struct stats		st;
	char			buf[512];
	int			i;

	(void)state;
	memset(c, 0, sizeof c);
	for (i = 0; i < 8; i++) {
		c[i].day = D(i);
		c[i].minute = HM(12, 0);
		c[i].trigger = trig[i];
	}
	fixture(&in);
	in.cramps = c;
	in.ncramps = 8;
	stats_compute(&in, &st);
	assert_int_equal(st.severity_n, 0);
	/* In bed 3 and exercise 3 tie: the order of the question breaks it. */
	stats_trigger_text(&st, buf, sizeof buf);
	assert_string_equal(buf, "Triggers noted (8 cramps), most common "
	    "first: exercise or effort 3; in bed at night 3; heat, sweating "
	    "or too little to drink 2.");
}

static void
test_insights_not_enough(void **state)
{
	struct stats_input	in;
	struct stats		st;
	char			buf[512];

	(void)state;
	fixture(&in);
	stats_compute(&in, &st);
	/*
	 * Water: below the goal D5 (1 cramp) and D2 (2); at or above D13
	 * (0), D3 (1) and D1 (2). D4 had no drinks and counts nowhere.
	 */
	assert_int_equal(st.water.units_a, 2);
	assert_int_equal(st.water.events_a, 3);
	assert_int_equal(st.water.units_b, 3);
	assert_int_equal(st.water.events_b, 3);
	assert_false(st.water.enough);
	/*
	 * Nights D13 .. D1 (last night ended at 07:00, before now), but
	 * only those of days with something logged: D1, D2, D3, D5, D6
	 * and D13 (drinks, cramps, sessions); D4 and D7-D12 had nothing
	 * and are not cramp-free nights. After an evening stretch: D1 (the
	 * 23:00 cramp) and D5 (22:00). Without: D2, D3, D6 and D13, with
	 * the D1 03:00 cramp (night of D2) and the D2 06:59 one (night of
	 * D3).
	 */
	assert_int_equal(st.stretch.units_a, 2);
	assert_int_equal(st.stretch.events_a, 2);
	assert_int_equal(st.stretch.units_b, 4);
	assert_int_equal(st.stretch.events_b, 2);
	assert_false(st.stretch.enough);

	stats_water_text(&st, buf, sizeof buf);
	assert_non_null(strstr(buf, "not enough data yet"));
	assert_non_null(strstr(buf, "so far 2 and 3"));
	stats_stretch_text(&st, buf, sizeof buf);
	assert_non_null(strstr(buf, "not enough data yet"));
	assert_non_null(strstr(buf, "so far 2 and 4"));
	/* No rate is claimed without enough data. */
	assert_null(strstr(buf, "a night"));
}

static void
test_last_night_still_going(void **state)
{
	struct stats_input	in;
	struct stats		st;

	(void)state;
	fixture(&in);
	/* At 05:00 last night is not over: D1's night is left out. */
	in.now_minute = HM(5, 0);
	stats_compute(&in, &st);
	assert_int_equal(st.stretch.units_a, 1);
	assert_int_equal(st.stretch.events_a, 1);
	assert_int_equal(st.stretch.units_b, 4);
}

/*
 * Days with nothing logged are not cramp-free nights: evening stretches on
 * D1-D3, one cramp at 02:00 on D5 (the night of D6), nothing else since
 * D10. Counted: D1-D3 after a stretch; D6 (its night cramp) and D5 (the
 * day the cramp was logged) without; D4 and D7-D10 not at all.
 */
static void
test_stretch_nights_need_records(void **state)
{
	static const struct stats_session ss[] = {
		{ D(1), HM(21, 0), KIND_STRETCH, 1, 300 },
		{ D(2), HM(21, 0), KIND_STRETCH, 1, 300 },
		{ D(3), HM(21, 0), KIND_STRETCH, 1, 300 },
	};
	static const struct stats_cramp cc[] = {
		{ D(5), HM(2, 0), CALF, 0, 0 },
	};
	struct stats_input	in;
	struct stats		st;

	(void)state;
	memset(&in, 0, sizeof in);
	in.today = TODAY;
	in.now_minute = HM(10, 0);
	in.first_day = D(10);
	in.days = 28;
	in.goal_ml = 2000;
	in.night_from = HM(22, 0);
	in.night_to = HM(7, 0);
	in.sessions = ss;
	in.nsessions = sizeof ss / sizeof ss[0];
	in.cramps = cc;
	in.ncramps = sizeof cc / sizeof cc[0];
	stats_compute(&in, &st);
	assert_int_equal(st.stretch.units_a, 3);
	assert_int_equal(st.stretch.events_a, 0);
	assert_int_equal(st.stretch.units_b, 2);
	assert_int_equal(st.stretch.events_b, 1);
}

static void
test_night_not_crossing_midnight(void **state)
{
	struct stats_input	in;
	struct stats		st;

	(void)state;
	fixture(&in);
	/*
	 * Night hours 01:00-07:00: the night after day D is D+1 01:00 to
	 * 07:00. Night cramps: D1 03:00 (night of D2), D2 06:59 (night of
	 * D3); 23:00 and 22:00 are evenings now. Evening-stretch nights D1
	 * and D5 have none; the nights of days with records: 4 without.
	 */
	in.night_from = HM(1, 0);
	stats_compute(&in, &st);
	assert_int_equal(st.stretch.units_a, 2);
	assert_int_equal(st.stretch.events_a, 0);
	assert_int_equal(st.stretch.units_b, 4);
	assert_int_equal(st.stretch.events_b, 2);
}

static void
test_insights_enough(void **state)
{
	struct stats_drink	d[20];
	struct stats_cramp	c[11];
	struct stats_input	in;
	struct stats		st;
	char			buf[512];
	int			i, nc = 0;

	(void)state;
	memset(c, 0, sizeof c);
	/*
	 * D20 .. D1: odd days 1000 ml (below, a cramp at noon each), even
	 * days 2500 ml (at or above; one cramp, on D2). 10 days a side.
	 */
	for (i = 1; i <= 20; i++) {
		d[i - 1].day = D(i);
		d[i - 1].ml = i % 2 ? 1000 : 2500;
		if (i % 2) {
			c[nc].day = D(i);
			c[nc].minute = HM(12, 0);
			c[nc++].part = CALF;
		}
	}
	c[nc].day = D(2);
	c[nc].minute = HM(12, 0);
	c[nc++].part = FOOT;
	memset(&in, 0, sizeof in);
	in.today = TODAY;
	in.now_minute = HM(10, 0);
	in.first_day = D(20);
	in.days = 28;
	in.goal_ml = 2000;
	in.night_from = HM(22, 0);
	in.night_to = HM(7, 0);
	in.drinks = d;
	in.ndrinks = 20;
	in.cramps = c;
	in.ncramps = (size_t)nc;
	stats_compute(&in, &st);
	assert_true(st.water.enough);
	assert_int_equal(st.water.units_a, 10);
	assert_int_equal(st.water.events_a, 10);
	assert_int_equal(st.water.units_b, 10);
	assert_int_equal(st.water.events_b, 1);
	stats_water_text(&st, buf, sizeof buf);
	assert_string_equal(buf, "On days below your water goal: 1.00 cramps "
	    "a day (10 in 10 days). At or above it: 0.10 (1 in 10 days).");
	/*
	 * Days before the first record are not days without cramps: the
	 * period is 28 days but nights count from D20 (20 nights), none
	 * after an evening stretch.
	 */
	assert_int_equal(st.stretch.units_a, 0);
	assert_int_equal(st.stretch.units_b, 20);
	assert_false(st.stretch.enough);
}

static void
test_empty(void **state)
{
	struct stats_input	in;
	struct stats		st;
	int			i;

	(void)state;
	memset(&in, 0, sizeof in);
	in.today = TODAY;
	in.first_day = TODAY + 1;	/* nothing ever recorded */
	in.days = STATS_DEFAULT_DAYS;
	in.goal_ml = 2000;
	in.night_from = HM(22, 0);
	in.night_to = HM(7, 0);
	stats_compute(&in, &st);
	assert_int_equal(st.water_today, 0);
	assert_int_equal(st.water_days_logged, 0);
	assert_int_equal(st.water_avg_ml, 0);
	assert_int_equal(st.cramps_total, 0);
	assert_int_equal(st.streak_current, 0);
	assert_int_equal(st.streak_best, 0);
	assert_int_equal(st.minutes_week, 0);
	assert_int_equal(st.water.units_a + st.water.units_b, 0);
	assert_int_equal(st.stretch.units_a + st.stretch.units_b, 0);
	for (i = 0; i < STATS_WEEKS; i++)
		assert_int_equal(st.cramps_week[i], 0);
	assert_true(stats_rate(0, 0) == 0.0);
}

/*
 * The same instants seen from two time zones: a completed stretch at
 * 2024-03-01 23:30 UTC and a cramp at 2024-03-02 05:30 UTC. At -05:00 the
 * stretch is at 18:30 on Mar 1 (an evening stretch) and the cramp at
 * 00:30 on Mar 2 (its night). At +09:00 the stretch is at 08:30 on Mar 2
 * and the cramp at 14:30 the same day: no evening, no night cramp.
 */
static void
test_time_zones(void **state)
{
	int64_t			 ts = (int64_t)cal_day_number(2024, 3, 1) *
	    86400 + 23 * 3600 + 1800;
	int64_t			 tc = ts + 6 * 3600;
	struct stats_session	 s;
	struct stats_cramp	 c;
	struct stats_input	 in;
	struct stats		 st;
	int			 done;

	(void)state;
	memset(&c, 0, sizeof c);
	memset(&in, 0, sizeof in);
	in.today = cal_day_number(2024, 3, 3);
	in.now_minute = HM(12, 0);
	in.first_day = cal_day_number(2024, 3, 1);
	in.days = 7;
	in.goal_ml = 2000;
	in.night_from = HM(22, 0);
	in.night_to = HM(7, 0);
	in.sessions = &s;
	in.nsessions = 1;
	in.cramps = &c;
	in.ncramps = 1;
	in.done_days = &done;
	in.ndone_days = 1;
	s.kind = KIND_STRETCH;
	s.completed = 1;
	s.seconds = 600;
	c.part = CALF;

	cal_bucket(ts, -5 * 3600, &s.day, &s.minute);
	cal_bucket(tc, -5 * 3600, &c.day, &c.minute);
	done = s.day;
	stats_compute(&in, &st);
	assert_int_equal(st.cramps_hour[0], 1);
	/* Nights of Mar 1 and Mar 2 are over; Mar 1 had the stretch. */
	assert_int_equal(st.stretch.units_a, 1);
	assert_int_equal(st.stretch.events_a, 1);
	assert_int_equal(st.stretch.units_b, 1);
	assert_int_equal(st.stretch.events_b, 0);
	/* Mar 1 only: yesterday's streak ended the day before yesterday. */
	assert_int_equal(st.streak_current, 0);

	cal_bucket(ts, 9 * 3600, &s.day, &s.minute);
	cal_bucket(tc, 9 * 3600, &c.day, &c.minute);
	done = s.day;
	stats_compute(&in, &st);
	assert_int_equal(st.cramps_hour[14], 1);
	assert_int_equal(st.cramps_hour[0], 0);
	assert_int_equal(st.stretch.units_a, 0);
	assert_int_equal(st.stretch.events_b, 0);
	/* Mar 2 is yesterday: the streak still stands today. */
	assert_int_equal(st.streak_current, 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_day_numbers),
		cmocka_unit_test(test_weekdays),
		cmocka_unit_test(test_bucket_time_zones),
		cmocka_unit_test(test_streaks),
		cmocka_unit_test(test_heat_levels),
		cmocka_unit_test(test_water),
		cmocka_unit_test(test_cramps),
		cmocka_unit_test(test_stretching),
		cmocka_unit_test(test_span_days),
		cmocka_unit_test(test_period_days),
		cmocka_unit_test(test_period_weeks),
		cmocka_unit_test(test_severity_triggers),
		cmocka_unit_test(test_triggers_enough),
		cmocka_unit_test(test_stretch_nights_need_records),
		cmocka_unit_test(test_insights_not_enough),
		cmocka_unit_test(test_last_night_still_going),
		cmocka_unit_test(test_night_not_crossing_midnight),
		cmocka_unit_test(test_insights_enough),
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_time_zones),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
