/*
 * Fuzz target: the history import parser (CSV and JSON). Whatever it
 * accepts must be records of a known type with a valid part, volume and
 * severity; whatever it refuses must say why.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "history_io.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static int
check_item(const struct history_item *it, void *arg)
{
	(void)arg;
	if (history_type_name(it->type) == NULL)
		__builtin_trap();
	if (it->type == HREC_DRINK && it->ml <= 0)
		__builtin_trap();
	if (it->type == HREC_CRAMP && (it->severity < 0 || it->severity > 10))
		__builtin_trap();
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag	 d = { 0 };
	size_t		 problems;
	char		*text;

	if (size > 1 << 20)
		return 0;
	if ((text = malloc(size + 1)) == NULL)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';
	if (history_import_parse("fuzz", text, size, 1700000000, check_item,
	    NULL, &problems, &d) != 0 && (d.errors == 0 || problems == 0))
		__builtin_trap();
	diag_clear(&d);
	free(text);
	return 0;
}
