/*
 * files_library: the routine and theme collections on disk. A name is checked
 * with name_is_safe() before it touches a path, so "../x" or "/etc/x"
 * never leaves the data directories.
 */
#include "files_library.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "files_paths.h"
#include "i18n.h"
#include "routine_ini.h"
#include "util.h"

static int
entry_cmp(const void *a, const void *b)
{
	const struct library_entry *x = a, *y = b;

	if (x->kind != y->kind)
		return (int)x->kind - (int)y->kind;
	return strcmp(x->name, y->name);
}

static int
have_name(const struct library *lib, const char *name)
{
	size_t i;

	for (i = 0; i < lib->n; i++)
		if (strcmp(lib->entries[i].name, name) == 0)
			return 1;
	return 0;
}

/*
 * Names of the *.ini files in dir whose base names are safe. With d, a
 * file whose name is not (Evening.ini) is reported, not passed over in
 * silence, and counted in *bad.
 */
static size_t
list_ini(const char *dir, char ***out, struct diag *d, size_t *bad)
{
	DIR		*dp;
	struct dirent	*de;
	char		**names = NULL;
	size_t		  n = 0;

	*out = NULL;
	if ((dp = opendir(dir)) == NULL)
		return 0;
	while ((de = readdir(dp)) != NULL) {
		size_t	 len = strlen(de->d_name);
		char	*name;

		if (len <= 4 || strcmp(de->d_name + len - 4, ".ini") != 0)
			continue;
		name = xstrndup(de->d_name, len - 4);
		if (!name_is_safe(name)) {
			if (d != NULL) {
				struct routine	*r;
				char		*path;

				/* The loader says what is wrong with it. */
				path = xasprintf("%s/%s", dir, de->d_name);
				if ((r = routine_load(path, d)) != NULL)
					routine_free(r);
				free(path);
				(*bad)++;
			}
			free(name);
			continue;
		}
		names = xreallocarray(names, n + 1, sizeof *names);
		names[n++] = name;
	}
	closedir(dp);
	*out = names;
	return n;
}

size_t
library_scan(struct library *lib, int kind, struct diag *d)
{
	char	**dirs, **names;
	size_t	  ndirs, nnames, i, j, bad = 0;

	memset(lib, 0, sizeof *lib);
	ndirs = paths_data_dirs("routines", &dirs);
	for (i = 0; i < ndirs; i++) {
		nnames = list_ini(dirs[i], &names, d, &bad);
		for (j = 0; j < nnames; j++) {
			struct library_entry	*e;
			struct routine		*r;
			char			*path;

			if (have_name(lib, names[j])) {
				free(names[j]);
				continue;
			}
			path = xasprintf("%s/%s.ini", dirs[i], names[j]);
			if ((r = routine_load(path, d)) == NULL) {
				free(path);
				free(names[j]);
				bad++;
				continue;
			}
			if (kind >= 0 && (int)r->kind != kind) {
				routine_free(r);
				free(path);
				free(names[j]);
				continue;
			}
			lib->entries = xreallocarray(lib->entries, lib->n + 1,
			    sizeof *lib->entries);
			e = &lib->entries[lib->n++];
			e->name = names[j];
			e->path = path;
			e->title = xstrdup(r->title);
			e->kind = r->kind;
			e->part = r->part ? xstrdup(r->part) : NULL;
			e->duration_ms = routine_duration_ms(r);
			e->nsteps = r->nsteps;
			routine_free(r);
		}
		free(names);
	}
	paths_free_list(dirs, ndirs);
	if (lib->n > 1)
		qsort(lib->entries, lib->n, sizeof *lib->entries, entry_cmp);
	return bad;
}

void
library_free(struct library *lib)
{
	size_t i;

	for (i = 0; i < lib->n; i++) {
		free(lib->entries[i].name);
		free(lib->entries[i].path);
		free(lib->entries[i].title);
		free(lib->entries[i].part);
	}
	free(lib->entries);
	memset(lib, 0, sizeof *lib);
}

char *
library_find(const char *sub, const char *name, struct diag *d)
{
	char		**dirs, **names, *path = NULL, hints[512] = "";
	size_t		  ndirs, nnames, i, j, nhints = 0;
	int		  theme = strcmp(sub, "themes") == 0;

	if (!name_is_safe(name)) {
		diag_add(d, DIAG_ERROR, theme ? _("%s: not a theme name "
		    "(expected lower case letters, digits and '-'; a name, not "
		    "a path)") : _("%s: not a routine name (expected lower "
		    "case letters, digits and '-'; a name, not a path)"), name);
		return NULL;
	}
	ndirs = paths_data_dirs(sub, &dirs);
	for (i = 0; i < ndirs && path == NULL; i++) {
		char *p = xasprintf("%s/%s.ini", dirs[i], name);

		if (access(p, F_OK) == 0)
			path = p;
		else if (errno != ENOENT) {
			/* There, but unusable (a symlink loop, no access). */
			diag_add(d, DIAG_ERROR, theme ?
			    _("%s: cannot open the theme %s: %s") :
			    _("%s: cannot open the routine %s: %s"), p, name,
			    strerror(errno));
			free(p);
			paths_free_list(dirs, ndirs);
			return NULL;
		} else
			free(p);
	}
	if (path != NULL) {
		paths_free_list(dirs, ndirs);
		return path;
	}
	/* Not found: name the close matches (distance, or a shared prefix). */
	for (i = 0; i < ndirs; i++) {
		nnames = list_ini(dirs[i], &names, NULL, NULL);
		for (j = 0; j < nnames; j++) {
			size_t plen = strlen(name) < 4 ? strlen(name) : 4;

			if ((edit_distance(name, names[j]) <= 3 ||
			    strstr(names[j], name) != NULL ||
			    strncmp(names[j], name, plen) == 0) &&
			    strstr(hints, names[j]) == NULL && nhints < 6) {
				if (nhints++ > 0)
					strncat(hints, ", ", sizeof hints -
					    strlen(hints) - 1);
				strncat(hints, names[j], sizeof hints -
				    strlen(hints) - 1);
			}
			free(names[j]);
		}
		free(names);
	}
	paths_free_list(dirs, ndirs);
	if (nhints > 0)
		diag_add(d, DIAG_ERROR, theme ?
		    _("%s: no such theme (did you mean: %s?)") :
		    _("%s: no such routine (did you mean: %s?)"), name, hints);
	else
		diag_add(d, DIAG_ERROR, theme ?
		    _("%s: no such theme (see `unclench list`)") :
		    _("%s: no such routine (see `unclench list`)"), name);
	return NULL;
}

struct routine *
library_load_routine(const char *name, struct diag *d)
{
	struct routine	*r;
	char		*path;

	if ((path = library_find("routines", name, d)) == NULL)
		return NULL;
	r = routine_load(path, d);
	free(path);
	return r;
}

struct routine *
library_load_entry(const struct library_entry *e, struct diag *d)
{
	return routine_load(e->path, d);
}

int
library_load_theme(const char *name, struct theme *t, struct diag *d)
{
	char	*path;
	int	 r;

	if ((path = library_find("themes", name, d)) == NULL)
		return -1;
	r = theme_load(path, t, d);
	free(path);
	return r;
}
