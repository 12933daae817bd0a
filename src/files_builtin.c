/*
 * files_builtin: lookups over the data that gen_builtin generated from the
 * shipped relief routines and night theme (build/builtin_data.c).
 */
#include "files_builtin.h"

#include <string.h>

extern const struct theme builtin_night, builtin_default;

static int
is_part(const struct routine *r, const char *part)
{
	return r->kind == KIND_RELIEF && r->part != NULL &&
	    strcmp(r->part, part) == 0;
}

const struct routine *
builtin_relief(const char *part)
{
	char	langs[LANG_MAX][LANG_TAG_MAX];
	size_t	n = lang_from_env(langs, LANG_MAX);

	return builtin_relief_lang(part, (const char (*)[LANG_TAG_MAX])langs,
	    n);
}

const struct routine *
builtin_relief_lang(const char *part, const char (*langs)[LANG_TAG_MAX],
    size_t nlangs)
{
	size_t i, l;

	/* xx_YY, then xx (the list has both), then English: the file's rule. */
	for (l = 0; l < nlangs; l++)
		for (i = 0; i < builtin_ntranslations; i++)
			if (strcmp(builtin_translations[i].lang, langs[l]) == 0 &&
			    is_part(builtin_translations[i].routine, part))
				return builtin_translations[i].routine;
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

const char *
safety_text_lang(const char *key, const char (*langs)[LANG_TAG_MAX],
    size_t nlangs)
{
	const struct safety_text	*t;
	size_t				 i, l;

	for (l = 0; l <= nlangs; l++)
		for (i = 0; i < builtin_nsafety; i++) {
			t = builtin_safety[i];
			if (strcmp(t->key, key) == 0 &&
			    strcmp(t->lang, l < nlangs ? langs[l] : "") == 0)
				return t->text;
		}
	return NULL;
}

const char *
safety_text(const char *key)
{
	char		 langs[LANG_MAX][LANG_TAG_MAX];
	size_t		 n = lang_from_env(langs, LANG_MAX);
	const char	*t;

	t = safety_text_lang(key, (const char (*)[LANG_TAG_MAX])langs, n);
	return t != NULL ? t : key;
}
