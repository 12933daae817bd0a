/*
 * clock: the time source, passed in rather than read globally, so the engine
 * and the scheduler run a ten-minute routine in microseconds under test.
 * The real clock is CLOCK_MONOTONIC (deadlines) and CLOCK_REALTIME (wall).
 */
#ifndef UNCLENCH_CLOCK_H
#define UNCLENCH_CLOCK_H

#include <stdint.h>
#include <time.h>

struct clock {
	uint64_t	(*mono_ms)(const struct clock *);
	time_t		(*wall)(const struct clock *);
};

/* The process's real clock. */
extern const struct clock clock_real;

static inline uint64_t
clock_mono_ms(const struct clock *c)
{
	return c->mono_ms(c);
}

static inline time_t
clock_wall(const struct clock *c)
{
	return c->wall(c);
}

/* Monotonic time in microseconds (for sub-millisecond benchmarks). */
uint64_t clock_real_mono_us(void);

#endif
