/*
 * daemon_request: parse one control request. The line ends at the first
 * CR or LF; a NUL or any other byte outside the words makes it unknown,
 * and the number of "pause" is plain decimal digits, range-checked.
 */
#include "daemon_request.h"

#include <string.h>

/* Is the line at s (len bytes) exactly word? */
static int
is_word(const char *s, size_t len, const char *word)
{
	return len == strlen(word) && memcmp(s, word, len) == 0;
}

/* Plain decimal digits, 1 to max. */
static int
parse_count(const char *s, size_t len, long max, long *out)
{
	long	v = 0;
	size_t	i;

	if (len == 0)
		return -1;
	for (i = 0; i < len; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
		if (v > max)
			return -1;
	}
	if (v <= 0)
		return -1;
	*out = v;
	return 0;
}

static enum daemon_req_kind
parse_pause(const char *s, size_t len, long *secs)
{
	long	v = 0;
	size_t	i;

	if (len == 0)
		return DREQ_BAD_PAUSE;
	for (i = 0; i < len; i++) {
		if (s[i] < '0' || s[i] > '9')
			return DREQ_BAD_PAUSE;
		v = v * 10 + (s[i] - '0');
		if (v > DAEMON_PAUSE_MAX_S)
			return DREQ_BAD_PAUSE;
	}
	if (v <= 0)
		return DREQ_BAD_PAUSE;
	*secs = v;
	return DREQ_PAUSE;
}

enum daemon_req_kind
daemon_request_parse(const char *buf, size_t n, int eof,
    struct daemon_req *out)
{
	size_t len;

	out->secs = 0;
	out->osc = 0;
	for (len = 0; len < n && len < DAEMON_REQUEST_MAX; len++)
		if (buf[len] == '\n' || buf[len] == '\r')
			break;
	if (len == n && n < DAEMON_REQUEST_MAX && !eof)
		return out->kind = DREQ_MORE;
	if (is_word(buf, len, "status"))
		out->kind = DREQ_STATUS;
	else if (is_word(buf, len, "resume"))
		out->kind = DREQ_RESUME;
	else if (is_word(buf, len, "refresh"))
		out->kind = DREQ_REFRESH;
	else if (is_word(buf, len, "subscribe"))
		out->kind = DREQ_SUBSCRIBE;
	else if (is_word(buf, len, "subscribe osc")) {
		out->kind = DREQ_SUBSCRIBE;
		out->osc = 1;
	} else if (len >= 13 && memcmp(buf, "test-rewrite ", 13) == 0)
		out->kind = parse_count(buf + 13, len - 13, DAEMON_REWRITE_MAX,
		    &out->secs) == 0 ? DREQ_REWRITE : DREQ_UNKNOWN;
	else if (len >= 6 && memcmp(buf, "pause ", 6) == 0)
		out->kind = parse_pause(buf + 6, len - 6, &out->secs);
	else
		out->kind = DREQ_UNKNOWN;
	return out->kind;
}
