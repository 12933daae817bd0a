/*
 * daemon_conn: the control socket's clients, served from the daemon's
 * poll loop without ever blocking it. Each client is non-blocking, has
 * DAEMON_CONN_DEADLINE_MS from its connection to the end of its reply
 * (then it is closed), and at most DAEMON_CONN_MAX are served at once;
 * one more is told the daemon is busy and closed. Time comes from the
 * caller.
 */
#ifndef UNCLENCH_DAEMON_CONN_H
#define UNCLENCH_DAEMON_CONN_H

#include <poll.h>
#include <stddef.h>
#include <stdint.h>

#include "daemon_request.h"

#define DAEMON_CONN_MAX		8
#define DAEMON_CONN_DEADLINE_MS	2000

struct daemon_conn {
	int		 fd;		/* -1: free */
	uint64_t	 deadline;	/* monotonic ms */
	char		 req[DAEMON_REQUEST_MAX];
	size_t		 n;
	char		*reply;		/* NULL while reading */
	size_t		 off, len;
};

struct daemon_conns {
	struct daemon_conn	 c[DAEMON_CONN_MAX];
	/* Makes the reply (allocated) to a complete request. */
	char			*(*answer)(void *, const struct daemon_req *);
	void			*arg;
	unsigned		 busy, late;	/* refused, timed out */
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

#endif
