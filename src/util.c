/*
 * util: allocation that never fails, and the strict parsers for numbers,
 * durations, volumes and clock times. Every value that comes from a file or
 * the command line goes through one of these, so range checks live here.
 * A parser's why is a phrase for a person, already translated (i18n.h):
 * show it, do not compare it with English.
 */
#include "util.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "calendar.h"
#include "i18n.h"

void (*fatal_hook)(void);

void
fatal(const char *fmt, ...)
{
	va_list ap;

	if (fatal_hook != NULL)
		fatal_hook();
	fputs("unclench: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(2);
}

void *
xmalloc(size_t size)
{
	void *p;

	if (size == 0)
		size = 1;
	if ((p = malloc(size)) == NULL)
		fatal("out of memory allocating %zu bytes", size);
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void *p;

	if (n == 0 || size == 0)
		n = size = 1;
	if ((p = calloc(n, size)) == NULL)
		fatal("out of memory allocating %zu x %zu bytes", n, size);
	return p;
}

void *
xreallocarray(void *old, size_t n, size_t size)
{
	void *p;

	if (size != 0 && n > SIZE_MAX / size)
		fatal("allocation of %zu x %zu bytes overflows", n, size);
	if (n == 0 || size == 0)
		n = size = 1;
	if ((p = realloc(old, n * size)) == NULL)
		fatal("out of memory allocating %zu x %zu bytes", n, size);
	return p;
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	size_t	 len = strnlen(s, n);
	char	*p = xmalloc(len + 1);

	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char *
xvasprintf(const char *fmt, va_list ap)
{
	va_list	 ap2;
	int	 len;
	char	*p;

	va_copy(ap2, ap);
	len = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (len < 0)
		fatal("xvasprintf: bad format");
	p = xmalloc((size_t)len + 1);
	vsnprintf(p, (size_t)len + 1, fmt, ap);
	return p;
}

char *
xasprintf(const char *fmt, ...)
{
	va_list	 ap;
	char	*p;

	va_start(ap, fmt);
	p = xvasprintf(fmt, ap);
	va_end(ap);
	return p;
}

size_t
strlcpy_safe(char *dst, const char *src, size_t size)
{
	size_t len = strlen(src);

	if (size > 0) {
		size_t n = len < size - 1 ? len : size - 1;
		memcpy(dst, src, n);
		dst[n] = '\0';
	}
	return len;
}

int
parse_long(const char *s, long min, long max, long *out, const char **why)
{
	const char	*p = s;
	long		 v = 0;
	int		 neg = 0, digits = 0;

	if (*p == '-' || *p == '+')
		neg = (*p++ == '-');
	for (; isdigit((unsigned char)*p); p++, digits++) {
		int d = *p - '0';
		/* Accumulate negatively so LONG_MIN parses too. */
		if (v < (LONG_MIN + d) / 10) {
			*why = neg ? _("too small") : _("too large");
			return -1;
		}
		v = v * 10 - d;
	}
	if (digits == 0 || *p != '\0') {
		*why = _("not a whole number");
		return -1;
	}
	if (!neg) {
		if (v == LONG_MIN) {
			*why = _("too large");
			return -1;
		}
		v = -v;
	}
	if (v < min) {
		*why = _("too small");
		return -1;
	}
	if (v > max) {
		*why = _("too large");
		return -1;
	}
	*out = v;
	return 0;
}

/*
 * A non-negative decimal with at most three fraction digits, in thousandths.
 * Sets *end past the number. Rejects absurd magnitudes.
 */
static int
parse_milli(const char *s, int64_t *out, const char **end)
{
	int64_t	 whole = 0, frac = 0;
	int	 digits = 0, fdigits = 0;

	for (; isdigit((unsigned char)*s); s++, digits++) {
		if (whole > 100000000)
			return -1;
		whole = whole * 10 + (*s - '0');
	}
	if (*s == '.') {
		s++;
		for (; isdigit((unsigned char)*s); s++, fdigits++) {
			if (fdigits >= 3)
				return -1;
			frac = frac * 10 + (*s - '0');
		}
		if (fdigits == 0)
			return -1;
	}
	if (digits == 0)
		return -1;
	while (fdigits++ < 3)
		frac *= 10;
	*out = whole * 1000 + frac;
	*end = s;
	return 0;
}

int
parse_duration_ms(const char *s, int64_t min_ms, int64_t max_ms, int64_t *out,
    const char **why)
{
	const char	*end;
	int64_t		 v, scale = 1;

	if (parse_milli(s, &v, &end) != 0) {
		*why = _("not a duration");
		return -1;
	}
	if (*end == 's' || *end == '\0')
		scale = 1;
	else if (*end == 'm')
		scale = 60;
	else if (*end == 'h')
		scale = 3600;
	else {
		*why = _("not a duration");
		return -1;
	}
	if (*end != '\0' && end[1] != '\0') {
		*why = _("not a duration");
		return -1;
	}
	v *= scale;
	if (v < min_ms) {
		*why = _("too short");
		return -1;
	}
	if (v > max_ms) {
		*why = _("too long");
		return -1;
	}
	*out = v;
	return 0;
}

int
parse_clock_min(const char *s, int *out, const char **why)
{
	int h, m;

	/* The calendar's parser, so config, --at and imports agree. */
	if (strlen(s) != 5 || cal_parse_hm(s, &h, &m) != 0) {
		*why = _("not a time of day");
		return -1;
	}
	*out = h * 60 + m;
	return 0;
}

int
parse_clock_range(const char *s, int *from, int *to, const char **why)
{
	char buf[6];

	if (strlen(s) != 11 || s[5] != '-') {
		*why = _("not a time range");
		return -1;
	}
	memcpy(buf, s, 5);
	buf[5] = '\0';
	if (parse_clock_min(buf, from, why) != 0 ||
	    parse_clock_min(s + 6, to, why) != 0) {
		*why = _("not a time range");
		return -1;
	}
	if (*from == *to) {
		*why = _("an empty range");
		return -1;
	}
	return 0;
}

int
parse_volume_ml(const char *s, enum volume_unit def_unit, long min_ml,
    long max_ml, long *out, const char **why)
{
	const char	*end;
	int64_t		 milli;
	double		 ml;

	if (parse_milli(s, &milli, &end) != 0) {
		*why = _("not a volume");
		return -1;
	}
	if (*end == '\0')
		ml = def_unit == UNIT_OZ ? milli / 1000.0 * ML_PER_OZ :
		    milli / 1000.0;
	else if (strcasecmp(end, "ml") == 0)
		ml = milli / 1000.0;
	else if (strcasecmp(end, "l") == 0)
		ml = milli;
	else if (strcasecmp(end, "oz") == 0)
		ml = milli / 1000.0 * ML_PER_OZ;
	else {
		*why = _("not a volume");
		return -1;
	}
	ml = floor(ml + 0.5);
	if (ml < min_ml) {
		*why = _("too small");
		return -1;
	}
	if (ml > max_ml) {
		*why = _("too large");
		return -1;
	}
	*out = (long)ml;
	return 0;
}

int
parse_bool(const char *s, int *out, const char **why)
{
	static const char *const yes[] = { "yes", "true", "on", "1" };
	static const char *const no[] = { "no", "false", "off", "0" };
	size_t i;

	for (i = 0; i < nitems(yes); i++) {
		if (strcasecmp(s, yes[i]) == 0) {
			*out = 1;
			return 0;
		}
		if (strcasecmp(s, no[i]) == 0) {
			*out = 0;
			return 0;
		}
	}
	*why = _("not yes or no");
	return -1;
}

int
utf8_valid(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;

	while (i < len) {
		unsigned char c = s[i];
		size_t n;
		uint32_t cp;

		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf) {
			n = 1;
			cp = c & 0x1f;
		} else if (c >= 0xe0 && c <= 0xef) {
			n = 2;
			cp = c & 0x0f;
		} else if (c >= 0xf0 && c <= 0xf4) {
			n = 3;
			cp = c & 0x07;
		} else
			return 0;
		if (i + n >= len)
			return 0;
		for (size_t k = 1; k <= n; k++) {
			if ((s[i + k] & 0xc0) != 0x80)
				return 0;
			cp = (cp << 6) | (s[i + k] & 0x3f);
		}
		if ((n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) ||
		    cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
			return 0;
		i += n + 1;
	}
	return 1;
}

/* The UTF-8 sequence at s: its length (1-4) and *cp, or 0 if invalid. */
static size_t
utf8_decode(const unsigned char *s, uint32_t *cp)
{
	size_t	 n, k;
	uint32_t v;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xc2 && s[0] <= 0xdf) {
		n = 2;
		v = s[0] & 0x1f;
	} else if (s[0] >= 0xe0 && s[0] <= 0xef) {
		n = 3;
		v = s[0] & 0x0f;
	} else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
		n = 4;
		v = s[0] & 0x07;
	} else
		return 0;
	for (k = 1; k < n; k++) {
		if ((s[k] & 0xc0) != 0x80)	/* also stops at the NUL */
			return 0;
		v = (v << 6) | (s[k] & 0x3f);
	}
	if ((n == 3 && v < 0x800) || (n == 4 && v < 0x10000) ||
	    v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff))
		return 0;
	*cp = v;
	return n;
}

static int
is_control(uint32_t cp)
{
	return (cp < 0x20 && cp != '\t') || (cp >= 0x7f && cp <= 0x9f);
}

long
text_control(const char *str)
{
	const unsigned char	*s = (const unsigned char *)str;
	uint32_t		 cp;
	size_t			 n;

	while (*s != '\0') {
		if ((n = utf8_decode(s, &cp)) == 0)
			n = 1;
		else if (is_control(cp))
			return (long)cp;
		s += n;
	}
	return -1;
}

char *
text_escape(const char *str)
{
	const unsigned char	*s = (const unsigned char *)str;
	size_t			 len = strlen(str), n, o = 0;
	uint32_t		 cp;
	char			*out;

	/* At worst each byte becomes \xNN, or 3 bytes a 6-byte \uNNNN. */
	out = xmalloc(len * 4 + 1);
	while (*s != '\0') {
		n = utf8_decode(s, &cp);
		if (n == 0 || cp < 0x20 || cp == 0x7f) {
			if (n != 0 && (cp == '\t' || cp == '\n' || cp == '\r'))
				o += (size_t)snprintf(out + o, 3, "\\%c",
				    cp == '\t' ? 't' : cp == '\n' ? 'n' : 'r');
			else
				o += (size_t)snprintf(out + o, 5, "\\x%02x",
				    *s);
			s++;
		} else if ((cp >= 0x80 && cp <= 0x9f) ||
		    (cp >= 0x202a && cp <= 0x202e) ||
		    (cp >= 0x2066 && cp <= 0x2069)) {
			o += (size_t)snprintf(out + o, 7, "\\u%04x",
			    (unsigned)cp);
			s += n;
		} else {
			memcpy(out + o, s, n);
			o += n;
			s += n;
		}
	}
	out[o] = '\0';
	return out;
}

int
fputs_escaped(const char *s, FILE *f)
{
	char	*e = text_escape(s);
	int	 r = fputs(e, f);

	free(e);
	return r;
}

size_t
utf8_length(const char *s)
{
	size_t n = 0;

	for (; *s != '\0'; s++)
		if (((unsigned char)*s & 0xc0) != 0x80)
			n++;
	return n;
}

int
utf8_prefix(const char *s, int n)
{
	int b = 0;

	for (; s[b] != '\0' && n > 0; n--)
		for (b++; ((unsigned char)s[b] & 0xc0) == 0x80; b++)
			;
	return b;
}

unsigned
edit_distance(const char *a, const char *b)
{
	size_t	 la = strlen(a), lb = strlen(b), i, j;
	unsigned r[3][65], *row, *up, *up2, best;

	if (la > 64 || lb > 64)
		return 255;
	for (j = 0; j <= lb; j++)
		r[0][j] = (unsigned)j;
	for (i = 1; i <= la; i++) {
		row = r[i % 3], up = r[(i - 1) % 3], up2 = r[(i + 1) % 3];
		row[0] = (unsigned)i;
		for (j = 1; j <= lb; j++) {
			best = up[j - 1] + (a[i - 1] != b[j - 1]);
			if (up[j] + 1 < best)
				best = up[j] + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			/* Two letters swapped ("claf") are one slip, not two. */
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && up2[j - 2] + 1 < best)
				best = up2[j - 2] + 1;
			row[j] = best;
		}
	}
	return r[la % 3][lb] > 255 ? 255 : r[la % 3][lb];
}

const char *
closest_word(const char *word, const char *const *cand, size_t n)
{
	const char	*best = NULL;
	unsigned	 bestd = 3, d;
	size_t		 i;

	for (i = 0; i < n; i++) {
		d = edit_distance(word, cand[i]);
		if (d < bestd) {
			bestd = d;
			best = cand[i];
		}
	}
	return best;
}

int
name_is_safe(const char *s)
{
	size_t i;

	if (!islower((unsigned char)s[0]) && !isdigit((unsigned char)s[0]))
		return 0;
	for (i = 0; s[i] != '\0'; i++) {
		unsigned char c = (unsigned char)s[i];

		if (i >= NAME_MAX_LEN)
			return 0;
		if (!islower(c) && !isdigit(c) && c != '-' && c != '_')
			return 0;
	}
	return 1;
}

void
say_escaped(const char *who, const char *fmt, va_list ap)
{
	char *msg = xvasprintf(fmt, ap);

	fputs("unclench: ", stderr);
	if (who != NULL)
		fprintf(stderr, "%s: ", who);
	fputs_escaped(msg, stderr);
	free(msg);
	fputc('\n', stderr);
}
