/*
 * diary: open the store for one operation and close it at once; tell the
 * hook when today's water changed.
 */
#include "diary.h"

#include <stdlib.h>

#include "history.h"
#include "util.h"

static void	(*diary_hook)(void);

void
diary_set_hook(void (*changed)(void))
{
	diary_hook = changed;
}

static void
changed(void)
{
	if (diary_hook != NULL)
		diary_hook();
}

int
diary_add_drink(time_t at, long ml, char **cause)
{
	struct history	*h;
	int		 r;

	if ((h = history_open(NULL, cause)) == NULL)
		return -1;
	r = history_add_drink(h, at, ml, cause);
	history_close(h);
	if (r == 0)
		changed();
	return r;
}

int
diary_undo_drink(time_t at, long ml, char **cause)
{
	struct history	*h;
	int		 r;

	if ((h = history_open(NULL, cause)) == NULL)
		return -1;
	r = history_undo_drink(h, at, ml, cause);
	history_close(h);
	if (r == 0)
		changed();
	return r;
}

long
diary_water_between(time_t from, time_t to, char **cause)
{
	struct history	*h;
	long		 ml;

	if ((h = history_open(NULL, cause)) == NULL)
		return -1;
	if ((ml = history_water_between(h, from, to)) < 0)
		*cause = xstrdup("the history cannot be read");
	history_close(h);
	return ml;
}

int
diary_add_session(const struct session_record *rec, char **cause)
{
	struct history	*h;
	int		 r;

	if ((h = history_open(NULL, cause)) == NULL)
		return -1;
	r = history_add_session(h, rec, cause);
	history_close(h);
	return r;
}

int
diary_add_cramp(const struct cramp_record *rec, char **cause)
{
	struct history	*h;
	int		 r;

	if ((h = history_open(NULL, cause)) == NULL)
		return -1;
	r = history_add_cramp(h, rec, cause);
	history_close(h);
	return r;
}

int
diary_stats(time_t now, int days, long goal_ml, int night_from,
    int night_to, struct stats *out, char **cause)
{
	struct history	*h;
	int		 r;

	if ((h = history_open_read(NULL, cause)) == NULL)
		return -1;
	r = history_stats(h, now, days, goal_ml, night_from, night_to, out,
	    cause);
	history_close(h);
	return r;
}

int
diary_foreach(time_t since, int (*fn)(const struct history_item *, void *),
    void *arg, size_t *damaged, char **cause)
{
	struct history	*h;
	int		 r;

	if ((h = history_open_read(NULL, cause)) == NULL)
		return -1;
	r = history_foreach(h, since, fn, arg, cause);
	*damaged = history_damaged(h);
	history_close(h);
	return r;
}
