/*
 * view: what a view sees of the interactive loop. A view is a const table
 * of handlers; the loop (app.h, app.c) keeps a stack of them (the top one
 * gets the keys; overlays are drawn over the view below), a clock passed
 * in and a one-line notice. The stack and notice functions are app.c's.
 */
#ifndef UNCLENCH_VIEW_H
#define UNCLENCH_VIEW_H

#include <curses.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>

#include "clock.h"
#include "coach.h"
#include "config.h"
#include "theme.h"
#include "tui.h"
#include "util.h"

struct app;
struct audio;
struct phase;
struct audio_opts;

/* What a view asks the loop to do (key, tick and click handlers). */
enum reaction {
	R_NONE = 0,
	R_REDRAW = 0x01,	/* draw the screen again */
	R_CUE = 0x02,		/* a phase changed: bell and/or flash */
	R_QUIT = 0x04		/* leave the program */
};

/* One screen, as a const table of handlers (NULL: not needed). */
struct view {
	const char	*name;
	int		 overlay;	/* drawn over the view below it */
	void		(*enter)(struct app *, void *st);
	int		(*key)(struct app *, void *st, int ch);
	void		(*draw)(struct app *, void *st, WINDOW *,
			    enum tui_layout);
	/* Frees st. */
	void		(*leave)(struct app *, void *st);
	/* Time moved on: returns reactions (R_REDRAW if the screen changed). */
	int		(*tick)(struct app *, void *st, uint64_t now_ms);
	/* When the next tick is needed (absolute ms), -1: not before a key. */
	int64_t		(*wake)(struct app *, void *st, uint64_t now_ms);
	/* A mouse click at (y, x); returns reactions. */
	int		(*click)(struct app *, void *st, int y, int x);
	/* The program is about to be stopped (Ctrl-Z): pause any timer. */
	void		(*suspend)(struct app *, void *st);
};

#define APP_STACK_MAX	16

struct app_frame {
	const struct view	*v;
	void			*st;
};

struct app {
	const struct clock	*clk;
	unsigned		 time_scale;	/* test speed-up; 1: real */
	struct config		 cfg;
	struct theme		 theme;
	int			 bell;		/* on phase changes */
	int			 flash;
	int			 night;		/* night theme in use */
	char			 notice[512];	/* a short message */
	int			 notice_warn;	/* ... as a warning */
	struct app_frame	 stack[APP_STACK_MAX];
	int			 depth;
	int			 flags;		/* reactions pending */
	char			 final_note[256]; /* said after exit */
	FILE			*trace;		/* UNCLENCH_TEST_TRACE */
	int			 exit_code;
	/* Work a tick asked for, run after the ticks (see app_later). */
	void			(*later)(struct app *, void *);
	void			*later_arg;
	/* Where the hardware cursor goes after this frame (app_focus). */
	int			 focus_y, focus_x, focused;
	/* Eyes-free coaching (app_say): the audio child, once started. */
	struct audio		*audio;
	const struct audio_opts	*audio_want;	/* started after a frame */
	char			 say_pending[COACH_TEXT_MAX];
	enum coach_prio		 say_pending_prio;
	int			 screen_reader;	/* no countdown, sentences */
};

/*
 * Run fn(a, arg) once, after this turn's ticks and before the frame: for
 * what must not run inside a view's tick or draw (writing the diary,
 * changing the views while the stack is walked). One at a time.
 */
void		 app_later(struct app *, void (*fn)(struct app *, void *),
		     void *arg);

/* Put a view on top (st is owned by the view from now on). */
void		 app_push(struct app *, const struct view *, void *st);
/* Remove the top view (its leave frees its state). Empty: the loop ends. */
void		 app_pop(struct app *);
/* Pop every view above the one whose state is st. */
void		 app_pop_above(struct app *, const void *st);
/* Replace the top view with another. */
void		 app_replace(struct app *, const struct view *, void *st);
/* Is there a view below the top one (where "back" goes)? */
int		 app_has_below(const struct app *);
/* Set the one-line notice (warn: shown in the warning colour). */
void		 app_notice(struct app *, int warn, const char *, ...)
		     printflike(3, 4);
/*
 * Draw the notice (if any) word-wrapped into at most maxlines rows of
 * width columns from x, its last row on row bottom. Returns the rows used:
 * 0 when there is no notice. A long message (a file, a section, a key and
 * what is wrong) is then read whole instead of cut at the screen's edge.
 */
int		 app_draw_notice(struct app *, WINDOW *, int bottom, int x,
		     int width, int maxlines);
/* The rows app_draw_notice would use (0: no notice). */
int		 app_notice_lines(const struct app *, int width, int maxlines);
/* The current time on the app's clock. */
uint64_t	 app_now(const struct app *);
/*
 * Relief is opening: within the config's night hours switch to the night
 * theme with the bell off, however relief was reached (the menu too). It
 * stays so for the rest of the run.
 */
void		 app_night_relief(struct app *);
/*
 * The line a sighted user reads first starts at (y, x): the hardware
 * cursor is left there after the frame, for braille displays and screen
 * readers. A draw calls it where it draws that line; the last call in a
 * frame wins (an overlay's over its view's). With none, the title line.
 */
void		 app_focus(struct app *, int y, int x);
/* Ring the bell / flash as configured (a phase change). */
void		 app_cue(struct app *);
/*
 * The sound cue (cues = sound or tones) for a phase change: begun is the
 * phase that began (NULL: the routine ended), before the one that ended.
 */
void		 app_sound_cue(struct app *, const struct phase *begun,
		     const struct phase *before);
/*
 * Speak text (the coach's words) if speech is on. Before the audio child
 * has started (it starts after the first frame is drawn), the latest
 * message waits and is said then.
 */
void		 app_say(struct app *, const char *text, enum coach_prio);
/* Stop speaking and drop what is queued (the user moved on). */
void		 app_hush(struct app *);
/* Log one line to the trace file (UNCLENCH_TEST_TRACE), if any. */
void		 app_trace(struct app *, const char *, ...)
		     printflike(2, 3);
#endif
