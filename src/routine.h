/*
 * routine: the model of a routine (a stretch sequence, a PMR script, a
 * breathing pattern or a relief flow) and its validation rules. The loaders
 * build these; the engine reads them. Pure: no I/O.
 */
#ifndef UNCLENCH_ROUTINE_H
#define UNCLENCH_ROUTINE_H

#include <stddef.h>
#include <stdint.h>

enum routine_kind {
	KIND_STRETCH,
	KIND_PMR,
	KIND_BREATHING,
	KIND_RELIEF,
	KIND_COUNT
};

enum step_type {
	STEP_STRETCH,	/* timed hold, reps, rests, sides */
	STEP_TENSE,	/* tense then release (PMR, isometric) */
	STEP_BREATHE,	/* paced breathing cycles */
	STEP_WAIT,	/* untimed: waits for the user */
	STEP_TYPE_COUNT
};

enum step_sides {
	SIDES_ONE,	/* one side or a symmetric stretch */
	SIDES_BOTH,	/* both sides at once */
	SIDES_LEFT_RIGHT	/* left, switch, right */
};

/* How a stretch step's time is spent: the hold screen says it. */
enum step_style {
	STYLE_HOLD,	/* a still hold to a mild pull */
	STYLE_MOVING,	/* keep moving (marching, swings, circles) */
	STYLE_PRESSURE	/* firm pressure on a knot */
};

/* A breathing pattern, in milliseconds. */
struct breath_pattern {
	int32_t	 inhale_ms;
	int32_t	 top_up_ms;	/* second short inhale (physiological sigh) */
	int32_t	 hold_in_ms;
	int32_t	 exhale_ms;
	int32_t	 hold_out_ms;
};

struct step {
	enum step_type		 type;
	char			*title;
	char			*text;
	/* STEP_STRETCH */
	int32_t			 hold_ms;
	int32_t			 reps;
	int32_t			 rest_ms;
	enum step_sides		 sides;
	enum step_style		 style;
	/* STEP_TENSE */
	int32_t			 tense_ms;
	int32_t			 release_ms;
	char			*release_text;	/* may be NULL: default cue */
	int			 legs;		/* a leg/foot group */
	/* STEP_BREATHE */
	struct breath_pattern	 breath;
	int32_t			 cycles;
};

struct routine {
	char			*name;		/* file name without .ini */
	char			*title;
	enum routine_kind	 kind;
	char			*summary;
	char			*source;
	char			*part;		/* may be NULL */
	struct step		*steps;
	size_t			 nsteps;
	/* KIND_BREATHING: the pattern, as one STEP_BREATHE in steps[0]. */
};

/* Limits enforced by the loaders (and the only limits the engine trusts). */
#define ROUTINE_MAX_STEPS	200
#define ROUTINE_MAX_TITLE	60
#define ROUTINE_MAX_SUMMARY	200
#define ROUTINE_MAX_SOURCE	300
#define ROUTINE_MAX_TEXT	1000
#define HOLD_MIN_MS		1000
#define HOLD_MAX_MS		(10 * 60 * 1000)
#define REST_MAX_MS		(10 * 60 * 1000)
#define REPS_MAX		20
#define TENSE_MAX_MS		(60 * 1000)
#define RELEASE_MAX_MS		(120 * 1000)
#define BREATH_IN_MAX_MS	(20 * 1000)
#define BREATH_TOPUP_MAX_MS	(5 * 1000)
#define BREATH_HOLD_MAX_MS	(20 * 1000)
#define BREATH_OUT_MAX_MS	(30 * 1000)
#define BREATH_CYCLES_MAX	200
#define BREATH_STEP_CYCLES_MAX	50
#define BREATH_MINUTES_MAX	60
#define SCALE_HOLD_FROM_MS	15000	/* shorter holds are not stretches */
#define SCALE_HOLD_MAX_MS	60000

/* The switch between sides of a stretch lasts one rest, or this without. */
#define ROUTINE_SWITCH_DEFAULT_MS	5000

/* The default release cue for a tense step. */
#define RELEASE_TEXT_DEFAULT	"Let go all at once. Notice the difference."

/* Relief body parts, in picker order (calf first: the most common). */
extern const char *const relief_parts[];
extern const size_t relief_nparts;
/*
 * What may have brought a cramp on, as asked after relief; recorded in
 * the cramp's note as "trigger: TEXT" (stats counts them).
 */
extern const char *const cramp_triggers[];
extern const size_t cramp_ntriggers;

const char	*routine_kind_name(enum routine_kind);
/* Parse a kind name; -1 if unknown. */
int		 routine_kind_parse(const char *);
/* May a routine of this kind contain a step of this type? */
int		 routine_kind_allows(enum routine_kind, enum step_type);

/* One breathing cycle's length. */
int64_t		 breath_cycle_ms(const struct breath_pattern *);
/* Planned length of one step in milliseconds (wait steps count 0). */
int64_t		 step_duration_ms(const struct step *);
/* Planned length of the routine (without get-ready). */
int64_t		 routine_duration_ms(const struct routine *);

/* A new empty routine; steps are appended with routine_add_step(). */
struct routine	*routine_new(void);
/* Append a zeroed step and return it. */
struct step	*routine_add_step(struct routine *);
/* Copy of r without the steps that are leg groups (PMR skip_legs). */
struct routine	*routine_without_legs(const struct routine *);
/*
 * Copy of r with each still stretch hold of SCALE_HOLD_FROM_MS or more
 * multiplied by permille/1000, to at most SCALE_HOLD_MAX_MS and never
 * shorter than written (longer holds for older adults, ACSM: 30-60 s).
 */
struct routine	*routine_scale_holds(const struct routine *, int32_t permille);
void		 routine_free(struct routine *);

#endif
