/*
 * test_schedule: the reminder maths on injected time and zones. Instants
 * are written as UTC dates (U()) and checked exactly; the daylight-saving
 * cases run on a test zone with one transition (no TZ touched) and once
 * more on the C library's zone under a POSIX TZ rule.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "schedule.h"

#define MIN	60
#define HOUR	3600

/* UTC instant of a date and time: independent of the code under test. */
static time_t
U(int y, int mo, int d, int h, int mi)
{
	static const int cum[] = { 0, 31, 59, 90, 120, 151, 181, 212, 243,
	    273, 304, 334 };
	long	days = 0;
	int	yy;

	for (yy = 1970; yy < y; yy++)
		days += (yy % 4 == 0 && (yy % 100 != 0 || yy % 400 == 0)) ?
		    366 : 365;
	days += cum[mo - 1] + d - 1;
	if (mo > 2 && (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
		days++;
	return (time_t)days * 86400 + h * HOUR + mi * MIN;
}

/* A zone with one change: before `change` one offset, after it another. */
struct test_zone {
	struct cal_zone	 z;
	time_t			 change;
	long			 before, after;
};

static long
test_offset(const struct cal_zone *z, time_t t)
{
	const struct test_zone *tz = (const struct test_zone *)z;

	return t < tz->change ? tz->before : tz->after;
}

static struct test_zone utc = { { test_offset, NULL }, 0, 0, 0 };
/* Central Europe, spring 2024: 02:00 CET became 03:00 CEST. */
static struct test_zone spring = { { test_offset, NULL }, 0, HOUR, 2 * HOUR };
/* Autumn 2024: 03:00 CEST became 02:00 CET. */
static struct test_zone autumn = { { test_offset, NULL }, 0, 2 * HOUR, HOUR };

static const struct cal_zone *UTC = &utc.z;
static const struct cal_zone *SPRING = &spring.z;
static const struct cal_zone *AUTUMN = &autumn.z;

static int
setup_zones(void **state)
{
	(void)state;
	spring.change = U(2024, 3, 31, 1, 0);
	autumn.change = U(2024, 10, 27, 1, 0);
	return 0;
}

/* Settings: 08:00-22:00, every 45 min, 2 l, grace 1 h, no sessions. */
static struct sched_params
params(void)
{
	struct sched_params p;

	memset(&p, 0, sizeof p);
	p.hydration = 1;
	p.interval = 45 * MIN;
	p.active_from = 8 * 60;
	p.active_to = 22 * 60;
	p.goal_ml = 2000;
	p.grace = HOUR;
	return p;
}

static void
add_session(struct sched_params *p, int h, int m, unsigned days)
{
	p->sessions[p->nsessions].minute = h * 60 + m;
	p->sessions[p->nsessions].weekdays = days;
	p->nsessions++;
}

#define DAILY		0x7fu
#define MON_FRI		0x3eu

static time_t
next_hyd(const struct sched_params *p, const struct sched_state *s,
    const struct cal_zone *z, time_t now, enum sched_reason *why)
{
	struct sched_event ev;

	if (!schedule_next_hydration(p, s, z, now, &ev))
		return 0;
	assert_int_equal(ev.kind, SCHED_HYDRATION);
	if (why != NULL)
		*why = ev.reason;
	return ev.at;
}

static time_t
next_sess(const struct sched_params *p, const struct sched_state *s,
    const struct cal_zone *z, size_t i, time_t now)
{
	struct sched_event ev;

	if (!schedule_next_session(p, s, z, i, now, &ev))
		return 0;
	assert_int_equal(ev.kind, SCHED_SESSION);
	assert_int_equal(ev.session, i);
	return ev.at;
}

/* Count of due events to deliver (missed ones are only told). */
static size_t
deliverable(const struct sched_event *ev, size_t n)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		k += !ev[i].missed;
	return k;
}

static void
test_local_time(void **state)
{
	int y, mo, d, mi, wd;

	(void)state;
	assert_int_equal(schedule_local_time(UTC, 2024, 3, 1, 0), 1709251200);
	assert_int_equal(schedule_local_time(UTC, 2024, 3, 1, 8 * 60),
	    U(2024, 3, 1, 8, 0));
	/* Spring gap: 02:30 does not exist; the first instant after it. */
	assert_int_equal(schedule_local_time(SPRING, 2024, 3, 31, 150),
	    U(2024, 3, 31, 1, 0));
	/* Either side of the gap. */
	assert_int_equal(schedule_local_time(SPRING, 2024, 3, 31, 90),
	    U(2024, 3, 31, 0, 30));
	assert_int_equal(schedule_local_time(SPRING, 2024, 3, 31, 210),
	    U(2024, 3, 31, 1, 30));
	/* Autumn overlap: 02:30 happens twice; the first. */
	assert_int_equal(schedule_local_time(AUTUMN, 2024, 10, 27, 150),
	    U(2024, 10, 27, 0, 30));
	schedule_local_date(AUTUMN, U(2024, 10, 27, 1, 30), &y, &mo, &d, &mi,
	    &wd);
	assert_int_equal(y, 2024);
	assert_int_equal(mo, 10);
	assert_int_equal(d, 27);
	assert_int_equal(mi, 150);	/* the second 02:30 */
	assert_int_equal(wd, 0);	/* Sunday */
	schedule_local_date(UTC, U(2024, 2, 29, 23, 59), &y, &mo, &d, &mi,
	    &wd);
	assert_int_equal(mo, 2);
	assert_int_equal(d, 29);
	assert_int_equal(wd, 4);	/* Thursday */
}

static void
test_hydration_basic(void **state)
{
	struct sched_params	p = params();
	struct sched_state	s;
	enum sched_reason	why;
	time_t			now = U(2024, 3, 1, 7, 0);

	(void)state;
	schedule_init(&s, now);
	/* Before the active hours: their start plus the interval. */
	assert_int_equal(next_hyd(&p, &s, UTC, now, &why),
	    U(2024, 3, 1, 8, 45));
	assert_int_equal(why, SCHED_AFTER_START);
	/* The last drink counts, not the start. */
	s.last_drink = U(2024, 3, 1, 9, 50);
	now = U(2024, 3, 1, 10, 0);
	assert_int_equal(next_hyd(&p, &s, UTC, now, &why),
	    U(2024, 3, 1, 10, 35));
	assert_int_equal(why, SCHED_AFTER_DRINK);
	/* A drink before today's window does not count. */
	s.last_drink = U(2024, 2, 29, 21, 0);
	assert_int_equal(next_hyd(&p, &s, UTC, now, &why),
	    U(2024, 3, 1, 8, 45));
	/* Without a drink since, the interval runs from the last reminder:
	   one reminder per interval, not one per wake. */
	s.hydration.handled = U(2024, 3, 1, 9, 40);
	assert_int_equal(next_hyd(&p, &s, UTC, now, &why),
	    U(2024, 3, 1, 10, 25));
	assert_int_equal(why, SCHED_AFTER_REMINDER);
	/* A drink after the reminder resets it. */
	s.last_drink = U(2024, 3, 1, 9, 55);
	assert_int_equal(next_hyd(&p, &s, UTC, now, &why),
	    U(2024, 3, 1, 10, 40));
	assert_int_equal(why, SCHED_AFTER_DRINK);
	/* Off: nothing. */
	p.hydration = 0;
	assert_int_equal(next_hyd(&p, &s, UTC, now, NULL), 0);
}

static void
test_hydration_window_end(void **state)
{
	struct sched_params	p = params();
	struct sched_state	s;
	enum sched_reason	why;
	time_t			now = U(2024, 3, 1, 21, 35);

	(void)state;
	schedule_init(&s, now);
	/* 21:30 + 45 min falls after 22:00: the next morning. */
	s.last_drink = U(2024, 3, 1, 21, 30);
	assert_int_equal(next_hyd(&p, &s, UTC, now, &why),
	    U(2024, 3, 2, 8, 45));
	assert_int_equal(why, SCHED_AFTER_START);
	/* Quiet hours: nothing at night. */
	now = U(2024, 3, 2, 3, 0);
	assert_int_equal(next_hyd(&p, &s, UTC, now, NULL),
	    U(2024, 3, 2, 8, 45));
}

static void
test_hydration_across_midnight(void **state)
{
	struct sched_params	p = params();
	struct sched_state	s;
	struct sched_event	ev[4];
	time_t			now, from, to;

	(void)state;
	p.active_from = 22 * 60;	/* a night shift: 22:00-06:00 */
	p.active_to = 6 * 60;
	now = U(2024, 3, 1, 23, 0);
	schedule_init(&s, now);
	s.last_drink = U(2024, 3, 1, 22, 30);
	assert_int_equal(next_hyd(&p, &s, UTC, now, NULL),
	    U(2024, 3, 1, 23, 15));
	/* After midnight, still the same window. */
	now = U(2024, 3, 2, 1, 0);
	s.last_drink = U(2024, 3, 2, 0, 40);
	assert_int_equal(next_hyd(&p, &s, UTC, now, NULL),
	    U(2024, 3, 2, 1, 25));
	/* 05:30 + 45 min is past 06:00: the next evening. */
	now = U(2024, 3, 2, 5, 35);
	s.last_drink = U(2024, 3, 2, 5, 30);
	assert_int_equal(next_hyd(&p, &s, UTC, now, NULL),
	    U(2024, 3, 2, 22, 45));
	/* Midday is quiet. */
	now = U(2024, 3, 2, 12, 0);
	assert_int_equal(next_hyd(&p, &s, UTC, now, NULL),
	    U(2024, 3, 2, 22, 45));
	/* At 01:00 with no drink since yesterday, the reminder is due. */
	s.last_drink = U(2024, 3, 1, 21, 0);
	now = U(2024, 3, 2, 1, 0);
	assert_int_equal(schedule_due(&p, &s, UTC, now, ev, 4), 1);
	assert_int_equal(ev[0].kind, SCHED_HYDRATION);
	assert_false(ev[0].missed);
	/* Water counts per calendar day, as everywhere in unclench. */
	cal_day_bounds(UTC, U(2024, 3, 2, 1, 0), &from, &to);
	assert_int_equal(from, U(2024, 3, 2, 0, 0));
	assert_int_equal(to, U(2024, 3, 3, 0, 0));
	cal_day_bounds(SPRING, U(2024, 3, 31, 12, 0), &from, &to);
	assert_int_equal(from, U(2024, 3, 30, 23, 0));	/* CET midnight */
	assert_int_equal(to, U(2024, 3, 31, 22, 0));	/* CEST midnight */
	/* Goal met late in a night window: quiet until midnight. */
	schedule_init(&s, U(2024, 3, 1, 12, 0));
	s.last_drink = U(2024, 3, 1, 22, 30);
	s.drunk_ml = 2000;
	now = U(2024, 3, 1, 23, 0);
	{
		enum sched_reason why;

		assert_int_equal(next_hyd(&p, &s, UTC, now, &why),
		    U(2024, 3, 2, 0, 0));
		assert_int_equal(why, SCHED_GOAL_MET);
	}
}

static void
test_goal_met(void **state)
{
	struct sched_params	p = params();
	struct sched_state	s;
	enum sched_reason	why;
	time_t			now = U(2024, 3, 1, 15, 0);

	(void)state;
	schedule_init(&s, now);
	s.last_drink = U(2024, 3, 1, 14, 50);
	s.drunk_ml = 1999;
	assert_int_equal(next_hyd(&p, &s, UTC, now, NULL),
	    U(2024, 3, 1, 15, 35));
	s.drunk_ml = 2000;
	assert_int_equal(next_hyd(&p, &s, UTC, now, &why),
	    U(2024, 3, 2, 8, 45));
	assert_int_equal(why, SCHED_GOAL_MET);
	/* Late evening still belongs to the day whose goal was met. */
	now = U(2024, 3, 1, 23, 30);
	assert_int_equal(next_hyd(&p, &s, UTC, now, &why),
	    U(2024, 3, 2, 8, 45));
	/* An unknown total (store unavailable) never stops reminders. */
	s.drunk_ml = -1;
	now = U(2024, 3, 1, 15, 0);
	assert_int_equal(next_hyd(&p, &s, UTC, now, NULL),
	    U(2024, 3, 1, 15, 35));
}

static void
test_snooze(void **state)
{
	struct sched_params	p = params();
	struct sched_state	s;
	struct sched_event	ev[4];
	enum sched_reason	why;
	time_t			now = U(2024, 3, 1, 10, 0);

	(void)state;
	schedule_init(&s, U(2024, 3, 1, 6, 0));
	s.hydration.handled = U(2024, 3, 1, 9, 15);
	assert_int_equal(schedule_due(&p, &s, UTC, now, ev, 4), 1);
	assert_int_equal(s.hydration.handled, now);
	schedule_snooze(&s, &ev[0], now + 15 * MIN);
	assert_int_equal(next_hyd(&p, &s, UTC, now, &why),
	    U(2024, 3, 1, 10, 15));
	assert_int_equal(why, SCHED_SNOOZED);
	/* Not due before the snooze ends, due once when it does. */
	assert_int_equal(schedule_due(&p, &s, UTC, now + 14 * MIN, ev, 4), 0);
	assert_int_equal(schedule_due(&p, &s, UTC, now + 15 * MIN, ev, 4), 1);
	assert_int_equal(next_hyd(&p, &s, UTC, now + 15 * MIN, &why),
	    U(2024, 3, 1, 11, 0));
	assert_int_equal(why, SCHED_AFTER_REMINDER);
	/* A drink during a snooze cancels it. */
	schedule_snooze(&s, &ev[0], U(2024, 3, 1, 10, 30));
	s.last_drink = U(2024, 3, 1, 10, 20);
	assert_int_equal(next_hyd(&p, &s, UTC, U(2024, 3, 1, 10, 21), &why),
	    U(2024, 3, 1, 11, 5));
	assert_int_equal(why, SCHED_AFTER_DRINK);

	/* A session snoozed past its grace is still delivered. */
	p = params();
	add_session(&p, 9, 0, DAILY);
	schedule_init(&s, U(2024, 3, 1, 8, 0));
	p.hydration = 0;
	assert_int_equal(schedule_due(&p, &s, UTC, U(2024, 3, 1, 9, 0), ev,
	    4), 1);
	schedule_snooze(&s, &ev[0], U(2024, 3, 1, 10, 30));
	assert_int_equal(next_sess(&p, &s, UTC, 0, U(2024, 3, 1, 9, 0)),
	    U(2024, 3, 1, 10, 30));
	assert_int_equal(schedule_due(&p, &s, UTC, U(2024, 3, 1, 10, 30), ev,
	    4), 1);
	assert_false(ev[0].missed);
	assert_int_equal(ev[0].reason, SCHED_SNOOZED);
	assert_int_equal(next_sess(&p, &s, UTC, 0, U(2024, 3, 1, 10, 30)),
	    U(2024, 3, 2, 9, 0));
}

static void
test_pause(void **state)
{
	struct sched_params	p = params();
	struct sched_state	s;
	struct sched_event	ev[4];
	enum sched_reason	why;
	time_t			now = U(2024, 3, 1, 10, 0);

	(void)state;
	add_session(&p, 11, 0, DAILY);
	schedule_init(&s, now);
	s.last_drink = U(2024, 3, 1, 9, 0);
	schedule_pause(&s, U(2024, 3, 1, 12, 0));
	assert_int_equal(next_hyd(&p, &s, UTC, now, &why),
	    U(2024, 3, 1, 12, 0));
	assert_int_equal(why, SCHED_PAUSED);
	/* The 11:00 session falls in the pause: dropped, not late. */
	assert_int_equal(next_sess(&p, &s, UTC, 0, now), U(2024, 3, 2, 11, 0));
	assert_int_equal(schedule_due(&p, &s, UTC, U(2024, 3, 1, 11, 0), ev,
	    4), 0);
	/* At the end of the pause: one hydration reminder, no session. */
	assert_int_equal(schedule_due(&p, &s, UTC, U(2024, 3, 1, 12, 0), ev,
	    4), 1);
	assert_int_equal(ev[0].kind, SCHED_HYDRATION);
	/* Resume early: the session is back today. */
	schedule_init(&s, now);
	schedule_pause(&s, U(2024, 3, 1, 12, 0));
	schedule_pause(&s, 0);
	assert_int_equal(next_sess(&p, &s, UTC, 0, now), U(2024, 3, 1, 11, 0));
	/* A pause past the end of the active hours: the next morning. */
	schedule_pause(&s, U(2024, 3, 1, 23, 0));
	assert_int_equal(next_hyd(&p, &s, UTC, now, &why),
	    U(2024, 3, 2, 8, 45));
	assert_int_equal(why, SCHED_PAUSED);
}

/*
 * Once a pause is over it explains nothing: a reminder it held (not yet
 * sent, as when the status is asked before the daemon has woken) keeps
 * its own reason, and so does a snoozed session.
 */
static void
test_pause_ended(void **state)
{
	struct sched_params	p = params();
	struct sched_state	s;
	struct sched_event	ev;
	enum sched_reason	why;
	time_t			end = U(2024, 3, 1, 11, 0);

	(void)state;
	add_session(&p, 9, 0, DAILY);
	schedule_init(&s, U(2024, 3, 1, 9, 0));
	s.hydration.handled = U(2024, 3, 1, 9, 30);
	s.session[0].snooze = U(2024, 3, 1, 10, 30);
	schedule_pause(&s, end);
	/* 10:15 was due; held until 11:00 while the pause lasts. */
	assert_int_equal(next_hyd(&p, &s, UTC, end - 1, &why), end);
	assert_int_equal(why, SCHED_PAUSED);
	assert_true(schedule_next_session(&p, &s, UTC, 0, end - 1, &ev));
	assert_int_equal(ev.at, end);
	assert_int_equal(ev.reason, SCHED_PAUSED);
	/* From 11:00 on, the pause is over. */
	assert_int_equal(next_hyd(&p, &s, UTC, end, &why), end);
	assert_int_equal(why, SCHED_AFTER_REMINDER);
	assert_int_equal(next_hyd(&p, &s, UTC, end + 30, &why), end);
	assert_int_equal(why, SCHED_AFTER_REMINDER);
	assert_true(schedule_next_session(&p, &s, UTC, 0, end + 30, &ev));
	assert_int_equal(ev.at, end);
	assert_int_equal(ev.reason, SCHED_SNOOZED);
}

static void
test_skip_today(void **state)
{
	struct sched_params	p = params();
	struct sched_state	s;
	struct sched_event	ev[4];
	enum sched_reason	why;
	time_t			now = U(2024, 3, 1, 10, 0);

	(void)state;
	schedule_init(&s, now);
	assert_int_equal(schedule_due(&p, &s, UTC, now, ev, 4), 1);
	schedule_skip_today(&s, UTC, &ev[0], now);
	assert_int_equal(next_hyd(&p, &s, UTC, now, &why),
	    U(2024, 3, 2, 8, 45));
	assert_int_equal(why, SCHED_SKIPPED_TODAY);
}

static void
test_weekdays(void **state)
{
	struct sched_params	p = params();
	struct sched_state	s;
	time_t			now = U(2024, 3, 1, 22, 0);	/* a Friday */

	(void)state;
	p.hydration = 0;
	add_session(&p, 21, 30, MON_FRI);
	add_session(&p, 7, 30, 0x41);		/* weekends */
	add_session(&p, 18, 0, 0x2a);		/* mon,wed,fri */
	schedule_init(&s, now);
	assert_int_equal(next_sess(&p, &s, UTC, 0, now),
	    U(2024, 3, 4, 21, 30));
	assert_int_equal(next_sess(&p, &s, UTC, 1, now),
	    U(2024, 3, 2, 7, 30));
	assert_int_equal(next_sess(&p, &s, UTC, 2, now),
	    U(2024, 3, 4, 18, 0));
	s.session[1].handled = U(2024, 3, 2, 7, 30);
	assert_int_equal(next_sess(&p, &s, UTC, 1, now),
	    U(2024, 3, 3, 7, 30));
	s.session[1].handled = U(2024, 3, 3, 7, 30);
	assert_int_equal(next_sess(&p, &s, UTC, 1, now),
	    U(2024, 3, 9, 7, 30));
	/* The earliest of everything. */
	{
		struct sched_event ev;

		assert_true(schedule_next(&p, &s, UTC, now, &ev));
		assert_int_equal(ev.session, 2);
		assert_int_equal(ev.at, U(2024, 3, 4, 18, 0));
	}
	/* No days, no sessions; nothing at all to come. */
	p.nsessions = 1;
	p.sessions[0].weekdays = 0;
	assert_int_equal(next_sess(&p, &s, UTC, 0, now), 0);
	{
		struct sched_event ev;

		assert_false(schedule_next(&p, &s, UTC, now, &ev));
	}
}

static void
test_dst(void **state)
{
	struct sched_params	p = params();
	struct sched_state	s;
	time_t			now;

	(void)state;
	add_session(&p, 21, 30, DAILY);
	add_session(&p, 2, 30, DAILY);
	/* Saturday evening before the spring change (CET, UTC+1). */
	now = U(2024, 3, 30, 20, 31);			/* 21:31 CET */
	schedule_init(&s, now);
	/* 21:30 local stays 21:30 local: the day between is 23 h long. */
	assert_int_equal(next_sess(&p, &s, SPRING, 0, now),
	    U(2024, 3, 31, 19, 30));			/* 21:30 CEST */
	/* 02:30 does not exist that night: 03:00 CEST. */
	assert_int_equal(next_sess(&p, &s, SPRING, 1, now),
	    U(2024, 3, 31, 1, 0));
	s.session[1].handled = U(2024, 3, 31, 1, 0);
	assert_int_equal(next_sess(&p, &s, SPRING, 1, now),
	    U(2024, 4, 1, 0, 30));			/* 02:30 CEST */
	/* Hydration: 21:30 + 45 min is after 22:00; 08:45 CEST. */
	s.last_drink = U(2024, 3, 30, 20, 30);
	assert_int_equal(next_hyd(&p, &s, SPRING, now, NULL),
	    U(2024, 3, 31, 6, 45));
	/* An interval is real time, across the change too. */
	p.active_from = 0;
	p.active_to = 23 * 60 + 59;
	s.last_drink = U(2024, 3, 31, 0, 50);		/* 01:50 CET */
	assert_int_equal(next_hyd(&p, &s, SPRING, U(2024, 3, 31, 0, 55), NULL),
	    U(2024, 3, 31, 1, 35));			/* 03:35 CEST */

	/* Autumn: 02:30 happens twice; the session comes once. */
	p = params();
	add_session(&p, 2, 30, DAILY);
	now = U(2024, 10, 26, 22, 0);
	schedule_init(&s, now);
	assert_int_equal(next_sess(&p, &s, AUTUMN, 0, now),
	    U(2024, 10, 27, 0, 30));			/* first 02:30 */
	s.session[0].handled = U(2024, 10, 27, 0, 30);
	assert_int_equal(next_sess(&p, &s, AUTUMN, 0, now),
	    U(2024, 10, 28, 1, 30));			/* 02:30 CET */
	/* The 25-hour day: tomorrow's window starts 08:00 CET. */
	s.last_drink = U(2024, 10, 26, 19, 30);		/* 21:30 CEST */
	assert_int_equal(next_hyd(&p, &s, AUTUMN, now, NULL),
	    U(2024, 10, 27, 7, 45));			/* 08:45 CET */
}

/* The same daylight-saving facts through the C library's zone. */
static void
test_dst_libc(void **state)
{
	struct sched_params	p = params();
	struct sched_state	s;
	char			*old = getenv("TZ");
	time_t			now;

	(void)state;
	old = old ? strdup(old) : NULL;
	/* A POSIX rule needs no zoneinfo files. */
	setenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3", 1);
	tzset();
	add_session(&p, 21, 30, DAILY);
	add_session(&p, 2, 30, DAILY);
	now = U(2024, 3, 30, 20, 31);
	schedule_init(&s, now);
	assert_int_equal(next_sess(&p, &s, &cal_zone_local, 0, now),
	    U(2024, 3, 31, 19, 30));
	assert_int_equal(next_sess(&p, &s, &cal_zone_local, 1, now),
	    U(2024, 3, 31, 1, 0));
	assert_int_equal(schedule_local_time(&cal_zone_local, 2024, 10, 27,
	    150), U(2024, 10, 27, 0, 30));
	if (old != NULL) {
		setenv("TZ", old, 1);
		free(old);
	} else
		unsetenv("TZ");
	tzset();
}

static void
test_suspend_one_catch_up(void **state)
{
	struct sched_params	p = params();
	struct sched_state	s;
	struct sched_event	ev[8];
	size_t			n;
	time_t			now;

	(void)state;
	add_session(&p, 12, 0, DAILY);
	schedule_init(&s, U(2024, 3, 1, 9, 0));
	s.hydration.handled = U(2024, 3, 1, 10, 0);
	/* Asleep from 10:05 to 15:00: hydration was due at 10:45, the
	   session at 12:00 (past its hour of grace). */
	now = U(2024, 3, 1, 15, 0);
	n = schedule_due(&p, &s, UTC, now, ev, 8);
	assert_int_equal(n, 2);
	assert_int_equal(deliverable(ev, n), 1);
	assert_int_equal(ev[0].kind, SCHED_HYDRATION);
	assert_false(ev[0].missed);
	assert_int_equal(ev[1].kind, SCHED_SESSION);
	assert_true(ev[1].missed);
	assert_int_equal(ev[1].occurrence, U(2024, 3, 1, 12, 0));
	/* Nothing more now, and the next is an interval away. */
	assert_int_equal(schedule_due(&p, &s, UTC, now, ev, 8), 0);
	assert_int_equal(next_hyd(&p, &s, UTC, now, NULL),
	    U(2024, 3, 1, 15, 45));
	assert_int_equal(next_sess(&p, &s, UTC, 0, now), U(2024, 3, 2, 12, 0));
}

static void
test_suspend_session_wins(void **state)
{
	struct sched_params	p = params();
	struct sched_state	s;
	struct sched_event	ev[8];
	size_t			n, i, sessions = 0;
	time_t			now;

	(void)state;
	add_session(&p, 14, 30, DAILY);
	add_session(&p, 14, 0, DAILY);
	schedule_init(&s, U(2024, 2, 26, 9, 0));
	s.hydration.handled = U(2024, 2, 26, 10, 0);
	/* Three days asleep; both sessions are within their grace today. */
	now = U(2024, 3, 1, 15, 0);
	n = schedule_due(&p, &s, UTC, now, ev, 8);
	assert_int_equal(n, 3);
	assert_int_equal(deliverable(ev, n), 1);
	for (i = 0; i < n; i++) {
		if (ev[i].missed)
			continue;
		/* The most recent session is the one. */
		assert_int_equal(ev[i].kind, SCHED_SESSION);
		assert_int_equal(ev[i].occurrence, U(2024, 3, 1, 14, 30));
		sessions++;
	}
	assert_int_equal(sessions, 1);
	/* The hydration reminder held back waits a full interval. */
	assert_int_equal(next_hyd(&p, &s, UTC, now, NULL),
	    U(2024, 3, 1, 15, 45));
	assert_int_equal(schedule_due(&p, &s, UTC, now, ev, 8), 0);
}

static void
test_missed_past_grace(void **state)
{
	struct sched_params	p = params();
	struct sched_state	s;
	struct sched_event	ev[4];
	size_t			n;

	(void)state;
	p.hydration = 0;
	add_session(&p, 8, 0, DAILY);
	schedule_init(&s, U(2024, 3, 1, 7, 0));
	/* 59 min late: delivered; the next day 61 min late: skipped. */
	n = schedule_due(&p, &s, UTC, U(2024, 3, 1, 8, 59), ev, 4);
	assert_int_equal(n, 1);
	assert_false(ev[0].missed);
	n = schedule_due(&p, &s, UTC, U(2024, 3, 2, 9, 1), ev, 4);
	assert_int_equal(n, 1);
	assert_true(ev[0].missed);
	assert_int_equal(ev[0].occurrence, U(2024, 3, 2, 8, 0));
	assert_int_equal(next_sess(&p, &s, UTC, 0, U(2024, 3, 2, 9, 1)),
	    U(2024, 3, 3, 8, 0));
}

/*
 * Two sessions caught up after a gap, both within their hour of grace:
 * the later is sent and the earlier held back, which is not the same as
 * being missed by more than the grace (and the log must not say so).
 */
static void
test_missed_why(void **state)
{
	struct sched_params	p = params();
	struct sched_state	s;
	struct sched_event	ev[4];
	size_t			n, i;

	(void)state;
	p.hydration = 0;
	add_session(&p, 10, 0, DAILY);
	add_session(&p, 10, 10, DAILY);
	/* Asleep from 09:00 to 10:20: 20 and 10 minutes late. */
	schedule_init(&s, U(2024, 3, 1, 9, 0));
	n = schedule_due(&p, &s, UTC, U(2024, 3, 1, 10, 20), ev, 4);
	assert_int_equal(n, 2);
	for (i = 0; i < n; i++) {
		assert_int_equal(ev[i].kind, SCHED_SESSION);
		if (ev[i].session == 0)
			assert_int_equal(ev[i].missed, SCHED_HELD_BACK);
		else
			assert_int_equal(ev[i].missed, SCHED_DELIVER);
	}
	/* The next day, asleep to 11:05: 10:00 is past its grace. */
	n = schedule_due(&p, &s, UTC, U(2024, 3, 2, 11, 5), ev, 4);
	assert_int_equal(n, 2);
	for (i = 0; i < n; i++) {
		if (ev[i].session == 0)
			assert_int_equal(ev[i].missed, SCHED_MISSED_GRACE);
		else
			assert_int_equal(ev[i].missed, SCHED_DELIVER);
	}
}

static void
test_on_time_together(void **state)
{
	struct sched_params	p = params();
	struct sched_state	s;
	struct sched_event	ev[4];
	size_t			n;

	(void)state;
	add_session(&p, 10, 0, DAILY);
	add_session(&p, 10, 0, DAILY);
	schedule_init(&s, U(2024, 3, 1, 9, 0));
	s.last_drink = U(2024, 3, 1, 9, 15);
	/* On time (not a catch-up): all three come. */
	n = schedule_due(&p, &s, UTC, U(2024, 3, 1, 10, 0), ev, 4);
	assert_int_equal(n, 3);
	assert_int_equal(deliverable(ev, n), 3);
}

static void
test_retry(void **state)
{
	struct sched_params	p = params();
	struct sched_state	s;
	struct sched_event	ev[4];
	enum sched_reason	why;
	time_t			now = U(2024, 3, 1, 10, 0);

	(void)state;
	add_session(&p, 10, 0, DAILY);
	schedule_init(&s, U(2024, 3, 1, 9, 0));
	s.last_drink = U(2024, 3, 1, 9, 15);
	assert_int_equal(schedule_due(&p, &s, UTC, now, ev, 4), 2);
	/* The server was away: try again in a minute. */
	schedule_failed(&s, &ev[0], now + MIN);
	schedule_failed(&s, &ev[1], now + MIN);
	assert_int_equal(next_hyd(&p, &s, UTC, now, &why), now + MIN);
	assert_int_equal(why, SCHED_RETRY);
	assert_int_equal(next_sess(&p, &s, UTC, 0, now), now + MIN);
	assert_int_equal(schedule_due(&p, &s, UTC, now + MIN, ev, 4), 2);
	assert_int_equal(deliverable(ev, 2), 2);
	/* A session retried past its grace is given up. */
	schedule_failed(&s, &ev[1], now + 2 * HOUR);
	assert_int_equal(next_sess(&p, &s, UTC, 0, now), now + 2 * HOUR);
	p.hydration = 0;
	assert_int_equal(schedule_due(&p, &s, UTC, now + 2 * HOUR, ev, 4), 1);
	assert_true(ev[0].missed);
	assert_int_equal(next_sess(&p, &s, UTC, 0, now + 2 * HOUR),
	    U(2024, 3, 2, 10, 0));
}

static void
test_reset_sessions(void **state)
{
	struct sched_params	p = params();
	struct sched_state	s;
	time_t			now = U(2024, 3, 1, 10, 30);

	(void)state;
	add_session(&p, 10, 0, DAILY);
	schedule_init(&s, U(2024, 3, 1, 9, 0));
	s.session[0].snooze = now + MIN;
	/* A reload forgets snoozes and never re-sends the past. */
	schedule_reset_sessions(&s, now);
	assert_int_equal(next_sess(&p, &s, UTC, 0, now), U(2024, 3, 2, 10, 0));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_local_time),
		cmocka_unit_test(test_hydration_basic),
		cmocka_unit_test(test_hydration_window_end),
		cmocka_unit_test(test_hydration_across_midnight),
		cmocka_unit_test(test_goal_met),
		cmocka_unit_test(test_snooze),
		cmocka_unit_test(test_pause),
		cmocka_unit_test(test_pause_ended),
		cmocka_unit_test(test_skip_today),
		cmocka_unit_test(test_weekdays),
		cmocka_unit_test(test_dst),
		cmocka_unit_test(test_dst_libc),
		cmocka_unit_test(test_suspend_one_catch_up),
		cmocka_unit_test(test_suspend_session_wins),
		cmocka_unit_test(test_missed_past_grace),
		cmocka_unit_test(test_missed_why),
		cmocka_unit_test(test_on_time_together),
		cmocka_unit_test(test_retry),
		cmocka_unit_test(test_reset_sessions),
	};

	return cmocka_run_group_tests(tests, setup_zones, NULL);
}
