/*
 * Shared by the fuzz targets: hand the input to a loader as a file, through
 * an anonymous memory file so no disk is touched and the loader's own open,
 * fstat and read paths are exercised; and run the pre-scan and iniparser
 * together on exactly the bytes the scan accepted, checking what iniparser
 * makes of them, so that a fault of iniparser's (linked uninstrumented
 * unless run.sh is given its source) still shows as a crash.
 */
#ifndef FUZZ_COMMON_H
#define FUZZ_COMMON_H

#define _GNU_SOURCE
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"
#include "ini.h"
#include "util.h"

/* Path of a memory file holding data; close(*fd) after use. */
static inline int
fuzz_file(const uint8_t *data, size_t size, char *path, size_t len, int *fd)
{
	*fd = memfd_create("fuzz", MFD_CLOEXEC);
	if (*fd == -1)
		return -1;
	if (size > 0 && write(*fd, data, size) != (ssize_t)size) {
		close(*fd);
		return -1;
	}
	snprintf(path, len, "/proc/self/fd/%d", *fd);
	return 0;
}

/*
 * Scan and parse data. A file the scan accepts must be one iniparser reads,
 * and every key iniparser lists must have a value that is still UTF-8.
 */
static inline void
fuzz_ini(const uint8_t *data, size_t size)
{
	struct diag	 d = { 0 };
	struct ini	*ini;
	const char	**keys, *v;
	size_t		 i, j, n;

	ini = ini_load_buffer("fuzz.ini", data, size, &d);
	/*
	 * The message itself, not a key or tag it quotes (a fuzzed key can
	 * hold these words): the file's name, then the parser's verdict.
	 */
	for (i = 0; ini == NULL && i < d.n; i++)
		if (strncmp(d.msgs[i].text, "fuzz.ini: the INI parser could "
		    "not", 34) == 0)
			__builtin_trap();	/* the scan let through junk */
	for (i = 0; ini != NULL && i < ini_nsections(ini); i++) {
		keys = ini_keys(ini, ini_section(ini, i), &n);
		for (j = 0; j < n; j++) {
			v = ini_get(ini, ini_section(ini, i), keys[j]);
			if (v == NULL || !utf8_valid(v, strlen(v)))
				__builtin_trap();
		}
		free(keys);
	}
	ini_free(ini);
	diag_clear(&d);
}

#endif
