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
 *   action       reminder: sent, drank, snoozed, skipped, started, missed,
 *                break (a session inside a long lock or sleep)
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
#include "diary.h"
#include "format.h"
#include "i18n.h"
#include "codec_history.h"
#include "files_parts.h"
#include "routine.h"
#include "stats.h"
#include "stats_text.h"
#include "util.h"

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

/*
 * The user's [hooks] for what is recorded here, quietly: a broken config
 * does not stop a cramp being logged (it runs no hook then).
 */
static void
hooks_from_config(void)
{
	struct config	cfg;
	struct diag	d = { 0 };

	(void)cli_load_config(&cfg, &d);
	diag_clear(&d);
}

/*
 * Rows a hand-edited or tampered file holds out of range were skipped:
 * say so (and free what the diary gave).
 */
static void
report_damaged(const char *cmd, struct diary_damage *dmg)
{
	size_t n = dmg->rows;

	if (n > 0)
		fprintf(stderr, NG_("unclench: %s: skipped %zu damaged row (a "
		    "value out of range) in %s\n", "unclench: %s: skipped %zu "
		    "damaged rows (a value out of range) in %s\n", n), cmd, n,
		    dmg->path);
	free(dmg->path);
	dmg->path = NULL;
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
		*why = _("is in the future");
		return -1;
	}
	return 0;
}

/* The day's water so far against the goal. */
static void
print_today(const struct config *cfg, time_t now)
{
	time_t	from, to;
	long	total, goal = config_effective_goal_ml(cfg);
	char	a[32], b[32], *cause = NULL;

	cal_day_bounds(&cal_zone_local, now, &from, &to);
	total = diary_water_between(from, to, &cause);
	free(cause);
	if (total < 0)
		return;
	format_volume(a, sizeof a, total, cfg->units);
	format_volume(b, sizeof b, goal, cfg->units);
	printf(cfg->fluid_restricted ? _("Today: %s of your %s limit "
	    "(%ld%%).\n") : _("Today: %s of your %s goal (%ld%%).\n"), a, b,
	    goal > 0 ? total * 100 / goal : 0L);
	if (cfg->fluid_restricted && total > goal)
		fputs(_("That is over the daily limit your doctor gave.\n"),
		    stdout);
}

int
cmd_drink(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "at", required_argument, NULL, 'a' },
		{ NULL, 0, NULL, 0 }
	};
	struct config	 cfg;
	const char	*why;
	char		*cause, vol[32], when[32];
	time_t		 now = time(NULL), at = now;
	long		 ml;
	int		 ch, i;

	/* getopt would take "-5" for an option: say what is wrong with it. */
	for (i = 1; i < argc && strcmp(argv[i], "--") != 0; i++) {
		if (strcmp(argv[i], "--at") == 0)
			i++;
		else if (argv[i][0] == '-' &&
		    (isdigit((unsigned char)argv[i][1]) || argv[i][1] == '.'))
			return cli_usage_error("drink", _("%s: the amount must "
			    "be positive"), argv[i]);
	}
	while ((ch = getopt_long(argc, argv, ":", longopts, NULL)) != -1) {
		switch (ch) {
		case 'a':
			if (parse_at(optarg, now, &at, &why) != 0)
				return cli_usage_error("drink", _("--at \"%s\": %s"),
				    optarg, why);
			break;
		default:
			return cli_option_error("drink", ch, argv, _("a time, "
			    "\"YYYY-MM-DD HH:MM\" or HH:MM"));
		}
	}
	if (argc - optind > 1)
		return cli_usage_error("drink", _("unexpected argument: %s"),
		    argv[optind + 1]);
	if (load_config("drink", &cfg) != EXIT_OK)
		return EXIT_FAIL;
	ml = cfg.glass_ml;
	if (optind < argc && parse_volume_ml(argv[optind], cfg.units, 1,
	    HISTORY_DRINK_MAX_ML, &ml, &why) != 0)
		return cli_usage_error("drink", _("\"%s\": %s (expected an "
		    "amount like 250, 250ml, 0.3l or 8oz, at most 5 l)"),
		    argv[optind], why);
	/* The daemon would see the drink when it next wakes; tell it now. */
	diary_set_hook(daemon_tell_refresh);
	if (diary_add_drink(at, ml, &cause) != 0) {
		cli_fail("drink: %s", cause);
		free(cause);
		return EXIT_FAIL;
	}
	format_volume(vol, sizeof vol, ml, cfg.units);
	format_local(when, sizeof when, at);
	printf(_("Logged %s of water at %s.\n"), vol, when);
	print_today(&cfg, now);
	return EXIT_OK;
}

/*
 * ", severity S/10, DURATION" of a cramp, each part when known: what
 * `log cramp` confirms and `log undo` names.
 */
static void
cramp_extra(char *buf, size_t len, int severity, int duration_s)
{
	char dur[32];

	buf[0] = '\0';
	if (severity > 0)
		snprintf(buf, len, _(", severity %d/10"), severity);
	if (duration_s >= 0) {
		format_duration(dur, sizeof dur, duration_s);
		snprintf(buf + strlen(buf), len - strlen(buf), ", %s", dur);
	}
}

/* One line about a record, for undo. */
static void
describe(char *buf, size_t len, const struct history_item *it,
    const struct config *cfg)
{
	char when[32], vol[32], extra[600];

	format_local(when, sizeof when, it->at);
	switch (it->type) {
	case HREC_DRINK:
		format_volume(vol, sizeof vol, it->ml, cfg->units);
		snprintf(buf, len, _("a drink of %s at %s"), vol, when);
		break;
	case HREC_CRAMP:
		cramp_extra(extra, sizeof extra, it->severity,
		    it->duration_s);
		if (it->has_note)
			snprintf(extra + strlen(extra),
			    sizeof extra - strlen(extra), ", \"%s\"", it->note);
		/* TRANSLATORS: a calf cramp at 2024-03-05 08:00, ... */
		snprintf(buf, len, _("a %s cramp at %s%s"), it->part, when,
		    extra);
		break;
	case HREC_SESSION:
		/* TRANSLATORS: a stretch session (ROUTINE) at WHEN, ... */
		snprintf(buf, len, it->completed ? _("a %s session (%s) at "
		    "%s, completed, %d of %d steps") : _("a %s session (%s) at "
		    "%s, not completed, %d of %d steps"), it->kind,
		    it->routine, when, it->steps_done, it->steps_total);
		break;
	default:
		snprintf(buf, len, _("a %s reminder (%s) at %s"), it->kind,
		    it->action, when);
		break;
	}
}

static int
log_undo(int argc, char **argv)
{
	struct config		 cfg;
	struct history_item	 it;
	char			*cause, what[1024];
	int			 r;

	if (argc > 1)
		return cli_usage_error("log", _("undo takes no arguments"));
	if (load_config("log", &cfg) != EXIT_OK)
		return EXIT_FAIL;
	r = diary_undo_last(&it, &cause);
	if (r < 0) {
		cli_fail(r == DIARY_UNOPENED ? "log: %s" : "log: undo: %s",
		    cause);
		free(cause);
		return EXIT_FAIL;
	}
	if (r == 1) {
		fputs(_("unclench: log: undo: nothing to undo (no sessions, "
		    "cramps or drinks in the diary)\n"), stderr);
		return EXIT_FAIL;
	}
	describe(what, sizeof what, &it, &cfg);
	fputs(_("Removed the last record: "), stdout);
	fputs_escaped(what, stdout);	/* the note is the diary's text */
	fputs(".\n", stdout);
	return EXIT_OK;
}

/*
 * log cramp's options into r (at now unless --at says when): EXIT_OK, or
 * the exit code of the usage error said.
 */
static int
cramp_options(int argc, char **argv, time_t now, struct cramp_record *r)
{
	static const struct option longopts[] = {
		{ "severity", required_argument, NULL, 's' },
		{ "minutes", required_argument, NULL, 'm' },
		{ "note", required_argument, NULL, 'n' },
		{ "at", required_argument, NULL, 'a' },
		{ NULL, 0, NULL, 0 }
	};
	const char	*why;
	long		 v;
	int		 ch;

	optind = 0;
	while ((ch = getopt_long(argc, argv, ":", longopts, NULL)) != -1) {
		switch (ch) {
		case 's':
			if (parse_long(optarg, 1, 10, &v, &why) != 0)
				return cli_usage_error("log", _("--severity "
				    "\"%s\": %s (expected 1-10)"), optarg, why);
			r->severity = (int)v;
			break;
		case 'm':
			if (parse_long(optarg, 0, CRAMP_MAX_MINUTES, &v, &why)
			    != 0)
				return cli_usage_error("log", _("--minutes "
				    "\"%s\": %s (expected 0-%d)"), optarg, why,
				    CRAMP_MAX_MINUTES);
			r->duration_s = (int)v * 60;
			break;
		case 'n':
			if (history_io_check_note(optarg, &why) != 0)
				return cli_usage_error("log", "--note: %s",
				    why);
			r->note = *optarg != '\0' ? optarg : NULL;
			break;
		case 'a':
			if (parse_at(optarg, now, &r->start, &why) != 0)
				return cli_usage_error("log", _("--at \"%s\": "
				    "%s"), optarg, why);
			break;
		default:
			return cli_option_error("log", ch, argv,
			    optopt == 's' ? _("a severity, 1-10") :
			    optopt == 'm' ? _("minutes, 0-240") :
			    optopt == 'n' ? _("a note") : _("a time, "
			    "\"YYYY-MM-DD HH:MM\" or HH:MM"));
		}
	}
	return EXIT_OK;
}

static int
log_cramp(int argc, char **argv)
{
	struct cramp_record	 r = { .duration_s = -1 };
	const char		*part, *hint;
	char			*cause, when[32], extra[64], parts[128];
	int			 rc;

	r.start = time(NULL);
	if ((rc = cramp_options(argc, argv, r.start, &r)) != EXIT_OK)
		return rc;
	format_parts(parts, sizeof parts);
	if (optind >= argc)
		return cli_usage_error("log", _("cramp needs a body part (%s)"),
		    parts);
	if (argc - optind > 1)
		return cli_usage_error("log", _("unexpected argument: %s"),
		    argv[optind + 1]);
	if ((part = parts_resolve(argv[optind])) == NULL) {
		hint = parts_suggest(argv[optind]);
		if (hint != NULL)
			return cli_usage_error("log", _("unknown body part "
			    "\"%s\" (did you mean %s?)"), argv[optind], hint);
		return cli_usage_error("log", _("unknown body part \"%s\" "
		    "(expected %s)"), argv[optind], parts);
	}
	r.part = part;
	hooks_from_config();
	if (diary_add_cramp(&r, &cause) != 0) {
		cli_fail("log: %s", cause);
		free(cause);
		return EXIT_FAIL;
	}
	format_local(when, sizeof when, r.start);
	cramp_extra(extra, sizeof extra, r.severity, r.duration_s);
	/* TRANSLATORS: the part is a word the commands take (calf). */
	printf(_("Logged a %s cramp at %s%s.\n"), part, when, extra);
	return EXIT_OK;
}

int
cmd_log(int argc, char **argv)
{
	if (argc < 2)
		return cli_usage_error("log", _("what to log? (cramp PART, or "
		    "undo)"));
	if (strcmp(argv[1], "cramp") == 0)
		return log_cramp(argc - 1, argv + 1);
	if (strcmp(argv[1], "undo") == 0)
		return log_undo(argc - 1, argv + 1);
	return cli_usage_error("log", _("unknown record \"%s\" (expected cramp "
	    "or undo)"), argv[1]);
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
	struct diary_damage dmg;
	struct stats	 st;
	const char	*why, *term;
	char		*cause;
	long		 days = STATS_DEFAULT_DAYS;
	int		 ch, screen = 0;

	while ((ch = getopt_long(argc, argv, ":", longopts, NULL)) != -1) {
		switch (ch) {
		case 'd':
			if (parse_long(optarg, 1, STATS_MAX_DAYS, &days, &why)
			    != 0)
				return cli_usage_error("stats", _("--days "
				    "\"%s\": %s (expected 1-%d)"), optarg, why,
				    STATS_MAX_DAYS);
			break;
		case 'S':
			screen = 1;
			break;
		default:
			return cli_option_error("stats", ch, argv,
			    _("a number of days, 1-3660"));
		}
	}
	if (optind < argc)
		return cli_usage_error("stats", _("unexpected argument: %s"),
		    argv[optind]);
	if (load_config("stats", &cfg) != EXIT_OK)
		return EXIT_FAIL;
	if (screen)
		return cmd_stats_screen();
	if (diary_stats(time(NULL), (int)days, config_effective_goal_ml(&cfg),
	    cfg.night_from, cfg.night_to, &st, &dmg, &cause) != 0) {
		cli_fail("stats: %s", cause);
		free(cause);
		return EXIT_FAIL;
	}
	report_damaged("stats", &dmg);
	term = getenv("TERM");
	stats_text_print(stdout, isatty(STDOUT_FILENO) &&
	    getenv("NO_COLOR") == NULL && term != NULL &&
	    strcmp(term, "dumb") != 0, &st, &cfg);
	if (fflush(stdout) != 0 || ferror(stdout))
		return cli_fail(_("stats: writing the output: %s"),
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
	struct diary_damage dmg;
	struct history_export e = { stdout, -1, 0, 0 };
	const char	*why;
	char		*cause;
	time_t		 since = 0;
	int		 ch, day, r;

	for (ch = 1; ch < argc; ch++)	/* the FHIR export is cmd_report.c's */
		if (strcmp(argv[ch], "--fhir") == 0)
			return cmd_export_fhir(argc, argv);
	while ((ch = getopt_long(argc, argv, ":", longopts, NULL)) != -1) {
		switch (ch) {
		case 'c':
		case 'j':
			if (e.json != -1 && e.json != (ch == 'j'))
				return cli_usage_error("export", _("choose one "
				    "of --csv and --json"));
			e.json = ch == 'j';
			break;
		case 's':
			if (strlen(optarg) != 10 ||
			    cal_parse_date(optarg, &day, &why) != 0)
				return cli_usage_error("export",
				    _("--since \"%s\": %s"), optarg,
				    strlen(optarg) != 10 ? _("not a date "
				    "(expected YYYY-MM-DD)") : why);
			since = cal_instant(&cal_zone_local, day, 0);
			break;
		default:
			return cli_option_error("export", ch, argv,
			    _("a date, YYYY-MM-DD"));
		}
	}
	if (optind < argc)
		return cli_usage_error("export", _("unexpected argument: %s "
		    "(the export goes to standard output)"), argv[optind]);
	if (e.json == -1)
		return cli_usage_error("export", _("choose --csv or --json"));
	/* A pipe or file gets the data exactly; a terminal, no raw controls. */
	e.tty = isatty(STDOUT_FILENO);
	r = diary_export(&e, since, &dmg, &cause);
	report_damaged("export", &dmg);
	if (r != 0) {
		cli_fail("export: %s", cause);
		free(cause);
		return EXIT_FAIL;
	}
	history_export_end(&e);
	if (fflush(stdout) != 0 || ferror(stdout))
		return cli_fail(_("export: writing the output: %s"),
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
		*cause = xasprintf(_("%s: is a directory"), path);
		return NULL;
	}
	/* Size first, so /dev/zero or a huge file costs no memory; pipes
	 * (unclench import <(...)) are read up to the limit. */
	if (fstat(fileno(f), &sb) == 0 && !S_ISREG(sb.st_mode) &&
	    !S_ISFIFO(sb.st_mode)) {
		fclose(f);
		*cause = xasprintf(_("%s: not a file (an export is a CSV or "
		    "JSON file)"), path);
		return NULL;
	}
	if (S_ISREG(sb.st_mode) && sb.st_size > IMPORT_MAX_BYTES) {
		fclose(f);
		*cause = xasprintf(_("%s: larger than 256 MiB"), path);
		return NULL;
	}
	buf = xmalloc(cap + 1);
	while ((r = fread(buf + n, 1, cap - n, f)) > 0) {
		n += r;
		if (n > (size_t)IMPORT_MAX_BYTES) {
			fclose(f);
			free(buf);
			*cause = xasprintf(_("%s: larger than 256 MiB"), path);
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
	char			*buf, *cause;
	size_t			 len, problems, added, skipped, i;
	time_t			 now = time(NULL);
	int			 r;

	if (argc < 2)
		return cli_usage_error("import", _("which file? (an export "
		    "made with unclench export --csv or --json)"));
	if (argc > 2)
		return cli_usage_error("import", _("unexpected argument: %s"),
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
		cli_fail(NG_("import: %s: %zu problem; nothing was imported",
		    "import: %s: %zu problems; nothing was imported",
		    problems), argv[1], problems);
		free(buf);
		return EXIT_FAIL;
	}
	r = diary_import(argv[1], buf, len, now, &added, &skipped, &cause);
	free(buf);
	if (r != 0) {
		cli_fail("import: %s", cause);
		free(cause);
		return EXIT_FAIL;
	}
	printf(NG_("Imported %zu record from ", "Imported %zu records from ",
	    added), added);
	fputs_escaped(argv[1], stdout);
	if (skipped > 0)
		printf(_(" (%zu already in the history, skipped)"), skipped);
	printf(".\n");
	return EXIT_OK;
}
