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
 *   completed    session: 1 ran to the end with a step done, else 0
 *                (JSON: bool)
 *   steps_done   session: steps done (most of their timed work spent)
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

#include "calendar.h"
#include "cli.h"
#include "daemon_client.h"
#include "cmd.h"
#include "config.h"
#include "format.h"
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

/* For the commands that only read: works in a read-only directory. */
static struct history *
open_history_read(const char *cmd)
{
	struct history	*h;
	char		*cause;

	if ((h = history_open_read(NULL, &cause)) == NULL) {
		cli_fail("%s: %s", cmd, cause);
		free(cause);
	}
	return h;
}

/* Rows a hand-edited or tampered file holds out of range were skipped. */
static void
report_damaged(const char *cmd, const struct history *h)
{
	size_t n = history_damaged(h);

	if (n > 0)
		fprintf(stderr, "unclench: %s: skipped %zu damaged row%s (a "
		    "value out of range) in %s\n", cmd, n, n == 1 ? "" : "s",
		    history_path(h));
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
	if (cal_parse_local(&cal_zone_local, s, now, out, why) != 0)
		return -1;
	if (*out > now + 60) {
		*why = "is in the future";
		return -1;
	}
	return 0;
}

/* The day's water so far against the goal. */
static void
print_today(struct history *h, const struct config *cfg, time_t now)
{
	time_t	from, to;
	long	total, goal = config_effective_goal_ml(cfg);
	char	a[32], b[32];

	cal_day_bounds(&cal_zone_local, now, &from, &to);
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
	int		 ch, i;
	pid_t		 daemon_pid;

	/* getopt would take "-5" for an option: say what is wrong with it. */
	for (i = 1; i < argc && strcmp(argv[i], "--") != 0; i++) {
		if (strcmp(argv[i], "--at") == 0)
			i++;
		else if (argv[i][0] == '-' &&
		    (isdigit((unsigned char)argv[i][1]) || argv[i][1] == '.'))
			return cli_usage_error("drink", "%s: the amount must "
			    "be positive", argv[i]);
	}
	while ((ch = getopt_long(argc, argv, ":", longopts, NULL)) != -1) {
		switch (ch) {
		case 'a':
			if (parse_at(optarg, now, &at, &why) != 0)
				return cli_usage_error("drink", "--at \"%s\": "
				    "%s", optarg, why);
			break;
		default:
			return cli_option_error("drink", ch, argv, "a time, "
			    "\"YYYY-MM-DD HH:MM\" or HH:MM");
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
		    it->completed ? "completed" : "not completed",
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
	fputs("Removed the last record: ", stdout);
	fputs_escaped(what, stdout);	/* the note is the diary's text */
	fputs(".\n", stdout);
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
	char			*cause, when[32], dur[32], parts[128];
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
		default:
			return cli_option_error("log", ch, argv,
			    optopt == 's' ? "a severity, 1-10" :
			    optopt == 'm' ? "minutes, 0-240" :
			    optopt == 'n' ? "a note" : "a time, "
			    "\"YYYY-MM-DD HH:MM\" or HH:MM");
		}
	}
	format_parts(parts, sizeof parts);
	if (optind >= argc)
		return cli_usage_error("log", "cramp needs a body part (%s)",
		    parts);
	if (argc - optind > 1)
		return cli_usage_error("log", "unexpected argument: %s",
		    argv[optind + 1]);
	if ((part = parts_resolve(argv[optind])) == NULL) {
		hint = parts_suggest(argv[optind]);
		if (hint != NULL)
			return cli_usage_error("log", "unknown body part "
			    "\"%s\" (did you mean %s?)", argv[optind], hint);
		return cli_usage_error("log", "unknown body part \"%s\" "
		    "(expected %s)", argv[optind], parts);
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

#define STATS_WIDTH	78	/* the text fits an 80-column terminal */

/* Print text wrapped at word boundaries, each line indented. */
static void
wrap(FILE *f, int indent, const char *text)
{
	const char	*p = text, *brk;
	int		 room = STATS_WIDTH - indent, n;

	while (*p != '\0') {
		n = (int)strlen(p);
		if (n > room) {
			/* The last space that fits; a longer word is cut. */
			for (brk = p + room; brk > p && *brk != ' '; brk--)
				;
			n = brk > p ? (int)(brk - p) : room;
		}
		fprintf(f, "%*s%.*s\n", indent, "", n, p);
		p += n;
		while (*p == ' ')
			p++;
	}
}

static const char *
plural_s(long n)
{
	return n == 1 ? "" : "s";
}

static void
day_label(char *buf, size_t len, int day, int weekday)
{
	int y, m, d;

	cal_civil(day, &y, &m, &d);
	snprintf(buf, len, "%s%s%04d-%02d-%02d",
	    weekday ? format_weekday(cal_weekday(day)) : "", weekday ? " " : "",
	    y, m, d);
}

static void
stats_water(struct out *o, const struct stats *st, const struct config *cfg)
{
	char a[32], b[32], text[256];

	format_volume(b, sizeof b, st->goal_ml, cfg->units);
	snprintf(text, sizeof text, "Water (daily goal %s)", b);
	heading(o, text);
	format_volume(a, sizeof a, st->water_today, cfg->units);
	fprintf(o->f, "  today: %s of %s (%ld%%)\n", a, b,
	    st->goal_ml > 0 ? st->water_today * 100 / st->goal_ml : 0L);
	format_volume(a, sizeof a, st->water_avg_ml, cfg->units);
	snprintf(text, sizeof text, "whole days with drinks logged: %d; at or "
	    "above the goal: %d; average: %s", st->water_days_logged,
	    st->water_days_at_goal, a);
	wrap(o->f, 2, text);
}

static void
stats_cramps(struct out *o, const struct stats *st)
{
	FILE	*f = o->f;
	char	 text[512];
	size_t	 p, at;
	int	 i, r;

	snprintf(text, sizeof text, "Cramps (%d in the last %d day%s)",
	    st->cramps_total, st->days, plural_s(st->days));
	heading(o, text);
	at = (size_t)snprintf(text, sizeof text, "by body part:");
	for (p = 0; p < relief_nparts && p < STATS_MAX_PARTS; p++)
		at += (size_t)snprintf(text + at, sizeof text - at, " %s %d%s",
		    relief_parts[p], st->cramps_part[p],
		    p + 1 < relief_nparts ? "," : "");
	if (st->cramps_part[STATS_MAX_PARTS] > 0)
		snprintf(text + at, sizeof text - at, ", other %d",
		    st->cramps_part[STATS_MAX_PARTS]);
	wrap(f, 2, text);
	/* Two rows of twelve hours: the whole day in four short lines. */
	fprintf(f, "  by hour of day:\n");
	for (r = 0; r < 2; r++) {
		fprintf(f, "    hour  ");
		for (i = 12 * r; i < 12 * r + 12; i++)
			fprintf(f, "%5.2d", i);
		fprintf(f, "\n    cramps");
		for (i = 12 * r; i < 12 * r + 12; i++)
			fprintf(f, "%5d", st->cramps_hour[i]);
		fputc('\n', f);
	}
	stats_severity_text(st, text, sizeof text);
	wrap(f, 2, text);
	stats_trigger_text(st, text, sizeof text);
	wrap(f, 2, text);
}

static void
stats_stretching(struct out *o, const struct stats *st)
{
	char dur[32];

	heading(o, "Stretching");
	fprintf(o->f, "  current streak: %d day%s; best: %d day%s\n",
	    st->streak_current, plural_s(st->streak_current),
	    st->streak_best, plural_s(st->streak_best));
	/* As the screen says it: format_duration, "1 h 5 min". */
	format_duration(dur, sizeof dur, st->practice_s);
	fprintf(o->f, "  in the last %d day%s: %s, %d completed "
	    "session%s\n", st->days, plural_s(st->days), dur,
	    st->sessions_done, plural_s(st->sessions_done));
}

/*
 * The period a line a day (or a week, or more): water, cramps and
 * practice side by side, so one table follows --days whatever its length.
 */
static void
stats_table(struct out *o, const struct stats *st, const struct config *cfg)
{
	const struct stats_span	*sp;
	FILE			*f = o->f;
	char			 lbl[32], vol[32], text[128];
	long			 max_c = 0, max_p = 0;
	int			 i;

	for (i = 0; i < st->nspans; i++) {
		if (st->span[i].cramps > max_c)
			max_c = st->span[i].cramps;
		if (st->span[i].practice_s > max_p)
			max_p = st->span[i].practice_s;
	}
	if (st->span_days == 1)
		snprintf(text, sizeof text, "Day by day");
	else
		snprintf(text, sizeof text, "%d days a line, from the date "
		    "shown", st->span_days);
	heading(o, text);
	fprintf(f, "  %-14s %8s %-10s %6s %-10s %9s\n",
	    st->span_days == 1 ? "day" : "from",
	    st->span_days == 1 ? "water" : "water/day", "", "cramps", "",
	    "practice");
	for (i = 0; i < st->nspans; i++) {
		sp = &st->span[i];
		day_label(lbl, sizeof lbl, sp->first_day, st->span_days == 1);
		if (sp->water_ml < 0)
			snprintf(vol, sizeof vol, "-");
		else
			format_volume(vol, sizeof vol, sp->water_ml,
			    cfg->units);
		fprintf(f, "  %-14s %8s ", lbl, vol);
		/* A full water bar is the goal, so days compare with it. */
		bar(f, sp->water_ml < st->goal_ml ? sp->water_ml : st->goal_ml,
		    st->goal_ml, 10, 1);
		fprintf(f, " %6d ", sp->cramps);
		bar(f, sp->cramps, max_c, 10, 1);
		fprintf(f, " %5ld min", (sp->practice_s + 30) / 60);
		if (sp->practice_s > 0) {
			fputc(' ', f);
			bar(f, sp->practice_s, max_p, 10, 0);
		}
		fputc('\n', f);
	}
	fprintf(f, "  (a full water bar is the daily goal)\n");
}

static void
print_stats(struct out *o, const struct stats *st, const struct config *cfg)
{
	char	 text[512], a[32], b[32];

	day_label(a, sizeof a, st->from_day, 0);
	day_label(b, sizeof b, st->today, 0);
	fprintf(o->f, "unclench stats: the last %d day%s, %s to %s\n",
	    st->days, plural_s(st->days), a, b);
	stats_water(o, st, cfg);
	stats_cramps(o, st);
	stats_stretching(o, st);
	stats_table(o, st, cfg);
	heading(o, "Insights");
	stats_water_text(st, text, sizeof text);
	wrap(o->f, 2, text);
	stats_stretch_text(st, text, sizeof text);
	wrap(o->f, 2, text);
	wrap(o->f, 2, "Patterns, not proof: they show what went together in "
	    "your diary.");
}

/* The hidden `stats --screen`: the history screen on its own. */
static int
stats_screen(const struct config *cfg)
{
	struct history_view	*v;
	struct theme		 t;
	struct diag		 d = { 0 };
	char			*cause;
	int			 ch, quit = 0, fast = 0;

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
		/* A dead terminal sets tui_signal: no spinning on ERR. */
		ch = tui_getch(-1, &fast);
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
	return tui_signal != 0 ? 128 + tui_signal : EXIT_OK;
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
		default:
			return cli_option_error("stats", ch, argv,
			    "a number of days, 1-3660");
		}
	}
	if (optind < argc)
		return cli_usage_error("stats", "unexpected argument: %s",
		    argv[optind]);
	if (load_config("stats", &cfg) != EXIT_OK)
		return EXIT_FAIL;
	if (screen)
		return stats_screen(&cfg);
	if ((h = open_history_read("stats")) == NULL)
		return EXIT_FAIL;
	if (history_stats(h, time(NULL), (int)days,
	    config_effective_goal_ml(&cfg), cfg.night_from, cfg.night_to, &st,
	    &cause) != 0) {
		history_close(h);
		cli_fail("stats: %s", cause);
		free(cause);
		return EXIT_FAIL;
	}
	report_damaged("stats", h);
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
	struct history_export e = { stdout, -1, 0, 0 };
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
			    cal_parse_date(optarg, &day, &why) != 0)
				return cli_usage_error("export", "--since "
				    "\"%s\": %s", optarg, strlen(optarg) != 10 ?
				    "not a date (expected YYYY-MM-DD)" : why);
			since = cal_instant(&cal_zone_local, day, 0);
			break;
		default:
			return cli_option_error("export", ch, argv,
			    "a date, YYYY-MM-DD");
		}
	}
	if (optind < argc)
		return cli_usage_error("export", "unexpected argument: %s "
		    "(the export goes to standard output)", argv[optind]);
	if (e.json == -1)
		return cli_usage_error("export", "choose --csv or --json");
	if ((h = open_history_read("export")) == NULL)
		return EXIT_FAIL;
	/* A pipe or file gets the data exactly; a terminal, no raw controls. */
	e.tty = isatty(STDOUT_FILENO);
	history_export_begin(&e);
	r = history_foreach(h, since, history_export_item, &e, &cause);
	report_damaged("export", h);
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

/* history_import_parse() hands each record to the store as it reads it. */
struct import_feed {
	struct history_import	*im;
	char			*cause;
};

static int
import_feed(const struct history_item *it, void *arg)
{
	struct import_feed *f = arg;

	return history_import_add(f->im, it, &f->cause);
}

int
cmd_import(int argc, char **argv)
{
	struct diag		 d = { 0 };
	struct import_feed	 feed = { NULL, NULL };
	struct history		*h;
	char			*buf, *cause;
	size_t			 len, problems, added, skipped, i;
	time_t			 now = time(NULL);
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
	/* Check it all first: a bad file never opens the store. */
	r = history_import_parse(argv[1], buf, len, now, NULL, NULL,
	    &problems, &d);
	for (i = 0; i < d.n; i++)
		fprintf(stderr, "unclench: import: %s\n", d.msgs[i].text);
	diag_clear(&d);
	if (r != 0) {
		cli_fail("import: %s: %zu problem%s; nothing was imported",
		    argv[1], problems, problems == 1 ? "" : "s");
		free(buf);
		return EXIT_FAIL;
	}
	if ((h = open_history("import")) == NULL) {
		free(buf);
		return EXIT_FAIL;
	}
	if ((feed.im = history_import_begin(h, &cause)) == NULL)
		r = -1;
	else if (history_import_parse(argv[1], buf, len, now, import_feed,
	    &feed, &problems, &d) != 0) {
		history_import_end(feed.im, 0, &added, &skipped, &cause);
		cause = feed.cause != NULL ? feed.cause :
		    xstrdup("the second reading failed (a bug)");
		r = -1;
	} else
		r = history_import_end(feed.im, 1, &added, &skipped, &cause);
	history_close(h);
	diag_clear(&d);
	free(buf);
	if (r != 0) {
		cli_fail("import: %s", cause);
		free(cause);
		return EXIT_FAIL;
	}
	printf("Imported %zu record%s from ", added, added == 1 ? "" : "s");
	fputs_escaped(argv[1], stdout);
	if (skipped > 0)
		printf(" (%zu already in the history, skipped)", skipped);
	printf(".\n");
	return EXIT_OK;
}
