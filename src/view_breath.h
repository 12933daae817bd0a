/*
 * view_breath: the body of the player while a breathing step runs: the
 * shape that grows on the inhale, stays on a hold and shrinks on the
 * exhale, the phase word and its seconds, the cycles left, the pattern's
 * numbers and the line about dizziness.
 */
#ifndef UNCLENCH_VIEW_BREATH_H
#define UNCLENCH_VIEW_BREATH_H

#include <curses.h>

#include "routine.h"
#include "session.h"
#include "tui.h"

struct app;

/*
 * Draw the breathing body of step (a STEP_BREATHE) into rows top..bottom
 * of w, as the session stands in st. whole: the routine is a breathing
 * routine (its pattern is the point, so say so in the title line);
 * otherwise the step's title and instruction come first. relief: keep the
 * shape small so the instruction always fits. The instruction is shown
 * from its wrapped line *first (kept within the text); *rows gets the
 * lines it has. Returns the lines the whole instruction takes (more than
 * *rows: it can be scrolled). The focus (app_focus) is the step's title,
 * or in a breathing routine the phase line ("Breathe in  4").
 */
int	 view_breath_body(struct app *, WINDOW *w, enum tui_layout, int top,
	     int bottom,
	     const struct session_status *st, const struct step *step,
	     int whole, int relief, int *first, int *rows);

/*
 * The breathing shape's frame as the session stands in st: -1 when it
 * does not move (a hold, paused, another phase); the level it shows; and
 * when (absolute ms, on the session's clock) the next frame begins, -1
 * when none does before the phase ends.
 */
int64_t	 view_breath_frame(const struct session_status *);
double	 view_breath_level(const struct session_status *,
	     const struct step *);
int64_t	 view_breath_next_ms(const struct session_status *,
	     uint64_t now_ms);

#endif
