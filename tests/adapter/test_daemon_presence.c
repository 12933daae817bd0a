/*
 * test_daemon_presence: the daemon's side of presence, in-process, with
 * the recording notifier stub and a fake clock (hours pass in no time).
 * Away, a due reminder is held with no timer armed (no wake-ups); a
 * session planned inside a long lock is counted as a break on return,
 * not offered; one planned while merely idle is offered within its
 * grace and recorded as missed past it, which the status page says,
 * as it says the presence. The history is a real SQLite file in a
 * private XDG tree; the shell tests in tests/notify drive the same paths
 * through dbusmock and dunst.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

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
#include "presence.h"
#include "util.h"

#define T0	((time_t)1772618400)	/* Wed 2026-03-04 10:00:00 UTC */
#define MIN	60

struct world {
	struct fake_clock	 fc;
	struct notifier_stub	 st;
	struct config		 cfg;
	struct daemon		*dm;
	struct presence		*p;
	struct presence_logind	 ld;
};

/* No hydration; one session at 10:10 daily with a grace of g minutes. */
static void
world_new(struct world *w, int g)
{
	memset(w, 0, sizeof *w);
	w->fc.c.mono_ms = fake_mono;
	w->fc.c.wall = fake_wall;
	w->fc.wall = T0;
	w->fc.mono = 1000000;
	notifier_stub_init(&w->st);
	w->st.auto_shown = 1;
	w->st.now = w->fc.mono;
	config_defaults(&w->cfg);
	w->cfg.hydration_enabled = 0;
	w->cfg.grace_ms = (int64_t)g * MIN * 1000;
	w->cfg.away_after_ms = 5 * MIN * 1000;
	w->cfg.nschedule = 1;
	strlcpy_safe(w->cfg.schedule[0].name, "legs",
	    sizeof w->cfg.schedule[0].name);
	strlcpy_safe(w->cfg.schedule[0].routine, "calf-basics",
	    sizeof w->cfg.schedule[0].routine);
	w->cfg.schedule[0].minute = 10 * 60 + 10;
	w->cfg.schedule[0].weekdays = 0x7f;
	w->dm = daemon_test_new(&w->cfg, &w->st.nt, &w->fc.c);
	w->p = daemon_test_presence(w->dm);
	w->ld.answers = 1;
	w->ld.active = 1;
	presence_set_logind(w->p, &w->ld, T0);
	daemon_test_wake(w->dm, 1);
	assert_int_equal(w->st.nsent, 0);
	assert_int_equal(daemon_test_armed(w->dm), T0 + 10 * MIN);
}

static void
advance(struct world *w, time_t s)
{
	w->fc.wall += s;
	w->fc.mono += (uint64_t)s * 1000;
	w->st.now = w->fc.mono;
}

static char *
status_text(struct world *w)
{
	char	*out = NULL;
	size_t	 len = 0;
	FILE	*f = open_memstream(&out, &len);

	assert_non_null(f);
	daemon_test_status(w->dm, f);
	fclose(f);
	return out;
}

static void
world_free(struct world *w)
{
	daemon_test_free(w->dm);
}

/* Locked from 10:05 to 10:40: the 10:10 session was a break. */
static void
test_long_lock_is_break(void **state)
{
	struct world	 w;
	char		*st;

	(void)state;
	world_new(&w, 60);
	advance(&w, 5 * MIN);
	w.ld.locked = 1;
	assert_int_equal(presence_set_logind(w.p, &w.ld, w.fc.wall), 0);
	advance(&w, 5 * MIN);
	daemon_test_wake(w.dm, 1);
	assert_int_equal(w.st.nsent, 0);
	assert_int_equal(daemon_test_armed(w.dm), 0);	/* held: no timer */
	st = status_text(&w);
	assert_non_null(strstr(st, "presence: away (locked, logind) since "
	    "10:05"));
	free(st);
	advance(&w, 30 * MIN);
	w.ld.locked = 0;
	assert_int_equal(presence_set_logind(w.p, &w.ld, w.fc.wall), 1);
	daemon_test_wake(w.dm, 1);
	assert_int_equal(w.st.nsent, 0);
	/* Tomorrow's, not today's again. */
	assert_int_equal(daemon_test_armed(w.dm), T0 + 24 * 3600 + 10 * MIN);
	st = status_text(&w);
	assert_non_null(strstr(st, "presence: here (logind) since 10:40"));
	free(st);
	world_free(&w);
}

/* Idle from 10:00 (away from 10:05) to 10:40: offered within its grace. */
static void
test_idle_within_grace(void **state)
{
	struct world w;

	(void)state;
	world_new(&w, 60);
	w.ld.idle = 1;
	w.ld.idle_since = T0;
	presence_set_logind(w.p, &w.ld, w.fc.wall);
	advance(&w, 10 * MIN);
	daemon_test_wake(w.dm, 1);
	assert_int_equal(w.st.nsent, 0);
	assert_int_equal(daemon_test_armed(w.dm), 0);
	advance(&w, 30 * MIN);
	w.ld.idle = 0;
	assert_int_equal(presence_set_logind(w.p, &w.ld, w.fc.wall), 1);
	daemon_test_wake(w.dm, 1);
	assert_int_equal(w.st.nsent, 1);
	assert_non_null(strstr(w.st.sent[0].title, "Legs"));
	world_free(&w);
}

/* Idle past the grace (1 h): missed, and the status says so. */
static void
test_idle_past_grace(void **state)
{
	struct world	 w;
	char		*st;

	(void)state;
	world_new(&w, 60);
	w.ld.idle = 1;
	w.ld.idle_since = T0;
	presence_set_logind(w.p, &w.ld, w.fc.wall);
	advance(&w, 10 * MIN);
	daemon_test_wake(w.dm, 1);
	advance(&w, 90 * MIN);
	w.ld.idle = 0;
	assert_int_equal(presence_set_logind(w.p, &w.ld, w.fc.wall), 1);
	daemon_test_wake(w.dm, 1);
	assert_int_equal(w.st.nsent, 0);
	st = status_text(&w);
	assert_non_null(strstr(st, "last session missed: legs planned at "
	    "10:10"));
	free(st);
	world_free(&w);
}

/* mode = off: the lock is not heard; the session comes on time. */
static void
test_mode_off(void **state)
{
	struct world	 w;
	char		*st;

	(void)state;
	world_new(&w, 60);
	presence_configure(w.p, 1, 5 * MIN, w.fc.wall);
	w.ld.locked = 1;
	presence_set_logind(w.p, &w.ld, w.fc.wall);
	advance(&w, 10 * MIN);
	daemon_test_wake(w.dm, 1);
	assert_int_equal(w.st.nsent, 1);
	st = status_text(&w);
	assert_non_null(strstr(st, "presence: not watched"));
	free(st);
	world_free(&w);
}

/* What the history child made, then the directory. */
static void
remove_tree(const char *dir)
{
	static const char *const names[] = { "history.db", "history.db-wal",
	    "history.db-shm", "history.db-journal", "history.db-checked" };
	char	*sub = xasprintf("%s/unclench", dir), *p;
	size_t	 i;

	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		p = xasprintf("%s/%s", sub, names[i]);
		unlink(p);
		free(p);
	}
	rmdir(sub);
	free(sub);
	if (rmdir(dir) == -1)
		fprintf(stderr, "test_daemon_presence: %s left behind\n", dir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_long_lock_is_break),
		cmocka_unit_test(test_idle_within_grace),
		cmocka_unit_test(test_idle_past_grace),
		cmocka_unit_test(test_mode_off),
	};
	char dir[] = "/tmp/unclench-test-presence.XXXXXX";
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
	remove_tree(dir);
	return r;
}
