/*
 * relief_text: the relief steps for a part as plain text, for a terminal
 * the coach cannot draw on (TERM=dumb, no TERM, not a terminal), until a
 * line mode exists. Nothing is recorded.
 */
#ifndef UNCLENCH_RELIEF_TEXT_H
#define UNCLENCH_RELIEF_TEXT_H

#include <stdio.h>

/*
 * Print the steps for part (NULL: calf, the commonest), with why the
 * screen is not used (why) and, if the words given were not understood,
 * those words (said, "" if none). Returns the exit code.
 */
int	 relief_text(FILE *, const char *part, const char *said,
	     const char *why);

#endif
