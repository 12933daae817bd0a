/*
 * daemon_request: the control socket's request language, parsed from the
 * bytes a client has sent so far. Pure (no I/O, no clock) so it can be
 * fuzzed: a request is one line, "status", "pause SECONDS", "resume",
 * "refresh", "subscribe" or "subscribe osc" (the status feed, and
 * terminal notifications with osc), or "test-rewrite COUNT" (a test's:
 * rewrite the status file COUNT times), ended by a newline, by the client
 * closing its side, or by DAEMON_REQUEST_MAX bytes.
 */
#ifndef UNCLENCH_DAEMON_REQUEST_H
#define UNCLENCH_DAEMON_REQUEST_H

#include <stddef.h>

/* The longest request line read; past it the request is judged as is. */
#define DAEMON_REQUEST_MAX	127
/* The longest pause a client may ask for (a year and a day). */
#define DAEMON_PAUSE_MAX_S	(366L * 86400)
/* The most rewrites a test may ask for. */
#define DAEMON_REWRITE_MAX	100000L

enum daemon_req_kind {
	DREQ_MORE,	/* incomplete: wait for more bytes */
	DREQ_STATUS,
	DREQ_PAUSE,	/* secs set */
	DREQ_RESUME,
	DREQ_REFRESH,
	DREQ_SUBSCRIBE,	/* osc set: terminal notifications too */
	DREQ_REWRITE,	/* secs: the count */
	DREQ_BAD_PAUSE,	/* "pause" with a missing or bad number */
	DREQ_UNKNOWN
};

struct daemon_req {
	enum daemon_req_kind	 kind;
	long			 secs;
	int			 osc;
};

/*
 * Judge the n bytes at buf (not NUL-terminated); eof: the client has
 * closed its side. Returns out->kind, DREQ_MORE while the line may yet
 * grow.
 */
enum daemon_req_kind	 daemon_request_parse(const char *buf, size_t n,
			     int eof, struct daemon_req *out);

#endif
