/*
 * view_history: the history screen (water, cramps, stretching streaks,
 * insights), drawn into a curses window from figures computed when it is
 * opened. The menu's History entry opens it; q, Esc or Left go back.
 */
#ifndef UNCLENCH_VIEW_HISTORY_H
#define UNCLENCH_VIEW_HISTORY_H

#include <curses.h>
#include <time.h>

#include "config.h"
#include "theme.h"

struct view_history;

/*
 * Open the history at its default place and compute the figures as of
 * now. NULL with *cause (allocated) if the store cannot be read.
 */
struct view_history	*view_history_open(const struct config *, time_t now,
			     char **cause);
/*
 * Draw the whole screen into win (sized rows x cols; compact text below
 * 80x24). role_attr maps each theme role to a curses attribute (colour
 * pair and bold etc.); ascii: no line-drawing or block characters.
 */
void			 view_history_draw(struct view_history *, WINDOW *win,
			     const attr_t role_attr[ROLE_COUNT], int ascii);
/* Scroll by lines (keys j/k, arrows, PgUp/PgDn); clamps. */
void			 view_history_scroll(struct view_history *, int lines);
void			 view_history_close(struct view_history *);

#endif
