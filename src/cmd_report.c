/*
 * cmd_report: `unclench report` (the page for a doctor: text, Markdown or
 * HTML) and `unclench export --fhir` (the cramps as a FHIR R4 Bundle).
 * Arguments are checked in full before anything is read; --output is
 * written to a temporary file beside it and renamed into place, so a
 * failure leaves no half-written file and the old one whole.
 *
 * Test-only environment (as cmd_play.c): UNCLENCH_TEST_WALL="YYYY-MM-DD
 * HH:MM" is the time of now, so the report's weeks end on a known day.
 */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "calendar.h"
#include "cli.h"
#include "cmd.h"
#include "config.h"
#include "diary.h"
#include "i18n.h"
#include "report.h"
#include "report_fhir.h"
#include "report_html.h"
#include "report_text.h"
#include "util.h"

/* Where the output goes: standard output, or path through tmp. */
struct output {
	const char	*cmd;
	const char	*path;
	char		*tmp;
	FILE		*f;
};

static int
output_open(struct output *o)
{
	struct stat	sb;
	int		fd;

	if (o->path == NULL) {
		o->f = stdout;
		return 0;
	}
	if (stat(o->path, &sb) == 0 && S_ISDIR(sb.st_mode))
		return cli_fail(_("%s: --output %s: is a directory (expected a "
		    "file name)"), o->cmd, o->path), -1;
	o->tmp = xasprintf("%s.tmp.XXXXXX", o->path);
	/* mkstemp makes it 0600: a health diary stays private. */
	if ((fd = mkstemp(o->tmp)) == -1 || (o->f = fdopen(fd, "w")) == NULL) {
		cli_fail(_("%s: --output %s: cannot write it: %s"), o->cmd,
		    o->path, strerror(errno));
		if (fd != -1) {
			close(fd);
			unlink(o->tmp);
		}
		free(o->tmp);
		o->tmp = NULL;
		return -1;
	}
	return 0;
}

/* Finish: ok keeps the output (renamed into place), else it is removed. */
static int
output_close(struct output *o, int ok)
{
	int e = 0;

	if (o->path == NULL) {
		if (fflush(stdout) != 0 || ferror(stdout))
			return cli_fail(_("%s: writing the output: %s"), o->cmd,
			    strerror(errno));
		return ok ? EXIT_OK : EXIT_FAIL;
	}
	if (fflush(o->f) != 0 || ferror(o->f) || fsync(fileno(o->f)) != 0)
		e = errno != 0 ? errno : EIO;
	if (fclose(o->f) != 0 && e == 0)
		e = errno;
	if (ok && e == 0 && rename(o->tmp, o->path) != 0)
		e = errno;
	if (!ok || e != 0)
		unlink(o->tmp);
	free(o->tmp);
	o->tmp = NULL;
	if (e != 0)
		return cli_fail(_("%s: --output %s: %s (nothing written)"),
		    o->cmd, o->path, strerror(e));
	return ok ? EXIT_OK : EXIT_FAIL;
}

/* Now, or the test's wall clock. -1 if UNCLENCH_TEST_WALL is bad. */
static int
now_of(const char *cmd, time_t *now)
{
	const char	*wa = getenv("UNCLENCH_TEST_WALL"), *why;

	*now = time(NULL);
	if (wa == NULL || *wa == '\0')
		return 0;
	if (cal_parse_local(&cal_zone_local, wa, 0, now, &why) != 0)
		return cli_fail("%s: UNCLENCH_TEST_WALL: \"%s\": %s (expected "
		    "YYYY-MM-DD HH:MM)", cmd, wa, why), -1;
	return 0;
}

/* "YYYY-MM-DD HH:MM +01:00": the local time and its offset. */
static void
stamp(char *buf, size_t len, time_t t)
{
	long	off = cal_zone_local.utc_offset(&cal_zone_local, t), a;
	int	y, m, d, min, wd;

	cal_local_date(&cal_zone_local, t, &y, &m, &d, &min, &wd);
	a = off < 0 ? -off : off;
	snprintf(buf, len, "%04d-%02d-%02d %02d:%02d %c%02ld:%02ld", y, m, d,
	    min / 60, min % 60, off < 0 ? '-' : '+', a / 3600, a / 60 % 60);
}

static void
say_damaged(const char *cmd, size_t n)
{
	if (n > 0)
		fprintf(stderr, NG_("unclench: %s: skipped %zu damaged row (a "
		    "value out of range)\n", "unclench: %s: skipped %zu "
		    "damaged rows (a value out of range)\n", n), cmd, n);
}

enum report_format { FMT_TEXT, FMT_MD, FMT_HTML };

static int
report_args(int argc, char **argv, long *weeks, int *fmt, const char **out)
{
	static const struct option longopts[] = {
		{ "weeks", required_argument, NULL, 'w' },
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 }
	};
	const char	*why;
	int		 ch;

	while ((ch = getopt_long(argc, argv, ":", longopts, NULL)) != -1) {
		switch (ch) {
		case 'w':
			if (parse_long(optarg, 1, REPORT_MAX_WEEKS, weeks,
			    &why) != 0)
				return cli_usage_error("report", _("--weeks "
				    "\"%s\": %s (expected 1-%d)"), optarg, why,
				    REPORT_MAX_WEEKS);
			break;
		case 'f':
			if (strcmp(optarg, "text") == 0)
				*fmt = FMT_TEXT;
			else if (strcmp(optarg, "md") == 0)
				*fmt = FMT_MD;
			else if (strcmp(optarg, "html") == 0)
				*fmt = FMT_HTML;
			else
				return cli_usage_error("report", _("--format "
				    "\"%s\": unknown (expected text, md or "
				    "html)"), optarg);
			break;
		case 'o':
			if (*optarg == '\0')
				return cli_usage_error("report", _("--output "
				    "needs a file name"));
			*out = optarg;
			break;
		default:
			return cli_option_error("report", ch, argv,
			    NULL);
		}
	}
	if (optind < argc)
		return cli_usage_error("report", _("unexpected argument: %s"),
		    argv[optind]);
	return EXIT_OK;
}

int
cmd_report(int argc, char **argv)
{
	struct config		 cfg;
	struct diag		 d = { 0 };
	struct report		*r;
	struct report_params	 p = { 0 };
	struct output		 o = { "report", NULL, NULL, NULL };
	char			*cause, gen[64];
	size_t			 damaged = 0;
	long			 weeks = REPORT_DEFAULT_WEEKS;
	int			 fmt = FMT_TEXT, rc, ok;

	if ((rc = report_args(argc, argv, &weeks, &fmt, &o.path)) != EXIT_OK)
		return rc;
	if (cli_load_config(&cfg, &d) != 0) {
		rc = cli_config_refused("report", &d);
		diag_clear(&d);
		return rc;
	}
	diag_print(&d, stderr);
	diag_clear(&d);
	p.zone = &cal_zone_local;
	if (now_of("report", &p.now) != 0)
		return EXIT_FAIL;
	p.weeks = (int)weeks;
	p.goal_ml = config_effective_goal_ml(&cfg);
	p.fluid_restricted = cfg.fluid_restricted;
	p.night_from = cfg.night_from;
	p.night_to = cfg.night_to;
	r = xmalloc(sizeof *r);
	if (diary_report(&p, r, &damaged, &cause) != 0) {
		free(r);
		cli_fail("report: %s", cause);
		free(cause);
		return EXIT_FAIL;
	}
	say_damaged("report", damaged);
	stamp(gen, sizeof gen, time(NULL));
	if (getenv("UNCLENCH_TEST_WALL") != NULL)
		stamp(gen, sizeof gen, p.now);
	if (output_open(&o) != 0) {
		free(r);
		return EXIT_FAIL;
	}
	if (fmt == FMT_HTML)
		ok = report_print_html(o.f, r, gen) == 0;
	else
		ok = report_print_text(o.f, r, fmt == FMT_MD, gen) == 0;
	free(r);
	return output_close(&o, ok);
}

/* The relief runs, in order of start (the store gives them oldest first). */
struct relief_list {
	struct fhir_relief	*v;
	size_t			 n, cap;
};

static int
relief_feed(const struct history_item *it, void *arg)
{
	struct relief_list	*l = arg;
	struct fhir_relief	*r;

	if (it->type != HREC_SESSION || strcmp(it->kind, "relief") != 0)
		return 0;
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 64;
		l->v = xreallocarray(l->v, l->cap, sizeof *l->v);
	}
	r = &l->v[l->n++];
	r->start = it->at;
	r->completed = it->completed && it->steps_done > 0;
	strlcpy_safe(r->routine, it->routine, sizeof r->routine);
	return 0;
}

struct fhir_pass {
	struct fhir_out		*o;
	struct relief_list	*rel;
};

static int
fhir_feed(const struct history_item *it, void *arg)
{
	struct fhir_pass *p = arg;

	if (it->type == HREC_CRAMP)
		fhir_cramp(p->o, it, fhir_relief_for(p->rel->v, p->rel->n,
		    it->at));
	return 0;
}

/* The Patient's urn:uuid: random, so two exports never share one. */
static int
random_uuid(unsigned char *u, size_t n)
{
	FILE	*f = fopen("/dev/urandom", "rb");
	int	 ok = f != NULL && fread(u, 1, n, f) == n;

	if (f != NULL)
		fclose(f);
	return ok ? 0 : -1;
}

/* `export --fhir [--output FILE]`, reached from cmd_export. */
int
cmd_export_fhir(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "fhir", no_argument, NULL, 'F' },
		{ "output", required_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 }
	};
	struct relief_list	 rel = { NULL, 0, 0 };
	struct fhir_out		 fo = { NULL, &cal_zone_local, { 0 }, 0 };
	struct fhir_pass	 pass = { &fo, &rel };
	struct output		 o = { "export", NULL, NULL, NULL };
	char			*cause = NULL;
	size_t			 damaged = 0;
	time_t			 now;
	int			 ch, r;

	while ((ch = getopt_long(argc, argv, ":", longopts, NULL)) != -1) {
		switch (ch) {
		case 'F':
			break;
		case 'o':
			if (*optarg == '\0')
				return cli_usage_error("export", _("--output "
				    "needs a file name"));
			o.path = optarg;
			break;
		default:
			return cli_option_error("export", ch, argv, NULL);
		}
	}
	if (optind < argc)
		return cli_usage_error("export", _("unexpected argument: %s"),
		    argv[optind]);
	if (now_of("export", &now) != 0)
		return EXIT_FAIL;
	if (random_uuid(fo.uuid, sizeof fo.uuid) != 0)
		return cli_fail(_("export: cannot read /dev/urandom: %s"),
		    strerror(errno));
	if (diary_foreach(0, relief_feed, &rel, &damaged, &cause) != 0) {
		free(rel.v);
		cli_fail("export: %s", cause);
		free(cause);
		return EXIT_FAIL;
	}
	if (output_open(&o) != 0) {
		free(rel.v);
		return EXIT_FAIL;
	}
	fo.f = o.f;
	fhir_begin(&fo, now);
	r = diary_foreach(0, fhir_feed, &pass, &damaged, &cause);
	free(rel.v);
	say_damaged("export", damaged);
	if (r != 0) {
		cli_fail("export: %s", cause);
		free(cause);
		return output_close(&o, 0);
	}
	return output_close(&o, fhir_end(&fo) == 0);
}
