/*
 * view_menu: the main menu, what `unclench` with no arguments shows:
 * relief first (selected), then Stretch, Relax, Breathe, Hydration,
 * History and Help, with the short disclaimer.
 */
#ifndef UNCLENCH_VIEW_MENU_H
#define UNCLENCH_VIEW_MENU_H

#include "view.h"

/* Put the menu on the stack. */
void	 view_menu_open(struct app *);

#endif
