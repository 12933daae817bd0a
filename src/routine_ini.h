/*
 * routine_ini: reads routines/NAME.ini into a struct routine, refusing the
 * whole file on any error and reporting every problem found.
 */
#ifndef UNCLENCH_ROUTINE_INI_H
#define UNCLENCH_ROUTINE_INI_H

#include "diag.h"
#include "lang.h"
#include "routine.h"

/*
 * Load the routine at path; its name is the file name without ".ini".
 * Returns NULL with errors in d if anything is wrong; warnings (unknown
 * keys) do not stop the load. Its texts are in the reader's language
 * (lang_from_env), key by key, English where a key has no translation.
 */
struct routine	*routine_load(const char *path, struct diag *d);
/* The same in the languages given, best first (none: English). */
struct routine	*routine_load_lang(const char *path,
		     const char (*langs)[LANG_TAG_MAX], size_t nlangs,
		     struct diag *d);

#endif
