/*
 * ini: iniparser behind a scan of our own. iniparser refuses a whole file
 * for one bad line without saying which, prints to stderr (over a curses
 * screen), mangles integers, and silently accepts keys outside sections;
 * so the scan here reads the file first, reports each problem with its line
 * number, and only a clean file is handed to iniparser.
 */
#define _GNU_SOURCE	/* memfd_create */
#include "ini.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <iniparser.h>

struct ini {
	char		*path;
	dictionary	*dict;
	char		**sections;	/* file order, lower case */
	size_t		 nsections;
};

/* iniparser's own messages: swallowed; our scan has said what matters. */
static int
ini_error_sink(const char *fmt, ...)
{
	(void)fmt;
	return 0;
}

/* Read a regular file of at most INI_MAX_FILE bytes, without blocking. */
static char *
read_small_file(const char *path, size_t *len, struct diag *d)
{
	struct stat	 st;
	char		*buf;
	size_t		 have = 0;
	ssize_t		 n;
	int		 fd;

	fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd == -1) {
		diag_at(d, DIAG_ERROR, path, NULL, NULL, "cannot open: %s",
		    strerror(errno));
		return NULL;
	}
	if (fstat(fd, &st) == -1 || !S_ISREG(st.st_mode)) {
		diag_at(d, DIAG_ERROR, path, NULL, NULL,
		    "not a regular file");
		close(fd);
		return NULL;
	}
	if (st.st_size > INI_MAX_FILE) {
		diag_at(d, DIAG_ERROR, path, NULL, NULL,
		    "file is too large (%lld bytes; expected at most %d)",
		    (long long)st.st_size, INI_MAX_FILE);
		close(fd);
		return NULL;
	}
	buf = xmalloc(INI_MAX_FILE + 2);
	while (have <= INI_MAX_FILE) {
		n = read(fd, buf + have, INI_MAX_FILE + 1 - have);
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1) {
			diag_at(d, DIAG_ERROR, path, NULL, NULL,
			    "cannot read: %s", strerror(errno));
			close(fd);
			free(buf);
			return NULL;
		}
		if (n == 0)
			break;
		have += (size_t)n;
	}
	close(fd);
	if (have > INI_MAX_FILE) {
		diag_at(d, DIAG_ERROR, path, NULL, NULL,
		    "file is too large (expected at most %d bytes)",
		    INI_MAX_FILE);
		free(buf);
		return NULL;
	}
	buf[have] = '\0';
	*len = have;
	return buf;
}

/*
 * A UTF-8 byte order mark (Notepad writes one) is not content: drop it, so
 * that neither the scan nor iniparser sees it in the first line. Returns 1
 * if there was one.
 */
static int
skip_bom(char *buf, size_t *len)
{
	if (*len < 3 || memcmp(buf, "\xef\xbb\xbf", 3) != 0)
		return 0;
	memmove(buf, buf + 3, *len - 3 + 1);
	*len -= 3;
	return 1;
}

/*
 * Hand iniparser the bytes that were scanned, BOM dropped: it reads only
 * by path, so give it a memory file's.
 */
static dictionary *
parse_bytes(const char *buf, size_t len)
{
	dictionary	*dict = NULL;
	char		 name[64];
	size_t		 done = 0;
	ssize_t		 n;
	int		 fd;

	if ((fd = memfd_create("unclench-ini", MFD_CLOEXEC)) == -1)
		return NULL;
	while (done < len) {
		n = write(fd, buf + done, len - done);
		if (n == -1 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		done += (size_t)n;
	}
	snprintf(name, sizeof name, "/proc/self/fd/%d", fd);
	if (done == len)
		dict = iniparser_load(name);
	close(fd);
	return dict;
}

static int
is_key_char(int c)
{
	return islower(c) || isupper(c) || isdigit(c) || c == '_' || c == '-' ||
	    c == '.';
}

/* Trim spaces in place; returns the start. */
static char *
trim(char *s, size_t *len)
{
	size_t n = *len;

	while (n > 0 && isspace((unsigned char)*s)) {
		s++;
		n--;
	}
	while (n > 0 && isspace((unsigned char)s[n - 1]))
		n--;
	*len = n;
	return s;
}

/* Per-file record of keys seen, to report duplicates. */
struct seen {
	char	**names;
	size_t	  n, cap;
};

static int
seen_add(struct seen *s, const char *name)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		if (strcmp(s->names[i], name) == 0)
			return -1;
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 32;
		s->names = xreallocarray(s->names, s->cap, sizeof *s->names);
	}
	s->names[s->n++] = xstrdup(name);
	return 0;
}

static void
seen_free(struct seen *s)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		free(s->names[i]);
	free(s->names);
}

static void
lower(char *s)
{
	for (; *s != '\0'; s++)
		*s = (char)tolower((unsigned char)*s);
}

/*
 * Check every line; record section names in order. Returns the number of
 * errors found.
 */
static size_t
scan(struct ini *ini, char *buf, size_t len, struct diag *d)
{
	struct seen	 keys = { 0 }, secs = { 0 };
	char		*line = buf, *next, *p, *eq;
	char		 section[INI_MAX_LINE + 1] = "";
	size_t		 errors = d->errors, lineno = 0, n;
	int		 have_section = 0;

	if (len == 0 || strspn(buf, " \t\r\n") == len) {
		diag_at(d, DIAG_ERROR, ini->path, NULL, NULL, "file is empty");
		return 1;
	}
	if (memchr(buf, '\0', len) != NULL) {
		diag_at(d, DIAG_ERROR, ini->path, NULL, NULL,
		    "contains a NUL byte (a binary file?)");
		return 1;
	}
	for (; line < buf + len; line = next) {
		lineno++;
		next = memchr(line, '\n', (size_t)(buf + len - line));
		n = next != NULL ? (size_t)(next - line) : (size_t)(buf + len - line);
		next = next != NULL ? next + 1 : buf + len;
		if (n > INI_MAX_LINE) {
			diag_at(d, DIAG_ERROR, ini->path, NULL, NULL,
			    "line %zu: line is too long (%zu bytes; expected "
			    "at most %d)", lineno, n, INI_MAX_LINE);
			continue;
		}
		if (!utf8_valid(line, n)) {
			diag_at(d, DIAG_ERROR, ini->path, NULL, NULL,
			    "line %zu: not valid UTF-8 text", lineno);
			continue;
		}
		p = trim(line, &n);
		if (n == 0 || *p == '#' || *p == ';')
			continue;
		if (p[n - 1] == '\\') {
			diag_at(d, DIAG_ERROR, ini->path, NULL, NULL,
			    "line %zu: a line may not end with a backslash "
			    "(continuation lines are not supported)", lineno);
			continue;
		}
		if (*p == '[') {
			size_t k;

			if (p[n - 1] != ']' || n < 3) {
				diag_at(d, DIAG_ERROR, ini->path, NULL, NULL,
				    "line %zu: a section header must be "
				    "[name]", lineno);
				continue;
			}
			memcpy(section, p + 1, n - 2);
			section[n - 2] = '\0';
			lower(section);
			for (k = 0; section[k] != '\0'; k++)
				if (!is_key_char((unsigned char)section[k]))
					break;
			if (section[k] != '\0') {
				diag_at(d, DIAG_ERROR, ini->path, NULL, NULL,
				    "line %zu: section name [%s] may hold "
				    "only letters, digits, '-', '_' and '.'",
				    lineno, section);
				section[0] = '\0';
				continue;
			}
			have_section = 1;
			if (seen_add(&secs, section) == 0) {
				ini->sections = xreallocarray(ini->sections,
				    ini->nsections + 1, sizeof *ini->sections);
				ini->sections[ini->nsections++] =
				    xstrdup(section);
			} else
				diag_at(d, DIAG_ERROR, ini->path, section, NULL,
				    "line %zu: section appears twice", lineno);
			continue;
		}
		eq = memchr(p, '=', n);
		if (eq == NULL) {
			diag_at(d, DIAG_ERROR, ini->path, NULL, NULL,
			    "line %zu: expected \"key = value\" or "
			    "\"[section]\"", lineno);
			continue;
		}
		{
			size_t	 klen = (size_t)(eq - p), k;
			char	*key = trim(p, &klen);
			char	 name[2 * INI_MAX_LINE + 2];

			for (k = 0; k < klen; k++)
				if (!is_key_char((unsigned char)key[k]))
					break;
			if (klen == 0 || k < klen) {
				diag_at(d, DIAG_ERROR, ini->path, NULL, NULL,
				    "line %zu: a key may hold only letters, "
				    "digits, '-', '_' and '.'", lineno);
				continue;
			}
			if (!have_section || section[0] == '\0') {
				diag_at(d, DIAG_ERROR, ini->path, NULL, NULL,
				    "line %zu: key \"%.*s\" is outside any "
				    "[section]", lineno, (int)klen, key);
				continue;
			}
			snprintf(name, sizeof name, "%s:%.*s", section,
			    (int)klen, key);
			/*
			 * iniparser ends an unquoted value at ';' or '#':
			 * say so, or a summary loses its second half quietly.
			 */
			{
				size_t	 vlen = n - (size_t)(eq + 1 - p);
				char	*v = trim(eq + 1, &vlen);

				if (vlen > 0 && *v != '"' && *v != '\'' &&
				    (memchr(v, ';', vlen) != NULL ||
				    memchr(v, '#', vlen) != NULL))
					diag_at(d, DIAG_WARN, ini->path, section,
					    NULL, "line %zu: the value of "
					    "\"%.*s\" ends at ';' or '#' (the "
					    "rest is a comment); put the value "
					    "in double quotes to keep it",
					    lineno, (int)klen, key);
			}
			lower(name);
			if (seen_add(&keys, name) != 0)
				diag_at(d, DIAG_ERROR, ini->path, section, NULL,
				    "line %zu: key \"%.*s\" is set twice",
				    lineno, (int)klen, key);
		}
	}
	seen_free(&keys);
	seen_free(&secs);
	return d->errors - errors;
}

struct ini *
ini_load(const char *path, struct diag *d)
{
	struct ini	*ini;
	char		*buf;
	size_t		 len;
	int		 bom;

	if ((buf = read_small_file(path, &len, d)) == NULL)
		return NULL;
	bom = skip_bom(buf, &len);
	ini = xcalloc(1, sizeof *ini);
	ini->path = xstrdup(path);
	if (scan(ini, buf, len, d) != 0) {
		free(buf);
		ini_free(ini);
		return NULL;
	}
	iniparser_set_error_callback(ini_error_sink);
	ini->dict = bom ? parse_bytes(buf, len) : iniparser_load(path);
	free(buf);
	if (ini->dict == NULL) {
		diag_at(d, DIAG_ERROR, path, NULL, NULL,
		    "the INI parser could not read the file");
		ini_free(ini);
		return NULL;
	}
	return ini;
}

void
ini_free(struct ini *ini)
{
	size_t i;

	if (ini == NULL)
		return;
	if (ini->dict != NULL)
		iniparser_freedict(ini->dict);
	for (i = 0; i < ini->nsections; i++)
		free(ini->sections[i]);
	free(ini->sections);
	free(ini->path);
	free(ini);
}

const char *
ini_path(const struct ini *ini)
{
	return ini->path;
}

size_t
ini_nsections(const struct ini *ini)
{
	return ini->nsections;
}

const char *
ini_section(const struct ini *ini, size_t i)
{
	return i < ini->nsections ? ini->sections[i] : NULL;
}

int
ini_has_section(const struct ini *ini, const char *sec)
{
	size_t i;

	for (i = 0; i < ini->nsections; i++)
		if (strcmp(ini->sections[i], sec) == 0)
			return 1;
	return 0;
}

const char *
ini_get(const struct ini *ini, const char *sec, const char *key)
{
	char name[256];

	if (snprintf(name, sizeof name, "%s:%s", sec, key) >= (int)sizeof name)
		return NULL;
	return iniparser_getstring(ini->dict, name, NULL);
}

const char **
ini_keys(const struct ini *ini, const char *sec, size_t *n)
{
	const char	**keys;
	int		  count, i;
	size_t		  skip = strlen(sec) + 1;

	count = iniparser_getsecnkeys(ini->dict, sec);
	*n = 0;
	if (count <= 0)
		return NULL;
	keys = xcalloc((size_t)count, sizeof *keys);
	if (iniparser_getseckeys(ini->dict, sec, keys) == NULL) {
		free(keys);
		return NULL;
	}
	for (i = 0; i < count; i++)
		keys[i] += skip;
	*n = (size_t)count;
	return keys;
}

size_t
ini_check_keys(const struct ini *ini, struct diag *d, const char *sec,
    const char *const *known, size_t nknown)
{
	const char	**keys;
	size_t		  n, i, j, unknown = 0;

	keys = ini_keys(ini, sec, &n);
	for (i = 0; i < n; i++) {
		const char *hint;

		for (j = 0; j < nknown; j++)
			if (strcmp(keys[i], known[j]) == 0)
				break;
		if (j < nknown)
			continue;
		unknown++;
		hint = closest_word(keys[i], known, nknown);
		if (hint != NULL)
			diag_at(d, DIAG_WARN, ini->path, sec, keys[i],
			    "unknown key (did you mean %s?)", hint);
		else
			diag_at(d, DIAG_WARN, ini->path, sec, keys[i],
			    "unknown key (ignored)");
	}
	free(keys);
	return unknown;
}

int
ini_string(const struct ini *ini, struct diag *d, const char *sec,
    const char *key, int required, size_t maxlen, const char *def,
    const char **out)
{
	const char *v = ini_get(ini, sec, key);

	if (v == NULL || *v == '\0') {
		if (required) {
			diag_at(d, DIAG_ERROR, ini->path, sec, key,
			    v == NULL ? "missing (expected text of at most "
			    "%zu characters)" : "empty (expected text of at "
			    "most %zu characters)", maxlen);
			return -1;
		}
		*out = def;
		return 0;
	}
	if (utf8_length(v) > maxlen) {
		diag_at(d, DIAG_ERROR, ini->path, sec, key,
		    "too long: %zu characters (expected at most %zu)",
		    utf8_length(v), maxlen);
		return -1;
	}
	*out = v;
	return 0;
}

void
ini_range_text(char *buf, size_t len, int64_t min_ms, int64_t max_ms)
{
	char a[32], b[32];

	if (min_ms % 1000 != 0)
		snprintf(a, sizeof a, "%.1f s", min_ms / 1000.0);
	else
		format_duration(a, sizeof a, min_ms / 1000);
	format_duration(b, sizeof b, max_ms / 1000);
	snprintf(buf, len, "%s to %s", a, b);
}

int
ini_duration(const struct ini *ini, struct diag *d, const char *sec,
    const char *key, int required, int64_t min_ms, int64_t max_ms, int64_t def,
    int64_t *out)
{
	const char	*v = ini_get(ini, sec, key), *why;
	char		 range[80];

	ini_range_text(range, sizeof range, min_ms, max_ms);
	if (v == NULL || *v == '\0') {
		if (required) {
			diag_at(d, DIAG_ERROR, ini->path, sec, key,
			    "missing (expected a duration, %s)", range);
			return -1;
		}
		*out = def;
		return 0;
	}
	if (parse_duration_ms(v, min_ms, max_ms, out, &why) != 0) {
		diag_at(d, DIAG_ERROR, ini->path, sec, key,
		    "\"%s\" is %s (expected a duration like 30s, 2m, 1h; %s)",
		    v, why, range);
		return -1;
	}
	return 0;
}

int
ini_long(const struct ini *ini, struct diag *d, const char *sec,
    const char *key, int required, long min, long max, long def, long *out)
{
	const char *v = ini_get(ini, sec, key), *why;

	if (v == NULL || *v == '\0') {
		if (required) {
			diag_at(d, DIAG_ERROR, ini->path, sec, key,
			    "missing (expected a whole number, %ld to %ld)",
			    min, max);
			return -1;
		}
		*out = def;
		return 0;
	}
	if (parse_long(v, min, max, out, &why) != 0) {
		diag_at(d, DIAG_ERROR, ini->path, sec, key,
		    "\"%s\" is %s (expected a whole number, %ld to %ld)",
		    v, why, min, max);
		return -1;
	}
	return 0;
}

int
ini_bool(const struct ini *ini, struct diag *d, const char *sec,
    const char *key, int def, int *out)
{
	const char *v = ini_get(ini, sec, key), *why;

	if (v == NULL || *v == '\0') {
		*out = def;
		return 0;
	}
	if (parse_bool(v, out, &why) != 0) {
		diag_at(d, DIAG_ERROR, ini->path, sec, key,
		    "\"%s\" is %s (expected yes or no)", v, why);
		return -1;
	}
	return 0;
}

int
ini_enum(const struct ini *ini, struct diag *d, const char *sec,
    const char *key, int required, const char *const *words, size_t n,
    int def, int *out)
{
	const char	*v = ini_get(ini, sec, key), *hint;
	char		 list[512] = "";
	size_t		 i;

	for (i = 0; i < n; i++) {
		if (i > 0)
			strncat(list, i + 1 == n ? " or " : ", ",
			    sizeof list - strlen(list) - 1);
		strncat(list, words[i], sizeof list - strlen(list) - 1);
	}
	if (v == NULL || *v == '\0') {
		if (required) {
			diag_at(d, DIAG_ERROR, ini->path, sec, key,
			    "missing (expected %s)", list);
			return -1;
		}
		*out = def;
		return 0;
	}
	for (i = 0; i < n; i++)
		if (strcmp(v, words[i]) == 0) {
			*out = (int)i;
			return 0;
		}
	hint = closest_word(v, words, n);
	if (hint != NULL)
		diag_at(d, DIAG_ERROR, ini->path, sec, key,
		    "\"%s\" is not known (did you mean %s? expected %s)", v,
		    hint, list);
	else
		diag_at(d, DIAG_ERROR, ini->path, sec, key,
		    "\"%s\" is not known (expected %s)", v, list);
	return -1;
}
