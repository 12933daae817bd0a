/*
 * budget: one detached-on-timeout helper thread per call. The job is
 * shared by the two threads until one of them knows it is the last: the
 * caller when the work ended in time (it joins the thread), the helper
 * when the caller gave up (it drops the results and frees the job).
 */
#include "budget.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <time.h>

#include "util.h"

struct budget_job {
	pthread_mutex_t	  mu;
	pthread_cond_t	  cv;
	int		  done;		/* fn has returned */
	int		  abandoned;	/* the caller stopped waiting */
	void		(*fn)(void *);
	void		(*drop)(void *);
	void		 *arg;
};

static void
job_free(struct budget_job *j)
{
	pthread_cond_destroy(&j->cv);
	pthread_mutex_destroy(&j->mu);
	free(j);
}

static void *
budget_main(void *p)
{
	struct budget_job	*j = p;
	int			 abandoned;

	j->fn(j->arg);
	pthread_mutex_lock(&j->mu);
	j->done = 1;
	abandoned = j->abandoned;
	pthread_cond_signal(&j->cv);
	pthread_mutex_unlock(&j->mu);
	if (abandoned) {
		j->drop(j->arg);
		job_free(j);
	}
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

int
budget_run(void (*fn)(void *), void *arg, void (*drop)(void *), unsigned ms)
{
	struct budget_job	*j = xcalloc(1, sizeof *j);
	struct timespec		 until;
	pthread_condattr_t	 ca;
	pthread_t		 t;
	sigset_t		 all, old;
	int			 r = 0, done;

	j->fn = fn;
	j->drop = drop;
	j->arg = arg;
	pthread_mutex_init(&j->mu, NULL);
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&j->cv, &ca);
	pthread_condattr_destroy(&ca);
	/* Signals stay with the main thread, whose loop handles them. */
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	if (pthread_create(&t, NULL, budget_main, j) != 0) {
		/* No thread to spare: do the work here, unbounded. */
		pthread_sigmask(SIG_SETMASK, &old, NULL);
		fn(arg);
		job_free(j);
		return 0;
	}
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	until = deadline_after(ms);
	pthread_mutex_lock(&j->mu);
	while (!j->done && r == 0)
		r = pthread_cond_timedwait(&j->cv, &j->mu, &until);
	done = j->done;
	if (!done)
		j->abandoned = 1;
	pthread_mutex_unlock(&j->mu);
	if (!done) {
		pthread_detach(t);
		return -1;
	}
	pthread_join(t, NULL);
	job_free(j);
	return 0;
}
