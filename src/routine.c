/*
 * routine: names of kinds and step types, which steps a kind may hold, and
 * planned durations. A routine is owned by whoever built it; steps are a
 * growing array of the routine's.
 */
#include "routine.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "util.h"

const char *const relief_parts[] = {
	"calf", "foot", "hamstring", "quad", "back", "neck", "hand"
};
const size_t relief_nparts = nitems(relief_parts);

/*
 * Marked only: the diary stores and matches the English words (a record's
 * note); whoever shows one to a person translates it with _().
 */
const char *const cramp_triggers[] = {
	N_("exercise or effort"),
	N_("heat, sweating or too little to drink"),
	N_("sitting or lying still for long"),
	N_("in bed at night"),
	N_("a new medicine"),
	N_("something else, or not sure"),
};
const size_t cramp_ntriggers = nitems(cramp_triggers);

static const char *const kind_names[KIND_COUNT] = {
	[KIND_STRETCH] = "stretch",
	[KIND_PMR] = "pmr",
	[KIND_BREATHING] = "breathing",
	[KIND_RELIEF] = "relief",
};

const char *
routine_kind_name(enum routine_kind k)
{
	return (unsigned)k < KIND_COUNT ? kind_names[k] : "?";
}

int
routine_kind_parse(const char *s)
{
	int i;

	for (i = 0; i < KIND_COUNT; i++)
		if (strcmp(s, kind_names[i]) == 0)
			return i;
	return -1;
}

int
routine_kind_allows(enum routine_kind k, enum step_type t)
{
	switch (k) {
	case KIND_STRETCH:
		return t == STEP_STRETCH || t == STEP_TENSE || t == STEP_BREATHE;
	case KIND_PMR:
		return t == STEP_TENSE || t == STEP_BREATHE;
	case KIND_BREATHING:
		return t == STEP_BREATHE;
	case KIND_RELIEF:
		return t == STEP_STRETCH || t == STEP_BREATHE || t == STEP_WAIT;
	default:
		return 0;
	}
}

int64_t
breath_cycle_ms(const struct breath_pattern *b)
{
	return (int64_t)b->inhale_ms + b->top_up_ms + b->hold_in_ms +
	    b->exhale_ms + b->hold_out_ms;
}

int64_t
step_duration_ms(const struct step *s)
{
	int64_t per_side, sides;

	switch (s->type) {
	case STEP_STRETCH:
		per_side = (int64_t)s->reps * s->hold_ms +
		    (int64_t)(s->reps - 1) * s->rest_ms;
		sides = s->sides == SIDES_LEFT_RIGHT ? 2 : 1;
		/* The switch between sides lasts one rest (or 5 s without). */
		return per_side * sides + (sides == 2 ? (s->rest_ms > 0 ?
		    s->rest_ms : ROUTINE_SWITCH_DEFAULT_MS) : 0);
	case STEP_TENSE:
		return (int64_t)s->tense_ms + s->release_ms;
	case STEP_BREATHE:
		return breath_cycle_ms(&s->breath) * s->cycles;
	case STEP_WAIT:
	default:
		return 0;
	}
}

int64_t
routine_duration_ms(const struct routine *r)
{
	int64_t	 total = 0;
	size_t	 i;

	for (i = 0; i < r->nsteps; i++)
		total += step_duration_ms(&r->steps[i]);
	return total;
}

struct routine *
routine_new(void)
{
	return xcalloc(1, sizeof(struct routine));
}

struct step *
routine_add_step(struct routine *r)
{
	struct step *s;

	r->steps = xreallocarray(r->steps, r->nsteps + 1, sizeof *r->steps);
	s = &r->steps[r->nsteps++];
	memset(s, 0, sizeof *s);
	s->reps = 1;
	s->cycles = 1;
	return s;
}

static char *
dup_or_null(const char *s)
{
	return s != NULL ? xstrdup(s) : NULL;
}

/* A deep copy of r, without its leg groups when skip_legs. */
static struct routine *
copy(const struct routine *r, int skip_legs)
{
	struct routine	*c = routine_new();
	size_t		 i;

	c->name = dup_or_null(r->name);
	c->title = dup_or_null(r->title);
	c->kind = r->kind;
	c->summary = dup_or_null(r->summary);
	c->source = dup_or_null(r->source);
	c->part = dup_or_null(r->part);
	for (i = 0; i < r->nsteps; i++) {
		struct step *s;

		if (skip_legs && r->steps[i].legs)
			continue;
		s = routine_add_step(c);
		*s = r->steps[i];
		s->title = dup_or_null(r->steps[i].title);
		s->text = dup_or_null(r->steps[i].text);
		s->release_text = dup_or_null(r->steps[i].release_text);
	}
	return c;
}

struct routine *
routine_without_legs(const struct routine *r)
{
	return copy(r, 1);
}

struct routine *
routine_scale_holds(const struct routine *r, int32_t permille)
{
	struct routine	*c = copy(r, 0);
	size_t		 i;

	for (i = 0; i < c->nsteps; i++) {
		struct step	*s = &c->steps[i];
		int64_t		 ms = (int64_t)s->hold_ms * permille / 1000;

		/* Still stretches only: not short holds, moves or pressure. */
		if (s->type != STEP_STRETCH || s->style != STYLE_HOLD ||
		    s->hold_ms < SCALE_HOLD_FROM_MS)
			continue;
		if (ms > SCALE_HOLD_MAX_MS)
			ms = SCALE_HOLD_MAX_MS;
		if (ms > s->hold_ms)
			s->hold_ms = (int32_t)ms;
	}
	return c;
}

void
routine_free(struct routine *r)
{
	size_t i;

	if (r == NULL)
		return;
	for (i = 0; i < r->nsteps; i++) {
		free(r->steps[i].title);
		free(r->steps[i].text);
		free(r->steps[i].release_text);
	}
	free(r->steps);
	free(r->name);
	free(r->title);
	free(r->summary);
	free(r->source);
	free(r->part);
	free(r);
}
