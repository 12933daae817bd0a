/*
 * files_parts: the body parts of relief mode, the words people use for them
 * ("charley-horse", "ham", "thigh") and where each part's relief routine
 * comes from (a user's override file, else the one compiled in).
 */
#ifndef UNCLENCH_PARTS_H
#define UNCLENCH_PARTS_H

#include "routine.h"

/* The canonical part for a word or alias ("c" -> "calf"), or NULL. */
const char	*parts_resolve(const char *word);

/*
 * The part for words as people type them, unquoted: "charley horse",
 * "foot cramp", "my left calf". The words joined first ("back of thigh"),
 * then without filler words ("cramp", "my", "left"), then the one part
 * any single word names. NULL if none, or words name two parts.
 */
const char	*parts_resolve_words(int n, char *const *words);

/* The closest known word to an unknown one, or NULL. */
const char	*parts_suggest(const char *word);

/* Is the part a leg part (the blood-clot check applies)? */
int		 parts_is_leg(const char *part);

/* The picker key of a part ('c', 'f', 'h', 't', 'b', 'n', 'w'). */
int		 parts_key(const char *part);

/* A part's name for people ("Calf", "Hand and wrist"). */
const char	*parts_label(const char *part);

/*
 * The relief routine for a canonical part: the user's own
 * $XDG_DATA_HOME/unclench/routines/relief-PART.ini if it exists (one
 * access(), no directory scan), else the compiled-in one. A user file
 * that fails to load is skipped with *warn set (allocated). *owned is the
 * routine to free (NULL for the built-in). NULL if there is none at all.
 */
/*
 * Read the user's relief file for part now (it may block: relief does it
 * within its time budget), for the next parts_relief_routine(part).
 */
void		 parts_prefetch(const char *part);
/* From now on the built-in steps only, unannounced (the files stalled). */
void		 parts_builtin_only(void);
const struct routine *parts_relief_routine(const char *part,
		     struct routine **owned, char **warn);

#endif
