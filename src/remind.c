/*
 * remind: see remind.h. The tips come from the content brief: short,
 * food first, no drug names.
 */
#include "remind.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "format.h"
#include "i18n.h"
#include "util.h"

/* Tips from the content brief: short, food first, no drug names. */
static const struct tip {
	const char	*text;
	int		 who;	/* 0 anyone, 1 not fluid-restricted, 2 only */
} tips[] = {
	{ N_("Sip steadily through the day rather than all at once."), 1 },
	{ N_("Magnesium: leafy greens, nuts, seeds and whole grains."), 0 },
	{ N_("Exercising? About a glass every 15 to 30 minutes."), 1 },
	{ N_("Go easy on caffeine and alcohol: they dry you out."), 0 },
	{ N_("Calcium: dairy, fortified plant milks and kale."), 0 },
	{ N_("Spread your allowance evenly across the day."), 2 },
	{ N_("Sitting a long time? Stand up and stretch your calves."), 0 },
	/* Potassium-rich food is not for everyone on a fluid limit. */
	{ N_("Potassium: bananas, avocados, sweet potatoes, yogurt."), 1 },
	{ N_("Warm up before exercise and cool down after."), 0 },
	{ N_("Supportive shoes may help reduce foot and calf cramps."), 0 },
	{ N_("Regular sleep may help reduce night cramps."), 0 },
};

const char *
remind_tip(const struct config *c, size_t *tip)
{
	size_t i;

	for (i = 0; i < nitems(tips); i++) {
		const struct tip *t = &tips[(*tip)++ % nitems(tips)];

		if (t->who == 0 || t->who == (c->fluid_restricted ? 2 : 1))
			return _(t->text);
	}
	return _(tips[0].text);
}

static const char *
kind_word(enum routine_kind k)
{
	switch (k) {
	case KIND_PMR:		return "relaxation";
	case KIND_BREATHING:	return "breathing";
	default:		return "stretch";
	}
}

/* The same word in the reader's language (or its stem), to find in a name. */
static const char *
kind_name(enum routine_kind k)
{
	switch (k) {
	/* TRANSLATORS: lower case, a stem will do: found in a name. */
	case KIND_PMR:		return _("relaxation");
	/* TRANSLATORS: lower case, a stem will do: found in a name. */
	case KIND_BREATHING:	return _("breathing");
	/* TRANSLATORS: lower case, a stem will do: found in a name. */
	default:		return _("stretch");
	}
}

/*
 * The title of a session's reminder when its name does not say the kind:
 * name, routine title, length. One sentence each, for the translators.
 */
static void
kind_title(char *title, size_t tlen, enum routine_kind k, const char *name,
    const char *rtitle, const char *len)
{
	switch (k) {
	case KIND_PMR:
		snprintf(title, tlen, _("%s relaxation: %s, %s"), name, rtitle,
		    len);
		break;
	case KIND_BREATHING:
		snprintf(title, tlen, _("%s breathing: %s, %s"), name, rtitle,
		    len);
		break;
	default:
		snprintf(title, tlen, _("%s stretch: %s, %s"), name, rtitle,
		    len);
		break;
	}
}

/* Does a session's name say its kind, in English or as translated? */
static int
names_kind(const char *name, enum routine_kind k)
{
	char	 low[40];
	size_t	 i;

	for (i = 0; name[i] != '\0' && i < sizeof low - 1; i++)
		low[i] = (char)tolower((unsigned char)name[i]);
	low[i] = '\0';
	return strstr(low, kind_word(k)) != NULL ||
	    strstr(low, format_kind_command(k)) != NULL ||
	    strstr(low, kind_name(k)) != NULL;
}

void
remind_hydration(const struct config *c, const struct sched_params *p,
    const struct sched_state *s, size_t *tip, char *title, size_t tlen,
    char *body, size_t blen)
{
	char have[32], goal[32];

	format_volume(goal, sizeof goal, p->goal_ml, c->units);
	if (s->drunk_ml >= 0)
		format_volume(have, sizeof have, s->drunk_ml, c->units);
	if (c->fluid_restricted) {
		snprintf(title, tlen, "%s", _("Fluid check"));
		if (s->drunk_ml >= 0)
			snprintf(body, blen, _("%s of %s today, within your "
			    "limit. %s"), have, goal, remind_tip(c, tip));
		else
			snprintf(body, blen, _("Today: up to %s, within your "
			    "limit. %s"), goal, remind_tip(c, tip));
	} else {
		snprintf(title, tlen, "%s", _("Time for some water"));
		if (s->drunk_ml >= 0)
			snprintf(body, blen, _("%s of %s today. %s"), have,
			    goal, remind_tip(c, tip));
		else
			snprintf(body, blen, "%s", remind_tip(c, tip));
	}
}

void
remind_catch_up(char *body, size_t blen, const struct sched_state *s,
    time_t now)
{
	char	ago[32], *rest = xstrdup(body);

	if (s->last_drink > 0 && s->last_drink <= now) {
		format_duration(ago, sizeof ago, now - s->last_drink);
		snprintf(body, blen, _("Welcome back: your last drink was %s "
		    "ago. %s"), ago, rest);
	} else
		snprintf(body, blen, _("Welcome back: no drink logged yet "
		    "today. %s"), rest);
	free(rest);
}

void
remind_session(const struct config *c, const struct sched_event *ev,
    const struct routine *r, char *title, size_t tlen, char *body,
    size_t blen)
{
	const struct schedule_entry	*e = &c->schedule[ev->session];
	enum routine_kind		 kind = KIND_STRETCH;
	const char			*summary = "";
	char				 name[40], len[32], when[16];

	if (r != NULL) {
		kind = r->kind;
		summary = r->summary;
	}

	strlcpy_safe(name, e->name, sizeof name);
	name[0] = (char)toupper((unsigned char)name[0]);
	if (r != NULL) {
		format_duration(len, sizeof len, (routine_duration_ms(r) + 999) /
		    1000);
		if (names_kind(name, kind))
			snprintf(title, tlen, "%s: %s, %s", name, r->title,
			    len);
		else
			kind_title(title, tlen, kind, name, r->title, len);
	} else if (names_kind(name, kind))
		snprintf(title, tlen, "%s: %s", name, e->routine);
	else
		snprintf(title, tlen, _("%s stretch: %s"), name, e->routine);
	format_when(when, sizeof when, &cal_zone_local, ev->occurrence,
	    ev->occurrence, 0);
	snprintf(body, blen, "%s%s", summary, *summary ? " " : "");
	snprintf(body + strlen(body), blen - strlen(body),
	    _("Planned for %s; or run: unclench %s %s"), when,
	    format_kind_command(kind), e->routine);
}

const char *
remind_reason(const struct config *c, enum sched_reason r)
{
	switch (r) {
	case SCHED_AFTER_START:
		return _("after your active hours began");
	case SCHED_AFTER_DRINK:		return _("after your last drink");
	case SCHED_AFTER_REMINDER:	return _("after the last reminder "
					    "(no drink logged since)");
	case SCHED_SNOOZED:		return _("snoozed");
	case SCHED_RETRY:		return _("retrying: the last one did "
					    "not get through");
	case SCHED_PAUSED:		return _("when the pause ends");
	case SCHED_GOAL_MET:		return c->fluid_restricted ?
					    _("today's limit is reached") :
					    _("today's goal is met");
	case SCHED_SKIPPED_TODAY:	return _("skipped for today");
	case SCHED_OCCURRENCE:		return _("as planned");
	}
	return "";
}

/* "  next reminder: ..." with what its time counts from. */
static void
status_next_hydration(FILE *f, const struct config *c,
    const struct sched_params *p, const struct sched_state *s,
    const struct cal_zone *zone, time_t now, const char *span)
{
	struct sched_event	 ev;
	time_t			 base = 0;
	char			 a[32], b[32];

	if (!schedule_next_hydration(p, s, zone, now, &ev)) {
		fprintf(f, "  %s\n", _("next reminder: none to come"));
		return;
	}
	format_when(a, sizeof a, &cal_zone_local, ev.at, now, 1);
	switch (ev.reason) {
	case SCHED_AFTER_DRINK:
		base = s->last_drink;
		break;
	case SCHED_AFTER_REMINDER:
		base = s->hydration.handled;
		break;
	default:
		break;
	}
	if (base != 0) {
		format_when(b, sizeof b, &cal_zone_local, base, now, 1);
		fputs("  ", f);
		/* TRANSLATORS: time, interval, reason, time it counts from. */
		fprintf(f, _("next reminder: %s, %s %s at %s\n"), a, span,
		    remind_reason(c, ev.reason), b);
	} else {
		fputs("  ", f);
		fprintf(f, _("next reminder: %s (%s)\n"), a,
		    remind_reason(c, ev.reason));
	}
}

static void
status_hydration(FILE *f, const struct config *c,
    const struct sched_params *p, const struct sched_state *s,
    const struct cal_zone *zone, const struct remind_facts *facts,
    time_t now)
{
	char a[32], g[32], span[32];

	if (!p->hydration) {
		fprintf(f, "%s\n", _("hydration: off"));
		return;
	}
	format_duration(span, sizeof span, p->interval);
	format_volume(g, sizeof g, p->goal_ml, c->units);
	fprintf(f, c->fluid_restricted ? _("hydration: every %s after a "
	    "drink, %02d:%02d-%02d:%02d, limit %s\n") : _("hydration: every "
	    "%s after a drink, %02d:%02d-%02d:%02d, goal %s\n"), span,
	    c->active_from / 60, c->active_from % 60, c->active_to / 60,
	    c->active_to % 60, g);
	fputs("  ", f);
	if (s->drunk_ml >= 0) {
		format_volume(a, sizeof a, s->drunk_ml, c->units);
		fprintf(f, _("today: %s of %s\n"), a, g);
	} else
		fprintf(f, _("today: unknown (%s)\n"), facts->hist_err != NULL ?
		    facts->hist_err : _("not read yet"));
	status_next_hydration(f, c, p, s, zone, now, span);
}

static void
status_sessions(FILE *f, const struct config *c,
    const struct sched_params *p, const struct sched_state *s,
    const struct cal_zone *zone, time_t now)
{
	struct sched_event	 ev;
	char			 a[32], b[32];
	size_t			 i;

	for (i = 0; i < c->nschedule; i++) {
		format_days(b, sizeof b, c->schedule[i].weekdays);
		/* TRANSLATORS: name, routine, time, days. */
		fprintf(f, _("session %s: %s at %02d:%02d %s"),
		    c->schedule[i].name, c->schedule[i].routine,
		    c->schedule[i].minute / 60, c->schedule[i].minute % 60, b);
		if (schedule_next_session(p, s, zone, i, now, &ev)) {
			format_when(a, sizeof a, &cal_zone_local, ev.at, now, 0);
			fprintf(f, _("; next %s (%s)\n"), a,
			    remind_reason(c, ev.reason));
		} else
			fprintf(f, "%s\n", _("; none to come"));
	}
}

/* "presence: away (locked, logind) since 14:02"; what was missed. */
static void
status_presence(FILE *f, const struct remind_facts *facts, time_t now)
{
	const struct presence_now	*pn = facts->presence;
	char				 a[32];

	if (pn != NULL && strcmp(pn->src_name, "off") == 0)
		fprintf(f, "%s\n", _("presence: not watched ([presence] mode "
		    "= off)"));
	else if (pn != NULL && pn->src == PRESENCE_ASSUMED)
		fprintf(f, "%s\n", _("presence: here (assumed: nothing says "
		    "otherwise)"));
	else if (pn != NULL) {
		format_when(a, sizeof a, &cal_zone_local, pn->since, now, 0);
		if (pn->away)
			fprintf(f, _("presence: away (%s, %s) since %s\n"),
			    _(pn->why_name), _(pn->src_name), a);
		else
			fprintf(f, _("presence: here (%s) since %s\n"),
			    _(pn->src_name), a);
	}
	if (facts->missed != NULL)
		fprintf(f, _("last session missed: %s\n"), facts->missed);
}

void
remind_status(FILE *f, const struct config *c, const struct sched_params *p,
    const struct sched_state *s, const struct cal_zone *zone,
    const struct remind_facts *facts, time_t now)
{
	char		a[32];
	struct tm	tm;

	localtime_r(&facts->started, &tm);
	strftime(a, sizeof a, "%Y-%m-%d %H:%M", &tm);
	fprintf(f, _("running since %s (pid %ld)\n"), a, facts->pid);
	if (facts->config_path != NULL)
		fprintf(f, _("settings: %s\n"), facts->config_path);
	else	/* the file it reads: XDG_CONFIG_HOME may move it */
		fprintf(f, _("settings: defaults and %s\n"),
		    facts->user_config);
	status_hydration(f, c, p, s, zone, facts, now);
	status_sessions(f, c, p, s, zone, now);
	if (s->pause_until > now) {
		format_when(a, sizeof a, &cal_zone_local, s->pause_until, now, 0);
		fprintf(f, _("paused until %s (unclench daemon --resume ends "
		    "it)\n"), a);
	}
	status_presence(f, facts, now);
	if (facts->server_down) {
		format_when(a, sizeof a, &cal_zone_local, facts->down_since, now, 0);
		fprintf(f, _("notifications: not getting through since %s: "
		    "%s\n"), a, facts->server_err);
	} else
		fprintf(f, "%s\n", _("notifications: getting through"));
}
