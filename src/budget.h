/*
 * budget: run a piece of work on a helper thread and wait for it a bounded
 * time. For what reads the user's files before relief's first frame: a
 * file on a stalled filesystem must not hold the screen back.
 */
#ifndef UNCLENCH_BUDGET_H
#define UNCLENCH_BUDGET_H

/*
 * Run fn(arg) and wait at most ms milliseconds for it. Returns 0 when it
 * returned in time: arg holds its results. Returns -1 when it did not:
 * arg is no longer the caller's, and drop(arg) is called on the helper
 * thread once fn returns (if ever; the process may end first). The helper
 * thread takes no signals. If no thread can be had, fn runs here.
 */
int	 budget_run(void (*fn)(void *), void *arg, void (*drop)(void *),
	     unsigned ms);

#endif
