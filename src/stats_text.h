/*
 * stats_text: the statistics of `unclench stats` printed as text.
 */
#ifndef UNCLENCH_STATS_TEXT_H
#define UNCLENCH_STATS_TEXT_H

#include <stdio.h>

#include "config.h"
#include "stats.h"

/* Print st to f; bold: headings in bold (a terminal, colour allowed). */
void	 stats_text_print(FILE *f, int bold, const struct stats *st,
	     const struct config *cfg);

#endif
