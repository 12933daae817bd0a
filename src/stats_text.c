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

/* Print text wrapped at word boundaries, each line indented. */
static void
wrap(FILE *f, int indent, const char *text)
{
	const char	*p = text, *brk;
	int		 room = STATS_WIDTH - indent, n;

	while (*p != '\0') {
		n = (int)strlen(p);
		if (n > room) {
			/* The last space that fits; a longer word is cut. */
			for (brk = p + room; brk > p && *brk != ' '; brk--)
				;
			n = brk > p ? (int)(brk - p) : room;
		}
		fprintf(f, "%*s%.*s\n", indent, "", n, p);
		p += n;
		while (*p == ' ')
			p++;
	}
}

static const char *
plural_s(long n)
{
	return n == 1 ? "" : "s";
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
	snprintf(text, sizeof text, "Water (daily goal %s)", b);
	heading(o, text);
	format_volume(a, sizeof a, st->water_today, cfg->units);
	fprintf(o->f, "  today: %s of %s (%ld%%)\n", a, b,
	    st->goal_ml > 0 ? st->water_today * 100 / st->goal_ml : 0L);
	format_volume(a, sizeof a, st->water_avg_ml, cfg->units);
	snprintf(text, sizeof text, "whole days with drinks logged: %d; at or "
	    "above the goal: %d; average: %s", st->water_days_logged,
	    st->water_days_at_goal, a);
	wrap(o->f, 2, text);
}

static void
stats_cramps(struct out *o, const struct stats *st)
{
	FILE	*f = o->f;
	char	 text[512];
	size_t	 p, at;
	int	 i, r;

	snprintf(text, sizeof text, "Cramps (%d in the last %d day%s)",
	    st->cramps_total, st->days, plural_s(st->days));
	heading(o, text);
	at = (size_t)snprintf(text, sizeof text, "by body part:");
	for (p = 0; p < relief_nparts && p < STATS_MAX_PARTS; p++)
		at += (size_t)snprintf(text + at, sizeof text - at, " %s %d%s",
		    relief_parts[p], st->cramps_part[p],
		    p + 1 < relief_nparts ? "," : "");
	if (st->cramps_part[STATS_MAX_PARTS] > 0)
		snprintf(text + at, sizeof text - at, ", other %d",
		    st->cramps_part[STATS_MAX_PARTS]);
	wrap(f, 2, text);
	/* Two rows of twelve hours: the whole day in four short lines. */
	fprintf(f, "  by hour of day:\n");
	for (r = 0; r < 2; r++) {
		fprintf(f, "    hour  ");
		for (i = 12 * r; i < 12 * r + 12; i++)
			fprintf(f, "%5.2d", i);
		fprintf(f, "\n    cramps");
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
	char dur[32];

	heading(o, "Stretching");
	fprintf(o->f, "  current streak: %d day%s; best: %d day%s\n",
	    st->streak_current, plural_s(st->streak_current),
	    st->streak_best, plural_s(st->streak_best));
	/* As the screen says it: format_duration, "1 h 5 min". */
	format_duration(dur, sizeof dur, st->practice_s);
	fprintf(o->f, "  in the last %d day%s: %s, %d completed "
	    "session%s\n", st->days, plural_s(st->days), dur,
	    st->sessions_done, plural_s(st->sessions_done));
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
		snprintf(text, sizeof text, "Day by day");
	else
		snprintf(text, sizeof text, "%d days a line, from the date "
		    "shown", st->span_days);
	heading(o, text);
	fprintf(f, "  %-14s %8s %-10s %6s %-10s %9s\n",
	    st->span_days == 1 ? "day" : "from",
	    st->span_days == 1 ? "water" : "water/day", "", "cramps", "",
	    "practice");
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
		fprintf(f, " %5ld min", (sp->practice_s + 30) / 60);
		if (sp->practice_s > 0) {
			fputc(' ', f);
			bar(f, sp->practice_s, max_p, 10, 0);
		}
		fputc('\n', f);
	}
	fprintf(f, "  (a full water bar is the daily goal)\n");
}

void
stats_text_print(FILE *f, int bold, const struct stats *st,
    const struct config *cfg)
{
	struct out	 out = { f, bold }, *o = &out;
	char		 text[512], a[32], b[32];

	day_label(a, sizeof a, st->from_day, 0);
	day_label(b, sizeof b, st->today, 0);
	fprintf(o->f, "unclench stats: the last %d day%s, %s to %s\n",
	    st->days, plural_s(st->days), a, b);
	stats_water(o, st, cfg);
	stats_cramps(o, st);
	stats_stretching(o, st);
	stats_table(o, st, cfg);
	heading(o, "Insights");
	stats_water_text(st, text, sizeof text);
	wrap(o->f, 2, text);
	stats_stretch_text(st, text, sizeof text);
	wrap(o->f, 2, text);
	wrap(o->f, 2, "Patterns, not proof: they show what went together in "
	    "your diary.");
}
