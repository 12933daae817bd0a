/*
 * view_hydration: today's water against the daily goal (or a doctor's
 * limit), and a key to log one glass.
 */
#ifndef UNCLENCH_VIEW_HYDRATION_H
#define UNCLENCH_VIEW_HYDRATION_H

#include "view.h"

/* Open the hydration screen. */
void	 view_hydration_open(struct app *);

#endif
