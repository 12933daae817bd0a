/*
 * view_confirm: a one-line yes/no question drawn over the screen below
 * ("Quit this routine? y/n"). y answers yes; n, Esc or q answer no.
 */
#ifndef UNCLENCH_VIEW_CONFIRM_H
#define UNCLENCH_VIEW_CONFIRM_H

#include "view.h"

/*
 * Ask question on top of the current view. After the answer the overlay
 * is closed and yes or no is called with arg.
 */
void	 view_confirm_open(struct app *, const char *question,
	     void (*yes)(struct app *, void *),
	     void (*no)(struct app *, void *), void *arg);

#endif
