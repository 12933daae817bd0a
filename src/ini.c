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

#include "format.h"
#include "i18n.h"
#include "lang.h"

struct ini {
	char		*path;
	dictionary	*dict;
	char		**sections;	/* file order, lower case */
	size_t		 nsections;
	char		 langs[LANG_MAX][LANG_TAG_MAX];	/* for ini_text */
	size_t		 nlangs;
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
		diag_at(d, DIAG_ERROR, path, NULL, NULL, _("cannot open: %s"),
		    strerror(errno));
		return NULL;
	}
	if (fstat(fd, &st) == -1 || !S_ISREG(st.st_mode)) {
		diag_at(d, DIAG_ERROR, path, NULL, NULL,
		    _("not a regular file"));
		close(fd);
		return NULL;
	}
	if (st.st_size > INI_MAX_FILE) {
		diag_at(d, DIAG_ERROR, path, NULL, NULL,
		    _("file is too large (%lld bytes; expected at most %d)"),
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
			    _("cannot read: %s"), strerror(errno));
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
		    _("file is too large (expected at most %d bytes)"),
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

/*
 * Names seen in one file, to report duplicates: an open-addressing hash
 * set, for a linear search made a legal 256 KiB file of 44k keys take
 * 20 s. Its size is fixed by the caps below, so it never grows.
 */
struct seen {
	char	**slot;
	char	**names;	/* the n names, freed without a walk */
	size_t	  n, size;	/* size: a power of two, over twice the cap */
};

static uint32_t
seen_hash(const char *s)
{
	uint32_t h = 2166136261u;	/* FNV-1a */

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

/* Returns -1 if name was already there, else adds it. */
static int
seen_add(struct seen *s, size_t cap, const char *name)
{
	size_t i;

	if (s->slot == NULL) {
		for (s->size = 16; s->size < 2 * cap + 2; s->size *= 2)
			;
		s->slot = xcalloc(s->size, sizeof *s->slot);
		s->names = xreallocarray(NULL, cap + 1, sizeof *s->names);
	}
	for (i = seen_hash(name) & (s->size - 1); s->slot[i] != NULL;
	    i = (i + 1) & (s->size - 1))
		if (strcmp(s->slot[i], name) == 0)
			return -1;
	if (s->n < cap + 1)	/* the caller stops past cap */
		s->names[s->n++] = s->slot[i] = xstrdup(name);
	return 0;
}

static void
seen_free(struct seen *s)
{
	size_t i;

	/*
	 * Not a walk over every slot: that read all 128 KiB of a table for
	 * a config of three keys, a page fault a page.
	 */
	for (i = 0; i < s->n; i++)
		free(s->names[i]);
	free(s->names);
	free(s->slot);
}

static void
lower(char *s)
{
	for (; *s != '\0'; s++)
		*s = (char)tolower((unsigned char)*s);
}

/* The scan's place in a file: the section it is in, the names seen. */
struct scan {
	struct ini	*ini;
	struct diag	*d;
	struct seen	 keys, secs;
	char		 section[INI_MAX_LINE + 1];
	size_t		 lineno, seckeys;
	int		 have_section;
};

/*
 * What makes the whole file unreadable rather than one line wrong: said
 * once, for a line-by-line report would only bury it. 0, or 1 (said).
 */
static int
scan_whole(const struct ini *ini, const char *buf, size_t len,
    struct diag *d)
{
	const char *p;

	if (len == 0 || strspn(buf, " \t\r\n") == len) {
		diag_at(d, DIAG_ERROR, ini->path, NULL, NULL,
		    _("file is empty"));
		return 1;
	}
	if (memchr(buf, '\0', len) != NULL) {
		diag_at(d, DIAG_ERROR, ini->path, NULL, NULL,
		    _("contains a NUL byte (a binary file?)"));
		return 1;
	}
	/* One CR-ended "line" would get a baffling error about its end. */
	if (memchr(buf, '\n', len) == NULL && (p = memchr(buf, '\r', len)) !=
	    NULL && strspn(p, "\r") < (size_t)(buf + len - p)) {
		diag_at(d, DIAG_ERROR, ini->path, NULL, NULL,
		    _("line endings are CR only (an old Mac file?); convert "
		    "them to LF, e.g. with: tr '\\r' '\\n'"));
		return 1;
	}
	return 0;
}

/* A "[name]" line (p, n bytes, trimmed). 0 to go on, -1 to stop. */
static int
scan_section(struct scan *sc, const char *p, size_t n)
{
	size_t k;

	if (p[n - 1] != ']' || n < 3) {
		diag_at(sc->d, DIAG_ERROR, sc->ini->path, NULL, NULL,
		    _("line %zu: a section header must be [name]"), sc->lineno);
		return 0;
	}
	memcpy(sc->section, p + 1, n - 2);
	sc->section[n - 2] = '\0';
	lower(sc->section);
	for (k = 0; sc->section[k] != '\0'; k++)
		if (!is_key_char((unsigned char)sc->section[k]))
			break;
	if (sc->section[k] != '\0') {
		diag_at(sc->d, DIAG_ERROR, sc->ini->path, NULL, NULL,
		    _("line %zu: section name [%s] may hold only letters, "
		    "digits, '-', '_' and '.'"), sc->lineno, sc->section);
		sc->section[0] = '\0';
		return 0;
	}
	if (k > INI_MAX_NAME) {
		diag_at(sc->d, DIAG_ERROR, sc->ini->path, NULL, NULL,
		    _("line %zu: section name is too long (%zu bytes; expected "
		    "at most %d)"), sc->lineno, k, INI_MAX_NAME);
		sc->section[0] = '\0';
		return 0;
	}
	sc->have_section = 1;
	sc->seckeys = 0;
	if (sc->secs.n >= INI_MAX_SECTIONS) {
		diag_at(sc->d, DIAG_ERROR, sc->ini->path, NULL, NULL,
		    _("line %zu: too many sections (expected at most %d in a "
		    "file)"), sc->lineno, INI_MAX_SECTIONS);
		return -1;
	}
	if (seen_add(&sc->secs, INI_MAX_SECTIONS, sc->section) == 0) {
		sc->ini->sections = xreallocarray(sc->ini->sections,
		    sc->ini->nsections + 1, sizeof *sc->ini->sections);
		sc->ini->sections[sc->ini->nsections++] = xstrdup(sc->section);
	} else
		diag_at(sc->d, DIAG_ERROR, sc->ini->path, sc->section, NULL,
		    _("line %zu: section appears twice"), sc->lineno);
	return 0;
}

/*
 * iniparser ends an unquoted value at ';' or '#': say so, or a summary
 * loses its second half quietly. v is the value (vlen bytes) of key.
 */
static void
scan_warn_comment(const struct scan *sc, char *v, size_t vlen,
    const char *key, size_t klen)
{
	v = trim(v, &vlen);
	if (vlen > 0 && *v != '"' && *v != '\'' &&
	    (memchr(v, ';', vlen) != NULL || memchr(v, '#', vlen) != NULL))
		diag_at(sc->d, DIAG_WARN, sc->ini->path, sc->section, NULL,
		    _("line %zu: the value of \"%.*s\" ends at ';' or '#' (the "
		    "rest is a comment); put the value in double quotes to "
		    "keep it"), sc->lineno, (int)klen, key);
}

/*
 * A "key = value" line (p, n bytes, trimmed; eq at its '='). 0 to go on,
 * -1 to stop.
 */
static int
scan_key(struct scan *sc, char *p, size_t n, char *eq)
{
	size_t	 klen = (size_t)(eq - p), k;
	char	*key = trim(p, &klen);
	char	 name[2 * INI_MAX_LINE + 2];

	for (k = 0; k < klen; k++)
		if (!is_key_char((unsigned char)key[k]))
			break;
	if (k > 0 && k < klen && key[k] == '[' && key[klen - 1] == ']') {
		/* title[de]: the language's text (doc/unclench-routine.5). */
		if (!lang_tag_ok(key + k + 1, klen - k - 2)) {
			snprintf(name, sizeof name, "%.*s", (int)klen, key);
			diag_at(sc->d, DIAG_ERROR, sc->ini->path,
			    sc->have_section ? sc->section : NULL, name,
			    _("line %zu: \"%.*s\" is not a language tag "
			    "(expected two or three letters, or those, '_' and "
			    "a country: de, de_AT)"), sc->lineno,
			    (int)(klen - k - 2), key + k + 1);
			return 0;
		}
		k = klen;
	}
	if (klen == 0 || k < klen) {
		diag_at(sc->d, DIAG_ERROR, sc->ini->path, NULL, NULL,
		    _("line %zu: a key may hold only letters, digits, '-', '_' "
		    "and '.'"), sc->lineno);
		return 0;
	}
	if (klen > INI_MAX_NAME) {
		diag_at(sc->d, DIAG_ERROR, sc->ini->path, NULL, NULL,
		    _("line %zu: key is too long (%zu bytes; expected at most "
		    "%d)"), sc->lineno, klen, INI_MAX_NAME);
		return 0;
	}
	if (!sc->have_section || sc->section[0] == '\0') {
		diag_at(sc->d, DIAG_ERROR, sc->ini->path, NULL, NULL,
		    _("line %zu: key \"%.*s\" is outside any [section]"),
		    sc->lineno, (int)klen, key);
		return 0;
	}
	snprintf(name, sizeof name, "%s:%.*s", sc->section, (int)klen, key);
	scan_warn_comment(sc, eq + 1, n - (size_t)(eq + 1 - p), key, klen);
	lower(name);
	if (sc->keys.n >= INI_MAX_KEYS) {
		diag_at(sc->d, DIAG_ERROR, sc->ini->path, NULL, NULL,
		    _("line %zu: too many keys (expected at most %d in a "
		    "file)"),
		    sc->lineno, INI_MAX_KEYS);
		return -1;
	}
	if (++sc->seckeys == INI_MAX_SECTION_KEYS + 1)
		diag_at(sc->d, DIAG_ERROR, sc->ini->path, sc->section, NULL,
		    _("line %zu: too many keys in this section (expected at "
		    "most %d)"), sc->lineno, INI_MAX_SECTION_KEYS);
	if (seen_add(&sc->keys, INI_MAX_KEYS, name) != 0)
		diag_at(sc->d, DIAG_ERROR, sc->ini->path, sc->section, NULL,
		    _("line %zu: key \"%.*s\" is set twice"), sc->lineno,
		    (int)klen, key);
	return 0;
}

/*
 * One line (n bytes, not its newline): what is wrong with its bytes, then
 * a section header or a key. 0 to go on, -1 to stop.
 */
static int
scan_line(struct scan *sc, char *line, size_t n)
{
	const char	*path = sc->ini->path;
	char		*p, *eq;

	if (n > INI_MAX_LINE) {
		diag_at(sc->d, DIAG_ERROR, path, NULL, NULL, _("line %zu: line "
		    "is too long (%zu bytes; expected at most %d)"),
		    sc->lineno, n, INI_MAX_LINE);
		return 0;
	}
	if (!utf8_valid(line, n)) {
		diag_at(sc->d, DIAG_ERROR, path, NULL, NULL,
		    _("line %zu: not valid UTF-8 text"), sc->lineno);
		return 0;
	}
	p = trim(line, &n);
	if (n == 0 || *p == '#' || *p == ';')
		return 0;
	if (p[n - 1] == '\\') {
		diag_at(sc->d, DIAG_ERROR, path, NULL, NULL,
		    _("line %zu: a line may not end with a backslash "
		    "(continuation lines are not supported)"), sc->lineno);
		return 0;
	}
	if (*p == '[')
		return scan_section(sc, p, n);
	if ((eq = memchr(p, '=', n)) == NULL) {
		diag_at(sc->d, DIAG_ERROR, path, NULL, NULL,
		    _("line %zu: expected \"key = value\" or \"[section]\""),
		    sc->lineno);
		return 0;
	}
	return scan_key(sc, p, n, eq);
}

/*
 * Check every line; record section names in order. Returns the number of
 * errors found.
 */
static size_t
scan(struct ini *ini, char *buf, size_t len, struct diag *d)
{
	struct scan	 sc = { .ini = ini, .d = d };
	char		*line, *next;
	size_t		 errors = d->errors, n;

	if (scan_whole(ini, buf, len, d) != 0)
		return 1;
	for (line = buf; line < buf + len; line = next) {
		sc.lineno++;
		next = memchr(line, '\n', (size_t)(buf + len - line));
		n = next != NULL ? (size_t)(next - line) : (size_t)(buf + len - line);
		next = next != NULL ? next + 1 : buf + len;
		if (scan_line(&sc, line, n) != 0)
			break;
	}
	seen_free(&sc.keys);
	seen_free(&sc.secs);
	return d->errors - errors;
}

/*
 * Hand iniparser exactly the bytes the scan passed: it reads only by path,
 * and opening the file's path again would parse whatever is there by then
 * (another file, or a FIFO that blocks for ever). So the bytes go into an
 * anonymous memory file, opened through /proc/self/fd.
 */
static dictionary *
parse_memory(const char *buf, size_t len, const char **why)
{
	dictionary	*dict;
	char		 path[64];
	size_t		 done = 0;
	ssize_t		 n;
	int		 fd, probe;

	if ((fd = memfd_create("unclench-ini", MFD_CLOEXEC)) == -1) {
		*why = strerror(errno);
		return NULL;
	}
	while (done < len) {
		if ((n = write(fd, buf + done, len - done)) == -1 &&
		    errno == EINTR)
			continue;
		if (n <= 0) {
			*why = n == -1 ? strerror(errno) : _("short write");
			close(fd);
			return NULL;
		}
		done += (size_t)n;
	}
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	/* iniparser says nothing useful when it cannot open: try first. */
	if ((probe = open(path, O_RDONLY | O_CLOEXEC)) == -1) {
		*why = _("/proc/self/fd is not available (is /proc mounted?)");
		close(fd);
		return NULL;
	}
	close(probe);
	iniparser_set_error_callback(ini_error_sink);
	dict = iniparser_load(path);
	close(fd);
	*why = _("the INI parser refused it");
	return dict;
}

/*
 * Every value is text for a person or a word for us: a control character
 * (an escape sequence in a shared routine's title) is refused, by key.
 * One walk over the dictionary ("section:key" entries), linear in keys.
 */
static size_t
check_values(const struct ini *ini, struct diag *d)
{
	const dictionary	*dict = ini->dict;
	const char		*colon;
	char			*sec;
	size_t			 bad = 0;
	ssize_t			 i;
	long			 c;

	for (i = 0; i < dict->size; i++) {
		if (dict->key[i] == NULL || dict->val[i] == NULL ||
		    (colon = strchr(dict->key[i], ':')) == NULL ||
		    (c = text_control(dict->val[i])) < 0)
			continue;
		sec = xstrndup(dict->key[i], (size_t)(colon - dict->key[i]));
		diag_at(d, DIAG_ERROR, ini->path, sec, colon + 1,
		    _("has a control character (U+%04lX); a value is plain "
		    "text on one line"), c);
		free(sec);
		bad++;
	}
	return bad;
}

/* Scan and parse buf, which holds len bytes and a NUL. */
static struct ini *
load_scanned(const char *name, char *buf, size_t len, struct diag *d)
{
	struct ini	*ini;
	const char	*why;

	ini = xcalloc(1, sizeof *ini);
	ini->path = xstrdup(name);
	if (scan(ini, buf, len, d) != 0) {
		ini_free(ini);
		return NULL;
	}
	if ((ini->dict = parse_memory(buf, len, &why)) == NULL) {
		diag_at(d, DIAG_ERROR, name, NULL, NULL,
		    _("the INI parser could not read the file: %s"), why);
		ini_free(ini);
		return NULL;
	}
	if (check_values(ini, d) != 0) {
		ini_free(ini);
		return NULL;
	}
	return ini;
}

struct ini *
ini_load_buffer(const char *name, const void *data, size_t len,
    struct diag *d)
{
	struct ini	*ini;
	char		*buf;

	if (len > INI_MAX_FILE) {
		diag_at(d, DIAG_ERROR, name, NULL, NULL,
		    _("file is too large (%zu bytes; expected at most %d)"),
		    len, INI_MAX_FILE);
		return NULL;
	}
	buf = xmalloc(len + 1);
	memcpy(buf, data, len);
	buf[len] = '\0';
	skip_bom(buf, &len);
	ini = load_scanned(name, buf, len, d);
	free(buf);
	return ini;
}

struct ini *
ini_load(const char *path, struct diag *d)
{
	struct ini	*ini;
	char		*buf;
	size_t		 len;

	if ((buf = read_small_file(path, &len, d)) == NULL)
		return NULL;
	skip_bom(buf, &len);
	ini = load_scanned(path, buf, len, d);
	free(buf);
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

/* Is key "base[tag]" (the scan passed the tag)? Sets *baselen. */
static int
is_localised(const char *key, size_t *baselen)
{
	const char *br = strchr(key, '[');

	if (br == NULL)
		return 0;
	*baselen = (size_t)(br - key);
	return 1;
}

static int
in_list(const char *key, size_t len, const char *const *list, size_t n)
{
	size_t j;

	for (j = 0; j < n; j++)
		if (strncmp(key, list[j], len) == 0 && list[j][len] == '\0')
			return 1;
	return 0;
}

/*
 * title[de] where title is a known key: legal for a text key, an error
 * for any other (hold[de] would be a translated number). 1 when handled.
 */
static int
check_localised(const struct ini *ini, struct diag *d, const char *sec,
    const char *key, const char *const *known, size_t nknown,
    const char *const *text, size_t ntext, size_t *bad)
{
	size_t len;

	if (!is_localised(key, &len) || !in_list(key, len, known, nknown))
		return 0;
	if (in_list(key, len, text, ntext))
		return 1;
	diag_at(d, DIAG_ERROR, ini->path, sec, key, _("\"%.*s\" is not a text "
	    "key: only text keys take a [language]"), (int)len, key);
	(*bad)++;
	return 1;
}

size_t
ini_check_keys(const struct ini *ini, struct diag *d, const char *sec,
    const char *const *known, size_t nknown)
{
	return ini_check_keys_text(ini, d, sec, known, nknown, NULL, 0);
}

size_t
ini_check_keys_text(const struct ini *ini, struct diag *d, const char *sec,
    const char *const *known, size_t nknown, const char *const *text,
    size_t ntext)
{
	const char	**keys;
	size_t		  n, i, j, unknown = 0;

	keys = ini_keys(ini, sec, &n);
	for (i = 0; i < n; i++) {
		const char *hint;

		for (j = 0; j < nknown; j++)
			if (strcmp(keys[i], known[j]) == 0)
				break;
		if (j < nknown || check_localised(ini, d, sec, keys[i], known,
		    nknown, text, ntext, &unknown))
			continue;
		unknown++;
		hint = closest_word(keys[i], known, nknown);
		if (hint != NULL)
			diag_at(d, DIAG_WARN, ini->path, sec, keys[i],
			    _("unknown key (did you mean %s?)"), hint);
		else
			diag_at(d, DIAG_WARN, ini->path, sec, keys[i],
			    _("unknown key (ignored)"));
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
			    v == NULL ? _("missing (expected text of at most "
			    "%zu characters)") : _("empty (expected text of "
			    "at most %zu characters)"), maxlen);
			return -1;
		}
		*out = def;
		return 0;
	}
	if (utf8_length(v) > maxlen) {
		diag_at(d, DIAG_ERROR, ini->path, sec, key,
		    _("too long: %zu characters (expected at most %zu)"),
		    utf8_length(v), maxlen);
		return -1;
	}
	*out = v;
	return 0;
}

/* Every sec.key[tag] present: not empty, not too long. 0, or -1 (said). */
static int
check_texts(const struct ini *ini, struct diag *d, const char *sec,
    const char *key, size_t maxlen)
{
	const char	**keys, *v;
	size_t		  n, i, len = strlen(key);
	int		  bad = 0;

	keys = ini_keys(ini, sec, &n);
	for (i = 0; i < n; i++) {
		if (strncmp(keys[i], key, len) != 0 || keys[i][len] != '[')
			continue;
		v = ini_get(ini, sec, keys[i]);
		if (v == NULL || *v == '\0') {
			diag_at(d, DIAG_ERROR, ini->path, sec, keys[i],
			    _("empty (expected text of at most %zu characters, "
			    "or no key: the English text is used)"), maxlen);
			bad = -1;
		} else if (utf8_length(v) > maxlen) {
			diag_at(d, DIAG_ERROR, ini->path, sec, keys[i],
			    _("too long: %zu characters (expected at most "
			    "%zu)"), utf8_length(v), maxlen);
			bad = -1;
		}
	}
	free(keys);
	return bad;
}

int
ini_text(const struct ini *ini, struct diag *d, const char *sec,
    const char *key, int required, size_t maxlen, const char *def,
    const char **out)
{
	char		 name[INI_MAX_NAME + LANG_TAG_MAX + 3];
	const char	*v;
	size_t		 i;

	if (ini_string(ini, d, sec, key, required, maxlen, def, out) != 0 ||
	    check_texts(ini, d, sec, key, maxlen) != 0)
		return -1;
	for (i = 0; i < ini->nlangs; i++) {
		snprintf(name, sizeof name, "%s[%s]", key, ini->langs[i]);
		if ((v = ini_get(ini, sec, name)) != NULL && *v != '\0') {
			*out = v;
			break;
		}
	}
	return 0;
}

void
ini_set_languages(struct ini *ini, const char (*langs)[LANG_TAG_MAX],
    size_t n)
{
	size_t i;

	for (i = 0; i < n && i < LANG_MAX; i++)
		memcpy(ini->langs[i], langs[i], LANG_TAG_MAX);
	ini->nlangs = i;
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
	snprintf(buf, len, _("%s to %s"), a, b);
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
			    _("missing (expected a duration, %s)"), range);
			return -1;
		}
		*out = def;
		return 0;
	}
	if (parse_duration_ms(v, min_ms, max_ms, out, &why) != 0) {
		diag_at(d, DIAG_ERROR, ini->path, sec, key,
		    _("\"%s\" is %s (expected a duration like 30s, 2m, 1h; "
		    "%s)"), v, why, range);
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
			    _("missing (expected a whole number, %ld to %ld)"),
			    min, max);
			return -1;
		}
		*out = def;
		return 0;
	}
	if (parse_long(v, min, max, out, &why) != 0) {
		diag_at(d, DIAG_ERROR, ini->path, sec, key,
		    _("\"%s\" is %s (expected a whole number, %ld to %ld)"),
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
		    _("\"%s\" is %s (expected yes or no)"), v, why);
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
			/* TRANSLATORS: joins a list of words: a, b or c. */
			strncat(list, i + 1 == n ? _(" or ") : ", ",
			    sizeof list - strlen(list) - 1);
		strncat(list, words[i], sizeof list - strlen(list) - 1);
	}
	if (v == NULL || *v == '\0') {
		if (required) {
			diag_at(d, DIAG_ERROR, ini->path, sec, key,
			    _("missing (expected %s)"), list);
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
		    _("\"%s\" is not known (did you mean %s? expected %s)"), v,
		    hint, list);
	else
		diag_at(d, DIAG_ERROR, ini->path, sec, key,
		    _("\"%s\" is not known (expected %s)"), v, list);
	return -1;
}
