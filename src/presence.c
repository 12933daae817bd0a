/*
 * presence: the sources' words folded into one state. Pure: every input
 * comes with the time now, and idle turns into away by comparing times,
 * never by a timer of its own.
 */
#include "presence.h"

#include <string.h>

#include "i18n.h"

void
presence_init(struct presence *p, int off, time_t away_after, time_t now)
{
	memset(p, 0, sizeof *p);
	p->off = off;
	p->away_after = away_after;
	p->ld.active = 1;
	p->why = PRESENCE_HERE;
	p->src = PRESENCE_ASSUMED;
	p->since = now;
}

void
presence_configure(struct presence *p, int off, time_t away_after,
    time_t now)
{
	p->off = off;
	p->away_after = away_after;
	(void)presence_update(p, now);
}

static int
idle_long(const struct presence *p, int idle, time_t since, time_t now)
{
	return idle && now - since >= p->away_after;
}

/* The first source that answers wins. */
static void
judge(const struct presence *p, time_t now, enum presence_why *why,
    enum presence_source *src, time_t *from)
{
	*why = PRESENCE_HERE;
	*src = PRESENCE_ASSUMED;
	*from = now;
	if (p->off)
		return;
	if (p->asleep) {
		*why = PRESENCE_ASLEEP;
		*src = PRESENCE_LOGIND;
	} else if (p->ld.answers) {
		*src = PRESENCE_LOGIND;
		if (p->ld.locked)
			*why = PRESENCE_LOCKED;
		else if (idle_long(p, p->ld.idle, p->ld.idle_since, now)) {
			*why = PRESENCE_IDLE;
			*from = p->ld.idle_since;
		} else if (!p->ld.active)
			*why = PRESENCE_INACTIVE;
	} else if (p->saver) {
		*src = PRESENCE_SCREENSAVER;
		if (p->saver_on)
			*why = PRESENCE_LOCKED;
	} else if (p->tty) {
		*src = PRESENCE_TERMINAL;
		if (idle_long(p, 1, p->tty_input, now)) {
			*why = PRESENCE_IDLE;
			*from = p->tty_input;
		}
	}
}

int
presence_update(struct presence *p, time_t now)
{
	enum presence_why	 why;
	enum presence_source	 src;
	time_t			 from;
	int			 was_away = p->why != PRESENCE_HERE, back = 0;

	judge(p, now, &why, &src, &from);
	if (!was_away && why != PRESENCE_HERE) {
		/* Idle began before we knew: the spell began with it. */
		p->since = p->away_from = from < now ? from : now;
		p->away_to = 0;
		p->away_why = why;
		p->away_held = 0;
	} else if (was_away && why == PRESENCE_HERE) {
		p->since = p->away_to = now;
		back = p->away_held = p->held;
		p->held = 0;
	} else if (why == PRESENCE_LOCKED || why == PRESENCE_ASLEEP)
		p->away_why = why;	/* idle, then locked: a break */
	if (src != p->src && why == PRESENCE_HERE && !was_away)
		p->since = now;	/* a new source's word starts now */
	p->why = why;
	p->src = src;
	return back;
}

int
presence_set_logind(struct presence *p, const struct presence_logind *ld,
    time_t now)
{
	p->ld = *ld;
	return presence_update(p, now);
}

int
presence_set_asleep(struct presence *p, int asleep, time_t now)
{
	p->asleep = asleep != 0;
	return presence_update(p, now);
}

int
presence_set_saver(struct presence *p, int answers, int on, time_t now)
{
	p->saver = answers != 0;
	p->saver_on = answers && on;
	return presence_update(p, now);
}

int
presence_set_terminal(struct presence *p, int known, time_t last, time_t now)
{
	p->tty = known != 0;
	p->tty_input = known ? last : 0;
	return presence_update(p, now);
}

int
presence_away(struct presence *p, time_t now)
{
	(void)presence_update(p, now);
	return p->why != PRESENCE_HERE;
}

int
presence_wants_terminal(const struct presence *p)
{
	return !p->off && !p->asleep && !p->ld.answers && !p->saver;
}

int
presence_by_terminal(const struct presence *p)
{
	return p->src == PRESENCE_TERMINAL;
}

int
presence_just_back(const struct presence *p, time_t now)
{
	return p->why == PRESENCE_HERE && p->away_held && p->away_to != 0 &&
	    now >= p->away_to && now - p->away_to <= 60;
}

void
presence_hold(struct presence *p)
{
	p->held = 1;
}

int
presence_was_break(const struct presence *p, time_t t)
{
	time_t to = p->away_to;

	if (p->away_from == 0 || to == 0 || (p->away_why != PRESENCE_LOCKED &&
	    p->away_why != PRESENCE_ASLEEP))
		return 0;
	return t >= p->away_from && t <= to &&
	    to - p->away_from >= p->away_after;
}

const char *
presence_why_name(enum presence_why w)
{
	switch (w) {
	case PRESENCE_LOCKED:
		return N_("locked");
	case PRESENCE_IDLE:
		return N_("idle");
	case PRESENCE_ASLEEP:
		return N_("asleep");
	case PRESENCE_INACTIVE:
		return N_("session in the background");
	case PRESENCE_HERE:
	default:
		return N_("here");
	}
}

const char *
presence_source_name(enum presence_source s)
{
	switch (s) {
	case PRESENCE_LOGIND:
		return "logind";
	case PRESENCE_SCREENSAVER:
		return N_("screen saver");
	case PRESENCE_TERMINAL:
		return N_("terminal");
	case PRESENCE_ASSUMED:
	default:
		return N_("assumed");
	}
}

void
presence_get(const struct presence *p, struct presence_now *out)
{
	out->away = p->why != PRESENCE_HERE;
	out->why = p->why;
	out->src = p->src;
	out->since = p->since;
	out->why_name = presence_why_name(p->why);
	out->src_name = p->off ? "off" : presence_source_name(p->src);
}
