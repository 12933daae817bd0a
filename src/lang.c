/*
 * lang: the language list for localised keys, from the environment's
 * values (the caller reads them): xx_YY, then xx, then English.
 */
#include "lang.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

int
lang_tag_ok(const char *tag, size_t len)
{
	size_t i, letters;

	for (letters = 0; letters < len && isalpha((unsigned char)tag[letters]);
	    letters++)
		;
	if (letters < 2 || letters > 3)
		return 0;
	if (letters == len)
		return 1;
	if (len != letters + 3 || tag[letters] != '_')
		return 0;
	for (i = letters + 1; i < len; i++)
		if (!isalpha((unsigned char)tag[i]))
			return 0;
	return 1;
}

static size_t
add(char out[][LANG_TAG_MAX], size_t have, size_t n, const char *s,
    size_t len)
{
	size_t i;

	if (have >= n || len == 0 || len >= LANG_TAG_MAX ||
	    !lang_tag_ok(s, len))
		return have;
	for (i = 0; i < len; i++)
		out[have][i] = (char)tolower((unsigned char)s[i]);
	out[have][len] = '\0';
	for (i = 0; i < have; i++)
		if (strcmp(out[i], out[have]) == 0)
			return have;
	return have + 1;
}

/* One "de_DE.UTF-8@euro": de_de then de. */
static size_t
add_locale(char out[][LANG_TAG_MAX], size_t have, size_t n, const char *s,
    size_t len)
{
	size_t	 full = strcspn(s, ".@");
	const char *us;

	if (full > len)
		full = len;
	have = add(out, have, n, s, full);
	us = memchr(s, '_', full);
	if (us != NULL)
		have = add(out, have, n, s, (size_t)(us - s));
	return have;
}

/* English (en, en_GB): the base text, so the list ends there. */
static int
is_english(const char *s, size_t len)
{
	return len >= 2 && tolower((unsigned char)s[0]) == 'e' &&
	    tolower((unsigned char)s[1]) == 'n' &&
	    (len == 2 || strchr("_.@", s[2]) != NULL);
}

size_t
lang_list(const char *language, const char *locale, char out[][LANG_TAG_MAX],
    size_t n)
{
	size_t		 have = 0, len;
	const char	*p;

	/*
	 * No locale, or C: English, whatever $LANGUAGE says (gettext too).
	 * C.UTF-8 is not C to gettext: it follows $LANGUAGE there, and so
	 * do the data's texts, in the language of the words around them.
	 */
	if (locale == NULL || *locale == '\0' || strcmp(locale, "C") == 0 ||
	    strcmp(locale, "POSIX") == 0)
		return 0;
	for (p = language; p != NULL && *p != '\0'; p += len + (p[len] != 0)) {
		len = strcspn(p, ":");
		if (is_english(p, len))
			return have;
		have = add_locale(out, have, n, p, len);
	}
	if (is_english(locale, strlen(locale)))
		return have;
	return add_locale(out, have, n, locale, strlen(locale));
}

size_t
lang_from_env(char out[][LANG_TAG_MAX], size_t n)
{
	const char	*names[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
	const char	*locale = NULL;
	size_t		 i;

	for (i = 0; i < sizeof names / sizeof names[0] && locale == NULL; i++)
		if ((locale = getenv(names[i])) != NULL && *locale == '\0')
			locale = NULL;
	return lang_list(getenv("LANGUAGE"), locale, out, n);
}
