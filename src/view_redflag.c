/*
 * view_redflag: NHS inform: a cramp over 10 minutes that does not ease
 * when you move is urgent. Only Enter closes this page, so it cannot be
 * dismissed by a stray key.
 */
#include "view_redflag.h"

#include <stdio.h>
#include <string.h>

#include "files_builtin.h"
#include "view_text.h"

/* In routines/safety/safety.ini, every shipped language: "" is a blank line. */
static const char *const redflag_keys[] = {
	"redflag.still", "", "redflag.eased", "", "redflag.leg",
};
#define NREDFLAG	(sizeof redflag_keys / sizeof redflag_keys[0])

static const char *const *
redflag_paras(void)
{
	static const char	*paras[NREDFLAG];
	size_t			 i;

	for (i = 0; i < NREDFLAG; i++)
		paras[i] = redflag_keys[i][0] != '\0' ?
		    safety_text(redflag_keys[i]) : "";
	return paras;
}

void
view_redflag_words(char *buf, size_t len)
{
	const char *const	*redflag = redflag_paras();
	size_t			 i, o;

	snprintf(buf, len, "%s", safety_text("redflag.title"));
	for (i = 0; i < NREDFLAG; i++) {
		o = strlen(buf);
		if (redflag[i][0] != '\0' && o < len)
			snprintf(buf + o, len - o, " %s", redflag[i]);
	}
}

void
view_redflag_open(struct app *a, void (*closed)(struct app *, void *),
    void *arg)
{
	struct text_page p = {
		.title = safety_text("redflag.title"),
		.title_role = ROLE_WARNING,
		.paras = redflag_paras(),
		.nparas = NREDFLAG,
		.hint = safety_text("redflag.hint"),
		.close = TEXT_CLOSE_ENTER,
		.closed = closed,
		.arg = arg,
	};

	view_text_open(a, &p);
}
