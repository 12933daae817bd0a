/*
 * cmd_history: the diary commands. Placeholder until the history lands.
 */
#include "cli.h"
#include "cmd.h"

int
cmd_drink(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return cli_not_yet("drink", "the water log");
}

int
cmd_log(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return cli_not_yet("log", "the cramp diary");
}

int
cmd_stats(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return cli_not_yet("stats", "the history");
}

int
cmd_export(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return cli_not_yet("export", "the history");
}

int
cmd_import(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return cli_not_yet("import", "the history");
}
