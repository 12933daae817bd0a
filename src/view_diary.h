/*
 * view_diary: the menu's History entry: view_history's figures in a view
 * of their own (scrolling, q back), or the reason they are not available.
 */
#ifndef UNCLENCH_VIEW_DIARY_H
#define UNCLENCH_VIEW_DIARY_H

#include "view.h"

/* Open the history screen (a message if the store cannot be read). */
void	 view_diary_open(struct app *);

struct view_history;
/* Show hv (from view_history_open), closed when the view is left. */
void	 view_diary_show(struct app *, struct view_history *hv);

#endif
