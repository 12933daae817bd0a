/*
 * files_paths: where unclench's files live (XDG base directories), and the data
 * search path: the user's directory, the installed one, and the source tree
 * when the binary runs from it.
 */
#ifndef UNCLENCH_PATHS_H
#define UNCLENCH_PATHS_H

#include <stddef.h>

/* $XDG_CONFIG_HOME/unclench/config.ini (allocated). */
char	*paths_user_config(void);
/* $XDG_DATA_HOME/unclench (allocated). */
char	*paths_user_data(void);
/* $XDG_STATE_HOME/unclench (allocated). */
char	*paths_state_dir(void);
/* $XDG_RUNTIME_DIR/unclench, or a per-user /tmp fallback (allocated). */
char	*paths_runtime_dir(void);

/*
 * The data directories in search order, each with sub appended ("routines",
 * "themes"). Returns the count; free with paths_free_list().
 */
size_t	 paths_data_dirs(const char *sub, char ***out);
void	 paths_free_list(char **, size_t);

/*
 * The compiled catalogues (LANG/LC_MESSAGES/unclench.mo): UNCLENCH_LOCALEDIR
 * when set (the tests' own catalogues), the build's when the binary runs
 * from the source tree, else the installed PREFIX/share/locale.
 */
const char *paths_locale_dir(void);

/* Create dir and its parents (mode 0700). 0 or -1 with errno. */
int	 paths_mkdir_p(const char *dir);

#endif
