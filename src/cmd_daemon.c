/*
 * cmd_daemon: the reminder daemon. Placeholder until it lands.
 */
#include "cli.h"
#include "cmd.h"

int
cmd_daemon(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return cli_not_yet("daemon", "the reminder daemon");
}
