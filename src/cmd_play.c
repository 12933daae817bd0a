/*
 * cmd_play: the interactive commands (menu, now, stretch, relax, breathe).
 * Placeholder until the player lands.
 */
#include "cli.h"
#include "cmd.h"

int
cmd_menu(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return cli_not_yet("menu", "the menu");
}

int
cmd_now(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return cli_not_yet("now", "relief mode");
}

int
cmd_stretch(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return cli_not_yet("stretch", "the player");
}

int
cmd_relax(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return cli_not_yet("relax", "the player");
}

int
cmd_breathe(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return cli_not_yet("breathe", "the player");
}
