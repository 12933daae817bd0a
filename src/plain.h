/*
 * plain: the line front end, for a terminal curses cannot drive (TERM=dumb,
 * a serial line, SSH from a phone) or no terminal at all (pipes). No
 * curses: one line per phase change on stdout, the coach's sentence, and
 * keys read one by one from stdin when there is one: Enter goes on, space
 * pauses, n skips a step, t says the time left, ! shows the warning
 * signs, q quits. Speech as in the
 * player. The same session engine and coach run on the clock given, with
 * absolute deadlines, so a late wake never shifts what follows.
 */
#ifndef UNCLENCH_PLAIN_H
#define UNCLENCH_PLAIN_H

#include <stdint.h>
#include <stdio.h>

#include "clock.h"
#include "routine.h"

struct audio_opts;

struct plain_run {
	const struct routine	*r;
	int64_t			 get_ready_ms;
	const struct clock	*clk;
	unsigned		 time_scale;	/* test speed-up; 1: real */
	const struct audio_opts	*audio;		/* NULL: no speech */
	FILE			*trace;		/* UNCLENCH_TEST_TRACE */
	int			 relief;	/* Enter moves on; red flag */
	const char		*part;		/* relief: its check first */
	uint64_t		 cramp_ms;	/* relief: the cramp began */
};

/* Run the routine to its end or until q; returns the exit code. */
int	 plain_play(const struct plain_run *);

#endif
