/*
 * cmd_play: the interactive commands (menu, now, stretch, relax, breathe).
 * Everything that can fail on the command line (a bad name, no terminal)
 * fails here, before curses starts, with a one-line message. `now` keeps
 * its way to the first frame short: no library scan, no history, no
 * notifications; only the config (for the night hours and the theme)
 * and the user's relief file, read on a time budget (relief_settings).
 *
 * Test-only environment (documented in the README as such, not in --help):
 * UNCLENCH_TEST_TIME_SCALE=N runs the monotonic clock N times faster,
 * UNCLENCH_TEST_WALL="YYYY-MM-DD HH:MM" starts the wall clock there, and
 * UNCLENCH_TEST_TRACE=FILE logs every phase event with its timestamps.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "app.h"
#include "audio.h"
#include "budget.h"
#include "files_builtin.h"
#include "cli.h"
#include "calendar.h"
#include "cmd.h"
#include "daemon_client.h"
#include "diary.h"
#include "format.h"
#include "files_library.h"
#include "files_parts.h"
#include "i18n.h"
#include "files_paths.h"
#include "files_stall.h"
#include "plain.h"
#include "relief_text.h"
#include "routine_ini.h"
#include "tui.h"
#include "view_diary.h"
#include "view_history.h"
#include "view_menu.h"
#include "view_picker.h"
#include "view_player.h"
#include "view_relief.h"

/* The eyes-free options of the routine commands and `now`. */
struct play_opts {
	int	 speak;		/* --speak */
	int	 screen_reader;	/* --screen-reader */
	int	 plain;		/* --plain */
};

/* The audio child's options: it starts after the first frame. */
static struct audio_opts audio_opts;

/* Take the eyes-free options out of argv; returns the new argc. */
static int
take_opts(int argc, char **argv, struct play_opts *o)
{
	int i, n = 1;

	memset(o, 0, sizeof *o);
	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--speak") == 0)
			o->speak = 1;
		else if (strcmp(argv[i], "--screen-reader") == 0)
			o->screen_reader = 1;
		else if (strcmp(argv[i], "--plain") == 0)
			o->plain = 1;
		else
			argv[n++] = argv[i];
	}
	argv[n] = NULL;
	return n;
}

/*
 * Speech and sound as the config and --speak say, the night's quiet
 * applied; screen-reader mode from --screen-reader, ACCESSIBLE=1 or the
 * config's [display] screen_reader.
 */
static void
eyes_free(struct app *a, const struct play_opts *o)
{
	const char *acc = getenv("ACCESSIBLE");

	audio_opts_from_config(&a->cfg, a->night, &audio_opts);
	if (o->speak)
		audio_opts.speak = 1;
	a->audio_want = &audio_opts;
	a->screen_reader = o->screen_reader || a->cfg.screen_reader ||
	    (acc != NULL && strcmp(acc, "1") == 0);
}

/* The test clock: real monotonic time, sped up; wall time follows it. */
static uint64_t	 test_base_ms;
static unsigned	 test_scale = 1;
static time_t	 test_wall_base;

static uint64_t
test_mono_ms(const struct clock *c)
{
	uint64_t r = clock_mono_ms(&clock_real);

	return test_base_ms + (r - test_base_ms) * test_scale;
}

static time_t
test_wall(const struct clock *c)
{
	return test_wall_base + (time_t)((test_mono_ms(c) - test_base_ms) /
	    1000);
}

static struct clock test_clock = { .mono_ms = test_mono_ms,
	.wall = test_wall };

/* Parse "YYYY-MM-DD HH:MM" as local time. */
static int
parse_wall(const char *s, time_t *out)
{
	const char *why;

	return cal_parse_local(&cal_zone_local, s, 0, out, &why);
}

/* The clock: the real one, unless a test asked for another. */
static int
setup_clock(struct app *a)
{
	const char	*sc = getenv("UNCLENCH_TEST_TIME_SCALE");
	const char	*wa = getenv("UNCLENCH_TEST_WALL");
	const char	*why;
	long		 n;

	a->clk = &clock_real;
	a->time_scale = 1;
	if ((sc == NULL || *sc == '\0') && (wa == NULL || *wa == '\0'))
		return 0;
	if (sc != NULL && *sc != '\0') {
		if (parse_long(sc, 1, 100000, &n, &why) != 0) {
			cli_fail("UNCLENCH_TEST_TIME_SCALE: \"%s\" is %s "
			    "(expected 1 to 100000)", sc, why);
			return -1;
		}
		test_scale = (unsigned)n;
	}
	test_wall_base = time(NULL);
	if (wa != NULL && *wa != '\0' && parse_wall(wa, &test_wall_base)) {
		cli_fail("UNCLENCH_TEST_WALL: \"%s\" is not a time (expected "
		    "YYYY-MM-DD HH:MM)", wa);
		return -1;
	}
	test_base_ms = clock_mono_ms(&clock_real);
	a->clk = &test_clock;
	a->time_scale = test_scale;
	return 0;
}

/*
 * Load theme name from the first data directory that has it: access()
 * only, never the directory listing library_find makes for its "did you
 * mean" hints (relief must not scan directories before its first frame).
 */
static int
load_theme_quick(const char *name, struct theme *t, struct diag *d)
{
	char	**dirs, *path = NULL;
	size_t	  n, i;
	int	  r = -1;

	if (!name_is_safe(name)) {
		diag_add(d, DIAG_ERROR, _("%s: not a theme name (expected "
		    "lower case letters, digits and '-')"), name);
		return -1;
	}
	n = paths_data_dirs("themes", &dirs);
	for (i = 0; i < n && path == NULL; i++) {
		path = xasprintf("%s/%s.ini", dirs[i], name);
		if (access(path, F_OK) != 0) {
			free(path);
			path = NULL;
		}
	}
	paths_free_list(dirs, n);
	if (path != NULL) {
		r = theme_load(path, t, d);
		free(path);
	} else
		diag_add(d, DIAG_ERROR, _("%s: no such theme (see `unclench "
		    "list`)"), name);
	return r;
}

/* Has the user a theme file of this name of their own? */
static int
user_theme_exists(const char *name)
{
	char	*dir = paths_user_data(), *path;
	int	 r;

	path = xasprintf("%s/themes/%s.ini", dir, name);
	r = access(path, F_OK) == 0;
	free(path);
	free(dir);
	return r;
}

/* Is it night by the config's night hours? */
static int
is_night(const struct app *a)
{
	int minute;

	cal_day(&cal_zone_local, clock_wall(a->clk), &minute);
	return minute_in_range(minute, a->cfg.night_from, a->cfg.night_to);
}

/*
 * The config's problems in one notice: the first error (or, with none, the
 * first warning), with the file named once and the rest counted.
 */
static void
config_notice(char *buf, size_t len, const struct diag *d, int broken)
{
	char		*path = cli_config_path();
	const char	*text;
	size_t		 i, plen = strlen(path);

	for (i = 0; i < d->n && d->msgs[i].level != DIAG_ERROR; i++)
		continue;
	text = d->msgs[i < d->n ? i : 0].text;
	if (strncmp(text, path, plen) == 0 && text[plen] == ':')
		text += plen + 1 + (text[plen + 1] == ' ');
	snprintf(buf, len, broken ? _("config %s ignored, defaults used: %s") :
	    _("config %s: %s"), path, text);
	if (d->n > 1)
		snprintf(buf + strlen(buf), len - strlen(buf), _(" (and %zu "
		    "more: unclench check %s)"), d->n - 1, path);
	free(path);
}

/*
 * Settings and theme. A broken config stops the command (-1, said on
 * stderr: nothing is done on defaults the user did not choose) except for
 * relief (quick), which always runs and says on screen which file it
 * ignored. Warnings and a broken theme become a notice.
 */
static int
load_settings(struct app *a, const char *cmd, int night, int quick)
{
	struct diag	 d = { 0 };
	char		 first[sizeof a->notice] = "";
	size_t		 len;
	int		 broken;

	broken = cli_load_config(&a->cfg, &d) != 0;
	if (broken && !quick) {
		cli_config_refused(cmd, &d);
		diag_clear(&d);
		return -1;
	}
	if (d.n > 0)
		config_notice(first, sizeof first, &d, broken);
	diag_clear(&d);
	a->bell = a->cfg.bell;
	a->flash = a->cfg.flash;
	if (night < 0)
		night = is_night(a);
	if (night) {
		/* Night relief: the dim theme; the bell only if turned on. */
		a->theme = *builtin_night_theme();
		a->night = 1;
		a->bell = 0;
	} else if (strcmp(a->cfg.theme, "default") == 0 &&
	    !user_theme_exists("default")) {
		/* The shipped default is compiled in: no file to read. */
		a->theme = *builtin_default_theme();
	} else if ((quick ? load_theme_quick(a->cfg.theme, &a->theme, &d) :
	    library_load_theme(a->cfg.theme, &a->theme, &d)) != 0) {
		/*
		 * What was done first, then why: a long path may wrap, but
		 * the file, section and key come before any cut.
		 */
		a->theme = *builtin_default_theme();
		len = strlen(first);
		snprintf(first + len, sizeof first - len, _("%stheme: built-in "
		    "default used: %s"), len > 0 ? "; " : "", d.n > 0 ?
		    d.msgs[0].text : a->cfg.theme);
	}
	diag_clear(&d);
	if (first[0] != '\0')
		app_notice(a, 1, "%s", first);
	return 0;
}

/*
 * Relief's first frame must never wait on the user's files. They are read
 * on a time budget (budget.h): if that runs out (a stalled network
 * filesystem), a watchdog thread starts relief on the defaults and the
 * built-in steps instead. A config too large to read at once is left for
 * the defaults too.
 */
#define RELIEF_SETTINGS_MS	250
#define RELIEF_CONFIG_MAX	(64 * 1024)

/* What relief needs to start, for the watchdog's copy. */
struct relief_start {
	struct app	 a;
	const char	*part, *guess;	/* the part named, or a guess at one */
	const char	*said;		/* the words not understood, or "" */
	uint64_t	 cramp_ms;
	time_t		 cramp_wall;
};

static long long
config_too_big(void)
{
	struct stat	 st;
	char		*path = cli_config_path();
	long long	 r = 0;

	if (stat(path, &st) == 0 && S_ISREG(st.st_mode) &&
	    st.st_size > RELIEF_CONFIG_MAX)
		r = (long long)st.st_size;
	free(path);
	return r;
}

/* The defaults and the built-in themes: no file read. */
static void
relief_defaults(struct app *a, const char *why)
{
	char *path = cli_config_path();

	config_defaults(&a->cfg);
	a->bell = a->cfg.bell;
	a->flash = a->cfg.flash;
	if (is_night(a)) {
		a->theme = *builtin_night_theme();
		a->night = 1;
		a->bell = 0;
	} else
		a->theme = *builtin_default_theme();
	app_notice(a, 1, _("config %s ignored, defaults used: %s"), path,
	    why);
	free(path);
}

/* The settings, and the user's relief file for part (NULL: none yet). */
static void
relief_settings(struct app *a, const char *part)
{
	char		why[128];
	long long	size;

	if ((size = config_too_big()) > 0) {
		snprintf(why, sizeof why, _("too large to read before relief "
		    "(%lld bytes; at most %d KiB)"), size,
		    RELIEF_CONFIG_MAX / 1024);
		relief_defaults(a, why);
	} else
		load_settings(a, "now", -1, 1);
	if (part != NULL)
		parts_prefetch(part);
}

/*
 * Could relief's reads before its first frame take long? Only if one of
 * the files is on a filesystem that may stall, or the user has relief
 * steps of their own for part (a file of any size): then the watchdog
 * (budget.h) is worth its thread; otherwise it only costs the first frame.
 */
static int
relief_may_stall(const char *part)
{
	const char	*tz = getenv("TZ");
	char		**dirs, *path, *data = paths_user_data();
	size_t		  n, i;
	int		  r;

	path = cli_config_path();
	r = stall_possible(path) || stall_possible(data) ||
	    stall_possible("/etc/localtime");
	free(path);
	if (!r && tz != NULL && *tz != '\0')
		r = stall_possible(tz[*tz == ':'] == '/' ? tz + (*tz == ':') :
		    "/usr/share/zoneinfo");
	n = paths_data_dirs("themes", &dirs);
	for (i = 0; i < n && !r; i++)
		r = stall_possible(dirs[i]);
	paths_free_list(dirs, n);
	if (!r && part != NULL) {
		path = xasprintf("%s/routines/relief-%s.ini", data, part);
		r = access(path, F_OK) == 0;
		free(path);
	}
	free(data);
	return r;
}

static int
app_init(struct app *a)
{
	const char *tr = getenv("UNCLENCH_TEST_TRACE");

	memset(a, 0, sizeof *a);
	if (setup_clock(a) != 0)
		return -1;
	if (tr != NULL && *tr != '\0' && (a->trace = fopen(tr, "w")) == NULL) {
		cli_fail("UNCLENCH_TEST_TRACE: %s: %s", tr, strerror(errno));
		return -1;
	}
	return 0;
}

static void
app_done(struct app *a)
{
	if (a->trace != NULL)
		fclose(a->trace);
	a->trace = NULL;
}

/* Check the terminal and start curses; 0, or an exit code. */
static int
start_screen(struct app *a)
{
	char *cause = NULL;

	if (tui_check_terminal(&cause) != 0) {
		cli_fail("%s", cause);
		free(cause);
		return EXIT_FAIL;
	}
	tui_signals_install();
	/* A screen reader reads no box drawing: plain ASCII rules. */
	tui_ascii = tui_want_ascii() || a->screen_reader;
	if (tui_start(&a->theme, &cause) != 0) {
		cli_fail("%s", cause);
		free(cause);
		return EXIT_FAIL;
	}
	return 0;
}

/* Run the loop, put the terminal back, then say what must be said. */
static int
run(struct app *a)
{
	int rc;

	/* A glass logged on the hydration screen reaches the daemon. */
	diary_set_hook(daemon_tell_refresh);
	rc = app_run(a);

	tui_end();
	audio_stop(a->audio);
	a->audio = NULL;
	if (a->final_note[0] != '\0')
		cli_fail("%s", a->final_note);	/* escapes it */
	app_done(a);
	return rc;
}

int
cmd_menu(int argc, char **argv)
{
	struct app	 a;
	struct play_opts o;
	int		 rc;

	argc = take_opts(argc, argv, &o);
	if (argc > 1)
		return cli_usage_error("menu", _("unexpected argument: %s"),
		    argv[1]);
	if (o.plain)
		return cli_usage_error("menu", "%s", _("--plain needs a "
		    "routine: unclench stretch NAME --plain, or now PART "
		    "--plain"));
	if (app_init(&a) != 0)
		return EXIT_USAGE;
	if (load_settings(&a, "menu", 0, 0) != 0) {
		app_done(&a);
		return EXIT_FAIL;
	}
	eyes_free(&a, &o);
	if ((rc = start_screen(&a)) != 0) {
		app_done(&a);
		return rc;
	}
	view_menu_open(&a);
	return run(&a);
}

int
cmd_stats_screen(void)
{
	struct app		 a;
	struct view_history	*hv;
	char			*cause = NULL;
	int			 rc;

	if (tui_check_terminal(&cause) != 0) {
		cli_fail("stats: %s", cause);
		free(cause);
		return EXIT_FAIL;
	}
	if (app_init(&a) != 0)
		return EXIT_USAGE;
	if (load_settings(&a, "stats", 0, 0) != 0) {
		app_done(&a);
		return EXIT_FAIL;
	}
	/* Not readable: said before the screen starts, as `stats` would. */
	if ((hv = view_history_open(&a.cfg, clock_wall(a.clk), &cause)) ==
	    NULL) {
		cli_fail("stats: %s", cause);
		free(cause);
		app_done(&a);
		return EXIT_FAIL;
	}
	if ((rc = start_screen(&a)) != 0) {
		view_history_close(hv);
		app_done(&a);
		return rc;
	}
	view_diary_show(&a, hv);
	return run(&a);
}

/*
 * r in plain lines (plain.h), with why the screen is not used (NULL:
 * --plain asked for it) said first in one line.
 */
static int
play_plain(struct app *a, const struct routine *r, const char *why)
{
	struct plain_run	 pr;
	struct routine		*own = NULL, *nl;
	size_t			 i;
	int			 rc;

	if (why != NULL)
		cli_fail(_("%s: coaching in plain lines instead"), why);
	/* The config's hold_scale and skip_legs, as the player applies them. */
	if (r->kind == KIND_STRETCH && a->cfg.hold_scale > 1000)
		r = own = routine_scale_holds(r, a->cfg.hold_scale);
	if (r->kind == KIND_PMR && a->cfg.pmr_skip_legs) {
		nl = routine_without_legs(r);
		for (i = 0; i < nl->nsteps && nl->steps[i].type != STEP_TENSE;
		    i++)
			continue;
		if (i < nl->nsteps)
			r = own = nl;
		else
			routine_free(nl);
	}
	memset(&pr, 0, sizeof pr);
	pr.r = r;
	pr.get_ready_ms = r->kind == KIND_RELIEF ? 0 : a->cfg.get_ready_ms;
	pr.clk = a->clk;
	pr.time_scale = a->time_scale;
	pr.audio = a->audio_want;
	pr.trace = a->trace;
	pr.relief = r->kind == KIND_RELIEF;
	pr.part = r->part;
	pr.cramp_ms = app_now(a);
	rc = plain_play(&pr);
	routine_free(own);
	return rc;
}

/*
 * The routine named in argv[1], of the kind the command plays: NULL with
 * *rc set (and the reason said) when it is missing, broken or of another
 * kind.
 */
static struct routine *
load_named(char **argv, enum routine_kind kind, int *rc)
{
	struct diag	 d = { 0 };
	struct routine	*r;
	char		*path;

	if ((path = library_find("routines", argv[1], &d)) == NULL) {
		*rc = cli_usage_error(argv[0], "%s", d.n > 0 ?
		    d.msgs[0].text : argv[1]);
		diag_clear(&d);
		return NULL;
	}
	r = routine_load(path, &d);
	free(path);
	if (r == NULL) {
		diag_print(&d, stderr);
		diag_clear(&d);
		*rc = EXIT_FAIL;
		return NULL;
	}
	diag_clear(&d);
	if (r->kind != kind) {
		*rc = cli_usage_error(argv[0], _("%s is a %s routine "
		    "(try: unclench %s %s)"), argv[1],
		    routine_kind_name(r->kind),
		    format_kind_command(r->kind),
		    r->kind == KIND_RELIEF && r->part ? r->part : argv[1]);
		routine_free(r);
		return NULL;
	}
	return r;
}

/* stretch, relax, breathe: a list of the kind, or the routine named. */
static int
play_kind(int argc, char **argv, enum routine_kind kind)
{
	struct app	 a;
	struct diag	 d = { 0 };
	struct library	 lib;
	struct routine	*r = NULL;
	struct play_opts o;
	char		*cause = NULL;
	size_t		 bad = 0;
	int		 rc;

	argc = take_opts(argc, argv, &o);
	if (argc > 2)
		return cli_usage_error(argv[0], _("unexpected argument: %s"),
		    argv[2]);
	if (argc == 2 && argv[1][0] == '-')
		return cli_usage_error(argv[0], _("unknown option %s"),
		    argv[1]);
	if (argc < 2 && o.plain)
		return cli_usage_error(argv[0], "%s", _("--plain needs a "
		    "routine name (see unclench list)"));
	if (argc == 2) {
		if ((r = load_named(argv, kind, &rc)) == NULL)
			return rc;
	} else {
		bad = library_scan(&lib, (int)kind, &d);
		if (lib.n == 0) {
			diag_print(&d, stderr);
			diag_clear(&d);
			library_free(&lib);
			return cli_fail(_("%s: no %s routines found (see "
			    "unclench list)"), argv[0], routine_kind_name(kind));
		}
	}
	if (app_init(&a) != 0) {
		routine_free(r);
		if (r == NULL)
			library_free(&lib);
		diag_clear(&d);
		return EXIT_USAGE;
	}
	rc = load_settings(&a, argv[0], 0, 0) != 0 ? EXIT_FAIL : 0;
	if (rc == 0)
		eyes_free(&a, &o);
	/* A routine named and no screen to draw it on: plain lines. */
	if (rc == 0 && r != NULL && (o.plain || tui_check_terminal(&cause) !=
	    0)) {
		rc = play_plain(&a, r, cause);
		free(cause);
		routine_free(r);
		diag_clear(&d);
		app_done(&a);
		return rc;
	}
	free(cause);
	if (rc == 0)
		rc = start_screen(&a);
	if (rc != 0) {
		routine_free(r);
		if (r == NULL)
			library_free(&lib);
		diag_clear(&d);
		app_done(&a);
		return rc;
	}
	if (r != NULL)
		view_player_open(&a, r, r, 0);
	else {
		view_picker_open_with(&a, (int)kind, &lib);
		if (bad > 0)
			app_notice(&a, 1, NG_("%zu routine file could not "
			    "be read (unclench list names it)", "%zu routine "
			    "files could not be read (unclench list names "
			    "them)", bad), bad);
	}
	diag_clear(&d);
	return run(&a);
}

int
cmd_stretch(int argc, char **argv)
{
	return play_kind(argc, argv, KIND_STRETCH);
}

int
cmd_relax(int argc, char **argv)
{
	return play_kind(argc, argv, KIND_PMR);
}

int
cmd_breathe(int argc, char **argv)
{
	return play_kind(argc, argv, KIND_BREATHING);
}

/* The words of `now` as typed, made safe to show, cut to fit buf. */
static void
said_text(int n, char **words, char *buf, size_t len)
{
	size_t	o, need = 0;
	int	i;

	buf[0] = '\0';
	for (i = 0; i < n; i++) {
		o = strlen(buf);
		snprintf(buf + o, len - o, "%s%s", i > 0 ? " " : "", words[i]);
		need += strlen(words[i]) + (i > 0);
	}
	for (o = 0; buf[o] != '\0'; o++)
		if ((unsigned char)buf[o] < 0x20 || buf[o] == 0x7f)
			buf[o] = '?';
	if (need >= len) {
		/* Not half a UTF-8 character at the cut. */
		while (o > 0 && ((unsigned char)buf[o - 1] & 0xc0) == 0x80)
			o--;
		if (o > 0 && (unsigned char)buf[o - 1] >= 0xc0)
			o--;
		buf[o] = '\0';
	}
}

/* The screen, and relief on it for what rs names; the exit code. */
static int
relief_show(struct app *a, const struct relief_start *rs)
{
	int rc;

	if ((rc = start_screen(a)) != 0) {
		app_done(a);
		return rc;
	}
	if (rs->part != NULL) {
		if (view_player_open_relief(a, rs->part, rs->cramp_ms,
		    rs->cramp_wall, 0) != 0) {
			tui_end();
			app_done(a);
			return cli_fail(_("now: no relief steps for %s"),
			    rs->part);
		}
		return run(a);
	}
	view_relief_open_at(a, rs->cramp_ms, rs->cramp_wall, rs->guess);
	if (rs->said[0] != '\0' && rs->guess != NULL)
		app_notice(a, 1, _("Not sure which part \"%s\" is: pick one "
		    "(%s?)"), rs->said, rs->guess);
	else if (rs->said[0] != '\0')
		app_notice(a, 1, _("Not sure which part \"%s\" is: pick one"),
		    rs->said);
	return run(a);
}

/* The budget ran out: relief on the defaults, from the watchdog thread. */
static void
relief_rescue(void *p)
{
	struct relief_start *rs = p;

	parts_builtin_only();
	relief_defaults(&rs->a, _("your files were not read within 0.25 s "
	    "(a stalled filesystem?), built-in relief steps used"));
	exit(relief_show(&rs->a, rs));
}

/* Relief for part in plain lines (why: the screen is not used; NULL). */
static int
relief_plain(const char *part, const struct play_opts *o, const char *why)
{
	struct app		 a;
	const struct routine	*r;
	struct routine		*owned;
	char			*warn;
	int			 rc;

	if (app_init(&a) != 0)
		return EXIT_USAGE;
	relief_settings(&a, part);
	eyes_free(&a, o);
	if ((r = parts_relief_routine(part, &owned, &warn)) == NULL) {
		app_done(&a);
		return cli_fail(_("now: no relief steps for %s"), part);
	}
	if (warn != NULL) {
		cli_fail("%s", warn);
		free(warn);
	}
	rc = play_plain(&a, r, why);
	routine_free(owned);
	app_done(&a);
	return rc;
}

int
cmd_now(int argc, char **argv)
{
	struct app		 a;
	struct relief_start	*rs;
	struct budget		*b;
	const char		*part = NULL, *hint, *guess = NULL;
	char			 said[48] = "", *cause = NULL;
	uint64_t		 cramp_ms;
	time_t			 cramp_wall;
	struct play_opts	 o;
	int			 rc, i;

	argc = take_opts(argc, argv, &o);
	/* An option is not a body part: say which it is. */
	for (i = 1; i < argc; i++)
		if (argv[i][0] == '-' && argv[i][1] != '\0')
			return cli_usage_error("now", _("unknown option %s"),
			    argv[i]);
	/* "charley horse", "foot cramp"; anything else: the picker asks. */
	if (argc >= 2 && (part = parts_resolve_words(argc - 1,
	    argv + 1)) == NULL) {
		said_text(argc - 1, argv + 1, said, sizeof said);
		if ((hint = parts_suggest(said)) != NULL)
			guess = parts_resolve(hint);	/* "claf": calf */
	}
	/*
	 * The check and curses' start in one (tui_open): the terminfo entry
	 * is parsed once on the way to the first frame, not twice.
	 */
	if (o.plain || tui_open(&cause) != 0) {
		/*
		 * No screen to draw on: plain lines, step by step, when a
		 * part is named and there are keys to move on with; else the
		 * steps at once as text. Never a refusal.
		 */
		if (part != NULL && (o.plain || isatty(STDIN_FILENO)))
			rc = relief_plain(part, &o, cause);
		else
			rc = relief_text(stdout, part != NULL ? part : guess,
			    said, cause != NULL ? cause : "--plain");
		free(cause);
		return rc;
	}
	if (app_init(&a) != 0) {
		tui_end();
		return EXIT_USAGE;
	}
	/* The cramp began no later than now. */
	cramp_ms = app_now(&a);
	cramp_wall = clock_wall(a.clk);
	rs = xcalloc(1, sizeof *rs);
	rs->part = part;
	rs->guess = guess;
	rs->said = said;
	rs->cramp_ms = cramp_ms;
	rs->cramp_wall = cramp_wall;
	rs->a = a;	/* the watchdog's own copy, should the budget run out */
	b = relief_may_stall(part) ? budget_begin(relief_rescue, rs,
	    RELIEF_SETTINGS_MS) : NULL;
	relief_settings(&a, part);
	if (b != NULL)
		budget_end(b);
	eyes_free(&a, &o);
	rc = relief_show(&a, rs);
	free(rs);
	return rc;
}
