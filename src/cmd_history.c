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
#include "library.h"
#include "parts.h"
#include "routine.h"
#include "stats.h"
#include "theme.h"
#include "tui.h"
#include "util.h"
#include "view_history.h"

#define IMPORT_MAX_BYTES	(256L * 1024 * 1024)
#define IMPORT_MAX_ERRORS	20
#define CRAMP_MAX_MINUTES	240

/* The columns, in export order. */
enum col {
	C_TYPE, C_TIME, C_END, C_ROUTINE, C_KIND, C_COMPLETED, C_STEPS_DONE,
	C_STEPS_TOTAL, C_PART, C_DURATION, C_SEVERITY, C_NOTE, C_ML, C_ACTION,
	C_COUNT
};
static const char *const col_names[C_COUNT] = {
	"type", "time", "end", "routine", "kind", "completed", "steps_done",
	"steps_total", "part", "duration_s", "severity", "note", "ml", "action"
};

/* The settings, with a broken user file reported and the defaults kept. */
static void
load_config(struct config *cfg)
{
	struct diag d = { 0 };

	cli_load_config(cfg, &d);
	diag_print(&d, stderr);
	diag_clear(&d);
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

/* ISO 8601 local time with its UTC offset: exact, and readable. */
static void
format_iso(char *buf, size_t len, time_t t)
{
	struct tm	tm;
	long		off;
	char		date[32];

	if (localtime_r(&t, &tm) == NULL) {
		gmtime_r(&t, &tm);
		tm.tm_gmtoff = 0;
	}
	strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%S", &tm);
	off = tm.tm_gmtoff;
	if (off == 0) {
		snprintf(buf, len, "%sZ", date);
		return;
	}
	snprintf(buf, len, "%s%c%02ld:%02ld", date, off < 0 ? '-' : '+',
	    labs(off) / 3600, labs(off) % 3600 / 60);
}

/* n decimal digits at s. */
static int
digits(const char *s, int n, int *out)
{
	int i, v = 0;

	for (i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 0;
}

/* "YYYY-MM-DD" at s into a day number. */
static int
parse_ymd(const char *s, int *day, const char **why)
{
	int y, m, d, mdays;

	if (digits(s, 4, &y) != 0 || s[4] != '-' || digits(s + 5, 2, &m) != 0 ||
	    s[7] != '-' || digits(s + 8, 2, &d) != 0) {
		*why = "not a date (expected YYYY-MM-DD)";
		return -1;
	}
	if (y < 1970 || m < 1 || m > 12) {
		*why = "no such date";
		return -1;
	}
	mdays = stats_day_number(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1) -
	    stats_day_number(y, m, 1);
	if (d < 1 || d > mdays) {
		*why = "no such date";
		return -1;
	}
	*day = stats_day_number(y, m, d);
	return 0;
}

/* "HH:MM" at s into hours and minutes. */
static int
parse_hm(const char *s, int *hh, int *mm)
{
	if (digits(s, 2, hh) != 0 || s[2] != ':' || digits(s + 3, 2, mm) != 0)
		return -1;
	return *hh < 24 && *mm < 60 ? 0 : -1;
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
		if (parse_hm(s, &hh, &mm) != 0) {
			*why = "not a time (expected \"YYYY-MM-DD HH:MM\" or "
			    "HH:MM)";
			return -1;
		}
	} else if (strlen(s) == 16 && (s[10] == ' ' || s[10] == 'T')) {
		if (parse_ymd(s, &day, why) != 0)
			return -1;
		if (parse_hm(s + 11, &hh, &mm) != 0) {
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

/*
 * An exported time: YYYY-MM-DDTHH:MM:SS then Z, +HH:MM or +HHMM (a space
 * may stand for the T). The offset makes it exact in any time zone.
 */
static int
parse_iso(const char *s, time_t *out, const char **why)
{
	int	day, hh, mm, ss, oh = 0, om = 0, sign = 1;
	size_t	len = strlen(s);

	*why = "not a time (expected YYYY-MM-DDTHH:MM:SS+HH:MM)";
	if (len < 19 || (s[10] != 'T' && s[10] != ' '))
		return -1;
	if (parse_ymd(s, &day, why) != 0)
		return -1;
	*why = "not a time (expected YYYY-MM-DDTHH:MM:SS+HH:MM)";
	if (parse_hm(s + 11, &hh, &mm) != 0 || s[16] != ':' ||
	    digits(s + 17, 2, &ss) != 0 || ss > 59)
		return -1;
	s += 19;
	if (strcmp(s, "Z") == 0)
		;
	else if ((s[0] == '+' || s[0] == '-') &&
	    ((strlen(s) == 6 && digits(s + 1, 2, &oh) == 0 && s[3] == ':' &&
	    digits(s + 4, 2, &om) == 0) ||
	    (strlen(s) == 5 && digits(s + 1, 2, &oh) == 0 &&
	    digits(s + 3, 2, &om) == 0))) {
		sign = s[0] == '-' ? -1 : 1;
		if (oh > 14 || om > 59) {
			*why = "UTC offset out of range";
			return -1;
		}
	} else {
		*why = "needs a UTC offset (Z or +HH:MM) after the seconds";
		return -1;
	}
	*out = (time_t)day * 86400 + hh * 3600 + mm * 60 + ss -
	    sign * (oh * 3600 + om * 60);
	return 0;
}

/* A note: at most HISTORY_NOTE_MAX bytes of UTF-8 text on one line. */
static int
check_note(const char *s, const char **why)
{
	const unsigned char *p;

	if (strlen(s) > HISTORY_NOTE_MAX) {
		*why = "too long (at most 500 bytes)";
		return -1;
	}
	if (!utf8_valid(s, strlen(s))) {
		*why = "not valid UTF-8";
		return -1;
	}
	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		if (*p < 0x20 || *p == 0x7f) {
			*why = "has a control character (one line of text)";
			return -1;
		}
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
	load_config(&cfg);
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
	load_config(&cfg);
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
			if (check_note(optarg, &why) != 0)
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
	load_config(&cfg);
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

/* The export's text fields of an item; empty when they do not apply. */
static void
item_fields(const struct history_item *it, char f[C_COUNT][600])
{
	int i;

	for (i = 0; i < C_COUNT; i++)
		f[i][0] = '\0';
	snprintf(f[C_TYPE], 600, "%s", history_type_name(it->type));
	format_iso(f[C_TIME], 600, it->at);
	switch (it->type) {
	case HREC_SESSION:
		format_iso(f[C_END], 600, it->end);
		snprintf(f[C_ROUTINE], 600, "%s", it->routine);
		snprintf(f[C_KIND], 600, "%s", it->kind);
		snprintf(f[C_COMPLETED], 600, "%d", it->completed ? 1 : 0);
		snprintf(f[C_STEPS_DONE], 600, "%d", it->steps_done);
		snprintf(f[C_STEPS_TOTAL], 600, "%d", it->steps_total);
		break;
	case HREC_CRAMP:
		snprintf(f[C_PART], 600, "%s", it->part);
		if (it->duration_s >= 0)
			snprintf(f[C_DURATION], 600, "%d", it->duration_s);
		if (it->severity > 0)
			snprintf(f[C_SEVERITY], 600, "%d", it->severity);
		if (it->has_note)
			snprintf(f[C_NOTE], 600, "%s", it->note);
		break;
	case HREC_DRINK:
		snprintf(f[C_ML], 600, "%ld", it->ml);
		break;
	case HREC_REMINDER:
		snprintf(f[C_KIND], 600, "%s", it->kind);
		snprintf(f[C_ACTION], 600, "%s", it->action);
		break;
	default:
		break;
	}
}

static void
csv_field(FILE *f, const char *s)
{
	if (strpbrk(s, ",\"\r\n") == NULL && *s != ' ' &&
	    (*s == '\0' || s[strlen(s) - 1] != ' ')) {
		fputs(s, f);
		return;
	}
	fputc('"', f);
	for (; *s != '\0'; s++) {
		if (*s == '"')
			fputc('"', f);
		fputc(*s, f);
	}
	fputc('"', f);
}

static void
json_string(FILE *f, const char *s)
{
	fputc('"', f);
	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\')
			fprintf(f, "\\%c", c);
		else if (c < 0x20 || c == 0x7f)
			fprintf(f, "\\u%04x", c);
		else
			fputc(c, f);
	}
	fputc('"', f);
}

struct export {
	FILE	*f;
	int	 json;
	size_t	 n;
};

static int
export_one(const struct history_item *it, void *arg)
{
	static char	 f[C_COUNT][600];
	struct export	*e = arg;
	int		 i, first = 1;

	item_fields(it, f);
	if (!e->json) {
		for (i = 0; i < C_COUNT; i++) {
			if (i > 0)
				fputc(',', e->f);
			csv_field(e->f, f[i]);
		}
		fputs("\r\n", e->f);
		e->n++;
		return 0;
	}
	fputs(e->n > 0 ? ",\n{" : "\n{", e->f);
	for (i = 0; i < C_COUNT; i++) {
		if (f[i][0] == '\0')
			continue;
		fprintf(e->f, "%s\"%s\": ", first ? "" : ", ", col_names[i]);
		first = 0;
		if (i == C_COMPLETED)
			fputs(it->completed ? "true" : "false", e->f);
		else if (i == C_STEPS_DONE || i == C_STEPS_TOTAL ||
		    i == C_DURATION || i == C_SEVERITY || i == C_ML)
			fputs(f[i], e->f);
		else
			json_string(e->f, f[i]);
	}
	fputc('}', e->f);
	e->n++;
	return ferror(e->f) ? -1 : 0;
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
	struct export	 e = { stdout, -1, 0 };
	const char	*why;
	char		*cause;
	time_t		 since = 0;
	int		 ch, day, i, r;

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
			    parse_ymd(optarg, &day, &why) != 0)
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
	if (e.json)
		fprintf(stdout, "{\"format\": \"unclench-history\", "
		    "\"version\": 1, \"records\": [");
	else {
		for (i = 0; i < C_COUNT; i++)
			fprintf(stdout, "%s%s", i ? "," : "", col_names[i]);
		fputs("\r\n", stdout);
	}
	r = history_foreach(h, since, export_one, &e, &cause);
	history_close(h);
	if (r != 0) {
		cli_fail("export: %s", cause);
		free(cause);
		return EXIT_FAIL;
	}
	if (e.json)
		fputs("\n]}\n", stdout);
	if (fflush(stdout) != 0 || ferror(stdout))
		return cli_fail("export: writing the output: %s",
		    strerror(errno));
	return EXIT_OK;
}

/*
 * Import. Both formats come down to rows of named text fields (NULL:
 * absent), checked by one function, so the rules are the same.
 */
struct import {
	const char		*file;
	time_t			 now;
	struct history_item	*items;
	size_t			 n, cap;
	size_t			 errors;
};

static void
import_error(struct import *im, int line, const char *fmt, ...)
    printflike(3, 4);

static void
import_error(struct import *im, int line, const char *fmt, ...)
{
	va_list ap;

	if (++im->errors > IMPORT_MAX_ERRORS)
		return;
	fprintf(stderr, "unclench: import: %s:%d: ", im->file, line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

/* An integer field in [min, max]; empty gives def. */
static int
field_int(struct import *im, int line, const char *const *f, enum col c,
    long min, long max, long def, int required, long *out)
{
	const char	*why;

	if (f[c] == NULL || *f[c] == '\0') {
		if (required) {
			import_error(im, line, "%s: missing", col_names[c]);
			return -1;
		}
		*out = def;
		return 0;
	}
	if (parse_long(f[c], min, max, out, &why) != 0) {
		import_error(im, line, "%s \"%s\": %s (expected %ld-%ld)",
		    col_names[c], f[c], why, min, max);
		return -1;
	}
	return 0;
}

static int
field_time(struct import *im, int line, const char *const *f, enum col c,
    time_t *out)
{
	const char *why;

	if (f[c] == NULL || *f[c] == '\0') {
		import_error(im, line, "%s: missing", col_names[c]);
		return -1;
	}
	if (parse_iso(f[c], out, &why) != 0) {
		import_error(im, line, "%s \"%s\": %s", col_names[c], f[c],
		    why);
		return -1;
	}
	if (*out < 0 || *out > im->now + 86400) {
		import_error(im, line, "%s \"%s\": in the future",
		    col_names[c], f[c]);
		return -1;
	}
	return 0;
}

/* A short lower-case word ([a-z-], 1-15 bytes). */
static int
field_word(struct import *im, int line, const char *const *f, enum col c,
    char *dst, size_t len)
{
	const char *s = f[c];

	if (s == NULL || *s == '\0') {
		import_error(im, line, "%s: missing", col_names[c]);
		return -1;
	}
	if (strlen(s) >= len || strspn(s, "abcdefghijklmnopqrstuvwxyz-") !=
	    strlen(s)) {
		import_error(im, line, "%s \"%s\": not a word of at most %zu "
		    "lower-case letters", col_names[c], s, len - 1);
		return -1;
	}
	strlcpy_safe(dst, s, len);
	return 0;
}

/* Check one row and append it; errors are reported and counted. */
static void
import_row(struct import *im, int line, const char *const *f)
{
	static const int applies[HREC_COUNT][C_COUNT] = {
		[HREC_SESSION] = { [C_END] = 1, [C_ROUTINE] = 1, [C_KIND] = 1,
		    [C_COMPLETED] = 1, [C_STEPS_DONE] = 1,
		    [C_STEPS_TOTAL] = 1 },
		[HREC_CRAMP] = { [C_PART] = 1, [C_DURATION] = 1,
		    [C_SEVERITY] = 1, [C_NOTE] = 1 },
		[HREC_DRINK] = { [C_ML] = 1 },
		[HREC_REMINDER] = { [C_KIND] = 1, [C_ACTION] = 1 },
	};
	struct history_item	 it;
	const char		*why;
	long			 v;
	int			 type, c, bad = 0;

	memset(&it, 0, sizeof it);
	if (f[C_TYPE] == NULL || *f[C_TYPE] == '\0') {
		import_error(im, line, "type: missing");
		return;
	}
	if ((type = history_type_parse(f[C_TYPE])) < 0) {
		import_error(im, line, "type \"%s\": unknown (expected session,"
		    " cramp, drink or reminder)", f[C_TYPE]);
		return;
	}
	it.type = (enum history_type)type;
	for (c = C_TIME + 1; c < C_COUNT; c++) {
		if (!applies[type][c] && f[c] != NULL && *f[c] != '\0') {
			import_error(im, line, "%s: does not apply to a %s",
			    col_names[c], f[C_TYPE]);
			return;
		}
	}
	if (field_time(im, line, f, C_TIME, &it.at) != 0)
		return;
	switch (it.type) {
	case HREC_SESSION:
		if (field_time(im, line, f, C_END, &it.end) != 0)
			return;
		if (it.end < it.at) {
			import_error(im, line, "end: before the start");
			return;
		}
		if (f[C_ROUTINE] == NULL || !name_is_safe(f[C_ROUTINE])) {
			import_error(im, line, "routine \"%s\": not a routine "
			    "name", f[C_ROUTINE] ? f[C_ROUTINE] : "");
			return;
		}
		strlcpy_safe(it.routine, f[C_ROUTINE], sizeof it.routine);
		if (f[C_KIND] == NULL || routine_kind_parse(f[C_KIND]) < 0) {
			import_error(im, line, "kind \"%s\": unknown (expected "
			    "stretch, pmr, breathing or relief)",
			    f[C_KIND] ? f[C_KIND] : "");
			return;
		}
		strlcpy_safe(it.kind, f[C_KIND], sizeof it.kind);
		if (f[C_COMPLETED] != NULL &&
		    (strcmp(f[C_COMPLETED], "true") == 0 ||
		    strcmp(f[C_COMPLETED], "false") == 0))
			it.completed = f[C_COMPLETED][0] == 't';
		else if (field_int(im, line, f, C_COMPLETED, 0, 1, 0, 1, &v)
		    != 0)
			return;
		else
			it.completed = (int)v;
		bad |= field_int(im, line, f, C_STEPS_DONE, 0,
		    ROUTINE_MAX_STEPS, 0, 1, &v);
		it.steps_done = (int)v;
		bad |= field_int(im, line, f, C_STEPS_TOTAL, 0,
		    ROUTINE_MAX_STEPS, 0, 1, &v);
		it.steps_total = (int)v;
		if (bad)
			return;
		break;
	case HREC_CRAMP:
		if (f[C_PART] == NULL || parts_resolve(f[C_PART]) == NULL ||
		    strcmp(parts_resolve(f[C_PART]), f[C_PART]) != 0) {
			import_error(im, line, "part \"%s\": unknown (expected "
			    "calf, foot, hamstring, quad, back, neck or hand)",
			    f[C_PART] ? f[C_PART] : "");
			return;
		}
		strlcpy_safe(it.part, f[C_PART], sizeof it.part);
		bad |= field_int(im, line, f, C_DURATION, 0, 86400, -1, 0, &v);
		it.duration_s = (int)v;
		bad |= field_int(im, line, f, C_SEVERITY, 1, 10, 0, 0, &v);
		it.severity = (int)v;
		if (bad)
			return;
		if (f[C_NOTE] != NULL && *f[C_NOTE] != '\0') {
			if (check_note(f[C_NOTE], &why) != 0) {
				import_error(im, line, "note: %s", why);
				return;
			}
			it.has_note = 1;
			strlcpy_safe(it.note, f[C_NOTE], sizeof it.note);
		}
		break;
	case HREC_DRINK:
		if (field_int(im, line, f, C_ML, 1, HISTORY_DRINK_MAX_ML, 0, 1,
		    &v) != 0)
			return;
		it.ml = v;
		break;
	case HREC_REMINDER:
		if (field_word(im, line, f, C_KIND, it.kind, sizeof it.kind)
		    != 0 || field_word(im, line, f, C_ACTION, it.action,
		    sizeof it.action) != 0)
			return;
		break;
	default:
		return;
	}
	if (im->n == im->cap) {
		im->cap = im->cap ? im->cap * 2 : 1024;
		im->items = xreallocarray(im->items, im->cap,
		    sizeof *im->items);
	}
	im->items[im->n++] = it;
}

/* One CSV record from one line (RFC 4180 quoting, no line breaks). */
static int
csv_split(char *line, char **fields, int max, int *n, const char **why)
{
	char	*r = line, *w = line;
	int	 k = 0;

	for (;;) {
		if (k == max) {
			*why = "too many fields";
			return -1;
		}
		fields[k++] = w;
		if (*r == '"') {
			r++;
			for (;;) {
				if (*r == '\0') {
					*why = "a quoted field does not end "
					    "on its line";
					return -1;
				}
				if (*r == '"' && r[1] == '"') {
					*w++ = '"';
					r += 2;
				} else if (*r == '"') {
					r++;
					break;
				} else
					*w++ = *r++;
			}
			if (*r != ',' && *r != '\0') {
				*why = "text after a closing quote";
				return -1;
			}
		} else {
			while (*r != ',' && *r != '\0') {
				if (*r == '"') {
					*why = "a quote inside an unquoted "
					    "field";
					return -1;
				}
				*w++ = *r++;
			}
		}
		if (*r == '\0') {
			*w = '\0';
			break;
		}
		*w++ = '\0';
		r++;
	}
	*n = k;
	return 0;
}

static int
import_csv(struct import *im, char *buf)
{
	char		*line, *next, *fields[C_COUNT + 1];
	const char	*row[C_COUNT], *why;
	int		 map[C_COUNT], lineno = 0, n, ncols = 0, i, c;

	for (line = buf; line != NULL; line = next) {
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		if (*line != '\0' && line[strlen(line) - 1] == '\r')
			line[strlen(line) - 1] = '\0';
		lineno++;
		if (*line == '\0')
			continue;
		if (csv_split(line, fields, C_COUNT + 1, &n, &why) != 0) {
			import_error(im, lineno, "%s", why);
			if (ncols == 0)
				return -1;
			continue;
		}
		if (ncols == 0) {
			/* The header names the columns, in any order. */
			for (i = 0; i < n; i++) {
				for (c = 0; c < C_COUNT; c++)
					if (!strcmp(fields[i], col_names[c]))
						break;
				if (c == C_COUNT) {
					import_error(im, lineno, "unknown "
					    "column \"%s\"", fields[i]);
					return -1;
				}
				map[i] = c;
			}
			ncols = n;
			for (c = 0; c < C_COUNT; c++) {
				for (i = 0; i < n && map[i] != c; i++)
					continue;
				if (i == n && (c == C_TYPE || c == C_TIME)) {
					import_error(im, lineno, "no \"%s\" "
					    "column", col_names[c]);
					return -1;
				}
			}
			continue;
		}
		if (n != ncols) {
			import_error(im, lineno, "%d fields, but the header "
			    "has %d", n, ncols);
			continue;
		}
		for (c = 0; c < C_COUNT; c++)
			row[c] = NULL;
		for (i = 0; i < n; i++)
			row[map[i]] = fields[i];
		import_row(im, lineno, row);
	}
	if (ncols == 0) {
		import_error(im, lineno ? lineno : 1, "no header line");
		return -1;
	}
	return 0;
}

/* A small JSON reader: just what an export holds, with line numbers. */
struct json {
	const char	*p, *end;
	int		 line;
	const char	*why;
};

static void
json_ws(struct json *j)
{
	while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' ||
	    *j->p == '\n' || *j->p == '\r')) {
		if (*j->p == '\n')
			j->line++;
		j->p++;
	}
}

static int
json_hex4(const char *s, unsigned *out)
{
	unsigned	v = 0;
	int		i;

	for (i = 0; i < 4; i++) {
		if (!isxdigit((unsigned char)s[i]))
			return -1;
		v = v * 16 + (unsigned)(isdigit((unsigned char)s[i]) ?
		    s[i] - '0' : (tolower((unsigned char)s[i]) - 'a' + 10));
	}
	*out = v;
	return 0;
}

/* A string into an allocated UTF-8 buffer. */
static char *
json_str(struct json *j)
{
	char		*out, *w;
	unsigned	 u, lo;

	if (j->p >= j->end || *j->p != '"') {
		j->why = "expected a string";
		return NULL;
	}
	j->p++;
	w = out = xmalloc((size_t)(j->end - j->p) * 2 + 1);
	while (j->p < j->end && *j->p != '"') {
		if ((unsigned char)*j->p < 0x20) {
			j->why = "a control character inside a string";
			goto bad;
		}
		if (*j->p != '\\') {
			*w++ = *j->p++;
			continue;
		}
		if (++j->p >= j->end)
			break;
		switch (*j->p++) {
		case '"': *w++ = '"'; break;
		case '\\': *w++ = '\\'; break;
		case '/': *w++ = '/'; break;
		case 'b': *w++ = '\b'; break;
		case 'f': *w++ = '\f'; break;
		case 'n': *w++ = '\n'; break;
		case 'r': *w++ = '\r'; break;
		case 't': *w++ = '\t'; break;
		case 'u':
			if (j->end - j->p < 4 || json_hex4(j->p, &u) != 0) {
				j->why = "a bad \\u escape";
				goto bad;
			}
			j->p += 4;
			if (u >= 0xd800 && u < 0xdc00) {
				if (j->end - j->p < 6 || j->p[0] != '\\' ||
				    j->p[1] != 'u' ||
				    json_hex4(j->p + 2, &lo) != 0 ||
				    lo < 0xdc00 || lo > 0xdfff) {
					j->why = "a lone surrogate in a \\u "
					    "escape";
					goto bad;
				}
				j->p += 6;
				u = 0x10000 + ((u - 0xd800) << 10) +
				    (lo - 0xdc00);
			} else if (u >= 0xdc00 && u < 0xe000) {
				j->why = "a lone surrogate in a \\u escape";
				goto bad;
			}
			if (u == 0) {
				j->why = "a NUL character in a string";
				goto bad;
			}
			if (u < 0x80)
				*w++ = (char)u;
			else if (u < 0x800) {
				*w++ = (char)(0xc0 | u >> 6);
				*w++ = (char)(0x80 | (u & 0x3f));
			} else if (u < 0x10000) {
				*w++ = (char)(0xe0 | u >> 12);
				*w++ = (char)(0x80 | (u >> 6 & 0x3f));
				*w++ = (char)(0x80 | (u & 0x3f));
			} else {
				*w++ = (char)(0xf0 | u >> 18);
				*w++ = (char)(0x80 | (u >> 12 & 0x3f));
				*w++ = (char)(0x80 | (u >> 6 & 0x3f));
				*w++ = (char)(0x80 | (u & 0x3f));
			}
			break;
		default:
			j->why = "a bad escape in a string";
			goto bad;
		}
	}
	if (j->p >= j->end) {
		j->why = "a string does not end";
		goto bad;
	}
	j->p++;
	*w = '\0';
	return out;
bad:
	free(out);
	return NULL;
}

/* A scalar as text: a string, a number, true, false; null gives NULL. */
static int
json_scalar(struct json *j, char **out)
{
	const char	*s = j->p;
	size_t		 n;

	*out = NULL;
	if (j->p >= j->end) {
		j->why = "unexpected end of file";
		return -1;
	}
	if (*j->p == '"')
		return (*out = json_str(j)) != NULL ? 0 : -1;
	if (*j->p == '{' || *j->p == '[') {
		j->why = "a record's values must be strings, numbers, true, "
		    "false or null";
		return -1;
	}
	while (j->p < j->end && (isalnum((unsigned char)*j->p) ||
	    *j->p == '-' || *j->p == '+' || *j->p == '.'))
		j->p++;
	n = (size_t)(j->p - s);
	if (n == 4 && strncmp(s, "null", 4) == 0)
		return 0;
	if ((n == 4 && strncmp(s, "true", 4) == 0) ||
	    (n == 5 && strncmp(s, "false", 5) == 0) ||
	    (n > 0 && (*s == '-' || isdigit((unsigned char)*s)))) {
		*out = xstrndup(s, n);
		return 0;
	}
	j->why = "expected a value";
	return -1;
}

static int
json_expect(struct json *j, char c, const char *why)
{
	json_ws(j);
	if (j->p < j->end && *j->p == c) {
		j->p++;
		return 0;
	}
	j->why = why;
	return -1;
}

/* One record object: its keys map onto the columns. */
static int
json_record(struct json *j, struct import *im)
{
	char	*key, *val, *row[C_COUNT] = { 0 };
	int	 line, c, r = -1, bad = 0;

	json_ws(j);
	line = j->line;
	if (json_expect(j, '{', "expected a record ({...})") != 0)
		return -1;
	json_ws(j);
	if (j->p < j->end && *j->p == '}') {
		j->p++;
		import_error(im, line, "an empty record");
		return 0;
	}
	for (;;) {
		json_ws(j);
		if ((key = json_str(j)) == NULL)
			goto out;
		if (json_expect(j, ':', "expected ':' after a key") != 0) {
			free(key);
			goto out;
		}
		json_ws(j);
		if (json_scalar(j, &val) != 0) {
			free(key);
			goto out;
		}
		for (c = 0; c < C_COUNT; c++)
			if (strcmp(key, col_names[c]) == 0)
				break;
		if (c == C_COUNT) {
			if (!bad)
				import_error(im, line, "unknown key \"%s\"",
				    key);
			bad = 1;
			free(val);
		} else if (row[c] != NULL) {
			if (!bad)
				import_error(im, line, "\"%s\" given twice",
				    key);
			bad = 1;
			free(val);
		} else
			row[c] = val != NULL ? val : xstrdup("");
		free(key);
		json_ws(j);
		if (j->p < j->end && *j->p == ',') {
			j->p++;
			continue;
		}
		if (json_expect(j, '}', "expected ',' or '}' in a record") !=
		    0)
			goto out;
		break;
	}
	if (!bad)
		import_row(im, line, (const char *const *)row);
	r = 0;
out:
	for (c = 0; c < C_COUNT; c++)
		free(row[c]);
	return r;
}

static int
json_records(struct json *j, struct import *im)
{
	if (json_expect(j, '[', "expected the records array ([...])") != 0)
		return -1;
	json_ws(j);
	if (j->p < j->end && *j->p == ']') {
		j->p++;
		return 0;
	}
	for (;;) {
		if (json_record(j, im) != 0)
			return -1;
		json_ws(j);
		if (j->p < j->end && *j->p == ',') {
			j->p++;
			continue;
		}
		return json_expect(j, ']', "expected ',' or ']' between "
		    "records");
	}
}

/* "format" and "version" beside the records: they must be ours. */
static int
json_header(struct json *j, struct import *im, const char *key)
{
	char	*val;
	int	 ok;

	if (json_scalar(j, &val) != 0)
		return -1;
	if (strcmp(key, "format") == 0) {
		ok = val != NULL && strcmp(val, "unclench-history") == 0;
		if (!ok)
			import_error(im, j->line, "format \"%s\": not an "
			    "unclench history export", val ? val : "null");
	} else {
		ok = val != NULL && strcmp(val, "1") == 0;
		if (!ok)
			import_error(im, j->line, "version %s: this unclench "
			    "reads version 1", val ? val : "null");
	}
	free(val);
	return ok ? 0 : 1;
}

static int
import_json(struct import *im, const char *buf, size_t len)
{
	struct json	 j = { buf, buf + len, 1, NULL };
	char		*key;
	int		 have = 0, r;

	json_ws(&j);
	if (j.p < j.end && *j.p == '[') {
		if (json_records(&j, im) != 0)
			goto syntax;
		goto end;
	}
	if (json_expect(&j, '{', "expected '{' or '['") != 0)
		goto syntax;
	for (;;) {
		json_ws(&j);
		if ((key = json_str(&j)) == NULL)
			goto syntax;
		if (json_expect(&j, ':', "expected ':' after a key") != 0) {
			free(key);
			goto syntax;
		}
		json_ws(&j);
		if (strcmp(key, "records") == 0) {
			r = json_records(&j, im);
			have = 1;
		} else if (strcmp(key, "format") == 0 ||
		    strcmp(key, "version") == 0)
			r = json_header(&j, im, key);
		else {
			import_error(im, j.line, "unknown key \"%s\"", key);
			r = 1;
		}
		free(key);
		if (r < 0)
			goto syntax;
		if (r > 0)
			return -1;
		json_ws(&j);
		if (j.p < j.end && *j.p == ',') {
			j.p++;
			continue;
		}
		if (json_expect(&j, '}', "expected ',' or '}'") != 0)
			goto syntax;
		break;
	}
	if (!have) {
		import_error(im, j.line, "no \"records\" array");
		return -1;
	}
end:
	json_ws(&j);
	if (j.p != j.end) {
		j.why = "text after the end of the JSON";
		goto syntax;
	}
	return 0;
syntax:
	import_error(im, j.line, "%s", j.why ? j.why : "bad JSON");
	return -1;
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
	struct import	 im = { 0 };
	struct history	*h;
	char		*buf, *cause, *text, *peek;
	size_t		 len, added, skipped;
	int		 r;

	if (argc < 2)
		return cli_usage_error("import", "which file? (an export made "
		    "with unclench export --csv or --json)");
	if (argc > 2)
		return cli_usage_error("import", "unexpected argument: %s",
		    argv[2]);
	im.file = argv[1];
	im.now = time(NULL);
	if ((buf = read_file(argv[1], &len, &cause)) == NULL) {
		cli_fail("import: %s", cause);
		free(cause);
		return EXIT_FAIL;
	}
	if (memchr(buf, '\0', len) != NULL || !utf8_valid(buf, len)) {
		free(buf);
		return cli_fail("import: %s: not a text file in UTF-8 (an "
		    "export is CSV or JSON)", argv[1]);
	}
	/* Past a byte order mark and blank space, { or [ means JSON. */
	text = buf;
	if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0) {
		text += 3;
		len -= 3;
	}
	for (peek = text; isspace((unsigned char)*peek); peek++)
		continue;
	r = (*peek == '{' || *peek == '[') ? import_json(&im, text, len) :
	    import_csv(&im, text);
	free(buf);
	if (r != 0 || im.errors > 0) {
		if (im.errors > IMPORT_MAX_ERRORS)
			fprintf(stderr, "unclench: import: ... and %zu more\n",
			    im.errors - IMPORT_MAX_ERRORS);
		fprintf(stderr, "unclench: import: %s: %zu problem%s; nothing "
		    "was imported\n", argv[1], im.errors,
		    im.errors == 1 ? "" : "s");
		free(im.items);
		return EXIT_FAIL;
	}
	if ((h = open_history("import")) == NULL) {
		free(im.items);
		return EXIT_FAIL;
	}
	r = history_import(h, im.items, im.n, &added, &skipped, &cause);
	history_close(h);
	free(im.items);
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
