/*
 * theme: colour roles read from themes/NAME.ini, as plain numbers and
 * attribute bits (no curses types; tui.c maps them to colour pairs).
 */
#ifndef UNCLENCH_THEME_H
#define UNCLENCH_THEME_H

#include "diag.h"

enum theme_role {
	ROLE_TEXT, ROLE_TITLE, ROLE_ACCENT, ROLE_TIMER, ROLE_PROGRESS,
	ROLE_INHALE, ROLE_EXHALE, ROLE_TENSE, ROLE_RELEASE, ROLE_WARNING,
	ROLE_DIM, ROLE_COUNT
};

#define COLOR_DEFAULT	(-1)

enum theme_attr {
	THEME_BOLD = 1, THEME_DIM = 2, THEME_REVERSE = 4, THEME_UNDERLINE = 8
};

struct theme_color {
	short	 fg, bg;	/* 0-255 or COLOR_DEFAULT */
	short	 fg8, bg8;	/* 0-7 or COLOR_DEFAULT */
	int	 attr;		/* enum theme_attr bits */
};

struct theme {
	char			 name[41];
	char			 description[201];
	struct theme_color	 role[ROLE_COUNT];
};

extern const char *const theme_role_names[ROLE_COUNT];

/* Load themes/NAME.ini; -1 with errors in d, t untouched. */
int	 theme_load(const char *path, struct theme *t, struct diag *d);
/* The built-in monochrome theme (NO_COLOR, no colours, or a broken theme). */
void	 theme_mono(struct theme *);

#endif
