/*
 * main: global options, then dispatch to a command from the table. Owns
 * the exit codes: 0 ok, 1 failure, 2 usage error.
 */
#include <getopt.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "cmd.h"

const struct command commands[] = {
	{ "now", cmd_now, "[PART]",
	  "relief for a cramp happening now (calf, foot, hamstring, quad, "
	  "back, neck, hand)",
	  "Starts the relief steps for PART at once; with no PART, a picker "
	  "(Enter takes calf).\nAliases: c, charley-horse (calf), ham, thigh, "
	  "toes, neck, shoulder, wrist ...\n" },
	{ "stretch", cmd_stretch, "[ROUTINE]", "a guided stretch routine",
	  "With no ROUTINE, a list of stretch routines to choose from.\n" },
	{ "relax", cmd_relax, "[ROUTINE]", "progressive muscle relaxation",
	  "With no ROUTINE, a list of relaxation routines.\n" },
	{ "breathe", cmd_breathe, "[PATTERN]", "a paced breathing exercise",
	  "With no PATTERN, a list of breathing patterns (box, breath-478, "
	  "coherent, ...).\n" },
	{ "menu", cmd_menu, "", "the main menu (the default)", NULL },
	{ "list", cmd_list, "[--kind KIND]",
	  "list routines with kind and duration",
	  "KIND is stretch, pmr, breathing or relief.\n" },
	{ "check", cmd_check, "FILE...",
	  "validate routine, theme and config files",
	  "Prints every problem as FILE: [section] key: what is wrong, and "
	  "exits 1 if any file has an error.\nThe file type is told by its "
	  "sections: [routine], [theme], or config sections.\n" },
	{ "drink", cmd_drink, "[ML]", "log a drink of water (default: one glass)",
	  NULL },
	{ "log", cmd_log, "cramp PART [OPTIONS] | undo",
	  "record a cramp in the diary, or undo the last record", NULL },
	{ "stats", cmd_stats, "[--days N]", "your patterns, as text", NULL },
	{ "export", cmd_export, "--csv | --json [--since DATE]",
	  "export the history", NULL },
	{ "import", cmd_import, "FILE", "import an exported history", NULL },
	{ "daemon", cmd_daemon, "[--status | --test | --pause D | --resume]",
	  "hydration and stretch reminders as desktop notifications", NULL },
	{ "help", cmd_help, "[COMMAND]", "help on a command", NULL },
};
const size_t ncommands = sizeof commands / sizeof commands[0];

int
main(int argc, char **argv)
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

	setlocale(LC_ALL, "");
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
				    "--config needs a FILE");
			return cli_usage_error(NULL, "unknown option: %s",
			    argv[optind - 1]);
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
		return cli_usage_error(NULL, "unknown command: %s", argv[0]);
	/* getopt in the command starts afresh. */
	optind = 0;
	if (cli_wants_help(argc, argv))
		return EXIT_OK;
	return c->run(argc, argv);
}
