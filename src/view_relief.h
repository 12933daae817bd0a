/*
 * view_relief: the body-part picker of relief mode: one key per part
 * (1-7 or its letter), big rows to click, and Enter takes calf, the most
 * common cramp.
 */
#ifndef UNCLENCH_VIEW_RELIEF_H
#define UNCLENCH_VIEW_RELIEF_H

#include <stdint.h>
#include <time.h>

#include "view.h"

/* Ask where the cramp is; it began at cramp_ms (app clock) / cramp_wall. */
void	 view_relief_open(struct app *, uint64_t cramp_ms,
	     time_t cramp_wall);
/* The same with a part marked (Enter takes it); NULL marks calf. */
void	 view_relief_open_at(struct app *, uint64_t cramp_ms,
	     time_t cramp_wall, const char *mark);

#endif
