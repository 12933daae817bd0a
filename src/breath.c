/*
 * breath: the breathing shape's size through a cycle and a pattern's short
 * name. The level is continuous across phases (inhale ends where top-up or
 * hold-in starts, exhale ends at 0), so the animation never jumps. Pure.
 */
#include "breath.h"

#include <math.h>
#include <stdio.h>

#define BREATH_PI	3.14159265358979323846
#define TOP_UP_LEVEL	0.85	/* the first inhale's share with a top-up */

/* Ease in and out: slow at both ends like a real breath. */
static double
ease(double f)
{
	return 0.5 - 0.5 * cos(BREATH_PI * f);
}

double
breath_level(const struct breath_pattern *b, enum phase_kind kind, double f)
{
	double top;

	if (!(f >= 0.0))	/* also NaN */
		f = 0.0;
	if (f > 1.0)
		f = 1.0;
	top = b != NULL && b->top_up_ms > 0 ? TOP_UP_LEVEL : 1.0;
	switch (kind) {
	case PHASE_INHALE:
		return top * ease(f);
	case PHASE_TOP_UP:
		return TOP_UP_LEVEL + (1.0 - TOP_UP_LEVEL) * ease(f);
	case PHASE_HOLD_IN:
		return 1.0;
	case PHASE_EXHALE:
		return 1.0 - ease(f);
	case PHASE_HOLD_OUT:
	default:
		return 0.0;
	}
}

/* Seconds with at most one decimal, ".0" dropped. */
static int
put_secs(char *buf, size_t len, int32_t ms)
{
	long tenths = ms > 0 ? ((long)ms + 50) / 100 : 0;

	if (tenths % 10 == 0)
		return snprintf(buf, len, "%ld", tenths / 10);
	return snprintf(buf, len, "%ld.%ld", tenths / 10, tenths % 10);
}

/* Append one part after sep; keeps *used at the string's length. */
static void
part(char *buf, size_t len, size_t *used, const char *sep, int32_t ms)
{
	int n;

	if (*used >= len)
		return;
	n = snprintf(buf + *used, len - *used, "%s", sep);
	if (n < 0)
		return;
	*used += (size_t)n;
	if (*used >= len) {
		*used = len;
		return;
	}
	n = put_secs(buf + *used, len - *used, ms);
	if (n < 0)
		return;
	*used += (size_t)n;
	if (*used > len)
		*used = len;
}

void
breath_pattern_name(const struct breath_pattern *b, char *buf, size_t len)
{
	size_t used = 0;

	if (len == 0)
		return;
	buf[0] = '\0';
	part(buf, len, &used, "", b->inhale_ms);
	if (b->top_up_ms > 0)
		part(buf, len, &used, "+", b->top_up_ms);
	/* A hold-out needs the hold-in written, even as 0, to be readable. */
	if (b->hold_in_ms > 0 || b->hold_out_ms > 0)
		part(buf, len, &used, "-", b->hold_in_ms);
	part(buf, len, &used, "-", b->exhale_ms);
	if (b->hold_out_ms > 0)
		part(buf, len, &used, "-", b->hold_out_ms);
}

double
breath_per_minute(const struct breath_pattern *b)
{
	int64_t cycle = breath_cycle_ms(b);

	return cycle > 0 ? 60000.0 / (double)cycle : 0.0;
}
