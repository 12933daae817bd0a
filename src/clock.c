/*
 * clock: the real clock reads CLOCK_MONOTONIC for deadlines (immune to
 * wall-clock changes) and CLOCK_REALTIME for dates. Tests build a struct clock of
 * their own (cmd_play.c's scaled test clock; the engine takes times).
 */
#include "clock.h"

static uint64_t
real_mono_ms(const struct clock *c)
{
	struct timespec ts;

	(void)c;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

static time_t
real_wall(const struct clock *c)
{
	(void)c;
	return time(NULL);
}

const struct clock clock_real = {
	.mono_ms = real_mono_ms,
	.wall = real_wall,
};

uint64_t
clock_real_mono_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000 + (uint64_t)ts.tv_nsec / 1000;
}

