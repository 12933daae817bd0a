/*
 * coach: what to tell a user who cannot see the screen, and when. From
 * the session engine's status it says each phase change as one full
 * sentence ("Step 2 of 4, Calf stretch: ... Hold for 30 seconds."), and
 * inside a phase "Halfway." and the last three seconds; breathing says
 * "In", "Hold", "Out", PMR "Tense" and "Let go". Pure: time is passed in,
 * nothing is spoken or printed here; the player, plain mode and the
 * screen-reader line all say the same words.
 */
#ifndef UNCLENCH_COACH_H
#define UNCLENCH_COACH_H

#include <stddef.h>
#include <stdint.h>

#include "routine.h"
#include "session.h"

/* Speech priority: speech-dispatcher's SPD_MESSAGE and SPD_PROGRESS. */
enum coach_prio { COACH_MESSAGE, COACH_PROGRESS };

enum coach_cue_kind {
	COACH_PHASE,	/* a phase began: its sentence */
	COACH_HALFWAY,	/* half of a long hold is done */
	COACH_COUNT	/* "3", "2", "1": the last seconds of a hold */
};

/* A step's text and title, up to 4 bytes a character, and the words. */
#define COACH_TEXT_MAX	(4 * (ROUTINE_MAX_TEXT + ROUTINE_MAX_TITLE) + 128)

struct coach_cue {
	enum coach_cue_kind	 kind;
	enum coach_prio		 prio;
	uint64_t		 at_ms;	/* when it was due */
	size_t			 phase;	/* the phase it belongs to */
	char			 text[COACH_TEXT_MAX];
};

/* What was said in the current phase. */
struct coach {
	size_t	 phase;		/* the phase announced; SIZE_MAX: none yet */
	int	 finished;	/* the end was said */
	int	 half;		/* "Halfway." said */
	int	 count;		/* the lowest count said (4: none) */
};

void	 coach_init(struct coach *);
/*
 * The cues due at now (call session_tick first): the sentence of a phase
 * begun since the last call, then what is due inside the phase. A count
 * that a late call finds stale is dropped but for the latest one. Up to
 * max cues into out; returns how many. Nothing inside a paused phase.
 */
size_t	 coach_poll(struct coach *, const struct session *, uint64_t now,
	     struct coach_cue *out, size_t max);
/* The next instant a cue is due (absolute ms), -1: none before a change. */
int64_t	 coach_next(const struct coach *, const struct session *,
	     uint64_t now);
/* The sentence for the phase in st: what the coach says as it begins. */
void	 coach_sentence(const struct routine *, const struct session_status *,
	     char *buf, size_t len);
/* The time left, as a sentence: "About 20 seconds left in this hold." */
void	 coach_time_left(const struct session_status *, char *buf,
	     size_t len);

#endif
