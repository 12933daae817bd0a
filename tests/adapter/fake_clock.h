/*
 * fake_clock: a clock the daemon's adapter tests set by hand (both its
 * monotonic and its wall time), so hours of schedule run in microseconds.
 */
#ifndef UNCLENCH_TEST_FAKE_CLOCK_H
#define UNCLENCH_TEST_FAKE_CLOCK_H

#include <stdint.h>
#include <time.h>

#include "clock.h"

struct fake_clock {
	struct clock	 c;
	time_t		 wall;
	uint64_t	 mono;
};

static uint64_t
fake_mono(const struct clock *c)
{
	return ((const struct fake_clock *)c)->mono;
}

static time_t
fake_wall(const struct clock *c)
{
	return ((const struct fake_clock *)c)->wall;
}

#endif
