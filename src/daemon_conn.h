/*
 * daemon_conn: the control socket's clients, served from the daemon's
 * poll loop without ever blocking it. Each client is non-blocking, has
 * DAEMON_CONN_DEADLINE_MS from its connection to the end of its reply
 * (then it is closed), and at most DAEMON_CONN_MAX are served at once;
 * one more is told the daemon is busy and closed. Time comes from the
 * caller. A "subscribe" request makes its client a follower: it leaves
 * the request slots for one of DAEMON_SUB_MAX follower slots, with no
 * deadline, and is sent every message pushed until it hangs up; one
 * DAEMON_SUB_QUEUE bytes behind is dropped (it cannot hold up the loop).
 */
#ifndef UNCLENCH_DAEMON_CONN_H
#define UNCLENCH_DAEMON_CONN_H

#include <poll.h>
#include <stddef.h>
#include <stdint.h>

#include "daemon_request.h"

#define DAEMON_CONN_MAX		8
#define DAEMON_CONN_DEADLINE_MS	2000
#define DAEMON_SUB_MAX		16
#define DAEMON_SUB_QUEUE	(64 * 1024)

struct daemon_conn {
	int		 fd;		/* -1: free */
	uint64_t	 deadline;	/* monotonic ms */
	char		 req[DAEMON_REQUEST_MAX];
	size_t		 n;
	char		*reply;		/* NULL while reading */
	size_t		 off, len;
};

/* A follower (`unclench status --follow`). */
struct daemon_sub {
	int		 fd;		/* -1: free */
	int		 osc;		/* wants terminal notifications */
	char		*out;		/* queued bytes */
	size_t		 off, len;
};

struct daemon_conns {
	struct daemon_conn	 c[DAEMON_CONN_MAX];
	struct daemon_sub	 s[DAEMON_SUB_MAX];
	/* Makes the reply (allocated) to a complete request. */
	char			*(*answer)(void *, const struct daemon_req *);
	void			*arg;
	unsigned		 busy, late;	/* refused, timed out */
	unsigned		 dropped;	/* followers too far behind */
};

void	 daemon_conns_init(struct daemon_conns *,
	     char *(*answer)(void *, const struct daemon_req *), void *arg);
/* Accept every waiting connection on the listening socket lsock. */
void	 daemon_conns_accept(struct daemon_conns *, int lsock,
	     uint64_t now);
/* One pollfd per slot (fd -1 for a free one): DAEMON_CONN_MAX of them. */
void	 daemon_conns_pollfds(const struct daemon_conns *,
	     struct pollfd *);
/* The earliest deadline, or -1 with no client. */
int64_t	 daemon_conns_deadline(const struct daemon_conns *);
/* Act on the pollfds filled above, and close the clients out of time. */
void	 daemon_conns_service(struct daemon_conns *,
	     const struct pollfd *, uint64_t now);
void	 daemon_conns_close(struct daemon_conns *);

/* The followers' pollfds: DAEMON_SUB_MAX of them (fd -1 for a free one). */
void	 daemon_subs_pollfds(const struct daemon_conns *, struct pollfd *);
/* Act on them: send what is queued, close those that hung up. */
void	 daemon_subs_service(struct daemon_conns *, const struct pollfd *);
/* Queue msg to every follower (osc_only: those that asked for osc). */
void	 daemon_subs_push(struct daemon_conns *, const char *msg,
	     int osc_only);
/* How many follow; how many of them asked for osc. */
size_t	 daemon_subs_count(const struct daemon_conns *, size_t *osc);

#endif
