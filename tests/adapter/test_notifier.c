/*
 * test_notifier: the daemon's delivery bookkeeping against the recording
 * notifier stub, in-process, with a fake clock: a delivery that fails is
 * retried after 30 s, then 60 s (never later than the interval), and
 * the retries stop once the server takes one; a newer reminder of the
 * same kind supersedes the older one's buttons (cancelled, and a late
 * answer on them ignored); a hung server (no answer until the show
 * timeout) does not hold the daemon: its poll timeout points at the
 * notifier's deadline and the failure there schedules a retry. The
 * history is a real SQLite file in a private XDG tree. The shell tests
 * in tests/notify cover the same paths against dunst.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "clock.h"
#include "fake_clock.h"
#include "config.h"
#include "daemon.h"
#include "notifier.h"
#include "util.h"

#define T0	((time_t)1772618400)	/* Wed 2026-03-04 10:00:00 UTC */

struct world {
	struct fake_clock	 fc;
	struct notifier_stub	 st;
	struct config		 cfg;
	struct daemon		*dm;
};

/* Water every hour from 08:00 to 22:00; no sessions. */
static void
world_new(struct world *w, int hung)
{
	memset(w, 0, sizeof *w);
	w->fc.c.mono_ms = fake_mono;
	w->fc.c.wall = fake_wall;
	w->fc.wall = T0;
	w->fc.mono = 1000000;
	notifier_stub_init(&w->st);
	w->st.hung = hung;
	w->st.now = w->fc.mono;
	config_defaults(&w->cfg);
	w->cfg.hydration_enabled = 1;
	w->cfg.interval_ms = 3600 * 1000;
	w->cfg.active_from = 8 * 60;
	w->cfg.active_to = 22 * 60;
	w->cfg.nschedule = 0;
	w->dm = daemon_test_new(&w->cfg, &w->st.nt, &w->fc.c);
}

/* Move both clocks on by s seconds; the stub's sends carry the time. */
static void
advance(struct world *w, time_t s)
{
	w->fc.wall += s;
	w->fc.mono += (uint64_t)s * 1000;
	w->st.now = w->fc.mono;
}

static void
world_free(struct world *w)
{
	daemon_test_free(w->dm);
	assert_true(w->st.freed);
}

static void
test_retry(void **state)
{
	struct world w;

	world_new(&w, 0);
	w.st.auto_shown = 0;
	/* 09:00 was due (an hour after the window began): sent now. */
	daemon_test_wake(w.dm, 1);
	assert_int_equal(w.st.nsent, 1);
	assert_string_equal(w.st.sent[0].title, "Time for some water");
	assert_int_equal(daemon_test_armed(w.dm), T0 + 3600);
	notifier_stub_report(&w.st, 1, NOTIFY_FAILED,
	    "org.freedesktop.DBus.Error.ServiceUnknown");
	daemon_test_wake(w.dm, 0);
	/* The first retry 30 s after the failure. */
	assert_int_equal(daemon_test_armed(w.dm), T0 + 30);
	advance(&w, 29);
	daemon_test_wake(w.dm, 1);
	assert_int_equal(w.st.nsent, 1);
	advance(&w, 1);
	daemon_test_wake(w.dm, 1);
	assert_int_equal(w.st.nsent, 2);
	notifier_stub_report(&w.st, 2, NOTIFY_FAILED, "no server");
	daemon_test_wake(w.dm, 0);
	/* The second 60 s after that. */
	assert_int_equal(daemon_test_armed(w.dm), T0 + 30 + 60);
	advance(&w, 60);
	daemon_test_wake(w.dm, 1);
	assert_int_equal(w.st.nsent, 3);
	/* Taken: no more retries, the next an interval after it. */
	notifier_stub_report(&w.st, 3, NOTIFY_SHOWN, "");
	daemon_test_wake(w.dm, 0);
	assert_int_equal(daemon_test_armed(w.dm), T0 + 90 + 3600);
	advance(&w, 600);
	daemon_test_wake(w.dm, 1);
	assert_int_equal(w.st.nsent, 3);
	world_free(&w);
}

/* A send that fails at once (no bus) is retried the same way. */
static void
test_retry_send_fails(void **state)
{
	struct world w;

	world_new(&w, 0);
	w.st.fail_send = "cannot connect to the session bus";
	daemon_test_wake(w.dm, 1);
	assert_int_equal(w.st.nsent, 0);
	assert_int_equal(daemon_test_armed(w.dm), T0 + 30);
	w.st.fail_send = NULL;
	advance(&w, 30);
	daemon_test_wake(w.dm, 1);
	assert_int_equal(w.st.nsent, 1);
	world_free(&w);
}

static void
test_supersede(void **state)
{
	struct world w;

	world_new(&w, 0);
	daemon_test_wake(w.dm, 1);
	daemon_test_wake(w.dm, 0);	/* SHOWN */
	assert_int_equal(w.st.nsent, 1);
	assert_int_equal(w.st.ncancelled, 0);
	/* No drink in the hour: the next reminder, and the old buttons go. */
	advance(&w, 3600);
	daemon_test_wake(w.dm, 1);
	assert_int_equal(w.st.nsent, 2);
	assert_int_equal(w.st.ncancelled, 1);
	assert_int_equal(w.st.cancelled[0], w.st.sent[0].id);
	daemon_test_wake(w.dm, 0);	/* SHOWN */
	/* A late "snooze" on the superseded one changes nothing. */
	notifier_stub_report(&w.st, w.st.sent[0].id, NOTIFY_ACTION, "snooze");
	daemon_test_wake(w.dm, 0);
	assert_int_equal(daemon_test_armed(w.dm), T0 + 7200);
	/* On the live one it does: 15 min (the default snooze). */
	notifier_stub_report(&w.st, w.st.sent[1].id, NOTIFY_ACTION, "snooze");
	daemon_test_wake(w.dm, 0);
	assert_int_equal(daemon_test_armed(w.dm), T0 + 3600 + 15 * 60);
	world_free(&w);
}

static void
test_hung_server(void **state)
{
	struct world	w;
	uint64_t	sent;

	world_new(&w, 1);
	daemon_test_wake(w.dm, 1);
	assert_int_equal(w.st.nsent, 1);
	sent = w.st.sent[0].at;
	/* The loop waits on the notifier's deadline, not forever. */
	assert_int_equal(daemon_test_timeout(w.dm), 4000 + 1);
	advance(&w, 3);
	daemon_test_wake(w.dm, 0);
	assert_int_equal(daemon_test_armed(w.dm), T0 + 3600);
	assert_int_equal(daemon_test_timeout(w.dm), 1000 + 1);
	advance(&w, 1);
	assert_true(w.fc.mono >= sent + 4000);
	daemon_test_wake(w.dm, 0);
	/* Failed at the show timeout: retried 30 s from then. */
	assert_int_equal(daemon_test_armed(w.dm), T0 + 4 + 30);
	assert_int_equal(daemon_test_timeout(w.dm), -1);
	w.st.hung = 0;
	advance(&w, 30);
	daemon_test_wake(w.dm, 1);
	assert_int_equal(w.st.nsent, 2);
	world_free(&w);
}

/* The store's files (history.db and its journal) and their directory. */
static void
remove_tree(const char *d)
{
	static const char *const names[] = { "history.db", "history.db-wal",
	    "history.db-shm", "history.db-journal", "history.db-checked" };
	char	*p;
	size_t	 i;

	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		p = xasprintf("%s/%s", d, names[i]);
		unlink(p);
		free(p);
	}
	if (rmdir(d) == -1)
		fprintf(stderr, "test_notifier: %s left behind: %s\n", d,
		    strerror(errno));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_retry),
		cmocka_unit_test(test_retry_send_fails),
		cmocka_unit_test(test_supersede),
		cmocka_unit_test(test_hung_server),
	};
	char dir[] = "/tmp/unclench-test-notifier.XXXXXX", *sub;
	int r;

	if (mkdtemp(dir) == NULL)
		return 1;
	setenv("TZ", "UTC", 1);
	tzset();
	setenv("HOME", dir, 1);
	setenv("XDG_DATA_HOME", dir, 1);
	setenv("XDG_STATE_HOME", dir, 1);
	setenv("XDG_CONFIG_HOME", dir, 1);
	setenv("XDG_RUNTIME_DIR", dir, 1);
	r = cmocka_run_group_tests(tests, NULL, NULL);
	/* What the history child made, then the directory. */
	sub = xasprintf("%s/unclench", dir);
	remove_tree(sub);
	free(sub);
	rmdir(dir);
	return r;
}
