/*
 * view_signs: the full warning signs (a possible blood clot, and when a
 * cramp needs a doctor), opened with ! at any moment.
 */
#ifndef UNCLENCH_VIEW_SIGNS_H
#define UNCLENCH_VIEW_SIGNS_H

#include "view.h"

/*
 * The blood-clot check on the leg relief screens, for a width in columns:
 * one row (the full or the short form) or, when neither fits, two rows
 * in *l1 and *l2. Returns the number of rows. Every form says "one leg"
 * and "don't stretch or massage".
 */
int	 view_signs_clot_lines(int width, const char **l1, const char **l2);
/*
 * The check a relief screen for part carries, in the same way: the clot
 * check for a leg, the emergency signs for the lower back; 0 for none.
 */
int	 view_signs_part_lines(const char *part, int width, const char **l1,
	     const char **l2);
/* The blood-clot paragraph of the warning signs, in full. */
const char	*view_signs_clot_para(void);
/* The warning signs as paragraphs ("": a blank line), emergencies first. */
const char *const *view_signs_paras(size_t *n);

/* Show the warning signs; closed(arg) runs when the user closes them. */
void	 view_signs_open(struct app *, void (*closed)(struct app *, void *),
	     void *arg);

#endif
