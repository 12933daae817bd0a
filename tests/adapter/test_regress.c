/*
 * Replays the fuzzers' regression corpus (tests/fuzz/regress/TARGET/)
 * through the loaders and parsers: each input once crashed or misbehaved,
 * and must now load or be refused cleanly (this binary also runs under
 * ASan/UBSan).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <glob.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "config.h"
#include "daemon_request.h"
#include "diag.h"
#include "codec_history.h"
#include "routine_ini.h"
#include "status.h"
#include "theme.h"
#include "util.h"

static size_t
replay(const char *target, void (*load)(const char *))
{
	const char	*t = getenv("UNCLENCH_TOP");
	char		*pattern = xasprintf("%s/tests/fuzz/regress/%s/*",
	    t ? t : ".", target);
	glob_t		 g;
	size_t		 i, n = 0;

	if (glob(pattern, 0, NULL, &g) == 0) {
		for (i = 0; i < g.gl_pathc; i++)
			load(g.gl_pathv[i]);
		n = g.gl_pathc;
		globfree(&g);
	}
	free(pattern);
	return n;
}

static void
load_routine(const char *path)
{
	struct diag	 d = { 0 };
	struct routine	*r = routine_load(path, &d);

	/* Either a routine or at least one error: never a silent NULL. */
	assert_true(r != NULL || d.errors > 0);
	routine_free(r);
	diag_clear(&d);
}

static void
load_theme(const char *path)
{
	struct diag	d = { 0 };
	struct theme	t;

	assert_true(theme_load(path, &t, &d) == 0 || d.errors > 0);
	diag_clear(&d);
}

static void
load_config(const char *path)
{
	struct diag	d = { 0 };
	struct config	cfg, before;

	config_defaults(&cfg);
	before = cfg;
	if (config_load(path, &cfg, &d) != 0) {
		assert_true(d.errors > 0);
		assert_memory_equal(&cfg, &before, sizeof cfg);
	}
	diag_clear(&d);
}

static void
load_import(const char *path)
{
	struct diag		 d = { 0 };
	size_t			 len = 0, problems;
	char			*text = xmalloc(1 << 20 | 1);
	FILE			*f = fopen(path, "rb");

	assert_non_null(f);
	len = fread(text, 1, 1 << 20, f);
	fclose(f);
	text[len] = '\0';
	if (history_import_parse(path, text, len, 1700000000, NULL, NULL,
	    &problems, &d) != 0)
		assert_true(d.errors > 0 && problems > 0);
	free(text);
	diag_clear(&d);
}

static void
load_request(const char *path)
{
	struct daemon_req	 rq;
	char			 buf[4096];
	size_t			 len;
	FILE			*f = fopen(path, "rb");

	assert_non_null(f);
	len = fread(buf, 1, sizeof buf, f);
	fclose(f);
	/* At the client's EOF there is always a verdict. */
	assert_int_not_equal(daemon_request_parse(buf, len, 1, &rq),
	    DREQ_MORE);
}

static void
load_status(const char *path)
{
	struct status_rec	 r;
	const char		*why = NULL;
	char			 buf[STATUS_FILE_MAX + 2], out[STATUS_LINE_MAX];
	size_t			 len;
	int			 fmt, utf8;
	FILE			*f = fopen(path, "rb");

	assert_non_null(f);
	len = fread(buf, 1, sizeof buf, f);	/* an oversized one too */
	fclose(f);
	/* Refused with a reason, or shown in every format. */
	if (status_parse(buf, len, &r, &why) != 0) {
		assert_non_null(why);
		return;
	}
	for (fmt = STATUS_TEXT; fmt <= STATUS_WAYBAR; fmt++)
		for (utf8 = 0; utf8 <= 1; utf8++) {
			status_render(&r, (enum status_format)fmt,
			    &cal_zone_local, 1709640000, utf8, out,
			    sizeof out);
			assert_true(strlen(out) < sizeof out);
		}
}

static void
test_replay(void **state)
{
	size_t n = 0;

	(void)state;
	n += replay("routine", load_routine);
	n += replay("theme", load_theme);
	n += replay("config", load_config);
	n += replay("import", load_import);
	n += replay("request", load_request);
	n += replay("json", load_import);
	n += replay("status", load_status);
	print_message("replayed %zu inputs\n", n);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_replay),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
