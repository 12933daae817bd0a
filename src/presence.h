/*
 * presence: is the user at the machine? A pure state machine on the
 * caller's clock. Its inputs are what the sources say (logind's session
 * and sleep, the screen saver, the terminals' last input) and it answers
 * with one state, the source that decided it and since when; the first
 * source that answers wins, in that order, and when none answers the user
 * is taken to be present. It also remembers the last spell away, so a session
 * planned inside a long lock counts as a break, and it says once when the
 * user comes back to a reminder that was held for them, never per flap.
 */
#ifndef UNCLENCH_PRESENCE_H
#define UNCLENCH_PRESENCE_H

#include <time.h>

enum presence_source {
	PRESENCE_ASSUMED,	/* nothing answers (or mode = off) */
	PRESENCE_LOGIND,
	PRESENCE_SCREENSAVER,
	PRESENCE_TERMINAL
};

enum presence_why {
	PRESENCE_HERE,
	PRESENCE_LOCKED,
	PRESENCE_IDLE,		/* idle for away_after or longer */
	PRESENCE_ASLEEP,	/* suspended (PrepareForSleep) */
	PRESENCE_INACTIVE	/* the session is not in the foreground */
};

/* What logind says of the user's session. */
struct presence_logind {
	int	 answers;	/* 0: no session, no bus, no properties */
	int	 locked;	/* LockedHint */
	int	 idle;		/* IdleHint */
	time_t	 idle_since;	/* wall time (from IdleSinceHintMonotonic) */
	int	 active;	/* Active */
};

struct presence {
	int			 off;		/* [presence] mode = off */
	time_t			 away_after;
	struct presence_logind	 ld;
	int			 asleep;
	int			 saver;		/* a screen saver answers */
	int			 saver_on;
	int			 tty;		/* a terminal of the user known */
	time_t			 tty_input;	/* its last input */
	/* Derived. */
	enum presence_why	 why;
	enum presence_source	 src;
	time_t			 since;		/* of the present state */
	int			 held;		/* a reminder waits for the user */
	/* The last spell away (to = 0 while it lasts; from = 0: none). */
	time_t			 away_from, away_to;
	enum presence_why	 away_why;
	int			 away_held;	/* a reminder waited in it */
};

/*
 * The one view of the current presence (for the status and its feed).
 * The names are English (marked N_): translated with _() where shown.
 */
struct presence_now {
	int			 away;
	enum presence_why	 why;
	enum presence_source	 src;
	time_t			 since;
	const char		*why_name;	/* "locked", "here", ... */
	const char		*src_name;	/* "logind", "assumed", ... */
};

void	 presence_init(struct presence *, int off, time_t away_after,
	     time_t now);
/* New settings: the state is kept, re-judged against the new ones. */
void	 presence_configure(struct presence *, int off, time_t away_after,
	     time_t now);

/*
 * The inputs. Each returns 1 when the user has just come back to a
 * reminder held for them (the caller then looks at the schedule once).
 */
int	 presence_set_logind(struct presence *, const struct presence_logind *,
	     time_t now);
int	 presence_set_asleep(struct presence *, int asleep, time_t now);
int	 presence_set_saver(struct presence *, int answers, int on,
	     time_t now);
/* known: a terminal was found; last: the latest input on any of them. */
int	 presence_set_terminal(struct presence *, int known, time_t last,
	     time_t now);
/* Re-judge at now (idle grows into away with time); same return. */
int	 presence_update(struct presence *, time_t now);

/* Is the user away at now? (Judges first.) */
int	 presence_away(struct presence *, time_t now);
/* Should the terminals be read (no bus source answers, mode auto)? */
int	 presence_wants_terminal(const struct presence *);
/* Does only the terminal say so (re-read it later: it sends nothing)? */
int	 presence_by_terminal(const struct presence *);
/* Did a spell away with a reminder held for it end just now (60 s)? */
int	 presence_just_back(const struct presence *, time_t now);
/* A reminder is due and held for the user's return. */
void	 presence_hold(struct presence *);
/*
 * Was the user locked away (or asleep) at t, in a spell of at least
 * away_after? Then a session planned at t is a break already taken.
 */
int	 presence_was_break(const struct presence *, time_t t);

/* The accessor: state, source and since, with their names. */
void	 presence_get(const struct presence *, struct presence_now *);
const char *presence_why_name(enum presence_why);
const char *presence_source_name(enum presence_source);

#endif
