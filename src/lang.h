/*
 * lang: which language a person reads, for the localised keys of the
 * data files (title[de] = ...). lang_list is pure: the caller passes
 * the environment's values.
 */
#ifndef UNCLENCH_LANG_H
#define UNCLENCH_LANG_H

#include <stddef.h>

/* "de", "pt_br": two or three letters, then '_' and two, lower case. */
#define LANG_TAG_MAX	8
#define LANG_MAX	8

/* Is tag a language tag as written in a key (either case)? */
int	 lang_tag_ok(const char *tag, size_t len);
/*
 * The languages to try, best first, into out (lower case tags, English
 * not listed: it is the fallback). language is $LANGUAGE (a ':' list,
 * used only when a locale is set, as gettext does); locale is the first
 * set of $LC_ALL, $LC_MESSAGES, $LANG. "de_DE.UTF-8" gives de_de, de.
 * Returns how many.
 */
size_t	 lang_list(const char *language, const char *locale,
	     char out[][LANG_TAG_MAX], size_t n);

/* lang_list over this process's $LANGUAGE, $LC_ALL, $LC_MESSAGES, $LANG. */
size_t	 lang_from_env(char out[][LANG_TAG_MAX], size_t n);

#endif
