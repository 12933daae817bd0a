/*
 * test_status: the daemon's status record through its file and back, a
 * torn or foreign file refused, and every format's golden line (in the
 * words format.h gives every other surface).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "calendar.h"
#include "status.h"

static long
utc(const struct cal_zone *z, time_t t)
{
	(void)z;
	(void)t;
	return 0;
}

static const struct cal_zone zone = { utc, NULL };
/* 2024-03-05 12:00:00 UTC */
#define NOW	((time_t)1709640000)

static void
sample(struct status_rec *r)
{
	memset(r, 0, sizeof *r);
	r->seq = 3;
	r->pid = 42;
	r->hydration = 1;
	r->water_ml = 1250;
	r->goal_ml = 2000;
	r->next_kind = STATUS_SESSION;
	status_set_name(r->next, "bedtime-legs");
	r->next_at = NOW + 9 * 3600 + 1800;
	r->due_kind = STATUS_HYDRATION;
	strcpy(r->presence, "present");
	r->fg_water = 39;
	r->fg_next = -1;
	r->fg_due = 196;
}

static void
render(const struct status_rec *r, enum status_format f, int utf8,
    const char *want)
{
	char out[STATUS_LINE_MAX];

	status_render(r, f, &zone, NOW, utf8, out, sizeof out);
	assert_string_equal(out, want);
}

static void
test_status_roundtrip(void **state)
{
	struct status_rec	 r, back;
	char			 buf[STATUS_FILE_MAX];
	const char		*why;
	size_t			 n, cut;

	(void)state;
	sample(&r);
	n = status_serialise(&r, buf, sizeof buf);
	assert_true(n > 0 && n < STATUS_FILE_MAX);
	assert_int_equal(status_parse(buf, n, &back, &why), 0);
	assert_memory_equal(&r, &back, sizeof r);
	/* Every shorter read is refused: a torn file never parses. */
	for (cut = 0; cut < n; cut++)
		assert_int_equal(status_parse(buf, cut, &back, &why), -1);
	/* So are bytes after the end, and a value with a control byte. */
	memcpy(buf + n, "x\n", 2);
	assert_int_equal(status_parse(buf, n + 2, &back, &why), -1);
	memcpy(strstr(buf, "bedtime") , "\033", 1);
	assert_int_equal(status_parse(buf, n, &back, &why), -1);
	assert_int_equal(status_parse("hello\n", 6, &back, &why), -1);
	assert_string_equal(why, "not a status file");
}

static void
test_status_names(void **state)
{
	char	name[STATUS_NAME_MAX + 1], big[200];

	(void)state;
	status_set_name(name, "a\033b\nc");
	assert_string_equal(name, "a?b?c");
	/* 64 bytes ending inside a character: cut before it. */
	memset(big, 'a', 63);
	memcpy(big + 63, "\xc3\xa9", 3);
	status_set_name(name, big);
	assert_int_equal(strlen(name), 63);
}

static void
test_status_formats(void **state)
{
	struct status_rec r;

	(void)state;
	sample(&r);
	render(&r, STATUS_TEXT, 1, "water 1250/2000 ml \xc2\xb7 next: "
	    "bedtime-legs 21:30 \xc2\xb7 \xf0\x9f\x92\xa7 due");
	render(&r, STATUS_TEXT, 0,
	    "water 1250/2000 ml | next: bedtime-legs 21:30 | water due");
	render(&r, STATUS_TMUX, 0, "#[fg=colour39]water 1250/2000 ml"
	    "#[default] | next: bedtime-legs 21:30 | #[fg=colour196]water due"
	    "#[default]");
	render(&r, STATUS_PROMPT, 1, "\xf0\x9f\x92\xa7 due");
	render(&r, STATUS_JSON, 0, "{\"text\":\"water 1250/2000 ml | next: "
	    "bedtime-legs 21:30 | water due\",\"water_ml\":1250,\"goal_ml\":"
	    "2000,\"next_kind\":\"session\",\"next\":\"bedtime-legs\","
	    "\"next_at\":1709674200,\"due_kind\":\"hydration\",\"due\":"
	    "\"water\",\"paused_until\":0,\"presence\":\"present\"}");
	render(&r, STATUS_WAYBAR, 0, "{\"text\":\"water 1250/2000 ml | "
	    "next: bedtime-legs 21:30 | water due\",\"tooltip\":\"water "
	    "1250/2000 ml\\nnext: bedtime-legs 21:30\\nwater due\","
	    "\"class\":\"due\",\"percentage\":62}");
	/* Nothing due: the prompt says nothing at all. */
	r.due_kind = STATUS_NONE;
	render(&r, STATUS_PROMPT, 1, "");
	r.due_kind = STATUS_SESSION;
	status_set_name(r.due, "a#b\"c");
	render(&r, STATUS_PROMPT, 0, "a#b\"c due");
	render(&r, STATUS_TMUX, 0, "#[fg=colour39]water 1250/2000 ml"
	    "#[default] | next: bedtime-legs 21:30 | #[fg=colour196]a##b\"c "
	    "due#[default]");
	/* Ounces, a pause, a next time on another day, water unknown. */
	r.units = UNIT_OZ;
	r.due_kind = STATUS_NONE;
	r.paused_until = NOW + 3600;
	render(&r, STATUS_TEXT, 0, "water 42.3/67.6 oz | paused until 13:00");
	r.paused_until = 0;
	r.water_ml = -1;
	r.next_kind = STATUS_HYDRATION;
	r.next_at = NOW + 86400;
	render(&r, STATUS_TEXT, 0, "next: water Wed 2024-03-06 12:00");
	render(&r, STATUS_WAYBAR, 0, "{\"text\":\"next: water Wed "
	    "2024-03-06 12:00\",\"tooltip\":\"next: water Wed 2024-03-06 "
	    "12:00\",\"class\":\"idle\",\"percentage\":0}");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_status_roundtrip),
		cmocka_unit_test(test_status_names),
		cmocka_unit_test(test_status_formats),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
