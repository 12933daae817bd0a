/*
 * view_history: the history screen. The figures are worked out once when
 * the screen opens (diary_stats, the same as `unclench stats`) and the
 * store is closed again at once. Drawing lays the figures out on a canvas
 * as wide as the window and as tall as they need, then copies the rows in
 * view into the window: nothing is drawn outside it, at any size. Below
 * 80x24 the charts give way to a few lines of text, and the severity and
 * night-hour charts follow them at the window's width (40x12 up). Those
 * two are the figures of `unclench report` over its default weeks, from
 * the same computation (diary_report, report.c), so the two agree.
 */
#include "view_history.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "diary.h"
#include "format.h"
#include "i18n.h"
#include "report.h"
#include "routine.h"
#include "stats.h"
#include "util.h"
#include "widgets.h"

#define FULL_COLS	80
#define FULL_LINES	24
#define CANVAS_MAX_H	400

struct view_history {
	struct stats		 st;
	struct report		*rep;	/* REPORT_DEFAULT_WEEKS */
	enum volume_unit	 units;
	int			 night_from, night_to;
	int			 scroll;
	int			 max_scroll;	/* from the last draw */
};

/* One cell: a UTF-8 character (empty: blank) and its theme role. */
struct cell {
	char		 s[5];
	unsigned char	 role;
};

struct canvas {
	int		 w, h;		/* h: rows used so far */
	struct cell	*c;		/* w x CANVAS_MAX_H */
	int		 ascii;
};

static void
cv_put(struct canvas *cv, int y, int x, const char *ch, int role)
{
	struct cell *c;

	if (x < 0 || x >= cv->w || y < 0 || y >= CANVAS_MAX_H)
		return;
	c = &cv->c[y * cv->w + x];
	strlcpy_safe(c->s, ch, sizeof c->s);
	c->role = (unsigned char)role;
	if (y + 1 > cv->h)
		cv->h = y + 1;
}

/* Text from x, one cell per UTF-8 character, cut at max cells. */
static int
cv_text(struct canvas *cv, int y, int x, int max, const char *s, int role)
{
	char	ch[5];
	int	n = 0;
	size_t	len;

	while (*s != '\0' && n < max) {
		len = 1;
		while (len < 4 && ((unsigned char)s[len] & 0xc0) == 0x80)
			len++;
		memcpy(ch, s, len);
		ch[len] = '\0';
		cv_put(cv, y, x + n, ch, role);
		s += len;
		n++;
	}
	return n;
}

/*
 * Word-wrapped text in a column of width w (cells: one a character, as
 * cv_text puts them, so a translation's accents take one each); returns
 * the rows used.
 */
static int
cv_wrap(struct canvas *cv, int y, int x, int w, const char *s, int role)
{
	int	 rows = 0, n, m;
	char	 line[1024];

	/* No room: no rows (a width of 0 would never get past the text). */
	if (w <= 0)
		return 0;
	if (w > (int)sizeof line / 4 - 1)
		w = (int)sizeof line / 4 - 1;
	while (*s != '\0') {
		n = utf8_prefix(s, w);
		if (s[n] != '\0') {
			/* The last space that fits; too long a word is cut. */
			for (m = n; m > 0 && s[m] != ' '; m--)
				;
			if (m > 0)
				n = m;
		}
		snprintf(line, sizeof line, "%.*s", n, s);
		cv_text(cv, y + rows, x, w, line, role);
		rows++;
		s += n;
		while (*s == ' ')
			s++;
	}
	return rows;
}

/*
 * A vertical bar of value v out of max in a chart h rows high whose
 * bottom row is y0, w cells wide; eighth blocks for the top cell.
 */
static void
vbar(struct canvas *cv, int y0, int x, int w, int h, long v, long max,
    int role)
{
	static const char *const eighths[] = {
		"", "\xe2\x96\x81", "\xe2\x96\x82", "\xe2\x96\x83",
		"\xe2\x96\x84", "\xe2\x96\x85", "\xe2\x96\x86", "\xe2\x96\x87",
		"\xe2\x96\x88"
	};
	long	units;
	int	r, i, part;

	if (max <= 0 || v <= 0)
		return;
	units = (v * h * 8 + max - 1) / max;
	if (units > (long)h * 8)
		units = (long)h * 8;
	for (r = 0; r < h && units > 0; r++, units -= 8) {
		part = units >= 8 ? 8 : (int)units;
		for (i = 0; i < w; i++) {
			if (cv->ascii)
				cv_put(cv, y0 - r, x + i, part >= 4 ? "#" :
				    ".", role);
			else
				cv_put(cv, y0 - r, x + i, eighths[part], role);
		}
	}
}

/* A horizontal bar of value v out of max, w cells at most. */
static void
hbar(struct canvas *cv, int y, int x, int w, long v, long max, int role)
{
	int n, i;

	if (max <= 0 || v <= 0)
		return;
	n = (int)((v * w + max - 1) / max);
	for (i = 0; i < n && i < w; i++)
		cv_put(cv, y, x + i, cv->ascii ? "#" : "\xe2\x96\x88", role);
}

/* The rows a line of text took, one even where there was no room. */
static int
rows_min1(int rows)
{
	return rows > 0 ? rows : 1;
}

static int
clamp(int v, int lo, int hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

/* Water: 14 days of bars against the goal line; returns rows used. */
static int
draw_water(struct canvas *cv, const struct view_history *v, int y, int x,
    int w, int h)
{
	const struct stats	*st = &v->st;
	char			 a[32], b[32], title[128];
	long			 max = st->goal_ml;
	int			 i, bw, pitch, goal_row, bx, role, day;

	format_volume(a, sizeof a, st->water_today, v->units);
	format_volume(b, sizeof b, st->goal_ml, v->units);
	snprintf(title, sizeof title, _("Water, 14 days  today %s / %s"), a,
	    b);
	cv_text(cv, y, x, w, title, ROLE_TITLE);
	for (i = 0; i < STATS_WATER_DAYS; i++)
		if (st->water_ml[i] > max)
			max = st->water_ml[i];
	pitch = clamp(w / STATS_WATER_DAYS, 2, 6);
	bw = pitch - 1;
	/* The goal line sits where a bar reaching the goal ends. */
	goal_row = max > 0 ? (int)((st->goal_ml * h + max - 1) / max) : 0;
	for (i = 0; i < STATS_WATER_DAYS * pitch && i < w; i++)
		cv_put(cv, y + h - goal_row + 1, x + i,
		    cv->ascii ? "-" : "\xe2\x94\x80", ROLE_DIM);
	for (i = 0; i < STATS_WATER_DAYS; i++) {
		bx = x + i * pitch;
		role = i == STATS_WATER_DAYS - 1 ? ROLE_TIMER :
		    st->water_ml[i] >= st->goal_ml ? ROLE_PROGRESS :
		    ROLE_ACCENT;
		vbar(cv, y + h, bx, bw, h, st->water_ml[i], max, role);
		day = st->water_day0 + i;
		cv_put(cv, y + h + 1, bx, (char[2]){
		    format_weekday(cal_weekday(day))[0],
		    '\0' }, i == STATS_WATER_DAYS - 1 ? ROLE_TIMER : ROLE_DIM);
	}
	snprintf(title, sizeof title, _("%s goal %s; last bar: today"),
	    cv->ascii ? "-" : "\xe2\x94\x80", b);
	return h + 2 + rows_min1(cv_wrap(cv, y + h + 2, x, w, title,
	    ROLE_DIM));
}

/* Cramps in each of the last 12 calendar weeks. */
static int
draw_weeks(struct canvas *cv, const struct view_history *v, int y, int x,
    int w, int h)
{
	const struct stats	*st = &v->st;
	char			 title[128], num[16];
	int			 i, bw, pitch, max = 0, total = 0, m, d, yy;

	for (i = 0; i < STATS_WEEKS; i++) {
		total += st->cramps_week[i];
		if (st->cramps_week[i] > max)
			max = st->cramps_week[i];
	}
	snprintf(title, sizeof title, _("Cramps per week  %d in 12 weeks"),
	    total);
	cv_text(cv, y, x, w, title, ROLE_TITLE);
	pitch = clamp(w / STATS_WEEKS, 2, 6);
	bw = pitch - 1;
	for (i = 0; i < STATS_WEEKS; i++) {
		vbar(cv, y + h, x + i * pitch, bw, h, st->cramps_week[i], max,
		    i == STATS_WEEKS - 1 ? ROLE_TIMER : ROLE_WARNING);
		if (pitch >= 3 || st->cramps_week[i] < 10) {
			snprintf(num, sizeof num, "%d", st->cramps_week[i]);
			cv_text(cv, y + h + 1, x + i * pitch, bw, num,
			    ROLE_TEXT);
		}
	}
	cal_civil(st->week0, &yy, &m, &d);
	snprintf(title, sizeof title, _("weeks from %04d-%02d-%02d; last: "
	    "this week"), yy, m, d);
	return h + 2 + rows_min1(cv_wrap(cv, y + h + 2, x, w, title,
	    ROLE_DIM));
}

/* Cramps by hour of day, with the night hours marked under the bars. */
static int
draw_hours(struct canvas *cv, const struct view_history *v, int y, int x,
    int w, int h)
{
	const struct stats	*st = &v->st;
	const char		*mark = cv->ascii ? "=" : "\xe2\x96\x80";
	char			 title[128], num[16];
	int			 i, j, pitch, bw, max = 0, night;

	for (i = 0; i < STATS_HOURS; i++)
		if (st->cramps_hour[i] > max)
			max = st->cramps_hour[i];
	snprintf(title, sizeof title, NG_("Cramps by hour of day  (%d day)",
	    "Cramps by hour of day  (%d days)", st->days), st->days);
	cv_text(cv, y, x, w, title, ROLE_TITLE);
	pitch = clamp(w / STATS_HOURS, 1, 3);
	bw = pitch > 1 ? pitch - 1 : 1;
	for (i = 0; i < STATS_HOURS; i++) {
		night = minute_in_range(i * 60, v->night_from, v->night_to);
		vbar(cv, y + h, x + i * pitch, bw, h, st->cramps_hour[i], max,
		    night ? ROLE_INHALE : ROLE_WARNING);
		for (j = 0; night && j < pitch; j++)
			cv_put(cv, y + h + 1, x + i * pitch + j, mark,
			    ROLE_INHALE);
		if (i % 6 == 0) {
			snprintf(num, sizeof num, "%d", i);
			cv_text(cv, y + h + 2, x + i * pitch, 3, num, ROLE_DIM);
		}
	}
	snprintf(title, sizeof title, _("%s night %02d:%02d-%02d:%02d"), mark,
	    v->night_from / 60, v->night_from % 60, v->night_to / 60,
	    v->night_to % 60);
	return h + 3 + rows_min1(cv_wrap(cv, y + h + 3, x, w, title,
	    ROLE_DIM));
}

static int
draw_parts(struct canvas *cv, const struct view_history *v, int y, int x,
    int w)
{
	const struct stats	*st = &v->st;
	char			 num[16];
	int			 max = 0, rows = 1, barw;
	size_t			 p;

	cv_text(cv, y, x, w, _("Cramps by body part"), ROLE_TITLE);
	for (p = 0; p <= STATS_MAX_PARTS; p++)
		if (st->cramps_part[p] > max)
			max = st->cramps_part[p];
	barw = w - 16;
	for (p = 0; p < relief_nparts && p < STATS_MAX_PARTS; p++) {
		cv_text(cv, y + rows, x, 10, relief_parts[p], ROLE_TEXT);
		hbar(cv, y + rows, x + 10, barw, st->cramps_part[p], max,
		    ROLE_WARNING);
		snprintf(num, sizeof num, "%d", st->cramps_part[p]);
		cv_text(cv, y + rows, x + 10 + barw + 1, 5, num, ROLE_TEXT);
		rows++;
	}
	if (st->cramps_part[STATS_MAX_PARTS] > 0) {
		cv_text(cv, y + rows, x, 10, _("other"), ROLE_TEXT);
		hbar(cv, y + rows, x + 10, barw,
		    st->cramps_part[STATS_MAX_PARTS], max, ROLE_WARNING);
		snprintf(num, sizeof num, "%d",
		    st->cramps_part[STATS_MAX_PARTS]);
		cv_text(cv, y + rows, x + 10 + barw + 1, 5, num, ROLE_TEXT);
		rows++;
	}
	return rows;
}

/* The 12-week calendar: a column per week, Monday on top. */
static int
draw_heat(struct canvas *cv, const struct view_history *v, int y, int x,
    int w)
{
	static const char *const shade[] = {
		"\xc2\xb7", "\xe2\x96\x91", "\xe2\x96\x92", "\xe2\x96\x93",
		"\xe2\x96\x88"
	};
	static const char *const ascii[] = { ".", "-", "+", "*", "#" };
	static const int role[] = {
		ROLE_DIM, ROLE_PROGRESS, ROLE_PROGRESS, ROLE_PROGRESS,
		ROLE_PROGRESS
	};
	const struct stats	*st = &v->st;
	int			 d, wk, lvl, pitch;
	const char		*s, *none, *min;
	char			 key[128];

	cv_text(cv, y, x, w, _("Practice, last 12 weeks"), ROLE_TITLE);
	pitch = w >= 4 + 3 * STATS_WEEKS ? 3 : 2;
	for (d = 0; d < 7; d++) {
		cv_text(cv, y + 1 + d, x, 4, format_weekday((d + 1) % 7),
		    ROLE_DIM);
		for (wk = 0; wk < STATS_WEEKS; wk++) {
			if (st->heat_s[wk][d] < 0)
				continue;
			lvl = stats_heat_level(st->heat_s[wk][d]);
			s = cv->ascii ? ascii[lvl] : shade[lvl];
			cv_put(cv, y + 1 + d, x + 4 + wk * pitch, s, role[lvl]);
			if (pitch == 3)
				cv_put(cv, y + 1 + d, x + 5 + wk * pitch, s,
				    role[lvl]);
		}
	}
	/* TRANSLATORS: the practice calendar's key: no practice that day. */
	none = _("none");
	/* TRANSLATORS: minutes, after "30+" in the practice calendar's key. */
	min = _("min");
	if (cv->ascii)
		snprintf(key, sizeof key, ". %s  - <5  + <15  * <30  # 30+ %s",
		    none, min);
	else
		snprintf(key, sizeof key, "\xc2\xb7 %s \xe2\x96\x91 <5 "
		    "\xe2\x96\x92 <15 \xe2\x96\x93 <30 \xe2\x96\x88 30+ %s", none, min);
	cv_text(cv, y + 8, x, w, key, ROLE_DIM);
	return 9;
}

static int
draw_streak(struct canvas *cv, const struct view_history *v, int y, int x,
    int w)
{
	const struct stats	*st = &v->st;
	const char		*label[3];
	char			 value[3][128], dur[32];
	int			 i, lw = 0, n;

	cv_text(cv, y, x, w, _("Stretching"), ROLE_TITLE);
	label[0] = _("Current streak:");
	snprintf(value[0], sizeof value[0], NG_("%d day", "%d days",
	    st->streak_current), st->streak_current);
	label[1] = _("Best streak:");
	snprintf(value[1], sizeof value[1], NG_("%d day", "%d days",
	    st->streak_best), st->streak_best);
	label[2] = _("This week:");
	format_duration(dur, sizeof dur, (int64_t)st->minutes_week * 60);
	snprintf(value[2], sizeof value[2], NG_("%s, %d session",
	    "%s, %d sessions", st->sessions_week), dur, st->sessions_week);
	/* The values line up after the widest label, in any language. */
	for (i = 0; i < 3; i++)
		if ((n = (int)utf8_length(label[i])) > lw)
			lw = n;
	for (i = 0; i < 3; i++) {
		cv_text(cv, y + 2 + i, x, w, label[i], i == 0 ?
		    ROLE_ACCENT : ROLE_TEXT);
		if (lw + 1 < w)
			cv_text(cv, y + 2 + i, x + lw + 1, w - lw - 1,
			    value[i], i == 0 ? ROLE_ACCENT : ROLE_TEXT);
	}
	cv_wrap(cv, y + 6, x, w, _("A streak counts days with a completed "
	    "session; today counts once you finish one."), ROLE_DIM);
	return 8;
}

static int
draw_insights(struct canvas *cv, const struct view_history *v, int y,
    int w)
{
	char	text[512], title[64];
	int	rows = 1;

	snprintf(title, sizeof title, NG_("Insights  (last %d day)",
	    "Insights  (last %d days)", v->st.days), v->st.days);
	cv_text(cv, y, 0, w, title, ROLE_TITLE);
	stats_water_text(&v->st, text, sizeof text);
	rows += cv_wrap(cv, y + rows, 0, w, text, v->st.water.enough ?
	    ROLE_TEXT : ROLE_DIM);
	stats_stretch_text(&v->st, text, sizeof text);
	rows += cv_wrap(cv, y + rows, 0, w, text, v->st.stretch.enough ?
	    ROLE_TEXT : ROLE_DIM);
	rows += cv_wrap(cv, y + rows, 0, w, _("Patterns, not proof: they show "
	    "what went together in your diary."), ROLE_DIM);
	return rows;
}

/* The period of the report's figures, as a title's tail. */
static void
report_period(const struct report *r, char *buf, size_t len)
{
	int y, m, d;

	cal_civil(r->from_day, &y, &m, &d);
	snprintf(buf, len, NG_("%d week from %04d-%02d-%02d",
	    "%d weeks from %04d-%02d-%02d", r->p.weeks), r->p.weeks, y, m, d);
}

/* Cramps by severity score, 1-10, with the report's mean and median. */
static int
draw_severity(struct canvas *cv, const struct view_history *v, int y,
    int x, int w, int h)
{
	const struct report	*r = v->rep;
	char			 line[256], a[96], b[24], num[16];
	int			 i, pitch, max = 0, rows, t;

	report_period(r, a, sizeof a);
	snprintf(line, sizeof line, _("Severity, %s"), a);
	t = rows_min1(cv_wrap(cv, y, x, w, line, ROLE_TITLE));
	if (r->severity.enough) {
		report_tenths(a, sizeof a, r->severity.mean_x10);
		report_tenths(b, sizeof b, r->severity.median_x10);
		snprintf(line, sizeof line, NG_("mean %s, median %s (%d "
		    "rated)", "mean %s, median %s (%d rated)",
		    r->severity.n), a, b, r->severity.n);
	} else
		snprintf(line, sizeof line, NG_("not enough data yet (%d "
		    "rated; this needs %d)", "not enough data yet (%d rated; "
		    "this needs %d)", r->severity.n), r->severity.n,
		    STATS_MIN_GROUP);
	rows = t + cv_wrap(cv, y + t, x, w, line, r->severity.enough ?
	    ROLE_TEXT : ROLE_DIM);
	for (i = 1; i <= 10; i++)
		if (r->sev_hist[i] > max)
			max = r->sev_hist[i];
	pitch = clamp(w / 10, 2, 6);
	for (i = 1; i <= 10; i++) {
		vbar(cv, y + rows + h - 1, x + (i - 1) * pitch, pitch - 1, h,
		    r->sev_hist[i], max, i >= 7 ? ROLE_WARNING : ROLE_ACCENT);
		snprintf(num, sizeof num, "%d", r->sev_hist[i]);
		cv_text(cv, y + rows + h, x + (i - 1) * pitch, pitch, num,
		    ROLE_TEXT);
		snprintf(num, sizeof num, "%d", i);
		cv_text(cv, y + rows + h + 1, x + (i - 1) * pitch, pitch, num,
		    ROLE_DIM);
	}
	return rows + h + 2 + rows_min1(cv_wrap(cv, y + rows + h + 2, x, w,
	    _("cramps above, score below"), ROLE_DIM));
}

/* Cramps by hour of the night: the report's hours, in night order. */
static int
draw_night(struct canvas *cv, const struct view_history *v, int y, int x,
    int w, int h)
{
	const struct report	*r = v->rep;
	char			 line[256], a[96], num[16];
	int			 hours[REPORT_HOURS], n = 0, i, hr, pitch, max = 0;
	int			 total = 0, t;

	/* The hours the night window touches, from its start. */
	for (i = 0; i < REPORT_HOURS; i++) {
		hr = (v->night_from / 60 + i) % REPORT_HOURS;
		if (minute_in_range(hr * 60, v->night_from, v->night_to) ||
		    minute_in_range(hr * 60 + 59, v->night_from, v->night_to))
			hours[n++] = hr;
	}
	for (i = 0; i < n; i++) {
		total += r->hour[hours[i]];
		if (r->hour[hours[i]] > max)
			max = r->hour[hours[i]];
	}
	report_period(r, a, sizeof a);
	snprintf(line, sizeof line, _("Night hours, %s"), a);
	/* A title that wraps moves the chart down by its extra rows. */
	t = rows_min1(cv_wrap(cv, y, x, w, line, ROLE_TITLE)) - 1;
	y += t;
	snprintf(line, sizeof line, NG_("%d cramp began %02d:%02d-%02d:%02d",
	    "%d cramps began %02d:%02d-%02d:%02d", total), total,
	    v->night_from / 60,
	    v->night_from % 60, v->night_to / 60, v->night_to % 60);
	cv_text(cv, y + 1, x, w, line, ROLE_TEXT);
	pitch = n > 0 ? clamp(w / n, 1, 6) : 1;
	for (i = 0; i < n; i++) {
		vbar(cv, y + 1 + h, x + i * pitch, pitch > 1 ? pitch - 1 : 1,
		    h, r->hour[hours[i]], max, ROLE_INHALE);
		/* Two-digit labels need three cells, or every other one. */
		if (pitch < 3 && i % (pitch == 2 ? 2 : 3) != 0)
			continue;
		snprintf(num, sizeof num, "%d", r->hour[hours[i]]);
		cv_text(cv, y + 2 + h, x + i * pitch, 3, num, ROLE_TEXT);
		snprintf(num, sizeof num, "%02d", hours[i]);
		cv_text(cv, y + 3 + h, x + i * pitch, 3, num, ROLE_DIM);
	}
	return t + h + 4 + rows_min1(cv_wrap(cv, y + 4 + h, x, w,
	    _("cramps above, the hour they began below"), ROLE_DIM));
}

static void
layout_full(struct canvas *cv, const struct view_history *v, int lines)
{
	int	w = cv->w, colw, x2, h, y = 0, a, b;

	colw = (w - 2) / 2;
	x2 = colw + 2;
	/*
	 * Taller charts when there is height to spare: everything but the
	 * two rows of charts takes about 28 rows.
	 */
	h = clamp((lines - 28) / 2, 5, 12);
	cv_text(cv, y, 0, w, _("History"), ROLE_TITLE);
	y += 2;
	a = draw_water(cv, v, y, 0, colw, h);
	b = draw_weeks(cv, v, y, x2, colw, h);
	y += (a > b ? a : b) + 1;
	a = draw_hours(cv, v, y, 0, colw, h);
	b = draw_parts(cv, v, y, x2, colw);
	y += (a > b ? a : b) + 1;
	a = draw_severity(cv, v, y, 0, colw, h);
	b = draw_night(cv, v, y, x2, colw, h);
	y += (a > b ? a : b) + 1;
	a = draw_heat(cv, v, y, 0, colw);
	b = draw_streak(cv, v, y, x2, colw);
	y += (a > b ? a : b) + 1;
	draw_insights(cv, v, y, w);
}

/* Below 80x24: the key figures as lines of text. */
static void
layout_compact(struct canvas *cv, const struct view_history *v)
{
	const struct stats	*st = &v->st;
	char			 a[32], b[32], line[512], dur[32];
	int			 y = 0, i, max = 0, top = -1, w = cv->w;
	size_t			 p;

	cv_text(cv, y++, 0, w, _("History"), ROLE_TITLE);
	format_volume(a, sizeof a, st->water_today, v->units);
	format_volume(b, sizeof b, st->goal_ml, v->units);
	snprintf(line, sizeof line, _("Water today: %s / %s"), a, b);
	cv_text(cv, y++, 0, w, line, ROLE_ACCENT);
	snprintf(line, sizeof line, NG_("Days at goal: %d of %d logged",
	    "Days at goal: %d of %d logged", st->water_days_logged),
	    st->water_days_at_goal, st->water_days_logged);
	cv_text(cv, y++, 0, w, line, ROLE_TEXT);
	snprintf(line, sizeof line, NG_("Cramps: %d in %d day, %d this week",
	    "Cramps: %d in %d days, %d this week", st->days),
	    st->cramps_total, st->days, st->cramps_week[STATS_WEEKS - 1]);
	cv_text(cv, y++, 0, w, line, ROLE_TEXT);
	for (p = 0; p <= STATS_MAX_PARTS; p++) {
		if (st->cramps_part[p] > max) {
			max = st->cramps_part[p];
			top = (int)p;
		}
	}
	if (top >= 0) {
		snprintf(line, sizeof line, _("Most: %s (%d)"),
		    (size_t)top < relief_nparts ? relief_parts[top] : _("other"),
		    max);
		cv_text(cv, y++, 0, w, line, ROLE_TEXT);
		max = 0;
		for (i = 0; i < STATS_HOURS; i++) {
			if (st->cramps_hour[i] > max) {
				max = st->cramps_hour[i];
				top = i;
			}
		}
		snprintf(line, sizeof line, _("Worst hour: %02d:00 (%d)"),
		    top, max);
		cv_text(cv, y++, 0, w, line, ROLE_TEXT);
	}
	snprintf(line, sizeof line, NG_("Streak: %d day (best %d)",
	    "Streak: %d days (best %d)", st->streak_current),
	    st->streak_current, st->streak_best);
	cv_text(cv, y++, 0, w, line, ROLE_ACCENT);
	format_duration(dur, sizeof dur, (int64_t)st->minutes_week * 60);
	snprintf(line, sizeof line, _("This week: %s"), dur);
	cv_text(cv, y++, 0, w, line, ROLE_TEXT);
	y++;
	stats_water_text(st, line, sizeof line);
	y += cv_wrap(cv, y, 0, w, line, ROLE_TEXT);
	stats_stretch_text(st, line, sizeof line);
	y += cv_wrap(cv, y, 0, w, line, ROLE_TEXT);
	/* The caveat goes wherever the insights go. */
	y += cv_wrap(cv, y, 0, w, _("Patterns, not proof: they show what went "
	    "together in your diary."), ROLE_DIM) + 1;
	y += draw_severity(cv, v, y, 0, w, 4) + 1;
	draw_night(cv, v, y, 0, w, 4);
}

struct view_history *
view_history_open(const struct config *cfg, time_t now, char **cause)
{
	struct view_history	*v;

	struct report_params	 p = { 0 };
	size_t			 damaged;

	v = xcalloc(1, sizeof *v);
	v->units = cfg->units;
	v->night_from = cfg->night_from;
	v->night_to = cfg->night_to;
	v->rep = xcalloc(1, sizeof *v->rep);
	/* As `unclench report` with no options sets them. */
	p.zone = &cal_zone_local;
	p.now = now;
	p.weeks = REPORT_DEFAULT_WEEKS;
	p.goal_ml = config_effective_goal_ml(cfg);
	p.fluid_restricted = cfg->fluid_restricted;
	p.night_from = cfg->night_from;
	p.night_to = cfg->night_to;
	if (diary_stats(now, STATS_DEFAULT_DAYS,
	    config_effective_goal_ml(cfg), cfg->night_from, cfg->night_to,
	    &v->st, NULL, cause) != 0 ||
	    diary_report(&p, v->rep, &damaged, cause) != 0) {
		free(v->rep);
		free(v);
		return NULL;
	}
	return v;
}

void
view_history_draw(struct view_history *v, WINDOW *win,
    const attr_t role_attr[ROLE_COUNT], int ascii)
{
	struct canvas	 cv;
	int		 rows, cols, view_h, y, x, full;
	const char	*hint;

	getmaxyx(win, rows, cols);
	if (rows <= 0 || cols <= 0)
		return;
	full = cols >= FULL_COLS && rows >= FULL_LINES;
	cv.w = cols;
	cv.h = 0;
	cv.ascii = ascii;
	cv.c = xcalloc((size_t)cols * CANVAS_MAX_H, sizeof *cv.c);
	if (full)
		layout_full(&cv, v, rows);
	else
		layout_compact(&cv, v);

	/* The last row keeps the keys in view when there is room. */
	view_h = rows > 3 ? rows - 1 : rows;
	v->max_scroll = cv.h > view_h ? cv.h - view_h : 0;
	v->scroll = clamp(v->scroll, 0, v->max_scroll);
	werase(win);
	for (y = 0; y < view_h && y + v->scroll < cv.h; y++) {
		for (x = 0; x < cols; x++) {
			const struct cell *c = &cv.c[(y + v->scroll) * cv.w +
			    x];

			if (c->s[0] == '\0')
				continue;
			wattrset(win, role_attr[c->role]);
			mvwaddstr(win, y, x, c->s);
		}
	}
	if (view_h < rows) {
		if (v->scroll < v->max_scroll)
			hint = _("j/k scroll (more below)  q back");
		else
			hint = _("j/k scroll  q back");
		/* Cut by columns, so a narrow window never cuts a character. */
		w_put(win, rows - 1, 0, cols - 1, role_attr[ROLE_DIM], hint);
	}
	wattrset(win, A_NORMAL);
	free(cv.c);
}

void
view_history_scroll(struct view_history *v, int lines)
{
	if (v == NULL)
		return;
	v->scroll += lines;
	if (v->scroll > v->max_scroll)
		v->scroll = v->max_scroll;
	if (v->scroll < 0)
		v->scroll = 0;
}

void
view_history_close(struct view_history *v)
{
	if (v != NULL)
		free(v->rep);
	free(v);
}
