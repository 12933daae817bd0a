/*
 * view_history: placeholder until the history store lands.
 */
#include "view_history.h"

#include "util.h"

struct history_view *
history_view_open(const struct config *cfg, time_t now, char **cause)
{
	(void)cfg;
	(void)now;
	*cause = xstrdup("the history is not available yet");
	return NULL;
}

void
history_view_draw(struct history_view *v, WINDOW *win,
    const attr_t role_attr[ROLE_COUNT], int ascii)
{
	(void)v;
	(void)win;
	(void)role_attr;
	(void)ascii;
}

void
history_view_scroll(struct history_view *v, int lines)
{
	(void)v;
	(void)lines;
}

void
history_view_close(struct history_view *v)
{
	(void)v;
}
