/*
 * report: the figures of `unclench report`, the page a doctor reads: the
 * measures of the bedtime-stretching trial (Hallegraeff et al., J
 * Physiother 2012: nights with cramps, cramps a night, severity,
 * duration) and what the diary holds beside them, over whole weeks that
 * end today. Records come one at a time (the diary service reads them);
 * days and minutes are settled through the injected zone. Pure: libc,
 * base and core headers only.
 *
 * Every rate keeps its counts; a mean, a median or a rate needs
 * STATS_MIN_GROUP values (as the insights of `stats`), else it is "not
 * enough data". A night is named by the day it starts on; it counts as
 * recorded when that day holds any record (as the stretch insight of
 * `stats`: a day with nothing logged is not a night without cramps).
 */
#ifndef UNCLENCH_REPORT_H
#define UNCLENCH_REPORT_H

#include <stddef.h>
#include <time.h>

#include "calendar.h"
#include "history_record.h"
#include "stats.h"

#define REPORT_DEFAULT_WEEKS	8
#define REPORT_MAX_WEEKS	26	/* half a year still prints on 2 pages */
#define REPORT_MAX_DAYS		(7 * REPORT_MAX_WEEKS)
#define REPORT_HOURS		24
#define REPORT_PARTS		7	/* relief_parts[] */
#define REPORT_TRIGGERS		6	/* cramp_triggers[] */
#define REPORT_ROUTINES		8	/* relief routines by name; more: other */
/* A cramp this long or longer: the coach showed its red-flag page. */
#define REPORT_REDFLAG_S	600

struct report_params {
	const struct cal_zone	*zone;
	time_t			 now;
	int			 weeks;		/* 1-REPORT_MAX_WEEKS */
	long			 goal_ml;
	int			 fluid_restricted; /* water: tracking only */
	int			 night_from, night_to;	/* minutes */
};

/* A mean and a median of n values, in tenths (median: halves exact). */
struct report_value {
	int	 n;
	int	 enough;	/* n >= STATS_MIN_GROUP */
	long	 mean_x10;
	long	 median_x10;
};

/* One week: days first_day .. first_day + 6 (the last ends today). */
struct report_week {
	int	 first_day;
	int	 nights;	/* recorded nights that are over */
	int	 nights_cramp;	/* of them, with a cramp in the night hours */
	int	 night_cramps;
	int	 cramps;	/* started this week, any hour */
	int	 rated, severity_sum;
	int	 water_days;	/* whole days with a drink logged */
	int	 water_at_goal;
	long	 water_ml;	/* their total */
	int	 evenings;	/* recorded nights after an evening stretch */
};

struct report_routine {
	char	 name[NAME_MAX_LEN + 1];	/* "" for the others */
	int	 used, completed;
};

struct report {
	struct report_params	 p;
	int			 today, now_minute, from_day, days;

	struct report_week	 week[REPORT_MAX_WEEKS];
	/* Over the period: */
	int			 cramps;
	int			 nights, nights_cramp, night_cramps;
	struct report_value	 severity;	/* 1-10 */
	struct report_value	 duration_s;	/* seconds */
	int			 part[REPORT_PARTS + 1];	/* last: other */
	int			 hour[REPORT_HOURS];
	int			 trigger[REPORT_TRIGGERS];
	int			 triggers_n;	/* cramps with a trigger */
	int			 redflag;	/* cramps of REPORT_REDFLAG_S+ */
	struct report_routine	 routine[REPORT_ROUTINES + 1];
	int			 nroutines;	/* named ones in use */
	int			 relief_sessions;
	int			 evenings;	/* recorded nights after one */
	int			 water_days, water_at_goal;
	long			 water_ml;

	/* Per day of the period, while records come in. */
	unsigned char		 any[REPORT_MAX_DAYS];
	unsigned char		 evening[REPORT_MAX_DAYS];
	long			 day_ml[REPORT_MAX_DAYS];
	int			 day_night_cramps[REPORT_MAX_DAYS];
	int			 sev_hist[11];
	int			 ndur;
	int			 dur_cap;
	int			*dur;		/* the known durations */
};

/* Start: the period is the weeks ending today (as p->now in p->zone). */
void	 report_begin(struct report *, const struct report_params *);
/* The instant the period starts: read records from here on. */
time_t	 report_since(const struct report *);
/* One record of any type (reminders and records outside are ignored). */
void	 report_add(struct report *, const struct history_item *);
/* Work out the totals; frees what report_add kept. */
void	 report_end(struct report *);

/* v in tenths as "12.5" or "-0.5", whatever the locale. */
void	 report_tenths(char *, size_t, long x10);
/* 100 * a / b rounded, 0 when b is 0. */
int	 report_percent(int a, int b);
/* a / b in tenths, rounded; 0 when b is 0. */
long	 report_ratio_x10(long a, long b);

#endif
