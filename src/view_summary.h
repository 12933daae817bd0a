/*
 * view_summary: the end of a routine (time spent, steps done, whether it
 * was saved), and the one place where a finished or stopped run is handed
 * to the history store.
 */
#ifndef UNCLENCH_VIEW_SUMMARY_H
#define UNCLENCH_VIEW_SUMMARY_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "view.h"
#include "routine.h"

struct summary_info {
	char		 title[64];
	int64_t		 elapsed_ms;	/* active: no pauses */
	int		 steps_done, steps_total;	/* the rest skipped */
	int		 completed;	/* recorded so: counts for streaks */
	int		 stopped;	/* quit part-way */
	char		 saved[256];	/* the record's fate */
};

/* Show the summary in place of the top view; any key goes back. */
void	 view_summary_open(struct app *, const struct summary_info *);

/*
 * Record a session of r; 0 if saved, -1 if not. msg gets a line for the
 * user either way ("Saved to your history." / "Not saved: ...").
 */
int	 view_summary_record_session(struct app *, const struct routine *r,
	     time_t start, int completed, int steps_done, int steps_total,
	     char *msg, size_t len);

/* Record a relief episode (severity 0: not given); as above. */
int	 view_summary_record_cramp(struct app *, const char *part, time_t start,
	     int duration_s, int severity, const char *note, char *msg,
	     size_t len);

#endif
