/*
 * codec_history: the history's export format, both ways, and the date, time
 * and note rules of the diary commands. No store, no I/O beyond the FILE
 * an export is written to.
 */
#ifndef UNCLENCH_HISTORY_IO_H
#define UNCLENCH_HISTORY_IO_H

#include <stddef.h>
#include <stdio.h>
#include <time.h>

#include "diag.h"
#include "history_record.h"

/* A note: at most HISTORY_NOTE_MAX bytes of UTF-8 on one line. */
int	 history_io_check_note(const char *s, const char **why);

/*
 * An export in progress: f, json (1) or CSV (0), records written, and
 * tty: f is a terminal, so CSV text is shown escaped (JSON always escapes
 * controls and bidi characters as \uNNNN, which keeps it exact).
 */
struct history_export {
	FILE	*f;
	int	 json;
	size_t	 n;
	int	 tty;
};
/* The CSV header line or the JSON opening. */
void	 history_export_begin(struct history_export *);
/* One record; a history_foreach() callback (arg: the export). */
int	 history_export_item(const struct history_item *, void *arg);
/* The JSON closing. */
void	 history_export_end(struct history_export *);

/*
 * Parse an export (CSV, or JSON when it starts with { or [) held in text
 * (len bytes, NUL-terminated, left as it is). file names it in the
 * messages "FILE:LINE: what". Each good record is handed to fn (when not
 * NULL) as it is read, until the first problem: a caller that must import
 * all or nothing checks the whole text with fn NULL first. 0: every record
 * is good; -1 with the problems (at most 20 listed) in d and their count
 * in *problems; -1 with *problems 0 when fn returned non-zero (it stops).
 */
int	 history_import_parse(const char *file, const char *text, size_t len,
	     time_t now, int (*fn)(const struct history_item *, void *),
	     void *arg, size_t *problems, struct diag *d);

#endif
