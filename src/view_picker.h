/*
 * view_picker: the list of routines of one kind (title, kind, duration);
 * Enter plays the chosen one, and its end comes back to the list.
 */
#ifndef UNCLENCH_VIEW_PICKER_H
#define UNCLENCH_VIEW_PICKER_H

#include "view.h"
#include "files_library.h"

/* Scan the routines of kind and list them (a notice if there are none). */
void	 view_picker_open(struct app *, int kind);

/* List an already scanned library (taken over: freed by the picker). */
void	 view_picker_open_with(struct app *, int kind, struct library *);

/* The heading for a kind's list ("Stretch routines"). */
const char *view_picker_heading(int kind);

#endif
