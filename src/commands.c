/*
 * commands: the table of commands, their arguments and help texts. main.c
 * dispatches through it; `unclench help` and the man page follow it.
 */
#include <stddef.h>

#include "cli.h"
#include "cmd.h"
#include "i18n.h"

/*
 * The synopses are marked, translated where shown (cli.c's synopsis()).
 * The help bodies are marked whole (a macro inside one would hide it from
 * xgettext): cli_print_help translates one, then puts the body parts'
 * list where it says @PARTS@ and the coaching options where it says
 * @EYES_FREE@.
 */
const struct command commands[] = {
	/* TRANSLATORS: a synopsis: translate only the placeholders in
	   capitals (as the help bodies name them); options, command and
	   part names stay. */
	{ "now", cmd_now, N_("[PART]"),
	  N_("relief for a cramp happening now"),
	  /* TRANSLATORS: keep @PARTS@ and @EYES_FREE@ as they are. */
	  N_("Starts the relief steps for PART (@PARTS@) at once;\nwith no "
	  "PART, a picker (Enter takes calf).\nAliases: c, charley-horse "
	  "(calf), ham, thigh, toes, neck, shoulder, wrist ...\n@EYES_FREE@") },
	{ "stretch", cmd_stretch, N_("[ROUTINE]"), N_("a guided stretch routine"),
	  N_("With no ROUTINE, a list of stretch routines to choose from.\n"
	  "@EYES_FREE@") },
	{ "relax", cmd_relax, "[ROUTINE]", N_("progressive muscle relaxation"),
	  N_("With no ROUTINE, a list of relaxation routines.\n@EYES_FREE@") },
	{ "breathe", cmd_breathe, N_("[PATTERN]"), N_("a paced breathing exercise"),
	  N_("With no PATTERN, a list of breathing patterns (box, breath-478, "
	  "coherent, ...).\n@EYES_FREE@") },
	{ "menu", cmd_menu, "", N_("the main menu (the default)"), NULL },
	{ "list", cmd_list, N_("[--kind KIND]"),
	  N_("list routines with kind and duration"),
	  N_("KIND is stretch, pmr, breathing or relief.\n") },
	{ "check", cmd_check, N_("FILE... | --options"),
	  N_("validate routine, theme and config files"),
	  N_("Prints every problem as FILE: [section] key: what is wrong, and "
	  "exits 1 if any file has an error or a warning (an unknown key).\n"
	  "The file type is told by its sections: [routine], [theme], or "
	  "config sections; a config's schedule must name routines that "
	  "exist.\n"
	  "--options prints every config option with its default.\n") },
	{ "drink", cmd_drink, N_("[--at TIME] [ML]"),
	  N_("log a drink of water (default: one glass)"),
	  N_("ML is an amount in ml, l or oz: 250, 250ml, 0.3l, 8oz (up to "
	  "5 l).\nA bare number is in the units of your config: ml, or oz with "
	  "units = oz.\nWith no ML, one glass (glass = in the config).\n"
	  "  --at TIME   when: \"YYYY-MM-DD HH:MM\", or HH:MM today "
	  "(not in the future)\n") },
	{ "log", cmd_log, N_("cramp PART [OPTIONS] | undo"),
	  N_("record a cramp in the diary, or undo the last record"),
	  /* TRANSLATORS: keep @PARTS@ as it is. */
	  N_("PART is @PARTS@, or an alias.\nOptions of log cramp:\n"
	  "  --severity N   how bad it was, 1-10\n"
	  "  --minutes N    how long it lasted, 0-240\n"
	  "  --note TEXT    a note, at most 500 bytes\n"
	  "  --at TIME      when it began: \"YYYY-MM-DD HH:MM\", or HH:MM "
	  "today\n"
	  "log undo removes the last session, cramp or drink recorded.\n") },
	{ "stats", cmd_stats, N_("[--days N]"), N_("your patterns, as text"),
	  N_("  --days N   the period of every figure but the streaks: the "
	  "last N days,\n             1-3660 (default 84)\n") },
	{ "report", cmd_report, N_("[--weeks N] [--format F] [--output FILE]"),
	  N_("a report of the last weeks for a doctor"),
	  N_("The measures of the bedtime-stretching trial (nights with "
	  "cramps, cramps a\nnight, severity, duration) and what the diary holds "
	  "beside them.\n"
	  "  --weeks N       whole weeks ending today, 1-26 (default 8)\n"
	  "  --format F      text (the default), md or html (prints on two A4 "
	  "pages)\n"
	  "  --output FILE   write FILE (replaced whole) instead of standard "
	  "output\n") },
	{ "export", cmd_export, N_("--csv | --json [--since DATE] | --fhir"),
	  N_("export the history"),
	  N_("Writes to standard output.\n"
	  "  --csv, --json   the format (one of them)\n"
	  "  --since DATE    from this day on (YYYY-MM-DD)\n"
	  "  --fhir          the cramps as a FHIR R4 Bundle (drinks and "
	  "sessions left out)\n"
	  "  --output FILE   with --fhir: write FILE instead\n") },
	{ "import", cmd_import, N_("FILE"), N_("import an exported history"),
	  NULL },
	{ "daemon", cmd_daemon, N_("[--status | --test | --pause D | --resume]"),
	  N_("hydration and stretch reminders as desktop notifications"),
	  N_("With no option, runs the daemon in the foreground.\n"
	  "  --detach     run it in the background\n"
	  "  --status     what the running daemon sends next\n"
	  "  --test       send one notification now\n"
	  "  --pause D    no reminders for D (30m, 2h, up to 7d)\n"
	  "  --resume     end a pause\n") },
	{ "status", cmd_status,
	  N_("[--format FORMAT] [--follow [--osc]]"),
	  N_("the daemon's status, for prompts and status lines"),
	  N_("Reads only the status file the daemon writes (fast enough for "
	  "every prompt).\n"
	  "  --format F   text (default), tmux, prompt (nothing unless a "
	  "reminder is due),\n               json or waybar\n"
	  "  --follow     a line per change, until the daemon stops\n"
	  "  --osc        with --follow: show the daemon's terminal "
	  "notifications here\n") },
	{ "help", cmd_help, N_("[COMMAND]"), N_("help on a command"), NULL },
};
const size_t ncommands = sizeof commands / sizeof commands[0];
