/*
 * main: global options, then dispatch to a command from the table. Owns
 * the exit codes: 0 ok, 1 failure, 2 usage error.
 */
#include <errno.h>
#include <getopt.h>
#include <libintl.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cmd.h"
#include "files_paths.h"
#include "i18n.h"


static int	run(int, char **);
static void	locale_start(void);

/*
 * A full disk or a closed pipe must not pass for success: every command's
 * output is flushed and closed here, once, and a failure turns a 0 into 1.
 * A command that failed has said why already.
 */
int
main(int argc, char **argv)
{
	int	rc = run(argc, argv);
	int	bad = fflush(stdout) != 0 || ferror(stdout);

	/* Closing an stdout that was never open (>&-), unwritten, is no error. */
	if (fclose(stdout) != 0 && errno != EBADF)
		bad = 1;
	if (bad && rc == EXIT_OK) {
		fprintf(stderr, _("unclench: writing to standard output: %s\n"),
		    strerror(errno != 0 ? errno : EIO));
		rc = EXIT_FAIL;
	}
	return rc;
}

static int
run(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "config", required_argument, NULL, 'c' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ "verbose", no_argument, NULL, 'v' },
		{ NULL, 0, NULL, 0 }
	};
	const struct command	*c;
	int			 ch;

	locale_start();
	opterr = 0;
	/* '+': stop at the command; its options are its own. */
	while ((ch = getopt_long(argc, argv, "+c:hVv", longopts, NULL)) != -1) {
		switch (ch) {
		case 'c':
			global_opts.config_path = optarg;
			break;
		case 'h':
			cli_print_help(stdout, NULL);
			return EXIT_OK;
		case 'V':
			printf("unclench %s\n", UNCLENCH_VERSION);
			return EXIT_OK;
		case 'v':
			global_opts.verbose++;
			break;
		default:
			if (optopt == 'c')
				return cli_usage_error(NULL,
				    _("--config needs a FILE"));
			return cli_option_error(NULL, ch, argv, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0) {
		static char	 name[] = "menu";
		char		*menu_argv[] = { name, NULL };

		return cmd_menu(1, menu_argv);
	}
	if ((c = command_find(argv[0])) == NULL)
		return cli_usage_error(NULL, _("unknown command: %s"), argv[0]);
	/* getopt in the command starts afresh. */
	optind = 0;
	if (cli_wants_help(argc, argv))
		return EXIT_OK;
	return c->run(argc, argv);
}

/*
 * The person's language for words; numbers stay "C" everywhere, so the
 * machine formats (CSV, JSON, FHIR, the status feed) never follow it.
 * Only the two categories the program uses are loaded: LC_CTYPE (UTF-8,
 * character widths) and LC_MESSAGES (the translations); its dates are
 * numbers and it sorts no text, and each other category cost the way to
 * the first frame its own files. No catalogue is looked for when the
 * messages are C or POSIX (gettext shows English there, $LANGUAGE or
 * not), nor C.UTF-8 with no $LANGUAGE (no catalogue is named C).
 */
static void
locale_start(void)
{
	const char *msgs, *language = getenv("LANGUAGE");

	setlocale(LC_CTYPE, "");
	if ((msgs = setlocale(LC_MESSAGES, "")) == NULL)
		msgs = "C";
	if (strcmp(msgs, "C") == 0 || strcmp(msgs, "POSIX") == 0 ||
	    (strncmp(msgs, "C.", 2) == 0 &&
	    (language == NULL || *language == '\0')))
		return;
	bindtextdomain("unclench", paths_locale_dir());
	bind_textdomain_codeset("unclench", "UTF-8");
	textdomain("unclench");
	i18n_set(gettext, ngettext);
}
