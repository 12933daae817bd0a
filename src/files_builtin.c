/*
 * files_builtin: lookups over the data that gen_builtin generated from the
 * shipped relief routines and night theme (build/builtin_data.c).
 */
#include "files_builtin.h"

#include <string.h>

extern const struct theme builtin_night, builtin_default;

const struct routine *
builtin_relief(const char *part)
{
	size_t i;

	for (i = 0; i < builtin_nroutines; i++)
		if (builtin_routines[i]->kind == KIND_RELIEF &&
		    builtin_routines[i]->part != NULL &&
		    strcmp(builtin_routines[i]->part, part) == 0)
			return builtin_routines[i];
	return NULL;
}

const struct theme *
builtin_night_theme(void)
{
	return &builtin_night;
}

const struct theme *
builtin_default_theme(void)
{
	return &builtin_default;
}
