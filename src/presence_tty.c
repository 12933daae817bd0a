/*
 * presence_tty: the terminal path, for a console or SSH user with no
 * desktop. The access time of a terminal moves when it is read, that is
 * when its user types (what `w` shows as IDLE). Read only when a reminder
 * falls due, never polled. UNCLENCH_PRESENCE_TTY names one terminal
 * instead of the user's utmp entries (for tests and odd set-ups).
 */
#include "presence_bus.h"

#include <sys/stat.h>

#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <utmpx.h>

static int
tty_atime(const char *path, time_t *t)
{
	struct stat st;

	if (stat(path, &st) != 0 || !S_ISCHR(st.st_mode))
		return 0;
	*t = st.st_atime;
	return 1;
}

int
presence_tty_last_input(time_t *last)
{
	const char	*over = getenv("UNCLENCH_PRESENCE_TTY");
	struct passwd	*pw;
	struct utmpx	*u;
	char		 path[sizeof u->ut_line + 8];
	time_t		 t;
	int		 known = 0;

	*last = 0;
	if (over != NULL)
		return tty_atime(over, last);
	if ((pw = getpwuid(getuid())) == NULL)
		return 0;
	setutxent();
	while ((u = getutxent()) != NULL) {
		if (u->ut_type != USER_PROCESS || strncmp(u->ut_user,
		    pw->pw_name, sizeof u->ut_user) != 0)
			continue;
		snprintf(path, sizeof path, "/dev/%.*s",
		    (int)sizeof u->ut_line, u->ut_line);
		if (tty_atime(path, &t)) {
			if (!known || t > *last)
				*last = t;
			known = 1;
		}
	}
	endutxent();
	return known;
}
