/*
 * view_signs: the warning signs from the content brief (NHS guidance on
 * DVT, NHS inform and the Merck Manual on cramps), shown in full, never
 * hidden behind a question.
 */
#include "view_signs.h"

#include <string.h>

#include "files_builtin.h"
#include "files_parts.h"
#include "util.h"
#include "view_text.h"

/*
 * The texts are in routines/safety/safety.ini (compiled in, in every shipped
 * language); the order is here. Emergencies first. One limit, 10
 * minutes (NHS inform), stricter than the 15 some guides give.
 */
static const char *const sign_keys[] = {
	"signs.emergency", "", "signs.emergency_back", "", "clot.para", "",
	"signs.urgent", "", "signs.see", "signs.see1", "signs.see2",
	"signs.see3", "signs.see4", "signs.see5", "signs.see6", "signs.see7",
	"signs.see8", "signs.see9", "", "signs.sore", "", "signs.coach",
};
#define NSIGNS	(sizeof sign_keys / sizeof sign_keys[0])

/* The form of a check that fits width: one row or two. */
static int
fit(int width, const char *full, const char *brief, const char *row1,
    const char *row2, const char **l1, const char **l2)
{
	*l2 = NULL;
	if (width >= (int)utf8_length(full))
		*l1 = full;
	else if (width >= (int)utf8_length(brief))
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
	return fit(width, safety_text("clot.full"), safety_text("clot.short"),
	    safety_text("clot.row1"), safety_text("clot.row2"), l1, l2);
}

int
view_signs_part_lines(const char *part, int width, const char **l1,
    const char **l2)
{
	if (parts_is_leg(part))
		return view_signs_clot_lines(width, l1, l2);
	if (part != NULL && strcmp(part, "back") == 0)
		return fit(width, safety_text("back.full"),
		    safety_text("back.short"), safety_text("back.row1"),
		    safety_text("back.row2"), l1, l2);
	*l1 = *l2 = NULL;
	return 0;
}

const char *
view_signs_clot_para(void)
{
	return safety_text("clot.para");
}

const char *const *
view_signs_paras(size_t *n)
{
	/* Static texts: the choice of language is made once per process. */
	static const char	*signs[NSIGNS];
	size_t			 i;

	for (i = 0; i < NSIGNS; i++)
		signs[i] = sign_keys[i][0] != '\0' ?
		    safety_text(sign_keys[i]) : "";
	*n = NSIGNS;
	return signs;
}

void
view_signs_open(struct app *a, void (*closed)(struct app *, void *), void *arg)
{
	struct text_page p = {
		.title = safety_text("signs.title"),
		.title_role = ROLE_WARNING,
		.hint = safety_text("signs.hint"),
		.close = TEXT_CLOSE_ANY,
		.closed = closed,
		.arg = arg,
	};

	p.paras = view_signs_paras(&p.nparas);
	view_text_open(a, &p);
}
