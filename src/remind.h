/*
 * remind: the daemon's words. The texts of a reminder, the tips, why the
 * next one is at its time, and the status page, each a pure function of
 * the settings, the scheduler's state and the time now: no clock, no
 * file, no library (tests/unit/test_remind.c holds their golden texts).
 * Times of day are local (localtime_r: TZ).
 */
#ifndef UNCLENCH_REMIND_H
#define UNCLENCH_REMIND_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>

#include "config.h"
#include "presence.h"
#include "routine.h"
#include "schedule.h"

/*
 * A reminder's texts hold a routine's title and summary, up to 4 bytes a
 * character: sized so that nothing is cut, for a cut could end inside a
 * character (the server would show "Invalid UTF-8") and lose the
 * "or run: unclench stretch NAME" at the end.
 */
#define REMIND_TITLE_MAX	(4 * ROUTINE_MAX_TITLE + 128)
#define REMIND_BODY_MAX		(4 * ROUTINE_MAX_SUMMARY + 256)

/* What the status says beside the settings and the schedule. */
struct remind_facts {
	time_t		 started;
	long		 pid;
	const char	*config_path;	/* --config FILE, or NULL */
	const char	*user_config;	/* read without --config */
	const char	*hist_err;	/* history unread: why (or NULL) */
	int		 server_down;	/* notifications not getting in */
	time_t		 down_since;
	const char	*server_err;
	const struct presence_now *presence;	/* NULL: not said */
	const char	*missed;	/* the last session missed, or NULL */
};

/* Durations, volumes, times and days are said as format.h says them. */

/* The next tip for these settings; *tip is the rotation's position. */
const char *remind_tip(const struct config *, size_t *tip);
/* The hydration reminder: the goal in effect is p's (the fluid limit). */
void	 remind_hydration(const struct config *,
	     const struct sched_params *, const struct sched_state *,
	     size_t *tip, char *title, size_t tlen, char *body, size_t blen);
/*
 * The hydration catch-up after a spell away: body (as remind_hydration
 * made it) gets how long it has been since the last drink in front.
 */
void	 remind_catch_up(char *body, size_t blen,
	     const struct sched_state *, time_t now);
/*
 * The reminder of session ev->session, to run routine r (NULL: it could
 * not be loaded, and the session's routine name stands in).
 */
void	 remind_session(const struct config *, const struct sched_event *,
	     const struct routine *r, char *title, size_t tlen, char *body,
	     size_t blen);
/* Why an event is at its time, as the status says it. */
const char *remind_reason(const struct config *, enum sched_reason);
/* The page `unclench daemon --status` prints. */
void	 remind_status(FILE *, const struct config *,
	     const struct sched_params *, const struct sched_state *,
	     const struct cal_zone *, const struct remind_facts *,
	     time_t now);

#endif
