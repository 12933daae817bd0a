/*
 * commands: the table of commands, their arguments and help texts. main.c
 * dispatches through it; `unclench help` and the man page follow it.
 */
#include <stddef.h>

#include "cli.h"
#include "cmd.h"

const struct command commands[] = {
	{ "now", cmd_now, "[PART]",
	  "relief for a cramp happening now",
	  "Starts the relief steps for PART (calf, foot, hamstring, quad, back, "
	  "neck, hand) at once;\nwith no PART, a picker (Enter takes calf).\nAliases: c, charley-horse (calf), ham, thigh, "
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
	{ "check", cmd_check, "FILE... | --options",
	  "validate routine, theme and config files",
	  "Prints every problem as FILE: [section] key: what is wrong, and "
	  "exits 1 if any file has an error or a warning (an unknown key).\n"
	  "The file type is told by its sections: [routine], [theme], or "
	  "config sections; a config's schedule must name routines that "
	  "exist.\n"
	  "--options prints every config option with its default.\n" },
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
