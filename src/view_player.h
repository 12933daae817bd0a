/*
 * view_player: the screen that runs a routine (stretch, PMR, breathing,
 * relief) through the session engine: countdown, bars, side, reps, next,
 * and the player keys. Relief mode adds the cramp clock, the "it has
 * eased" key, the blood-clot line on leg parts and the 10-minute red flag.
 */
#ifndef UNCLENCH_VIEW_PLAYER_H
#define UNCLENCH_VIEW_PLAYER_H

#include <stdint.h>
#include <time.h>

#include "view.h"
#include "routine.h"

/*
 * Play r (owned: freed when the player closes, may be NULL when r is not
 * the player's). replace: take the top view's place instead of going on
 * top of it. Applies config get_ready and pmr.skip_legs.
 */
void	 view_player_open(struct app *, const struct routine *r,
	     struct routine *owned, int replace);

/*
 * Relief for a canonical part: no get-ready, the cramp clock counting
 * from cramp_ms (app clock) / cramp_wall. Returns -1 with a notice if the
 * part has no routine.
 */
int	 view_player_open_relief(struct app *, const char *part,
	     uint64_t cramp_ms, time_t cramp_wall, int replace);

/* What the player lends its mode: pause it while an overlay is open. */
struct player;
void	 view_player_hold(struct app *, struct player *);
void	 view_player_unhold(struct app *, void *player);

#endif
