/*
 * ini: the only file that talks to iniparser. A file is first scanned here
 * (size, NUL bytes, UTF-8, line length, line syntax) so that every problem
 * is reported with its line number and iniparser never sees a file it
 * would refuse whole or silently mangle. Then typed, range-checked getters
 * report "FILE: [section] key: what is wrong (expected ...)".
 */
#ifndef UNCLENCH_INI_H
#define UNCLENCH_INI_H

#include <stddef.h>
#include <stdint.h>

#include "diag.h"
#include "lang.h"
#include "util.h"

#define INI_MAX_FILE	(256 * 1024)
/*
 * iniparser 4.1 reads a line into 1024 bytes with its newline and NUL, so
 * 1022 is the most it takes; it is also enough for the longest value we
 * allow (text = "...", 1000 ASCII characters, plus a CR).
 */
#define INI_MAX_LINE	1022
/*
 * The most sections and keys a file may hold: a routine of ROUTINE_MAX_STEPS
 * steps of a dozen keys each fits with room to spare; far more is no real
 * file, and iniparser's dictionary searches its keys linearly.
 */
#define INI_MAX_SECTIONS	256
/* A key or section name: "section:key" then fits every lookup buffer. */
#define INI_MAX_NAME		100
#define INI_MAX_KEYS		4096
#define INI_MAX_SECTION_KEYS	64

struct ini;

/*
 * Load path. On any problem adds errors to d and returns NULL: a file is
 * used whole or not at all.
 */
struct ini	*ini_load(const char *path, struct diag *d);
/*
 * The same for len bytes at data, named name in messages (the fuzzers
 * use it). Either way what is parsed is exactly what was scanned.
 */
struct ini	*ini_load_buffer(const char *name, const void *data,
		     size_t len, struct diag *d);
void		 ini_free(struct ini *);
const char	*ini_path(const struct ini *);

/* Number of sections and the name of the i-th, in file order. */
size_t		 ini_nsections(const struct ini *);
const char	*ini_section(const struct ini *, size_t);
int		 ini_has_section(const struct ini *, const char *sec);
/* The value of sec.key, NULL if missing. */
const char	*ini_get(const struct ini *, const char *sec, const char *key);
/* The keys of sec, without the "sec:" prefix; *n set. Free the array only. */
const char	**ini_keys(const struct ini *, const char *sec, size_t *n);

/*
 * Warn about every key of sec not in known[], suggesting the closest known
 * key. Returns the number of unknown keys.
 */
size_t		 ini_check_keys(const struct ini *, struct diag *,
		     const char *sec, const char *const *known, size_t n);

/*
 * The same, where text[] are the text keys: text[de] is legal for those,
 * an error for any other known key (said). ini_check_keys has none.
 */
size_t		 ini_check_keys_text(const struct ini *, struct diag *,
		     const char *sec, const char *const *known, size_t n,
		     const char *const *text, size_t ntext);

/*
 * Typed getters. Each returns 0 and sets *out, or reports to d and returns
 * -1. A missing key is an error when required, else *out = def.
 */
int	 ini_string(const struct ini *, struct diag *, const char *sec,
	     const char *key, int required, size_t maxlen, const char *def,
	     const char **out);
int	 ini_duration(const struct ini *, struct diag *, const char *sec,
	     const char *key, int required, int64_t min_ms, int64_t max_ms,
	     int64_t def, int64_t *out);
int	 ini_long(const struct ini *, struct diag *, const char *sec,
	     const char *key, int required, long min, long max, long def,
	     long *out);
int	 ini_bool(const struct ini *, struct diag *, const char *sec,
	     const char *key, int def, int *out);
/*
 * A text key with its translations (key[de] = ...): each checked as the
 * key is; *out is the first translation present in the languages set
 * with ini_set_languages, else the key's own (English) text, or def
 * when it is missing and not required: key by key.
 */
int	 ini_text(const struct ini *, struct diag *, const char *sec,
	     const char *key, int required, size_t maxlen, const char *def,
	     const char **out);
/* The languages ini_text tries, best first (none: English). */
void	 ini_set_languages(struct ini *, const char (*langs)[LANG_TAG_MAX],
	     size_t n);
/* One of words[n]; *out is its index. */
int	 ini_enum(const struct ini *, struct diag *, const char *sec,
	     const char *key, int required, const char *const *words, size_t n,
	     int def, int *out);

/* Format min/max ms as "1 s to 10 min" for "expected" messages. */
void	 ini_range_text(char *, size_t, int64_t min_ms, int64_t max_ms);

#endif
