/*
 * view_redflag: the screen shown when a cramp has lasted 10 minutes. It
 * must be acknowledged (Enter) before the relief steps go on.
 */
#ifndef UNCLENCH_VIEW_REDFLAG_H
#define UNCLENCH_VIEW_REDFLAG_H

#include "view.h"

/* Show the red flag; closed(arg) runs once it is acknowledged. */
void	 view_redflag_open(struct app *, void (*closed)(struct app *, void *),
	     void *arg);

/* The page's words as one paragraph, for speech. */
void	 view_redflag_words(char *buf, size_t len);

#endif
