/*
 * schedule: when reminders are due. Pure: libc only, time and zone passed
 * in. Local times become instants through calendar.c (the zone's UTC
 * offset, no mktime), so a test zone can model any daylight saving rule. Invariants: an event is never due before now-as-passed; a
 * slot's handled time only moves forward; at most one late event per call
 * is delivered, so a resume never brings a burst.
 */
#include "schedule.h"

#include <string.h>


static long
local_day(const struct cal_zone *z, time_t t)
{
	return cal_day(z, t, NULL);
}

/* The instant of minute m on local day number day. */
static time_t
day_minute(const struct cal_zone *z, long day, int m)
{
	return cal_instant(z, (int)day, m);
}

time_t
schedule_local_time(const struct cal_zone *z, int year, int month, int day,
    int minute)
{
	return cal_instant(z, cal_day_number(year, month, day), minute);
}

void
schedule_local_date(const struct cal_zone *z, time_t t, int *year,
    int *month, int *day, int *minute, int *weekday)
{
	cal_local_date(z, t, year, month, day, minute, weekday);
}

/* The active window starting on local day `day`: [*ws, *we). */
static void
window_on(const struct sched_params *p, const struct cal_zone *z, long day,
    time_t *ws, time_t *we)
{
	*ws = day_minute(z, day, p->active_from);
	if (p->active_to > p->active_from)
		*we = day_minute(z, day, p->active_to);
	else	/* crosses midnight, or all day when equal */
		*we = day_minute(z, day + 1, p->active_to);
}

/* The local day of the first window that has not ended by now. */
static long
first_window_day(const struct sched_params *p, const struct cal_zone *z,
    time_t now)
{
	long	day = local_day(z, now) - 1;
	time_t	ws, we;

	for (;;) {
		window_on(p, z, day, &ws, &we);
		if (we > now)
			return day;
		day++;
	}
}

static time_t
max_t(time_t a, time_t b)
{
	return a > b ? a : b;
}

int
schedule_next_hydration(const struct sched_params *p,
    const struct sched_state *s, const struct cal_zone *z, time_t now,
    struct sched_event *ev)
{
	const struct sched_slot	*h = &s->hydration;
	enum sched_reason	 held = SCHED_AFTER_START, why;
	time_t			 ds, de, ws, we, lo, base, at;
	long			 day;
	int			 k, held_set = 0, met;

	if (!p->hydration || p->interval <= 0)
		return 0;
	cal_day_bounds(z, now, &ds, &de);
	met = s->drunk_ml >= 0 && s->drunk_ml >= p->goal_ml;
	day = first_window_day(p, z, now);
	/* A window can be used up (goal met, skip, pause): try the next. */
	for (k = 0; k < 8; k++, day++) {
		window_on(p, z, day, &ws, &we);
		base = ws;
		why = SCHED_AFTER_START;
		if (s->last_drink > base && s->last_drink >= h->handled) {
			base = s->last_drink;
			why = SCHED_AFTER_DRINK;
		} else if (h->handled > base) {
			base = h->handled;
			why = SCHED_AFTER_REMINDER;
		}
		at = base + p->interval;
		/* Snooze and retry belong to the last reminder, unless a
		   drink has come since. */
		if (why == SCHED_AFTER_REMINDER) {
			if (h->snooze != 0) {
				at = h->snooze;
				why = SCHED_SNOOZED;
			}
			if (h->retry != 0 && h->retry < at) {
				at = h->retry;
				why = SCHED_RETRY;
			}
		}
		lo = max_t(ws, max_t(s->pause_until, s->skip_until));
		if (at < lo) {
			at = lo;
			/* A pause that has ended no longer explains it. */
			if (lo == s->pause_until) {
				if (lo > now)
					why = SCHED_PAUSED;
			} else if (lo == s->skip_until)
				why = SCHED_SKIPPED_TODAY;
		}
		/* Goal met: nothing more until the calendar day turns. */
		if (met && at >= ds && at < de) {
			at = de;
			why = SCHED_GOAL_MET;
		}
		if (at >= we) {
			if (!held_set && (why == SCHED_PAUSED ||
			    why == SCHED_SKIPPED_TODAY ||
			    why == SCHED_GOAL_MET)) {
				held = why;
				held_set = 1;
			}
			continue;
		}
		memset(ev, 0, sizeof *ev);
		ev->kind = SCHED_HYDRATION;
		ev->at = at;
		ev->reason = held_set ? held : why;
		return 1;
	}
	return 0;
}

/* The first planned time of session i strictly after t; 0 if none. */
static time_t
occurrence_after(const struct sched_session *ss, const struct cal_zone *z,
    time_t t)
{
	long	day = local_day(z, t) - 1;
	time_t	o;
	int	k;

	if ((ss->weekdays & 0x7f) == 0)
		return 0;
	for (k = 0; k < 10; k++, day++) {
		if (!(ss->weekdays & (1u << cal_weekday((int)day))))
			continue;
		if ((o = day_minute(z, day, ss->minute)) > t)
			return o;
	}
	return 0;
}

int
schedule_next_session(const struct sched_params *p,
    const struct sched_state *s, const struct cal_zone *z, size_t i,
    time_t now, struct sched_event *ev)
{
	const struct sched_slot	*sl = &s->session[i];
	time_t			 o, after;

	if (i >= p->nsessions)
		return 0;
	memset(ev, 0, sizeof *ev);
	ev->kind = SCHED_SESSION;
	ev->session = i;
	if (sl->snooze != 0 || sl->retry != 0) {
		ev->occurrence = sl->handled;
		if (sl->snooze != 0) {
			ev->at = sl->snooze;
			ev->reason = SCHED_SNOOZED;
		}
		if (sl->retry != 0 && (ev->at == 0 || sl->retry < ev->at)) {
			ev->at = sl->retry;
			ev->reason = SCHED_RETRY;
		}
		if (ev->at < s->pause_until) {
			ev->at = s->pause_until;
			if (s->pause_until > now)
				ev->reason = SCHED_PAUSED;
		}
		return 1;
	}
	/* Planned times inside a pause are dropped, not delivered late. */
	after = sl->handled;
	if (s->pause_until > 0 && s->pause_until - 1 > after)
		after = s->pause_until - 1;
	if ((o = occurrence_after(&p->sessions[i], z, after)) == 0)
		return 0;
	ev->at = ev->occurrence = o;
	ev->reason = SCHED_OCCURRENCE;
	return 1;
}

int
schedule_next(const struct sched_params *p, const struct sched_state *s,
    const struct cal_zone *z, time_t now, struct sched_event *ev)
{
	struct sched_event	e;
	size_t			i;
	int			found;

	found = schedule_next_hydration(p, s, z, now, ev);
	for (i = 0; i < p->nsessions; i++) {
		if (!schedule_next_session(p, s, z, i, now, &e))
			continue;
		if (!found || e.at < ev->at) {
			*ev = e;
			found = 1;
		}
	}
	return found;
}

/* Session i at now: 1 with ev if something is to be delivered or told. */
static int
session_due(const struct sched_params *p, struct sched_state *s,
    const struct cal_zone *z, size_t i, time_t now, struct sched_event *ev)
{
	struct sched_slot	*sl = &s->session[i];
	struct sched_event	 e, missed;
	int			 have_missed = 0;

	while (schedule_next_session(p, s, z, i, now, &e) && e.at <= now) {
		if (e.reason == SCHED_OCCURRENCE)
			sl->handled = e.occurrence;
		sl->snooze = sl->retry = 0;
		/* A snoozed session is late by the user's choice. */
		if (e.reason != SCHED_SNOOZED &&
		    now - e.occurrence > p->grace) {
			missed = e;
			missed.missed = SCHED_MISSED_GRACE;
			have_missed = 1;
			continue;
		}
		*ev = e;
		return 1;
	}
	if (have_missed)
		*ev = missed;
	return have_missed;
}

size_t
schedule_due(const struct sched_params *p, struct sched_state *s,
    const struct cal_zone *z, time_t now, struct sched_event *out,
    size_t max)
{
	struct sched_event	 e, cand[SCHED_MAX_SESSIONS + 1];
	size_t			 n = 0, i, keep = 0, nlate = 0, nout = 0;

	if (schedule_next_hydration(p, s, z, now, &e) && e.at <= now) {
		s->hydration.handled = now;
		s->hydration.snooze = s->hydration.retry = 0;
		cand[n++] = e;
	}
	for (i = 0; i < p->nsessions; i++)
		if (session_due(p, s, z, i, now, &e))
			cand[n++] = e;
	/*
	 * No burst: of the late events, deliver one. A session wins over
	 * hydration (rarer, and planned), the most recent session first.
	 */
	for (i = 0; i < n; i++) {
		if (cand[i].missed || now - cand[i].at <= SCHED_LATE_S)
			continue;
		if (nlate++ == 0 || (cand[i].kind == SCHED_SESSION &&
		    (cand[keep].kind == SCHED_HYDRATION ||
		    cand[i].occurrence > cand[keep].occurrence)))
			keep = i;
	}
	for (i = 0; i < n; i++) {
		if (nlate > 1 && !cand[i].missed && i != keep &&
		    now - cand[i].at > SCHED_LATE_S)
			cand[i].missed = SCHED_HELD_BACK;
		if (nout < max)
			out[nout++] = cand[i];
	}
	return nout;
}

void
schedule_init(struct sched_state *s, time_t now)
{
	memset(s, 0, sizeof *s);
	s->drunk_ml = -1;
	schedule_reset_sessions(s, now);
}

void
schedule_reset_sessions(struct sched_state *s, time_t now)
{
	size_t i;

	for (i = 0; i < SCHED_MAX_SESSIONS; i++) {
		s->session[i].handled = now;
		s->session[i].snooze = s->session[i].retry = 0;
	}
}

static struct sched_slot *
slot_of(struct sched_state *s, const struct sched_event *ev)
{
	if (ev->kind == SCHED_SESSION && ev->session < SCHED_MAX_SESSIONS)
		return &s->session[ev->session];
	if (ev->kind == SCHED_HYDRATION)
		return &s->hydration;
	return NULL;
}

void
schedule_failed(struct sched_state *s, const struct sched_event *ev,
    time_t retry_at)
{
	struct sched_slot *sl = slot_of(s, ev);

	if (sl != NULL)
		sl->retry = retry_at;
}

void
schedule_snooze(struct sched_state *s, const struct sched_event *ev,
    time_t until)
{
	struct sched_slot *sl = slot_of(s, ev);

	if (sl != NULL) {
		sl->snooze = until;
		sl->retry = 0;
	}
}

void
schedule_skip_today(struct sched_state *s, const struct cal_zone *z,
    const struct sched_event *ev, time_t now)
{
	struct sched_slot	*sl = slot_of(s, ev);
	time_t			 from, to;

	if (sl == NULL)
		return;
	sl->snooze = sl->retry = 0;
	if (ev->kind == SCHED_HYDRATION) {
		cal_day_bounds(z, now, &from, &to);
		s->skip_until = to;
	}
}

void
schedule_pause(struct sched_state *s, time_t until)
{
	s->pause_until = until;
}
