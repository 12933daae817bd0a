/*
 * tui: owns the curses screen from newterm to endwin. Invariants: the
 * terminal is checked before anything is written to it (by newterm itself
 * in tui_open: curses writes nothing before the first refresh, so a
 * terminal that fails is given back its modes untouched); tui_restore() is
 * idempotent (isendwin) and registered with atexit and fatal_hook, so
 * every way out of the program restores the terminal; signal handlers only
 * set tui_signal and the loop does the cleaning up; SIGWINCH stays with
 * ncurses (KEY_RESIZE).
 */
#include "tui.h"

#include <errno.h>
#include <langinfo.h>
#include <stdlib.h>
#include <string.h>
#include <term.h>
#include <unistd.h>
#include <sys/ioctl.h>

#include "clock.h"
#include "i18n.h"
#include "util.h"

volatile sig_atomic_t	 tui_signal;
volatile sig_atomic_t	 tui_stop_requested;
attr_t			 tui_attr[ROLE_COUNT];
int			 tui_ascii;

static SCREEN		*screen;
static int		 colour;		/* colours in use */
static int		 default_colours;	/* -1 is a colour */
static int		 configured;		/* tui_start has set the modes */

static void
on_quit_signal(int sig)
{
	tui_signal = sig;
}

/*
 * Ctrl-Z. Ours rather than ncurses' own handler (which would suspend from
 * inside the signal handler) so the loop can pause the routine first.
 */
static void
on_stop_signal(int sig)
{
	(void)sig;
	tui_stop_requested = 1;
}

static void
catch_stop_signal(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = on_stop_signal;
	sa.sa_flags = 0;	/* no SA_RESTART: wake a blocked wgetch */
	sigaction(SIGTSTP, &sa, NULL);
}

void
tui_suspend(void)
{
	tui_stop_requested = 0;
	endwin();
	/* The default action stops us; execution goes on here at SIGCONT. */
	signal(SIGTSTP, SIG_DFL);
	raise(SIGTSTP);
	catch_stop_signal();
	clearok(curscr, TRUE);
	refresh();
}

/*
 * A crash: put the terminal back as best we can, then let the default
 * action (core dump) happen. endwin is not async-signal-safe, but the
 * alternative is a terminal left in raw mode.
 */
static void
on_crash(int sig)
{
	if (screen != NULL)
		endwin();
	signal(sig, SIG_DFL);
	raise(sig);
}

void
tui_signals_install(void)
{
	/* SIGQUIT too: Ctrl-\ would otherwise leave the terminal raw. */
	static const int	 quit[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
	static const int	 crash[] = { SIGSEGV, SIGBUS, SIGFPE, SIGILL,
				     SIGABRT };
	struct sigaction	 sa, old;
	size_t			 i;

	/* Curses running: tui_open installed them, before newterm. */
	if (screen != NULL)
		return;
	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = on_quit_signal;
	sa.sa_flags = 0;	/* no SA_RESTART: wake a blocked wgetch */
	for (i = 0; i < nitems(quit); i++)
		sigaction(quit[i], &sa, NULL);
	/* Before initscr: ncurses then leaves SIGTSTP to us. */
	catch_stop_signal();

	/* Leave a sanitizer's or debugger's crash handler alone. */
	sa.sa_handler = on_crash;
	sa.sa_flags = SA_RESETHAND;
	for (i = 0; i < nitems(crash); i++) {
		if (sigaction(crash[i], NULL, &old) == 0 &&
		    old.sa_handler == SIG_DFL)
			sigaction(crash[i], &sa, NULL);
	}
}

int
tui_want_ascii(void)
{
	static const char *const basic[] = { "vt5", "vt1", "vt2", "vt3",
	    "linux", "dumb", "ansi", "cons25", "pcansi", "sun", "wsvt25" };
	const char	*cs = nl_langinfo(CODESET), *term = getenv("TERM");
	size_t		 i;

	if (cs == NULL || (strcmp(cs, "UTF-8") != 0 &&
	    strcmp(cs, "utf8") != 0))
		return 1;
	if (term == NULL || *term == '\0')
		return 1;
	for (i = 0; i < nitems(basic); i++)
		if (strncmp(term, basic[i], strlen(basic[i])) == 0)
			return 1;
	return 0;
}

/* stdin and stdout a terminal, TERM set: 0, or -1 with *cause. */
static int
terminal_basics(const char *term, char **cause)
{
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		*cause = xstrdup(_("not a terminal (the coach needs an "
		    "interactive terminal on stdin and stdout)"));
		return -1;
	}
	if (term == NULL || *term == '\0') {
		*cause = xstrdup(_("TERM is not set (try "
		    "TERM=xterm-256color)"));
		return -1;
	}
	return 0;
}

/* Can the terminal loaded (cur_term) address the cursor? */
static int
can_address(const char *term, char **cause)
{
	char *cup = tigetstr("cup");

	if (cup != NULL && cup != (char *)-1)
		return 1;
	*cause = xasprintf(_("terminal \"%s\" cannot move the "
	    "cursor; the coach needs a full-screen terminal (e.g. "
	    "TERM=xterm-256color)"), term);
	return 0;
}

static char *
unknown_terminal(const char *term)
{
	return xasprintf(_("unknown terminal type \"%s\" (no "
	    "terminfo entry; try TERM=xterm-256color)"), term);
}

int
tui_check_terminal(char **cause)
{
	/*
	 * Passed once: the terminal and TERM stay what they were, so a
	 * command that checks, then checks again to start the screen, reads
	 * and parses the terminfo entry once here, not twice.
	 */
	static int	 passed;
	const char	*term = getenv("TERM");
	int		 err = 0;

	if (passed || screen != NULL)
		return 0;
	if (terminal_basics(term, cause) != 0)
		return -1;
	if (setupterm(NULL, STDOUT_FILENO, &err) != OK) {
		*cause = unknown_terminal(term);
		return -1;
	}
	if (!can_address(term, cause)) {
		del_curterm(cur_term);
		return -1;
	}
	del_curterm(cur_term);
	passed = 1;
	return 0;
}

/* A theme colour as this terminal can show it. */
static short
pick(short c256, short c8, short fallback)
{
	short c = COLORS >= 256 ? c256 : c8;

	if (c >= COLORS)
		c = c8;
	if (c == COLOR_DEFAULT && !default_colours)
		c = fallback;
	return c;
}

static attr_t
theme_attrs(int a)
{
	attr_t r = A_NORMAL;

	if (a & THEME_BOLD)
		r |= A_BOLD;
	if (a & THEME_DIM)
		r |= A_DIM;
	if (a & THEME_REVERSE)
		r |= A_REVERSE;
	if (a & THEME_UNDERLINE)
		r |= A_UNDERLINE;
	return r;
}

void
tui_set_theme(const struct theme *t)
{
	struct theme	 mono;
	short		 tfg, tbg, fg, bg;
	int		 i;

	if (!colour) {
		theme_mono(&mono);
		for (i = 0; i < ROLE_COUNT; i++)
			tui_attr[i] = theme_attrs(mono.role[i].attr);
		return;
	}
	tfg = pick(t->role[ROLE_TEXT].fg, t->role[ROLE_TEXT].fg8, COLOR_WHITE);
	tbg = pick(t->role[ROLE_TEXT].bg, t->role[ROLE_TEXT].bg8, COLOR_BLACK);
	for (i = 0; i < ROLE_COUNT; i++) {
		const struct theme_color *c = &t->role[i];

		fg = pick(c->fg, c->fg8, tfg);
		bg = pick(c->bg, c->bg8, tbg);
		/* The text role's background is the whole screen's. */
		if (bg == COLOR_DEFAULT)
			bg = tbg;
		if (fg == COLOR_DEFAULT)
			fg = tfg;
		init_pair((short)(i + 1), fg, bg);
		tui_attr[i] = COLOR_PAIR(i + 1) | theme_attrs(c->attr);
	}
	/*
	 * The background for what is drawn and erased from now on: every
	 * frame begins with werase (app.c), so the cells need not be
	 * recoloured one by one here (wbkgd: 1920 of them at 80x24, before
	 * the first frame).
	 */
	wbkgdset(stdscr, ' ' | COLOR_PAIR(1 + ROLE_TEXT));
}

static int
want_colour(void)
{
	const char *nc = getenv("NO_COLOR");

	if (nc != NULL && *nc != '\0')
		return 0;
	return has_colors();
}

/*
 * LINES and COLUMNS override the terminal's own size in ncurses, and
 * newterm allocates every cell of them: COLUMNS=100000 LINES=100000 made
 * it fail. A value above the terminal's real size (or, with none known,
 * above TUI_ENV_MAX) is dropped, so the real size is used.
 */
#define TUI_ENV_MAX	1000
static void
clamp_env_size(void)
{
	static const char *const names[] = { "LINES", "COLUMNS" };
	struct winsize	 ws;
	const char	*v;
	long		 n, real[2];
	char		*end;
	size_t		 i;

	memset(&ws, 0, sizeof ws);
	(void)ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws);
	real[0] = ws.ws_row > 0 ? ws.ws_row : TUI_ENV_MAX;
	real[1] = ws.ws_col > 0 ? ws.ws_col : TUI_ENV_MAX;
	for (i = 0; i < nitems(names); i++) {
		if ((v = getenv(names[i])) == NULL)
			continue;
		errno = 0;
		n = strtol(v, &end, 10);
		if (errno != 0 || end == v || *end != '\0' || n < 1 ||
		    n > real[i])
			unsetenv(names[i]);
	}
}

/* The screen is ours to restore, however the program ends. */
static void
register_restore(void)
{
	static int registered;

	if (!registered) {
		atexit(tui_restore);
		registered = 1;
	}
	fatal_hook = tui_restore;
}

/* Back to the default actions of the signals tui_signals_install set. */
static void
signals_default(void)
{
	static const int	 sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT,
				     SIGTSTP };
	size_t			 i;

	for (i = 0; i < nitems(sigs); i++)
		signal(sigs[i], SIG_DFL);
}

int
tui_open(char **cause)
{
	const char *term = getenv("TERM");

	if (screen != NULL)
		return 0;
	if (terminal_basics(term, cause) != 0)
		return -1;
	tui_signals_install();
	clamp_env_size();
	if ((screen = newterm(NULL, stdout, stdin)) == NULL) {
		signals_default();
		*cause = unknown_terminal(term);
		return -1;
	}
	if (!can_address(term, cause)) {
		/*
		 * Nothing has been written yet (curses writes at the first
		 * refresh); only the terminal's modes are put back.
		 */
		reset_shell_mode();
		delscreen(screen);
		screen = NULL;
		signals_default();
		return -1;
	}
	register_restore();
	return 0;
}

int
tui_start(const struct theme *t, char **cause)
{
	if (screen != NULL && configured)
		return 0;
	if (screen == NULL) {
		clamp_env_size();
		if ((screen = newterm(NULL, stdout, stdin)) == NULL) {
			*cause = xasprintf(_("cannot start the terminal "
			    "screen (TERM=%s)"),
			    getenv("TERM") ? getenv("TERM") : "");
			return -1;
		}
		register_restore();
	}
	configured = 1;
	cbreak();
	noecho();
	nonl();
	intrflush(stdscr, FALSE);
	keypad(stdscr, TRUE);
	set_escdelay(25);
	/* No input poll in the middle of each refresh: one write, not many. */
	typeahead(-1);
	/*
	 * Hidden where the terminal can, but never leaveok: a braille
	 * display or screen reader follows the cursor, which each frame
	 * leaves where its focus line starts (app_focus).
	 */
	curs_set(0);
	mousemask(BUTTON1_PRESSED, NULL);
	mouseinterval(0);
	/* COLOR_PAIRS is only known once start_color has run. */
	if ((colour = want_colour()) && start_color() == OK &&
	    COLOR_PAIRS > ROLE_COUNT)
		default_colours = use_default_colors() == OK;
	else
		colour = 0;
	tui_set_theme(t);
	return 0;
}

void
tui_restore(void)
{
	if (screen != NULL && !isendwin()) {
		endwin();
		fflush(stdout);
	}
}

void
tui_end(void)
{
	tui_restore();
	if (screen != NULL) {
		delscreen(screen);
		screen = NULL;
	}
	configured = 0;
	fatal_hook = NULL;
}

enum tui_layout
tui_layout(int rows, int cols)
{
	if (rows < TUI_MIN_LINES || cols < TUI_MIN_COLS)
		return LAYOUT_TOO_SMALL;
	if (rows < TUI_FULL_LINES || cols < TUI_FULL_COLS)
		return LAYOUT_COMPACT;
	return LAYOUT_FULL;
}

int
tui_getch(int ms, int *fast)
{
	uint64_t	t0;
	int		ch;

	wtimeout(stdscr, ms);
	t0 = clock_real_mono_us();
	errno = 0;
	if ((ch = wgetch(stdscr)) != ERR) {
		*fast = 0;
		return ch;
	}
	/* Returned at once with nothing read: EOF or EIO. */
	if ((ms < 0 || ms > 10) && tui_signal == 0 && errno != EINTR &&
	    clock_real_mono_us() - t0 < 1000) {
		if (++*fast >= TUI_DEAD_TURNS)
			tui_signal = SIGHUP;
	} else
		*fast = 0;
	return ERR;
}
