/*
 * test_util: the strict parsers every loader relies on (numbers, durations,
 * clock times, volumes, booleans), UTF-8 validation, the "did you mean"
 * distance, safe names and the string helpers (formatting: test_format).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

static void
long_ok(const char *s, long min, long max, long want)
{
	const char	*why = NULL;
	long		 v = -12345;

	assert_int_equal(parse_long(s, min, max, &v, &why), 0);
	assert_int_equal(v, want);
}

static void
long_bad(const char *s, long min, long max, const char *want_why)
{
	const char	*why = NULL;
	long		 v = -12345;

	assert_int_equal(parse_long(s, min, max, &v, &why), -1);
	assert_int_equal(v, -12345);	/* untouched on failure */
	assert_non_null(why);
	assert_string_equal(why, want_why);
}

static void
test_parse_long(void **state)
{
	char buf[64];

	(void)state;
	long_ok("0", 0, 10, 0);
	long_ok("010", 0, 100, 10);	/* decimal, never octal */
	long_ok("+7", 0, 10, 7);
	long_ok("-7", -10, 10, -7);
	long_ok("4", 1, 4, 4);
	long_ok("1", 1, 4, 1);
	long_bad("5", 1, 4, "too large");
	long_bad("0", 1, 4, "too small");
	long_bad("abc", 0, 10, "not a whole number");
	long_bad("", 0, 10, "not a whole number");
	long_bad("-", 0, 10, "not a whole number");
	long_bad("12x", 0, 100, "not a whole number");
	long_bad(" 12", 0, 100, "not a whole number");
	long_bad("12 ", 0, 100, "not a whole number");
	long_bad("0x10", 0, 100, "not a whole number");
	long_bad("1.5", 0, 100, "not a whole number");
	long_bad("99999999999999999999", LONG_MIN, LONG_MAX, "too large");
	long_bad("-99999999999999999999", LONG_MIN, LONG_MAX, "too small");

	/* The extremes parse; one past them does not. */
	snprintf(buf, sizeof buf, "%ld", LONG_MAX);
	long_ok(buf, LONG_MIN, LONG_MAX, LONG_MAX);
	snprintf(buf, sizeof buf, "%ld", LONG_MIN);
	long_ok(buf, LONG_MIN, LONG_MAX, LONG_MIN);
	assert_int_equal(LONG_MAX, 9223372036854775807L);
	long_bad("9223372036854775808", LONG_MIN, LONG_MAX, "too large");
	long_bad("-9223372036854775809", LONG_MIN, LONG_MAX, "too small");
}

static void
dur_ok(const char *s, int64_t want)
{
	const char	*why = NULL;
	int64_t		 v = -1;

	assert_int_equal(parse_duration_ms(s, 0, INT64_MAX, &v, &why), 0);
	assert_int_equal(v, want);
}

static void
dur_bad(const char *s, int64_t min, int64_t max, const char *want_why)
{
	const char	*why = NULL;
	int64_t		 v = -1;

	assert_int_equal(parse_duration_ms(s, min, max, &v, &why), -1);
	assert_int_equal(v, -1);
	assert_string_equal(why, want_why);
}

static void
test_parse_duration(void **state)
{
	const char	*why;
	int64_t		 v;

	(void)state;
	dur_ok("30", 30000);
	dur_ok("30s", 30000);
	dur_ok("2m", 120000);
	dur_ok("1h", 3600000);
	dur_ok("5.5", 5500);
	dur_ok("1.5m", 90000);
	dur_ok("1.234", 1234);
	dur_ok("0", 0);
	dur_ok("007", 7000);
	dur_bad("1.2345", 0, INT64_MAX, "not a duration");
	dur_bad("-1", 0, INT64_MAX, "not a duration");
	dur_bad("10x", 0, INT64_MAX, "not a duration");
	dur_bad("", 0, INT64_MAX, "not a duration");
	dur_bad("s", 0, INT64_MAX, "not a duration");
	dur_bad("5.", 0, INT64_MAX, "not a duration");
	dur_bad("30ms", 0, INT64_MAX, "not a duration");
	dur_bad("30 s", 0, INT64_MAX, "not a duration");
	dur_bad("1e3", 0, INT64_MAX, "not a duration");
	dur_bad("99999999999999", 0, INT64_MAX, "not a duration");

	/* Ranges are inclusive. */
	assert_int_equal(parse_duration_ms("1", 1000, 600000, &v, &why), 0);
	assert_int_equal(v, 1000);
	assert_int_equal(parse_duration_ms("10m", 1000, 600000, &v, &why), 0);
	assert_int_equal(v, 600000);
	dur_bad("0.999", 1000, 600000, "too short");
	dur_bad("10.001m", 1000, 600000, "too long");
	dur_bad("1h", 1000, 600000, "too long");
}

static void
test_parse_clock(void **state)
{
	const char	*why = NULL;
	int		 m = -1, from = -1, to = -1;

	(void)state;
	assert_int_equal(parse_clock_min("00:00", &m, &why), 0);
	assert_int_equal(m, 0);
	assert_int_equal(parse_clock_min("23:59", &m, &why), 0);
	assert_int_equal(m, 1439);
	assert_int_equal(parse_clock_min("07:30", &m, &why), 0);
	assert_int_equal(m, 450);
	m = -1;
	assert_int_equal(parse_clock_min("24:00", &m, &why), -1);
	assert_string_equal(why, "not a time of day");
	assert_int_equal(parse_clock_min("7:30", &m, &why), -1);
	assert_int_equal(parse_clock_min("12:60", &m, &why), -1);
	assert_int_equal(parse_clock_min("12:3", &m, &why), -1);
	assert_int_equal(parse_clock_min("12:300", &m, &why), -1);
	assert_int_equal(parse_clock_min("12-30", &m, &why), -1);
	assert_int_equal(parse_clock_min("", &m, &why), -1);
	assert_int_equal(m, -1);

	/* Over midnight is fine; an empty range is not. */
	assert_int_equal(parse_clock_range("22:00-07:00", &from, &to, &why),
	    0);
	assert_int_equal(from, 1320);
	assert_int_equal(to, 420);
	assert_int_equal(parse_clock_range("08:00-20:30", &from, &to, &why),
	    0);
	assert_int_equal(from, 480);
	assert_int_equal(to, 1230);
	assert_int_equal(parse_clock_range("08:00-08:00", &from, &to, &why),
	    -1);
	assert_string_equal(why, "an empty range");
	assert_int_equal(parse_clock_range("8:00-09:00", &from, &to, &why),
	    -1);
	assert_string_equal(why, "not a time range");
	assert_int_equal(parse_clock_range("08:00-24:00", &from, &to, &why),
	    -1);
	assert_int_equal(parse_clock_range("08:00 09:00", &from, &to, &why),
	    -1);
	assert_int_equal(parse_clock_range("08:00-09:00x", &from, &to, &why),
	    -1);
	assert_int_equal(parse_clock_range("", &from, &to, &why), -1);
}

static void
vol_ok(const char *s, enum volume_unit u, long want)
{
	const char	*why = NULL;
	long		 v = -1;

	assert_int_equal(parse_volume_ml(s, u, 0, 100000, &v, &why), 0);
	assert_int_equal(v, want);
}

static void
vol_bad(const char *s, long min, long max, const char *want_why)
{
	const char	*why = NULL;
	long		 v = -1;

	assert_int_equal(parse_volume_ml(s, UNIT_ML, min, max, &v, &why), -1);
	assert_int_equal(v, -1);
	assert_string_equal(why, want_why);
}

static void
test_parse_volume(void **state)
{
	(void)state;
	vol_ok("250", UNIT_ML, 250);
	vol_ok("250ml", UNIT_ML, 250);
	vol_ok("250ML", UNIT_OZ, 250);
	vol_ok("2l", UNIT_ML, 2000);
	vol_ok("0.5L", UNIT_ML, 500);
	vol_ok("8oz", UNIT_ML, 237);		/* 236.588 */
	vol_ok("8", UNIT_OZ, 237);		/* bare: the default unit */
	vol_ok("1", UNIT_OZ, 30);		/* 29.5735 */
	vol_ok("0.5", UNIT_ML, 1);		/* rounds half up */
	vol_bad("250 ml", 0, 100000, "not a volume");
	vol_bad("250g", 0, 100000, "not a volume");
	vol_bad("abc", 0, 100000, "not a volume");
	vol_bad("", 0, 100000, "not a volume");
	vol_bad("-1", 0, 100000, "not a volume");
	vol_bad("5l", 50, 3000, "too large");
	vol_bad("10", 50, 3000, "too small");
}

static void
test_parse_bool(void **state)
{
	static const char *const yes[] = { "yes", "YES", "true", "On", "1" };
	static const char *const no[] = { "no", "False", "off", "0" };
	static const char *const bad[] = { "", "maybe", "y", "2", "yes " };
	const char	*why = NULL;
	size_t		 i;
	int		 v;

	(void)state;
	for (i = 0; i < nitems(yes); i++) {
		v = -1;
		assert_int_equal(parse_bool(yes[i], &v, &why), 0);
		assert_int_equal(v, 1);
	}
	for (i = 0; i < nitems(no); i++) {
		v = -1;
		assert_int_equal(parse_bool(no[i], &v, &why), 0);
		assert_int_equal(v, 0);
	}
	for (i = 0; i < nitems(bad); i++) {
		v = -1;
		assert_int_equal(parse_bool(bad[i], &v, &why), -1);
		assert_int_equal(v, -1);
		assert_string_equal(why, "not yes or no");
	}
}

static int
valid(const char *s)
{
	return utf8_valid(s, strlen(s));
}

static void
test_utf8(void **state)
{
	(void)state;
	assert_true(valid(""));
	assert_true(valid("plain ascii"));
	assert_true(valid("h\xc3\xa9llo"));			/* é */
	assert_true(valid("\xe2\x82\xac"));			/* € */
	assert_true(valid("\xf0\x9f\x98\x80"));			/* U+1F600 */
	assert_true(valid("\xf4\x8f\xbf\xbf"));			/* U+10FFFF */
	assert_true(valid("\xed\x9f\xbf"));			/* U+D7FF */
	assert_true(valid("\xee\x80\x80"));			/* U+E000 */

	assert_false(valid("\xc0\x80"));		/* overlong NUL */
	assert_false(valid("\xc1\xbf"));		/* overlong */
	assert_false(valid("\xe0\x80\x80"));		/* overlong 3 */
	assert_false(valid("\xf0\x8f\xbf\xbf"));	/* overlong 4 */
	assert_false(valid("\xed\xa0\x80"));		/* surrogate */
	assert_false(valid("\xed\xbf\xbf"));		/* surrogate */
	assert_false(valid("\xf4\x90\x80\x80"));	/* past U+10FFFF */
	assert_false(valid("\xf5\x80\x80\x80"));
	assert_false(valid("\xff"));
	assert_false(valid("\x80"));			/* lone continuation */
	assert_false(valid("ok\xe2\x82"));		/* truncated at end */
	assert_false(valid("ok\xc3"));
	assert_false(valid("\xc3\x28"));		/* bad continuation */

	/* The length is what counts: a sequence cut by len is invalid. */
	assert_false(utf8_valid("\xc3\xa9", 1));
	assert_true(utf8_valid("a\0b", 3));
	assert_true(utf8_valid("\xff", 0));

	assert_int_equal(utf8_length("h\xc3\xa9llo \xe2\x82\xac"), 7);
	assert_int_equal(utf8_length(""), 0);
}

static void
test_edit_distance(void **state)
{
	static const char *const words[] = { "hold", "rest", "reps", "tense" };
	char long65[66];

	(void)state;
	assert_int_equal(edit_distance("hold", "hold"), 0);
	assert_int_equal(edit_distance("holdd", "hold"), 1);
	assert_int_equal(edit_distance("kitten", "sitting"), 3);
	assert_int_equal(edit_distance("", "abc"), 3);
	assert_int_equal(edit_distance("abc", ""), 3);
	assert_int_equal(edit_distance("flaw", "lawn"), 2);
	/* A swap of two neighbours is one slip; "shin" is two from "spine". */
	assert_int_equal(edit_distance("claf", "calf"), 1);
	assert_int_equal(edit_distance("ab", "ba"), 1);
	assert_int_equal(edit_distance("shin", "spine"), 2);
	assert_int_equal(edit_distance("ca", "abc"), 3);
	memset(long65, 'a', 65);
	long65[65] = '\0';
	assert_int_equal(edit_distance(long65, "a"), 255);

	assert_string_equal(closest_word("holdd", words, nitems(words)),
	    "hold");
	assert_string_equal(closest_word("tnese", words, nitems(words)),
	    "tense");
	assert_string_equal(closest_word("ho", words, nitems(words)), "hold");
	assert_null(closest_word("h", words, nitems(words)));
	assert_null(closest_word("breathe", words, nitems(words)));
	assert_null(closest_word("hold", words, 0));
	assert_string_equal(closest_word("rep", words, nitems(words)), "reps");
	/* A tie (rest and reps, both 1 away) goes to the first. */
	assert_string_equal(closest_word("resx", words, nitems(words)),
	    "rest");
}

static void
test_name_is_safe(void **state)
{
	char name[70];

	(void)state;
	assert_true(name_is_safe("calf"));
	assert_true(name_is_safe("relief-calf"));
	assert_true(name_is_safe("box_4"));
	assert_true(name_is_safe("478"));
	assert_false(name_is_safe(""));
	assert_false(name_is_safe("../x"));
	assert_false(name_is_safe("a/b"));
	assert_false(name_is_safe("/etc"));
	assert_false(name_is_safe("Calf"));
	assert_false(name_is_safe("-calf"));
	assert_false(name_is_safe("_calf"));
	assert_false(name_is_safe("calf.ini"));
	assert_false(name_is_safe("calf stretch"));
	assert_false(name_is_safe("caf\xc3\xa9"));

	memset(name, 'a', 64);
	name[64] = '\0';
	assert_true(name_is_safe(name));
	name[64] = 'a';
	name[65] = '\0';
	assert_false(name_is_safe(name));
}

static void
test_strings(void **state)
{
	char	 buf[5];
	char	*p;

	(void)state;
	assert_int_equal(strlcpy_safe(buf, "abcdefgh", sizeof buf), 8);
	assert_string_equal(buf, "abcd");
	assert_int_equal(strlcpy_safe(buf, "ab", sizeof buf), 2);
	assert_string_equal(buf, "ab");
	buf[0] = 'z';
	assert_int_equal(strlcpy_safe(buf, "ab", 0), 2);
	assert_int_equal(buf[0], 'z');

	p = xstrndup("abcdef", 3);
	assert_string_equal(p, "abc");
	free(p);
	p = xstrndup("ab", 10);
	assert_string_equal(p, "ab");
	free(p);
	p = xasprintf("%s-%d", "calf", 3);
	assert_string_equal(p, "calf-3");
	free(p);
	p = xstrdup("");
	assert_string_equal(p, "");
	free(p);
}

static void
esc_is(const char *in, const char *want)
{
	char *e = text_escape(in);

	assert_string_equal(e, want);
	free(e);
}

static void
test_text_escape(void **state)
{
	char	 big[301];
	char	*e;
	size_t	 i;

	(void)state;
	/* Plain text and other UTF-8 pass through unchanged. */
	esc_is("", "");
	esc_is("Calf \xe2\x80\x94 gentle \xc3\xa9",
	    "Calf \xe2\x80\x94 gentle \xc3\xa9");
	esc_is("back\\slash", "back\\slash");
	/* The title: OSC 2 (window title) and OSC 52 (clipboard). */
	esc_is("A\033]2;TITLE\007\033]52;c;QUJD\007Z",
	    "A\\x1b]2;TITLE\\x07\\x1b]52;c;QUJD\\x07Z");
	esc_is("a\tb\nc\rd\x7f", "a\\tb\\nc\\rd\\x7f");
	esc_is("\x01\x1f", "\\x01\\x1f");
	/* C1 controls: U+009B CSI, U+009D OSC, and the ends of the range. */
	esc_is("x\xc2\x9b" "2Jy", "x\\u009b2Jy");
	esc_is("\xc2\x9d" "0;T\xc2\x9c", "\\u009d0;T\\u009c");
	esc_is("\xc2\x80\xc2\x9f\xc2\xa0", "\\u0080\\u009f\xc2\xa0");
	/* Bidi overrides and isolates; their neighbours are kept. */
	esc_is("a\xe2\x80\xae" "b", "a\\u202eb");
	esc_is("\xe2\x80\xaa\xe2\x81\xa6\xe2\x81\xa9",
	    "\\u202a\\u2066\\u2069");
	esc_is("\xe2\x80\xa9\xe2\x81\xaa", "\xe2\x80\xa9\xe2\x81\xaa");
	/* Bytes that are not UTF-8, one at a time, even a lone 0x9b. */
	esc_is("\x9b[2J", "\\x9b[2J");
	esc_is("\xc2", "\\xc2");
	esc_is("\xe2\x80", "\\xe2\\x80");
	esc_is("\xc0\x80", "\\xc0\\x80");
	/* The worst case fits: every byte a control. */
	memset(big, '\033', 300);
	big[300] = '\0';
	e = text_escape(big);
	assert_int_equal(strlen(e), 1200);
	for (i = 0; i < 300; i++)
		assert_memory_equal(e + 4 * i, "\\x1b", 4);
	free(e);
}

static void
test_text_control(void **state)
{
	(void)state;
	assert_int_equal(text_control(""), -1);
	assert_int_equal(text_control("plain \xc3\xa9 text"), -1);
	assert_int_equal(text_control("tab\tis fine"), -1);
	assert_int_equal(text_control("bidi \xe2\x80\xae is not a control"),
	    -1);
	assert_int_equal(text_control("A\033]2;T\007"), 0x1b);
	assert_int_equal(text_control("a\rb"), '\r');
	assert_int_equal(text_control("del\x7f"), 0x7f);
	assert_int_equal(text_control("csi\xc2\x9b"), 0x9b);
	assert_int_equal(text_control("\xc2\x80"), 0x80);
	assert_int_equal(text_control("nbsp\xc2\xa0"), -1);
	/* A stray byte is not UTF-8, not a control: the UTF-8 check's job. */
	assert_int_equal(text_control("\x9b"), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_long),
		cmocka_unit_test(test_parse_duration),
		cmocka_unit_test(test_parse_clock),
		cmocka_unit_test(test_parse_volume),
		cmocka_unit_test(test_parse_bool),
		cmocka_unit_test(test_utf8),
		cmocka_unit_test(test_edit_distance),
		cmocka_unit_test(test_name_is_safe),
		cmocka_unit_test(test_strings),
		cmocka_unit_test(test_text_escape),
		cmocka_unit_test(test_text_control),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
