/*
 * stats_text: `unclench stats` as text: the headings, the hour rows, the
 * period table and the insights, fitted to an 80-column terminal.
 */
#include "stats_text.h"

#include <stdio.h>
#include <string.h>

#include "calendar.h"
#include "format.h"
#include "files_parts.h"
#include "i18n.h"
#include "util.h"

/* Text output: bold headings on a terminal, plain text in a pipe. */
struct out {
	FILE	*f;
	int	 bold;
};

static void
heading(struct out *o, const char *s)
{
	if (o->bold)
		fprintf(o->f, "\n\033[1m%s\033[0m\n", s);
	else
		fprintf(o->f, "\n%s\n", s);
}

/* A bar of '#' for v out of max; pad: fill to width with spaces. */
static void
bar(FILE *f, long v, long max, int width, int pad)
{
	int n = max > 0 ? (int)((v * width + max - 1) / max) : 0, i;

	if (n > width)
		n = width;
	for (i = 0; i < n; i++)
		fputc('#', f);
	for (; pad && i < width; i++)
		fputc(' ', f);
}

#define STATS_WIDTH	78	/* the text fits an 80-column terminal */

/*
 * Print text wrapped at word boundaries, each line indented; widths in
 * characters, so a translation's accents count one column each.
 */
static void
wrap(FILE *f, int indent, const char *text)
{
	const char	*p = text;
	int		 room = STATS_WIDTH - indent, n, m;

	while (*p != '\0') {
		n = utf8_prefix(p, room);
		if (p[n] != '\0') {
			/* The last space that fits; a longer word is cut. */
			for (m = n; m > 0 && p[m] != ' '; m--)
				;
			if (m > 0)
				n = m;
		}
		fprintf(f, "%*s%.*s\n", indent, "", n, p);
		p += n;
		while (*p == ' ')
			p++;
	}
}

/*
 * s in a column of width characters (a translation's accents are one
 * each, where printf's widths count bytes): left-aligned or right.
 */
static void
column(FILE *f, const char *s, int width, int left)
{
	int pad = width - (int)utf8_length(s);

	if (pad < 0)
		pad = 0;
	if (left)
		fprintf(f, "%s%*s", s, pad, "");
	else
		fprintf(f, "%*s%s", pad, "", s);
}

static void
day_label(char *buf, size_t len, int day, int weekday)
{
	int y, m, d;

	cal_civil(day, &y, &m, &d);
	snprintf(buf, len, "%s%s%04d-%02d-%02d",
	    weekday ? format_weekday(cal_weekday(day)) : "", weekday ? " " : "",
	    y, m, d);
}

static void
stats_water(struct out *o, const struct stats *st, const struct config *cfg)
{
	char a[32], b[32], text[256];

	format_volume(b, sizeof b, st->goal_ml, cfg->units);
	snprintf(text, sizeof text, _("Water (daily goal %s)"), b);
	heading(o, text);
	format_volume(a, sizeof a, st->water_today, cfg->units);
	snprintf(text, sizeof text, _("today: %s of %s (%ld%%)"), a, b,
	    st->goal_ml > 0 ? st->water_today * 100 / st->goal_ml : 0L);
	wrap(o->f, 2, text);
	format_volume(a, sizeof a, st->water_avg_ml, cfg->units);
	snprintf(text, sizeof text, _("whole days with drinks logged: %d; at "
	    "or above the goal: %d; average: %s"), st->water_days_logged,
	    st->water_days_at_goal, a);
	wrap(o->f, 2, text);
}

static void
stats_cramps(struct out *o, const struct stats *st)
{
	FILE		*f = o->f;
	char		 text[512];
	const char	*hour, *cramps;
	size_t		 p, at;
	int		 i, r, lw;

	snprintf(text, sizeof text, NG_("Cramps (%d in the last %d day)",
	    "Cramps (%d in the last %d days)", st->days), st->cramps_total,
	    st->days);
	heading(o, text);
	at = (size_t)snprintf(text, sizeof text, "%s", _("by body part:"));
	for (p = 0; p < relief_nparts && p < STATS_MAX_PARTS; p++)
		at += (size_t)snprintf(text + at, sizeof text - at, " %s %d%s",
		    relief_parts[p], st->cramps_part[p],
		    p + 1 < relief_nparts ? "," : "");
	if (st->cramps_part[STATS_MAX_PARTS] > 0)
		snprintf(text + at, sizeof text - at, ", %s %d", _("other"),
		    st->cramps_part[STATS_MAX_PARTS]);
	wrap(f, 2, text);
	/* Two rows of twelve hours: the whole day in four short lines. */
	fprintf(f, "  %s\n", _("by hour of day:"));
	/* TRANSLATORS: the row of hours in `unclench stats`. */
	hour = _("hour");
	/* TRANSLATORS: the row of cramp counts under the hours. */
	cramps = _("cramps");
	lw = (int)utf8_length(hour);
	if ((int)utf8_length(cramps) > lw)
		lw = (int)utf8_length(cramps);
	for (r = 0; r < 2; r++) {
		fprintf(f, "    ");
		column(f, hour, lw, 1);
		for (i = 12 * r; i < 12 * r + 12; i++)
			fprintf(f, "%5.2d", i);
		fprintf(f, "\n    ");
		column(f, cramps, lw, 1);
		for (i = 12 * r; i < 12 * r + 12; i++)
			fprintf(f, "%5d", st->cramps_hour[i]);
		fputc('\n', f);
	}
	stats_severity_text(st, text, sizeof text);
	wrap(f, 2, text);
	stats_trigger_text(st, text, sizeof text);
	wrap(f, 2, text);
}

static void
stats_stretching(struct out *o, const struct stats *st)
{
	char dur[32], a[64], b[64], text[256];

	heading(o, _("Stretching"));
	snprintf(a, sizeof a, NG_("%d day", "%d days", st->streak_current),
	    st->streak_current);
	snprintf(b, sizeof b, NG_("%d day", "%d days", st->streak_best),
	    st->streak_best);
	snprintf(text, sizeof text, _("current streak: %s; best: %s"), a, b);
	wrap(o->f, 2, text);
	/* As the screen says it: format_duration, "1 h 5 min". */
	format_duration(dur, sizeof dur, st->practice_s);
	snprintf(a, sizeof a, NG_("%d completed session",
	    "%d completed sessions", st->sessions_done), st->sessions_done);
	snprintf(text, sizeof text, NG_("in the last %d day: %s, %s",
	    "in the last %d days: %s, %s", st->days), st->days, dur, a);
	wrap(o->f, 2, text);
}

/* The table's column heads, each as wide as its column. */
static void
stats_table_head(FILE *f, int daily)
{
	fputs("  ", f);
	column(f, daily ? _("day") : _("from"), 14, 1);
	fputc(' ', f);
	column(f, daily ? _("water") : _("water/day"), 8, 0);
	fprintf(f, " %-10s ", "");
	column(f, _("cramps"), 6, 0);
	fprintf(f, " %-10s ", "");
	column(f, _("practice"), 9, 0);
	fputc('\n', f);
}

/*
 * The period a line a day (or a week, or more): water, cramps and
 * practice side by side, so one table follows --days whatever its length.
 */
static void
stats_table(struct out *o, const struct stats *st, const struct config *cfg)
{
	const struct stats_span	*sp;
	FILE			*f = o->f;
	char			 lbl[32], vol[32], text[128];
	long			 max_c = 0, max_p = 0;
	int			 i;

	for (i = 0; i < st->nspans; i++) {
		if (st->span[i].cramps > max_c)
			max_c = st->span[i].cramps;
		if (st->span[i].practice_s > max_p)
			max_p = st->span[i].practice_s;
	}
	if (st->span_days == 1)
		snprintf(text, sizeof text, "%s", _("Day by day"));
	else
		snprintf(text, sizeof text, NG_("%d day a line, from the date "
		    "shown", "%d days a line, from the date shown",
		    st->span_days), st->span_days);
	heading(o, text);
	stats_table_head(f, st->span_days == 1);
	for (i = 0; i < st->nspans; i++) {
		sp = &st->span[i];
		day_label(lbl, sizeof lbl, sp->first_day, st->span_days == 1);
		if (sp->water_ml < 0)
			snprintf(vol, sizeof vol, "-");
		else
			format_volume(vol, sizeof vol, sp->water_ml,
			    cfg->units);
		fprintf(f, "  %-14s %8s ", lbl, vol);
		/* A full water bar is the goal, so days compare with it. */
		bar(f, sp->water_ml < st->goal_ml ? sp->water_ml : st->goal_ml,
		    st->goal_ml, 10, 1);
		fprintf(f, " %6d ", sp->cramps);
		bar(f, sp->cramps, max_c, 10, 1);
		fprintf(f, " %5ld %s", (sp->practice_s + 30) / 60, _("min"));
		if (sp->practice_s > 0) {
			fputc(' ', f);
			bar(f, sp->practice_s, max_p, 10, 0);
		}
		fputc('\n', f);
	}
	fprintf(f, "  %s\n", _("(a full water bar is the daily goal)"));
}

void
stats_text_print(FILE *f, int bold, const struct stats *st,
    const struct config *cfg)
{
	struct out	 out = { f, bold }, *o = &out;
	char		 text[512], a[32], b[32];

	day_label(a, sizeof a, st->from_day, 0);
	day_label(b, sizeof b, st->today, 0);
	snprintf(text, sizeof text, NG_("unclench stats: the last %d day, %s "
	    "to %s", "unclench stats: the last %d days, %s to %s", st->days),
	    st->days, a, b);
	fprintf(o->f, "%s\n", text);
	stats_water(o, st, cfg);
	stats_cramps(o, st);
	stats_stretching(o, st);
	stats_table(o, st, cfg);
	heading(o, _("Insights"));
	stats_water_text(st, text, sizeof text);
	wrap(o->f, 2, text);
	stats_stretch_text(st, text, sizeof text);
	wrap(o->f, 2, text);
	wrap(o->f, 2, _("Patterns, not proof: they show what went together in "
	    "your diary."));
}
