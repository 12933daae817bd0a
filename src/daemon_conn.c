/*
 * daemon_conn: a small state machine per client: reading (until the
 * request is complete), then writing the reply, then closed; at any point
 * closed once its deadline has passed. Only our own user's processes are
 * served (SO_PEERCRED).
 */
#define _GNU_SOURCE	/* accept4, struct ucred */
#include "daemon_conn.h"

#include <sys/socket.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util.h"

static const char busy_reply[] =
    "error: the daemon is busy (too many clients); try again\n";

void
daemon_conns_init(struct daemon_conns *cs,
    char *(*answer)(void *, const struct daemon_req *), void *arg)
{
	size_t i;

	memset(cs, 0, sizeof *cs);
	for (i = 0; i < DAEMON_CONN_MAX; i++)
		cs->c[i].fd = -1;
	cs->answer = answer;
	cs->arg = arg;
}

static void
client_close(struct daemon_conn *c)
{
	if (c->fd != -1)
		close(c->fd);
	free(c->reply);
	memset(c, 0, sizeof *c);
	c->fd = -1;
}

void
daemon_conns_accept(struct daemon_conns *cs, int lsock, uint64_t now)
{
	struct ucred	 cred;
	socklen_t	 clen;
	size_t		 i;
	int		 fd;

	while ((fd = accept4(lsock, NULL, NULL, SOCK_CLOEXEC |
	    SOCK_NONBLOCK)) != -1) {
		clen = sizeof cred;
		if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &clen) ==
		    -1 || cred.uid != getuid()) {
			close(fd);
			continue;
		}
		for (i = 0; i < DAEMON_CONN_MAX; i++)
			if (cs->c[i].fd == -1)
				break;
		if (i == DAEMON_CONN_MAX) {
			/* One try: a new socket's buffer takes this at once. */
			(void)send(fd, busy_reply, sizeof busy_reply - 1,
			    MSG_NOSIGNAL | MSG_DONTWAIT);
			close(fd);
			cs->busy++;
			continue;
		}
		cs->c[i].fd = fd;
		cs->c[i].deadline = now + DAEMON_CONN_DEADLINE_MS;
	}
}

void
daemon_conns_pollfds(const struct daemon_conns *cs, struct pollfd *pfd)
{
	size_t i;

	for (i = 0; i < DAEMON_CONN_MAX; i++) {
		pfd[i].fd = cs->c[i].fd;
		pfd[i].events = cs->c[i].reply != NULL ? POLLOUT : POLLIN;
		pfd[i].revents = 0;
	}
}

int64_t
daemon_conns_deadline(const struct daemon_conns *cs)
{
	int64_t	dl = -1;
	size_t	i;

	for (i = 0; i < DAEMON_CONN_MAX; i++)
		if (cs->c[i].fd != -1 && (dl == -1 ||
		    (int64_t)cs->c[i].deadline < dl))
			dl = (int64_t)cs->c[i].deadline;
	return dl;
}

/* Read what is there; once the request is complete, make the reply. */
static void
client_read(struct daemon_conns *cs, struct daemon_conn *c)
{
	struct daemon_req	 rq;
	ssize_t			 r;
	int			 eof = 0;

	do {
		r = read(c->fd, c->req + c->n, sizeof c->req - c->n);
		if (r == -1 && errno == EINTR)
			continue;
		if (r == -1 && errno == EAGAIN)
			return;
		if (r == -1) {
			client_close(c);
			return;
		}
		eof = r == 0;
		c->n += (size_t)r;
	} while (daemon_request_parse(c->req, c->n, eof, &rq) == DREQ_MORE);
	if (eof && c->n == 0) {		/* connected and left */
		client_close(c);
		return;
	}
	c->reply = cs->answer(cs->arg, &rq);
	c->len = strlen(c->reply);
	c->off = 0;
}

static void
client_write(struct daemon_conn *c)
{
	ssize_t r;

	r = send(c->fd, c->reply + c->off, c->len - c->off,
	    MSG_NOSIGNAL | MSG_DONTWAIT);
	if (r == -1 && (errno == EAGAIN || errno == EINTR))
		return;
	if (r <= 0) {
		client_close(c);
		return;
	}
	c->off += (size_t)r;
	if (c->off == c->len)
		client_close(c);
}

void
daemon_conns_service(struct daemon_conns *cs, const struct pollfd *pfd,
    uint64_t now)
{
	struct daemon_conn	*c;
	size_t			 i;

	for (i = 0; i < DAEMON_CONN_MAX; i++) {
		c = &cs->c[i];
		if (c->fd == -1)
			continue;
		if (pfd[i].fd == c->fd && pfd[i].revents != 0) {
			if (c->reply == NULL)
				client_read(cs, c);
			/* Write at once: the reply usually fits. */
			if (c->fd != -1 && c->reply != NULL)
				client_write(c);
		}
		if (c->fd != -1 && now >= c->deadline) {
			client_close(c);
			cs->late++;
		}
	}
}

void
daemon_conns_close(struct daemon_conns *cs)
{
	size_t i;

	for (i = 0; i < DAEMON_CONN_MAX; i++)
		client_close(&cs->c[i]);
}
