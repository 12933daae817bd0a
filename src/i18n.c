/*
 * i18n: the translator hook; see i18n.h. Until the entry sets one, a
 * string is returned as given (and a count picks English's two forms).
 */
#include "i18n.h"

#include <stddef.h>

static char	*(*tr_one)(const char *);
static char	*(*tr_count)(const char *, const char *, unsigned long);

const char *
i18n_tr(const char *s)
{
	return tr_one != NULL ? tr_one(s) : s;
}

const char *
i18n_ntr(const char *s, const char *p, unsigned long n)
{
	if (tr_count != NULL)
		return tr_count(s, p, n);
	return n == 1 ? s : p;
}

void
i18n_set(char *(*tr)(const char *),
    char *(*ntr)(const char *, const char *, unsigned long))
{
	tr_one = tr;
	tr_count = ntr;
}
