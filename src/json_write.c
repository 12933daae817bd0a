/*
 * json_write: one JSON string out (see json_write.h).
 */
#include "json_write.h"

#include <string.h>

#include "util.h"

/*
 * A C1 control (U+0080-U+009F) or bidi override or isolate (U+202A-U+202E,
 * U+2066-U+2069) at s: its length in bytes and *cp, or 0. JSON writes them
 * as \u escapes: exact, and inert on a terminal.
 */
static int
json_unsafe(const char *str, unsigned *cp)
{
	const unsigned char *s = (const unsigned char *)str;

	if (s[0] == 0xc2 && s[1] >= 0x80 && s[1] <= 0x9f) {
		*cp = s[1];
		return 2;
	}
	if (s[0] != 0xe2 || (s[1] != 0x80 && s[1] != 0x81) || s[2] < 0x80 ||
	    s[2] > 0xbf)
		return 0;
	*cp = 0x2000 | (unsigned)(s[1] & 0x3f) << 6 | (s[2] & 0x3f);
	if ((*cp >= 0x202a && *cp <= 0x202e) ||
	    (*cp >= 0x2066 && *cp <= 0x2069))
		return 3;
	return 0;
}

void
json_write_string(FILE *f, const char *s)
{
	unsigned	cp;
	int		n, ok = utf8_valid(s, strlen(s));

	fputc('"', f);
	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\')
			fprintf(f, "\\%c", c);
		else if (c < 0x20 || c == 0x7f)
			fprintf(f, "\\u%04x", c);
		else if (c >= 0x80 && !ok)
			fputs("\\ufffd", f);
		else if ((n = json_unsafe(s, &cp)) > 0) {
			fprintf(f, "\\u%04x", cp);
			s += n - 1;
		} else
			fputc(c, f);
	}
	fputc('"', f);
}
