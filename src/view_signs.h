/*
 * view_signs: the full warning signs (a possible blood clot, and when a
 * cramp needs a doctor), opened with ! at any moment.
 */
#ifndef UNCLENCH_VIEW_SIGNS_H
#define UNCLENCH_VIEW_SIGNS_H

#include "app.h"

/* The warning signs as paragraphs ("": a blank line); [0] is the clot. */
const char *const *signs_paras(size_t *n);

/* Show the warning signs; closed(arg) runs when the user closes them. */
void	 signs_open(struct app *, void (*closed)(struct app *, void *),
	     void *arg);

#endif
