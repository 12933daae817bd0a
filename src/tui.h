/*
 * tui: the curses lifecycle. Signal flags installed before curses starts,
 * the terminal checked before it is touched, colour pairs built from a
 * struct theme, and tui_restore() that puts the terminal back however the
 * program ends. The only place that calls initscr/newterm and endwin.
 */
#ifndef UNCLENCH_TUI_H
#define UNCLENCH_TUI_H

#include <curses.h>
#include <signal.h>

#include "theme.h"

/* The screen sizes the views lay out for. */
enum tui_layout {
	LAYOUT_FULL,		/* big digits fit (design: 80x24) */
	LAYOUT_COMPACT,		/* 40x12 and up: ordinary digits */
	LAYOUT_TOO_SMALL	/* below 40x12: a notice only */
};

#define TUI_MIN_COLS	40
#define TUI_MIN_LINES	12
#define TUI_FULL_COLS	60
#define TUI_FULL_LINES	20

/* The last SIGINT, SIGTERM, SIGHUP or SIGQUIT received (0: none). */
extern volatile sig_atomic_t tui_signal;
/* Set by SIGTSTP (Ctrl-Z): the loop pauses, then stops the process. */
extern volatile sig_atomic_t tui_stop_requested;

/* Each theme role as a curses attribute (colour pair and bold etc.). */
extern attr_t tui_attr[ROLE_COUNT];

/* No UTF-8: draw with plain ASCII (no box-drawing, no block characters). */
extern int tui_ascii;

/*
 * Install the SIGINT/SIGTERM/SIGHUP/SIGQUIT flag handlers (no SA_RESTART,
 * so a blocked wgetch returns). Call before tui_start(): ncurses only
 * takes over signals still at their default. Once curses runs (after
 * tui_open, which installs them itself) it does nothing.
 */
void		 tui_signals_install(void);

/* Should this locale and TERM get the ASCII fallback? */
int		 tui_want_ascii(void);
/*
 * Stop the process as Ctrl-Z asked, with the terminal restored while it is
 * stopped; returns once it is continued, with curses back (redraw all).
 */
void		 tui_suspend(void);

/*
 * Check that stdin/stdout are a terminal that can address the cursor.
 * Returns 0, or -1 with *cause (allocated); nothing is written to it.
 */
int		 tui_check_terminal(char **cause);

/*
 * The check and the start of curses in one, for a command in a hurry
 * (`now`): the terminfo entry is read and parsed once, by newterm. Checks
 * stdin/stdout and TERM, installs the signal handlers (tui_signals_install),
 * starts curses and checks the terminal can address the cursor; nothing is
 * written to the terminal until the first refresh. Returns 0, or -1 with
 * *cause (allocated), the terminal's modes and the signals' default
 * actions as they were. tui_start() then finishes the start.
 */
int		 tui_open(char **cause);

/*
 * Start curses on the terminal with colours from t (mono when NO_COLOR is
 * set or the terminal has none). Registers tui_restore with atexit and as
 * the fatal() hook. Returns 0, or -1 with *cause.
 */
int		 tui_start(const struct theme *t, char **cause);

/* Rebuild the colour pairs from another theme (e.g. the night theme). */
void		 tui_set_theme(const struct theme *t);

/* Put the terminal back (endwin); safe to call any number of times. */
void		 tui_restore(void);

/* Restore and free curses' screen (normal exit). */
void		 tui_end(void);

/*
 * wgetch on stdscr waiting at most ms (-1: for ever) that notices a dead
 * terminal: wgetch then returns ERR at once with nothing read (EOF, EIO),
 * every time. After TUI_DEAD_TURNS such returns in a row (counted in
 * *fast, 0 to begin with) it sets tui_signal to SIGHUP, as a hangup would.
 */
#define TUI_DEAD_TURNS	100
int		 tui_getch(int ms, int *fast);

/* The layout for a terminal of rows x cols. */
enum tui_layout	 tui_layout(int rows, int cols);

#endif
