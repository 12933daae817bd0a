/*
 * log: a program's log file, one escaped line per message with a time
 * stamp, copied to stderr in the foreground. Past LOG_MAX_BYTES it is
 * renamed .old and a new one begun, at once, not at a restart. A write
 * that fails (a full disk) is said once on stderr and the log goes on
 * when it can. Base layer: libc only; time from the clock given.
 */
#ifndef UNCLENCH_LOG_H
#define UNCLENCH_LOG_H

#include "util.h"

struct clock;

#define LOG_MAX_BYTES	(1024 * 1024)

/*
 * Who writes ("daemon": "unclench daemon: ..." on stderr), the clock of
 * the stamps, debug lines or not, a copy of each line on stderr or not.
 */
void	 log_init(const char *who, const struct clock *, int verbose,
	     int to_stderr);
/* Open (or create, mode 0600) the file at path; a big one becomes .old. */
void	 log_open(const char *path);
void	 log_close(void);
/* One line; debug lines only when verbose. */
void	 dlog(int debug, const char *, ...) printflike(2, 3);

#endif
