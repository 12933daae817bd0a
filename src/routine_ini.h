/*
 * routine_ini: reads routines/NAME.ini into a struct routine, refusing the
 * whole file on any error and reporting every problem found.
 */
#ifndef UNCLENCH_ROUTINE_INI_H
#define UNCLENCH_ROUTINE_INI_H

#include "diag.h"
#include "routine.h"

/*
 * Load the routine at path; its name is the file name without ".ini".
 * Returns NULL with errors in d if anything is wrong; warnings (unknown
 * keys) do not stop the load.
 */
struct routine	*routine_load(const char *path, struct diag *d);

#endif
