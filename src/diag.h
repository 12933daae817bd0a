/*
 * diag: collects problems found while loading files, so a loader reports
 * every problem at once ("FILE: [section] key: what (expected ...)") and the
 * caller decides where they go (stderr, a TUI message, the daemon log).
 */
#ifndef UNCLENCH_DIAG_H
#define UNCLENCH_DIAG_H

#include <stddef.h>
#include <stdio.h>

#include "util.h"

/*
 * DIAG_ADVICE: a legal value worth a second look (a 4.5 l daily goal).
 * It prints as a warning but counts as neither, so `check` passes it.
 */
enum diag_level { DIAG_WARN, DIAG_ERROR, DIAG_ADVICE };

struct diag_msg {
	enum diag_level	 level;
	char		*text;
};

struct diag {
	struct diag_msg	*msgs;
	size_t		 n, cap;
	size_t		 errors, warnings;
};

/* Add a message. */
void	 diag_add(struct diag *, enum diag_level, const char *, ...)
	     printflike(3, 4);
/* Add "FILE: [SECTION] KEY: REASON" (section/key may be NULL). */
void	 diag_at(struct diag *, enum diag_level, const char *file,
	     const char *section, const char *key, const char *, ...)
	     printflike(6, 7);
/* Print every message, one per line, prefixed "error: "/"warning: ". */
void	 diag_print(const struct diag *, FILE *);
/* Move all messages of src to the end of dst. */
void	 diag_move(struct diag *dst, struct diag *src);
/* Free the messages (the struct itself is the caller's). */
void	 diag_clear(struct diag *);

#endif
