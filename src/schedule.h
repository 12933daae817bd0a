/*
 * schedule: the reminder maths, pure. Given the settings, what happened
 * (last drink, last reminder, snooze, pause) and the time now, it says
 * when the next reminder is due and which are due now. It never reads a
 * clock: time and the time zone are passed in, so tests cover midnight,
 * daylight saving and a week-long suspend in microseconds.
 *
 * Wall-clock settings (active hours, session times) are local times. A
 * local time that does not exist (the hour skipped in spring) means the
 * first instant after the gap; one that exists twice (autumn) means the
 * first of the two. Intervals are real elapsed seconds.
 */
#ifndef UNCLENCH_SCHEDULE_H
#define UNCLENCH_SCHEDULE_H

#include <stddef.h>
#include <time.h>

#include "calendar.h"

#define SCHED_MAX_SESSIONS	32
/* A due event later than this (a suspend, a stall) is a catch-up. */
#define SCHED_LATE_S		60

/* One scheduled session: a local time on some weekdays. */
struct sched_session {
	int		 minute;	/* minutes since local midnight */
	unsigned	 weekdays;	/* bit 0 Sunday .. bit 6 Saturday */
};

/* The settings the scheduler needs, copied from struct config. */
struct sched_params {
	int		 hydration;	/* hydration reminders on */
	time_t		 interval;	/* s after the last drink */
	int		 active_from;	/* minute of day */
	int		 active_to;	/* may cross midnight; = from: all */
	long		 goal_ml;	/* daily goal (or fluid limit) */
	time_t		 grace;		/* s; later sessions are skipped */
	size_t		 nsessions;
	struct sched_session sessions[SCHED_MAX_SESSIONS];
};

/* What happened to one kind of reminder. */
struct sched_slot {
	/* hydration: last reminder sent; session: last planned time sent
	   or skipped */
	time_t	 handled;
	time_t	 snooze;	/* remind again at this time (0: none) */
	time_t	 retry;		/* delivery failed: try again (0: none) */
};

struct sched_state {
	/* Facts from the store, refreshed by the caller before each call. */
	time_t		 last_drink;	/* 0: none known */
	long		 drunk_ml;	/* today (cal_day_bounds); < 0 unknown */
	/* Kept by the scheduler and its callers' requests. */
	time_t		 pause_until;	/* nothing before (0: none) */
	time_t		 skip_until;	/* no hydration before this */
	struct sched_slot hydration;
	struct sched_slot session[SCHED_MAX_SESSIONS];
};

enum sched_kind { SCHED_NONE, SCHED_HYDRATION, SCHED_SESSION };

/* Why an event is at its time (for `unclench daemon --status`). */
enum sched_reason {
	SCHED_AFTER_START,	/* interval after the active hours began */
	SCHED_AFTER_DRINK,	/* interval after the last drink */
	SCHED_AFTER_REMINDER,	/* interval after the last reminder */
	SCHED_SNOOZED,
	SCHED_RETRY,		/* the last delivery failed */
	SCHED_PAUSED,		/* held until the pause ends */
	SCHED_GOAL_MET,		/* today's goal is met: the next day */
	SCHED_SKIPPED_TODAY,	/* "Skip today": the next day */
	SCHED_OCCURRENCE	/* a session's planned time */
};

/* Why a due event is not to be delivered (0: it is). */
enum sched_missed {
	SCHED_DELIVER,
	SCHED_MISSED_GRACE,	/* a session later than its grace */
	SCHED_HELD_BACK		/* a catch-up after a gap: another one won */
};

struct sched_event {
	enum sched_kind	 kind;
	size_t		 session;	/* index, for SCHED_SESSION */
	time_t		 at;		/* when it is due */
	time_t		 occurrence;	/* session: the planned time */
	enum sched_reason reason;	/* SCHED_PAUSED only while it lasts */
	enum sched_missed missed;	/* due: not to be delivered */
};

/* A fresh state at start-up: sessions planned before now are not due. */
void	 schedule_init(struct sched_state *, time_t now);
/* After a reload (sessions may have changed): forget per-session state. */
void	 schedule_reset_sessions(struct sched_state *, time_t now);

/* The next hydration reminder; 0 if there is none to come. */
int	 schedule_next_hydration(const struct sched_params *,
	     const struct sched_state *, const struct cal_zone *, time_t now,
	     struct sched_event *);
/* The next reminder of session i; 0 if none. */
int	 schedule_next_session(const struct sched_params *,
	     const struct sched_state *, const struct cal_zone *, size_t i,
	     time_t now, struct sched_event *);
/* The earliest of all; 0 if nothing is to come. */
int	 schedule_next(const struct sched_params *, const struct sched_state *,
	     const struct cal_zone *, time_t now, struct sched_event *);

/*
 * The events due at now, marked as handled in the state. After a gap
 * (suspend) at most one late event is to be delivered; the others, and
 * sessions later than their grace, come back with missed set (for the log).
 * Returns the count stored in out (at most max).
 */
size_t	 schedule_due(const struct sched_params *, struct sched_state *,
	     const struct cal_zone *, time_t now, struct sched_event *out,
	     size_t max);

/* Delivery of ev failed: try again at retry_at. */
void	 schedule_failed(struct sched_state *, const struct sched_event *,
	     time_t retry_at);
/* The user asked to be reminded of ev again at until. */
void	 schedule_snooze(struct sched_state *, const struct sched_event *,
	     time_t until);
/* "Skip today": no more hydration reminders today; a session's snooze
   or retry is dropped. */
void	 schedule_skip_today(struct sched_state *, const struct cal_zone *,
	     const struct sched_event *, time_t now);
/* Hold every reminder until until (0 resumes). */
void	 schedule_pause(struct sched_state *, time_t until);

/* The instant a local date and time happen (see above for gaps). */
time_t	 schedule_local_time(const struct cal_zone *, int year, int month,
	     int day, int minute);
/* Local date, minute of day and weekday (0 Sunday) of instant t. */
void	 schedule_local_date(const struct cal_zone *, time_t t, int *year,
	     int *month, int *day, int *minute, int *weekday);

#endif
