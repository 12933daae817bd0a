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
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "i18n.h"
#include "util.h"


void
daemon_conns_init(struct daemon_conns *cs,
    char *(*answer)(void *, const struct daemon_req *), void *arg)
{
	size_t i;

	memset(cs, 0, sizeof *cs);
	for (i = 0; i < DAEMON_CONN_MAX; i++)
		cs->c[i].fd = -1;
	for (i = 0; i < DAEMON_SUB_MAX; i++)
		cs->s[i].fd = -1;
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

/* One try: a new socket's buffer takes this at once. */
static void
busy_reply(int fd)
{
	char *msg = xasprintf("error: %s\n", _("the daemon is busy (too many "
	    "clients); try again"));

	(void)send(fd, msg, strlen(msg), MSG_NOSIGNAL | MSG_DONTWAIT);
	free(msg);
}

/* A follower too many: the reply says how many follow already. */
static char *
subs_full_reply(void)
{
	char why[160];

	snprintf(why, sizeof why, NG_("%d client follows already; try again "
	    "later", "%d clients follow already; try again later",
	    DAEMON_SUB_MAX), DAEMON_SUB_MAX);
	return xasprintf("error: %s\n", why);
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
			busy_reply(fd);
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

static void
sub_close(struct daemon_sub *s)
{
	if (s->fd != -1)
		close(s->fd);
	free(s->out);
	memset(s, 0, sizeof *s);
	s->fd = -1;
}

/* Send what is queued, without waiting; -1 if the follower is gone. */
static int
sub_flush(struct daemon_sub *s)
{
	ssize_t r;

	while (s->off < s->len) {
		r = send(s->fd, s->out + s->off, s->len - s->off,
		    MSG_NOSIGNAL | MSG_DONTWAIT);
		if (r == -1 && errno == EINTR)
			continue;
		if (r == -1 && errno == EAGAIN)
			return 0;
		if (r <= 0)
			return -1;
		s->off += (size_t)r;
	}
	free(s->out);
	s->out = NULL;
	s->off = s->len = 0;
	return 0;
}

static void
sub_queue(struct daemon_conns *cs, struct daemon_sub *s, const char *msg)
{
	size_t n = strlen(msg);

	if (s->len - s->off + n > DAEMON_SUB_QUEUE) {
		sub_close(s);
		cs->dropped++;
		return;
	}
	s->out = xreallocarray(s->out, 1, s->len + n + 1);
	memcpy(s->out + s->len, msg, n + 1);
	s->len += n;
	if (sub_flush(s) != 0)
		sub_close(s);
}

/*
 * The client becomes a follower, its first message the answer to its
 * request. -1 when every follower slot is taken (it is told so).
 */
static int
follow(struct daemon_conns *cs, struct daemon_conn *c,
    const struct daemon_req *rq)
{
	struct daemon_sub	*s = NULL;
	char			*first;
	size_t			 i;

	for (i = 0; i < DAEMON_SUB_MAX && s == NULL; i++)
		if (cs->s[i].fd == -1)
			s = &cs->s[i];
	if (s == NULL)
		return -1;
	s->fd = c->fd;
	s->osc = rq->osc;
	c->fd = -1;
	client_close(c);
	first = cs->answer(cs->arg, rq);
	sub_queue(cs, s, first);
	free(first);
	return 0;
}

void
daemon_subs_pollfds(const struct daemon_conns *cs, struct pollfd *pfd)
{
	size_t i;

	for (i = 0; i < DAEMON_SUB_MAX; i++) {
		pfd[i].fd = cs->s[i].fd;
		pfd[i].events = POLLIN | (cs->s[i].out != NULL ? POLLOUT : 0);
		pfd[i].revents = 0;
	}
}

void
daemon_subs_service(struct daemon_conns *cs, const struct pollfd *pfd)
{
	struct daemon_sub	*s;
	char			 buf[256];
	ssize_t			 r;
	size_t			 i;

	for (i = 0; i < DAEMON_SUB_MAX; i++) {
		s = &cs->s[i];
		if (s->fd == -1 || pfd[i].fd != s->fd || pfd[i].revents == 0)
			continue;
		if (pfd[i].revents & (POLLIN | POLLHUP | POLLERR)) {
			/* A follower says nothing more: bytes are ignored. */
			r = read(s->fd, buf, sizeof buf);
			if (r == 0 || (r == -1 && errno != EAGAIN &&
			    errno != EINTR)) {
				sub_close(s);
				continue;
			}
		}
		if ((pfd[i].revents & POLLOUT) && sub_flush(s) != 0)
			sub_close(s);
	}
}

void
daemon_subs_push(struct daemon_conns *cs, const char *msg, int osc_only)
{
	size_t i;

	for (i = 0; i < DAEMON_SUB_MAX; i++)
		if (cs->s[i].fd != -1 && (!osc_only || cs->s[i].osc))
			sub_queue(cs, &cs->s[i], msg);
}

size_t
daemon_subs_count(const struct daemon_conns *cs, size_t *osc)
{
	size_t i, n = 0;

	*osc = 0;
	for (i = 0; i < DAEMON_SUB_MAX; i++)
		if (cs->s[i].fd != -1) {
			n++;
			*osc += cs->s[i].osc != 0;
		}
	return n;
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
	if (rq.kind == DREQ_SUBSCRIBE && follow(cs, c, &rq) == 0)
		return;
	if (rq.kind == DREQ_SUBSCRIBE)
		c->reply = subs_full_reply();
	else
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
	for (i = 0; i < DAEMON_SUB_MAX; i++)
		sub_close(&cs->s[i]);
}
