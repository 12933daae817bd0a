/*
 * test_presence: the presence state machine on injected time. Every
 * transition of every source, the order of the sources, flapping
 * lock/unlock (one return, never a burst), locked time as a break, and
 * spells away across midnight and across the end of the active hours,
 * with the scheduler deciding what is due on return.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "presence.h"
#include "remind.h"
#include "schedule.h"

#define MIN	60
#define HOUR	3600
/* 2024-05-06 (a Monday) 00:00 UTC. */
#define DAY0	((time_t)1714953600)
#define AT(h, m)	(DAY0 + (h) * HOUR + (m) * MIN)

static long
utc_offset(const struct cal_zone *z, time_t t)
{
	(void)z;
	(void)t;
	return 0;
}

static const struct cal_zone utc = { utc_offset, NULL };

static struct presence_logind
ld(int locked, int idle, time_t idle_since, int active)
{
	struct presence_logind l;

	memset(&l, 0, sizeof l);
	l.answers = 1;
	l.locked = locked;
	l.idle = idle;
	l.idle_since = idle_since;
	l.active = active;
	return l;
}

static void
test_nothing_answers(void **state)
{
	struct presence		p;
	struct presence_now	n;

	(void)state;
	presence_init(&p, 0, 5 * MIN, AT(9, 0));
	assert_false(presence_away(&p, AT(23, 0)));
	presence_get(&p, &n);
	assert_false(n.away);
	assert_int_equal(n.src, PRESENCE_ASSUMED);
	assert_string_equal(n.src_name, "assumed");
	assert_string_equal(n.why_name, "here");
	assert_int_equal(n.since, AT(9, 0));
}

static void
test_logind_lock_unlock(void **state)
{
	struct presence		p;
	struct presence_logind	l = ld(0, 0, 0, 1);
	struct presence_now	n;

	(void)state;
	presence_init(&p, 0, 5 * MIN, AT(9, 0));
	assert_int_equal(presence_set_logind(&p, &l, AT(9, 1)), 0);
	presence_get(&p, &n);
	assert_false(n.away);
	assert_int_equal(n.src, PRESENCE_LOGIND);
	assert_int_equal(n.since, AT(9, 1));
	l.locked = 1;
	assert_int_equal(presence_set_logind(&p, &l, AT(14, 2)), 0);
	presence_get(&p, &n);
	assert_true(n.away);
	assert_int_equal(n.why, PRESENCE_LOCKED);
	assert_string_equal(n.why_name, "locked");
	assert_string_equal(n.src_name, "logind");
	assert_int_equal(n.since, AT(14, 2));
	/* Nothing was held: coming back is no event. */
	l.locked = 0;
	assert_int_equal(presence_set_logind(&p, &l, AT(14, 30)), 0);
	presence_get(&p, &n);
	assert_false(n.away);
	assert_int_equal(n.since, AT(14, 30));
}

static void
test_logind_idle(void **state)
{
	struct presence		p;
	struct presence_logind	l = ld(0, 1, AT(10, 0), 1);
	struct presence_now	n;

	(void)state;
	presence_init(&p, 0, 5 * MIN, AT(9, 0));
	/* Idle, but not for away_after yet: still here. */
	presence_set_logind(&p, &l, AT(10, 1));
	assert_false(presence_away(&p, AT(10, 4)));
	/* Time alone turns idle into away, from when idle began. */
	assert_true(presence_away(&p, AT(10, 5)));
	presence_get(&p, &n);
	assert_int_equal(n.why, PRESENCE_IDLE);
	assert_int_equal(n.since, AT(10, 0));
	presence_hold(&p);
	l.idle = 0;
	assert_int_equal(presence_set_logind(&p, &l, AT(10, 20)), 1);
	assert_false(presence_away(&p, AT(10, 20)));
	/* An idle spell is no break: only locked or asleep time is. */
	assert_false(presence_was_break(&p, AT(10, 10)));
}

static void
test_logind_inactive(void **state)
{
	struct presence		p;
	struct presence_logind	l = ld(0, 0, 0, 0);
	struct presence_now	n;

	(void)state;
	presence_init(&p, 0, 5 * MIN, AT(9, 0));
	presence_set_logind(&p, &l, AT(9, 0));
	assert_true(presence_away(&p, AT(9, 1)));
	presence_get(&p, &n);
	assert_int_equal(n.why, PRESENCE_INACTIVE);
	l.active = 1;
	presence_set_logind(&p, &l, AT(9, 2));
	assert_false(presence_away(&p, AT(9, 2)));
}

static void
test_sleep(void **state)
{
	struct presence		p;
	struct presence_now	n;

	(void)state;
	presence_init(&p, 0, 5 * MIN, AT(9, 0));
	assert_int_equal(presence_set_asleep(&p, 1, AT(12, 0)), 0);
	presence_get(&p, &n);
	assert_true(n.away);
	assert_int_equal(n.why, PRESENCE_ASLEEP);
	assert_int_equal(n.src, PRESENCE_LOGIND);
	presence_hold(&p);
	assert_int_equal(presence_set_asleep(&p, 0, AT(13, 0)), 1);
	assert_false(presence_away(&p, AT(13, 0)));
	assert_true(presence_was_break(&p, AT(12, 30)));
}

static void
test_screensaver(void **state)
{
	struct presence		p;
	struct presence_logind	l = ld(1, 0, 0, 1);
	struct presence_now	n;

	(void)state;
	presence_init(&p, 0, 5 * MIN, AT(9, 0));
	presence_set_saver(&p, 1, 1, AT(9, 0));
	presence_get(&p, &n);
	assert_true(n.away);
	assert_int_equal(n.src, PRESENCE_SCREENSAVER);
	assert_string_equal(n.src_name, "screen saver");
	presence_hold(&p);
	assert_int_equal(presence_set_saver(&p, 1, 0, AT(9, 10)), 1);
	assert_false(presence_away(&p, AT(9, 10)));
	/* logind, when it answers, wins over the screen saver. */
	presence_set_logind(&p, &l, AT(9, 11));
	presence_get(&p, &n);
	assert_true(n.away);
	assert_int_equal(n.src, PRESENCE_LOGIND);
	/* The screen saver going away leaves logind's word. */
	presence_set_saver(&p, 0, 0, AT(9, 12));
	assert_true(presence_away(&p, AT(9, 12)));
	/* logind gone: the screen saver's word (off) stands; then none. */
	l.answers = 0;
	presence_set_saver(&p, 1, 0, AT(9, 13));
	presence_set_logind(&p, &l, AT(9, 13));
	presence_get(&p, &n);
	assert_false(n.away);
	assert_int_equal(n.src, PRESENCE_SCREENSAVER);
	presence_set_saver(&p, 0, 1, AT(9, 14));
	presence_get(&p, &n);
	assert_false(n.away);
	assert_int_equal(n.src, PRESENCE_ASSUMED);
}

static void
test_terminal(void **state)
{
	struct presence		p;
	struct presence_now	n;

	(void)state;
	presence_init(&p, 0, 5 * MIN, AT(9, 0));
	presence_set_terminal(&p, 1, AT(9, 58), AT(10, 0));
	assert_false(presence_away(&p, AT(10, 0)));
	assert_true(presence_by_terminal(&p));
	presence_set_terminal(&p, 1, AT(9, 50), AT(10, 0));
	assert_true(presence_away(&p, AT(10, 0)));
	presence_get(&p, &n);
	assert_int_equal(n.why, PRESENCE_IDLE);
	assert_string_equal(n.src_name, "terminal");
	assert_int_equal(n.since, AT(9, 50));
	presence_hold(&p);
	/* Still idle a minute later: no return. */
	assert_int_equal(presence_set_terminal(&p, 1, AT(9, 50), AT(10, 1)),
	    0);
	assert_int_equal(presence_set_terminal(&p, 1, AT(10, 1), AT(10, 2)),
	    1);
	/* No terminal at all: assumed present. */
	presence_set_terminal(&p, 0, 0, AT(10, 3));
	assert_false(presence_by_terminal(&p));
	assert_false(presence_away(&p, AT(11, 0)));
}

static void
test_off(void **state)
{
	struct presence		p;
	struct presence_logind	l = ld(1, 0, 0, 1);
	struct presence_now	n;

	(void)state;
	presence_init(&p, 1, 5 * MIN, AT(9, 0));
	presence_set_logind(&p, &l, AT(9, 0));
	presence_set_asleep(&p, 1, AT(9, 0));
	assert_false(presence_away(&p, AT(9, 1)));
	presence_get(&p, &n);
	assert_string_equal(n.src_name, "off");
	/* Turned on by a reload: the lock counts at once. */
	presence_configure(&p, 0, 5 * MIN, AT(9, 2));
	assert_true(presence_away(&p, AT(9, 2)));
}

/* Lock and unlock ten times with a reminder held once: one return. */
static void
test_flapping(void **state)
{
	struct presence		p;
	struct presence_logind	l = ld(0, 0, 0, 1);
	int			i, backs = 0;

	(void)state;
	presence_init(&p, 0, 5 * MIN, AT(9, 0));
	presence_set_logind(&p, &l, AT(9, 0));
	for (i = 0; i < 10; i++) {
		l.locked = 1;
		backs += presence_set_logind(&p, &l, AT(9, 0) + 2 * i);
		if (i == 0)
			presence_hold(&p);
		l.locked = 0;
		backs += presence_set_logind(&p, &l, AT(9, 0) + 2 * i + 1);
	}
	assert_int_equal(backs, 1);
	/* Short locks are no break. */
	assert_false(presence_was_break(&p, AT(9, 0) + 18));
	/* The same lock reported twice is one transition. */
	l.locked = 1;
	presence_set_logind(&p, &l, AT(9, 1));
	presence_hold(&p);
	presence_set_logind(&p, &l, AT(9, 2));
	l.locked = 0;
	assert_int_equal(presence_set_logind(&p, &l, AT(9, 3)), 1);
	assert_int_equal(presence_set_logind(&p, &l, AT(9, 4)), 0);
}

static void
test_idle_then_locked_is_break(void **state)
{
	struct presence		p;
	struct presence_logind	l = ld(0, 1, AT(11, 0), 1);

	(void)state;
	presence_init(&p, 0, 5 * MIN, AT(9, 0));
	presence_set_logind(&p, &l, AT(11, 10));
	assert_true(presence_away(&p, AT(11, 10)));
	l.locked = 1;
	presence_set_logind(&p, &l, AT(11, 15));
	l.locked = l.idle = 0;
	presence_set_logind(&p, &l, AT(12, 0));
	assert_true(presence_was_break(&p, AT(11, 30)));
	assert_false(presence_was_break(&p, AT(12, 1)));
	assert_false(presence_was_break(&p, AT(10, 59)));
}

/* Settings for the scheduler: 08:00-22:00, every 45 min, one session. */
static struct sched_params
params(void)
{
	struct sched_params sp;

	memset(&sp, 0, sizeof sp);
	sp.hydration = 1;
	sp.interval = 45 * MIN;
	sp.active_from = 8 * 60;
	sp.active_to = 22 * 60;
	sp.goal_ml = 2000;
	sp.grace = HOUR;
	sp.nsessions = 1;
	sp.sessions[0].minute = 23 * 60 + 30;
	sp.sessions[0].weekdays = 0x7f;
	return sp;
}

/*
 * Locked from 21:30 to 22:30: the hydration reminder due at 21:45 is
 * held, and on return after the active hours nothing is due; the next
 * one is tomorrow morning.
 */
static void
test_away_past_active_hours(void **state)
{
	struct sched_params	sp = params();
	struct sched_state	s;
	struct sched_event	ev[4], next;
	struct presence		p;
	struct presence_logind	l = ld(0, 0, 0, 1);

	(void)state;
	schedule_init(&s, AT(21, 0));
	s.last_drink = AT(21, 0);
	s.drunk_ml = 250;
	presence_init(&p, 0, 5 * MIN, AT(21, 0));
	presence_set_logind(&p, &l, AT(21, 0));
	l.locked = 1;
	presence_set_logind(&p, &l, AT(21, 30));
	assert_true(schedule_next(&sp, &s, &utc, AT(21, 45), &next));
	assert_int_equal(next.at, AT(21, 45));
	assert_true(presence_away(&p, AT(21, 45)));
	presence_hold(&p);
	l.locked = 0;
	assert_int_equal(presence_set_logind(&p, &l, AT(22, 30)), 1);
	assert_int_equal(schedule_due(&sp, &s, &utc, AT(22, 30), ev, 4), 0);
	assert_true(schedule_next(&sp, &s, &utc, AT(22, 30), &next));
	assert_int_equal(next.kind, SCHED_SESSION);
	assert_int_equal(next.at, AT(23, 30));
}

/*
 * Asleep from 23:00 to 00:50 the next day: the 23:30 session fell due
 * inside the spell and is counted as a break (it is within its grace);
 * the spell's times cross midnight intact.
 */
static void
test_away_across_midnight(void **state)
{
	struct sched_params	sp = params();
	struct sched_state	s;
	struct sched_event	ev[4];
	struct presence		p;
	struct presence_now	n;
	size_t			k;

	(void)state;
	sp.hydration = 0;
	sp.grace = 2 * HOUR;
	schedule_init(&s, AT(22, 0));
	presence_init(&p, 0, 5 * MIN, AT(22, 0));
	presence_set_asleep(&p, 1, AT(23, 0));
	assert_true(presence_away(&p, AT(23, 30)));
	presence_hold(&p);
	assert_int_equal(presence_set_asleep(&p, 0, AT(24, 50)), 1);
	presence_get(&p, &n);
	assert_int_equal(n.since, AT(24, 50));
	k = schedule_due(&sp, &s, &utc, AT(24, 50), ev, 4);
	assert_int_equal(k, 1);
	assert_int_equal(ev[0].missed, SCHED_DELIVER);
	assert_int_equal(ev[0].occurrence, AT(23, 30));
	assert_true(presence_was_break(&p, ev[0].occurrence));
	/* Past its grace it is missed, whatever the spell. */
	sp.grace = HOUR;
	schedule_init(&s, AT(22, 0));
	k = schedule_due(&sp, &s, &utc, AT(24, 50), ev, 4);
	assert_int_equal(k, 1);
	assert_int_equal(ev[0].missed, SCHED_MISSED_GRACE);
}

/* The catch-up says how long since the last drink, once, just back. */
static void
test_catch_up_text(void **state)
{
	struct presence		p;
	struct sched_state	s;
	char			body[256] = "250 ml of 2000 ml today. Tip.";

	(void)state;
	presence_init(&p, 0, 5 * MIN, AT(9, 0));
	presence_set_asleep(&p, 1, AT(12, 0));
	assert_false(presence_just_back(&p, AT(12, 30)));
	presence_hold(&p);
	presence_set_asleep(&p, 0, AT(13, 0));
	assert_true(presence_just_back(&p, AT(13, 0) + 2));
	assert_false(presence_just_back(&p, AT(13, 5)));
	memset(&s, 0, sizeof s);
	s.last_drink = AT(10, 50);
	remind_catch_up(body, sizeof body, &s, AT(13, 0));
	assert_string_equal(body, "Welcome back: your last drink was 2 h 10 "
	    "min ago. 250 ml of 2000 ml today. Tip.");
	s.last_drink = 0;
	snprintf(body, sizeof body, "Tip.");
	remind_catch_up(body, sizeof body, &s, AT(13, 0));
	assert_string_equal(body, "Welcome back: no drink logged yet today. "
	    "Tip.");
	/* A spell with nothing held: an ordinary reminder after it. */
	presence_set_asleep(&p, 1, AT(14, 0));
	presence_set_asleep(&p, 0, AT(14, 30));
	assert_false(presence_just_back(&p, AT(14, 30)));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nothing_answers),
		cmocka_unit_test(test_logind_lock_unlock),
		cmocka_unit_test(test_logind_idle),
		cmocka_unit_test(test_logind_inactive),
		cmocka_unit_test(test_sleep),
		cmocka_unit_test(test_screensaver),
		cmocka_unit_test(test_terminal),
		cmocka_unit_test(test_off),
		cmocka_unit_test(test_flapping),
		cmocka_unit_test(test_idle_then_locked_is_break),
		cmocka_unit_test(test_away_past_active_hours),
		cmocka_unit_test(test_away_across_midnight),
		cmocka_unit_test(test_catch_up_text),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
