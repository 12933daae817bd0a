/*
 * json_read: a small JSON reader over a buffer, with line numbers for the
 * messages: blank space, strings (escapes decoded to UTF-8, controls, NUL
 * and lone surrogates refused), scalars and punctuation. The caller walks
 * the structure. Pure: no I/O, no store, so it can be fuzzed alone.
 */
#include "json_read.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "util.h"

/* Marked only: compared by address, translated where it is shown. */
const char json_read_nested[] = N_("a value must be a string, a number, "
    "true, false or null");

void
json_read_ws(struct json_read *j)
{
	while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' ||
	    *j->p == '\n' || *j->p == '\r')) {
		if (*j->p == '\n')
			j->line++;
		j->p++;
	}
}

static int
json_hex4(const char *s, unsigned *out)
{
	unsigned	v = 0;
	int		i;

	for (i = 0; i < 4; i++) {
		if (!isxdigit((unsigned char)s[i]))
			return -1;
		v = v * 16 + (unsigned)(isdigit((unsigned char)s[i]) ?
		    s[i] - '0' : (tolower((unsigned char)s[i]) - 'a' + 10));
	}
	*out = v;
	return 0;
}

/*
 * The \u escape at p (past the "\u") as UTF-8 at w: a surrogate pair
 * joined, a lone surrogate or NUL refused. Returns the end of what was
 * written, or NULL with why.
 */
static char *
json_read_u(struct json_read *j, char *w)
{
	unsigned u, lo;

	if (j->end - j->p < 4 || json_hex4(j->p, &u) != 0) {
		j->why = _("a bad \\u escape");
		return NULL;
	}
	j->p += 4;
	if (u >= 0xd800 && u < 0xdc00) {
		if (j->end - j->p < 6 || j->p[0] != '\\' || j->p[1] != 'u' ||
		    json_hex4(j->p + 2, &lo) != 0 || lo < 0xdc00 ||
		    lo > 0xdfff) {
			j->why = _("a lone surrogate in a \\u escape");
			return NULL;
		}
		j->p += 6;
		u = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
	} else if (u >= 0xdc00 && u < 0xe000) {
		j->why = _("a lone surrogate in a \\u escape");
		return NULL;
	}
	if (u == 0) {
		j->why = _("a NUL character in a string");
		return NULL;
	}
	if (u < 0x80)
		*w++ = (char)u;
	else if (u < 0x800) {
		*w++ = (char)(0xc0 | u >> 6);
		*w++ = (char)(0x80 | (u & 0x3f));
	} else if (u < 0x10000) {
		*w++ = (char)(0xe0 | u >> 12);
		*w++ = (char)(0x80 | (u >> 6 & 0x3f));
		*w++ = (char)(0x80 | (u & 0x3f));
	} else {
		*w++ = (char)(0xf0 | u >> 18);
		*w++ = (char)(0x80 | (u >> 12 & 0x3f));
		*w++ = (char)(0x80 | (u >> 6 & 0x3f));
		*w++ = (char)(0x80 | (u & 0x3f));
	}
	return w;
}

/*
 * Sized by the string's own extent (no escape decodes to more bytes than
 * it takes), not the rest of the file: one string costs its length,
 * whatever follows it.
 */
char *
json_read_string(struct json_read *j)
{
	char		*out, *w;
	const char	*q;

	if (j->p >= j->end || *j->p != '"') {
		j->why = _("expected a string");
		return NULL;
	}
	j->p++;
	for (q = j->p; q < j->end && *q != '"'; q++)
		if (*q == '\\' && q + 1 < j->end)
			q++;
	w = out = xmalloc((size_t)(q - j->p) + 1);
	while (j->p < j->end && *j->p != '"') {
		if ((unsigned char)*j->p < 0x20) {
			j->why = _("a control character inside a string");
			goto bad;
		}
		if (*j->p != '\\') {
			*w++ = *j->p++;
			continue;
		}
		if (++j->p >= j->end)
			break;
		switch (*j->p++) {
		case '"': *w++ = '"'; break;
		case '\\': *w++ = '\\'; break;
		case '/': *w++ = '/'; break;
		case 'b': *w++ = '\b'; break;
		case 'f': *w++ = '\f'; break;
		case 'n': *w++ = '\n'; break;
		case 'r': *w++ = '\r'; break;
		case 't': *w++ = '\t'; break;
		case 'u':
			if ((w = json_read_u(j, w)) == NULL)
				goto bad;
			break;
		default:
			j->why = _("a bad escape in a string");
			goto bad;
		}
	}
	if (j->p >= j->end) {
		j->why = _("a string does not end");
		goto bad;
	}
	j->p++;
	*w = '\0';
	return out;
bad:
	free(out);
	return NULL;
}

int
json_read_scalar(struct json_read *j, char **out)
{
	const char	*s = j->p;
	size_t		 n;

	*out = NULL;
	if (j->p >= j->end) {
		j->why = _("unexpected end of file");
		return -1;
	}
	if (*j->p == '"')
		return (*out = json_read_string(j)) != NULL ? 0 : -1;
	if (*j->p == '{' || *j->p == '[') {
		j->why = json_read_nested;
		return -1;
	}
	while (j->p < j->end && (isalnum((unsigned char)*j->p) ||
	    *j->p == '-' || *j->p == '+' || *j->p == '.'))
		j->p++;
	n = (size_t)(j->p - s);
	if (n == 4 && strncmp(s, "null", 4) == 0)
		return 0;
	if ((n == 4 && strncmp(s, "true", 4) == 0) ||
	    (n == 5 && strncmp(s, "false", 5) == 0) ||
	    (n > 0 && (*s == '-' || isdigit((unsigned char)*s)))) {
		*out = xstrndup(s, n);
		return 0;
	}
	j->why = _("expected a value");
	return -1;
}

int
json_read_expect(struct json_read *j, char c, const char *why)
{
	json_read_ws(j);
	if (j->p < j->end && *j->p == c) {
		j->p++;
		return 0;
	}
	j->why = why;
	return -1;
}
