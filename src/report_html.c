/*
 * report_html: the report as two printed A4 pages. Each page is its own
 * section with its own header, so the header is on every page whatever
 * the browser does with running headers; the content of each is sized to
 * fit (26 weeks at most). Charts are SVG bars with the count written on
 * each bar, so no colour is needed to read them. Coordinates are whole
 * numbers: nothing printed here follows the locale.
 */
#include "report_html.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "report_text.h"
#include "routine.h"
#include "util.h"

#define CHART_W		330
#define CHART_H		150
#define PLOT_X		30
#define PLOT_Y		14
#define PLOT_W		292
#define PLOT_H		106
#define LBL		12	/* a chart label, with room for any int */

static const char css[] =
    "@page{size:A4;margin:12mm 14mm}"
    "*{box-sizing:border-box}"
    "body{margin:0;font:9.5pt/1.35 sans-serif;color:#000;background:#fff}"
    "section.page{height:272mm;overflow:hidden;break-after:page;"
    "page-break-after:always}"
    "section.page:last-of-type{break-after:auto;page-break-after:auto}"
    "header{border-bottom:1.5pt solid #000;margin-bottom:3mm;"
    "padding-bottom:1mm;display:flex;flex-wrap:wrap;column-gap:4mm;"
    "justify-content:space-between;align-items:baseline}"
    "header .small{white-space:nowrap}"
    "h1{font-size:13pt;margin:0}h2{font-size:11pt;margin:3mm 0 1mm}"
    "h3{font-size:9.5pt;margin:1mm 0}"
    "ul{margin:0;padding-left:5mm}li{margin:0.4mm 0}"
    ".charts{display:flex;gap:4mm}.charts figure{margin:0;flex:1}"
    "svg{width:100%;height:auto}"
    "table{border-collapse:collapse;width:100%;font-size:8.5pt}"
    "th,td{border:0.5pt solid #000;padding:0.5mm 1.5mm;text-align:right}"
    "th:first-child,td:first-child{text-align:left;white-space:nowrap}"
    ".small{font-size:8pt}";

/* Text from the diary (a routine's name) for HTML: controls escaped. */
static void
put_escaped(FILE *f, const char *s)
{
	char	*t = text_escape(s);
	size_t	 i;

	for (i = 0; t[i] != '\0'; i++) {
		switch (t[i]) {
		case '&':
			fputs("&amp;", f);
			break;
		case '<':
			fputs("&lt;", f);
			break;
		case '>':
			fputs("&gt;", f);
			break;
		case '"':
			fputs("&quot;", f);
			break;
		case '\'':
			fputs("&#39;", f);
			break;
		default:
			fputc(t[i], f);
		}
	}
	free(t);
}

/*
 * A bar chart of v[n] with labels (every `every`-th shown); goal >= 0
 * draws a dashed line at that value.
 */
static void
bars(FILE *f, const char *title, const long *v, int n, char (*lbl)[LBL],
    int every, long goal)
{
	long	max = goal > 0 ? goal : 1;
	int	i, x, h, bw = PLOT_W / n;

	for (i = 0; i < n; i++)
		if (v[i] > max)
			max = v[i];
	fprintf(f, "<figure><h3>%s</h3><svg viewBox=\"0 0 %d %d\" role=\"img\""
	    " aria-label=\"%s\"><title>%s</title>\n", title, CHART_W, CHART_H,
	    title, title);
	fprintf(f, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" "
	    "stroke=\"#000\"/>\n", PLOT_X, PLOT_Y + PLOT_H, PLOT_X + PLOT_W,
	    PLOT_Y + PLOT_H);
	for (i = 0; i < n; i++) {
		h = (int)(v[i] * PLOT_H / max);
		x = PLOT_X + i * bw;
		if (h > 0)
			fprintf(f, "<rect x=\"%d\" y=\"%d\" width=\"%d\" "
			    "height=\"%d\" fill=\"#666\" stroke=\"#000\" "
			    "stroke-width=\"0.5\"/>", x + 1, PLOT_Y + PLOT_H - h,
			    bw - 2 > 1 ? bw - 2 : 1, h);
		fprintf(f, "<text x=\"%d\" y=\"%d\" font-size=\"7\" "
		    "text-anchor=\"middle\">%ld</text>", x + bw / 2,
		    PLOT_Y + PLOT_H - h - 2, v[i]);
		if (i % every == 0)
			fprintf(f, "<text x=\"%d\" y=\"%d\" font-size=\"7\" "
			    "text-anchor=\"middle\">%s</text>", x + bw / 2,
			    PLOT_Y + PLOT_H + 10, lbl[i]);
		fputc('\n', f);
	}
	if (goal > 0) {
		h = (int)(goal * PLOT_H / max);
		fprintf(f, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" "
		    "stroke=\"#000\" stroke-dasharray=\"4 3\"/><text x=\"%d\" "
		    "y=\"%d\" font-size=\"7\">%s %ld</text>\n", PLOT_X,
		    PLOT_Y + PLOT_H - h, PLOT_X + PLOT_W, PLOT_Y + PLOT_H - h,
		    2, PLOT_Y + PLOT_H - h + 3, _("goal"), goal);
	}
	fprintf(f, "<text x=\"%d\" y=\"%d\" font-size=\"7\">0</text>"
	    "</svg></figure>\n", PLOT_X - 8, PLOT_Y + PLOT_H);
}

static void
header(FILE *f, const char *range, const char *generated, int page)
{
	fprintf(f, "<section class=\"page\"><header><h1>");
	fprintf(f, _("Cramp diary report: %s"), range);
	fprintf(f, "</h1><span class=\"small\">");
	/* TRANSLATORS: "generated 2026-11-08 10:00 +01:00 · page 1 of 2" */
	fprintf(f, _("generated %s &middot; page %d of 2"), generated, page);
	fprintf(f, "</span></header>\n");
}

static void
week_labels(const struct report *r, char (*lbl)[LBL])
{
	int i, y, m, d;

	for (i = 0; i < r->p.weeks; i++) {
		cal_civil(r->week[i].first_day, &y, &m, &d);
		snprintf(lbl[i], sizeof lbl[i], "%02d-%02d", m, d);
	}
}

static void
page_one(FILE *f, const struct report *r)
{
	long	v[REPORT_MAX_WEEKS > REPORT_HOURS ? REPORT_MAX_WEEKS : 24];
	char	lbl[REPORT_MAX_WEEKS][LBL], text[1024];
	int	i;

	fprintf(f, "<h2>%s</h2><ul>\n", _("Night cramps (measures of "
	    "Hallegraeff et al., J Physiother 2012)"));
	for (i = RL_NIGHTS_CRAMP; i <= RL_DURATION; i++) {
		report_line(r, (enum report_line)i, text, sizeof text);
		fprintf(f, "<li>%s</li>\n", text);
	}
	fprintf(f, "</ul><h2>%s</h2><ul>\n",
	    _("What the diary holds beside them"));
	for (i = RL_CRAMPS; i < RL_COUNT; i++) {
		report_line(r, (enum report_line)i, text, sizeof text);
		fprintf(f, "<li>%s</li>\n", text);
	}
	report_parts_text(r, text, sizeof text);
	fprintf(f, "<li>%s</li>\n", text);
	report_triggers_text(r, text, sizeof text);
	fprintf(f, "<li>%s</li>\n<li>", text);
	fprintf(f, NG_("Relief routines used: %d time", "Relief routines "
	    "used: %d times", (unsigned long)r->relief_sessions),
	    r->relief_sessions);
	for (i = 0; i <= REPORT_ROUTINES; i++) {
		if (r->routine[i].used == 0)
			continue;
		fputs(i == 0 ? ": " : "; ", f);
		put_escaped(f, i < REPORT_ROUTINES ? r->routine[i].name :
		    _("other"));
		fprintf(f, _(" %d (%d to the end)"), r->routine[i].used,
		    r->routine[i].completed);
	}
	fprintf(f, ".</li></ul>\n<div class=\"charts\">\n");
	week_labels(r, lbl);
	for (i = 0; i < r->p.weeks; i++)
		v[i] = r->week[i].cramps;
	bars(f, _("Cramps a week (week from)"), v, r->p.weeks, lbl,
	    r->p.weeks > 13 ? 2 : 1, -1);
	for (i = 0; i < 10; i++) {
		v[i] = r->sev_hist[i + 1];
		snprintf(lbl[i], sizeof lbl[i], "%d", i + 1);
	}
	bars(f, _("Cramps by severity (1-10)"), v, 10, lbl, 1, -1);
	fprintf(f, "</div>\n");
}

static void
week_rows(FILE *f, const struct report *r)
{
	const struct report_week	*w;
	char				 day[16], sev[24];
	int				 i;

	for (i = 0; i < r->p.weeks; i++) {
		w = &r->week[i];
		report_date(day, sizeof day, w->first_day);
		if (w->rated > 0) {
			report_tenths(sev, sizeof sev,
			    report_ratio_x10(w->severity_sum, w->rated));
			snprintf(sev + strlen(sev), sizeof sev - strlen(sev),
			    " (%d)", w->rated);
		} else
			snprintf(sev, sizeof sev, "-");
		fprintf(f, "<tr><td>%s</td><td>%d</td><td>%d</td><td>%d</td>"
		    "<td>%s</td>", day, w->nights, w->nights_cramp, w->cramps,
		    sev);
		if (r->p.fluid_restricted) {
			fputs("<td>", f);
			fprintf(f, _("%d logged"), w->water_days);
			fputs("</td>", f);
		} else
			fprintf(f, "<td>%d / %d</td>", w->water_at_goal,
			    w->water_days);
		fprintf(f, "<td>%d</td></tr>\n", w->evenings);
	}
}

static void
week_table(FILE *f, const struct report *r)
{
	static const char *const head[] = {
		N_("week from"), N_("recorded nights"), N_("with a cramp"),
		N_("cramps"), N_("severity (rated)"),
		N_("water: days at goal / logged"), N_("evening stretch")
	};
	size_t i;

	fprintf(f, "<h2>%s</h2><table><tr>", _("Week by week"));
	for (i = 0; i < sizeof head / sizeof head[0]; i++)
		fprintf(f, "<th>%s</th>", _(head[i]));
	fprintf(f, "</tr>\n");
	week_rows(f, r);
	fprintf(f, "</table>\n");
}

static void
page_two(FILE *f, const struct report *r)
{
	long	v[REPORT_MAX_WEEKS > REPORT_HOURS ? REPORT_MAX_WEEKS : 24];
	char	lbl[REPORT_MAX_WEEKS > 24 ? REPORT_MAX_WEEKS : 24][LBL];
	int	i;

	fprintf(f, "<div class=\"charts\">\n");
	for (i = 0; i < REPORT_HOURS; i++) {
		v[i] = r->hour[i];
		snprintf(lbl[i], sizeof lbl[i], "%02d", i);
	}
	bars(f, _("Cramps by the hour they started"), v, REPORT_HOURS, lbl, 3,
	    -1);
	week_labels(r, lbl);
	for (i = 0; i < r->p.weeks; i++)
		v[i] = r->week[i].water_days > 0 ? (r->week[i].water_ml +
		    r->week[i].water_days / 2) / r->week[i].water_days : 0;
	bars(f, r->p.fluid_restricted ? _("Water, ml a day logged (tracking "
	    "only)") : _("Water, ml a day logged (week from)"), v, r->p.weeks,
	    lbl, r->p.weeks > 13 ? 2 : 1,
	    r->p.fluid_restricted ? -1 : r->p.goal_ml);
	fprintf(f, "</div>\n");
	week_table(f, r);
	fprintf(f, "<h2>%s</h2><p class=\"small\">%s</p>"
	    "<p><strong>%s</strong></p>\n", _("Please note"), _(report_note),
	    _(report_disclaimer));
}

int
report_print_html(FILE *f, const struct report *r, const char *generated)
{
	char range[96];

	report_range(r, range, sizeof range);
	/* TRANSLATORS: the language tag of the HTML report (de, es). */
	fprintf(f, "<!DOCTYPE html>\n<html lang=\"%s\"><head><meta "
	    "charset=\"utf-8\"><title>", _("en"));
	fprintf(f, _("Cramp diary report: %s"), range);
	fprintf(f, "</title>\n<style>%s</style></head><body>\n", css);
	header(f, range, generated, 1);
	page_one(f, r);
	fprintf(f, "</section>\n");
	header(f, range, generated, 2);
	page_two(f, r);
	fprintf(f, "</section>\n</body></html>\n");
	return fflush(f) != 0 || ferror(f) ? -1 : 0;
}
