/*
 * files_library: finds routines and themes by name along the data search path
 * (user's first, so a user's file overrides a shipped one of the same
 * name) and lists them. Names are names, never paths.
 */
#ifndef UNCLENCH_LIBRARY_H
#define UNCLENCH_LIBRARY_H

#include <stddef.h>
#include <stdint.h>

#include "diag.h"
#include "routine.h"
#include "theme.h"

struct library_entry {
	char			*name;
	char			*path;
	char			*title;
	enum routine_kind	 kind;
	char			*part;		/* may be NULL */
	int64_t			 duration_ms;
	size_t			 nsteps;
};

struct library {
	struct library_entry	*entries;	/* sorted by kind, then name */
	size_t			 n;
};

/*
 * Load every routine on the search path (kind < 0: all kinds). Broken
 * files, and files whose names break the naming rule, are skipped with
 * their errors in d. Returns how many files were skipped.
 */
size_t		 library_scan(struct library *, int kind, struct diag *d);
void		 library_free(struct library *);

/*
 * Find routine NAME. Returns its path (allocated), or NULL with an error in
 * d naming the close matches.
 */
char		*library_find(const char *sub, const char *name,
		     struct diag *d);
/* Find and load routine NAME; NULL with errors in d. */
struct routine	*library_load_routine(const char *name, struct diag *d);
/*
 * Load a routine a scan listed (the very file it found, so a view lists
 * and plays without parsing files itself); NULL with errors in d.
 */
struct routine	*library_load_entry(const struct library_entry *,
		     struct diag *d);
/* Find and load theme NAME into t; -1 with errors in d. */
int		 library_load_theme(const char *name, struct theme *t,
		     struct diag *d);

#endif
