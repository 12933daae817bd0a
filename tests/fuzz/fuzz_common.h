/*
 * Shared by the fuzz targets: hand the input to a loader as a file, through
 * an anonymous memory file so no disk is touched and the loader's own open,
 * fstat and read paths are exercised.
 */
#ifndef FUZZ_COMMON_H
#define FUZZ_COMMON_H

#define _GNU_SOURCE
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

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

#endif
