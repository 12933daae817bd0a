/*
 * budget tests: work that ends in time hands back its results; work that
 * blocks (a read that never returns, as on a stalled filesystem) is left
 * after the budget, and dropped by its own thread once it does return.
 * The helper thread takes no signals.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "budget.h"

struct work {
	int	in;		/* read from here (may block) */
	int	dropped;	/* drop() writes one byte here */
	int	result;
	int	signals_blocked;
};

static uint64_t
mono_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

static void
work_run(void *p)
{
	struct work	*w = p;
	sigset_t	 cur;
	char		 c;

	pthread_sigmask(SIG_BLOCK, NULL, &cur);
	w->signals_blocked = sigismember(&cur, SIGINT) &&
	    sigismember(&cur, SIGTERM) && sigismember(&cur, SIGWINCH);
	if (w->in >= 0 && read(w->in, &c, 1) == 1)
		w->result = c;
	else
		w->result = 42;
}

static void
work_drop(void *p)
{
	struct work *w = p;

	(void)!write(w->dropped, "d", 1);
}

static void
test_in_time(void **state)
{
	struct work w = { .in = -1, .dropped = -1 };

	(void)state;
	assert_int_equal(budget_run(work_run, &w, work_drop, 1000), 0);
	assert_int_equal(w.result, 42);
	assert_true(w.signals_blocked);
}

static void
test_too_slow(void **state)
{
	struct work	*w = calloc(1, sizeof *w);
	struct pollfd	 pfd;
	int		 in[2], done[2];
	uint64_t	 t0, took;
	char		 c;

	(void)state;
	assert_non_null(w);
	assert_int_equal(pipe(in), 0);
	assert_int_equal(pipe(done), 0);
	w->in = in[0];
	w->dropped = done[1];
	t0 = mono_ms();
	assert_int_equal(budget_run(work_run, w, work_drop, 100), -1);
	took = mono_ms() - t0;
	assert_true(took >= 100);
	assert_true(took < 3000);
	/* Nothing dropped while the work is still blocked. */
	pfd.fd = done[0];
	pfd.events = POLLIN;
	assert_int_equal(poll(&pfd, 1, 0), 0);
	/* Let it end: its own thread drops it. */
	assert_int_equal(write(in[1], "x", 1), 1);
	assert_int_equal(poll(&pfd, 1, 5000), 1);
	assert_int_equal(read(done[0], &c, 1), 1);
	assert_int_equal(c, 'd');
	assert_int_equal(w->result, 'x');
	assert_true(w->signals_blocked);
	free(w);
	close(in[0]);
	close(in[1]);
	close(done[0]);
	close(done[1]);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_in_time),
		cmocka_unit_test(test_too_slow),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
