/*
 * The history import's fuzz check, shared by the import and JSON
 * targets: whatever the parser accepts must be records of a known type
 * with a valid volume and severity and an id that is none or a canonical
 * UUID, and must survive a round trip
 * (exported, as CSV or JSON, and read back, it exports to the very same
 * text); whatever it refuses must say why.
 */
#ifndef UNCLENCH_FUZZ_ROUNDTRIP_H
#define UNCLENCH_FUZZ_ROUNDTRIP_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "codec_history.h"

static int
check_item(const struct history_item *it, void *arg)
{
	char uid[HISTORY_UID_LEN + 1];

	/* An id is none, or a UUID already in its canonical form. */
	if (it->uid[0] != '\0' && (history_uid_parse(it->uid, uid) != 0 ||
	    strcmp(uid, it->uid) != 0))
		__builtin_trap();
	if (history_type_name(it->type) == NULL)
		__builtin_trap();
	if (it->type == HREC_DRINK && it->ml <= 0)
		__builtin_trap();
	if (it->type == HREC_CRAMP && (it->severity < 0 || it->severity > 10))
		__builtin_trap();
	return history_export_item(it, arg);
}

/* Parse text, exporting what it accepts (json: as JSON) into *out. */
static int
parse_export(const char *text, size_t len, int json, char **out,
    size_t *outlen)
{
	struct diag		 d = { 0 };
	struct history_export	 e = { NULL, json, 0, 0 };
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

/* The check on one input; the export is CSV, or JSON when json is set. */
static void
fuzz_roundtrip(const uint8_t *data, size_t size, int json)
{
	char	*text, *e1 = NULL, *e2 = NULL;
	size_t	 l1, l2;

	if (size > 1 << 20 || (text = malloc(size + 1)) == NULL)
		return;
	memcpy(text, data, size);
	text[size] = '\0';
	if (parse_export(text, size, json, &e1, &l1) == 0) {
		if (parse_export(e1, l1, json, &e2, &l2) != 0 || l1 != l2 ||
		    memcmp(e1, e2, l1) != 0)
			__builtin_trap();
	}
	free(e1);
	free(e2);
	free(text);
}

#endif
