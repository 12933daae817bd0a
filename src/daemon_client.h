/*
 * daemon_client: what the command line uses to talk to a running daemon:
 * a request over its control socket, its pid from its lock, and a test
 * notification sent from the calling process.
 */
#ifndef UNCLENCH_DAEMON_CLIENT_H
#define UNCLENCH_DAEMON_CLIENT_H

#include <sys/types.h>

/* The longest reply a client reads (the status is a few lines). */
#define DAEMON_REPLY_MAX	(64 * 1024)
/* A notification server slower than this to take one is hung. */
#define DAEMON_SHOW_TIMEOUT_MS	4000

/*
 * Send one request ("status", "pause SECONDS", "resume", "refresh") to
 * the running daemon. Returns 0 with its reply (allocated) or -1 with
 * *cause (allocated), e.g. when no daemon runs or the reply is longer
 * than DAEMON_REPLY_MAX.
 */
int	 daemon_request(const char *request, char **reply, char **cause);

/* How long a request waits at each step; a refresh, much less. */
#define DAEMON_REPLY_MS		5000
#define DAEMON_TELL_MS		500

/* daemon_request, waiting at most ms to connect, to send and to read. */
int	 daemon_request_within(const char *request, int ms, char **reply,
	     char **cause);

/*
 * Follow the daemon's status feed (osc: and its terminal notifications):
 * the connected socket, which blocks, to read messages from until the
 * daemon stops; or -1 with *cause (allocated).
 */
int	 daemon_subscribe(int osc, char **cause);

/*
 * Tell a running daemon the diary changed ("refresh"), so it re-reads
 * today's facts now. Silent, and quick, when no daemon runs or it does
 * not answer: the callers are the CLI and the TUI.
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

/*
 * Is dir a private directory of ours? The /tmp fallback of the runtime
 * directory is shared: another user could make it first and plant a
 * socket to answer us, or a lock file naming some other process.
 * The daemon and its clients alike trust nothing in it otherwise.
 */
int	 daemon_rundir_ours(const char *dir);

#endif
