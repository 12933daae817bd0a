/*
 * status: the daemon's status record (what `unclench status` shows), its
 * file format and its renderings. Pure: the daemon fills a record and
 * writes status_serialise()'s bytes; a reader parses them back and
 * renders one of the formats, with format.h's words so the status says
 * what every other surface says (tests/unit/test_status.c).
 */
#ifndef UNCLENCH_STATUS_H
#define UNCLENCH_STATUS_H

#include <stddef.h>
#include <time.h>

#include "calendar.h"
#include "util.h"

/* The file is under 1 KiB; the longest rendering fits in this. */
#define STATUS_FILE_MAX		1024
#define STATUS_NAME_MAX		64
#define STATUS_LINE_MAX		1024

enum status_kind { STATUS_NONE, STATUS_HYDRATION, STATUS_SESSION };

struct status_rec {
	unsigned long		 seq;		/* bumped on every change */
	long			 pid;
	int			 hydration;	/* reminders on */
	long			 water_ml;	/* today; -1 unknown */
	long			 goal_ml;
	enum volume_unit	 units;
	enum status_kind	 next_kind;	/* STATUS_NONE: nothing to come */
	char			 next[STATUS_NAME_MAX + 1];
	time_t			 next_at;
	enum status_kind	 due_kind;	/* STATUS_NONE: nothing due */
	char			 due[STATUS_NAME_MAX + 1];
	time_t			 paused_until;	/* 0: not paused */
	char			 presence[16];	/* "present", "away", ... */
	/* Theme colours (0-255, -1 default) for the tmux format. */
	int			 fg_water, fg_next, fg_due;
};

enum status_format {
	STATUS_TEXT, STATUS_TMUX, STATUS_PROMPT, STATUS_JSON, STATUS_WAYBAR
};

/* Copy a name in, every control byte made '?', cut whole characters. */
void	 status_set_name(char *dst, const char *src);

/* The file's bytes: "unclench-status 1", key=value lines, "end". */
size_t	 status_serialise(const struct status_rec *, char *, size_t);
/*
 * Parse n bytes (whole, or the file is torn or not ours): 0, or -1 with
 * *why set.
 */
int	 status_parse(const char *, size_t, struct status_rec *,
	     const char **why);

/* "text", "tmux", ... -> format; -1 if no such format. */
int	 status_format_parse(const char *, enum status_format *);

/*
 * One line (no newline) in format fmt; utf8: the locale's text is UTF-8
 * (else ASCII). The prompt format is "" while nothing is due.
 */
void	 status_render(const struct status_rec *, enum status_format,
	     const struct cal_zone *, time_t now, int utf8, char *,
	     size_t);

#endif
