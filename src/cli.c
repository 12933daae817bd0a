/*
 * cli: shared command-line plumbing. Messages follow "unclench: what: why";
 * usage errors exit 2, failures 1.
 */
#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diary.h"
#include "files_paths.h"
#include "format.h"
#include "i18n.h"

struct global_options global_opts;

const struct command *
command_find(const char *name)
{
	size_t i;

	for (i = 0; i < ncommands; i++)
		if (strcmp(commands[i].name, name) == 0)
			return &commands[i];
	return NULL;
}

/* A command's synopsis, its placeholders translated ("" stays ""). */
static const char *
synopsis(const struct command *c)
{
	return *c->args != '\0' ? _(c->args) : "";
}

int
cli_usage_error(const char *cmd, const char *fmt, ...)
{
	const struct command	*c = cmd ? command_find(cmd) : NULL;
	va_list			 ap;

	va_start(ap, fmt);
	say_escaped(cmd, fmt, ap);
	va_end(ap);
	if (c != NULL)
		fprintf(stderr, _("usage: unclench %s %s\n"), c->name,
		    synopsis(c));
	else
		fprintf(stderr, "%s", _("usage: unclench [--config FILE] "
		    "[COMMAND] [ARGS]; see unclench --help\n"));
	return EXIT_USAGE;
}

int
cli_option_error(const char *cmd, int ch, char **argv, const char *values)
{
	char		 word[3] = { '-', (char)optopt, '\0' };
	const char	*opt = argv[optind - 1];

	/*
	 * A missing value: the option is the last word read. An unknown
	 * option: the word read for a long one, the letter for a short one
	 * (letters can be grouped, so the last word may be another).
	 */
	if (ch == ':')
		return cli_usage_error(cmd, _("%s needs a value%s%s"), opt,
		    values != NULL ? ": " : "", values != NULL ? values : "");
	if (strncmp(opt, "--", 2) == 0 && optopt != 0)
		return cli_usage_error(cmd, _("%.*s takes no value"),
		    (int)strcspn(opt, "="), opt);
	if (optopt != 0)
		opt = word;
	return cli_usage_error(cmd, _("unknown option %.*s"),
	    (int)strcspn(opt, "="), opt);
}

int
cli_fail(const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	say_escaped(NULL, fmt, ap);
	va_end(ap);
	return EXIT_FAIL;
}

/*
 * A command's help body, translated: @PARTS@ is the list of body parts
 * (format_parts: the words the commands take, joined by a translated
 * "or"), @EYES_FREE@ the options of every command that coaches
 * (cmd_play.c).
 */
static void
print_body(FILE *f, const char *body)
{
	static const struct {
		const char	*token, *text;
		int		 translated;	/* shown through _() */
	} subst[] = {
		{ "@PARTS@", "", 0 },	/* format_parts() */
		{ "@EYES_FREE@", N_(
		    "  --speak           speak the coaching "
		    "(speech-dispatcher)\n"
		    "  --screen-reader   sentences, no countdown, no "
		    "animation\n"
		    "  --plain           plain lines, no full screen\n"), 1 },
	};
	const char	*p = _(body);
	size_t		 i, n;

	while (*p != '\0') {
		n = strcspn(p, "@");
		fwrite(p, 1, n, f);
		if (*(p += n) == '\0')
			break;
		for (i = 0; i < sizeof subst / sizeof subst[0]; i++)
			if (strncmp(p, subst[i].token,
			    strlen(subst[i].token)) == 0)
				break;
		if (i == sizeof subst / sizeof subst[0]) {
			fputc(*p++, f);		/* an @ of the text's own */
			continue;
		}
		if (subst[i].translated)
			fputs(_(subst[i].text), f);
		else {
			char parts[128];	/* the list with a translated "or" */

			format_parts(parts, sizeof parts);
			fputs(parts, f);
		}
		p += strlen(subst[i].token);
	}
}

void
cli_print_help(FILE *f, const char *cmd)
{
	const struct command	*c;
	size_t			 i;

	if (cmd != NULL && (c = command_find(cmd)) != NULL) {
		fprintf(f, _("usage: unclench %s %s\n\n%s.\n"), c->name,
		    synopsis(c), _(c->summary));
		if (c->help != NULL && *c->help != '\0') {
			fputc('\n', f);
			print_body(f, c->help);
		}
		return;
	}
	fprintf(f, _(
	    "unclench %s: a terminal coach for muscle cramps and spasms.\n"
	    "A coach, not a medical device: see a doctor about cramps that "
	    "last, recur or worry you.\n\n"
	    "usage: unclench [--config FILE] [COMMAND [ARGS]]\n\n"
	    "With no command, opens the menu. Commands:\n"), UNCLENCH_VERSION);
	for (i = 0; i < ncommands; i++) {
		char left[64];

		snprintf(left, sizeof left, "%s %s", commands[i].name,
		    synopsis(&commands[i]));
		/* Long synopses get the summary on a line of its own. */
		if (strlen(left) > 24)
			fprintf(f, "  %s\n  %-24s %s\n", left, "",
			    _(commands[i].summary));
		else
			fprintf(f, "  %-24s %s\n", left,
			    _(commands[i].summary));
	}
	fputs(_("\nOptions:\n"
	    "  --config FILE   read settings from FILE instead of "
	    "~/.config/unclench/config.ini\n"
	    "  -h, --help      this help (unclench help COMMAND for one "
	    "command)\n"
	    "  -V, --version   print the version\n"
	    "  -v, --verbose   more detail in the daemon's log\n\n"
	    "Exit status: 0 ok, 1 failure, 2 usage error.\n"), f);
}

int
cli_wants_help(int argc, char **argv)
{
	int i;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			break;
		if (strcmp(argv[i], "--help") == 0 ||
		    strcmp(argv[i], "-h") == 0) {
			cli_print_help(stdout, argv[0]);
			return 1;
		}
	}
	return 0;
}

char *
cli_config_path(void)
{
	if (global_opts.config_path != NULL)
		return xstrdup(global_opts.config_path);
	return paths_user_config();
}

int
cli_config_refused(const char *cmd, const struct diag *d)
{
	char *path = cli_config_path();

	diag_print(d, stderr);
	cli_fail(_("%s: %s has errors: nothing done (fix it, or see unclench "
	    "check %s)"), cmd, path, path);
	free(path);
	return EXIT_FAIL;
}

int
cli_load_config(struct config *cfg, struct diag *d)
{
	int r = config_load_user(cfg, global_opts.config_path, d);

	/* What the diary records runs the user's hooks (defaults if broken). */
	diary_set_event_hooks(cfg);
	return r;
}

