/*
 * cmd_info: the headless commands that read the library: list, check and
 * help. They print to stdout and never start curses.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cmd.h"
#include "config.h"
#include "format.h"
#include "i18n.h"
#include "ini.h"
#include "files_library.h"
#include "routine_ini.h"
#include "theme.h"

int
cmd_list(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "kind", required_argument, NULL, 'k' },
		{ NULL, 0, NULL, 0 }
	};
	struct library	 lib;
	struct diag	 d = { 0 };
	int		 ch, kind = -1;
	size_t		 i;

	while ((ch = getopt_long(argc, argv, ":k:", longopts, NULL)) != -1) {
		switch (ch) {
		case 'k':
			/* "breathe", as the command is called, is breathing. */
			if (strcmp(optarg, "breathe") == 0)
				kind = KIND_BREATHING;
			else if ((kind = routine_kind_parse(optarg)) < 0)
				return cli_usage_error("list", _("unknown kind "
				    "\"%s\" (expected stretch, pmr, breathing "
				    "or relief)"), optarg);
			break;
		default:
			return cli_option_error("list", ch, argv, _("stretch, "
			    "pmr, breathing or relief"));
		}
	}
	if (optind < argc)
		return cli_usage_error("list", _("unexpected argument: %s"),
		    argv[optind]);
	library_scan(&lib, kind, &d);
	/* TRANSLATORS: the columns of `unclench list`: 22, 9 and 8 wide. */
	printf("%-22s %-9s %8s  %s\n", _("NAME"), _("KIND"), _("TIME"),
	    _("TITLE"));
	for (i = 0; i < lib.n; i++) {
		char dur[32];

		if (lib.entries[i].kind == KIND_RELIEF)
			snprintf(dur, sizeof dur, "%lld s+",
			    (long long)(lib.entries[i].duration_ms / 1000));
		else
			format_duration(dur, sizeof dur,
			    (lib.entries[i].duration_ms + 500) / 1000);
		printf("%-22s %-9s %8s  ", lib.entries[i].name,
		    routine_kind_name(lib.entries[i].kind), dur);
		fputs_escaped(lib.entries[i].title, stdout);	/* a file's */
		putchar('\n');
	}
	library_free(&lib);
	diag_print(&d, stderr);
	ch = d.errors ? EXIT_FAIL : EXIT_OK;
	diag_clear(&d);
	return ch;
}

enum file_type { FILE_ROUTINE, FILE_THEME, FILE_CONFIG };

/* Tell a file's type from its sections; -1 if it cannot be read. */
static int
sniff(const char *path, struct diag *d)
{
	struct ini	*ini;
	int		 type;

	if ((ini = ini_load(path, d)) == NULL)
		return -1;
	if (ini_has_section(ini, "routine"))
		type = FILE_ROUTINE;
	else if (ini_has_section(ini, "theme"))
		type = FILE_THEME;
	else
		type = FILE_CONFIG;
	ini_free(ini);
	return type;
}

/*
 * Every scheduled session names a routine of the library: a typo there
 * would only show when the daemon calls the user to it.
 */
static void
check_schedule(const char *path, const struct config *cfg, struct diag *d)
{
	struct routine	*r;
	char		*found;
	size_t		 i;

	for (i = 0; i < cfg->nschedule; i++) {
		const struct schedule_entry	*e = &cfg->schedule[i];
		struct diag			 one = { 0 };

		if ((found = library_find("routines", e->routine, &one)) ==
		    NULL)
			diag_at(d, DIAG_ERROR, path, "schedule", e->name, "%s",
			    one.n > 0 ? one.msgs[0].text : e->routine);
		else if ((r = routine_load(found, &one)) == NULL)
			diag_at(d, DIAG_ERROR, path, "schedule", e->name,
			    _("routine %s has errors (see unclench check %s)"),
			    e->routine, found);
		else
			routine_free(r);
		free(found);
		diag_clear(&one);
	}
}

/* Check one file; d is the file's own: "ok" only if it holds nothing. */
static void
check_one(const char *path, struct diag *d)
{
	struct routine	*r;
	struct theme	 t;
	struct config	 cfg;
	char		 dur[32];
	struct diag	 scratch = { 0 };
	char		*safe = text_escape(path);
	int		 type;

	/* The loader below reports again what the sniff saw: keep one copy. */
	if ((type = sniff(path, &scratch)) < 0)
		diag_move(d, &scratch);
	else
		diag_clear(&scratch);
	switch (type) {
	case FILE_ROUTINE:
		if ((r = routine_load(path, d)) == NULL)
			break;
		format_duration(dur, sizeof dur,
		    (routine_duration_ms(r) + 500) / 1000);
		if (d->errors + d->warnings == 0) {
			printf(_("%s: ok: routine \""), safe);
			fputs_escaped(r->title, stdout);
			printf(NG_("\", %s, %zu step, %s\n",
			    "\", %s, %zu steps, %s\n", r->nsteps),
			    routine_kind_name(r->kind), r->nsteps, dur);
		}
		routine_free(r);
		break;
	case FILE_THEME:
		if (theme_load(path, &t, d) == 0 &&
		    d->errors + d->warnings == 0) {
			printf(_("%s: ok: theme \""), safe);
			fputs_escaped(t.name, stdout);
			printf(NG_("\", %d colour role\n", "\", %d colour "
			    "roles\n", ROLE_COUNT), ROLE_COUNT);
		}
		break;
	case FILE_CONFIG:
		config_defaults(&cfg);
		if (config_load(path, &cfg, d) != 0)
			break;
		check_schedule(path, &cfg, d);
		if (d->errors + d->warnings == 0)
			printf(NG_("%s: ok: config, %zu scheduled session\n",
			    "%s: ok: config, %zu scheduled sessions\n",
			    cfg.nschedule), safe, cfg.nschedule);
		break;
	default:
		break;
	}
	free(safe);
}

int
cmd_check(int argc, char **argv)
{
	struct diag	d = { 0 };
	int		i, r;

	if (argc == 2 && strcmp(argv[1], "--options") == 0) {
		config_print_options(stdout);
		return EXIT_OK;
	}
	if (argc < 2)
		return cli_usage_error("check", _("no FILE given"));
	for (i = 1; i < argc; i++) {
		struct diag one = { 0 };

		check_one(argv[i], &one);
		diag_print(&one, stderr);
		diag_move(&d, &one);
	}
	/*
	 * A warning (an unknown key such as "repz", a value cut at ';') is
	 * a default played in silence at run time: check fails on it too.
	 */
	r = d.errors || d.warnings ? EXIT_FAIL : EXIT_OK;
	if (d.errors || d.warnings) {
		/* Two counts: each word takes its own plural. */
		fprintf(stderr, NG_("unclench: check: %zu error, ",
		    "unclench: check: %zu errors, ", d.errors), d.errors);
		fprintf(stderr, NG_("%zu warning\n", "%zu warnings\n",
		    d.warnings), d.warnings);
	}
	diag_clear(&d);
	return r;
}

int
cmd_help(int argc, char **argv)
{
	if (argc > 2)
		return cli_usage_error("help", _("too many arguments"));
	if (argc == 2 && command_find(argv[1]) == NULL)
		return cli_usage_error("help", _("unknown command: %s"),
		    argv[1]);
	cli_print_help(stdout, argc == 2 ? argv[1] : NULL);
	return EXIT_OK;
}
