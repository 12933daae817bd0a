/*
 * Fuzz target: the value parsers (durations, clock times and ranges,
 * volumes, whole numbers, days). Checks their promises: a value accepted
 * is within the range asked for.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "util.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char		*s;
	const char	*why;
	int64_t		 ms;
	long		 n;
	int		 a, b;
	unsigned	 days;

	if (size > 4096)
		return 0;
	s = malloc(size + 1);
	if (s == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	if (parse_duration_ms(s, 1000, 600000, &ms, &why) == 0 &&
	    (ms < 1000 || ms > 600000))
		__builtin_trap();
	if (parse_long(s, -5, 5000, &n, &why) == 0 && (n < -5 || n > 5000))
		__builtin_trap();
	if (parse_clock_min(s, &a, &why) == 0 && (a < 0 || a >= 1440))
		__builtin_trap();
	if (parse_clock_range(s, &a, &b, &why) == 0 &&
	    (a < 0 || a >= 1440 || b < 0 || b >= 1440 || a == b))
		__builtin_trap();
	if (parse_volume_ml(s, UNIT_OZ, 10, 2000, &n, &why) == 0 &&
	    (n < 10 || n > 2000))
		__builtin_trap();
	if (config_parse_days(s, &days) == 0 && (days == 0 || days > 0x7f))
		__builtin_trap();
	parse_bool(s, &a, &why);
	utf8_valid(s, size);
	name_is_safe(s);
	free(s);
	return 0;
}
