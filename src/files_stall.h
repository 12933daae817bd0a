/*
 * files_stall: could reading a path block for ever? Only a filesystem
 * served over a network or from user space (NFS, CIFS, FUSE, autofs ...)
 * can hold a caller in the kernel with no answer; a local disk or a
 * memory filesystem answers. Relief uses this to skip its watchdog
 * thread (budget.h) when none of its files can stall.
 */
#ifndef UNCLENCH_FILES_STALL_H
#define UNCLENCH_FILES_STALL_H

/*
 * 1 if path (or a directory or link on the way to it) is on a
 * filesystem that may stall, or if that cannot be told; 0 if every step
 * to it is on a local filesystem (or the rest of it does not exist).
 * Never itself waits on a filesystem that may stall.
 */
int	stall_possible(const char *path);

#endif
