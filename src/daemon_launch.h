/*
 * daemon_launch: "Start now" on a session reminder. The routine runs in a
 * new terminal, the [daemon] terminal setting split into words and run as
 * an argument vector (no shell): TERMINAL... EXE [--config FILE] COMMAND
 * ROUTINE.
 */
#ifndef UNCLENCH_DAEMON_LAUNCH_H
#define UNCLENCH_DAEMON_LAUNCH_H

/* The words of the terminal setting used; more are dropped. */
#define DAEMON_LAUNCH_MAX_ARGS	32

/*
 * Start it and return 0 once the terminal is running, or -1 with *cause
 * (allocated): an empty setting, or a terminal that cannot be run.
 */
int	 daemon_launch(const char *terminal, const char *exe,
	     const char *config_path, const char *command, const char *routine,
	     char **cause);

#endif
