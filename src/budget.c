/*
 * budget: the caller and a detached watchdog thread share the budget;
 * whichever of them settles it first (the caller: done; the watchdog: the
 * deadline passed) decides, and the last one to let go frees it.
 */
#include "budget.h"

#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <time.h>

#include "util.h"

/* The watchdog only waits: a small stack, cheap to map. */
#define BUDGET_STACK	(256 * 1024)

enum { B_RUNNING, B_DONE, B_RESCUE };

struct budget {
	pthread_mutex_t	  mu;
	pthread_cond_t	  cv;
	struct timespec	  until;	/* the deadline (CLOCK_MONOTONIC) */
	int		  state;
	int		  refs;		/* threads still using it */
	sigset_t	  mask;		/* the caller's signal mask */
	void		(*rescue)(void *);
	void		 *arg;
};

#ifdef __SANITIZE_ADDRESS__
/*
 * LeakSanitizer stops every thread for its scan at exit, and a caller
 * stuck in the kernel never stops: after a rescue, skip the scan rather
 * than hang the program's end.
 */
static int rescued;

int	 __lsan_is_turned_off(void);

int
__lsan_is_turned_off(void)
{
	return rescued;
}
#endif

static void
budget_free(struct budget *b)
{
	pthread_cond_destroy(&b->cv);
	pthread_mutex_destroy(&b->mu);
	free(b);
}

static void *
watchdog(void *p)
{
	struct budget	*b = p;
	int		 r = 0, rescue, last;

	pthread_mutex_lock(&b->mu);
	while (b->state == B_RUNNING && r == 0)
		r = pthread_cond_timedwait(&b->cv, &b->mu, &b->until);
	if ((rescue = b->state == B_RUNNING))
		b->state = B_RESCUE;
	last = --b->refs == 0;
	pthread_mutex_unlock(&b->mu);
	if (rescue) {
#ifdef __SANITIZE_ADDRESS__
		rescued = 1;
#endif
		pthread_sigmask(SIG_SETMASK, &b->mask, NULL);
		b->rescue(b->arg);
		exit(EXIT_FAILURE);	/* rescue does not return */
	}
	if (last)
		budget_free(b);
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

struct budget *
budget_begin(void (*rescue)(void *), void *arg, unsigned ms)
{
	struct budget		*b = xcalloc(1, sizeof *b);
	pthread_condattr_t	 ca;
	pthread_attr_t		 attr;
	pthread_t		 t;
	sigset_t		 all;

	b->until = deadline_after(ms);
	b->state = B_RUNNING;
	b->refs = 2;
	b->rescue = rescue;
	b->arg = arg;
	pthread_mutex_init(&b->mu, NULL);
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&b->cv, &ca);
	pthread_condattr_destroy(&ca);
	/* Both threads start with every signal blocked. */
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &b->mask);
	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	pthread_attr_setstacksize(&attr, BUDGET_STACK);
	if (pthread_create(&t, &attr, watchdog, b) != 0)
		b->refs = 1;	/* no watchdog: the work is just done */
	pthread_attr_destroy(&attr);
	return b;
}

void
budget_end(struct budget *b)
{
	sigset_t	mask;
	int		rescue, last;

	pthread_mutex_lock(&b->mu);
	if (!(rescue = b->state == B_RESCUE))
		b->state = B_DONE;
	pthread_cond_signal(&b->cv);
	/* Once unlocked, b may be the watchdog's to free. */
	mask = b->mask;
	last = --b->refs == 0;
	pthread_mutex_unlock(&b->mu);
	/* After a rescue the watchdog runs the program: leave it be. */
	if (rescue)
		pthread_exit(NULL);
	pthread_sigmask(SIG_SETMASK, &mask, NULL);
	if (last)
		budget_free(b);
}
