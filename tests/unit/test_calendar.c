/*
 * test_calendar: the one civil calendar, on injected zones: day numbers
 * and weekdays, a local day's bounds and minutes across spring forward,
 * fall back and a zone that changes its offset for good (Samoa skipped a
 * whole day), and the one parser for typed dates and times. The real
 * zone (TZ) answers as an injected one does.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "calendar.h"

#define HOUR	3600

/* A zone with one change: before `change` one offset, after it another. */
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

/* Central Europe 2024: 02:00 CET became 03:00 CEST on Mar 31 (01:00
   UTC); 03:00 CEST became 02:00 CET on Oct 27 (01:00 UTC). */
static struct test_zone spring = { { test_offset, NULL }, 0, HOUR, 2 * HOUR };
static struct test_zone autumn = { { test_offset, NULL }, 0, 2 * HOUR, HOUR };
/* Samoa, 2011-12-29 24:00 -10:00 was 2011-12-31 00:00 +14:00. */
static struct test_zone samoa = { { test_offset, NULL }, 0, -10 * HOUR,
    14 * HOUR };
static struct test_zone utc = { { test_offset, NULL }, 0, 0, 0 };

static int
setup(void **state)
{
	(void)state;
	spring.change = U(2024, 3, 31, 1, 0);
	autumn.change = U(2024, 10, 27, 1, 0);
	samoa.change = U(2011, 12, 30, 10, 0);
	return 0;
}

static void
test_day_numbers(void **state)
{
	int	y, m, d, day;

	(void)state;
	assert_int_equal(cal_day_number(1970, 1, 1), 0);
	assert_int_equal(cal_day_number(1969, 12, 31), -1);
	assert_int_equal(cal_day_number(2024, 3, 1) -
	    cal_day_number(2024, 2, 28), 2);		/* a leap year */
	assert_int_equal(cal_month_days(2024, 2), 29);
	assert_int_equal(cal_month_days(2023, 2), 28);
	assert_int_equal(cal_month_days(1900, 2), 28);
	assert_int_equal(cal_month_days(2000, 2), 29);
	assert_int_equal(cal_month_days(2024, 12), 31);
	for (day = -800; day < 800; day += 7) {
		cal_civil(day, &y, &m, &d);
		assert_int_equal(cal_day_number(y, m, d), day);
	}
	/* One weekday numbering: 0 Sunday, as tm_wday. */
	assert_int_equal(cal_weekday(0), 4);		/* a Thursday */
	assert_int_equal(cal_weekday(-4), 0);
	assert_int_equal(cal_weekday(cal_day_number(2024, 3, 31)), 0);
	assert_int_equal(cal_monday(cal_day_number(2024, 3, 31)),
	    cal_day_number(2024, 3, 25));
}

/* Spring forward: the day is 23 h, 02:00-02:59 does not exist. */
static void
test_spring_forward(void **state)
{
	const struct cal_zone	*z = &spring.z;
	int			 day = cal_day_number(2024, 3, 31), minute;
	time_t			 from, to;

	(void)state;
	cal_day_bounds(z, U(2024, 3, 31, 12, 0), &from, &to);
	assert_int_equal(from, U(2024, 3, 30, 23, 0));
	assert_int_equal(to, U(2024, 3, 31, 22, 0));
	assert_int_equal(to - from, 23 * HOUR);
	/* The last second of the day and the first of the next. */
	assert_int_equal(cal_day(z, to - 1, &minute), day);
	assert_int_equal(minute, 23 * 60 + 59);
	assert_int_equal(cal_day(z, to, &minute), day + 1);
	assert_int_equal(minute, 0);
	/* 01:59 CET is 00:59 UTC; the next minute is 03:00 CEST. */
	assert_int_equal(cal_day(z, U(2024, 3, 31, 0, 59), &minute), day);
	assert_int_equal(minute, 1 * 60 + 59);
	assert_int_equal(cal_day(z, U(2024, 3, 31, 1, 0), &minute), day);
	assert_int_equal(minute, 3 * 60);
	/* A time in the gap is the first instant after it. */
	assert_false(cal_exists(z, day, 2 * 60 + 30));
	assert_int_equal(cal_instant(z, day, 2 * 60 + 30), U(2024, 3, 31, 1, 0));
	assert_true(cal_exists(z, day, 3 * 60));
	assert_true(cal_exists(z, day, 1 * 60 + 59));
}

/* Fall back: the day is 25 h, 02:00-02:59 happens twice (the first
   wins). */
static void
test_fall_back(void **state)
{
	const struct cal_zone	*z = &autumn.z;
	int			 day = cal_day_number(2024, 10, 27), minute;
	time_t			 from, to;

	(void)state;
	cal_day_bounds(z, U(2024, 10, 27, 12, 0), &from, &to);
	assert_int_equal(from, U(2024, 10, 26, 22, 0));
	assert_int_equal(to, U(2024, 10, 27, 23, 0));
	assert_int_equal(to - from, 25 * HOUR);
	assert_true(cal_exists(z, day, 2 * 60 + 30));
	assert_int_equal(cal_instant(z, day, 2 * 60 + 30),
	    U(2024, 10, 27, 0, 30));
	/* Both 02:30s are on the same local day, at the same minute. */
	assert_int_equal(cal_day(z, U(2024, 10, 27, 0, 30), &minute), day);
	assert_int_equal(minute, 2 * 60 + 30);
	assert_int_equal(cal_day(z, U(2024, 10, 27, 1, 30), &minute), day);
	assert_int_equal(minute, 2 * 60 + 30);
}

/*
 * A zone that changes for good: Samoa went from -10:00 to +14:00, and
 * 2011-12-30 never happened. The day before ends at the change; every
 * minute of the skipped day is refused; "today" follows the new offset.
 */
static void
test_zone_change(void **state)
{
	const struct cal_zone	*z = &samoa.z;
	int			 d29 = cal_day_number(2011, 12, 29), minute;
	time_t			 from, to;

	(void)state;
	cal_day_bounds(z, U(2011, 12, 29, 22, 0), &from, &to);
	assert_int_equal(from, U(2011, 12, 29, 10, 0));
	assert_int_equal(to, samoa.change);
	assert_int_equal(cal_day(z, samoa.change - 1, &minute), d29);
	assert_int_equal(minute, 23 * 60 + 59);
	assert_int_equal(cal_day(z, samoa.change, &minute), d29 + 2);
	assert_int_equal(minute, 0);
	assert_false(cal_exists(z, d29 + 1, 0));
	assert_false(cal_exists(z, d29 + 1, 12 * 60));
	assert_false(cal_exists(z, d29 + 1, 23 * 60 + 59));
	assert_true(cal_exists(z, d29 + 2, 0));
	cal_day_bounds(z, samoa.change + HOUR, &from, &to);
	assert_int_equal(from, samoa.change);
	assert_int_equal(to - from, 24 * HOUR);
	/* The same instant is another day in another zone (a traveller). */
	assert_int_equal(cal_day(&utc.z, samoa.change, NULL), d29 + 1);
}

static void
bad_local(const struct cal_zone *z, const char *s, time_t now,
    const char *why_part)
{
	const char	*why = NULL;
	time_t		 t = 1;

	assert_int_equal(cal_parse_local(z, s, now, &t, &why), -1);
	assert_non_null(why);
	assert_non_null(strstr(why, why_part));
	assert_int_equal(t, 1);
}

static void
test_parse(void **state)
{
	const struct cal_zone	*z = &spring.z;
	const char		*why = NULL;
	time_t			 t;
	int			 day, hh, mm;

	(void)state;
	assert_int_equal(cal_parse_local(z, "2024-03-31 03:15", 0, &t, &why),
	    0);
	assert_int_equal(t, U(2024, 3, 31, 1, 15));
	assert_int_equal(cal_parse_local(z, "2024-03-30T23:00", 0, &t, &why),
	    0);
	assert_int_equal(t, U(2024, 3, 30, 22, 0));
	/* HH:MM is on the local day holding now (late on the 30th UTC is
	   already the 31st here). */
	assert_int_equal(cal_parse_local(z, "09:00", U(2024, 3, 30, 23, 30),
	    &t, &why), 0);
	assert_int_equal(t, U(2024, 3, 31, 7, 0));
	bad_local(z, "2024-03-31 02:30", 0, "does not exist");
	bad_local(z, "02:30", U(2024, 3, 31, 12, 0), "does not exist");
	bad_local(z, "2024-02-30 10:00", 0, "no such date");
	bad_local(z, "2024-03-31 24:00", 0, "no such time of day");
	bad_local(z, "9:00", 0, "not a time");
	bad_local(z, "2024-03-31 10:00 ", 0, "not a time");
	bad_local(z, "", 0, "not a time");
	assert_int_equal(cal_parse_date("2024-02-29", &day, &why), 0);
	assert_int_equal(day, cal_day_number(2024, 2, 29));
	assert_int_equal(cal_parse_date("2023-02-29", &day, &why), -1);
	assert_string_equal(why, "no such date");
	assert_int_equal(cal_parse_date("1969-12-31", &day, &why), -1);
	assert_int_equal(cal_parse_date("2024-1-01x", &day, &why), -1);
	assert_string_equal(why, "not a date (expected YYYY-MM-DD)");
	assert_int_equal(cal_parse_hm("23:59", &hh, &mm), 0);
	assert_int_equal(hh * 60 + mm, 23 * 60 + 59);
	assert_int_equal(cal_parse_hm("24:00", &hh, &mm), -1);
	assert_int_equal(cal_parse_hm("12:60", &hh, &mm), -1);
	assert_int_equal(cal_parse_hm("1a:00", &hh, &mm), -1);
}

/* The process's zone through TZ answers as the injected one: the same
   rule as a POSIX string, so no tzdata is needed. */
static void
test_real_zone(void **state)
{
	const struct cal_zone	*z = &cal_zone_local;
	int			 day = cal_day_number(2024, 3, 31);
	time_t			 from, to, t = U(2024, 3, 31, 12, 0), at;
	const char		*why;

	(void)state;
	setenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3", 1);
	tzset();
	cal_day_bounds(z, t, &from, &to);
	assert_int_equal(to - from, 23 * HOUR);
	assert_int_equal(from, cal_instant(&spring.z, day, 0));
	assert_false(cal_exists(z, day, 2 * 60 + 30));
	assert_int_equal(cal_parse_local(z, "2024-10-27 02:30", t, &at, &why),
	    0);
	assert_int_equal(at, cal_instant(&autumn.z,
	    cal_day_number(2024, 10, 27), 2 * 60 + 30));
	unsetenv("TZ");
	tzset();
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_day_numbers),
		cmocka_unit_test(test_spring_forward),
		cmocka_unit_test(test_fall_back),
		cmocka_unit_test(test_zone_change),
		cmocka_unit_test(test_parse),
		cmocka_unit_test(test_real_zone),
	};

	return cmocka_run_group_tests(tests, setup, NULL);
}
