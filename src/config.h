/*
 * config: the user's settings. A declarative table (config.c) drives
 * defaults, parsing, range checks, unknown-key warnings and the option list
 * printed by `unclench check --options`. Loading is all-or-nothing: on any
 * error the previous settings are kept.
 */
#ifndef UNCLENCH_CONFIG_H
#define UNCLENCH_CONFIG_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "diag.h"
#include "util.h"

#define CONFIG_MAX_SCHEDULE	32
#define CONFIG_GOAL_CHECK_ML	4000	/* above: check warns */
/* [daemon] terminal: words of the command, run as an argument vector. */
#define CONFIG_MAX_TERMINAL_WORDS	32
/* The longest hook command. */
#define CONFIG_HOOK_MAX			1000

/* One scheduled session: "evening = 21:30 mon-fri bedtime-legs". */
struct schedule_entry {
	char		 name[33];
	int		 minute;	/* minutes since midnight */
	unsigned	 weekdays;	/* bit 0 Sunday .. bit 6 Saturday */
	char		 routine[NAME_MAX_LEN + 1];
};

struct config {
	/* [general] */
	char			 theme[NAME_MAX_LEN + 1];
	int			 bell;
	int			 flash;
	int64_t			 get_ready_ms;
	enum volume_unit	 units;
	/* [hydration] */
	int			 hydration_enabled;
	long			 goal_ml;
	long			 glass_ml;
	int64_t			 interval_ms;
	int			 active_from, active_to;	/* minute of day */
	int			 fluid_restricted;
	long			 fluid_limit_ml;
	/* [relief] */
	int			 night_from, night_to;
	/* [stretch] */
	int32_t			 hold_scale;	/* permille: 1000 as written */
	/* [pmr] */
	int			 pmr_skip_legs;
	/* [audio] */
	int			 speak;
	int			 speak_at_night;
	int			 cues;		/* enum audio_cues */
#define CONFIG_CUES_OFF	3	/* AUDIO_CUES_OFF, for the daemon */
	int			 cues_at_night;
	int			 volume;	/* 0..100 */
	char			 speech_command[256];
	int64_t			 speech_timeout_ms;
	/* [display] */
	int			 screen_reader;
	/* [daemon] */
	char			 terminal[256];
	int64_t			 grace_ms;
	int64_t			 snooze_ms;
	/* [notify] terminal: "auto", "off" or "always" */
	char			 notify_terminal[32];
	/* [hooks]: commands, split into words; "" runs nothing */
	char			 hook_on_reminder[CONFIG_HOOK_MAX + 1];
	char			 hook_on_routine_end[CONFIG_HOOK_MAX + 1];
	char			 hook_on_cramp_logged[CONFIG_HOOK_MAX + 1];
	/* [presence] */
	int			 presence_off;	/* mode = off */
	int64_t			 away_after_ms;
	/* [schedule] */
	struct schedule_entry	 schedule[CONFIG_MAX_SCHEDULE];
	size_t			 nschedule;
};

/* The built-in defaults (the same as the shipped config/unclench.ini). */
void	 config_defaults(struct config *);
/*
 * Apply the file at path over cfg, key by key. All-or-nothing: returns -1
 * with errors in d and cfg untouched.
 */
int	 config_load(const char *path, struct config *cfg, struct diag *d);
/*
 * The settings in effect: defaults, then config_path, or the user's
 * config file when it is NULL. A missing user file is fine; a broken one
 * is reported in d and the defaults kept. Returns -1 if it was broken.
 */
int	 config_load_user(struct config *cfg, const char *config_path,
	     struct diag *d);
/* The daily goal in effect (capped at the fluid limit when restricted). */
long	 config_effective_goal_ml(const struct config *);
/* Parse "mon-fri", "daily", "mon,wed,fri" into weekday bits; -1 if bad. */
int	 config_parse_days(const char *, unsigned *);
/* Write every option with its default and help, as INI (for docs). */
void	 config_print_options(FILE *);
/* Is minute m (0-1439) inside [from, to), a range that may cross midnight? */
int	 minute_in_range(int m, int from, int to);

#endif
