/*
 * report_html: `unclench report --format html`: one self-contained file
 * (inline CSS and SVG, no script, no network, no font to fetch) that
 * prints on two A4 pages, each headed by the date range and the
 * generation time; black on white, so it reads the same in grey.
 */
#ifndef UNCLENCH_REPORT_HTML_H
#define UNCLENCH_REPORT_HTML_H

#include <stdio.h>

#include "report.h"

/* Print the report as HTML; 0, or -1 on an output error. */
int	 report_print_html(FILE *, const struct report *,
	     const char *generated);

#endif
