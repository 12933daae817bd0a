/*
 * session: the engine that runs one routine. A routine is flattened into a
 * list of phases (get-ready, hold, rest, switch side, tense, release,
 * inhale, top-up, hold, exhale, hold, wait-for-user). Time is passed in:
 * the engine never reads a clock, sleeps or draws. Deadlines are absolute
 * (the next phase starts at the previous deadline, not at "now"), so a
 * late tick never shifts what follows: no drift however long the session.
 * Paused time does not count.
 */
#ifndef UNCLENCH_SESSION_H
#define UNCLENCH_SESSION_H

#include <stddef.h>
#include <stdint.h>

#include "routine.h"

enum phase_kind {
	PHASE_GET_READY,
	PHASE_HOLD,		/* stretch hold */
	PHASE_REST,		/* between reps */
	PHASE_SWITCH_SIDE,	/* between left and right */
	PHASE_TENSE,
	PHASE_RELEASE,
	PHASE_INHALE,
	PHASE_TOP_UP,		/* second short inhale */
	PHASE_HOLD_IN,
	PHASE_EXHALE,
	PHASE_HOLD_OUT,
	PHASE_WAIT_USER,	/* untimed: session_confirm() moves on */
	PHASE_DONE,
	PHASE_KIND_COUNT
};

enum phase_side { SIDE_NONE, SIDE_LEFT, SIDE_RIGHT, SIDE_BOTH };

/* One flattened phase. */
struct phase {
	enum phase_kind	 kind;
	int32_t		 step;		/* index into routine->steps; -1 get-ready */
	int32_t		 rep;		/* 1-based rep or breathing cycle */
	int32_t		 nreps;		/* reps or cycles in this step */
	enum phase_side	 side;
	int64_t		 duration_ms;	/* planned; 0 for WAIT_USER and DONE */
};

enum session_event_kind {
	SESSION_EV_PHASE,	/* a new phase began (the cue moment) */
	SESSION_EV_STEP,	/* a new step began (also sent with its PHASE) */
	SESSION_EV_FINISHED	/* the routine reached its end */
};

struct session_event {
	enum session_event_kind	 kind;
	size_t			 phase;	/* index of the phase begun */
	uint64_t		 at_ms;	/* when it was due (scheduled time) */
};

/* What a screen needs, computed at one instant. */
struct session_status {
	const struct phase	*phase;		/* current phase */
	const struct step	*step;		/* NULL during get-ready */
	const struct phase	*next;		/* next phase, NULL at the end */
	size_t			 phase_index, nphases;
	int32_t			 step_index;	/* -1 during get-ready */
	size_t			 nsteps;
	int64_t			 phase_total_ms;	/* with adjustments */
	int64_t			 phase_left_ms;	/* >= 0; 0 for untimed */
	double			 phase_fraction;	/* 0..1 elapsed in phase */
	double			 routine_fraction;	/* 0..1 of planned time */
	int64_t			 elapsed_ms;	/* active time, pauses excluded */
	int64_t			 wait_ms;	/* time in a WAIT_USER phase */
	int			 paused;
	int			 finished;
	/*
	 * Steps done: more than half of a step's timed work (its phases
	 * but rests and side switches) spent in it, pauses excluded; a
	 * wait step, confirmed. Skipping past a step does not do it.
	 */
	int32_t			 steps_done;
};

struct session;

/*
 * Start a session of r at now_ms with a get-ready phase of get_ready_ms
 * (0: none). r must outlive the session.
 */
struct session	*session_new(const struct routine *r, int64_t get_ready_ms,
		     uint64_t now_ms);
void		 session_free(struct session *);

/*
 * Advance to now_ms: every phase whose deadline passed ends, and the next
 * starts at that deadline. Fills out with up to max events (the latest kept
 * if more occurred) and returns how many.
 */
size_t		 session_tick(struct session *, uint64_t now_ms,
		     struct session_event *out, size_t max);

/* Absolute time of the next phase change; -1 if none (paused, untimed, done). */
int64_t		 session_next_deadline(const struct session *);

/* Status at now_ms (call session_tick first). */
void		 session_status(const struct session *, uint64_t now_ms,
		     struct session_status *);

void		 session_pause(struct session *, uint64_t now_ms);
void		 session_resume(struct session *, uint64_t now_ms);
/* Toggle pause; returns 1 if now paused. */
int		 session_toggle_pause(struct session *, uint64_t now_ms);
int		 session_is_paused(const struct session *);
int		 session_is_finished(const struct session *);

/* Jump to the first phase of the next step (the end if it was the last). */
void		 session_skip(struct session *, uint64_t now_ms);
/*
 * Back: to the start of the current step if more than 2 s into it,
 * otherwise to the start of the previous step.
 */
void		 session_back(struct session *, uint64_t now_ms);
/* Restart the current step from its first phase. */
void		 session_restart_step(struct session *, uint64_t now_ms);
/*
 * Change the current step's hold (stretch hold or tense) by delta_ms, for
 * this and its later reps; never below 1 s or above the hold maximum.
 * Returns the new hold in ms, or -1 if the current phase has no hold.
 */
int64_t		 session_adjust_hold(struct session *, uint64_t now_ms,
		     int64_t delta_ms);
/* A WAIT_USER phase is done: move on. No-op otherwise. */
void		 session_confirm(struct session *, uint64_t now_ms);
/* End the routine now ("it has eased", quit). */
void		 session_finish(struct session *, uint64_t now_ms);

const struct routine *session_routine(const struct session *);
const struct phase *session_phases(const struct session *, size_t *n);

const char	*phase_kind_name(enum phase_kind);
/* The word shown for a phase: "Hold", "Breathe in", "Switch sides", ... */
const char	*phase_label(const struct phase *);

#endif
