/*
 * report_text: the report's sentences, and the report as text or
 * Markdown fitted to 78 columns. Nothing here says why: the report counts
 * what went together, never a cause.
 */
#include "report_text.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "routine.h"
#include "util.h"

#define WIDTH	78

/* Marked: every format shows them through _(). */
const char report_disclaimer[] = N_("unclench is a coach, not a medical "
    "device. These figures count what the patient logged in a diary; they "
    "show what went together, not what caused what. See a doctor about "
    "cramps that last, come back often, or come with swelling, redness, "
    "weakness or numbness.");
const char report_note[] = N_("A night is named by the day it starts on "
    "and counts as recorded when that day holds any record; a mean, a "
    "median or a rate needs 7 values (nights, days or cramps), as in "
    "`unclench stats`.");

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
	snprintf(buf, len, NG_("%s to %s (%d week)", "%s to %s (%d weeks)",
	    (unsigned long)r->p.weeks), a, b, r->p.weeks);
}

/* "what: not enough data yet (n nouns; ...)": nouns is NG_'s choice. */
static void
too_few(char *buf, size_t len, const char *what, int n, const char *nouns)
{
	snprintf(buf, len, _("%s: not enough data yet (%d %s; this needs %d)."),
	    what, n, nouns, STATS_MIN_GROUP);
}

/* The noun of too_few for nights. */
static const char *
nights_noun(int n)
{
	return NG_("recorded night", "recorded nights", (unsigned long)n);
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
		if (which == RL_SEVERITY)
			too_few(buf, len, _("Severity"), v->n, NG_("rated "
			    "cramp", "rated cramps", (unsigned long)v->n));
		else
			too_few(buf, len, _("Duration"), v->n, NG_("timed "
			    "cramp", "timed cramps", (unsigned long)v->n));
		return;
	}
	if (which == RL_SEVERITY) {
		report_tenths(a, sizeof a, v->mean_x10);
		report_tenths(b, sizeof b, v->median_x10);
		snprintf(buf, len, NG_("Severity (1-10): mean %s, median %s "
		    "(%d cramp rated).", "Severity (1-10): mean %s, median %s "
		    "(%d cramps rated).", (unsigned long)v->n), a, b, v->n);
		return;
	}
	report_tenths(a, sizeof a, min_x10(v->mean_x10));
	report_tenths(b, sizeof b, min_x10(v->median_x10));
	snprintf(buf, len, NG_("Duration: mean %s min, median %s min (%d "
	    "cramp timed).", "Duration: mean %s min, median %s min (%d cramps "
	    "timed).", (unsigned long)v->n), a, b, v->n);
}

static void
line_water(const struct report *r, char *buf, size_t len)
{
	char a[24];

	if (r->p.fluid_restricted) {
		snprintf(buf, len, NG_("Water: tracking only (fluids "
		    "restricted by a doctor): %d whole day with drinks logged, "
		    "%ld ml a day on average.", "Water: tracking only (fluids "
		    "restricted by a doctor): %d whole days with drinks logged, "
		    "%ld ml a day on average.", (unsigned long)r->water_days),
		    r->water_days,
		    r->water_days > 0 ? (r->water_ml + r->water_days / 2) /
		    r->water_days : 0L);
		return;
	}
	if (r->water_days < STATS_MIN_GROUP) {
		too_few(buf, len, _("Water"), r->water_days,
		    NG_("whole day with drinks logged", "whole days with "
		    "drinks logged", (unsigned long)r->water_days));
		return;
	}
	snprintf(a, sizeof a, "%ld ml", r->p.goal_ml);
	snprintf(buf, len, _("Water: %d of %d whole days with drinks logged at "
	    "or above the goal of %s (%d%%)."), r->water_at_goal,
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
			too_few(buf, len, _("Nights with a cramp"), r->nights,
			    nights_noun(r->nights));
			break;
		}
		report_tenths(a, sizeof a,
		    report_ratio_x10(7L * r->nights_cramp, r->nights));
		snprintf(buf, len, _("Nights with a cramp: %d of %d recorded "
		    "nights (%d%%), %s a week."), r->nights_cramp, r->nights,
		    report_percent(r->nights_cramp, r->nights), a);
		break;
	case RL_PER_NIGHT:
		if (r->nights < STATS_MIN_GROUP) {
			too_few(buf, len, _("Cramps a night"), r->nights,
			    nights_noun(r->nights));
			break;
		}
		/* Hundredths: a rate under 1 needs two places. */
		h = (200L * r->night_cramps + r->nights) / (2L * r->nights);
		snprintf(buf, len, NG_("Cramps a night: %ld.%02ld (%d cramp in "
		    "the night hours in %d recorded nights).", "Cramps a night: "
		    "%ld.%02ld (%d cramps in the night hours in %d recorded "
		    "nights).", (unsigned long)r->night_cramps), h / 100,
		    h % 100, r->night_cramps, r->nights);
		break;
	case RL_SEVERITY:
	case RL_DURATION:
		line_value(r, which, buf, len);
		break;
	case RL_CRAMPS:
		snprintf(buf, len, _("Cramps logged, any hour: %d."),
		    r->cramps);
		break;
	case RL_REDFLAG:
		snprintf(buf, len, _("Cramps of 10 minutes or more (the coach "
		    "showed its red-flag page): %d of %d timed."), r->redflag,
		    r->duration_s.n);
		break;
	case RL_STRETCH:
		if (r->nights < STATS_MIN_GROUP) {
			too_few(buf, len, _("Bedtime stretch"), r->nights,
			    nights_noun(r->nights));
			break;
		}
		snprintf(buf, len, _("Bedtime stretch: %d of %d recorded "
		    "nights after an evening stretch (%d%%)."), r->evenings,
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

	at = (size_t)snprintf(buf, len, "%s", _("By body part:"));
	for (i = 0; i <= REPORT_PARTS && at < len; i++) {
		if (i == REPORT_PARTS && r->part[i] == 0)
			break;
		at += (size_t)snprintf(buf + at, len - at, "%s %s %d (%d%%)",
		    i > 0 ? "," : "", i < REPORT_PARTS ? relief_parts[i] :
		    _("other"), r->part[i], report_percent(r->part[i],
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

	at = (size_t)snprintf(buf, len, NG_("Triggers the patient noted (%d "
	    "cramp; counts, not causes):", "Triggers the patient noted (%d "
	    "cramps; counts, not causes):", (unsigned long)r->triggers_n),
	    r->triggers_n);
	for (i = 0; i < REPORT_TRIGGERS && at < len; i++) {
		if (r->trigger[i] == 0)
			continue;
		at += (size_t)snprintf(buf + at, len - at, "%s %s %d",
		    any ? ";" : "", _(cramp_triggers[i]), r->trigger[i]);
		any = 1;
	}
	if (at < len)
		snprintf(buf + at, len - at, "%s.", any ? "" : _(" none"));
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

	at = (size_t)snprintf(text, sizeof text, NG_("Relief routines used: "
	    "%d time", "Relief routines used: %d times",
	    (unsigned long)r->relief_sessions), r->relief_sessions);
	for (i = 0; i <= REPORT_ROUTINES && at < sizeof text; i++) {
		const struct report_routine *ro = &r->routine[i];

		if (ro->used == 0)
			continue;
		name = escape_name(i < REPORT_ROUTINES ? ro->name : _("other"),
		    md);
		at += (size_t)snprintf(text + at, sizeof text - at,
		    _("%s %s %d (%d to the end)"), any ? ";" : ":", name, ro->used,
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

/*
 * A cell of a text table, w columns wide (a translated heading is
 * counted in characters, not bytes); left: aligned left.
 */
static void
cell(FILE *f, const char *s, int w, int left)
{
	int pad = w - (int)utf8_length(s);

	if (left)
		fprintf(f, "%s%*s", s, pad > 0 ? pad : 0, "");
	else
		fprintf(f, "%*s%s", pad > 0 ? pad : 0, "", s);
}

/* The columns of the text table: as wide as their headings. */
static void
week_heads(FILE *f, int *w)
{
	/*
	 * What the cells need: a date, "10.0 (99)", "7 of 7" (a heading
	 * shorter than the English still leaves them room).
	 */
	static const int	 least[7] = { 10, 3, 3, 3, 9, 7, 3 };
	const char		*head[7];
	int			 i;

	head[0] = _("week from");
	head[1] = _("nights");
	head[2] = _("with a cramp");
	head[3] = _("cramps");
	head[4] = _("severity (rated)");
	head[5] = _("water at goal");
	head[6] = _("stretch");
	fputs(" ", f);
	for (i = 0; i < 7; i++) {
		w[i] = (int)utf8_length(head[i]);
		if (w[i] < least[i])
			w[i] = least[i];
		fputc(' ', f);
		cell(f, head[i], w[i], i == 0);
	}
	fputc('\n', f);
}

static void
print_weeks(FILE *f, const struct report *r, int md)
{
	const struct report_week	*w;
	char				 day[16], sev[24], water[48];
	int				 i, cw[7];

	heading(f, md, _("Week by week"));
	if (md)
		fprintf(f, "%s\n|---|--:|--:|--:|--:|--:|--:|\n", _("| from "
		    "| nights | with cramp | cramps | severity (n) | water at "
		    "goal | stretch |"));
	else
		week_heads(f, cw);
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
			snprintf(water, sizeof water, NG_("%d day", "%d days",
			    (unsigned long)w->water_days), w->water_days);
		else
			snprintf(water, sizeof water, _("%d of %d"),
			    w->water_at_goal, w->water_days);
		if (md)
			fprintf(f, "| %s | %d | %d | %d | %s | %s | %d |\n",
			    day, w->nights, w->nights_cramp, w->cramps, sev,
			    water, w->evenings);
		else {
			fprintf(f, "  %-*s %*d %*d %*d ", cw[0], day, cw[1],
			    w->nights, cw[2], w->nights_cramp, cw[3],
			    w->cramps);
			cell(f, sev, cw[4], 0);
			fputc(' ', f);
			cell(f, water, cw[5], 0);
			fprintf(f, " %*d\n", cw[6], w->evenings);
		}
	}
	if (!md)
		fputs(_("  (nights: recorded nights; water: whole days at goal "
		    "of days logged)\n"), f);
}

static void
print_hours(FILE *f, const struct report *r, int md)
{
	const char	*hour = _("hour"), *cramps = _("cramps");
	int		 i, row, w;

	heading(f, md, _("By hour (when each cramp started)"));
	for (row = 0; md && row < 2; row++) {
		fprintf(f, "%s| %s |", row > 0 ? "\n" : "", hour);
		for (i = 12 * row; i < 12 * row + 12; i++)
			fprintf(f, " %02d |", i);
		fprintf(f, "\n|---|");
		for (i = 12 * row; i < 12 * row + 12; i++)
			fprintf(f, "--:|");
		fprintf(f, "\n| %s |", cramps);
		for (i = 12 * row; i < 12 * row + 12; i++)
			fprintf(f, " %d |", r->hour[i]);
		fprintf(f, "\n");
	}
	if (md)
		return;
	/* The labels' column: "cramps" wide, or a longer translation. */
	w = (int)utf8_length(cramps) > (int)utf8_length(hour) ?
	    (int)utf8_length(cramps) : (int)utf8_length(hour);
	if (w < 6)
		w = 6;
	for (row = 0; row < 2; row++) {
		fputs("  ", f);
		cell(f, hour, w, 1);
		for (i = 12 * row; i < 12 * row + 12; i++)
			fprintf(f, "%5.2d", i);
		fputs("\n  ", f);
		cell(f, cramps, w, 1);
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
		fprintf(f, _("# Cramp diary report: %s\n\nGenerated %s by "
		    "unclench.\n"), text, generated);
	else
		fprintf(f, _("Cramp diary report: %s\nGenerated %s by "
		    "unclench.\n"), text, generated);
	heading(f, md, _("Night cramps (measures of Hallegraeff et al., J "
	    "Physiother 2012)"));
	for (i = RL_NIGHTS_CRAMP; i <= RL_DURATION; i++) {
		report_line(r, (enum report_line)i, text, sizeof text);
		item(f, md, text);
	}
	heading(f, md, _("What the diary holds beside them"));
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
	heading(f, md, _("Please note"));
	wrap_lead(f, md ? "" : "  ", _(report_note));
	if (md)
		fputc('\n', f);
	wrap_lead(f, md ? "" : "  ", _(report_disclaimer));
	return fflush(f) != 0 || ferror(f) ? -1 : 0;
}
