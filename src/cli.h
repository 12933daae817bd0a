/*
 * cli: what every command shares: global options, exit codes, usage
 * errors, and loading the user's settings. Each command lives in a
 * cmd_*.c file and is listed in main.c's table.
 */
#ifndef UNCLENCH_CLI_H
#define UNCLENCH_CLI_H

#include "config.h"
#include "diag.h"

enum exit_code { EXIT_OK = 0, EXIT_FAIL = 1, EXIT_USAGE = 2 };

struct global_options {
	const char	*config_path;	/* --config FILE, or NULL */
	int		 verbose;
};
extern struct global_options global_opts;

/* One command: argv[0] is its name. Returns an exit code. */
struct command {
	const char	*name;
	int		(*run)(int argc, char **argv);
	const char	*args;		/* "[PART]" */
	const char	*summary;
	const char	*help;		/* the longer text for `help COMMAND` */
};

/* The table (main.c). */
extern const struct command commands[];
extern const size_t ncommands;
const struct command *command_find(const char *name);

/* "unclench: CMD: message" + "usage: ..." to stderr; returns EXIT_USAGE. */
int	 cli_usage_error(const char *cmd, const char *fmt, ...)
	     printflike(2, 3);
/*
 * The usage error for what getopt_long (optstring starting with ':')
 * returned as ch, '?' or ':': "unknown option --frob", or "--kind needs
 * a value" followed by ": values" when values is not NULL.
 */
int	 cli_option_error(const char *cmd, int ch, char **argv,
	     const char *values);
/* "unclench: message" to stderr; returns EXIT_FAIL. */
int	 cli_fail(const char *fmt, ...) printflike(1, 2);
/* Print the help of one command (or the overview when cmd is NULL). */
void	 cli_print_help(FILE *, const char *cmd);
/* Does argv hold --help or -h? Prints that command's help if so. */
int	 cli_wants_help(int argc, char **argv);

/*
 * The settings in effect: defaults, then the user's config file (or
 * --config). A missing user file is fine; a broken one is reported in d
 * and the defaults kept. Returns -1 if the file was broken.
 */
int	 cli_load_config(struct config *, struct diag *d);
/* The file cli_load_config reads: --config FILE or the user's (allocated). */
char	*cli_config_path(void);
/*
 * A command that uses the settings does nothing on a broken file (the
 * defaults would log 8 ml for "8" meant in ounces): print d's messages
 * and "CMD: FILE has errors: nothing done"; returns EXIT_FAIL.
 */
int	 cli_config_refused(const char *cmd, const struct diag *d);


#endif
