/*
 * config: one table of options drives defaults, parsing and checks. Each
 * option's default is a string parsed by the same code as the file, so the
 * defaults cannot disagree with the rules.
 */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "hooks.h"
#include "i18n.h"
#include "ini.h"
#include "files_paths.h"

enum opt_type {
	OPT_BOOL, OPT_DURATION, OPT_VOLUME, OPT_RANGE, OPT_STRING, OPT_UNITS,
	OPT_NAME, OPT_SCALE, OPT_CUES, OPT_PERCENT, OPT_PRESENCE
};

struct option {
	const char	*section;
	const char	*key;
	enum opt_type	 type;
	size_t		 offset;	/* of the field in struct config */
	size_t		 offset2;	/* second field (OPT_RANGE end) */
	int64_t		 min, max;	/* ms, ml, or string length */
	const char	*def;
	const char	*help;
};

#define F(field) offsetof(struct config, field)

/* help: a comment in `check --options`, marked here, translated there. */
static const struct option options[] = {
	{ "general", "theme", OPT_NAME, F(theme), 0, 1, NAME_MAX_LEN, "default",
	  N_("colour theme, a name from the themes folder") },
	{ "general", "bell", OPT_BOOL, F(bell), 0, 0, 0, "yes",
	  N_("ring the terminal bell when a phase changes") },
	{ "general", "flash", OPT_BOOL, F(flash), 0, 0, 0, "no",
	  N_("flash the screen when a phase changes") },
	{ "general", "get_ready", OPT_DURATION, F(get_ready_ms), 0, 0, 60000,
	  "5s", N_("countdown before a routine starts (0 to 60 s)") },
	{ "general", "units", OPT_UNITS, F(units), 0, 0, 0, "ml",
	  N_("volume units: ml or oz") },
	{ "hydration", "enabled", OPT_BOOL, F(hydration_enabled), 0, 0, 0,
	  "yes", N_("send hydration reminders") },
	{ "hydration", "goal", OPT_VOLUME, F(goal_ml), 0, 250, 10000, "2000ml",
	  N_("daily water goal (250 ml to 10 l)") },
	{ "hydration", "glass", OPT_VOLUME, F(glass_ml), 0, 10, 2000, "250ml",
	  N_("one glass (10 ml to 2 l)") },
	{ "hydration", "interval", OPT_DURATION, F(interval_ms), 0, 5000,
	  12 * 3600000LL, "45m",
	  N_("remind this long after the last drink logged (5 s to 12 h)") },
	{ "hydration", "active_hours", OPT_RANGE, F(active_from), F(active_to),
	  0, 0, "08:00-22:00", N_("remind only between these times") },
	{ "hydration", "fluid_restricted", OPT_BOOL, F(fluid_restricted), 0,
	  0, 0, "no", N_("yes if a doctor limits how much you drink") },
	{ "hydration", "fluid_limit", OPT_VOLUME, F(fluid_limit_ml), 0, 0,
	  10000, "0ml", N_("the daily limit your doctor gave (needed when "
	  "fluid_restricted = yes)") },
	{ "relief", "night_hours", OPT_RANGE, F(night_from), F(night_to), 0, 0,
	  "22:00-07:00", N_("relief mode uses the night theme and no bell") },
	{ "stretch", "hold_scale", OPT_SCALE, F(hold_scale), 0, 1000, 2000,
	  "1", N_("make still stretch holds of 15 s or more this many times "
	  "longer, to at most 60 s (1 to 2; ACSM advises 30-60 s holds for "
	  "older adults)") },
	{ "pmr", "skip_legs", OPT_BOOL, F(pmr_skip_legs), 0, 0, 0, "no",
	  N_("leave out the leg and foot groups in muscle relaxation") },
	{ "audio", "speak", OPT_BOOL, F(speak), 0, 0, 0, "no",
	  N_("speak each step's instruction (through speech-dispatcher)") },
	{ "audio", "speak_at_night", OPT_BOOL, F(speak_at_night), 0, 0, 0,
	  "no", N_("speak in the night hours too") },
	{ "audio", "cues", OPT_CUES, F(cues), 0, 0, 0, "bell",
	  N_("phase-change cues: bell, sound (the sound theme), tones or "
	  "off") },
	{ "audio", "cues_at_night", OPT_BOOL, F(cues_at_night), 0, 0, 0, "no",
	  N_("play sound and tones in the night hours too") },
	{ "audio", "volume", OPT_PERCENT, F(volume), 0, 0, 100, "80",
	  N_("loudness of sound and tones, 0 to 100") },
	{ "audio", "speech_command", OPT_STRING, F(speech_command), 0, 0, 255,
	  "", N_("your own speech program, run without a shell with the text "
	  "as its last argument (empty: speech-dispatcher)") },
	{ "audio", "speech_timeout", OPT_DURATION, F(speech_timeout_ms), 0,
	  100, 120000, "20s", N_("a speech command still running after this "
	  "long is stopped (0.1 s to 2 min)") },
	{ "display", "screen_reader", OPT_BOOL, F(screen_reader), 0, 0, 0,
	  "no",
	  N_("screen-reader mode: sentences, no countdown or animation") },
	{ "daemon", "terminal", OPT_STRING, F(terminal), 0, 1, 255,
	  "x-terminal-emulator -e",
	  N_("command that runs a program in a new terminal window") },
	{ "daemon", "grace", OPT_DURATION, F(grace_ms), 0, 60000,
	  12 * 3600000LL, "1h",
	  N_("a scheduled session missed by more than this is skipped") },
	{ "daemon", "snooze", OPT_DURATION, F(snooze_ms), 0, 60000,
	  12 * 3600000LL, "15m", N_("how long Snooze postpones a reminder") },
	{ "notify", "terminal", OPT_STRING, F(notify_terminal), 0, 1, 31,
	  "auto", N_("reminders as terminal notifications to the terminals "
	  "running `unclench status --follow --osc`: auto (when no "
	  "notification server takes them), always, or off") },
	{ "hooks", "on_reminder", OPT_STRING, F(hook_on_reminder), 0, 0,
	  CONFIG_HOOK_MAX, "", N_("a command run when a reminder is due (no "
	  "shell; UNCLENCH_* variables say what)") },
	{ "hooks", "on_routine_end", OPT_STRING, F(hook_on_routine_end), 0, 0,
	  CONFIG_HOOK_MAX, "", N_("a command run when a routine is recorded") },
	{ "hooks", "on_cramp_logged", OPT_STRING, F(hook_on_cramp_logged), 0,
	  0, CONFIG_HOOK_MAX, "", N_("a command run when a cramp is logged") },
	{ "presence", "mode", OPT_PRESENCE, F(presence_off), 0, 0, 0, "auto",
	  N_("hold reminders while you are away (auto) or never (off)") },
	{ "presence", "away_after", OPT_DURATION, F(away_after_ms), 0, 10000,
	  12 * 3600000LL, "5m",
	  N_("idle this long counts as away (10 s to 12 h)") },
};

static const char *const sections[] = {
	"general", "hydration", "relief", "stretch", "pmr", "audio",
	"display", "daemon", "presence", "notify", "hooks", "schedule"
};

/* In the order of enum audio_cues (audio.h). */
static const char *const cue_names[] = { "bell", "sound", "tones", "off" };

static const char *const day_names[] = {
	"sun", "mon", "tue", "wed", "thu", "fri", "sat"
};

int
minute_in_range(int m, int from, int to)
{
	if (from <= to)
		return m >= from && m < to;
	return m >= from || m < to;
}

static int
day_index(const char *s, size_t len)
{
	int i;

	for (i = 0; i < 7; i++)
		if (len == 3 && strncmp(s, day_names[i], 3) == 0)
			return i;
	return -1;
}

int
config_parse_days(const char *s, unsigned *out)
{
	unsigned bits = 0;

	if (strcmp(s, "daily") == 0) {
		*out = 0x7f;
		return 0;
	}
	if (strcmp(s, "weekdays") == 0) {
		*out = 0x3e;
		return 0;
	}
	if (strcmp(s, "weekends") == 0) {
		*out = 0x41;
		return 0;
	}
	while (*s != '\0') {
		size_t	 len = strcspn(s, ",");
		int	 a, b;

		if (len == 7 && s[3] == '-') {
			a = day_index(s, 3);
			b = day_index(s + 4, 3);
		} else
			a = b = day_index(s, len);
		if (a < 0 || b < 0)
			return -1;
		/* A range may wrap: fri-mon. */
		for (;;) {
			bits |= 1u << a;
			if (a == b)
				break;
			a = (a + 1) % 7;
		}
		s += len;
		if (*s == ',' && *++s == '\0')
			return -1;
	}
	if (bits == 0)
		return -1;
	*out = bits;
	return 0;
}

/* A plain decimal in thousandths: a duration's parser without units. */
static int
parse_scale(const char *v, int64_t min, int64_t max, int64_t *out,
    const char **why)
{
	if (v[strspn(v, "0123456789.")] != '\0') {
		*why = _("not a number");
		return -1;
	}
	if (parse_duration_ms(v, min, max, out, why) != 0) {
		/* The duration's words (translated there) as a number's. */
		*why = strcmp(*why, _("too short")) == 0 ? _("too small") :
		    strcmp(*why, _("too long")) == 0 ? _("too large") :
		    _("not a number");
		return -1;
	}
	return 0;
}

/* The options whose value is one of a few words (units, presence, cues). */
static int
apply_word(const struct option *o, const char *v, struct config *cfg,
    const char **why, char *expected, size_t explen)
{
	int	 b;

	if (o->type == OPT_UNITS) {
		snprintf(expected, explen, _("ml or oz"));
		if (strcmp(v, "ml") == 0)
			cfg->units = UNIT_ML;
		else if (strcmp(v, "oz") == 0)
			cfg->units = UNIT_OZ;
		else {
			*why = _("not a unit");
			return -1;
		}
		return 0;
	}
	if (o->type == OPT_PRESENCE) {
		snprintf(expected, explen, _("auto or off"));
		if (strcmp(v, "auto") != 0 && strcmp(v, "off") != 0) {
			*why = _("not a mode");
			return -1;
		}
		*(int *)((char *)cfg + o->offset) = v[0] == 'o';
		return 0;
	}
	snprintf(expected, explen, _("bell, sound, tones or off"));
	for (b = 0; b < (int)nitems(cue_names); b++)
		if (strcmp(v, cue_names[b]) == 0)
			break;
	if (b == (int)nitems(cue_names)) {
		*why = _("not a kind of cue");
		return -1;
	}
	*(int *)((char *)cfg + o->offset) = b;
	return 0;
}

/* Parse one option's value into cfg; why is set on failure. */
static int
apply(const struct option *o, const char *v, struct config *cfg,
    const char **why, char *expected, size_t explen)
{
	char	*base = (char *)cfg;
	int64_t	 ms;
	long	 ml;
	int	 b, from, to;

	switch (o->type) {
	case OPT_BOOL:
		snprintf(expected, explen, _("yes or no"));
		if (parse_bool(v, &b, why) != 0)
			return -1;
		*(int *)(base + o->offset) = b;
		return 0;
	case OPT_DURATION:
		ini_range_text(expected, explen, o->min, o->max);
		if (parse_duration_ms(v, o->min, o->max, &ms, why) != 0)
			return -1;
		*(int64_t *)(base + o->offset) = ms;
		return 0;
	case OPT_VOLUME:
		snprintf(expected, explen, _("a volume like 250ml, 2l or 8oz, "
		    "%lld ml to %lld ml"), (long long)o->min,
		    (long long)o->max);
		if (parse_volume_ml(v, cfg->units, (long)o->min, (long)o->max,
		    &ml, why) != 0)
			return -1;
		*(long *)(base + o->offset) = ml;
		return 0;
	case OPT_RANGE:
		snprintf(expected, explen, _("a time range like 08:00-22:00"));
		if (parse_clock_range(v, &from, &to, why) != 0)
			return -1;
		*(int *)(base + o->offset) = from;
		*(int *)(base + o->offset2) = to;
		return 0;
	case OPT_UNITS:
	case OPT_CUES:
	case OPT_PRESENCE:
		return apply_word(o, v, cfg, why, expected, explen);
	case OPT_NAME:
		snprintf(expected, explen, _("a name of lower case letters, "
		    "digits and '-'"));
		if (!name_is_safe(v)) {
			*why = _("not a name");
			return -1;
		}
		strlcpy_safe(base + o->offset, v, (size_t)o->max + 1);
		return 0;
	case OPT_SCALE:
		snprintf(expected, explen, _("a number from %lld to %lld, like "
		    "1.5"), (long long)o->min / 1000, (long long)o->max / 1000);
		if (parse_scale(v, o->min, o->max, &ms, why) != 0)
			return -1;
		*(int32_t *)(base + o->offset) = (int32_t)ms;
		return 0;
	case OPT_PERCENT:
		snprintf(expected, explen,
		    _("a whole number from %lld to %lld"), (long long)o->min,
		    (long long)o->max);
		if (parse_long(v, (long)o->min, (long)o->max, &ml, why) != 0)
			return -1;
		*(int *)(base + o->offset) = (int)ml;
		return 0;
	case OPT_STRING:
	default:
		snprintf(expected, explen, _("text of %lld to %lld characters"),
		    (long long)o->min, (long long)o->max);
		if (strlen(v) < (size_t)o->min || strlen(v) > (size_t)o->max) {
			*why = _("the wrong length");
			return -1;
		}
		strlcpy_safe(base + o->offset, v, (size_t)o->max + 1);
		return 0;
	}
}

void
config_defaults(struct config *cfg)
{
	const char	*why;
	char		 expected[160];
	size_t		 i;

	memset(cfg, 0, sizeof *cfg);
	for (i = 0; i < nitems(options); i++)
		if (apply(&options[i], options[i].def, cfg, &why, expected,
		    sizeof expected) != 0)
			fatal("built-in default %s.%s is invalid: %s",
			    options[i].section, options[i].key, why);
}

static int
load_schedule(const struct ini *ini, struct config *cfg, struct diag *d)
{
	const char	**keys;
	size_t		  n, i;
	int		  bad = 0;

	cfg->nschedule = 0;
	keys = ini_keys(ini, "schedule", &n);
	for (i = 0; i < n; i++) {
		const char		*v = ini_get(ini, "schedule", keys[i]);
		const char		*why;
		char			 hhmm[16], days[64], routine[80];
		struct schedule_entry	*e;
		int			 consumed = 0;

		if (cfg->nschedule == CONFIG_MAX_SCHEDULE) {
			diag_at(d, DIAG_ERROR, ini_path(ini), "schedule",
			    keys[i],
			    _("too many entries (expected at most %d)"),
			    CONFIG_MAX_SCHEDULE);
			bad = 1;
			break;
		}
		e = &cfg->schedule[cfg->nschedule];
		if (v == NULL || sscanf(v, "%15s %63s %79s %n", hhmm, days,
		    routine, &consumed) != 3 || v[consumed] != '\0') {
			diag_at(d, DIAG_ERROR, ini_path(ini), "schedule",
			    keys[i], _("\"%s\" is not a schedule (expected "
			    "HH:MM DAYS ROUTINE, like 21:30 mon-fri "
			    "bedtime-legs)"), v ? v : "");
			bad = 1;
			continue;
		}
		if (parse_clock_min(hhmm, &e->minute, &why) != 0) {
			diag_at(d, DIAG_ERROR, ini_path(ini), "schedule",
			    keys[i], _("\"%s\" is %s (expected HH:MM, 00:00 to "
			    "23:59)"), hhmm, why);
			bad = 1;
		}
		if (config_parse_days(days, &e->weekdays) != 0) {
			diag_at(d, DIAG_ERROR, ini_path(ini), "schedule",
			    keys[i], _("\"%s\" is not a set of days (expected "
			    "daily, weekdays, weekends, mon-fri or "
			    "mon,wed,fri)"), days);
			bad = 1;
		}
		if (!name_is_safe(routine)) {
			diag_at(d, DIAG_ERROR, ini_path(ini), "schedule",
			    keys[i], _("\"%s\" is not a routine name"),
			    routine);
			bad = 1;
		}
		if (strlen(keys[i]) >= sizeof e->name) {
			diag_at(d, DIAG_ERROR, ini_path(ini), "schedule",
			    keys[i], _("name is too long (expected at most "
			    "32 characters)"));
			bad = 1;
		}
		if (bad)
			continue;
		strlcpy_safe(e->name, keys[i], sizeof e->name);
		strlcpy_safe(e->routine, routine, sizeof e->routine);
		cfg->nschedule++;
	}
	free(keys);
	return bad ? -1 : 0;
}

/* Words split at spaces and tabs, as the daemon splits [daemon] terminal. */
static size_t
count_words(const char *s)
{
	size_t	n = 0;
	int	in = 0;

	for (; *s != '\0'; s++) {
		if (*s == ' ' || *s == '\t')
			in = 0;
		else if (!in) {
			in = 1;
			n++;
		}
	}
	return n;
}

/* [notify] terminal is one of three words; each hook splits into words. */
static void
check_notify_hooks(const char *path, const struct config *cfg,
    struct diag *d)
{
	const char	*keys[] = { "on_reminder", "on_routine_end",
			    "on_cramp_logged" };
	const char	*cmds[] = { cfg->hook_on_reminder,
			    cfg->hook_on_routine_end, cfg->hook_on_cramp_logged };
	char		 words[CONFIG_HOOK_MAX + 1], *argv[HOOK_MAX_ARGS + 1];
	const char	*why;
	size_t		 i;

	if (strcmp(cfg->notify_terminal, "auto") != 0 &&
	    strcmp(cfg->notify_terminal, "off") != 0 &&
	    strcmp(cfg->notify_terminal, "always") != 0)
		diag_at(d, DIAG_ERROR, path, "notify", "terminal",
		    _("\"%s\" is not a choice (expected auto, always or off)"),
		    cfg->notify_terminal);
	for (i = 0; i < nitems(keys); i++)
		if (cmds[i][0] != '\0' && hook_split(cmds[i], words,
		    sizeof words, argv, nitems(argv), &why) <= 0)
			diag_at(d, DIAG_ERROR, path, "hooks", keys[i],
			    _("\"%s\" cannot be run: %s (expected a command "
			    "and its arguments, at most %d words; quotes group "
			    "words, there is no shell)"), cmds[i], why,
			    HOOK_MAX_ARGS);
}

int
config_load(const char *path, struct config *out, struct diag *d)
{
	struct ini	*ini;
	struct config	 cfg = *out;
	size_t		 errors = d->errors, i, words;
	const char	*order[nitems(options)];

	if ((ini = ini_load(path, d)) == NULL)
		return -1;
	for (i = 0; i < ini_nsections(ini); i++) {
		const char *sec = ini_section(ini, i), *hint;
		size_t k;

		for (k = 0; k < nitems(sections); k++)
			if (strcmp(sec, sections[k]) == 0)
				break;
		if (k < nitems(sections))
			continue;
		hint = closest_word(sec, sections, nitems(sections));
		if (hint != NULL)
			diag_at(d, DIAG_WARN, path, sec, NULL,
			    _("unknown section (did you mean %s?)"), hint);
		else
			diag_at(d, DIAG_WARN, path, sec, NULL,
			    _("unknown section (ignored)"));
	}
	for (i = 0; i < nitems(sections) - 1; i++) {
		size_t k, n = 0;

		for (k = 0; k < nitems(options); k++)
			if (strcmp(options[k].section, sections[i]) == 0)
				order[n++] = options[k].key;
		ini_check_keys(ini, d, sections[i], order, n);
	}
	/* Options in table order: units comes before the volumes it scales. */
	for (i = 0; i < nitems(options); i++) {
		const struct option	*o = &options[i];
		const char		*v = ini_get(ini, o->section, o->key);
		const char		*why;
		char			 expected[160];

		if (v == NULL)
			continue;
		if (apply(o, v, &cfg, &why, expected, sizeof expected) != 0)
			diag_at(d, DIAG_ERROR, path, o->section, o->key,
			    _("\"%s\" is %s (expected %s)"), v, why, expected);
	}
	words = count_words(cfg.terminal);
	if (words > CONFIG_MAX_TERMINAL_WORDS)
		diag_at(d, DIAG_ERROR, path, "daemon", "terminal",
		    _("has %zu words (expected at most %d: the command and "
		    "its arguments, split at spaces)"), words,
		    CONFIG_MAX_TERMINAL_WORDS);
	words = count_words(cfg.speech_command);
	if (words > CONFIG_MAX_TERMINAL_WORDS)
		diag_at(d, DIAG_ERROR, path, "audio", "speech_command",
		    _("has %zu words (expected at most %d: the command and "
		    "its arguments, split at spaces)"), words,
		    CONFIG_MAX_TERMINAL_WORDS);
	check_notify_hooks(path, &cfg, d);
	if (ini_has_section(ini, "schedule"))
		load_schedule(ini, &cfg, d);
	/* Not an error (a doctor may advise more), but worth a look. */
	if (ini_get(ini, "hydration", "goal") != NULL &&
	    cfg.goal_ml > CONFIG_GOAL_CHECK_ML)
		diag_at(d, DIAG_ADVICE, path, "hydration", "goal",
		    _("%ld ml a day is more than 4 litres: check that this is "
		    "what you meant (and what a doctor would advise)"),
		    cfg.goal_ml);
	if (cfg.fluid_restricted && cfg.fluid_limit_ml <= 0)
		diag_at(d, DIAG_ERROR, path, "hydration", "fluid_limit",
		    _("missing (fluid_restricted = yes needs the daily limit "
		    "your doctor gave, like 1500ml)"));
	ini_free(ini);
	if (d->errors != errors)
		return -1;
	*out = cfg;
	return 0;
}

long
config_effective_goal_ml(const struct config *cfg)
{
	if (cfg->fluid_restricted && cfg->fluid_limit_ml > 0 &&
	    cfg->fluid_limit_ml < cfg->goal_ml)
		return cfg->fluid_limit_ml;
	return cfg->goal_ml;
}

void
config_print_options(FILE *f)
{
	const char	*sec = "";
	size_t		 i;

	for (i = 0; i < nitems(options); i++) {
		if (strcmp(sec, options[i].section) != 0) {
			sec = options[i].section;
			fprintf(f, "%s[%s]\n", i ? "\n" : "", sec);
		}
		fprintf(f, "; %s\n%s = %s\n", _(options[i].help),
		    options[i].key, options[i].def);
	}
	/* TRANSLATORS: comment lines of a config file; keep the "; ". */
	fprintf(f, "%s", _("\n[schedule]\n; NAME = HH:MM DAYS ROUTINE, "
	    "e.g.\n; evening = 21:30 daily bedtime-legs\n"));
}

int
config_load_user(struct config *cfg, const char *config_path, struct diag *d)
{
	char	*path;
	int	 r = 0;

	config_defaults(cfg);
	if (config_path != NULL)
		path = xstrdup(config_path);
	else {
		path = paths_user_config();
		if (access(path, F_OK) != 0 && errno == ENOENT) {
			free(path);
			return 0;
		}
	}
	if (config_load(path, cfg, d) != 0)
		r = -1;
	free(path);
	return r;
}
