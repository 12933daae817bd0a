/*
 * stats: every figure of the history, from records bucketed into local day
 * numbers. Nothing here knows about time zones or the store: a day is an
 * integer, a week starts on a Monday, a night belongs to the day it starts
 * on. Insights make no claim below STATS_MIN_GROUP days or nights a side,
 * and only whole days (before today) with data count towards them.
 */
#include "stats.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "i18n.h"
#include "routine.h"
#include "util.h"

int
stats_first_needed_day(int today, int days)
{
	int first = today - days + 1;

	if (today - (STATS_WATER_DAYS - 1) < first)
		first = today - (STATS_WATER_DAYS - 1);
	if (cal_monday(today) - 7 * (STATS_WEEKS - 1) < first)
		first = cal_monday(today) - 7 * (STATS_WEEKS - 1);
	return first;
}

void
stats_streaks(const int *days, size_t n, int today, int *current, int *best)
{
	size_t	i;
	int	run = 0, last = 0, have = 0;

	*current = *best = 0;
	for (i = 0; i < n; i++) {
		if (days[i] > today)
			break;
		if (have && days[i] == last)
			continue;
		if (have && days[i] == last + 1)
			run++;
		else
			run = 1;
		last = days[i];
		have = 1;
		if (run > *best)
			*best = run;
	}
	/* A streak still counts today until today is over. */
	if (have && (last == today || last == today - 1))
		*current = run;
}

int
stats_heat_level(long s)
{
	if (s <= 0)
		return 0;
	if (s < 5 * 60)
		return 1;
	if (s < 15 * 60)
		return 2;
	if (s < 30 * 60)
		return 3;
	return 4;
}

double
stats_rate(int events, int units)
{
	return units > 0 ? (double)events / units : 0.0;
}

/*
 * The night that a cramp at (day, minute) falls in, named by the day the
 * night starts on; 0 if it is outside the night hours. A night that
 * crosses midnight starts on day D at night_from; one that does not (say
 * 01:00-07:00) is the one after day D.
 */
static int
night_of(int day, int minute, int from, int to, int *night)
{
	if (from >= to) {
		if (minute >= from) {
			*night = day;
			return 1;
		}
		if (minute < to) {
			*night = day - 1;
			return 1;
		}
		return 0;
	}
	if (minute >= from && minute < to) {
		*night = day - 1;
		return 1;
	}
	return 0;
}

int
stats_span_days(int days)
{
	int weeks;

	if (days <= STATS_SPANS)
		return 1;
	if (days <= 7 * STATS_SPANS)
		return 7;
	/* Whole weeks, as few as keep the table to STATS_SPANS lines. */
	weeks = (days + 7 * STATS_SPANS - 1) / (7 * STATS_SPANS);
	return 7 * weeks;
}

/* The span of the period table that holds day, or -1. */
static int
span_of(const struct stats *st, int day)
{
	if (day < st->from_day || day > st->today)
		return -1;
	return st->nspans - 1 - (st->today - day) / st->span_days;
}

static void
period_spans(const struct stats_input *in, struct stats *st)
{
	struct stats_span	*sp;
	long			 sum[STATS_SPANS] = { 0 };
	int			 ndays[STATS_SPANS] = { 0 }, *logged, i;
	size_t			 k;

	st->span_days = stats_span_days(st->days);
	st->nspans = (st->days + st->span_days - 1) / st->span_days;
	for (i = 0; i < st->nspans; i++) {
		sp = &st->span[i];
		sp->last_day = st->today - (st->nspans - 1 - i) * st->span_days;
		sp->first_day = sp->last_day - st->span_days + 1;
		if (sp->first_day < st->from_day)
			sp->first_day = st->from_day;
	}
	/* Water: a day's total, or the mean of the whole days logged. */
	logged = xcalloc(st->days, sizeof *logged);
	for (k = 0; k < in->ndrinks; k++) {
		const struct stats_drink *d = &in->drinks[k];

		if ((i = span_of(st, d->day)) < 0)
			continue;
		if (st->span_days == 1) {
			st->span[i].water_ml += d->ml;
			continue;
		}
		if (d->day == st->today)
			continue;
		sum[i] += d->ml;
		if (!logged[d->day - st->from_day]) {
			logged[d->day - st->from_day] = 1;
			ndays[i]++;
		}
	}
	free(logged);
	for (i = 0; st->span_days > 1 && i < st->nspans; i++)
		st->span[i].water_ml = ndays[i] > 0 ?
		    (sum[i] + ndays[i] / 2) / ndays[i] : -1;
	for (k = 0; k < in->ncramps; k++)
		if ((i = span_of(st, in->cramps[k].day)) >= 0)
			st->span[i].cramps++;
	for (k = 0; k < in->nsessions; k++) {
		const struct stats_session *s = &in->sessions[k];

		if ((i = span_of(st, s->day)) < 0)
			continue;
		st->span[i].practice_s += s->seconds > 0 ? s->seconds : 0;
		st->practice_s += s->seconds > 0 ? s->seconds : 0;
		if (s->completed)
			st->sessions_done++;
	}
}

/* Severity's mean and median, and the triggers, over the period. */
static void
period_cramps(const struct stats_input *in, struct stats *st)
{
	int	 hist[11] = { 0 }, sum = 0, i, seen, lo, hi;
	size_t	 k;

	for (k = 0; k < in->ncramps; k++) {
		const struct stats_cramp *c = &in->cramps[k];

		if (c->day < st->from_day || c->day > st->today)
			continue;
		if (c->severity >= 1 && c->severity <= 10) {
			hist[c->severity]++;
			sum += c->severity;
			st->severity_n++;
		}
		if (c->trigger >= 1 && c->trigger <= STATS_MAX_TRIGGERS) {
			st->trigger_count[c->trigger - 1]++;
			st->triggers_n++;
		}
	}
	if (st->severity_n == 0)
		return;
	st->severity_mean = (double)sum / st->severity_n;
	/* The middle value, or the mean of the two middle ones. */
	lo = hi = 0;
	for (i = 1, seen = 0; i <= 10; i++) {
		if (lo == 0 && seen + hist[i] >= (st->severity_n + 1) / 2)
			lo = i;
		if (hi == 0 && seen + hist[i] >= st->severity_n / 2 + 1)
			hi = i;
		seen += hist[i];
	}
	st->severity_median = (lo + hi) / 2.0;
}

static void
compare_done(struct stats_compare *c)
{
	c->enough = c->units_a >= STATS_MIN_GROUP &&
	    c->units_b >= STATS_MIN_GROUP;
}

/*
 * Per-day tallies over every day any figure reads (day lo to today, n
 * days), gathered in one pass over each kind of record.
 */
struct tally {
	int	 lo, n;
	long	*water, *heat;
	int	*cramps, *night_cramps, *evening, *logged, *any;
	long	 week_s;	/* practice this week */
};

static void
tally_drinks(const struct stats_input *in, struct tally *t)
{
	size_t	k;
	int	day;

	for (k = 0; k < in->ndrinks; k++) {
		day = in->drinks[k].day;
		if (day < t->lo || day > in->today)
			continue;
		t->water[day - t->lo] += in->drinks[k].ml;
		t->logged[day - t->lo] = t->any[day - t->lo] = 1;
	}
}

/* A cramp counts on its day and, when it woke someone, on its night. */
static void
tally_cramps(const struct stats_input *in, struct stats *st,
    struct tally *t)
{
	size_t	k;
	int	night, lo = t->lo;

	for (k = 0; k < in->ncramps; k++) {
		const struct stats_cramp *c = &in->cramps[k];

		if (c->day < lo || c->day > in->today)
			continue;
		t->cramps[c->day - lo]++;
		t->any[c->day - lo] = 1;
		if (night_of(c->day, c->minute, in->night_from, in->night_to,
		    &night) && night >= lo) {
			t->night_cramps[night - lo]++;
			t->any[night - lo] = 1;
		}
		if (c->day < st->from_day)
			continue;
		st->cramps_total++;
		if (c->part >= 0 && c->part < STATS_MAX_PARTS)
			st->cramps_part[c->part]++;
		else
			st->cramps_part[STATS_MAX_PARTS]++;
		if (c->minute >= 0 && c->minute < 24 * 60)
			st->cramps_hour[c->minute / 60]++;
	}
}

static void
tally_sessions(const struct stats_input *in, struct stats *st,
    struct tally *t)
{
	size_t	k;
	int	lo = t->lo;

	for (k = 0; k < in->nsessions; k++) {
		const struct stats_session *s = &in->sessions[k];

		if (s->day < lo || s->day > in->today)
			continue;
		t->heat[s->day - lo] += s->seconds > 0 ? s->seconds : 0;
		t->any[s->day - lo] = 1;
		if (s->completed && s->kind == KIND_STRETCH &&
		    s->minute >= STATS_EVENING_FROM)
			t->evening[s->day - lo] = 1;
		if (s->day >= cal_monday(in->today)) {
			t->week_s += s->seconds > 0 ? s->seconds : 0;
			if (s->completed)
				st->sessions_week++;
		}
	}
}

/* The water chart, today, and the period's logged days against the goal. */
static void
figures_water(const struct stats_input *in, struct stats *st,
    const struct tally *t)
{
	long	sum = 0;
	int	i, day, lo = t->lo;

	for (i = 0; i < STATS_WATER_DAYS; i++)
		st->water_ml[i] = t->water[st->water_day0 + i - lo];
	st->water_today = t->water[in->today - lo];
	for (day = st->from_day; day < in->today; day++) {
		if (!t->logged[day - lo])
			continue;
		st->water_days_logged++;
		sum += t->water[day - lo];
		if (t->water[day - lo] >= in->goal_ml)
			st->water_days_at_goal++;
	}
	if (st->water_days_logged > 0)
		st->water_avg_ml = (sum + st->water_days_logged / 2) /
		    st->water_days_logged;
}

/* Cramps per week, the heat map, this week, the streaks. */
static void
figures_weeks(const struct stats_input *in, struct stats *st,
    const struct tally *t)
{
	int	w, d, day;

	for (w = 0; w < STATS_WEEKS; w++) {
		for (d = 0; d < 7; d++) {
			day = st->week0 + 7 * w + d;
			if (day > in->today) {
				st->heat_s[w][d] = -1;
				continue;
			}
			st->cramps_week[w] += t->cramps[day - t->lo];
			st->heat_s[w][d] = t->heat[day - t->lo];
		}
	}
	st->minutes_week = (t->week_s + 30) / 60;
	stats_streaks(in->done_days, in->ndone_days, in->today,
	    &st->streak_current, &st->streak_best);
}

/*
 * Insights count whole days only, from the first record on: days before
 * anything was logged are not days without cramps.
 */
static void
figures_insights(const struct stats_input *in, struct stats *st,
    const struct tally *t)
{
	int	day, start, lo = t->lo;

	start = st->from_day > in->first_day ? st->from_day : in->first_day;
	for (day = start; day < in->today; day++) {
		if (!t->logged[day - lo])
			continue;
		if (t->water[day - lo] < in->goal_ml) {
			st->water.units_a++;
			st->water.events_a += t->cramps[day - lo];
		} else {
			st->water.units_b++;
			st->water.events_b += t->cramps[day - lo];
		}
	}
	for (day = start; day < in->today; day++) {
		/* Last night counts once it is over. */
		if (day == in->today - 1 && in->now_minute < in->night_to)
			continue;
		/*
		 * As for water: a day with nothing logged is not a night
		 * without cramps, it is a night not recorded.
		 */
		if (!t->any[day - lo])
			continue;
		if (t->evening[day - lo]) {
			st->stretch.units_a++;
			st->stretch.events_a += t->night_cramps[day - lo];
		} else {
			st->stretch.units_b++;
			st->stretch.events_b += t->night_cramps[day - lo];
		}
	}
	compare_done(&st->water);
	compare_done(&st->stretch);
}

void
stats_compute(const struct stats_input *in, struct stats *st)
{
	struct tally	t = { 0 };

	memset(st, 0, sizeof *st);
	st->today = in->today;
	st->days = in->days < 1 ? 1 : in->days;
	st->from_day = in->today - st->days + 1;
	st->goal_ml = in->goal_ml;
	st->water_day0 = in->today - (STATS_WATER_DAYS - 1);
	st->week0 = cal_monday(in->today) - 7 * (STATS_WEEKS - 1);

	t.lo = stats_first_needed_day(in->today, st->days);
	t.n = in->today - t.lo + 1;
	t.water = xcalloc(t.n, sizeof *t.water);
	t.heat = xcalloc(t.n, sizeof *t.heat);
	t.logged = xcalloc(t.n, sizeof *t.logged);
	t.any = xcalloc(t.n, sizeof *t.any);
	t.cramps = xcalloc(t.n, sizeof *t.cramps);
	t.night_cramps = xcalloc(t.n, sizeof *t.night_cramps);
	t.evening = xcalloc(t.n, sizeof *t.evening);
	tally_drinks(in, &t);
	tally_cramps(in, st, &t);
	tally_sessions(in, st, &t);

	figures_water(in, st, &t);
	figures_weeks(in, st, &t);
	figures_insights(in, st, &t);
	period_spans(in, st);
	period_cramps(in, st);

	free(t.water);
	free(t.heat);
	free(t.logged);
	free(t.any);
	free(t.cramps);
	free(t.night_cramps);
	free(t.evening);
}

/*
 * One comparison's sentence from its two halves, each already formatted
 * (through gettext, a count's form chosen by its own number).
 */
static void
compare_join(char *buf, size_t len, const char *a, const char *b)
{
	snprintf(buf, len, "%s %s", a, b);
}

void
stats_water_text(const struct stats *st, char *buf, size_t len)
{
	const struct stats_compare	*c = &st->water;
	char				 a[256], b[256];

	if (!c->enough) {
		snprintf(buf, len, _("Water and cramps: not enough data yet. "
		    "This needs %d whole days below your water goal and %d at "
		    "or above it, with drinks logged; so far %d and %d."),
		    STATS_MIN_GROUP, STATS_MIN_GROUP, c->units_a, c->units_b);
		return;
	}
	snprintf(a, sizeof a, NG_("On days below your water goal: %.2f cramps "
	    "a day (%d in %d day).", "On days below your water goal: %.2f "
	    "cramps a day (%d in %d days).", c->units_a),
	    stats_rate(c->events_a, c->units_a), c->events_a, c->units_a);
	snprintf(b, sizeof b, NG_("At or above it: %.2f (%d in %d day).",
	    "At or above it: %.2f (%d in %d days).", c->units_b),
	    stats_rate(c->events_b, c->units_b), c->events_b, c->units_b);
	compare_join(buf, len, a, b);
}

void
stats_stretch_text(const struct stats *st, char *buf, size_t len)
{
	const struct stats_compare	*c = &st->stretch;
	char				 a[256], b[256];

	if (!c->enough) {
		snprintf(buf, len, _("Evening stretch and night cramps: not "
		    "enough data yet. This needs %d nights after an evening "
		    "stretch and %d without; so far %d and %d."),
		    STATS_MIN_GROUP, STATS_MIN_GROUP, c->units_a, c->units_b);
		return;
	}
	snprintf(a, sizeof a, NG_("Nights after an evening stretch: %.2f "
	    "cramps a night (%d in %d night).", "Nights after an evening "
	    "stretch: %.2f cramps a night (%d in %d nights).", c->units_a),
	    stats_rate(c->events_a, c->units_a), c->events_a, c->units_a);
	snprintf(b, sizeof b, NG_("Nights without: %.2f (%d in %d night).",
	    "Nights without: %.2f (%d in %d nights).", c->units_b),
	    stats_rate(c->events_b, c->units_b), c->events_b, c->units_b);
	compare_join(buf, len, a, b);
}

void
stats_severity_text(const struct stats *st, char *buf, size_t len)
{
	if (st->severity_n < STATS_MIN_GROUP) {
		snprintf(buf, len, _("Severity: not enough data yet; this "
		    "needs %d rated cramps, so far %d."),
		    STATS_MIN_GROUP, st->severity_n);
		return;
	}
	snprintf(buf, len, NG_("Severity (%d cramp rated, 1-10): mean %.1f, "
	    "median %g.", "Severity (%d cramps rated, 1-10): mean %.1f, "
	    "median %g.", st->severity_n), st->severity_n, st->severity_mean,
	    st->severity_median);
}

void
stats_trigger_text(const struct stats *st, char *buf, size_t len)
{
	int	 used[STATS_MAX_TRIGGERS] = { 0 }, best, n, i, j;
	size_t	 at;

	if (st->triggers_n < STATS_MIN_GROUP) {
		snprintf(buf, len, _("Triggers: not enough data yet; this "
		    "needs %d cramps with a trigger, so far %d."),
		    STATS_MIN_GROUP, st->triggers_n);
		return;
	}
	at = (size_t)snprintf(buf, len, NG_("Triggers noted (%d cramp), most "
	    "common first:", "Triggers noted (%d cramps), most common first:",
	    st->triggers_n), st->triggers_n);
	n = (int)cramp_ntriggers < STATS_MAX_TRIGGERS ?
	    (int)cramp_ntriggers : STATS_MAX_TRIGGERS;
	/* Most common first; a tie keeps the order of the question. */
	for (j = 0; j < n && at < len; j++) {
		best = -1;
		for (i = 0; i < n; i++)
			if (!used[i] && st->trigger_count[i] > 0 &&
			    (best < 0 ||
			    st->trigger_count[i] > st->trigger_count[best]))
				best = i;
		if (best < 0)
			break;
		used[best] = 1;
		at += (size_t)snprintf(buf + at, len - at, "%s %s %d",
		    j > 0 ? ";" : "", _(cramp_triggers[best]),
		    st->trigger_count[best]);
	}
	if (at < len)
		snprintf(buf + at, len - at, ".");
}
