/*
 * util: allocation that never fails, bounded string helpers and the strict
 * number, duration, volume and clock-time parsers every loader shares.
 * Pure: libc only.
 */
#ifndef UNCLENCH_UTIL_H
#define UNCLENCH_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define nitems(a) (sizeof(a) / sizeof((a)[0]))

#if defined(__GNUC__)
#define printflike(a, b) __attribute__((format(printf, a, b)))
#define noreturn_fn __attribute__((noreturn))
#else
#define printflike(a, b)
#define noreturn_fn
#endif

/* Print "unclench: MESSAGE" to stderr and exit 2. */
void	 fatal(const char *, ...) printflike(1, 2) noreturn_fn;
/* Hook run by fatal() before printing (the TUI restores the terminal). */
extern void (*fatal_hook)(void);

void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xreallocarray(void *, size_t, size_t);
char	*xstrdup(const char *);
char	*xstrndup(const char *, size_t);
char	*xasprintf(const char *, ...) printflike(1, 2);
char	*xvasprintf(const char *, va_list) printflike(1, 0);

/* Copy with truncation; always terminates. Returns strlen(src). */
size_t	 strlcpy_safe(char *, const char *, size_t);

/*
 * Parse a decimal integer in [min, max]. No octal, no trailing junk, no
 * overflow. Returns 0, or -1 with *why set to a static reason.
 */
int	 parse_long(const char *, long min, long max, long *, const char **why);

/*
 * Parse a duration ("30", "30s", "5.5", "2m", "1h") into milliseconds within
 * [min_ms, max_ms]. A bare number is seconds.
 */
int	 parse_duration_ms(const char *, int64_t min_ms, int64_t max_ms,
	     int64_t *, const char **why);

/* Parse "HH:MM" into minutes since midnight. */
int	 parse_clock_min(const char *, int *, const char **why);

/* Parse "HH:MM-HH:MM" into two minute-of-day values. */
int	 parse_clock_range(const char *, int *, int *, const char **why);

/* Units for volumes. */
enum volume_unit { UNIT_ML, UNIT_OZ };
#define ML_PER_OZ 29.5735

/* Parse "250", "250ml", "2l", "8oz" (bare numbers in def_unit) into ml. */
int	 parse_volume_ml(const char *, enum volume_unit def_unit, long min_ml,
	     long max_ml, long *, const char **why);

/* Parse a boolean (yes/no true/false on/off 1/0). */
int	 parse_bool(const char *, int *, const char **why);

/* Is s valid UTF-8 (no overlongs, no surrogates) of length len? */
int	 utf8_valid(const char *, size_t);

/*
 * The first control character of s (C0 but tab, DEL, or C1 U+0080-U+009F)
 * as a code point, or -1 if none: text from files must not hold them.
 */
long	 text_control(const char *);

/*
 * s made harmless to print on a terminal, allocated: C0 controls and DEL
 * as \t \n \r or \xNN, C1 controls and the bidi overrides and isolates
 * (U+202A-U+202E, U+2066-U+2069) as \uNNNN, bytes that are not UTF-8 as
 * \xNN. Everything else, other UTF-8 included, is kept as it is. Every
 * plain-output surface prints untrusted text through this.
 */
char	*text_escape(const char *);
/* fputs(text_escape(s), f). */
int	 fputs_escaped(const char *, FILE *);
/*
 * "unclench: " and who (NULL: none; else "who: "), then the formatted
 * message escaped (it may quote a file's text), and a newline, to stderr.
 */
void	 say_escaped(const char *who, const char *fmt, va_list ap)
	     printflike(2, 0);

/* Number of terminal columns of a UTF-8 string, assuming width 1 each. */
size_t	 utf8_length(const char *);
/* The bytes of the first n characters of s (all of s if shorter). */
int	 utf8_prefix(const char *, int);

/*
 * Edit distance (an adjacent swap counts as one edit), capped at 255; for
 * "did you mean" suggestions.
 */
unsigned edit_distance(const char *, const char *);

/* From candidates[n], the closest to word within distance 2, or NULL. */
const char *closest_word(const char *word, const char *const *candidates,
	     size_t n);

/* The longest routine or theme name, in bytes (a buffer holds one more). */
#define NAME_MAX_LEN	64

/*
 * Is name a safe routine/theme name: 1-NAME_MAX_LEN of [a-z0-9_-],
 * starting with a letter or digit? Never a path.
 */
int	 name_is_safe(const char *);

#endif
