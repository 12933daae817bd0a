/*
 * osc: terminal notifications as escape sequences, for the terminals that
 * subscribed with `unclench status --follow --osc`: OSC 99 for kitty,
 * OSC 777 for foot, WezTerm, Ghostty and urxvt, OSC 9 otherwise, wrapped
 * for tmux's passthrough inside tmux. Pure: the caller passes the
 * environment's words; the text is made inert first (no control byte or
 * C1 control can end or extend the sequence). tests/unit/test_osc.c
 * holds the golden bytes.
 */
#ifndef UNCLENCH_OSC_H
#define UNCLENCH_OSC_H

#include <stddef.h>

enum osc_kind { OSC_9, OSC_99, OSC_777 };

/* Title and body are each cut to this many bytes (whole characters). */
#define OSC_TEXT_MAX	256
/* Room for the longest sequence, tmux-wrapped. */
#define OSC_OUT_MAX	(4 * OSC_TEXT_MAX + 128)

/* The kind for $TERM, $TERM_PROGRAM and $KITTY_WINDOW_ID (each may be NULL). */
enum osc_kind	 osc_pick(const char *term, const char *term_program,
		     const char *kitty_window_id);

/*
 * src made inert into dst (size bytes, at most OSC_TEXT_MAX + 1 used):
 * control bytes and newlines become spaces, C1 controls and bytes that
 * are not UTF-8 are dropped; with semi, ';' becomes ','.
 */
void	 osc_sanitise(char *dst, size_t size, const char *src, int semi);

/* The sequence for title and body into out; returns its length. */
size_t	 osc_encode(char *out, size_t len, enum osc_kind, int tmux,
	     const char *title, const char *body);

#endif
