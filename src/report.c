/*
 * report: the measures over whole weeks ending today, from one pass over
 * the records. Days and minutes come from the injected zone, so a clock
 * change leaves a day a day; a cramp belongs to the day, hour and night it
 * started in, however long it lasted.
 */
#include "report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "routine.h"
#include "util.h"

void
report_begin(struct report *r, const struct report_params *p)
{
	int w;

	memset(r, 0, sizeof *r);
	r->p = *p;
	if (r->p.weeks < 1)
		r->p.weeks = 1;
	if (r->p.weeks > REPORT_MAX_WEEKS)
		r->p.weeks = REPORT_MAX_WEEKS;
	r->today = cal_day(p->zone, p->now, &r->now_minute);
	r->days = 7 * r->p.weeks;
	r->from_day = r->today - r->days + 1;
	for (w = 0; w < r->p.weeks; w++)
		r->week[w].first_day = r->from_day + 7 * w;
}

time_t
report_since(const struct report *r)
{
	/* A night cramp just after midnight belongs to the night before. */
	return cal_instant(r->p.zone, r->from_day, 0);
}

/*
 * The night a start at (day, minute) falls in, named by the day the night
 * starts on (as stats.c): 0 outside the night hours.
 */
static int
night_of(const struct report *r, int day, int minute, int *night)
{
	int from = r->p.night_from, to = r->p.night_to;

	if (from >= to) {
		if (minute >= from)
			*night = day;
		else if (minute < to)
			*night = day - 1;
		else
			return 0;
		return 1;
	}
	if (minute >= from && minute < to) {
		*night = day - 1;
		return 1;
	}
	return 0;
}

/* 1 + the index of the trigger a note records ("trigger: TEXT"), or 0. */
static int
trigger_of(const char *note)
{
	static const char prefix[] = "trigger: ";
	size_t i;

	if (strncmp(note, prefix, sizeof prefix - 1) != 0)
		return 0;
	for (i = 0; i < cramp_ntriggers && i < REPORT_TRIGGERS; i++)
		if (strcmp(note + sizeof prefix - 1, cramp_triggers[i]) == 0)
			return (int)i + 1;
	return 0;
}

static int
part_of(const char *part)
{
	size_t i;

	for (i = 0; i < relief_nparts && i < REPORT_PARTS; i++)
		if (strcmp(part, relief_parts[i]) == 0)
			return (int)i;
	return REPORT_PARTS;
}

static void
add_cramp(struct report *r, const struct history_item *it, int day,
    int minute)
{
	int night;

	r->cramps++;
	r->week[(day - r->from_day) / 7].cramps++;
	r->any[day - r->from_day] = 1;
	r->part[part_of(it->part)]++;
	r->hour[minute / 60]++;
	if (it->severity >= 1 && it->severity <= 10) {
		r->sev_hist[it->severity]++;
		r->week[(day - r->from_day) / 7].rated++;
		r->week[(day - r->from_day) / 7].severity_sum += it->severity;
	}
	if (it->duration_s >= 0) {
		if (r->ndur == r->dur_cap) {
			r->dur_cap = r->dur_cap ? 2 * r->dur_cap : 64;
			r->dur = xreallocarray(r->dur, r->dur_cap,
			    sizeof *r->dur);
		}
		r->dur[r->ndur++] = it->duration_s;
		if (it->duration_s >= REPORT_REDFLAG_S)
			r->redflag++;
	}
	if (it->has_note) {
		int t = trigger_of(it->note);

		if (t > 0) {
			r->trigger[t - 1]++;
			r->triggers_n++;
		}
	}
	if (night_of(r, day, minute, &night) && night >= r->from_day) {
		r->day_night_cramps[night - r->from_day]++;
		r->any[night - r->from_day] = 1;
	}
}

static void
add_relief(struct report *r, const struct history_item *it)
{
	struct report_routine	*ro = NULL;
	int			 i;

	r->relief_sessions++;
	for (i = 0; i < r->nroutines; i++)
		if (strcmp(r->routine[i].name, it->routine) == 0)
			ro = &r->routine[i];
	if (ro == NULL && r->nroutines < REPORT_ROUTINES) {
		ro = &r->routine[r->nroutines++];
		strlcpy_safe(ro->name, it->routine, sizeof ro->name);
	}
	if (ro == NULL)
		ro = &r->routine[REPORT_ROUTINES];
	ro->used++;
	/* As stats: completed with no step done (an import) is not. */
	if (it->completed && it->steps_done > 0)
		ro->completed++;
}

void
report_add(struct report *r, const struct history_item *it)
{
	int day, minute;

	if (it->type != HREC_CRAMP && it->type != HREC_SESSION &&
	    it->type != HREC_DRINK)
		return;
	day = cal_day(r->p.zone, it->at, &minute);
	if (day < r->from_day || day > r->today)
		return;
	switch (it->type) {
	case HREC_CRAMP:
		add_cramp(r, it, day, minute);
		break;
	case HREC_SESSION:
		r->any[day - r->from_day] = 1;
		if (strcmp(it->kind, "relief") == 0)
			add_relief(r, it);
		else if (strcmp(it->kind, "stretch") == 0 && it->completed &&
		    it->steps_done > 0 && minute >= STATS_EVENING_FROM)
			r->evening[day - r->from_day] = 1;
		break;
	default:
		r->any[day - r->from_day] = 1;
		r->day_ml[day - r->from_day] += it->ml;
		break;
	}
}

static int
cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return (x > y) - (x < y);
}

/* Mean and median of v[n] (sorted here), in tenths. */
static void
value_of(struct report_value *out, int *v, int n)
{
	long long sum = 0;
	int i;

	out->n = n;
	out->enough = n >= STATS_MIN_GROUP;
	if (n == 0)
		return;
	qsort(v, (size_t)n, sizeof *v, cmp_int);
	for (i = 0; i < n; i++)
		sum += v[i];
	out->mean_x10 = (long)((sum * 10 + n / 2) / n);
	out->median_x10 = n % 2 ? 10L * v[n / 2] :
	    5L * ((long)v[n / 2 - 1] + v[n / 2]);
}

static void
severity_value(struct report *r)
{
	int v[REPORT_MAX_DAYS * 4], n = 0, s, k;
	int *all;

	/* The histogram back into values: few, but bounded by nothing. */
	for (s = 1; s <= 10; s++)
		n += r->sev_hist[s];
	all = n <= (int)nitems(v) ? v : xcalloc((size_t)n, sizeof *all);
	for (s = 1, n = 0; s <= 10; s++)
		for (k = 0; k < r->sev_hist[s]; k++)
			all[n++] = s;
	value_of(&r->severity, all, n);
	if (all != v)
		free(all);
}

/* Nights, adherence and water, a week at a time. */
static void
per_day(struct report *r)
{
	struct report_week	*w;
	int			 d, day;

	for (d = 0; d < r->days; d++) {
		day = r->from_day + d;
		w = &r->week[d / 7];
		/* Whole days only; last night counts once it is over. */
		if (day < r->today && r->any[d] &&
		    !(day == r->today - 1 && r->now_minute < r->p.night_to)) {
			w->nights++;
			w->night_cramps += r->day_night_cramps[d];
			if (r->day_night_cramps[d] > 0)
				w->nights_cramp++;
			if (r->evening[d])
				w->evenings++;
		}
		if (day < r->today && r->day_ml[d] > 0) {
			w->water_days++;
			w->water_ml += r->day_ml[d];
			if (r->day_ml[d] >= r->p.goal_ml)
				w->water_at_goal++;
		}
	}
	for (d = 0; d < r->p.weeks; d++) {
		w = &r->week[d];
		r->nights += w->nights;
		r->nights_cramp += w->nights_cramp;
		r->night_cramps += w->night_cramps;
		r->evenings += w->evenings;
		r->water_days += w->water_days;
		r->water_at_goal += w->water_at_goal;
		r->water_ml += w->water_ml;
	}
}

void
report_end(struct report *r)
{
	per_day(r);
	severity_value(r);
	value_of(&r->duration_s, r->dur, r->ndur);
	free(r->dur);
	r->dur = NULL;
	r->ndur = r->dur_cap = 0;
}

void
report_tenths(char *buf, size_t len, long x10)
{
	unsigned long a = x10 < 0 ? (unsigned long)-x10 : (unsigned long)x10;

	snprintf(buf, len, "%s%lu.%lu", x10 < 0 ? "-" : "", a / 10, a % 10);
}

int
report_percent(int a, int b)
{
	return b > 0 ? (int)((200L * a + b) / (2L * b)) : 0;
}

long
report_ratio_x10(long a, long b)
{
	return b > 0 ? (20 * a + b) / (2 * b) : 0;
}
