/*
 * parts: one table of aliases for the relief parts, in picker order (calf
 * first, the most common cramp). Every alias maps to one of
 * relief_parts[]; lookups are exact and lower case after folding.
 */
#include "parts.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "budget.h"
#include "builtin.h"
#include "diag.h"
#include "paths.h"
#include "routine_ini.h"
#include "util.h"

struct alias {
	const char	*word;
	const char	*part;
};

static const struct alias aliases[] = {
	{ "calf", "calf" }, { "c", "calf" }, { "calves", "calf" },
	{ "charley-horse", "calf" }, { "charley", "calf" },
	{ "charleyhorse", "calf" }, { "leg-cramp", "calf" },
	{ "leg", "calf" }, { "shin", "calf" },
	{ "foot", "foot" }, { "f", "foot" }, { "feet", "foot" },
	{ "toes", "foot" }, { "toe", "foot" }, { "arch", "foot" },
	{ "sole", "foot" },
	{ "hamstring", "hamstring" }, { "ham", "hamstring" },
	{ "h", "hamstring" }, { "hamstrings", "hamstring" },
	{ "back-of-thigh", "hamstring" },
	{ "quad", "quad" }, { "q", "quad" }, { "thigh", "quad" },
	{ "quads", "quad" }, { "quadriceps", "quad" },
	{ "front-thigh", "quad" },
	{ "back", "back" }, { "b", "back" }, { "lower-back", "back" },
	{ "lowerback", "back" }, { "spine", "back" },
	{ "neck", "neck" }, { "n", "neck" }, { "shoulder", "neck" },
	{ "shoulders", "neck" }, { "trapezius", "neck" },
	{ "hand", "hand" }, { "w", "hand" }, { "wrist", "hand" },
	{ "forearm", "hand" }, { "fingers", "hand" }, { "finger", "hand" },
	{ "hands", "hand" }, { "writers-cramp", "hand" },
};

static const struct {
	const char	*part;
	int		 key;
	const char	*label;
	int		 leg;
} info[] = {
	{ "calf", 'c', "Calf (charley horse)", 1 },
	{ "foot", 'f', "Foot and toes", 1 },
	{ "hamstring", 'h', "Hamstring (back of thigh)", 1 },
	{ "quad", 'q', "Quad (front of thigh)", 1 },
	{ "back", 'b', "Lower back", 0 },
	{ "neck", 'n', "Neck and shoulder", 0 },
	{ "hand", 'w', "Hand and wrist", 0 },
};

const char *
parts_resolve(const char *word)
{
	char	buf[32];
	size_t	i;

	for (i = 0; word[i] != '\0' && i < sizeof buf - 1; i++)
		buf[i] = word[i] == '_' || word[i] == ' ' ? '-' :
		    (char)tolower((unsigned char)word[i]);
	if (word[i] != '\0')
		return NULL;
	buf[i] = '\0';
	for (i = 0; i < nitems(aliases); i++)
		if (strcmp(aliases[i].word, buf) == 0)
			return aliases[i].part;
	return NULL;
}

const char *
parts_suggest(const char *word)
{
	const char	*words[nitems(aliases)];
	size_t		 i, n = 0;

	/* One-letter aliases would match anything short; leave them out. */
	for (i = 0; i < nitems(aliases); i++)
		if (strlen(aliases[i].word) > 1)
			words[n++] = aliases[i].word;
	return closest_word(word, words, n);
}

static int
find(const char *part)
{
	size_t i;

	for (i = 0; i < nitems(info); i++)
		if (strcmp(info[i].part, part) == 0)
			return (int)i;
	return -1;
}

int
parts_is_leg(const char *part)
{
	int i = part != NULL ? find(part) : -1;

	return i >= 0 && info[i].leg;
}

int
parts_key(const char *part)
{
	int i = find(part);

	return i >= 0 ? info[i].key : '?';
}

const char *
parts_label(const char *part)
{
	int i = find(part);

	return i >= 0 ? info[i].label : part;
}

/*
 * The user's own relief file, looked up and read on a time budget: the
 * relief's first frame must not wait on a stalled filesystem.
 */
#define PARTS_USER_BUDGET_MS	250

struct lookup {
	char		*path;
	int		 found;
	struct routine	*r;
	struct diag	 d;
};

static void
lookup_run(void *p)
{
	struct lookup *q = p;

	if ((q->found = access(q->path, F_OK) == 0))
		q->r = routine_load(q->path, &q->d);
}

static void
lookup_drop(void *p)
{
	struct lookup *q = p;

	routine_free(q->r);
	diag_clear(&q->d);
	free(q->path);
	free(q);
}

const struct routine *
parts_relief_routine(const char *part, struct routine **owned, char **warn)
{
	struct lookup	*q = xcalloc(1, sizeof *q);
	struct diag	 d = { 0 };
	char		*dir, *path;

	*owned = NULL;
	*warn = NULL;
	dir = paths_user_data();
	path = xasprintf("%s/routines/relief-%s.ini", dir, part);
	free(dir);
	q->path = xstrdup(path);
	if (budget_run(lookup_run, q, lookup_drop, PARTS_USER_BUDGET_MS) !=
	    0) {
		*warn = xasprintf("Using the built-in steps: relief-%s.ini was "
		    "not read within 0.25 s (a stalled filesystem?)", part);
		free(path);
		return builtin_relief(part);
	}
	*owned = q->r;
	diag_move(&d, &q->d);
	if (q->found) {
		if (*owned != NULL && (*owned)->kind != KIND_RELIEF) {
			routine_free(*owned);
			*owned = NULL;
			diag_add(&d, DIAG_ERROR, "%s: not a relief routine",
			    path);
		}
		if (*owned == NULL) {
			const char *why = d.n > 0 ? d.msgs[0].text : "";

			/* Name the file, not its whole path: one line. */
			if (strncmp(why, path, strlen(path)) == 0)
				why += strlen(path);
			*warn = xasprintf("Using the built-in steps: "
			    "relief-%s.ini%s", part, why);
		}
	}
	diag_clear(&d);
	free(q->path);
	free(q);
	free(path);
	if (*owned != NULL)
		return *owned;
	return builtin_relief(part);
}
