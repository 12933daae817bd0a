/*
 * Fuzz target: the history import parser (CSV and JSON). Whatever it
 * accepts must be records of a known type with a valid part, volume and
 * severity, and must survive a round trip: exported as CSV (formula guard
 * and quoting included) and read back, it exports to the very same text.
 * Whatever it refuses must say why.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "history_io.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static int
check_item(const struct history_item *it, void *arg)
{
	if (history_type_name(it->type) == NULL)
		__builtin_trap();
	if (it->type == HREC_DRINK && it->ml <= 0)
		__builtin_trap();
	if (it->type == HREC_CRAMP && (it->severity < 0 || it->severity > 10))
		__builtin_trap();
	return history_export_item(it, arg);
}

/* Parse text, exporting what it accepts as CSV into *out. */
static int
parse_export(const char *text, size_t len, char **out, size_t *outlen)
{
	struct diag		 d = { 0 };
	struct history_export	 e = { NULL, 0, 0, 0 };
	size_t			 problems;
	int			 r;

	if ((e.f = open_memstream(out, outlen)) == NULL)
		abort();
	history_export_begin(&e);
	r = history_import_parse("fuzz", text, len, 1700000000, check_item,
	    &e, &problems, &d);
	history_export_end(&e);
	fclose(e.f);
	if (r != 0 && (d.errors == 0 || problems == 0))
		__builtin_trap();
	diag_clear(&d);
	return r;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	*text, *e1 = NULL, *e2 = NULL;
	size_t	 l1, l2;

	if (size > 1 << 20)
		return 0;
	if ((text = malloc(size + 1)) == NULL)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	if (parse_export(text, size, &e1, &l1) == 0) {
		if (parse_export(e1, l1, &e2, &l2) != 0 || l1 != l2 ||
		    memcmp(e1, e2, l1) != 0)
			__builtin_trap();
	}
	free(e1);
	free(e2);
	free(text);
	return 0;
}
