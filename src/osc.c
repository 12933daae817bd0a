/*
 * osc: every sequence ends with ST (ESC \); tmux's passthrough is
 * "ESC P tmux; ... ESC \" with each ESC inside doubled.
 */
#include "osc.h"

#include <stdio.h>
#include <string.h>

static int
has_prefix(const char *s, const char *p)
{
	return s != NULL && strncmp(s, p, strlen(p)) == 0;
}

enum osc_kind
osc_pick(const char *term, const char *prog, const char *kitty)
{
	if ((kitty != NULL && *kitty != '\0') || has_prefix(term, "xterm-kitty"))
		return OSC_99;
	if (has_prefix(term, "foot") || has_prefix(term, "rxvt-unicode") ||
	    has_prefix(term, "xterm-ghostty") || has_prefix(term, "wezterm") ||
	    has_prefix(prog, "WezTerm") || has_prefix(prog, "ghostty"))
		return OSC_777;
	return OSC_9;
}

/* The length of the UTF-8 character at s (0: not one), *cp its value. */
static size_t
utf8_char(const unsigned char *s, unsigned long *cp)
{
	static const unsigned long min[] = { 0, 0, 0x80, 0x800, 0x10000 };
	size_t	n, i;
	unsigned long c;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		n = 2, c = s[0] & 0x1f;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		n = 3, c = s[0] & 0x0f;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		n = 4, c = s[0] & 0x07;
	else
		return 0;
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = c << 6 | (s[i] & 0x3f);
	}
	if (c < min[n] || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return n;
}

void
osc_sanitise(char *dst, size_t size, const char *src, int semi)
{
	const unsigned char	*s = (const unsigned char *)src;
	unsigned long		 cp;
	size_t			 o = 0, n, cap;

	cap = size - 1 < OSC_TEXT_MAX ? size - 1 : OSC_TEXT_MAX;
	while (*s != '\0') {
		if ((n = utf8_char(s, &cp)) == 0) {
			s++;		/* not UTF-8: dropped */
			continue;
		}
		if (o + n > cap)
			break;		/* cut before a whole character */
		if (cp >= 0x80 && cp <= 0x9f)
			;		/* a C1 control: dropped */
		else if (cp < 0x20 || cp == 0x7f)
			dst[o++] = ' ';
		else if (cp == ';' && semi)
			dst[o++] = ',';
		else {
			memcpy(dst + o, s, n);
			o += n;
		}
		s += n;
	}
	dst[o] = '\0';
}

/* Append s to out (at *o), ESC doubled when tmux. */
static void
put(char *out, size_t len, size_t *o, const char *s, int tmux)
{
	for (; *s != '\0'; s++) {
		if (*o + 2 >= len)
			return;
		if (*s == '\033' && tmux)
			out[(*o)++] = '\033';
		out[(*o)++] = *s;
	}
}

size_t
osc_encode(char *out, size_t len, enum osc_kind kind, int tmux,
    const char *title, const char *body)
{
	char	t[OSC_TEXT_MAX + 1], b[OSC_TEXT_MAX + 1];
	char	seq[2 * OSC_TEXT_MAX + 96];
	size_t	o = 0;

	osc_sanitise(t, sizeof t, title, kind != OSC_99);
	osc_sanitise(b, sizeof b, body, kind != OSC_99);
	switch (kind) {
	case OSC_99:
		snprintf(seq, sizeof seq, "\033]99;i=unclench:d=0;%s\033\\"
		    "\033]99;i=unclench:p=body;%s\033\\", t, b);
		break;
	case OSC_777:
		snprintf(seq, sizeof seq, "\033]777;notify;%s;%s\033\\", t, b);
		break;
	default:
		snprintf(seq, sizeof seq, "\033]9;%s: %s\033\\", t, b);
		break;
	}
	if (len == 0)
		return 0;
	if (tmux)
		put(out, len, &o, "\033Ptmux;", 0);
	put(out, len, &o, seq, tmux);
	if (tmux)
		put(out, len, &o, "\033\\", 0);
	out[o] = '\0';
	return o;
}
