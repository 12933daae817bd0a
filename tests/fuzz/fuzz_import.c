/*
 * Fuzz target: the history import parser (CSV and JSON), exported back
 * as CSV (formula guard and quoting included): fuzz_roundtrip.h says
 * what must hold.
 */
#define _GNU_SOURCE
#include "fuzz_roundtrip.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_roundtrip(data, size, 0);
	return 0;
}
