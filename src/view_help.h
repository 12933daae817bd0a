/*
 * view_help: the key help drawn over the player (?), and the Help screen
 * of the menu (commands, keys, the disclaimer).
 */
#ifndef UNCLENCH_VIEW_HELP_H
#define UNCLENCH_VIEW_HELP_H

#include "view.h"

/* The player's keys over the player; relief adds its own keys. */
void	 view_help_open(struct app *, int relief);

/* The menu's Help screen. */
void	 view_help_screen_open(struct app *);

#endif
