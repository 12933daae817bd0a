/*
 * budget: a time budget for work that may block for ever in the kernel (a
 * file on a stalled filesystem) and must not hold relief's first frame.
 * The caller does the work itself, on its own thread: no hand-over, which
 * on a busy machine cost a scheduler time slice. A watchdog thread waits
 * beside it, and if the work is not over by the deadline it takes over the
 * rest of the program by calling rescue(arg), which ends the process
 * (exit) and never returns. The caller, if it ever comes back, then ends
 * its own thread quietly.
 */
#ifndef UNCLENCH_BUDGET_H
#define UNCLENCH_BUDGET_H

struct budget;

/*
 * Start the clock: ms milliseconds for the work that follows. Every
 * signal of the caller is blocked until budget_end (they go to the
 * watchdog if it takes over, with the caller's mask as it was).
 */
struct budget	*budget_begin(void (*rescue)(void *), void *arg,
		     unsigned ms);
/*
 * The work is over: back to the caller's signal mask. Does not return if
 * the watchdog took over meanwhile.
 */
void		 budget_end(struct budget *);

#endif
