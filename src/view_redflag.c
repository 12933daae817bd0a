/*
 * view_redflag: NHS inform: a cramp over 10 minutes that does not ease
 * when you move is urgent. Only Enter closes this page, so it cannot be
 * dismissed by a stray key.
 */
#include "view_redflag.h"

#include <stdio.h>
#include <string.h>

#include "view_text.h"

/*
 * A question, not a verdict: the clock started when the program opened,
 * and by now the cramp may have gone.
 */
static const char *const redflag[] = {
	"If it is still there and does not ease when you move, get urgent "
	"medical advice: call your doctor or an urgent care line now.",
	"",
	"If it has eased, or is easing as you move, you may go on with the "
	"steps.",
	"",
	"If one leg is swollen, warm or red, do not stretch or massage it. "
	"With chest pain or breathlessness, call emergency services.",
};

#define REDFLAG_TITLE	"Is the cramp still there after 10 minutes?"

void
view_redflag_words(char *buf, size_t len)
{
	size_t i, o;

	snprintf(buf, len, "%s", REDFLAG_TITLE);
	for (i = 0; i < sizeof redflag / sizeof redflag[0]; i++) {
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
		.title = REDFLAG_TITLE,
		.title_role = ROLE_WARNING,
		.paras = redflag,
		.nparas = sizeof redflag / sizeof redflag[0],
		.hint = "Press Enter to confirm you have read this",
		.close = TEXT_CLOSE_ENTER,
		.closed = closed,
		.arg = arg,
	};

	view_text_open(a, &p);
}
