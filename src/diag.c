/*
 * diag: a growing list of messages. Loaders add to it and never print, so
 * a file's problems are reported together and wherever the caller wants.
 */
#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>

#include "i18n.h"

/*
 * Messages quote values from files and imports: they are kept escaped, so
 * whoever prints them (stderr, the daemon log, a notice) shows no raw
 * control. Takes text.
 */
static void
diag_push(struct diag *d, enum diag_level level, char *text)
{
	char *safe = text_escape(text);

	free(text);
	text = safe;
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 8;
		d->msgs = xreallocarray(d->msgs, d->cap, sizeof *d->msgs);
	}
	d->msgs[d->n].level = level;
	d->msgs[d->n].text = text;
	d->n++;
	if (level == DIAG_ERROR)
		d->errors++;
	else if (level == DIAG_WARN)
		d->warnings++;
}

void
diag_add(struct diag *d, enum diag_level level, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	diag_push(d, level, xvasprintf(fmt, ap));
	va_end(ap);
}

void
diag_at(struct diag *d, enum diag_level level, const char *file,
    const char *section, const char *key, const char *fmt, ...)
{
	va_list	 ap;
	char	*reason, *text;

	va_start(ap, fmt);
	reason = xvasprintf(fmt, ap);
	va_end(ap);
	if (section != NULL && key != NULL)
		text = xasprintf("%s: [%s] %s: %s", file, section, key, reason);
	else if (section != NULL)
		text = xasprintf("%s: [%s]: %s", file, section, reason);
	else
		text = xasprintf("%s: %s", file, reason);
	free(reason);
	diag_push(d, level, text);
}

void
diag_print(const struct diag *d, FILE *f)
{
	size_t i;

	for (i = 0; i < d->n; i++)
		/* TRANSLATORS: %s is "FILE: [SECTION] KEY: what is wrong". */
		fprintf(f, d->msgs[i].level == DIAG_ERROR ? _("error: %s\n") :
		    _("warning: %s\n"), d->msgs[i].text);
}

void
diag_move(struct diag *dst, struct diag *src)
{
	size_t i;

	for (i = 0; i < src->n; i++)
		diag_push(dst, src->msgs[i].level, src->msgs[i].text);
	free(src->msgs);
	src->msgs = NULL;
	src->n = src->cap = src->errors = src->warnings = 0;
}

void
diag_clear(struct diag *d)
{
	size_t i;

	for (i = 0; i < d->n; i++)
		free(d->msgs[i].text);
	free(d->msgs);
	d->msgs = NULL;
	d->n = d->cap = d->errors = d->warnings = 0;
}
