/*
 * files_builtin: the relief routines and the night and default themes compiled
 * into the
 * binary (generated at build time from routines/relief-*.ini and
 * themes/{night,default}.ini by gen_builtin.c), so `unclench now` works with no data
 * files, no config and no home directory, and starts without reading any.
 */
#ifndef UNCLENCH_BUILTIN_H
#define UNCLENCH_BUILTIN_H

#include <stddef.h>

#include "lang.h"
#include "routine.h"
#include "theme.h"

/*
 * The relief routine for a canonical part ("calf"), NULL if none: in the
 * reader's language (lang_from_env), as routine_load would read the file.
 */
const struct routine	*builtin_relief(const char *part);
/* The night theme, as shipped. */
const struct theme	*builtin_night_theme(void);
/* The default theme, as shipped: also the fallback for a broken theme. */
const struct theme	*builtin_default_theme(void);

/* All compiled-in routines (static data: never routine_free() them). */
extern const struct routine *const builtin_routines[];
extern const size_t builtin_nroutines;

/* The same routines in each shipped language (last: { "", NULL }). */
struct builtin_translation {
	const char		*lang;
	const struct routine	*routine;
};
extern const struct builtin_translation builtin_translations[];
extern const size_t builtin_ntranslations;

/*
 * The safety texts of routines/safety/safety.ini ("clot.full"), each in English
 * (lang "") and in every shipped language: the build checks they all are.
 */
struct safety_text {
	const char	*key;
	const char	*lang;
	const char	*text;
};
extern const struct safety_text *const builtin_safety[];
extern const size_t builtin_nsafety;

/*
 * A safety text in the reader's language (lang_from_env), else English;
 * the key itself if there is no such text (a test checks every one).
 */
const char		*safety_text(const char *key);
/* The same in the languages given, best first. NULL if no such key. */
const char		*safety_text_lang(const char *key,
			     const char (*langs)[LANG_TAG_MAX], size_t nlangs);

/* builtin_relief in the languages given, best first (none: English). */
const struct routine	*builtin_relief_lang(const char *part,
			     const char (*langs)[LANG_TAG_MAX], size_t nlangs);

#endif
