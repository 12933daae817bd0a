/*
 * report_text: the report's sentences, and the report as text or
 * Markdown fitted to 78 columns. Nothing here says why: the report counts
 * what went together, never a cause.
 */
#include "report_text.h"

#include <stdlib.h>
#include <string.h>

#include "routine.h"
#include "util.h"

#define WIDTH	78

const char report_disclaimer[] = "unclench is a coach, not a medical "
    "device. These figures count what the patient logged in a diary; they "
    "show what went together, not what caused what. See a doctor about "
    "cramps that last, come back often, or come with swelling, redness, "
    "weakness or numbness.";
const char report_note[] = "A night is named by the day it starts on and "
    "counts as recorded when that day holds any record; a mean, a median "
    "or a rate needs 7 values (nights, days or cramps), as in `unclench "
    "stats`.";

void
report_date(char *buf, size_t len, int day)
{
	int y, m, d;

	cal_civil(day, &y, &m, &d);
	snprintf(buf, len, "%04d-%02d-%02d", y, m, d);
}

void
report_range(const struct report *r, char *buf, size_t len)
{
	char a[16], b[16];

	report_date(a, sizeof a, r->from_day);
	report_date(b, sizeof b, r->today);
	snprintf(buf, len, "%s to %s (%d week%s)", a, b, r->p.weeks,
	    r->p.weeks == 1 ? "" : "s");
}

static const char *
s_(int n)
{
	return n == 1 ? "" : "s";
}

static void
too_few(char *buf, size_t len, const char *what, int n, const char *one,
    const char *many)
{
	snprintf(buf, len, "%s: not enough data yet (%d %s; this needs %d).",
	    what, n, n == 1 ? one : many, STATS_MIN_GROUP);
}

/* Seconds in tenths to minutes in tenths. */
static long
min_x10(long s_x10)
{
	return (s_x10 + 30) / 60;
}

static void
line_value(const struct report *r, enum report_line which, char *buf,
    size_t len)
{
	const struct report_value *v = which == RL_SEVERITY ? &r->severity :
	    &r->duration_s;
	char a[24], b[24];

	if (!v->enough) {
		too_few(buf, len, which == RL_SEVERITY ? "Severity" :
		    "Duration", v->n, which == RL_SEVERITY ? "rated cramp" :
		    "timed cramp", which == RL_SEVERITY ? "rated cramps" :
		    "timed cramps");
		return;
	}
	if (which == RL_SEVERITY) {
		report_tenths(a, sizeof a, v->mean_x10);
		report_tenths(b, sizeof b, v->median_x10);
		snprintf(buf, len, "Severity (1-10): mean %s, median %s (%d "
		    "cramps rated).", a, b, v->n);
		return;
	}
	report_tenths(a, sizeof a, min_x10(v->mean_x10));
	report_tenths(b, sizeof b, min_x10(v->median_x10));
	snprintf(buf, len, "Duration: mean %s min, median %s min (%d cramps "
	    "timed).", a, b, v->n);
}

static void
line_water(const struct report *r, char *buf, size_t len)
{
	char a[24];

	if (r->p.fluid_restricted) {
		snprintf(buf, len, "Water: tracking only (fluids restricted "
		    "by a doctor): %d whole day%s with drinks logged, %ld ml "
		    "a day on average.", r->water_days, s_(r->water_days),
		    r->water_days > 0 ? (r->water_ml + r->water_days / 2) /
		    r->water_days : 0L);
		return;
	}
	if (r->water_days < STATS_MIN_GROUP) {
		too_few(buf, len, "Water", r->water_days,
		    "whole day with drinks logged",
		    "whole days with drinks logged");
		return;
	}
	snprintf(a, sizeof a, "%ld ml", r->p.goal_ml);
	snprintf(buf, len, "Water: %d of %d whole days with drinks logged at "
	    "or above the goal of %s (%d%%).", r->water_at_goal,
	    r->water_days, a, report_percent(r->water_at_goal,
	    r->water_days));
}

void
report_line(const struct report *r, enum report_line which, char *buf,
    size_t len)
{
	char a[24];
	long h;

	switch (which) {
	case RL_NIGHTS_CRAMP:
		if (r->nights < STATS_MIN_GROUP) {
			too_few(buf, len, "Nights with a cramp", r->nights,
			    "recorded night", "recorded nights");
			break;
		}
		report_tenths(a, sizeof a,
		    report_ratio_x10(7L * r->nights_cramp, r->nights));
		snprintf(buf, len, "Nights with a cramp: %d of %d recorded "
		    "nights (%d%%), %s a week.", r->nights_cramp, r->nights,
		    report_percent(r->nights_cramp, r->nights), a);
		break;
	case RL_PER_NIGHT:
		if (r->nights < STATS_MIN_GROUP) {
			too_few(buf, len, "Cramps a night", r->nights,
			    "recorded night", "recorded nights");
			break;
		}
		/* Hundredths: a rate under 1 needs two places. */
		h = (200L * r->night_cramps + r->nights) / (2L * r->nights);
		snprintf(buf, len, "Cramps a night: %ld.%02ld (%d cramp%s in the "
		    "night hours in %d recorded nights).", h / 100, h % 100,
		    r->night_cramps, s_(r->night_cramps), r->nights);
		break;
	case RL_SEVERITY:
	case RL_DURATION:
		line_value(r, which, buf, len);
		break;
	case RL_CRAMPS:
		snprintf(buf, len, "Cramps logged, any hour: %d.", r->cramps);
		break;
	case RL_REDFLAG:
		snprintf(buf, len, "Cramps of 10 minutes or more (the coach "
		    "showed its red-flag page): %d of %d timed.", r->redflag,
		    r->duration_s.n);
		break;
	case RL_STRETCH:
		if (r->nights < STATS_MIN_GROUP) {
			too_few(buf, len, "Bedtime stretch", r->nights,
			    "recorded night", "recorded nights");
			break;
		}
		snprintf(buf, len, "Bedtime stretch: %d of %d recorded nights "
		    "after an evening stretch (%d%%).", r->evenings,
		    r->nights, report_percent(r->evenings, r->nights));
		break;
	default:
		line_water(r, buf, len);
		break;
	}
}

void
report_parts_text(const struct report *r, char *buf, size_t len)
{
	size_t	at, i;

	at = (size_t)snprintf(buf, len, "By body part:");
	for (i = 0; i <= REPORT_PARTS && at < len; i++) {
		if (i == REPORT_PARTS && r->part[i] == 0)
			break;
		at += (size_t)snprintf(buf + at, len - at, "%s %s %d (%d%%)",
		    i > 0 ? "," : "", i < REPORT_PARTS ? relief_parts[i] :
		    "other", r->part[i], report_percent(r->part[i],
		    r->cramps));
	}
	if (at < len)
		snprintf(buf + at, len - at, ".");
}

void
report_triggers_text(const struct report *r, char *buf, size_t len)
{
	size_t	at;
	int	i, any = 0;

	at = (size_t)snprintf(buf, len, "Triggers the patient noted (%d "
	    "cramp%s; counts, not causes):", r->triggers_n, s_(r->triggers_n));
	for (i = 0; i < REPORT_TRIGGERS && at < len; i++) {
		if (r->trigger[i] == 0)
			continue;
		at += (size_t)snprintf(buf + at, len - at, "%s %s %d",
		    any ? ";" : "", cramp_triggers[i], r->trigger[i]);
		any = 1;
	}
	if (at < len)
		snprintf(buf + at, len - at, "%s.", any ? "" : " none");
}

/*
 * Text wrapped at spaces (a longer word is cut): the first line after
 * lead, the others indented as far.
 */
static void
wrap_lead(FILE *f, const char *lead, const char *p)
{
	const char	*brk;
	int		 indent = (int)strlen(lead), room = WIDTH - indent, n;

	while (*p != '\0') {
		n = (int)strlen(p);
		if (n > room) {
			for (brk = p + room; brk > p && *brk != ' '; brk--)
				;
			n = brk > p ? (int)(brk - p) : room;
		}
		fprintf(f, "%s%.*s\n", lead, n, p);
		lead = &"    "[4 - indent];
		p += n;
		while (*p == ' ')
			p++;
	}
}

/* A routine name for Markdown: controls escaped, markup characters too. */
static char *
escape_name(const char *s, int md)
{
	char	*t = text_escape(s), *out, *o;
	size_t	 i;

	if (!md)
		return t;
	out = o = xmalloc(2 * strlen(t) + 1);
	for (i = 0; t[i] != '\0'; i++) {
		if (strchr("\\`*_{}[]()<>#+-.!|~", t[i]) != NULL)
			*o++ = '\\';
		*o++ = t[i];
	}
	*o = '\0';
	free(t);
	return out;
}

static void
print_routines(FILE *f, const struct report *r, int md)
{
	char	 text[2048];
	char	*name;
	size_t	 at;
	int	 i, any = 0;

	at = (size_t)snprintf(text, sizeof text, "Relief routines used: %d "
	    "time%s", r->relief_sessions, s_(r->relief_sessions));
	for (i = 0; i <= REPORT_ROUTINES && at < sizeof text; i++) {
		const struct report_routine *ro = &r->routine[i];

		if (ro->used == 0)
			continue;
		name = escape_name(i < REPORT_ROUTINES ? ro->name : "other",
		    md);
		at += (size_t)snprintf(text + at, sizeof text - at, "%s %s %d "
		    "(%d to the end)", any ? ";" : ":", name, ro->used,
		    ro->completed);
		any = 1;
		free(name);
	}
	if (at < sizeof text)
		snprintf(text + at, sizeof text - at, ".");
	wrap_lead(f, md ? "- " : "  ", text);
}

static void
heading(FILE *f, int md, const char *s)
{
	if (md)
		fprintf(f, "\n## %s\n\n", s);
	else
		fprintf(f, "\n%s\n", s);
}

/* A line of text: wrapped (text) or a list item (md). */
static void
item(FILE *f, int md, const char *s)
{
	wrap_lead(f, md ? "- " : "  ", s);
}

static void
print_weeks(FILE *f, const struct report *r, int md)
{
	const struct report_week	*w;
	char				 day[16], sev[24], water[24];
	int				 i;

	heading(f, md, "Week by week");
	if (md)
		fprintf(f, "| from | nights | with cramp | cramps | "
		    "severity (n) | water at goal | stretch |\n"
		    "|---|--:|--:|--:|--:|--:|--:|\n");
	else
		fprintf(f, "  %-10s %6s %12s %6s %16s %13s %7s\n",
		    "week from", "nights", "with a cramp", "cramps",
		    "severity (rated)", "water at goal", "stretch");
	for (i = 0; i < r->p.weeks; i++) {
		w = &r->week[i];
		report_date(day, sizeof day, w->first_day);
		if (w->rated > 0) {
			report_tenths(sev, sizeof sev, report_ratio_x10(
			    w->severity_sum, w->rated));
			snprintf(sev + strlen(sev), sizeof sev - strlen(sev),
			    " (%d)", w->rated);
		} else
			snprintf(sev, sizeof sev, "-");
		if (r->p.fluid_restricted)
			snprintf(water, sizeof water, "%d days", w->water_days);
		else
			snprintf(water, sizeof water, "%d of %d",
			    w->water_at_goal, w->water_days);
		if (md)
			fprintf(f, "| %s | %d | %d | %d | %s | %s | %d |\n",
			    day, w->nights, w->nights_cramp, w->cramps, sev,
			    water, w->evenings);
		else
			fprintf(f, "  %-10s %6d %12d %6d %16s %13s %7d\n", day,
			    w->nights, w->nights_cramp, w->cramps, sev, water,
			    w->evenings);
	}
	if (!md)
		fprintf(f, "  (nights: recorded nights; water: whole days at "
		    "goal of days logged)\n");
}

static void
print_hours(FILE *f, const struct report *r, int md)
{
	int i, row;

	heading(f, md, "By hour (when each cramp started)");
	for (row = 0; md && row < 2; row++) {
		fprintf(f, "%s| hour |", row > 0 ? "\n" : "");
		for (i = 12 * row; i < 12 * row + 12; i++)
			fprintf(f, " %02d |", i);
		fprintf(f, "\n|---|");
		for (i = 12 * row; i < 12 * row + 12; i++)
			fprintf(f, "--:|");
		fprintf(f, "\n| cramps |");
		for (i = 12 * row; i < 12 * row + 12; i++)
			fprintf(f, " %d |", r->hour[i]);
		fprintf(f, "\n");
	}
	if (md)
		return;
	for (row = 0; row < 2; row++) {
		fprintf(f, "  hour  ");
		for (i = 12 * row; i < 12 * row + 12; i++)
			fprintf(f, "%5.2d", i);
		fprintf(f, "\n  cramps");
		for (i = 12 * row; i < 12 * row + 12; i++)
			fprintf(f, "%5d", r->hour[i]);
		fputc('\n', f);
	}
}

int
report_print_text(FILE *f, const struct report *r, int md,
    const char *generated)
{
	char	text[1024];
	int	i;

	report_range(r, text, sizeof text);
	if (md)
		fprintf(f, "# Cramp diary report: %s\n\nGenerated %s by "
		    "unclench.\n", text, generated);
	else
		fprintf(f, "Cramp diary report: %s\nGenerated %s by "
		    "unclench.\n", text, generated);
	heading(f, md, "Night cramps (measures of Hallegraeff et al., J "
	    "Physiother 2012)");
	for (i = RL_NIGHTS_CRAMP; i <= RL_DURATION; i++) {
		report_line(r, (enum report_line)i, text, sizeof text);
		item(f, md, text);
	}
	heading(f, md, "What the diary holds beside them");
	for (i = RL_CRAMPS; i < RL_COUNT; i++) {
		report_line(r, (enum report_line)i, text, sizeof text);
		item(f, md, text);
	}
	report_parts_text(r, text, sizeof text);
	item(f, md, text);
	report_triggers_text(r, text, sizeof text);
	item(f, md, text);
	print_routines(f, r, md);
	print_hours(f, r, md);
	print_weeks(f, r, md);
	heading(f, md, "Please note");
	wrap_lead(f, md ? "" : "  ", report_note);
	if (md)
		fputc('\n', f);
	wrap_lead(f, md ? "" : "  ", report_disclaimer);
	return fflush(f) != 0 || ferror(f) ? -1 : 0;
}
