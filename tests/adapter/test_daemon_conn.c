/*
 * The control socket's request parser (pure) and its client table, the
 * latter over a real listening socket with time passed in: a request
 * split across reads is answered once whole, a silent or trickling client
 * is closed at its deadline and not a millisecond before, and a client
 * over the cap is told the daemon is busy. A "subscribe" client becomes
 * a follower: it gets the answer, then every message pushed (the osc ones
 * only if it asked), keeps no request slot or deadline, and is closed
 * when it hangs up; one over the followers' cap is told so.
 */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <sys/socket.h>
#include <sys/un.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "daemon_conn.h"
#include "daemon_request.h"
#include "util.h"

static enum daemon_req_kind
parse(const char *s, int eof, long *secs)
{
	struct daemon_req rq;

	daemon_request_parse(s, strlen(s), eof, &rq);
	if (secs != NULL)
		*secs = rq.secs;
	return rq.kind;
}

static void
test_parse(void **state)
{
	char	 big[DAEMON_REQUEST_MAX + 10];
	long	 secs;

	(void)state;
	assert_int_equal(parse("status\n", 0, NULL), DREQ_STATUS);
	assert_int_equal(parse("status\r\n", 0, NULL), DREQ_STATUS);
	assert_int_equal(parse("status", 1, NULL), DREQ_STATUS);
	assert_int_equal(parse("status", 0, NULL), DREQ_MORE);
	assert_int_equal(parse("", 0, NULL), DREQ_MORE);
	assert_int_equal(parse("resume\n", 0, NULL), DREQ_RESUME);
	assert_int_equal(parse("refresh\nstatus\n", 0, NULL), DREQ_REFRESH);
	assert_int_equal(parse("statusx\n", 0, NULL), DREQ_UNKNOWN);
	assert_int_equal(parse("Status\n", 0, NULL), DREQ_UNKNOWN);
	assert_int_equal(parse("\n", 0, NULL), DREQ_UNKNOWN);
	assert_int_equal(parse("pause 3600\n", 0, &secs), DREQ_PAUSE);
	assert_int_equal(secs, 3600);
	assert_int_equal(parse("pause 31622400\n", 0, &secs), DREQ_PAUSE);
	assert_int_equal(parse("pause 31622401\n", 0, NULL), DREQ_BAD_PAUSE);
	assert_int_equal(parse("pause 99999999999999999999999\n", 0, NULL),
	    DREQ_BAD_PAUSE);
	assert_int_equal(parse("pause 0\n", 0, NULL), DREQ_BAD_PAUSE);
	assert_int_equal(parse("pause -5\n", 0, NULL), DREQ_BAD_PAUSE);
	assert_int_equal(parse("pause 5s\n", 0, NULL), DREQ_BAD_PAUSE);
	assert_int_equal(parse("pause \n", 0, NULL), DREQ_BAD_PAUSE);
	assert_int_equal(parse("subscribe\n", 0, NULL), DREQ_SUBSCRIBE);
	assert_int_equal(parse("subscribe", 0, NULL), DREQ_MORE);
	assert_int_equal(parse("subscribe osc\n", 0, NULL), DREQ_SUBSCRIBE);
	assert_int_equal(parse("subscribe os\n", 0, NULL), DREQ_UNKNOWN);
	assert_int_equal(parse("test-rewrite 10000\n", 0, &secs),
	    DREQ_REWRITE);
	assert_int_equal(secs, 10000);
	assert_int_equal(parse("test-rewrite 100001\n", 0, NULL),
	    DREQ_UNKNOWN);
	assert_int_equal(parse("test-rewrite 0\n", 0, NULL), DREQ_UNKNOWN);
	{
		struct daemon_req rq;

		daemon_request_parse("subscribe osc\n", 14, 0, &rq);
		assert_int_equal(rq.osc, 1);
		daemon_request_parse("subscribe\n", 10, 0, &rq);
		assert_int_equal(rq.osc, 0);
	}
	/* A NUL inside the line is no "status". */
	{
		struct daemon_req rq;

		daemon_request_parse("status\0x\n", 9, 0, &rq);
		assert_int_equal(rq.kind, DREQ_UNKNOWN);
	}
	/* A full buffer with no end of line is judged as it is. */
	memset(big, 'a', sizeof big);
	assert_int_equal(daemon_request_parse(big, DAEMON_REQUEST_MAX - 1, 0,
	    &(struct daemon_req){ 0 }), DREQ_MORE);
	assert_int_equal(daemon_request_parse(big, DAEMON_REQUEST_MAX, 0,
	    &(struct daemon_req){ 0 }), DREQ_UNKNOWN);
}

static int	 answered;
static enum daemon_req_kind last_kind;

static char *
answer(void *arg, const struct daemon_req *rq)
{
	(void)arg;
	answered++;
	last_kind = rq->kind;
	return xstrdup("ok\n");
}

static char	 sockpath[108];

static int
listener(void)
{
	struct sockaddr_un	 sun = { .sun_family = AF_UNIX };
	int			 fd;

	snprintf(sockpath, sizeof sockpath, "/tmp/unclench-dc-%ld.sock",
	    (long)getpid());
	strlcpy_safe(sun.sun_path, sockpath, sizeof sun.sun_path);
	unlink(sockpath);
	fd = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	assert_true(fd != -1);
	assert_int_equal(bind(fd, (struct sockaddr *)&sun, sizeof sun), 0);
	assert_int_equal(listen(fd, 16), 0);
	return fd;
}

static int
dial(void)
{
	struct sockaddr_un	 sun = { .sun_family = AF_UNIX };
	int			 fd;

	strlcpy_safe(sun.sun_path, sockpath, sizeof sun.sun_path);
	fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	assert_true(fd != -1);
	assert_int_equal(connect(fd, (struct sockaddr *)&sun, sizeof sun), 0);
	return fd;
}

/* Poll the clients without waiting, then let the table act at now. */
static void
turn(struct daemon_conns *cs, uint64_t now)
{
	struct pollfd pfd[DAEMON_CONN_MAX];

	daemon_conns_pollfds(cs, pfd);
	assert_true(poll(pfd, DAEMON_CONN_MAX, 0) >= 0);
	daemon_conns_service(cs, pfd, now);
}

/* Read what the daemon side sent, up to EOF or nothing more waiting. */
static ssize_t
drain(int fd, char *buf, size_t len, int *eof)
{
	ssize_t	n, got = 0;

	*eof = 0;
	while ((size_t)got < len - 1) {
		n = recv(fd, buf + got, len - 1 - (size_t)got, MSG_DONTWAIT);
		if (n == 0)
			*eof = 1;
		if (n <= 0)
			break;
		got += n;
	}
	buf[got] = '\0';
	return got;
}

static void
test_clients(void **state)
{
	struct daemon_conns	 cs;
	int			 lsock, fd[DAEMON_CONN_MAX + 1], eof, i;
	char			 buf[256];

	(void)state;
	lsock = listener();
	daemon_conns_init(&cs, answer, NULL);
	assert_int_equal(daemon_conns_deadline(&cs), -1);
	for (i = 0; i <= DAEMON_CONN_MAX; i++)
		fd[i] = dial();
	daemon_conns_accept(&cs, lsock, 1000);
	assert_int_equal(cs.busy, 1);
	assert_int_equal(daemon_conns_deadline(&cs),
	    1000 + DAEMON_CONN_DEADLINE_MS);
	/* The one over the cap has its answer and is closed. */
	drain(fd[DAEMON_CONN_MAX], buf, sizeof buf, &eof);
	assert_non_null(strstr(buf, "busy"));
	assert_true(eof);

	/* A request in two pieces is answered once, when whole. */
	assert_int_equal(write(fd[0], "sta", 3), 3);
	turn(&cs, 1100);
	assert_int_equal(answered, 0);
	assert_int_equal(write(fd[0], "tus\n", 4), 4);
	turn(&cs, 1200);
	assert_int_equal(answered, 1);
	assert_int_equal(last_kind, DREQ_STATUS);
	drain(fd[0], buf, sizeof buf, &eof);
	assert_string_equal(buf, "ok\n");
	assert_true(eof);

	/* A client that sends its request and closes its side: answered. */
	assert_int_equal(write(fd[1], "resume", 6), 6);
	shutdown(fd[1], SHUT_WR);
	turn(&cs, 1300);
	assert_int_equal(answered, 2);
	assert_int_equal(last_kind, DREQ_RESUME);

	/* A trickler: each byte in time, but the whole request is not. */
	for (i = 0; i < 19; i++) {
		assert_int_equal(write(fd[2], "s", 1), 1);
		turn(&cs, 1300 + (uint64_t)i * 90);
	}
	turn(&cs, 1000 + DAEMON_CONN_DEADLINE_MS - 1);
	drain(fd[2], buf, sizeof buf, &eof);
	assert_false(eof);	/* not a millisecond early */
	turn(&cs, 1000 + DAEMON_CONN_DEADLINE_MS);
	for (i = 2; i < DAEMON_CONN_MAX; i++) {
		drain(fd[i], buf, sizeof buf, &eof);
		assert_true(eof);	/* trickler and silent ones: closed */
		assert_string_equal(buf, "");
	}
	assert_int_equal(answered, 2);
	assert_int_equal(cs.late, DAEMON_CONN_MAX - 2);
	assert_int_equal(daemon_conns_deadline(&cs), -1);

	/* The slots are free again. */
	close(fd[0]);
	fd[0] = dial();
	daemon_conns_accept(&cs, lsock, 5000);
	assert_int_equal(cs.busy, 1);
	assert_int_equal(daemon_conns_deadline(&cs),
	    5000 + DAEMON_CONN_DEADLINE_MS);
	daemon_conns_close(&cs);
	for (i = 0; i <= DAEMON_CONN_MAX; i++)
		close(fd[i]);
	close(lsock);
	unlink(sockpath);
}

/* One turn of the followers' side too. */
static void
turn_all(struct daemon_conns *cs, uint64_t now)
{
	struct pollfd pfd[DAEMON_SUB_MAX];

	turn(cs, now);
	daemon_subs_pollfds(cs, pfd);
	assert_true(poll(pfd, DAEMON_SUB_MAX, 0) >= 0);
	daemon_subs_service(cs, pfd);
}

static void
test_followers(void **state)
{
	struct daemon_conns	 cs;
	char			 buf[512];
	int			 lsock, fd[DAEMON_SUB_MAX + 1], eof, i;
	size_t			 osc;

	(void)state;
	lsock = listener();
	daemon_conns_init(&cs, answer, NULL);
	for (i = 0; i <= DAEMON_SUB_MAX; i++) {
		fd[i] = dial();
		assert_int_equal(write(fd[i], i == 0 ? "subscribe osc\n" :
		    "subscribe\n", i == 0 ? 14 : 10), i == 0 ? 14 : 10);
		daemon_conns_accept(&cs, lsock, 0);
		turn_all(&cs, 0);
	}
	/* Each got the answer; the one over the cap was refused, closed. */
	assert_int_equal(daemon_subs_count(&cs, &osc), DAEMON_SUB_MAX);
	assert_int_equal(osc, 1);
	drain(fd[1], buf, sizeof buf, &eof);
	assert_string_equal(buf, "ok\n");
	assert_false(eof);
	drain(fd[DAEMON_SUB_MAX], buf, sizeof buf, &eof);
	assert_non_null(strstr(buf, "error: 16 clients follow already"));
	assert_true(eof);
	/* Followers hold no request slot and have no deadline. */
	assert_int_equal(daemon_conns_deadline(&cs), -1);
	turn_all(&cs, 10 * DAEMON_CONN_DEADLINE_MS);
	assert_int_equal(daemon_subs_count(&cs, &osc), DAEMON_SUB_MAX);
	/* A push reaches them all; an osc one, only the one that asked. */
	drain(fd[0], buf, sizeof buf, &eof);
	daemon_subs_push(&cs, "change\n", 0);
	daemon_subs_push(&cs, "notify\n", 1);
	drain(fd[0], buf, sizeof buf, &eof);
	assert_string_equal(buf, "change\nnotify\n");
	drain(fd[5], buf, sizeof buf, &eof);
	assert_string_equal(buf, "ok\nchange\n");
	/* One that hangs up is closed; the others stay. */
	close(fd[5]);
	turn_all(&cs, 0);
	assert_int_equal(daemon_subs_count(&cs, &osc), DAEMON_SUB_MAX - 1);
	daemon_conns_close(&cs);
	assert_int_equal(daemon_subs_count(&cs, &osc), 0);
	drain(fd[0], buf, sizeof buf, &eof);
	assert_true(eof);
	for (i = 0; i <= DAEMON_SUB_MAX; i++)
		if (i != 5)
			close(fd[i]);
	close(lsock);
	unlink(sockpath);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse),
		cmocka_unit_test(test_clients),
		cmocka_unit_test(test_followers),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
