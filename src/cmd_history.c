/*
 * cmd_history: the diary commands: drink, log (cramp, undo), stats,
 * export and import. Arguments are checked in full before the store is
 * opened, so a bad argument writes nothing. Every message names what was
 * wrong; a store that cannot be opened is reported with its path and what
 * to do, never replaced. Import checks every row first and then adds them
 * all in one transaction, or none.
 *
 * Export columns (CSV header line, and the JSON keys of each record):
 *   type         session | cramp | drink | reminder
 *   time         when it happened (a session's start), ISO 8601 local time
 *                with its UTC offset: 2024-05-01T22:15:00+02:00
 *   end          session: when it ended (same format)
 *   routine      session: the routine's name (bedtime-legs)
 *   kind         session: stretch | pmr | breathing | relief;
 *                reminder: hydration | session
 *   completed    session: 1 ran to the end, 0 stopped early (JSON: bool)
 *   steps_done   session: steps finished
 *   steps_total  session: steps in the routine
 *   part         cramp: calf | foot | hamstring | quad | back | neck | hand
 *   duration_s   cramp: how long it lasted in seconds (empty: unknown)
 *   severity     cramp: 1-10 (empty: not given)
 *   note         cramp: free text, at most 500 bytes (empty: none)
 *   ml           drink: millilitres
 *   action       reminder: sent, drank, snoozed, skipped, started, missed
 * Columns that do not apply to a type are empty (CSV) or absent (JSON).
 * The JSON file is {"format": "unclench-history", "version": 1,
 * "records": [ ... ]} with one record per line.
 */
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "daemon.h"
#include "cmd.h"
#include "config.h"
#include "history.h"
#include "history_io.h"
#include "library.h"
#include "parts.h"
#include "routine.h"
#include "stats.h"
#include "theme.h"
#include "tui.h"
#include "util.h"
#include "view_history.h"

#define IMPORT_MAX_BYTES	(256L * 1024 * 1024)
#define CRAMP_MAX_MINUTES	240

/*
 * The settings, warnings printed. A broken file is refused, not replaced by
 * the defaults: returns EXIT_FAIL, having said why, or EXIT_OK.
 */
static int
load_config(const char *cmd, struct config *cfg)
{
	struct diag	d = { 0 };
	int		rc = EXIT_OK;

	if (cli_load_config(cfg, &d) != 0)
		rc = cli_config_refused(cmd, &d);
	else
		diag_print(&d, stderr);
	diag_clear(&d);
	return rc;
}

static struct history *
open_history(const char *cmd)
{
	struct history	*h;
	char		*cause;

	if ((h = history_open(NULL, &cause)) == NULL) {
		cli_fail("%s: %s", cmd, cause);
		free(cause);
	}
	return h;
}

static void
format_local(char *buf, size_t len, time_t t)
{
	struct tm tm;

	if (localtime_r(&t, &tm) == NULL)
		snprintf(buf, len, "@%lld", (long long)t);
	else
		strftime(buf, len, "%Y-%m-%d %H:%M", &tm);
}

/*
 * A local time for --at: "YYYY-MM-DD HH:MM" (or with a T), or "HH:MM"
 * for today. It must exist (not skipped by a clock change) and not be in
 * the future.
 */
static int
parse_at(const char *s, time_t now, time_t *out, const char **why)
{
	struct tm	tm, back;
	time_t		t;
	int		day, hh, mm, y, mo, d, minute;

	if (strlen(s) == 5) {
		history_local_day(now, &day, &minute);
		if (history_io_parse_hm(s, &hh, &mm) != 0) {
			*why = "not a time (expected \"YYYY-MM-DD HH:MM\" or "
			    "HH:MM)";
			return -1;
		}
	} else if (strlen(s) == 16 && (s[10] == ' ' || s[10] == 'T')) {
		if (history_io_parse_day(s, &day, why) != 0)
			return -1;
		if (history_io_parse_hm(s + 11, &hh, &mm) != 0) {
			*why = "no such time of day (expected 00:00-23:59)";
			return -1;
		}
	} else {
		*why = "not a time (expected \"YYYY-MM-DD HH:MM\" or HH:MM)";
		return -1;
	}
	stats_civil(day, &y, &mo, &d);
	memset(&tm, 0, sizeof tm);
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = hh;
	tm.tm_min = mm;
	tm.tm_isdst = -1;
	if ((t = mktime(&tm)) == (time_t)-1 ||
	    localtime_r(&t, &back) == NULL || back.tm_hour != hh ||
	    back.tm_min != mm || back.tm_mday != d) {
		*why = "does not exist in local time (the clocks changed)";
		return -1;
	}
	if (t > now + 60) {
		*why = "is in the future";
		return -1;
	}
	*out = t;
	return 0;
}

/* The day's water so far against the goal. */
static void
print_today(struct history *h, const struct config *cfg, time_t now)
{
	time_t	from, to;
	long	total, goal = config_effective_goal_ml(cfg);
	char	a[32], b[32];

	history_day_bounds(now, &from, &to);
	if ((total = history_water_between(h, from, to)) < 0)
		return;
	format_volume(a, sizeof a, total, cfg->units);
	format_volume(b, sizeof b, goal, cfg->units);
	printf("Today: %s of your %s %s (%ld%%).\n", a, b,
	    cfg->fluid_restricted ? "limit" : "goal",
	    goal > 0 ? total * 100 / goal : 0L);
	if (cfg->fluid_restricted && total > goal)
		printf("That is over the daily limit your doctor gave.\n");
}

int
cmd_drink(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "at", required_argument, NULL, 'a' },
		{ NULL, 0, NULL, 0 }
	};
	struct config	 cfg;
	struct history	*h;
	const char	*why;
	char		*cause, vol[32], when[32];
	time_t		 now = time(NULL), at = now;
	long		 ml;
	int		 ch;
	pid_t		 daemon_pid;

	while ((ch = getopt_long(argc, argv, ":", longopts, NULL)) != -1) {
		switch (ch) {
		case 'a':
			if (parse_at(optarg, now, &at, &why) != 0)
				return cli_usage_error("drink", "--at \"%s\": "
				    "%s", optarg, why);
			break;
		case ':':
			return cli_usage_error("drink", "%s needs a value",
			    argv[optind - 1]);
		default:
			return cli_usage_error("drink", "unknown option: %s",
			    argv[optind - 1]);
		}
	}
	if (argc - optind > 1)
		return cli_usage_error("drink", "unexpected argument: %s",
		    argv[optind + 1]);
	if (load_config("drink", &cfg) != EXIT_OK)
		return EXIT_FAIL;
	ml = cfg.glass_ml;
	if (optind < argc && parse_volume_ml(argv[optind], cfg.units, 1,
	    HISTORY_DRINK_MAX_ML, &ml, &why) != 0)
		return cli_usage_error("drink", "\"%s\": %s (expected an "
		    "amount like 250, 250ml, 0.3l or 8oz, at most 5 l)",
		    argv[optind], why);
	if ((h = open_history("drink")) == NULL)
		return EXIT_FAIL;
	if (history_add_drink(h, at, ml, &cause) != 0) {
		cli_fail("drink: %s", cause);
		free(cause);
		history_close(h);
		return EXIT_FAIL;
	}
	format_volume(vol, sizeof vol, ml, cfg.units);
	format_local(when, sizeof when, at);
	printf("Logged %s of water at %s.\n", vol, when);
	print_today(h, &cfg, now);
	history_close(h);
	/* The daemon would see the drink when it next wakes; tell it now. */
	if ((daemon_pid = daemon_running(NULL)) > 0)
		kill(daemon_pid, SIGUSR1);
	return EXIT_OK;
}

/* One line about a record, for undo. */
static void
describe(char *buf, size_t len, const struct history_item *it,
    const struct config *cfg)
{
	char when[32], vol[32], dur[32], extra[600];

	format_local(when, sizeof when, it->at);
	switch (it->type) {
	case HREC_DRINK:
		format_volume(vol, sizeof vol, it->ml, cfg->units);
		snprintf(buf, len, "a drink of %s at %s", vol, when);
		break;
	case HREC_CRAMP:
		extra[0] = '\0';
		if (it->severity > 0)
			snprintf(extra, sizeof extra, ", severity %d/10",
			    it->severity);
		if (it->duration_s >= 0) {
			format_duration(dur, sizeof dur, it->duration_s);
			snprintf(extra + strlen(extra),
			    sizeof extra - strlen(extra), ", %s", dur);
		}
		if (it->has_note)
			snprintf(extra + strlen(extra),
			    sizeof extra - strlen(extra), ", \"%s\"", it->note);
		snprintf(buf, len, "a %s cramp at %s%s", it->part, when, extra);
		break;
	case HREC_SESSION:
		snprintf(buf, len, "a %s session (%s) at %s, %s, %d of %d "
		    "steps", it->kind, it->routine, when,
		    it->completed ? "completed" : "stopped early",
		    it->steps_done, it->steps_total);
		break;
	default:
		snprintf(buf, len, "a %s reminder (%s) at %s", it->kind,
		    it->action, when);
		break;
	}
}

static int
log_undo(int argc, char **argv)
{
	struct config		 cfg;
	struct history		*h;
	struct history_item	 it;
	char			*cause, what[1024];
	int			 r;

	if (argc > 1)
		return cli_usage_error("log", "undo takes no arguments");
	if (load_config("log", &cfg) != EXIT_OK)
		return EXIT_FAIL;
	if ((h = open_history("log")) == NULL)
		return EXIT_FAIL;
	r = history_undo_last(h, &it, &cause);
	history_close(h);
	if (r < 0) {
		cli_fail("log: undo: %s", cause);
		free(cause);
		return EXIT_FAIL;
	}
	if (r == 1) {
		fprintf(stderr, "unclench: log: undo: nothing to undo (no "
		    "sessions, cramps or drinks in the diary)\n");
		return EXIT_FAIL;
	}
	describe(what, sizeof what, &it, &cfg);
	printf("Removed the last record: %s.\n", what);
	return EXIT_OK;
}

static int
log_cramp(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "severity", required_argument, NULL, 's' },
		{ "minutes", required_argument, NULL, 'm' },
		{ "note", required_argument, NULL, 'n' },
		{ "at", required_argument, NULL, 'a' },
		{ NULL, 0, NULL, 0 }
	};
	struct cramp_record	 r = { .duration_s = -1 };
	struct history		*h;
	const char		*why, *part, *hint;
	char			*cause, when[32], dur[32];
	time_t			 now = time(NULL);
	long			 v;
	int			 ch;

	r.start = now;
	optind = 0;
	while ((ch = getopt_long(argc, argv, ":", longopts, NULL)) != -1) {
		switch (ch) {
		case 's':
			if (parse_long(optarg, 1, 10, &v, &why) != 0)
				return cli_usage_error("log", "--severity "
				    "\"%s\": %s (expected 1-10)", optarg, why);
			r.severity = (int)v;
			break;
		case 'm':
			if (parse_long(optarg, 0, CRAMP_MAX_MINUTES, &v, &why)
			    != 0)
				return cli_usage_error("log", "--minutes "
				    "\"%s\": %s (expected 0-%d)", optarg, why,
				    CRAMP_MAX_MINUTES);
			r.duration_s = (int)v * 60;
			break;
		case 'n':
			if (history_io_check_note(optarg, &why) != 0)
				return cli_usage_error("log", "--note: %s",
				    why);
			r.note = *optarg != '\0' ? optarg : NULL;
			break;
		case 'a':
			if (parse_at(optarg, now, &r.start, &why) != 0)
				return cli_usage_error("log", "--at \"%s\": %s",
				    optarg, why);
			break;
		case ':':
			return cli_usage_error("log", "%s needs a value",
			    argv[optind - 1]);
		default:
			return cli_usage_error("log", "unknown option: %s",
			    argv[optind - 1]);
		}
	}
	if (optind >= argc)
		return cli_usage_error("log", "cramp needs a body part (calf, "
		    "foot, hamstring, quad, back, neck or hand)");
	if (argc - optind > 1)
		return cli_usage_error("log", "unexpected argument: %s",
		    argv[optind + 1]);
	if ((part = parts_resolve(argv[optind])) == NULL) {
		hint = parts_suggest(argv[optind]);
		if (hint != NULL)
			return cli_usage_error("log", "unknown body part "
			    "\"%s\" (did you mean %s?)", argv[optind], hint);
		return cli_usage_error("log", "unknown body part \"%s\" "
		    "(expected calf, foot, hamstring, quad, back, neck or "
		    "hand)", argv[optind]);
	}
	r.part = part;
	if ((h = open_history("log")) == NULL)
		return EXIT_FAIL;
	if (history_add_cramp(h, &r, &cause) != 0) {
		cli_fail("log: %s", cause);
		free(cause);
		history_close(h);
		return EXIT_FAIL;
	}
	history_close(h);
	format_local(when, sizeof when, r.start);
	printf("Logged a %s cramp at %s", part, when);
	if (r.severity > 0)
		printf(", severity %d/10", r.severity);
	if (r.duration_s >= 0) {
		format_duration(dur, sizeof dur, r.duration_s);
		printf(", %s", dur);
	}
	printf(".\n");
	return EXIT_OK;
}

int
cmd_log(int argc, char **argv)
{
	if (argc < 2)
		return cli_usage_error("log", "what to log? (cramp PART, or "
		    "undo)");
	if (strcmp(argv[1], "cramp") == 0)
		return log_cramp(argc - 1, argv + 1);
	if (strcmp(argv[1], "undo") == 0)
		return log_undo(argc - 1, argv + 1);
	return cli_usage_error("log", "unknown record \"%s\" (expected cramp "
	    "or undo)", argv[1]);
}

/* Text output: bold headings on a terminal, plain text in a pipe. */
struct out {
	FILE	*f;
	int	 bold;
};

static void
heading(struct out *o, const char *s)
{
	if (o->bold)
		fprintf(o->f, "\n\033[1m%s\033[0m\n", s);
	else
		fprintf(o->f, "\n%s\n", s);
}

/* A bar of '#' for v out of max; pad: fill to width with spaces. */
static void
bar(FILE *f, long v, long max, int width, int pad)
{
	int n = max > 0 ? (int)((v * width + max - 1) / max) : 0, i;

	if (n > width)
		n = width;
	for (i = 0; i < n; i++)
		fputc('#', f);
	for (; pad && i < width; i++)
		fputc(' ', f);
}

static void
day_label(char *buf, size_t len, int day)
{
	static const char *const wd[] = {
		"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"
	};
	int y, m, d;

	stats_civil(day, &y, &m, &d);
	snprintf(buf, len, "%s %04d-%02d-%02d", wd[stats_weekday(day)], y, m,
	    d);
}

static void
print_stats(struct out *o, const struct stats *st, const struct config *cfg)
{
	FILE	*f = o->f;
	char	 a[32], b[32], lbl[32], text[512];
	long	 max;
	int	 i, w, d, y, m, md;
	size_t	 p;

	stats_civil(st->from_day, &y, &m, &md);
	fprintf(f, "unclench stats: totals over the last %d day%s (from "
	    "%04d-%02d-%02d)\n", st->days, st->days == 1 ? "" : "s", y, m, md);

	format_volume(b, sizeof b, st->goal_ml, cfg->units);
	snprintf(text, sizeof text, "Water (daily goal %s)", b);
	heading(o, text);
	format_volume(a, sizeof a, st->water_today, cfg->units);
	fprintf(f, "  today: %s of %s (%ld%%)\n", a, b,
	    st->goal_ml > 0 ? st->water_today * 100 / st->goal_ml : 0L);
	max = st->goal_ml;
	for (i = 0; i < STATS_WATER_DAYS; i++)
		if (st->water_ml[i] > max)
			max = st->water_ml[i];
	for (i = 0; i < STATS_WATER_DAYS; i++) {
		day_label(lbl, sizeof lbl, st->water_day0 + i);
		format_volume(a, sizeof a, st->water_ml[i], cfg->units);
		fprintf(f, "  %s %10s  |", lbl, a);
		bar(f, st->water_ml[i], max, 30, 1);
		fprintf(f, "|%s\n", st->water_ml[i] >= st->goal_ml ?
		    " goal" : "");
	}
	format_volume(a, sizeof a, st->water_avg_ml, cfg->units);
	fprintf(f, "  whole days with drinks logged: %d; at or above the goal:"
	    " %d; average: %s\n", st->water_days_logged,
	    st->water_days_at_goal, a);

	snprintf(text, sizeof text, "Cramps (%d in the last %d day%s)",
	    st->cramps_total, st->days, st->days == 1 ? "" : "s");
	heading(o, text);
	fprintf(f, "  per week, Monday to Sunday:\n");
	max = 0;
	for (w = 0; w < STATS_WEEKS; w++)
		if (st->cramps_week[w] > max)
			max = st->cramps_week[w];
	for (w = 0; w < STATS_WEEKS; w++) {
		stats_civil(st->week0 + 7 * w, &y, &m, &md);
		fprintf(f, "  week of %04d-%02d-%02d %4d  ", y, m, md,
		    st->cramps_week[w]);
		bar(f, st->cramps_week[w], max, 30, 0);
		fprintf(f, "\n");
	}
	fprintf(f, "  by body part:");
	for (p = 0; p < relief_nparts && p < STATS_MAX_PARTS; p++)
		fprintf(f, " %s %d%s", relief_parts[p], st->cramps_part[p],
		    p + 1 < relief_nparts ? "," : "");
	if (st->cramps_part[STATS_MAX_PARTS] > 0)
		fprintf(f, ", other %d", st->cramps_part[STATS_MAX_PARTS]);
	fprintf(f, "\n  by hour of day:\n");
	max = 0;
	for (i = 0; i < STATS_HOURS; i++)
		if (st->cramps_hour[i] > max)
			max = st->cramps_hour[i];
	for (i = 0; i < STATS_HOURS; i++) {
		fprintf(f, "  %02d:00 %4d  ", i, st->cramps_hour[i]);
		bar(f, st->cramps_hour[i], max, 30, 0);
		fprintf(f, "\n");
	}

	heading(o, "Stretching");
	fprintf(f, "  current streak: %d day%s; best: %d day%s\n",
	    st->streak_current, st->streak_current == 1 ? "" : "s",
	    st->streak_best, st->streak_best == 1 ? "" : "s");
	fprintf(f, "  this week: %ld min, %d completed session%s\n",
	    st->minutes_week, st->sessions_week,
	    st->sessions_week == 1 ? "" : "s");
	stats_civil(st->week0, &y, &m, &md);
	fprintf(f, "  practice per day, 12 weeks from %04d-%02d-%02d (a column "
	    "a week):\n  . none, - under 5 min, + under 15, * under 30, # 30 "
	    "or more\n", y, m, md);
	for (d = 0; d < 7; d++) {
		static const char *const wd[] = {
			"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"
		};
		fprintf(f, "  %s ", wd[d]);
		for (w = 0; w < STATS_WEEKS && st->heat_s[w][d] >= 0; w++) {
			fputc(' ', f);
			fputc(".-+*#"[stats_heat_level(st->heat_s[w][d])], f);
		}
		fputc('\n', f);
	}

	heading(o, "Insights");
	stats_water_text(st, text, sizeof text);
	fprintf(f, "  %s\n", text);
	stats_stretch_text(st, text, sizeof text);
	fprintf(f, "  %s\n", text);
	fprintf(f, "  Patterns, not proof: they show what went together in "
	    "your diary.\n");
}

/* The hidden `stats --screen`: the history screen on its own. */
static int
stats_screen(const struct config *cfg)
{
	struct history_view	*v;
	struct theme		 t;
	struct diag		 d = { 0 };
	char			*cause;
	int			 ch, quit = 0;

	if (tui_check_terminal(&cause) != 0) {
		cli_fail("stats: %s", cause);
		free(cause);
		return EXIT_FAIL;
	}
	if ((v = history_view_open(cfg, time(NULL), &cause)) == NULL) {
		cli_fail("stats: %s", cause);
		free(cause);
		return EXIT_FAIL;
	}
	if (library_load_theme(cfg->theme, &t, &d) != 0)
		theme_mono(&t);
	diag_clear(&d);
	tui_ascii = tui_want_ascii();
	tui_signals_install();
	if (tui_start(&t, &cause) != 0) {
		history_view_close(v);
		cli_fail("stats: %s", cause);
		free(cause);
		return EXIT_FAIL;
	}
	while (!quit && !tui_signal) {
		werase(stdscr);
		history_view_draw(v, stdscr, tui_attr, tui_ascii);
		wnoutrefresh(stdscr);
		doupdate();
		ch = wgetch(stdscr);
		switch (ch) {
		case 'q':
		case 27:
		case KEY_LEFT:
			quit = 1;
			break;
		case 'j':
		case KEY_DOWN:
			history_view_scroll(v, 1);
			break;
		case 'k':
		case KEY_UP:
			history_view_scroll(v, -1);
			break;
		case KEY_NPAGE:
		case ' ':
			history_view_scroll(v, LINES - 2);
			break;
		case KEY_PPAGE:
			history_view_scroll(v, -(LINES - 2));
			break;
		default:
			break;
		}
	}
	tui_end();
	history_view_close(v);
	return EXIT_OK;
}

int
cmd_stats(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "days", required_argument, NULL, 'd' },
		{ "screen", no_argument, NULL, 'S' },
		{ NULL, 0, NULL, 0 }
	};
	struct config	 cfg;
	struct history	*h;
	struct stats	 st;
	struct out	 o;
	const char	*why, *term;
	char		*cause;
	long		 days = STATS_DEFAULT_DAYS;
	int		 ch, screen = 0;

	while ((ch = getopt_long(argc, argv, ":", longopts, NULL)) != -1) {
		switch (ch) {
		case 'd':
			if (parse_long(optarg, 1, STATS_MAX_DAYS, &days, &why)
			    != 0)
				return cli_usage_error("stats", "--days "
				    "\"%s\": %s (expected 1-%d)", optarg, why,
				    STATS_MAX_DAYS);
			break;
		case 'S':
			screen = 1;
			break;
		case ':':
			return cli_usage_error("stats", "%s needs a value",
			    argv[optind - 1]);
		default:
			return cli_usage_error("stats", "unknown option: %s",
			    argv[optind - 1]);
		}
	}
	if (optind < argc)
		return cli_usage_error("stats", "unexpected argument: %s",
		    argv[optind]);
	if (load_config("stats", &cfg) != EXIT_OK)
		return EXIT_FAIL;
	if (screen)
		return stats_screen(&cfg);
	if ((h = open_history("stats")) == NULL)
		return EXIT_FAIL;
	if (history_stats(h, time(NULL), (int)days,
	    config_effective_goal_ml(&cfg), cfg.night_from, cfg.night_to, &st,
	    &cause) != 0) {
		history_close(h);
		cli_fail("stats: %s", cause);
		free(cause);
		return EXIT_FAIL;
	}
	history_close(h);
	term = getenv("TERM");
	o.f = stdout;
	o.bold = isatty(STDOUT_FILENO) && getenv("NO_COLOR") == NULL &&
	    term != NULL && strcmp(term, "dumb") != 0;
	print_stats(&o, &st, &cfg);
	if (fflush(stdout) != 0 || ferror(stdout))
		return cli_fail("stats: writing the output: %s",
		    strerror(errno));
	return EXIT_OK;
}

int
cmd_export(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "csv", no_argument, NULL, 'c' },
		{ "json", no_argument, NULL, 'j' },
		{ "since", required_argument, NULL, 's' },
		{ NULL, 0, NULL, 0 }
	};
	struct history	*h;
	struct history_export e = { stdout, -1, 0 };
	const char	*why;
	char		*cause;
	time_t		 since = 0;
	int		 ch, day, r;

	while ((ch = getopt_long(argc, argv, ":", longopts, NULL)) != -1) {
		switch (ch) {
		case 'c':
		case 'j':
			if (e.json != -1 && e.json != (ch == 'j'))
				return cli_usage_error("export", "choose one "
				    "of --csv and --json");
			e.json = ch == 'j';
			break;
		case 's':
			if (strlen(optarg) != 10 ||
			    history_io_parse_day(optarg, &day, &why) != 0)
				return cli_usage_error("export", "--since "
				    "\"%s\": %s", optarg, strlen(optarg) != 10 ?
				    "not a date (expected YYYY-MM-DD)" : why);
			since = history_day_start(day);
			break;
		case ':':
			return cli_usage_error("export", "%s needs a value",
			    argv[optind - 1]);
		default:
			return cli_usage_error("export", "unknown option: %s",
			    argv[optind - 1]);
		}
	}
	if (optind < argc)
		return cli_usage_error("export", "unexpected argument: %s "
		    "(the export goes to standard output)", argv[optind]);
	if (e.json == -1)
		return cli_usage_error("export", "choose --csv or --json");
	if ((h = open_history("export")) == NULL)
		return EXIT_FAIL;
	history_export_begin(&e);
	r = history_foreach(h, since, history_export_item, &e, &cause);
	history_close(h);
	if (r != 0) {
		cli_fail("export: %s", cause);
		free(cause);
		return EXIT_FAIL;
	}
	history_export_end(&e);
	if (fflush(stdout) != 0 || ferror(stdout))
		return cli_fail("export: writing the output: %s",
		    strerror(errno));
	return EXIT_OK;
}

/* Read a whole file (at most IMPORT_MAX_BYTES) as a string. */
static char *
read_file(const char *path, size_t *len, char **cause)
{
	FILE		*f;
	struct stat	 sb;
	char		*buf;
	size_t		 n = 0, cap = 65536, r;

	if ((f = fopen(path, "r")) == NULL) {
		*cause = xasprintf("%s: %s", path, strerror(errno));
		return NULL;
	}
	if (fstat(fileno(f), &sb) == 0 && S_ISDIR(sb.st_mode)) {
		fclose(f);
		*cause = xasprintf("%s: is a directory", path);
		return NULL;
	}
	/* Size first, so /dev/zero or a huge file costs no memory; pipes
	 * (unclench import <(...)) are read up to the limit. */
	if (fstat(fileno(f), &sb) == 0 && !S_ISREG(sb.st_mode) &&
	    !S_ISFIFO(sb.st_mode)) {
		fclose(f);
		*cause = xasprintf("%s: not a file (an export is a CSV or JSON "
		    "file)", path);
		return NULL;
	}
	if (S_ISREG(sb.st_mode) && sb.st_size > IMPORT_MAX_BYTES) {
		fclose(f);
		*cause = xasprintf("%s: larger than 256 MiB", path);
		return NULL;
	}
	buf = xmalloc(cap + 1);
	while ((r = fread(buf + n, 1, cap - n, f)) > 0) {
		n += r;
		if (n > (size_t)IMPORT_MAX_BYTES) {
			fclose(f);
			free(buf);
			*cause = xasprintf("%s: larger than 256 MiB", path);
			return NULL;
		}
		if (n == cap) {
			cap *= 2;
			buf = xreallocarray(buf, cap + 1, 1);
		}
	}
	if (ferror(f)) {
		*cause = xasprintf("%s: %s", path, strerror(errno));
		fclose(f);
		free(buf);
		return NULL;
	}
	fclose(f);
	buf[n] = '\0';
	*len = n;
	return buf;
}

int
cmd_import(int argc, char **argv)
{
	struct diag		 d = { 0 };
	struct history_item	*items;
	struct history		*h;
	char			*buf, *cause;
	size_t			 len, n, problems, added, skipped, i;
	int			 r;

	if (argc < 2)
		return cli_usage_error("import", "which file? (an export made "
		    "with unclench export --csv or --json)");
	if (argc > 2)
		return cli_usage_error("import", "unexpected argument: %s",
		    argv[2]);
	if ((buf = read_file(argv[1], &len, &cause)) == NULL) {
		cli_fail("import: %s", cause);
		free(cause);
		return EXIT_FAIL;
	}
	r = history_import_parse(argv[1], buf, len, time(NULL), &items, &n,
	    &problems, &d);
	free(buf);
	for (i = 0; i < d.n; i++)
		fprintf(stderr, "unclench: import: %s\n", d.msgs[i].text);
	diag_clear(&d);
	if (r != 0) {
		fprintf(stderr, "unclench: import: %s: %zu problem%s; nothing "
		    "was imported\n", argv[1], problems,
		    problems == 1 ? "" : "s");
		return EXIT_FAIL;
	}
	if ((h = open_history("import")) == NULL) {
		free(items);
		return EXIT_FAIL;
	}
	r = history_import(h, items, n, &added, &skipped, &cause);
	history_close(h);
	free(items);
	if (r != 0) {
		cli_fail("import: %s", cause);
		free(cause);
		return EXIT_FAIL;
	}
	printf("Imported %zu record%s from %s", added, added == 1 ? "" : "s",
	    argv[1]);
	if (skipped > 0)
		printf(" (%zu already in the history, skipped)", skipped);
	printf(".\n");
	return EXIT_OK;
}
