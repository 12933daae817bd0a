/*
 * Fuzz target: the JSON reader of the history import. Only inputs that
 * the import reads as JSON (first non-blank byte { or [) are tried, so
 * every run exercises it and a saved crash replays as an import. What it
 * accepts must survive a round trip: exported as JSON and read back, the
 * records export to the very same text. What it refuses must say why.
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
export_item(const struct history_item *it, void *arg)
{
	return history_export_item(it, arg);
}

/* Parse text, exporting what it accepts as JSON into *out. */
static int
parse_export(const char *text, size_t len, char **out, size_t *outlen)
{
	struct diag		 d = { 0 };
	struct history_export	 e = { NULL, 1, 0, 0 };
	size_t			 problems;
	int			 r;

	if ((e.f = open_memstream(out, outlen)) == NULL)
		abort();
	history_export_begin(&e);
	r = history_import_parse("fuzz", text, len, 1700000000, export_item,
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
	size_t	 i, l1, l2;

	for (i = 0; i < size && strchr(" \t\r\n", data[i]) != NULL; i++)
		continue;
	if (size > 1 << 20 || i == size || (data[i] != '{' && data[i] != '['))
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
