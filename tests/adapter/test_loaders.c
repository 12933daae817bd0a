/*
 * Loader tests: the routine, theme and config loaders against real files.
 * Every sort of broken input is refused whole with a message naming the
 * file, section, key and what is wrong; the shipped files all load, and
 * the compiled-in relief routines match the files they came from.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <fcntl.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "files_builtin.h"
#include "config.h"
#include "diag.h"
#include "routine.h"
#include "routine_ini.h"
#include "theme.h"

static char tmpdir[] = "/tmp/unclench-loaders-XXXXXX";

static const char *
top(void)
{
	const char *t = getenv("UNCLENCH_TOP");

	return t != NULL ? t : ".";
}

/* Write text (len bytes) to tmpdir/name and return the path. */
static char *
write_file(const char *name, const char *text, size_t len)
{
	char	*path = xasprintf("%s/%s", tmpdir, name);
	FILE	*f = fopen(path, "wb");

	assert_non_null(f);
	assert_int_equal(fwrite(text, 1, len, f), len);
	fclose(f);
	return path;
}

/* Does any message of d contain every one of the given substrings? */
static int
has_msg(const struct diag *d, enum diag_level level, const char *a,
    const char *b)
{
	size_t i;

	for (i = 0; i < d->n; i++)
		if (d->msgs[i].level == level &&
		    strstr(d->msgs[i].text, a) != NULL &&
		    (b == NULL || strstr(d->msgs[i].text, b) != NULL))
			return 1;
	return 0;
}

static void
print_diag(const struct diag *d)
{
	diag_print(d, stderr);
}

/* Load text as routine NAME.ini; expect refusal with a message (a, b). */
static void
expect_refused(const char *name, const char *text, const char *a,
    const char *b)
{
	struct diag	 d = { 0 };
	char		*path = write_file(name, text, strlen(text));
	struct routine	*r = routine_load(path, &d);

	if (r != NULL || !has_msg(&d, DIAG_ERROR, a, b)) {
		fprintf(stderr, "for %s expected error with \"%s\" \"%s\"\n",
		    name, a, b ? b : "");
		print_diag(&d);
	}
	assert_null(r);
	assert_true(has_msg(&d, DIAG_ERROR, a, b));
	/* Every message names the file. */
	assert_true(has_msg(&d, DIAG_ERROR, path, NULL));
	diag_clear(&d);
	free(path);
}

#define HEAD "[routine]\ntitle = T\nkind = stretch\nsummary = S\nsource = X\n"
#define STEP1 "[step1]\ntitle = A\ntext = B\nhold = 30s\n"

static void
test_good_minimal(void **state)
{
	struct diag	 d = { 0 };
	char		*path = write_file("ok.ini", HEAD STEP1 "reps = 010\n",
	    strlen(HEAD STEP1 "reps = 010\n"));
	struct routine	*r = routine_load(path, &d);

	(void)state;
	assert_non_null(r);
	assert_int_equal(d.errors, 0);
	assert_string_equal(r->name, "ok");
	assert_int_equal(r->nsteps, 1);
	assert_int_equal(r->steps[0].hold_ms, 30000);
	/* "010" is ten, not octal eight. */
	assert_int_equal(r->steps[0].reps, 10);
	assert_int_equal(routine_duration_ms(r), 300000);
	/* A still hold unless the file says otherwise. */
	assert_int_equal(r->steps[0].style, STYLE_HOLD);
	routine_free(r);
	free(path);
	path = write_file("moving.ini", HEAD STEP1 "style = moving\n",
	    strlen(HEAD STEP1 "style = moving\n"));
	r = routine_load(path, &d);
	assert_non_null(r);
	assert_int_equal(r->steps[0].style, STYLE_MOVING);
	routine_free(r);
	free(path);
}

static void
test_refuse_empty_and_binary(void **state)
{
	struct diag	 d = { 0 };
	char		*path;

	(void)state;
	expect_refused("empty.ini", "", "file is empty", NULL);
	expect_refused("blank.ini", "  \n\n\t\n", "file is empty", NULL);
	path = write_file("nul.ini", HEAD "\0junk", sizeof(HEAD) + 4);
	assert_null(routine_load(path, &d));
	assert_true(has_msg(&d, DIAG_ERROR, "NUL byte", NULL));
	diag_clear(&d);
	free(path);
}

static void
test_refuse_bad_text(void **state)
{
	char long_line[1200];

	(void)state;
	expect_refused("utf8.ini", HEAD "[step1]\ntitle = \xc0\x80\n",
	    "line 7", "not valid UTF-8");
	memset(long_line, 'x', sizeof long_line);
	memcpy(long_line, "title = ", 8);
	long_line[sizeof long_line - 1] = '\0';
	{
		char *text = xasprintf("[routine]\n%s\n", long_line);

		expect_refused("long.ini", text, "line 2", "too long");
		free(text);
	}
	/* One line iniparser cannot parse would make it refuse silently. */
	expect_refused("noeq.ini", HEAD "this line has no equals\n" STEP1,
	    "line 6", "expected \"key = value\"");
	expect_refused("section.ini", HEAD "[step1\n", "line 6",
	    "section header");
	expect_refused("outside.ini", "title = x\n" HEAD STEP1, "line 1",
	    "outside any [section]");
	expect_refused("dup.ini", HEAD STEP1 "hold = 20s\n", "line 10",
	    "set twice");
	expect_refused("cont.ini", HEAD STEP1 "text = a \\\n", "backslash",
	    NULL);
}

static void
test_refuse_structure(void **state)
{
	(void)state;
	expect_refused("nosec.ini", "[other]\na = b\n", "[routine]",
	    "missing section");
	expect_refused("nokind.ini", "[routine]\ntitle = T\nsummary = S\n"
	    "source = X\n" STEP1, "[routine] kind", "missing");
	expect_refused("typo.ini", "[routine]\ntitle = T\nkind = strech\n"
	    "summary = S\nsource = X\n" STEP1, "[routine] kind",
	    "did you mean stretch");
	expect_refused("nosource.ini", "[routine]\ntitle = T\nkind = stretch\n"
	    "summary = S\n" STEP1, "[routine] source", "missing");
	expect_refused("nosteps.ini", HEAD, "no steps", NULL);
	expect_refused("gap.ini", HEAD STEP1 "[step3]\ntitle = A\ntext = B\n"
	    "hold = 5\n", "[step2]", "without gaps");
	expect_refused("zero.ini", HEAD "[step0]\ntitle = A\ntext = B\n",
	    "[step0]", "unknown section");
	expect_refused("wait.ini", HEAD "[step1]\ntype = wait\ntitle = A\n"
	    "text = B\n", "[step1] type", "cannot have a \"wait\" step");
	expect_refused("relief.ini", "[routine]\ntitle = T\nkind = relief\n"
	    "summary = S\nsource = X\n[step1]\ntype = wait\ntitle = A\n"
	    "text = B\n", "[routine] part", "missing");
	expect_refused("reliefpart.ini", "[routine]\ntitle = T\nkind = relief\n"
	    "part = elbow\nsummary = S\nsource = X\n[step1]\ntype = wait\n"
	    "title = A\ntext = B\n", "[routine] part", "\"elbow\"");
	expect_refused("Bad_Name.ini", HEAD STEP1, "not a routine name", NULL);
}

static void
test_refuse_values(void **state)
{
	(void)state;
	expect_refused("hold0.ini", HEAD "[step1]\ntitle = A\ntext = B\n"
	    "hold = 0\n", "[step1] hold", "too short");
	expect_refused("hold11.ini", HEAD "[step1]\ntitle = A\ntext = B\n"
	    "hold = 11m\n", "[step1] hold", "too long");
	expect_refused("holdabc.ini", HEAD "[step1]\ntitle = A\ntext = B\n"
	    "hold = abc\n", "[step1] hold", "not a duration");
	expect_refused("nohold.ini", HEAD "[step1]\ntitle = A\ntext = B\n",
	    "[step1] hold", "missing");
	expect_refused("reps.ini", HEAD STEP1 "reps = 21\n", "[step1] reps",
	    "too large");
	expect_refused("repsneg.ini", HEAD STEP1 "reps = -1\n",
	    "[step1] reps", "too small");
	expect_refused("repsbig.ini", HEAD STEP1
	    "reps = 99999999999999999999999\n", "[step1] reps", "too large");
	expect_refused("sides.ini", HEAD STEP1 "sides = left\n",
	    "[step1] sides", "expected one, both or left-right");
	expect_refused("style.ini", HEAD STEP1 "style = swing\n",
	    "[step1] style", "expected hold, moving or pressure");
	expect_refused("notext.ini", HEAD "[step1]\ntitle = A\nhold = 5\n",
	    "[step1] text", "missing");
	expect_refused("tense.ini", "[routine]\ntitle = T\nkind = pmr\n"
	    "summary = S\nsource = X\n[step1]\ntitle = A\ntext = B\n"
	    "tense = 61\nrelease = 30\n", "[step1] tense", "too long");
	{
		char *text = xasprintf(HEAD "[step1]\ntitle = %061d\ntext = B\n"
		    "hold = 5\n", 0);

		expect_refused("title.ini", text, "[step1] title", "too long");
		free(text);
	}
}

static void
test_refuse_breathing(void **state)
{
	static const char b[] = "[routine]\ntitle = T\nkind = breathing\n"
	    "summary = S\nsource = X\n";
	char *text;

	(void)state;
	text = xasprintf("%sinhale = 4\nexhale = 4\n", b);
	expect_refused("nocycles.ini", text, "[routine] cycles", "missing");
	free(text);
	text = xasprintf("%sinhale = 4\nexhale = 4\ncycles = 3\nminutes = 2\n",
	    b);
	expect_refused("both.ini", text, "both set", NULL);
	free(text);
	text = xasprintf("%sinhale = 0\nexhale = 4\ncycles = 3\n", b);
	expect_refused("zeroin.ini", text, "[routine] inhale", "too short");
	free(text);
	text = xasprintf("%sinhale = 4\nexhale = 4\ncycles = 3\n" STEP1, b);
	expect_refused("steps.ini", text, "[step1]", "has no steps");
	free(text);
	text = xasprintf("%sinhale = 4\nexhale = 4\ncycles = 201\n", b);
	expect_refused("cycles.ini", text, "[routine] cycles", "too large");
	free(text);
}

static void
test_too_many_steps(void **state)
{
	char	*text = xstrdup(HEAD), *next;
	int	 i;

	(void)state;
	for (i = 1; i <= 201; i++) {
		next = xasprintf("%s[step%d]\ntitle = A\ntext = B\nhold = 1\n",
		    text, i);
		free(text);
		text = next;
	}
	expect_refused("many.ini", text, "too many steps", NULL);
	free(text);
}

static void
test_unknown_key_warns(void **state)
{
	static const char text[] = HEAD "[step1]\ntitle = A\ntext = B\n"
	    "hold = 5\nholdd = 6\n";
	struct diag	 d = { 0 };
	char		*path = write_file("warn.ini", text, strlen(text));
	struct routine	*r = routine_load(path, &d);

	(void)state;
	assert_non_null(r);
	assert_int_equal(d.errors, 0);
	assert_true(has_msg(&d, DIAG_WARN, "[step1] holdd",
	    "did you mean hold?"));
	routine_free(r);
	diag_clear(&d);
	free(path);
}

static void
test_not_regular_files(void **state)
{
	struct diag	 d = { 0 };
	char		*fifo = xasprintf("%s/fifo.ini", tmpdir);
	char		*big;
	size_t		 n = 300 * 1024;
	char		*path;

	(void)state;
	assert_null(routine_load(tmpdir, &d));
	assert_true(has_msg(&d, DIAG_ERROR, "not a regular file", NULL));
	diag_clear(&d);
	/* A FIFO would block a naive open(); it is refused at once. */
	assert_int_equal(mkfifo(fifo, 0600), 0);
	assert_null(routine_load(fifo, &d));
	assert_true(has_msg(&d, DIAG_ERROR, "not a regular file", NULL));
	diag_clear(&d);
	assert_null(routine_load("/nonexistent/x.ini", &d));
	assert_true(has_msg(&d, DIAG_ERROR, "cannot open", NULL));
	diag_clear(&d);
	big = xmalloc(n);
	memset(big, '#', n);
	path = write_file("big.ini", big, n);
	assert_null(routine_load(path, &d));
	assert_true(has_msg(&d, DIAG_ERROR, "too large", NULL));
	diag_clear(&d);
	free(big);
	free(path);
	free(fifo);
}

static void
test_shipped_routines_load(void **state)
{
	glob_t	 g;
	char	*pattern = xasprintf("%s/routines/*.ini", top());
	size_t	 i, kinds[KIND_COUNT] = { 0 };

	(void)state;
	assert_int_equal(glob(pattern, 0, NULL, &g), 0);
	assert_true(g.gl_pathc >= 20);
	for (i = 0; i < g.gl_pathc; i++) {
		struct diag	 d = { 0 };
		struct routine	*r = routine_load(g.gl_pathv[i], &d);

		if (r == NULL || d.n != 0)
			print_diag(&d);
		assert_non_null(r);
		assert_int_equal(d.n, 0);
		kinds[r->kind]++;
		/* Every file names its source. */
		assert_non_null(r->source);
		routine_free(r);
	}
	assert_true(kinds[KIND_RELIEF] >= 7);
	assert_true(kinds[KIND_PMR] >= 4);
	assert_true(kinds[KIND_BREATHING] >= 6);
	assert_true(kinds[KIND_STRETCH] >= 7);
	globfree(&g);
	free(pattern);
}

static void
test_builtin_matches_files(void **state)
{
	size_t i, k;

	(void)state;
	assert_int_equal(builtin_nroutines, relief_nparts);
	for (i = 0; i < relief_nparts; i++) {
		const struct routine	*b = builtin_relief(relief_parts[i]);
		char			*path;
		struct diag		 d = { 0 };
		struct routine		*r;

		assert_non_null(b);
		path = xasprintf("%s/routines/relief-%s.ini", top(),
		    relief_parts[i]);
		r = routine_load(path, &d);
		assert_non_null(r);
		assert_string_equal(b->title, r->title);
		assert_int_equal(b->nsteps, r->nsteps);
		for (k = 0; k < r->nsteps; k++) {
			assert_string_equal(b->steps[k].text, r->steps[k].text);
			assert_int_equal(b->steps[k].type, r->steps[k].type);
			assert_int_equal(b->steps[k].style, r->steps[k].style);
			assert_int_equal(step_duration_ms(&b->steps[k]),
			    step_duration_ms(&r->steps[k]));
		}
		routine_free(r);
		free(path);
	}
	assert_null(builtin_relief("elbow"));
}

static void
test_themes(void **state)
{
	static const char *names[] = { "default", "high-contrast", "night",
		"solarized-dark", "mono" };
	struct theme	 t, keep;
	struct diag	 d = { 0 };
	char		*path;
	size_t		 i;
	const char	*bad;

	(void)state;
	for (i = 0; i < nitems(names); i++) {
		path = xasprintf("%s/themes/%s.ini", top(), names[i]);
		assert_int_equal(theme_load(path, &t, &d), 0);
		assert_int_equal(d.n, 0);
		free(path);
	}
	/* The compiled-in night theme is the shipped one. */
	path = xasprintf("%s/themes/night.ini", top());
	assert_int_equal(theme_load(path, &t, &d), 0);
	assert_memory_equal(t.role, builtin_night_theme()->role,
	    sizeof t.role);
	free(path);
	/* A broken theme leaves the last good one untouched. */
	keep = t;
	bad = "[theme]\nname = X\ndescription = Y\n[text]\nfg = 300\n"
	    "bg = default\nfg8 = white\nbg8 = purple\n";
	path = write_file("bad-theme.ini", bad, strlen(bad));
	assert_int_equal(theme_load(path, &t, &d), -1);
	assert_memory_equal(&t, &keep, sizeof t);
	assert_true(has_msg(&d, DIAG_ERROR, "[text] fg", "\"300\" is too large"));
	assert_true(has_msg(&d, DIAG_ERROR, "[text] bg8", "\"purple\""));
	assert_true(has_msg(&d, DIAG_ERROR, "[timer]", "missing colour role"));
	diag_clear(&d);
	free(path);
}

static void
test_config(void **state)
{
	struct config	 def, cfg, keep;
	struct diag	 d = { 0 };
	char		*path;
	const char	*text;

	(void)state;
	config_defaults(&def);
	assert_int_equal(def.goal_ml, 2000);
	assert_int_equal(def.interval_ms, 45 * 60000);
	assert_int_equal(def.active_from, 8 * 60);
	assert_int_equal(def.night_from, 22 * 60);
	assert_int_equal(def.night_to, 7 * 60);
	/* The shipped file documents exactly the built-in defaults. */
	cfg = def;
	path = xasprintf("%s/config/unclench.ini", top());
	assert_int_equal(config_load(path, &cfg, &d), 0);
	assert_int_equal(d.n, 0);
	assert_memory_equal(&cfg, &def, sizeof cfg);
	free(path);

	/* Key by key override, units scale bare volumes. */
	text = "[general]\nunits = oz\n[hydration]\ngoal = 64\n"
	    "interval = 30s\nactive_hours = 22:00-06:00\n"
	    "[schedule]\nevening = 21:30 mon-fri bedtime-legs\n"
	    "weekend = 10:00 sat,sun desk-break\n";
	path = write_file("user.ini", text, strlen(text));
	cfg = def;
	assert_int_equal(config_load(path, &cfg, &d), 0);
	assert_int_equal(cfg.goal_ml, 1893);
	assert_int_equal(cfg.glass_ml, 250);
	assert_int_equal(cfg.interval_ms, 30000);
	assert_true(minute_in_range(23 * 60, cfg.active_from, cfg.active_to));
	assert_true(minute_in_range(60, cfg.active_from, cfg.active_to));
	assert_false(minute_in_range(12 * 60, cfg.active_from, cfg.active_to));
	assert_int_equal(cfg.nschedule, 2);
	assert_int_equal(cfg.schedule[0].minute, 21 * 60 + 30);
	assert_int_equal(cfg.schedule[0].weekdays, 0x3e);
	assert_int_equal(cfg.schedule[1].weekdays, 0x41);
	assert_string_equal(cfg.schedule[0].routine, "bedtime-legs");
	free(path);

	/* All or nothing: one bad key, and nothing of the file applies. */
	text = "[general]\nbell = no\nget_ready = 2 minutes\n"
	    "[hydration]\nfluid_restricted = yes\n[schedule]\n"
	    "x = 25:00 daily box\ny = 08:00 someday box\n"
	    "z = 08:00 daily ../etc\n[genral]\nthem = x\n";
	path = write_file("bad-config.ini", text, strlen(text));
	keep = cfg;
	assert_int_equal(config_load(path, &cfg, &d), -1);
	assert_memory_equal(&cfg, &keep, sizeof cfg);
	assert_true(has_msg(&d, DIAG_ERROR, "[general] get_ready",
	    "\"2 minutes\""));
	assert_true(has_msg(&d, DIAG_ERROR, "[hydration] fluid_limit",
	    "missing"));
	assert_true(has_msg(&d, DIAG_ERROR, "[schedule] x", "25:00"));
	assert_true(has_msg(&d, DIAG_ERROR, "[schedule] y", "someday"));
	assert_true(has_msg(&d, DIAG_ERROR, "[schedule] z",
	    "not a routine name"));
	assert_true(has_msg(&d, DIAG_WARN, "[genral]", "did you mean general"));
	diag_clear(&d);
	free(path);

	/* Longer holds: a plain number from 1 to 2, kept in thousandths. */
	assert_int_equal(def.hold_scale, 1000);
	text = "[stretch]\nhold_scale = 1.5\n";
	path = write_file("scale.ini", text, strlen(text));
	cfg = def;
	assert_int_equal(config_load(path, &cfg, &d), 0);
	assert_int_equal(cfg.hold_scale, 1500);
	free(path);
	text = "[stretch]\nhold_scale = 3\n";
	path = write_file("scale3.ini", text, strlen(text));
	assert_int_equal(config_load(path, &cfg, &d), -1);
	assert_true(has_msg(&d, DIAG_ERROR, "[stretch] hold_scale",
	    "\"3\" is too large (expected a number from 1 to 2"));
	diag_clear(&d);
	free(path);
	text = "[stretch]\nhold_scale = 2s\n";
	path = write_file("scale2s.ini", text, strlen(text));
	assert_int_equal(config_load(path, &cfg, &d), -1);
	assert_true(has_msg(&d, DIAG_ERROR, "[stretch] hold_scale",
	    "not a number"));
	diag_clear(&d);
	free(path);

	/* A goal above 4 litres loads, with a warning to check it. */
	text = "[hydration]\ngoal = 4.5l\n";
	path = write_file("big-goal.ini", text, strlen(text));
	cfg = def;
	assert_int_equal(config_load(path, &cfg, &d), 0);
	assert_int_equal(cfg.goal_ml, 4500);
	assert_int_equal(d.errors, 0);
	assert_true(has_msg(&d, DIAG_ADVICE, "[hydration] goal",
	    "more than 4 litres"));
	assert_int_equal(d.warnings, 0);
	diag_clear(&d);
	free(path);
	text = "[hydration]\ngoal = 4l\n";
	path = write_file("goal4.ini", text, strlen(text));
	assert_int_equal(config_load(path, &cfg, &d), 0);
	assert_int_equal(d.n, 0);
	free(path);

	/* The fluid limit caps the goal. */
	text = "[hydration]\nfluid_restricted = yes\nfluid_limit = 1.5l\n";
	path = write_file("fluid.ini", text, strlen(text));
	cfg = def;
	assert_int_equal(config_load(path, &cfg, &d), 0);
	assert_int_equal(config_effective_goal_ml(&cfg), 1500);
	free(path);
}

/* A UTF-8 byte order mark (Notepad's) is not content. */
static void
test_bom(void **state)
{
	struct diag	 d = { 0 };
	struct routine	*r;
	struct config	 cfg;
	char		*path;
	const char	*text = "\xef\xbb\xbf" HEAD STEP1;
	const char	*ctext =
	    "\xef\xbb\xbf# mine\n[hydration]\nglass = 300ml\n";

	(void)state;
	path = write_file("bom.ini", text, strlen(text));
	r = routine_load(path, &d);
	if (r == NULL)
		print_diag(&d);
	assert_non_null(r);
	assert_int_equal(d.n, 0);
	assert_string_equal(r->title, "T");
	routine_free(r);
	free(path);
	path = write_file("bom-config.ini", ctext, strlen(ctext));
	config_defaults(&cfg);
	assert_int_equal(config_load(path, &cfg, &d), 0);
	assert_int_equal(d.n, 0);
	assert_int_equal(cfg.glass_ml, 300);
	free(path);
	/* Only at the start: a BOM inside the text is still refused. */
	expect_refused("bom-inside.ini", HEAD "\xef\xbb\xbf" STEP1,
	    "line 6", NULL);
}

static int
setup(void **state)
{
	(void)state;
	return mkdtemp(tmpdir) == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	glob_t	 g;
	char	*pattern = xasprintf("%s/*", tmpdir);
	size_t	 i;

	(void)state;
	if (glob(pattern, 0, NULL, &g) == 0) {
		for (i = 0; i < g.gl_pathc; i++)
			unlink(g.gl_pathv[i]);
		globfree(&g);
	}
	free(pattern);
	rmdir(tmpdir);
	return 0;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_good_minimal),
		cmocka_unit_test(test_refuse_empty_and_binary),
		cmocka_unit_test(test_refuse_bad_text),
		cmocka_unit_test(test_refuse_structure),
		cmocka_unit_test(test_refuse_values),
		cmocka_unit_test(test_refuse_breathing),
		cmocka_unit_test(test_too_many_steps),
		cmocka_unit_test(test_unknown_key_warns),
		cmocka_unit_test(test_not_regular_files),
		cmocka_unit_test(test_shipped_routines_load),
		cmocka_unit_test(test_builtin_matches_files),
		cmocka_unit_test(test_themes),
		cmocka_unit_test(test_config),
		cmocka_unit_test(test_bom),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
