/*
 * test_format: the one formatter per value that every surface uses
 * (CLI, TUI, notifications): durations, volumes, weekdays, days, the
 * command of a kind, the body-part list and the time of a reminder.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "calendar.h"
#include "format.h"
#include "routine.h"

static void
dur_fmt(int64_t s, const char *want)
{
	char buf[32];

	format_duration(buf, sizeof buf, s);
	assert_string_equal(buf, want);
}

static void
test_format_duration(void **state)
{
	(void)state;
	dur_fmt(0, "0 s");
	dur_fmt(45, "45 s");
	dur_fmt(59, "59 s");
	dur_fmt(60, "1 min");
	dur_fmt(89, "1 min");
	dur_fmt(90, "2 min");
	dur_fmt(360, "6 min");
	dur_fmt(3569, "59 min");
	/* Rounding up to the hour carries into the hours: 3590 s is an
	   hour everywhere, never "60 min" in one place and "1 h 0 min" in
	   another. */
	dur_fmt(3590, "1 h");
	dur_fmt(3600, "1 h");
	dur_fmt(3629, "1 h");
	dur_fmt(3630, "1 h 1 min");
	dur_fmt(3900, "1 h 5 min");
	dur_fmt(5400, "1 h 30 min");
	dur_fmt(7190, "2 h");
	dur_fmt(7199, "2 h");
	dur_fmt(7200, "2 h");
}

/* Volumes as the user counts them: ml, or whole ounces without ".0". */
static void
test_format_volume(void **state)
{
	char buf[32];

	(void)state;
	format_volume(buf, sizeof buf, 250, UNIT_ML);
	assert_string_equal(buf, "250 ml");
	/* The daemon once said "1.5 L" where the CLI said 1500 ml. */
	format_volume(buf, sizeof buf, 1500, UNIT_ML);
	assert_string_equal(buf, "1500 ml");
	format_volume(buf, sizeof buf, 237, UNIT_OZ);
	assert_string_equal(buf, "8 oz");
	format_volume(buf, sizeof buf, 250, UNIT_OZ);
	assert_string_equal(buf, "8.5 oz");
	format_volume(buf, sizeof buf, 0, UNIT_OZ);
	assert_string_equal(buf, "0 oz");
	format_volume(buf, 5, 2000, UNIT_ML);
	assert_string_equal(buf, "2000");
}

static void
test_format_weekday(void **state)
{
	(void)state;
	/* cal_weekday's numbering: 0 Sunday; 1970-01-01 was a Thursday. */
	assert_string_equal(format_weekday(0), "Sun");
	assert_string_equal(format_weekday(6), "Sat");
	assert_string_equal(format_weekday(cal_weekday(0)), "Thu");
	assert_string_equal(format_weekday(7), "?");
	assert_string_equal(format_weekday(-1), "?");
	assert_string_equal(format_weekday_key(1), "mon");
}

static void
days_is(unsigned bits, const char *want)
{
	char buf[64];

	format_days(buf, sizeof buf, bits);
	assert_string_equal(buf, want);
}

static void
test_format_days(void **state)
{
	(void)state;
	days_is(0x7f, "daily");
	days_is(0x3e, "mon,tue,wed,thu,fri");
	days_is(0x41, "sat,sun");		/* Monday first */
	days_is(0x01, "sun");
	days_is(0x00, "");
}

static void
test_format_kind_command(void **state)
{
	(void)state;
	assert_string_equal(format_kind_command(KIND_STRETCH), "stretch");
	assert_string_equal(format_kind_command(KIND_PMR), "relax");
	assert_string_equal(format_kind_command(KIND_BREATHING), "breathe");
	assert_string_equal(format_kind_command(KIND_RELIEF), "now");
}

/* The list comes from relief_parts[], and the help's static copy is the
   same text. */
static void
test_format_parts(void **state)
{
	char	buf[256], small[8];
	size_t	i;

	(void)state;
	format_parts(buf, sizeof buf);
	assert_string_equal(buf, FORMAT_PARTS_TEXT);
	for (i = 0; i < relief_nparts; i++)
		assert_non_null(strstr(buf, relief_parts[i]));
	assert_int_equal(strncmp(buf, relief_parts[0],
	    strlen(relief_parts[0])), 0);
	assert_non_null(strstr(buf, " or "));
	format_parts(small, sizeof small);
	assert_int_equal(strlen(small), sizeof small - 1);
}

static long
fixed_offset(const struct cal_zone *z, time_t t)
{
	(void)t;
	return *(const long *)z->arg;
}

static void
test_format_when(void **state)
{
	static const long	 plus1 = 3600;
	struct cal_zone		 z = { fixed_offset, (void *)&plus1 };
	/* 2024-03-05 07:00:09 UTC is 08:00:09 at +01:00, a Tuesday. */
	time_t			 t = 1709622009;
	char			 buf[64];

	(void)state;
	format_when(buf, sizeof buf, &z, t, t + 3600, 0);
	assert_string_equal(buf, "08:00");
	format_when(buf, sizeof buf, &z, t, t, 1);
	assert_string_equal(buf, "08:00:09");
	/* Another local day: with the weekday and the date. */
	format_when(buf, sizeof buf, &z, t, t - 9 * 3600, 0);
	assert_string_equal(buf, "Tue 2024-03-05 08:00");
	format_when(buf, sizeof buf, &z, t + 7 * 86400, t, 1);
	assert_string_equal(buf, "Tue 2024-03-12 08:00:09");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_format_duration),
		cmocka_unit_test(test_format_volume),
		cmocka_unit_test(test_format_weekday),
		cmocka_unit_test(test_format_days),
		cmocka_unit_test(test_format_kind_command),
		cmocka_unit_test(test_format_parts),
		cmocka_unit_test(test_format_when),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
