/*
 * budget: one detached helper thread per call. The job is shared by the
 * two threads, each dropping its reference when done with it; the last
 * one frees it. The caller never waits for the thread to end (a join
 * would cost relief's first frame a second hand-over): only for the work.
 * If the caller gave up, the helper drops the results itself. The caller
 * does nothing meanwhile: on a busy machine work done beside it was found
 * to slow both.
 */
#include "budget.h"

#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <time.h>

#include "util.h"

/* Enough for the loaders (a few KiB of line buffers), and cheap to map. */
#define BUDGET_STACK	(512 * 1024)

struct budget {
	pthread_mutex_t	  mu;
	pthread_cond_t	  cv;
	struct timespec	  until;	/* the deadline, CLOCK_MONOTONIC */
	int		  refs;		/* threads still using the job */
	int		  done;		/* fn has returned */
	int		  abandoned;	/* the caller stopped waiting */
	void		(*fn)(void *);
	void		(*drop)(void *);
	void		 *arg;
};

#ifdef __SANITIZE_ADDRESS__
/*
 * LeakSanitizer stops every thread for its scan at exit, and a helper
 * stuck in the kernel (a stalled filesystem) never stops: after one was
 * abandoned, skip the scan rather than hang the program's end.
 */
static int abandoned_any;

int	 __lsan_is_turned_off(void);

int
__lsan_is_turned_off(void)
{
	return abandoned_any;
}
#endif

static void
job_free(struct budget *j)
{
	pthread_cond_destroy(&j->cv);
	pthread_mutex_destroy(&j->mu);
	free(j);
}

/* Drop one reference (the mutex held); returns 1 if it was the last. */
static int
job_unref(struct budget *j)
{
	return --j->refs == 0;
}

static void *
budget_main(void *p)
{
	struct budget	*j = p;
	int		 abandoned, last;

	j->fn(j->arg);
	pthread_mutex_lock(&j->mu);
	j->done = 1;
	abandoned = j->abandoned;
	pthread_cond_signal(&j->cv);
	last = job_unref(j);
	pthread_mutex_unlock(&j->mu);
	if (abandoned)
		j->drop(j->arg);
	if (last)
		job_free(j);
	return NULL;
}

/* Now plus ms on CLOCK_MONOTONIC, the clock the condition waits on. */
static struct timespec
deadline_after(unsigned ms)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	ts.tv_sec += ms / 1000;
	ts.tv_nsec += (long)(ms % 1000) * 1000000L;
	if (ts.tv_nsec >= 1000000000L) {
		ts.tv_sec++;
		ts.tv_nsec -= 1000000000L;
	}
	return ts;
}

/* Start the helper, detached and with every signal blocked; 0 or -1. */
static int
start(struct budget *j)
{
	pthread_attr_t	attr;
	pthread_t	t;
	sigset_t	all, old;
	int		r;

	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	pthread_attr_setstacksize(&attr, BUDGET_STACK);
	/* Signals stay with the main thread, whose loop handles them. */
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	r = pthread_create(&t, &attr, budget_main, j);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	pthread_attr_destroy(&attr);
	return r == 0 ? 0 : -1;
}

static struct budget *
budget_start(void (*fn)(void *), void *arg, void (*drop)(void *), unsigned ms)
{
	struct budget		*j = xcalloc(1, sizeof *j);
	pthread_condattr_t	 ca;

	j->until = deadline_after(ms);
	j->refs = 2;
	j->fn = fn;
	j->drop = drop;
	j->arg = arg;
	pthread_mutex_init(&j->mu, NULL);
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&j->cv, &ca);
	pthread_condattr_destroy(&ca);
	if (start(j) != 0) {
		/* No thread to spare: do the work here, unbounded. */
		fn(arg);
		j->done = 1;
		j->refs = 1;
	}
	return j;
}

/* Wait for the work until its deadline; frees the handle. */
static int
budget_wait(struct budget *j)
{
	int r = 0, done, last;

	pthread_mutex_lock(&j->mu);
	while (!j->done && r == 0)
		r = pthread_cond_timedwait(&j->cv, &j->mu, &j->until);
	done = j->done;
	if (!done) {
		j->abandoned = 1;
#ifdef __SANITIZE_ADDRESS__
		abandoned_any = 1;
#endif
	}
	last = job_unref(j);
	pthread_mutex_unlock(&j->mu);
	if (last)
		job_free(j);
	return done ? 0 : -1;
}

int
budget_run(void (*fn)(void *), void *arg, void (*drop)(void *), unsigned ms)
{
	return budget_wait(budget_start(fn, arg, drop, ms));
}
