/*
 * view_severity: the end of a relief episode: two optional one-key
 * questions (how bad, 1-10; what might have set it off), then the episode
 * is recorded (part, start, duration, severity) and the result shown.
 */
#ifndef UNCLENCH_VIEW_SEVERITY_H
#define UNCLENCH_VIEW_SEVERITY_H

#include <time.h>

#include "view.h"

/*
 * Ask in place of the top view (part is copied first); duration_s -1:
 * not known.
 */
void	 view_severity_open(struct app *, const char *part, time_t start,
	     int duration_s);

#endif
