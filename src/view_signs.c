/*
 * view_signs: the warning signs from the content brief (NHS guidance on
 * DVT, NHS inform and the Merck Manual on cramps), shown in full, never
 * hidden behind a question.
 */
#include "view_signs.h"

#include <string.h>

#include "files_parts.h"
#include "view_text.h"

/*
 * Emergencies first. "Worse when the foot is bent upward" is an old
 * clinical sign, not in NHS's list: it is only a "may" here. One limit,
 * 10 minutes (NHS inform), stricter than the 15 some guides give.
 */
#define CLOT_PARA \
	"URGENT: a possible blood clot (DVT). Pain or tenderness with " \
	"swelling in ONE leg; the skin warm, red or darker (harder to see on " \
	"brown or black skin); the pain may throb or cramp, and may be worse " \
	"when the foot is bent upward. This may not be a cramp: do NOT " \
	"stretch or massage. Get urgent medical care."

static const char *const signs[] = {
	"EMERGENCY: chest pain or tightness, breathlessness, or coughing up "
	"blood: call emergency services now.",
	"",
	"EMERGENCY with lower back pain: numbness around the groin or "
	"buttocks, or new problems with the bladder or bowels: call "
	"emergency services now.",
	"",
	CLOT_PARA,
	"",
	"URGENT: a cramp lasting more than 10 minutes that does not ease "
	"when you move.",
	"",
	"See a doctor if you have:",
	"- cramps in the chest, arms or belly, or weakness or loss of "
	"feeling",
	"- cramps after heavy fluid loss, after starting a new medicine "
	"(such as diuretics or statins), or while walking that stop at rest",
	"- cramps that come back every day",
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
	"Soreness in the muscle for up to 24 hours after a cramp is normal.",
	"",
	"unclench is a coach, not a medical device.",
};

#define CLOT_FULL	"One leg swollen, warm or red? Don't stretch or " \
			"massage: urgent care (!)"
#define CLOT_SHORT	"One leg swollen/warm/red? Don't stretch or " \
			"massage (!)"
#define CLOT_ROW1	"One leg swollen, warm or red?"
#define CLOT_ROW2	"Don't stretch or massage (!)"

/* NHS: with back pain, these are an emergency (cauda equina). */
#define BACK_FULL	"Numb groin or buttocks, or new bladder or bowel " \
			"problems? Emergency (!)"
#define BACK_SHORT	"Numb groin/buttocks, bladder/bowel? Emergency (!)"
#define BACK_ROW1	"Numb groin/buttocks, new bladder"
#define BACK_ROW2	"or bowel problems? Emergency (!)"

/* The form of a check that fits width: one row or two. */
static int
fit(int width, const char *full, const char *brief, const char *row1,
    const char *row2, const char **l1, const char **l2)
{
	*l2 = NULL;
	if (width >= (int)strlen(full))
		*l1 = full;
	else if (width >= (int)strlen(brief))
		*l1 = brief;
	else {
		*l1 = row1;
		*l2 = row2;
		return 2;
	}
	return 1;
}

int
view_signs_clot_lines(int width, const char **l1, const char **l2)
{
	return fit(width, CLOT_FULL, CLOT_SHORT, CLOT_ROW1, CLOT_ROW2, l1, l2);
}

int
view_signs_part_lines(const char *part, int width, const char **l1,
    const char **l2)
{
	if (parts_is_leg(part))
		return view_signs_clot_lines(width, l1, l2);
	if (part != NULL && strcmp(part, "back") == 0)
		return fit(width, BACK_FULL, BACK_SHORT, BACK_ROW1, BACK_ROW2,
		    l1, l2);
	*l1 = *l2 = NULL;
	return 0;
}

const char *
view_signs_clot_para(void)
{
	return CLOT_PARA;
}

const char *const *
view_signs_paras(size_t *n)
{
	*n = sizeof signs / sizeof signs[0];
	return signs;
}

void
view_signs_open(struct app *a, void (*closed)(struct app *, void *), void *arg)
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

	view_text_open(a, &p);
}
