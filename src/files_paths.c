/*
 * files_paths: XDG base directories with their documented fallbacks, and the
 * search path for routines and themes. Relative XDG values are ignored, as
 * the specification says.
 */
#include "files_paths.h"

#include <errno.h>
#include <limits.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

static const char *
home_dir(void)
{
	const char	*h = getenv("HOME");
	struct passwd	*pw;

	if (h != NULL && *h == '/')
		return h;
	if ((pw = getpwuid(getuid())) != NULL && pw->pw_dir != NULL)
		return pw->pw_dir;
	return "/";
}

static char *
xdg_dir(const char *var, const char *fallback)
{
	const char *v = getenv(var);

	if (v != NULL && *v == '/')
		return xasprintf("%s/unclench", v);
	return xasprintf("%s/%s/unclench", home_dir(), fallback);
}

char *
paths_user_config(void)
{
	char *dir = xdg_dir("XDG_CONFIG_HOME", ".config"), *p;

	p = xasprintf("%s/config.ini", dir);
	free(dir);
	return p;
}

char *
paths_user_data(void)
{
	return xdg_dir("XDG_DATA_HOME", ".local/share");
}

char *
paths_state_dir(void)
{
	return xdg_dir("XDG_STATE_HOME", ".local/state");
}

char *
paths_runtime_dir(void)
{
	const char *v = getenv("XDG_RUNTIME_DIR");

	if (v != NULL && *v == '/')
		return xasprintf("%s/unclench", v);
	return xasprintf("/tmp/unclench-%u", (unsigned)getuid());
}

/* Does the running binary live inside the source tree it was built from? */
static int
running_from_source(void)
{
	char	exe[PATH_MAX], src[PATH_MAX];
	ssize_t	n;
	size_t	len;

	if ((n = readlink("/proc/self/exe", exe, sizeof exe - 1)) <= 0)
		return 0;
	exe[n] = '\0';
	if (realpath(UNCLENCH_SRCDIR, src) == NULL)
		return 0;
	len = strlen(src);
	return strncmp(exe, src, len) == 0 && exe[len] == '/';
}

size_t
paths_data_dirs(const char *sub, char ***out)
{
	char	**list = xcalloc(3, sizeof *list);
	char	 *user = paths_user_data();
	size_t	  n = 0;

	list[n++] = xasprintf("%s/%s", user, sub);
	free(user);
	list[n++] = xasprintf("%s/%s", UNCLENCH_DATADIR, sub);
	if (running_from_source())
		list[n++] = xasprintf("%s/%s", UNCLENCH_SRCDIR, sub);
	*out = list;
	return n;
}

const char *
paths_locale_dir(void)
{
	const char *env = getenv("UNCLENCH_LOCALEDIR");

	if (env != NULL && env[0] == '/')
		return env;
	return running_from_source() ? UNCLENCH_BUILD_LOCALEDIR :
	    UNCLENCH_LOCALEDIR;
}

void
paths_free_list(char **list, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(list[i]);
	free(list);
}

int
paths_mkdir_p(const char *dir)
{
	char	*p = xstrdup(dir), *s;
	int	 r = 0;

	for (s = p + 1; *s != '\0'; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		if (mkdir(p, 0700) == -1 && errno != EEXIST) {
			r = -1;
			break;
		}
		*s = '/';
	}
	if (r == 0 && mkdir(p, 0700) == -1 && errno != EEXIST)
		r = -1;
	free(p);
	return r;
}
