/*
 * view_player_relief: the player's relief mode. A mode is a few hooks
 * the player calls at its seams (a tick, a key, the header, the lines
 * above the status, the key line, recording, the end); the relief mode
 * fills them with the cramp clock, the 10-minute red flag, the clot or
 * lower-back line, `e` for eased and the closing questions (severity,
 * length, trigger), and does not record a relief left at once.
 */
#ifndef UNCLENCH_VIEW_PLAYER_RELIEF_H
#define UNCLENCH_VIEW_PLAYER_RELIEF_H

#include <curses.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "view.h"
#include "session.h"

struct player;

/* One key in the key line: its long and short forms, and how dear. */
struct key_hint {
	const char	*lng, *brief;
	int		 keep;		/* dropped first: the lowest */
};

struct player_mode {
	/* The header's right corner ("cramp 01:23"). */
	void	(*header)(const void *, uint64_t now, char *, size_t);
	/* The seconds that corner shows: a change means redraw. */
	int64_t	(*clock)(const void *, uint64_t now);
	/* The next moment the mode needs a tick. */
	int64_t	(*wake)(const void *, uint64_t now);
	/* Time passed: R_* flags, 0 if nothing happened. */
	int	(*on_tick)(struct app *, void *, struct player *,
		    uint64_t now);
	/* A key before the player's own: R_* if taken, -1 if not. */
	int	(*on_key)(void *, struct session *,
		    const struct session_status *, int ch, uint64_t now);
	/* Its keys for the key line (at most 6); returns how many. */
	size_t	(*keys)(const struct session_status *, struct key_hint *);
	/* Its lines above the status, upwards from row y; the row above. */
	int	(*draw_extra)(const void *, WINDOW *, int y);
	/* Record the run now: 0 if saved; msg says what became of it. */
	int	(*record)(struct app *, void *, const struct session_status *,
		    uint64_t now, char *msg, size_t);
	/* A quit now: must a closing question record it? */
	int	(*asks)(const void *, const struct session_status *,
		    uint64_t now);
	/* The closing questions; done: the steps ran to their end. */
	void	(*on_finish)(struct app *, void *, uint64_t now, int done);
	const char *quit_prompt;
};

extern const struct player_mode player_relief_mode;

/* The relief mode's state for part, the cramp begun at cramp_ms/wall. */
void	*view_player_relief_new(const char *part, uint64_t cramp_ms,
	     time_t cramp_wall, uint64_t now);

#endif
