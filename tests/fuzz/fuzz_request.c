/*
 * Fuzz target: the control socket's request parser, fed the input whole
 * and in every split a trickling client could make: a complete verdict
 * never changes with more bytes, and every split gives the same verdict.
 */
#include <stddef.h>
#include <stdint.h>

#include "daemon_request.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char		*buf = (const char *)data;
	struct daemon_req	 whole, part;
	size_t			 n;

	daemon_request_parse(buf, size, 1, &whole);
	if (whole.kind == DREQ_MORE)
		__builtin_trap();	/* at EOF there is always a verdict */
	if (whole.kind == DREQ_PAUSE &&
	    (whole.secs <= 0 || whole.secs > DAEMON_PAUSE_MAX_S))
		__builtin_trap();
	if (whole.kind == DREQ_REWRITE &&
	    (whole.secs <= 0 || whole.secs > DAEMON_REWRITE_MAX))
		__builtin_trap();
	if (whole.osc && whole.kind != DREQ_SUBSCRIBE)
		__builtin_trap();
	/* Byte by byte, as a trickler sends it: the first verdict stands. */
	for (n = 0; n <= size; n++) {
		daemon_request_parse(buf, n, n == size, &part);
		if (part.kind == DREQ_MORE)
			continue;
		if (part.kind != whole.kind || part.secs != whole.secs ||
		    part.osc != whole.osc)
			__builtin_trap();
		break;
	}
	return 0;
}
