/*
 * view_player_relief: the relief mode's hooks; see view_player_relief.h.
 * The cramp clock counts from when the cramp began (the picker's time),
 * not from when the steps opened.
 */
#include "view_player_relief.h"

#include <stdio.h>
#include <stdlib.h>

#include "i18n.h"
#include "util.h"
#include "view_length.h"
#include "view_player.h"
#include "view_redflag.h"
#include "view_severity.h"
#include "view_signs.h"
#include "view_summary.h"
#include "widgets.h"

#define REDFLAG_MS	(10 * 60 * 1000)	/* NHS: over 10 minutes */
/* Relief left sooner than this with no step done: started by mistake. */
#define RELIEF_GRACE_MS	(15 * 1000)

struct relief_mode {
	char		 part[16];
	uint64_t	 cramp_ms;	/* the cramp began */
	uint64_t	 open_ms;	/* the steps opened */
	time_t		 cramp_wall;
	int		 redflag_done;
};

void *
view_player_relief_new(const char *part, uint64_t cramp_ms, time_t cramp_wall,
    uint64_t now)
{
	struct relief_mode *m = xcalloc(1, sizeof *m);

	snprintf(m->part, sizeof m->part, "%s", part);
	m->cramp_ms = cramp_ms;
	m->cramp_wall = cramp_wall;
	m->open_ms = now;
	return m;
}

/* The cramp clock: "01:23", or "1:02:03" past an hour. */
static void
fmt_clock(char *buf, size_t len, int64_t s)
{
	if (s < 0)
		s = 0;
	if (s > 99 * 3600)
		s = 99 * 3600;	/* keeps the width bounded */
	if (s >= 3600)
		snprintf(buf, len, "%d:%02d:%02d", (int)(s / 3600),
		    (int)(s / 60 % 60), (int)(s % 60));
	else
		snprintf(buf, len, "%02d:%02d", (int)(s / 60), (int)(s % 60));
}

static int
cramp_secs(const struct relief_mode *m, uint64_t now)
{
	return (int)((now - m->cramp_ms) / 1000);
}

/* Relief left within its first seconds with nothing done: no cramp. */
static int
accidental(const struct relief_mode *m, const struct session_status *st,
    uint64_t now)
{
	return now - m->open_ms < RELIEF_GRACE_MS && st->steps_done == 0;
}

/* Past the red flag the cramp clock says how long the steps were open. */
static int
past_redflag(const struct relief_mode *m, uint64_t now)
{
	return now - m->cramp_ms >= REDFLAG_MS;
}

static void
relief_header(const void *v, uint64_t now, char *buf, size_t len)
{
	char c[32];

	fmt_clock(c, sizeof c, cramp_secs(v, now));
	snprintf(buf, len, _("cramp %s"), c);
}

static int64_t
relief_clock(const void *v, uint64_t now)
{
	return cramp_secs(v, now);
}

/* The clock's next second, or the red flag if that comes first. */
static int64_t
relief_wake(const void *v, uint64_t now)
{
	const struct relief_mode *m = v;
	int64_t e = (int64_t)(now - m->cramp_ms);
	int64_t t = (int64_t)now + 1000 - e % 1000;

	if (!m->redflag_done && (int64_t)(m->cramp_ms + REDFLAG_MS) < t)
		t = (int64_t)(m->cramp_ms + REDFLAG_MS);
	return t;
}

static int
relief_tick(struct app *a, void *v, struct player *pl, uint64_t now)
{
	struct relief_mode	*m = v;
	char			 buf[1024];

	if (m->redflag_done || now - m->cramp_ms < REDFLAG_MS)
		return 0;
	m->redflag_done = 1;
	view_player_hold(a, pl);
	view_redflag_open(a, view_player_unhold, pl);
	/* With the screen out of sight, the page is read out. */
	view_redflag_words(buf, sizeof buf);
	app_say(a, buf, COACH_MESSAGE);
	return R_REDRAW | R_CUE;
}

static int
relief_key(void *v, struct session *s, const struct session_status *st,
    int ch, uint64_t now)
{
	switch (ch) {
	case '\n':
	case '\r':
	case KEY_ENTER:
		/* Enter is "next" on every step, as its key line says. */
		if (st->phase->kind != PHASE_WAIT_USER)
			session_skip(s, now);
		else
			session_confirm(s, now);
		return R_REDRAW;
	case 'e':
	case 'E':
		session_finish(s, now);
		return R_REDRAW;
	default:
		return -1;
	}
}

/* Enter moves on (on the last step, that ends it); a wait has no pause. */
static size_t
relief_keys(const struct session_status *st, struct key_hint *k)
{
	int	wait = st->phase->kind == PHASE_WAIT_USER;
	int	last = st->step_index >= 0 &&
		    (size_t)st->step_index + 1 >= st->nsteps;
	size_t	n = 0;

	k[n++] = (struct key_hint){ last ? _("Enter finish") : _("Enter next"),
	    last ? _("Enter finish") : _("Enter next"), 19 };
	k[n++] = (struct key_hint){ _("e it has eased"), _("e eased"), 18 };
	k[n++] = (struct key_hint){ _("! warning signs"), _("! signs"), 15 };
	if (!wait)
		k[n++] = (struct key_hint){ _("space pause"), _("spc pause"), 14 };
	k[n++] = (struct key_hint){ _("? help"), _("? help"), 13 };
	return n;
}

/* The clot (or lower-back) check for this part, on one or two rows. */
static int
relief_extra(const void *v, WINDOW *w, int y)
{
	const struct relief_mode *m = v;
	const char	*l1, *l2;
	int		 W = getmaxx(w);
	int		 rows = view_signs_part_lines(m->part, W - 2, &l1, &l2);

	if (rows == 2)
		w_put(w, y--, 1, W - 2, tui_attr[ROLE_WARNING], l2);
	if (rows >= 1)
		w_put(w, y--, 1, W - 2, tui_attr[ROLE_WARNING], l1);
	return y;
}

/* An episode: no length past the red flag (it is not known). */
static int
relief_record(struct app *a, void *v, const struct session_status *st,
    uint64_t now, char *msg, size_t msglen)
{
	struct relief_mode *m = v;

	if (accidental(m, st, now)) {
		snprintf(msg, msglen, _("Cramp not recorded: relief left "
		    "after %d s with no step done."), (int)((now - m->open_ms) /
		    1000));
		return -1;
	}
	return view_summary_record_cramp(a, m->part, m->cramp_wall,
	    past_redflag(m, now) ? -1 : cramp_secs(m, now), 0, NULL, msg,
	    msglen);
}

static int
relief_asks(const void *v, const struct session_status *st, uint64_t now)
{
	return past_redflag(v, now) && !accidental(v, st, now);
}

/* Past the red flag: how long was it; else how bad (then the trigger). */
static void
relief_finish(struct app *a, void *v, uint64_t now, int done)
{
	struct relief_mode *m = v;

	if (past_redflag(m, now))
		view_length_open(a, m->part, m->cramp_wall, cramp_secs(m, now),
		    done);
	else
		view_severity_open(a, m->part, m->cramp_wall,
		    cramp_secs(m, now));
}

const struct player_mode player_relief_mode = {
	.header = relief_header,
	.clock = relief_clock,
	.wake = relief_wake,
	.on_tick = relief_tick,
	.on_key = relief_key,
	.keys = relief_keys,
	.draw_extra = relief_extra,
	.record = relief_record,
	.asks = relief_asks,
	.on_finish = relief_finish,
	.quit_prompt = N_("Stop the relief steps? y/n"),
};
