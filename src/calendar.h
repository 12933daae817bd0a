/*
 * calendar: the one civil calendar. Days are numbers (days since
 * 1970-01-01 in the local calendar), a time zone is injected (all the
 * calendar needs is the UTC offset at an instant), and every "today",
 * day bound, weekday and typed date or time goes through here. Base
 * layer: libc only, so tests model any daylight-saving rule.
 *
 * A local time that does not exist (the hour skipped in spring) means
 * the first instant after the gap; one that exists twice (autumn) means
 * the first of the two.
 */
#ifndef UNCLENCH_CALENDAR_H
#define UNCLENCH_CALENDAR_H

#include <stdint.h>
#include <time.h>

#define CAL_DAY_S	86400L
#define CAL_DAY_MIN	1440

/* A time zone: the UTC offset in effect at an instant. */
struct cal_zone {
	/* Seconds east of UTC in effect at instant t. */
	long	(*utc_offset)(const struct cal_zone *, time_t t);
	void	*arg;		/* for test zones */
};

/* The process's zone (TZ, /etc/localtime), through localtime_r. */
extern const struct cal_zone cal_zone_local;

/* Day number of a civil date (proleptic Gregorian; 1970-01-01 is 0). */
int	 cal_day_number(int year, int month, int mday);
/* The civil date of a day number. */
void	 cal_civil(int day, int *year, int *month, int *mday);
/* The weekday of a day number: 0 Sunday .. 6 Saturday (as tm_wday and
   the schedule's weekday bits). */
int	 cal_weekday(int day);
/* The Monday on or before day (weeks start on a Monday). */
int	 cal_monday(int day);
/* Days in a month (1-12) of a year. */
int	 cal_month_days(int year, int month);

/* The local day holding instant t, and its minute (0-1439; may be NULL). */
int	 cal_day(const struct cal_zone *, time_t t, int *minute);
/* The same at a fixed offset from UTC (seconds east). */
void	 cal_bucket(int64_t t, long utc_offset_s, int *day, int *minute);
/* The instant of minute m (0-1440) of local day `day`. */
time_t	 cal_instant(const struct cal_zone *, int day, int minute);
/* Does minute m of that day exist (not skipped by a clock change)? */
int	 cal_exists(const struct cal_zone *, int day, int minute);
/* The local day holding t, [*from, *to): midnight to midnight. */
void	 cal_day_bounds(const struct cal_zone *, time_t t, time_t *from,
	     time_t *to);
/* Local date, minute of day and weekday of t. */
void	 cal_local_date(const struct cal_zone *, time_t t, int *year,
	     int *month, int *mday, int *minute, int *weekday);

/* n decimal digits at s (no sign, no space) into *out. */
int	 cal_digits(const char *s, int n, int *out);
/* "YYYY-MM-DD" at s (10 characters, no more read) into a day number;
   on error *why says what is wrong. */
int	 cal_parse_date(const char *s, int *day, const char **why);
/* "HH:MM" at s (5 characters) into hours and minutes, 00:00-23:59. */
int	 cal_parse_hm(const char *s, int *hh, int *mm);
/*
 * A typed local time: "YYYY-MM-DD HH:MM" (or with a T), or "HH:MM" for
 * the day holding now. It must exist in the zone (not skipped by a clock
 * change). The whole string is read. On error *why says what is wrong.
 */
int	 cal_parse_local(const struct cal_zone *, const char *s, time_t now,
	     time_t *out, const char **why);

#endif
