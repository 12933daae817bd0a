/*
 * app: the interactive loop. A stack of views (view.h: the top one gets
 * the keys; overlays are drawn over the view below), a clock passed in,
 * and one thread that sleeps until the next deadline any view asks for, a
 * key, a resize or a signal.
 */
#ifndef UNCLENCH_APP_H
#define UNCLENCH_APP_H

#include "view.h"

/*
 * Run until the stack is empty, a view asks to quit, or a quit signal
 * arrives. Returns the exit code (128 + signal after a signal). Every view
 * left on the stack is left (and so saves what it must) before returning.
 */
int		 app_run(struct app *);
/* Leave every view still on the stack (top first). */
void		 app_clear(struct app *);

#endif
