/*
 * json_write: one JSON string out, for every JSON the program writes (the
 * export, the FHIR bundle): quotes, backslashes and controls escaped, C1
 * controls and bidi overrides as \u escapes (exact, and inert on a
 * terminal), and a string that is not UTF-8 written with U+FFFD for its
 * high bytes, so the file is always valid JSON.
 */
#ifndef UNCLENCH_JSON_WRITE_H
#define UNCLENCH_JSON_WRITE_H

#include <stdio.h>

void	 json_write_string(FILE *, const char *);

#endif
