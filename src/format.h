/*
 * format: the one way each value is written, whatever the surface (the
 * CLI, the TUI, the notifications). Pure: libc and core headers only.
 */
#ifndef UNCLENCH_FORMAT_H
#define UNCLENCH_FORMAT_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "calendar.h"
#include "routine.h"
#include "util.h"

/* "250 ml" or "8.5 oz" (whole ounces without ".0"), as the user counts. */
void	 format_volume(char *, size_t, long ml, enum volume_unit);

/*
 * A duration in seconds: "45 s", "6 min", "1 h", "1 h 5 min". Minutes
 * are rounded first, so 3590 s is "1 h".
 */
void	 format_duration(char *, size_t, int64_t seconds);

/* "Sun" .. "Sat" for weekday 0-6 (cal_weekday's numbering). */
const char	*format_weekday(int wday);
/* "sun" .. "sat": the config file's spelling of the same. */
const char	*format_weekday_key(int wday);
/* Weekday bits (bit 0 Sunday): "daily", or "mon,wed,fri" Monday first. */
void	 format_days(char *, size_t, unsigned bits);

/* The command that starts a routine of this kind: stretch, relax,
   breathe or now. */
const char	*format_kind_command(enum routine_kind);

/* relief_parts[] as a sentence: "calf, foot, ... neck or hand". */
void	 format_parts(char *, size_t);
/*
 * The same, for texts that are static tables (the help): a unit test
 * holds it equal to format_parts(), so the list is still one.
 */
#define FORMAT_PARTS_TEXT \
	"calf, foot, hamstring, quad, back, neck or hand"

/*
 * A time of day "HH:MM" (with ":SS" if seconds); with the weekday and
 * date ("Tue 2024-03-05 08:00") when t is not on now's local day.
 */
void	 format_when(char *, size_t, const struct cal_zone *, time_t t,
	     time_t now, int seconds);

#endif
