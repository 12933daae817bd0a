/*
 * view_signs: the warning signs from the content brief (NHS guidance on
 * DVT, NHS inform and the Merck Manual on cramps), shown in full, never
 * hidden behind a question.
 */
#include "view_signs.h"

#include "view_text.h"

static const char *const signs[] = {
	"URGENT: a possible blood clot (DVT). Pain or tenderness with "
	"swelling in ONE leg, skin warm or red, pain worse when the foot is "
	"bent upward. This may not be a cramp: do NOT stretch or massage. "
	"Get urgent medical care. With breathlessness or chest pain, call "
	"emergency services now.",
	"",
	"URGENT: a cramp lasting more than 10 minutes that does not ease "
	"when you move.",
	"",
	"See a doctor if you have:",
	"- cramps in the chest, arms or belly, or weakness or loss of "
	"feeling",
	"- cramps after heavy fluid loss, after starting a new medicine "
	"(such as diuretics or statins), or while walking that stop at rest",
	"- a cramp lasting longer than 15 minutes, or cramps that come back "
	"every day",
	"- weakness, numbness, tingling or changes in coordination with the "
	"spasms",
	"- swelling, redness, or a muscle hot to the touch",
	"- cramps after a recent injury or fall",
	"- cramps with fever or signs of infection",
	"- cramps that often wake you at night or get in the way of daily "
	"life",
	"- no improvement after a few days of home care (stretching, fluids, "
	"heat)",
	"",
	"unclench is a coach, not a medical device.",
};

const char *const *
signs_paras(size_t *n)
{
	*n = sizeof signs / sizeof signs[0];
	return signs;
}

void
signs_open(struct app *a, void (*closed)(struct app *, void *), void *arg)
{
	struct text_page p = {
		.title = "Warning signs: when to get medical help",
		.title_role = ROLE_WARNING,
		.paras = signs,
		.nparas = sizeof signs / sizeof signs[0],
		.hint = "any key: back to the steps",
		.close = TEXT_CLOSE_ANY,
		.closed = closed,
		.arg = arg,
	};

	text_open(a, &p);
}
