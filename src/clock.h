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
	/* Fake clock state; unused by the real clock. */
	uint64_t	 fake_mono_ms;
	time_t		 fake_wall;
	uint64_t	 fake_wall_base_ms;	/* mono when fake_wall was set */
};

/* The process's real clock. */
extern const struct clock clock_real;

/* A fake clock at the given monotonic and wall times. */
void	 clock_fake_init(struct clock *, uint64_t mono_ms, time_t wall);
/* Move a fake clock forward; wall time follows. */
void	 clock_fake_advance(struct clock *, uint64_t ms);

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
