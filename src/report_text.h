/*
 * report_text: `unclench report` as text (80 columns) and as Markdown,
 * and the sentences every format of the report shares, so the text, the
 * Markdown and the HTML say the same numbers in the same words. Numbers
 * never follow the locale (report_tenths).
 */
#ifndef UNCLENCH_REPORT_TEXT_H
#define UNCLENCH_REPORT_TEXT_H

#include <stdio.h>

#include "report.h"

/* The measures, one sentence each, counts beside every rate. */
enum report_line {
	RL_NIGHTS_CRAMP, RL_PER_NIGHT, RL_SEVERITY, RL_DURATION,
	RL_CRAMPS, RL_REDFLAG, RL_STRETCH, RL_WATER, RL_COUNT
};
void	 report_line(const struct report *, enum report_line, char *,
	     size_t);
/* "2026-09-14 to 2026-11-08 (8 weeks)" */
void	 report_range(const struct report *, char *, size_t);
/* "YYYY-MM-DD" of a day number. */
void	 report_date(char *, size_t, int day);
/* The parts, with counts and shares ("calf 5 (45%), ..."). */
void	 report_parts_text(const struct report *, char *, size_t);
/* The triggers noted, with counts. */
void	 report_triggers_text(const struct report *, char *, size_t);
/* The relief routines used (names escaped by the caller's format). */
extern const char report_disclaimer[];
extern const char report_note[];

/*
 * Print the report; md: Markdown. generated: the generation time as
 * text. Routine names from the diary are escaped. 0, or -1 on an
 * output error.
 */
int	 report_print_text(FILE *, const struct report *, int md,
	     const char *generated);

#endif
