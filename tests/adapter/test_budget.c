/*
 * budget tests: work done within the budget carries on, with the signal
 * mask as it was and no rescue; work stuck past it (a read that never
 * returns, as on a stalled filesystem) is rescued by the watchdog, whose
 * rescue runs with the caller's signal mask and ends the process while
 * the caller is still stuck. The rescue case runs in a child process.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "budget.h"

static int rescued_pipe = -1;

static uint64_t
mono_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

/* Says whether SIGINT is blocked here, then ends the process. */
static void
rescue(void *p)
{
	sigset_t cur;

	(void)p;
	pthread_sigmask(SIG_BLOCK, NULL, &cur);
	_exit(sigismember(&cur, SIGINT) ? 3 : 42);
}

static void
never(void *p)
{
	(void)p;
	(void)!write(rescued_pipe, "!", 1);
}

static void
test_in_time(void **state)
{
	struct budget	*b;
	sigset_t	 cur;

	(void)state;
	b = budget_begin(never, NULL, 100);
	/* During the work no signal reaches this thread. */
	pthread_sigmask(SIG_BLOCK, NULL, &cur);
	assert_true(sigismember(&cur, SIGINT));
	assert_true(sigismember(&cur, SIGTERM));
	assert_true(sigismember(&cur, SIGWINCH));
	budget_end(b);
	pthread_sigmask(SIG_BLOCK, NULL, &cur);
	assert_false(sigismember(&cur, SIGINT));
	assert_false(sigismember(&cur, SIGWINCH));
}

/* Many quick ones: the two threads let go of a budget in either order. */
static void
test_many(void **state)
{
	int i;

	(void)state;
	for (i = 0; i < 500; i++)
		budget_end(budget_begin(never, NULL, 1000));
}

static void
test_no_rescue_after_end(void **state)
{
	struct pollfd	pfd;
	int		fds[2];

	(void)state;
	assert_int_equal(pipe(fds), 0);
	rescued_pipe = fds[1];
	budget_end(budget_begin(never, NULL, 50));
	/* Well past the deadline: the watchdog left without rescuing. */
	pfd.fd = fds[0];
	pfd.events = POLLIN;
	assert_int_equal(poll(&pfd, 1, 300), 0);
	close(fds[0]);
	close(fds[1]);
	rescued_pipe = -1;
}

static void
test_rescue(void **state)
{
	uint64_t	 t0, took;
	pid_t		 pid, w;
	int		 status, stuck[2], i;

	(void)state;
	assert_int_equal(pipe(stuck), 0);
	t0 = mono_ms();
	if ((pid = fork()) == 0) {
		char c;

		budget_begin(rescue, NULL, 100);
		/* Stuck for ever, as on a stalled filesystem. */
		(void)!read(stuck[0], &c, 1);
		_exit(1);
	}
	assert_true(pid > 0);
	/* Reaped with a deadline: the rescue ends it. */
	for (i = 0; i < 500; i++) {
		if ((w = waitpid(pid, &status, WNOHANG)) == pid)
			break;
		usleep(10000);
	}
	if (w != pid) {
		kill(pid, SIGKILL);
		waitpid(pid, &status, 0);
		fail_msg("the rescue did not end the stuck process");
	}
	took = mono_ms() - t0;
	assert_true(WIFEXITED(status));
	/* 42: the rescue ran, with the signals the caller had (none). */
	assert_int_equal(WEXITSTATUS(status), 42);
	assert_true(took >= 100);
	assert_true(took < 3000);
	close(stuck[0]);
	close(stuck[1]);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_in_time),
		cmocka_unit_test(test_many),
		cmocka_unit_test(test_no_rescue_after_end),
		cmocka_unit_test(test_rescue),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
