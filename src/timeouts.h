/*
 * timeouts: the waits that must stay in order, each derived from the one
 * below it, so changing one cannot invert them. Base layer: constants.
 *
 *   WAL retry  <=  SQLite busy timeout  <  the daemon's history child
 *
 * Switching a new file to WAL can say "busy" without SQLite's busy
 * handler, so history.c retries for as long as the busy handler would
 * wait. The daemon reads the history in a child and kills it when it
 * does not answer: it must wait longer than the busy timeout, or a lock
 * held a little while is reported as a hung reader instead of SQLite's
 * own "the history is busy".
 */
#ifndef UNCLENCH_TIMEOUTS_H
#define UNCLENCH_TIMEOUTS_H

/* SQLite waits this long for another process's lock. */
#define HISTORY_BUSY_MS		5000
/* The WAL switch retries every step, as many times as fit the above. */
#define HISTORY_WAL_STEP_MS	2
#define HISTORY_WAL_TRIES	(HISTORY_BUSY_MS / HISTORY_WAL_STEP_MS)
/* The daemon's history child: the busy timeout and a second to answer. */
#define DAEMON_HISTORY_MS	(HISTORY_BUSY_MS + 1000)

#endif
