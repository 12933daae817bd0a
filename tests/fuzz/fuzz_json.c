/*
 * Fuzz target: the JSON reader of the history import. Only inputs that
 * the import reads as JSON (first non-blank byte { or [) are tried, so
 * every run exercises it and a saved crash replays as an import; what
 * it accepts is exported back as JSON (fuzz_roundtrip.h).
 */
#define _GNU_SOURCE
#include "fuzz_roundtrip.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t i;

	for (i = 0; i < size && strchr(" \t\r\n", data[i]) != NULL; i++)
		continue;
	if (i == size || (data[i] != '{' && data[i] != '['))
		return 0;
	fuzz_roundtrip(data, size, 1);
	return 0;
}
