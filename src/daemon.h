/*
 * daemon: the reminder daemon behind `unclench daemon`. It sleeps until
 * the next reminder the scheduler names (a CLOCK_REALTIME timer that also
 * wakes on clock changes and resume), delivers it through the notifier,
 * reloads its settings on SIGHUP and exits 0 on SIGTERM or SIGINT. One
 * per user: a lock in the runtime directory. The other modes of the
 * command talk to it through a socket beside the lock (daemon_client.h).
 */
#ifndef UNCLENCH_DAEMON_H
#define UNCLENCH_DAEMON_H

#include <sys/types.h>

#include <stdio.h>
#include <time.h>

struct clock;

struct daemon_options {
	int			 detach;	/* leave the terminal */
	int			 verbose;	/* debug lines in the log */
	const char		*config_path;	/* --config FILE, or NULL */
	const struct clock	*clock;		/* NULL: the real clock */
};

/*
 * Run until told to stop. Returns the exit code: 0 on SIGTERM, 1 when it
 * cannot start, 2 when poll fails.
 */
int	 daemon_run(const struct daemon_options *);

/*
 * In-process seams for tests (tests/adapter/test_notifier.c): a daemon
 * without its lifecycle (no lock, socket, signals or log), given settings,
 * a notifier and a clock. daemon_test_wake() does what one turn of the
 * loop does: the notifier's reports, then (timer: as if it fired) a look
 * at the schedule. daemon_test_armed() is the wall time the timer is set
 * for (0: none); daemon_test_timeout() the loop's poll timeout in ms.
 */
struct config;
struct notifier;
struct daemon;
struct daemon	*daemon_test_new(const struct config *, struct notifier *,
		     const struct clock *);
void		 daemon_test_wake(struct daemon *, int timer);
time_t		 daemon_test_armed(const struct daemon *);
int		 daemon_test_timeout(struct daemon *);
void		 daemon_test_free(struct daemon *);
/* The daemon's presence, to drive (presence.h); its status page. */
struct presence	*daemon_test_presence(struct daemon *);
void		 daemon_test_status(struct daemon *, FILE *);

#endif
