/*
 * daemon_presence: what the daemon does with presence (presence.h). A
 * reminder that falls due while nobody is there is held for one catch-up
 * on return (said once per spell away), and a session planned inside a
 * long lock counts as a break already taken, not offered.
 */
#ifndef UNCLENCH_DAEMON_PRESENCE_H
#define UNCLENCH_DAEMON_PRESENCE_H

#include <time.h>

struct cal_zone;
struct config;
struct presence;
struct sched_event;
struct sched_params;
struct sched_state;

/*
 * Something is due at now and nobody is there: hold it. Returns 1 when
 * held, with *recheck the wall time to look again (0: none, the return
 * is an event; a minute on when only a terminal can say). *holding is
 * set while the hold has been said in the log for this spell.
 */
int	 daemon_presence_hold(struct presence *, int *holding,
	     const struct sched_params *, const struct sched_state *,
	     const struct cal_zone *, time_t now, time_t *recheck);
/* Does session ev fall in a long lock, a break taken (said in the log)? */
int	 daemon_presence_break(const struct presence *, const struct config *,
	     const struct cal_zone *, const struct sched_event *, time_t now);

#endif
