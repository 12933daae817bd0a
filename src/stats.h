/*
 * stats: the figures of the history screen and `unclench stats`, worked
 * out from plain arrays of records already bucketed into local days. Days
 * are calendar.c's numbers (days since 1970-01-01 in the local calendar), so
 * month ends, leap years and time zones are settled before the figures
 * start: the caller buckets with cal_day (history.c) or cal_bucket (tests).
 * Pure: libc and core headers only.
 */
#ifndef UNCLENCH_STATS_H
#define UNCLENCH_STATS_H

#include <stddef.h>
#include <stdint.h>

#define STATS_WATER_DAYS	14	/* water chart: the last 14 days */
#define STATS_WEEKS		12	/* cramps per week, heat map */
#define STATS_HOURS		24
#define STATS_MAX_PARTS		15	/* parts counted by name; more: other */
#define STATS_DEFAULT_DAYS	84	/* the period of the totals: 12 weeks */
#define STATS_MAX_DAYS		3660
/* A comparison needs this many days (or nights) on each side. */
#define STATS_MIN_GROUP		7
/* An evening stretch starts from 17:00 to midnight, local time. */
#define STATS_EVENING_FROM	(17 * 60)
/* The period table: at most this many lines (spans of days). */
#define STATS_SPANS		14
#define STATS_MAX_TRIGGERS	8

/* One drink, cramp or session, bucketed into its local day and minute. */
struct stats_drink {
	int	 day;
	long	 ml;
};
struct stats_cramp {
	int	 day;
	int	 minute;	/* 0-1439 */
	int	 part;		/* index in relief_parts[], -1 other */
	int	 severity;	/* 1-10, 0 not given */
	int	 trigger;	/* 1 + index in cramp_triggers[], 0 none */
};
struct stats_session {
	int	 day;
	int	 minute;
	int	 kind;		/* enum routine_kind */
	int	 completed;
	long	 seconds;	/* time spent, >= 0 */
};

struct stats_input {
	int			 today;		/* local day number of now */
	int			 now_minute;	/* local minute of now */
	int			 first_day;	/* day of the first record; >
						   today if there is none */
	int			 days;		/* period of the totals */
	long			 goal_ml;	/* the daily water goal */
	int			 night_from;	/* night hours (minutes), */
	int			 night_to;	/*  may cross midnight */
	/*
	 * Records from stats_first_needed_day() to today, in any order;
	 * records outside that span are ignored.
	 */
	const struct stats_drink	*drinks;
	size_t				 ndrinks;
	const struct stats_cramp	*cramps;
	size_t				 ncramps;
	const struct stats_session	*sessions;
	size_t				 nsessions;
	/* Every day ever with a completed session, ascending (repeats ok). */
	const int			*done_days;
	size_t				 ndone_days;
};

/*
 * One line of the period table: the days first_day..last_day (the first
 * span may be shorter, cut at the period's start; the last ends today).
 */
struct stats_span {
	int	 first_day, last_day;
	/*
	 * Water a day: a one-day span's total (today's so far included);
	 * else the average over its whole days (before today) with a drink
	 * logged, -1 if there is none.
	 */
	long	 water_ml;
	int	 cramps;
	long	 practice_s;	/* every session, completed or not */
};

/*
 * "A vs B" with its counts: events per unit (day or night) in group A
 * against group B. enough is 0 while either group has fewer than
 * STATS_MIN_GROUP units: no claim is made then.
 */
struct stats_compare {
	int	 enough;
	int	 units_a, events_a;
	int	 units_b, events_b;
};

struct stats {
	int	 today;
	int	 days;		/* period of the totals ... */
	int	 from_day;	/* ... from this day to today */
	long	 goal_ml;

	/* Water: water_ml[i] is day water_day0 + i; the last is today. */
	int	 water_day0;
	long	 water_ml[STATS_WATER_DAYS];
	long	 water_today;
	/* Whole days of the period before today with a drink logged: */
	int	 water_days_logged;
	int	 water_days_at_goal;
	long	 water_avg_ml;

	/*
	 * Cramps per calendar week (Monday first); cramps_week[i] is the
	 * week starting day week0 + 7 * i; the last is this week.
	 */
	int	 week0;
	int	 cramps_week[STATS_WEEKS];
	/* Over the period: */
	int	 cramps_total;
	int	 cramps_part[STATS_MAX_PARTS + 1];	/* last: other */
	int	 cramps_hour[STATS_HOURS];

	/* Stretching: streaks of days with a completed session. */
	int	 streak_current;	/* ends today, or yesterday */
	int	 streak_best;		/* ever */
	/* Heat map: seconds of practice on day week0 + 7 * w + d (d 0 is
	   Monday); -1 for days after today. */
	long	 heat_s[STATS_WEEKS][7];
	long	 minutes_week;		/* this calendar week, all sessions */
	int	 sessions_week;		/* completed this week */

	/*
	 * Insights. water: A = days below the goal, B = days at or above
	 * it (whole days with at least one drink logged), events = cramps.
	 * stretch: A = nights after an evening stretch, B = nights without,
	 * events = cramps in the night hours.
	 */
	struct stats_compare	 water;
	struct stats_compare	 stretch;

	/* Over the period: everything follows the days asked for. */
	int			 span_days;	/* days per line */
	int			 nspans;	/* oldest first */
	struct stats_span	 span[STATS_SPANS];
	long			 practice_s;	/* every session */
	int			 sessions_done;	/* completed */
	/* Cramps with a severity given; its mean and median. */
	int			 severity_n;
	double			 severity_mean, severity_median;
	/* Cramps with a trigger noted, and each trigger's count. */
	int			 triggers_n;
	int			 trigger_count[STATS_MAX_TRIGGERS];
};

/* The first day whose records stats_compute() reads. */
int	 stats_first_needed_day(int today, int days);

/* Current and best streak of consecutive days in days[] (ascending). */
void	 stats_streaks(const int *days, size_t n, int today, int *current,
	     int *best);
/* 0 none, 1 under 5 min, 2 under 15, 3 under 30, 4 at least 30. */
int	 stats_heat_level(long seconds);
/* events / units, 0 when units is 0. */
double	 stats_rate(int events, int units);

/* Days per line of the period table for a period of days: 1, 7 or more. */
int	 stats_span_days(int days);

/* Work out every figure. */
void	 stats_compute(const struct stats_input *, struct stats *);

/*
 * The insight sentences, with the numbers behind them or "not enough
 * data yet". Shared by the screen and `unclench stats`.
 */
void	 stats_water_text(const struct stats *, char *, size_t);
void	 stats_stretch_text(const struct stats *, char *, size_t);
/*
 * Severity (mean and median) and the most common triggers with their
 * counts; "not enough data yet" below STATS_MIN_GROUP cramps with one.
 */
void	 stats_severity_text(const struct stats *, char *, size_t);
void	 stats_trigger_text(const struct stats *, char *, size_t);

#endif
