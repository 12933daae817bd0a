/*
 * test_osc: golden bytes of each terminal-notification encoder, plain and
 * wrapped for tmux, and hostile text (ESC, BEL, ST, C1, newline, 4 KiB,
 * broken UTF-8) that must come out inert: no byte of it can end the
 * sequence or start another.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "osc.h"

static void
enc(enum osc_kind k, int tmux, const char *t, const char *b,
    const char *want)
{
	char	out[OSC_OUT_MAX];
	size_t	n = osc_encode(out, sizeof out, k, tmux, t, b);

	assert_int_equal(n, strlen(want));
	assert_memory_equal(out, want, n);
}

static void
test_osc_golden(void **state)
{
	(void)state;
	enc(OSC_9, 0, "Water", "A glass now", "\033]9;Water: A glass now\033\\");
	enc(OSC_777, 0, "Water", "A glass now",
	    "\033]777;notify;Water;A glass now\033\\");
	enc(OSC_99, 0, "Water", "A glass now",
	    "\033]99;i=unclench:d=0;Water\033\\"
	    "\033]99;i=unclench:p=body;A glass now\033\\");
	/* tmux: wrapped, every ESC inside doubled. */
	enc(OSC_9, 1, "Water", "now",
	    "\033Ptmux;\033\033]9;Water: now\033\033\\\033\\");
	enc(OSC_777, 1, "W", "b",
	    "\033Ptmux;\033\033]777;notify;W;b\033\033\\\033\\");
	enc(OSC_99, 1, "W", "b",
	    "\033Ptmux;\033\033]99;i=unclench:d=0;W\033\033\\"
	    "\033\033]99;i=unclench:p=body;b\033\033\\\033\\");
	/* UTF-8 passes whole; ';' cannot split OSC 777's fields. */
	enc(OSC_777, 0, "caf\xc3\xa9; x", "\xf0\x9f\x92\xa7",
	    "\033]777;notify;caf\xc3\xa9, x;\xf0\x9f\x92\xa7\033\\");
	enc(OSC_99, 0, "a;b", "c", "\033]99;i=unclench:d=0;a;b\033\\"
	    "\033]99;i=unclench:p=body;c\033\\");
}

/* Only the framing's own ESCs, in the framing's places. */
static void
inert(enum osc_kind k, int tmux, const char *t, const char *b)
{
	char	out[OSC_OUT_MAX];
	size_t	n = osc_encode(out, sizeof out, k, tmux, t, b), i, esc = 0;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)out[i];

		assert_true(c != '\a' && c != '\n' && c != '\r' && c != 0x9c &&
		    c != 0x9b && c != 0x9d);
		if (c == 0xc2)	/* no UTF-8-encoded C1 control */
			assert_false((unsigned char)out[i + 1] >= 0x80 &&
			    (unsigned char)out[i + 1] <= 0x9f);
		esc += c == 0x1b;
	}
	/* ESC ] ... ESC \ once (twice for kitty), doubled inside tmux. */
	assert_int_equal(esc, (size_t)(k == OSC_99 ? 4 : 2) * (tmux ? 2 : 1) +
	    (tmux ? 2 : 0));
	assert_true(n < OSC_OUT_MAX);
}

static void
test_osc_hostile(void **state)
{
	static char	big[4097];
	const char	*bad = "x\033]0;pwned\a\033\\y\n\r\xc2\x9c\x9c\xc2\x9b"
			    "\xff\xfe\xc0\xaf\xed\xa0\x80z";
	char		 clean[OSC_TEXT_MAX + 1];
	int		 k, tmux;

	(void)state;
	memset(big, '\033', 2048);
	memset(big + 2048, 'a', 2048);
	for (k = OSC_9; k <= OSC_777; k++)
		for (tmux = 0; tmux <= 1; tmux++) {
			inert((enum osc_kind)k, tmux, bad, bad);
			inert((enum osc_kind)k, tmux, big, big);
		}
	osc_sanitise(clean, sizeof clean, bad, 0);
	assert_string_equal(clean, "x ]0;pwned  \\y  z");
	osc_sanitise(clean, sizeof clean, big, 0);
	assert_int_equal(strlen(clean), OSC_TEXT_MAX);
	/* Cut at a whole character: 129 two-byte ones give 128. */
	memset(big, 0, sizeof big);
	for (k = 0; k < 129; k++)
		memcpy(big + 2 * k, "\xc3\xa9", 2);
	osc_sanitise(clean, sizeof clean, big, 0);
	assert_int_equal(strlen(clean), 256);
	big[1] = '\0';	/* a lone lead byte */
	osc_sanitise(clean, sizeof clean, big, 0);
	assert_string_equal(clean, "");
}

static void
test_osc_pick(void **state)
{
	(void)state;
	assert_int_equal(osc_pick("xterm-kitty", NULL, NULL), OSC_99);
	assert_int_equal(osc_pick("tmux-256color", NULL, "3"), OSC_99);
	assert_int_equal(osc_pick("foot", NULL, NULL), OSC_777);
	assert_int_equal(osc_pick("foot-extra", NULL, NULL), OSC_777);
	assert_int_equal(osc_pick("rxvt-unicode-256color", NULL, NULL),
	    OSC_777);
	assert_int_equal(osc_pick("xterm-256color", "WezTerm", NULL), OSC_777);
	assert_int_equal(osc_pick("xterm-ghostty", NULL, NULL), OSC_777);
	assert_int_equal(osc_pick("xterm-256color", "iTerm.app", NULL), OSC_9);
	assert_int_equal(osc_pick(NULL, NULL, NULL), OSC_9);
	assert_int_equal(osc_pick("xterm", NULL, ""), OSC_9);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_osc_golden),
		cmocka_unit_test(test_osc_hostile),
		cmocka_unit_test(test_osc_pick),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
