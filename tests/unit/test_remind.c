/*
 * test_remind: the daemon's words, golden. Each text below was written by
 * hand from the settings in the test and the texts the daemon has always
 * sent (the code moved here unchanged): hydration reminders (normal,
 * on a fluid limit, unknown total, goal met, ounces), the tips' rotation,
 * session reminders (with and without the routine, a name that already
 * says its kind, relaxation), every reason, and three status pages.
 * Times are UTC (TZ is set); "now" is Wednesday 2026-03-04 10:00:00.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "config.h"
#include "calendar.h"
#include "format.h"
#include "remind.h"
#include "routine.h"
#include "schedule.h"

#define NOW	((time_t)1772618400)	/* 2026-03-04 10:00:00 UTC, a Wed */
#define MIN	60
#define HOUR	3600

static const char sip[] = "Sip steadily through the day rather than all "
    "at once.";
static const char magnesium[] = "Magnesium: leafy greens, nuts, seeds and "
    "whole grains.";
static const char caffeine[] = "Go easy on caffeine and alcohol: they dry "
    "you out.";

struct fixture {
	struct config		 cfg;
	struct sched_params	 p;
	struct sched_state	 s;
	char			 title[REMIND_TITLE_MAX];
	char			 body[REMIND_BODY_MAX];
};

/* Water 2 L every 90 min from 08:00 to 22:00; "evening" at 21:30 Mon-Fri. */
static void
setup(struct fixture *f)
{
	memset(f, 0, sizeof *f);
	f->cfg.units = UNIT_ML;
	f->cfg.hydration_enabled = 1;
	f->cfg.goal_ml = 2000;
	f->cfg.glass_ml = 250;
	f->cfg.interval_ms = 90 * MIN * 1000;
	f->cfg.active_from = 8 * 60;
	f->cfg.active_to = 22 * 60;
	f->cfg.fluid_limit_ml = 1500;
	f->cfg.grace_ms = 30 * MIN * 1000;
	f->cfg.snooze_ms = 15 * MIN * 1000;
	snprintf(f->cfg.schedule[0].name, sizeof f->cfg.schedule[0].name,
	    "evening");
	snprintf(f->cfg.schedule[0].routine,
	    sizeof f->cfg.schedule[0].routine, "bedtime-legs");
	f->cfg.schedule[0].minute = 21 * 60 + 30;
	f->cfg.schedule[0].weekdays = 0x3e;	/* mon-fri */
	f->cfg.nschedule = 1;
	/* As the daemon derives them (params_from_config). */
	f->p.hydration = 1;
	f->p.interval = 90 * MIN;
	f->p.active_from = f->cfg.active_from;
	f->p.active_to = f->cfg.active_to;
	f->p.goal_ml = 2000;
	f->p.grace = 30 * MIN;
	f->p.nsessions = 1;
	f->p.sessions[0].minute = f->cfg.schedule[0].minute;
	f->p.sessions[0].weekdays = f->cfg.schedule[0].weekdays;
	schedule_init(&f->s, NOW - HOUR - f->p.grace);
	f->s.drunk_ml = 1500;
	f->s.last_drink = NOW - 30 * MIN;
}

static void
restrict_fluids(struct fixture *f)
{
	f->cfg.fluid_restricted = 1;
	f->p.goal_ml = f->cfg.fluid_limit_ml;
}

static void
hydration(struct fixture *f, size_t *tip)
{
	remind_hydration(&f->cfg, &f->p, &f->s, tip, f->title,
	    sizeof f->title, f->body, sizeof f->body);
}

static void
expect(const char *got, const char *want_a, const char *want_b)
{
	char want[1024];

	snprintf(want, sizeof want, "%s%s", want_a, want_b);
	assert_string_equal(got, want);
}

static void
test_hydration(void **state)
{
	struct fixture	f;
	size_t		tip = 0;

	setup(&f);
	hydration(&f, &tip);
	assert_string_equal(f.title, "Time for some water");
	expect(f.body, "1500 ml of 2000 ml today. ", sip);
	/* The next reminder gives the next tip. */
	hydration(&f, &tip);
	expect(f.body, "1500 ml of 2000 ml today. ", magnesium);
	/* Today's total unknown (the history is down): the tip alone. */
	f.s.drunk_ml = -1;
	tip = 0;
	hydration(&f, &tip);
	assert_string_equal(f.body, sip);
	/* Goal met (a reminder then is a snooze or a retry): as it is. */
	f.s.drunk_ml = 2000;
	tip = 0;
	hydration(&f, &tip);
	expect(f.body, "2000 ml of 2000 ml today. ", sip);
	f.s.drunk_ml = 1250;
	f.cfg.units = UNIT_OZ;
	tip = 0;
	hydration(&f, &tip);
	expect(f.body, "42.3 oz of 67.6 oz today. ", sip);
}

static void
test_hydration_restricted(void **state)
{
	struct fixture	f;
	size_t		tip = 0;

	setup(&f);
	restrict_fluids(&f);
	f.s.drunk_ml = 500;
	hydration(&f, &tip);
	assert_string_equal(f.title, "Fluid check");
	/* "Sip steadily" is not for a fluid limit: skipped. */
	expect(f.body, "500 ml of 1500 ml today, within your limit. ", magnesium);
	assert_int_equal(tip, 2);
	f.s.drunk_ml = -1;
	hydration(&f, &tip);
	expect(f.body, "Today: up to 1500 ml, within your limit. ", caffeine);
}

/* The tips in turn: the limit's own tip only on a limit, and the reverse. */
static void
test_tips(void **state)
{
	struct fixture	 f;
	size_t		 tip = 0, i;
	const char	*t;
	int		 spread = 0, potassium = 0;

	setup(&f);
	for (i = 0; i < 11; i++) {
		t = remind_tip(&f.cfg, &tip);
		spread += strstr(t, "allowance") != NULL;
		potassium += strncmp(t, "Potassium", 9) == 0;
	}
	assert_int_equal(spread, 0);
	assert_true(potassium > 0);
	restrict_fluids(&f);
	spread = potassium = 0;
	for (i = 0; i < 11; i++) {
		t = remind_tip(&f.cfg, &tip);
		spread += strcmp(t, "Spread your allowance evenly across the "
		    "day.") == 0;
		potassium += strncmp(t, "Potassium", 9) == 0;
	}
	assert_true(spread > 0);
	assert_int_equal(potassium, 0);
}

static struct routine *
legs(enum routine_kind kind)
{
	struct routine	*r = routine_new();
	struct step	*st = routine_add_step(r);

	r->kind = kind;
	r->title = strdup("Bedtime legs");
	r->summary = strdup("Calves and hamstrings before sleep.");
	if (kind == KIND_PMR) {
		st->type = STEP_TENSE;
		st->tense_ms = 5000;
		st->release_ms = 10000;
	} else {
		st->type = STEP_STRETCH;
		st->reps = 3;
		st->hold_ms = 30000;
		st->rest_ms = 15000;	/* 3 x 30 s + 2 x 15 s: 2 min */
		st->sides = SIDES_ONE;
	}
	return r;
}

static void
session(struct fixture *f, const struct routine *r)
{
	struct sched_event ev;

	memset(&ev, 0, sizeof ev);
	ev.kind = SCHED_SESSION;
	ev.session = 0;
	ev.occurrence = NOW + 11 * HOUR + 30 * MIN;	/* 21:30 */
	ev.at = ev.occurrence;
	remind_session(&f->cfg, &ev, r, f->title, sizeof f->title, f->body,
	    sizeof f->body);
}

static void
test_session(void **state)
{
	struct fixture	 f;
	struct routine	*r;

	setup(&f);
	r = legs(KIND_STRETCH);
	session(&f, r);
	assert_string_equal(f.title, "Evening stretch: Bedtime legs, 2 min");
	assert_string_equal(f.body, "Calves and hamstrings before sleep. "
	    "Planned for 21:30; or run: unclench stretch bedtime-legs");
	/* A name that says its kind is not followed by it again. */
	snprintf(f.cfg.schedule[0].name, sizeof f.cfg.schedule[0].name,
	    "morning stretch");
	session(&f, r);
	assert_string_equal(f.title, "Morning stretch: Bedtime legs, 2 min");
	routine_free(r);
	/* The routine cannot be loaded: its name stands in. */
	snprintf(f.cfg.schedule[0].name, sizeof f.cfg.schedule[0].name,
	    "evening");
	session(&f, NULL);
	assert_string_equal(f.title, "Evening stretch: bedtime-legs");
	assert_string_equal(f.body, "Planned for 21:30; or run: unclench "
	    "stretch bedtime-legs");
	r = legs(KIND_PMR);
	session(&f, r);
	assert_string_equal(f.title, "Evening relaxation: Bedtime legs, 15 s");
	assert_string_equal(f.body, "Calves and hamstrings before sleep. "
	    "Planned for 21:30; or run: unclench relax bedtime-legs");
	routine_free(r);
	assert_string_equal(format_kind_command(KIND_BREATHING), "breathe");
	assert_string_equal(format_kind_command(KIND_STRETCH), "stretch");
}

static void
test_reasons(void **state)
{
	struct fixture f;

	setup(&f);
	assert_string_equal(remind_reason(&f.cfg, SCHED_AFTER_START),
	    "after your active hours began");
	assert_string_equal(remind_reason(&f.cfg, SCHED_AFTER_DRINK),
	    "after your last drink");
	assert_string_equal(remind_reason(&f.cfg, SCHED_AFTER_REMINDER),
	    "after the last reminder (no drink logged since)");
	assert_string_equal(remind_reason(&f.cfg, SCHED_SNOOZED), "snoozed");
	assert_string_equal(remind_reason(&f.cfg, SCHED_RETRY),
	    "retrying: the last one did not get through");
	assert_string_equal(remind_reason(&f.cfg, SCHED_PAUSED),
	    "when the pause ends");
	assert_string_equal(remind_reason(&f.cfg, SCHED_GOAL_MET),
	    "today's goal is met");
	assert_string_equal(remind_reason(&f.cfg, SCHED_SKIPPED_TODAY),
	    "skipped for today");
	assert_string_equal(remind_reason(&f.cfg, SCHED_OCCURRENCE),
	    "as planned");
	restrict_fluids(&f);
	assert_string_equal(remind_reason(&f.cfg, SCHED_GOAL_MET),
	    "today's limit is reached");
}

static void
spans(void **state)
{
	static const struct {
		int64_t		 s;
		const char	*want;
	} cases[] = {
		{ 0, "0 s" }, { 59, "59 s" }, { 60, "1 min" }, { 89, "1 min" },
		{ 90, "2 min" }, { 3599, "1 h" }, { 3600, "1 h" },
		{ 5400, "1 h 30 min" }, { 7170, "2 h" }, { 7200, "2 h" },
	};
	char	buf[32];
	size_t	i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		format_duration(buf, sizeof buf, cases[i].s);
		assert_string_equal(buf, cases[i].want);
	}
	format_when(buf, sizeof buf, &cal_zone_local, NOW + 90, NOW, 1);
	assert_string_equal(buf, "10:01:30");
	format_when(buf, sizeof buf, &cal_zone_local, NOW + 90, NOW, 0);
	assert_string_equal(buf, "10:01");
	format_when(buf, sizeof buf, &cal_zone_local, NOW + 15 * HOUR, NOW, 0);
	assert_string_equal(buf, "Thu 2026-03-05 01:00");
}

static char *
status(struct fixture *f, const struct remind_facts *facts)
{
	char	*out = NULL;
	size_t	 len = 0;
	FILE	*fp = open_memstream(&out, &len);

	assert_non_null(fp);
	remind_status(fp, &f->cfg, &f->p, &f->s, &cal_zone_local, facts,
	    NOW);
	fclose(fp);
	return out;
}

static void
test_status(void **state)
{
	struct fixture		 f;
	struct remind_facts	 facts;
	char			*out;

	setup(&f);
	memset(&facts, 0, sizeof facts);
	facts.started = NOW - HOUR;
	facts.pid = 4242;
	facts.user_config = "/home/u/.config/unclench/config.ini";
	out = status(&f, &facts);
	assert_string_equal(out,
	    "running since 2026-03-04 09:00 (pid 4242)\n"
	    "settings: defaults and /home/u/.config/unclench/config.ini\n"
	    "hydration: every 1 h 30 min after a drink, 08:00-22:00, goal 2000 ml\n"
	    "  today: 1500 ml of 2000 ml\n"
	    "  next reminder: 11:00:00, 1 h 30 min after your last drink at "
	    "09:30:00\n"
	    "session evening: bedtime-legs at 21:30 mon,tue,wed,thu,fri; "
	    "next 21:30 (as planned)\n"
	    "notifications: getting through\n");
	free(out);
}

/* A fluid limit reached, a pause, the server down, --config. */
static void
test_status_troubles(void **state)
{
	struct fixture		 f;
	struct remind_facts	 facts;
	char			*out;

	setup(&f);
	restrict_fluids(&f);
	f.s.drunk_ml = 1500;
	schedule_pause(&f.s, NOW + 2 * HOUR);
	f.cfg.schedule[0].weekdays = 0x7f;
	f.p.sessions[0].weekdays = 0x7f;
	memset(&facts, 0, sizeof facts);
	facts.started = NOW - 30 * HOUR;
	facts.pid = 7;
	facts.config_path = "/etc/unclench.ini";
	facts.server_down = 1;
	facts.down_since = NOW - 10 * MIN;
	facts.server_err = "no notification server is running on the "
	    "session bus";
	out = status(&f, &facts);
	assert_string_equal(out,
	    "running since 2026-03-03 04:00 (pid 7)\n"
	    "settings: /etc/unclench.ini\n"
	    "hydration: every 1 h 30 min after a drink, 08:00-22:00, "
	    "limit 1500 ml\n"
	    "  today: 1500 ml of 1500 ml\n"
	    /* The next day's first: an interval after 08:00. */
	    "  next reminder: Thu 2026-03-05 09:30:00 (today's limit is "
	    "reached)\n"
	    "session evening: bedtime-legs at 21:30 daily; next 21:30 (as "
	    "planned)\n"
	    "paused until 12:00 (unclench daemon --resume ends it)\n"
	    "notifications: not getting through since 09:50: no notification "
	    "server is running on the session bus\n");
	free(out);
}

/* The history unread; hydration off; no session to come. */
static void
test_status_unknown(void **state)
{
	struct fixture		 f;
	struct remind_facts	 facts;
	char			*out;

	setup(&f);
	f.s.drunk_ml = -1;
	f.s.last_drink = 0;
	memset(&facts, 0, sizeof facts);
	facts.started = NOW;
	facts.pid = 1;
	facts.user_config = "c.ini";
	facts.hist_err = "cannot open it";
	f.cfg.nschedule = f.p.nsessions = 0;
	out = status(&f, &facts);
	assert_string_equal(out,
	    "running since 2026-03-04 10:00 (pid 1)\n"
	    "settings: defaults and c.ini\n"
	    "hydration: every 1 h 30 min after a drink, 08:00-22:00, goal 2000 ml\n"
	    "  today: unknown (cannot open it)\n"
	    /* No drink known: due since 08:00 + 90 min (shown as is). */
	    "  next reminder: 09:30:00 (after your active hours began)\n"
	    "notifications: getting through\n");
	free(out);
	facts.hist_err = NULL;
	f.p.hydration = 0;
	out = status(&f, &facts);
	assert_string_equal(out,
	    "running since 2026-03-04 10:00 (pid 1)\n"
	    "settings: defaults and c.ini\n"
	    "hydration: off\n"
	    "notifications: getting through\n");
	free(out);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hydration),
		cmocka_unit_test(test_hydration_restricted),
		cmocka_unit_test(test_tips),
		cmocka_unit_test(test_session),
		cmocka_unit_test(test_reasons),
		cmocka_unit_test(spans),
		cmocka_unit_test(test_status),
		cmocka_unit_test(test_status_troubles),
		cmocka_unit_test(test_status_unknown),
	};

	setenv("TZ", "UTC", 1);
	tzset();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
