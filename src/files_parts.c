/*
 * files_parts: one table of aliases for the relief parts, in picker order (calf
 * first, the most common cramp). Every alias maps to one of
 * relief_parts[]; lookups are exact and lower case after folding. Not
 * here on purpose: "shin" (a shin cramp is eased by pointing the foot,
 * the opposite of the calf stretch) and "writers-cramp" (a focal
 * dystonia, not a muscle cramp the hand stretch eases).
 */
#include "files_parts.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "files_builtin.h"
#include "diag.h"
#include "files_paths.h"
#include "i18n.h"
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
	{ "leg", "calf" },
	{ "foot", "foot" }, { "f", "foot" }, { "feet", "foot" },
	{ "toes", "foot" }, { "toe", "foot" }, { "arch", "foot" },
	{ "sole", "foot" },
	{ "hamstring", "hamstring" }, { "ham", "hamstring" },
	{ "h", "hamstring" }, { "hamstrings", "hamstring" },
	{ "back-of-thigh", "hamstring" },
	{ "quad", "quad" }, { "t", "quad" }, { "thigh", "quad" },
	{ "quads", "quad" }, { "quadriceps", "quad" },
	{ "front-thigh", "quad" },
	{ "back", "back" }, { "b", "back" }, { "lower-back", "back" },
	{ "lowerback", "back" }, { "spine", "back" },
	{ "neck", "neck" }, { "n", "neck" }, { "shoulder", "neck" },
	{ "shoulders", "neck" }, { "trapezius", "neck" },
	{ "hand", "hand" }, { "w", "hand" }, { "wrist", "hand" },
	{ "forearm", "hand" }, { "fingers", "hand" }, { "finger", "hand" },
	{ "hands", "hand" },
};

static const struct {
	const char	*part;
	int		 key;
	const char	*label;	/* its key in routines/safety/safety.ini */
	int		 leg;
} info[] = {
	{ "calf", 'c', "parts.calf", 1 },
	{ "foot", 'f', "parts.foot", 1 },
	{ "hamstring", 'h', "parts.hamstring", 1 },
	/* t for thigh: q is quit everywhere. */
	{ "quad", 't', "parts.quad", 1 },
	{ "back", 'b', "parts.back", 0 },
	{ "neck", 'n', "parts.neck", 0 },
	{ "hand", 'w', "parts.hand", 0 },
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

/* Words that say how, not where: "foot cramp", "my left calf". */
static int
filler(const char *w)
{
	static const char *const words[] = { "a", "an", "the", "my", "in",
	    "of", "left", "right", "cramp", "cramps", "cramping", "spasm",
	    "spasms", "pain", "muscle", "sore", "bad", "knot" };
	size_t i;

	for (i = 0; i < nitems(words); i++)
		if (strcasecmp(w, words[i]) == 0)
			return 1;
	return 0;
}

/* Append word to buf (len bytes) after a '-'; -1 if it does not fit. */
static int
join(char *buf, size_t len, const char *word)
{
	size_t o = strlen(buf);
	int n;

	n = snprintf(buf + o, len - o, "%s%s", o > 0 ? "-" : "", word);
	return n < 0 || (size_t)n >= len - o ? -1 : 0;
}

const char *
parts_resolve_words(int n, char *const *words)
{
	char		 all[64] = "", kept[64] = "", *cp, *w, *save;
	const char	*p, *one = NULL;
	int		 i;

	for (i = 0; i < n; i++)
		if (join(all, sizeof all, words[i]) != 0)
			return NULL;
	/* "foot cramp" quoted is one argument: split it the same. */
	for (cp = all; *cp != '\0'; cp++)
		if (*cp == ' ' || *cp == '\t' || *cp == '_')
			*cp = '-';
	if ((p = parts_resolve(all)) != NULL)
		return p;
	for (w = strtok_r(all, "-", &save); w != NULL;
	    w = strtok_r(NULL, "-", &save)) {
		if (filler(w))
			continue;
		if (join(kept, sizeof kept, w) != 0)
			return NULL;
		if ((p = parts_resolve(w)) == NULL)
			continue;
		if (one != NULL && strcmp(one, p) != 0)
			return NULL;	/* "calf foot": which? */
		one = p;
	}
	if (kept[0] != '\0' && (p = parts_resolve(kept)) != NULL)
		return p;
	/* "calf hurts": the one part named. */
	return one;
}

const char *
parts_suggest(const char *word)
{
	const char	*words[nitems(aliases)], *hint;
	size_t		 i, n = 0;

	/* One-letter aliases would match anything short; leave them out. */
	for (i = 0; i < nitems(aliases); i++)
		if (strlen(aliases[i].word) > 1)
			words[n++] = aliases[i].word;
	hint = closest_word(word, words, n);
	/*
	 * The guess is marked in the picker, where Enter takes it: for a
	 * short word two edits are another word ("shin" is not "spine").
	 */
	if (hint != NULL && strlen(word) <= 4 && edit_distance(word, hint) > 1)
		return NULL;
	return hint;
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

	return i >= 0 ? safety_text(info[i].label) : part;
}

/*
 * What relief's start-up read of the user's file found (parts_prefetch),
 * or that the files are not to be touched (parts_builtin_only): relief
 * reads them within a time budget, see budget.h.
 */
static struct {
	char		 part[32];
	int		 have;		/* a prefetch for part */
	int		 found;		/* the file exists */
	struct routine	*r;
	struct diag	 d;
} pre;
static int builtin_only;

void
parts_prefetch(const char *part)
{
	char *dir = paths_user_data(), *path;

	path = xasprintf("%s/routines/relief-%s.ini", dir, part);
	free(dir);
	if ((pre.found = access(path, F_OK) == 0))
		pre.r = routine_load(path, &pre.d);
	free(path);
	strlcpy_safe(pre.part, part, sizeof pre.part);
	pre.have = 1;
}

void
parts_builtin_only(void)
{
	builtin_only = 1;
}

const struct routine *
parts_relief_routine(const char *part, struct routine **owned, char **warn)
{
	struct diag	 d = { 0 };
	char		*dir, *path;
	int		 found;

	*owned = NULL;
	*warn = NULL;
	if (builtin_only)
		return builtin_relief(part);
	dir = paths_user_data();
	path = xasprintf("%s/routines/relief-%s.ini", dir, part);
	free(dir);
	if (pre.have && strcmp(pre.part, part) == 0) {
		found = pre.found;
		*owned = pre.r;
		diag_move(&d, &pre.d);
		pre.have = 0;
		pre.r = NULL;
	} else {
		routine_free(pre.r);
		diag_clear(&pre.d);
		memset(&pre, 0, sizeof pre);
		if ((found = access(path, F_OK) == 0))
			*owned = routine_load(path, &d);
	}
	if (found) {
		if (*owned != NULL && (*owned)->kind != KIND_RELIEF) {
			routine_free(*owned);
			*owned = NULL;
			diag_add(&d, DIAG_ERROR, _("%s: not a relief routine"),
			    path);
		}
		if (*owned == NULL) {
			const char *why = d.n > 0 ? d.msgs[0].text : "";

			/* Name the file, not its whole path: one line. */
			if (strncmp(why, path, strlen(path)) == 0)
				why += strlen(path);
			*warn = xasprintf(_("Using the built-in steps: "
			    "relief-%s.ini%s"), part, why);
		}
		diag_clear(&d);
	}
	free(path);
	if (*owned != NULL)
		return *owned;
	return builtin_relief(part);
}
