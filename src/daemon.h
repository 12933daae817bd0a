/*
 * daemon: the reminder daemon behind `unclench daemon`. It sleeps until
 * the next reminder the scheduler names (a CLOCK_REALTIME timer that also
 * wakes on clock changes and resume), delivers it through the notifier,
 * reloads its settings on SIGHUP and exits 0 on SIGTERM or SIGINT. One
 * per user: a lock in the runtime directory. The other modes of the
 * command talk to it through a socket beside the lock.
 */
#ifndef UNCLENCH_DAEMON_H
#define UNCLENCH_DAEMON_H

#include <sys/types.h>

struct clock;

struct daemon_options {
	int			 detach;	/* leave the terminal */
	int			 verbose;	/* debug lines in the log */
	const struct clock	*clock;		/* NULL: the real clock */
};

/* Run until told to stop. Returns the exit code (0 on SIGTERM). */
int	 daemon_run(const struct daemon_options *);

/* The longest reply a client reads (the status is a few lines). */
#define DAEMON_REPLY_MAX	(64 * 1024)

/*
 * Send one request ("status", "pause SECONDS", "resume", "refresh") to
 * the running daemon. Returns 0 with its reply (allocated) or -1 with
 * *cause (allocated), e.g. when no daemon runs or the reply is longer
 * than DAEMON_REPLY_MAX.
 */
int	 daemon_request(const char *request, char **reply, char **cause);

/* How long a request waits for the answer; a refresh, much less. */
#define DAEMON_REPLY_MS		5000
#define DAEMON_TELL_MS		500

/* daemon_request, waiting at most ms for the connection and the answer. */
int	 daemon_request_within(const char *request, int ms, char **reply,
	     char **cause);

/*
 * Tell a running daemon the diary changed ("refresh"), so it re-reads
 * today's facts now. Silent, and at most DAEMON_TELL_MS, when no daemon
 * runs or it does not answer: callers are the CLI and the TUI.
 */
void	 daemon_tell_refresh(void);

/* The pid of the running daemon, or 0; *lockpath (allocated) if asked. */
pid_t	 daemon_running(char **lockpath);

/*
 * Send one test notification now and wait (bounded) for the server's
 * answer. Returns 0 if the server took it; *msg (allocated) says what
 * happened either way.
 */
int	 daemon_test_notification(char **msg);

#endif
