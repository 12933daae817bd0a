/*
 * view_length: how long did the cramp last? Asked when a relief was open
 * past the red-flag time, because the clock then measures how long the
 * steps were left open (all night, say), not the cramp: the person's
 * answer is recorded, or no length at all if they skip.
 */
#ifndef UNCLENCH_VIEW_LENGTH_H
#define UNCLENCH_VIEW_LENGTH_H

#include <time.h>

#include "view.h"

/*
 * Ask in place of the top view; clock_s is what the cramp clock showed.
 * then_ask: go on to the severity questions (the cramp eased); otherwise
 * (the steps were stopped) record the answer and show what became of it.
 */
void	 view_length_open(struct app *, const char *part, time_t start,
	     int clock_s, int then_ask);

#endif
