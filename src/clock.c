/*
 * clock: the real clock reads CLOCK_MONOTONIC for deadlines (immune to
 * wall-clock changes) and CLOCK_REALTIME for dates; the fake clock moves
 * only when told, for tests and simulations.
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

static uint64_t
fake_mono_ms(const struct clock *c)
{
	return c->fake_mono_ms;
}

static time_t
fake_wall(const struct clock *c)
{
	return c->fake_wall +
	    (time_t)((c->fake_mono_ms - c->fake_wall_base_ms) / 1000);
}

void
clock_fake_init(struct clock *c, uint64_t mono_ms, time_t wall)
{
	c->mono_ms = fake_mono_ms;
	c->wall = fake_wall;
	c->fake_mono_ms = mono_ms;
	c->fake_wall = wall;
	c->fake_wall_base_ms = mono_ms;
}

void
clock_fake_advance(struct clock *c, uint64_t ms)
{
	c->fake_mono_ms += ms;
}
