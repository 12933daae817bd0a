/*
 * Fuzz target: the status feed's parser (src/status.c), which reads a
 * file in the user's runtime directory that a torn write, another
 * version or any process of the user's may have left there. Checks its
 * promises: a record it accepts keeps its strings within their bounds
 * and free of control bytes, serialises to bytes that parse back to the
 * same bytes, and renders in every format, with and without UTF-8, into
 * the line's size with no control byte; no proper prefix of an accepted
 * file (a torn read) is accepted.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "status.h"
#include "util.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* 2024-03-05 12:00:00 UTC */
#define NOW	((time_t)1709640000)

static long
far_east(const struct cal_zone *z, time_t t)
{
	(void)z;
	(void)t;
	return 14 * 3600L;
}

static const struct cal_zone east = { far_east, NULL };

static void
check_str(const char *s, size_t size)
{
	size_t n = strnlen(s, size);

	if (n == size)
		__builtin_trap();	/* not terminated within its field */
	for (; *s != '\0'; s++)
		if ((unsigned char)*s < 0x20 || *s == 0x7f)
			__builtin_trap();
}

static void
check_render(const struct status_rec *r)
{
	const struct cal_zone	*zones[2] = { &cal_zone_local, &east };
	char			*out = malloc(STATUS_LINE_MAX);
	size_t			 z, i;
	int			 f, utf8, valid;

	if (out == NULL)
		return;
	valid = utf8_valid(r->next, strlen(r->next)) &&
	    utf8_valid(r->due, strlen(r->due)) &&
	    utf8_valid(r->presence, strlen(r->presence));
	for (z = 0; z < 2; z++)
		for (f = STATUS_TEXT; f <= STATUS_WAYBAR; f++)
			for (utf8 = 0; utf8 <= 1; utf8++) {
				status_render(r, (enum status_format)f,
				    zones[z], NOW, utf8, out,
				    STATUS_LINE_MAX);
				for (i = 0; out[i] != '\0'; i++)
					if ((unsigned char)out[i] < 0x20 ||
					    out[i] == 0x7f)
						__builtin_trap();
				/* UTF-8 in, UTF-8 out; ASCII if asked. */
				if (valid && !utf8_valid(out, i))
					__builtin_trap();
			}
	free(out);
}

/* Accepted: its bytes again parse, and serialise to the same bytes. */
static void
check_roundtrip(const struct status_rec *r)
{
	struct status_rec	 again;
	char			 a[STATUS_FILE_MAX + 1], b[STATUS_FILE_MAX + 1];
	const char		*why;
	size_t			 na, nb, i;

	na = status_serialise(r, a, sizeof a);
	if (status_parse(a, na, &again, &why) != 0)
		__builtin_trap();
	nb = status_serialise(&again, b, sizeof b);
	if (na != nb || memcmp(a, b, na) != 0)
		__builtin_trap();
	/* A torn read of the file: every proper prefix is refused. */
	for (i = 0; i < na; i++)
		if (status_parse(a, i, &again, &why) == 0)
			__builtin_trap();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct status_rec	 r;
	const char		*why = NULL;

	memset(&r, 0xa5, sizeof r);
	if (status_parse((const char *)data, size, &r, &why) != 0) {
		if (why == NULL)
			__builtin_trap();	/* refused without a reason */
		return 0;
	}
	check_str(r.next, sizeof r.next);
	check_str(r.due, sizeof r.due);
	check_str(r.presence, sizeof r.presence);
	if (r.fg_water < -1 || r.fg_water > 255 || r.fg_next < -1 ||
	    r.fg_next > 255 || r.fg_due < -1 || r.fg_due > 255)
		__builtin_trap();
	check_roundtrip(&r);
	check_render(&r);
	return 0;
}
