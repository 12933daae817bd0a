/*
 * history: placeholder store until the SQLite history lands. Every call
 * fails cleanly so callers exercise their "not saved" paths.
 */
#include "history.h"

#include <stddef.h>

#include "util.h"

struct history *
history_open(const char *path, char **cause)
{
	(void)path;
	*cause = xstrdup("the history is not available yet");
	return NULL;
}

void
history_close(struct history *h)
{
	(void)h;
}

int
history_add_session(struct history *h, const struct session_record *r,
    char **cause)
{
	(void)h;
	(void)r;
	*cause = xstrdup("the history is not available yet");
	return -1;
}

int
history_add_cramp(struct history *h, const struct cramp_record *r,
    char **cause)
{
	(void)h;
	(void)r;
	*cause = xstrdup("the history is not available yet");
	return -1;
}

int
history_add_drink(struct history *h, time_t at, long ml, char **cause)
{
	(void)h;
	(void)at;
	(void)ml;
	*cause = xstrdup("the history is not available yet");
	return -1;
}

int
history_add_reminder(struct history *h, time_t at, const char *kind,
    const char *action, char **cause)
{
	(void)h;
	(void)at;
	(void)kind;
	(void)action;
	*cause = xstrdup("the history is not available yet");
	return -1;
}

int
history_last_drink(struct history *h, time_t *at)
{
	(void)h;
	(void)at;
	return -1;
}

long
history_water_between(struct history *h, time_t from, time_t to)
{
	(void)h;
	(void)from;
	(void)to;
	return -1;
}
