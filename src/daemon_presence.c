/*
 * daemon_presence: see daemon_presence.h. The terminals are read here,
 * when something is due, never polled.
 */
#include "daemon_presence.h"

#include "calendar.h"
#include "config.h"
#include "format.h"
#include "i18n.h"
#include "log.h"
#include "presence.h"
#include "presence_bus.h"
#include "schedule.h"

int
daemon_presence_hold(struct presence *pres, int *holding,
    const struct sched_params *p, const struct sched_state *s,
    const struct cal_zone *zone, time_t now, time_t *recheck)
{
	struct sched_event	 next;
	struct presence_now	 pn;
	time_t			 last;
	char			 when[32];
	int			 known;

	if (!schedule_next(p, s, zone, now, &next) || next.at > now)
		return 0;
	if (presence_wants_terminal(pres)) {
		known = presence_tty_last_input(&last);
		(void)presence_set_terminal(pres, known, last, now);
	}
	if (!presence_away(pres, now)) {
		*holding = 0;
		return 0;
	}
	presence_hold(pres);
	presence_get(pres, &pn);
	if (!*holding) {
		format_when(when, sizeof when, zone, pn.since, now, 0);
		dlog(0, _("reminders held: away (%s, %s) since %s"),
		    _(pn.why_name), _(pn.src_name), when);
		*holding = 1;
	}
	*recheck = presence_by_terminal(pres) ? now + 60 : 0;
	return 1;
}

int
daemon_presence_break(const struct presence *pres, const struct config *cfg,
    const struct cal_zone *zone, const struct sched_event *ev, time_t now)
{
	char when[32];

	if (ev->kind != SCHED_SESSION ||
	    !presence_was_break(pres, ev->occurrence))
		return 0;
	format_when(when, sizeof when, zone, ev->occurrence, now, 0);
	dlog(0, _("session %s planned at %s fell while you were away "
	    "(locked or asleep): counted as a break, not offered"),
	    cfg->schedule[ev->session].name, when);
	return 1;
}
