/*
 * routine_ini: the routine file format (doc/unclench-routine.5). Sections
 * are [routine] and [step1]..[stepN]; every value is read as a string and
 * range-checked here, never through iniparser's integer getters.
 */
#include "routine_ini.h"

#include <stdio.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "ini.h"
#include "lang.h"
#include "util.h"

static const char *const routine_keys[] = {
	"title", "kind", "summary", "source", "part",
	"inhale", "top_up", "hold_in", "exhale", "hold_out", "cycles",
	"minutes"
};
static const char *const routine_keys_steps[] = {
	"title", "kind", "summary", "source", "part"
};
static const char *const stretch_keys[] = {
	"type", "title", "text", "hold", "reps", "rest", "sides", "style"
};
static const char *const tense_keys[] = {
	"type", "title", "text", "tense", "release", "release_text", "legs"
};
static const char *const breathe_keys[] = {
	"type", "title", "text", "inhale", "top_up", "hold_in", "exhale",
	"hold_out", "cycles"
};
static const char *const wait_keys[] = { "type", "title", "text" };
/* The keys that take a translation: title[de] = ... */
static const char *const text_keys[] = {
	"title", "summary", "source", "text", "release_text"
};
static const char *const kind_words[] = {
	"stretch", "pmr", "breathing", "relief"
};
static const char *const type_words[] = {
	"stretch", "tense", "breathe", "wait"
};
static const char *const sides_words[] = { "one", "both", "left-right" };
static const char *const style_words[] = { "hold", "moving", "pressure" };

static void
check_keys(const struct ini *ini, struct diag *d, const char *sec,
    const char *const *known, size_t n)
{
	ini_check_keys_text(ini, d, sec, known, n, text_keys,
	    nitems(text_keys));
}

static char *
name_from_path(const char *path)
{
	const char	*base = strrchr(path, '/');
	size_t		 len;

	base = base != NULL ? base + 1 : path;
	len = strlen(base);
	if (len > 4 && strcmp(base + len - 4, ".ini") == 0)
		len -= 4;
	return xstrndup(base, len);
}

/*
 * The file name breaks the naming rule (Evening.ini): say so, with the
 * name it could have (lower case, '-' for a space) when that one is good.
 */
static void
bad_file_name(const char *path, const char *name, struct diag *d)
{
	char	fix[80];
	size_t	i;

	for (i = 0; name[i] != '\0' && i + 1 < sizeof fix; i++)
		fix[i] = name[i] == ' ' ? '-' :
		    (char)tolower((unsigned char)name[i]);
	fix[i] = '\0';
	if (name[i] == '\0' && name_is_safe(fix))
		diag_at(d, DIAG_ERROR, path, NULL, NULL, _("file name \"%s\" "
		    "is not a routine name (expected lower case letters, "
		    "digits and '-', then .ini: rename it %s.ini)"), name,
		    fix);
	else
		diag_at(d, DIAG_ERROR, path, NULL, NULL, _("file name \"%s\" "
		    "is not a routine name (expected lower case letters, "
		    "digits and '-', then .ini)"), name);
}

/* Read one breathing pattern from sec into b; returns -1 on an error. */
static int
load_pattern(const struct ini *ini, struct diag *d, const char *sec,
    struct breath_pattern *b)
{
	int64_t	 in, top, hin, out, hout;
	int	 bad = 0;

	bad |= ini_duration(ini, d, sec, "inhale", 1, 1000, BREATH_IN_MAX_MS,
	    0, &in);
	bad |= ini_duration(ini, d, sec, "top_up", 0, 0, BREATH_TOPUP_MAX_MS,
	    0, &top);
	bad |= ini_duration(ini, d, sec, "hold_in", 0, 0, BREATH_HOLD_MAX_MS,
	    0, &hin);
	bad |= ini_duration(ini, d, sec, "exhale", 1, 1000, BREATH_OUT_MAX_MS,
	    0, &out);
	bad |= ini_duration(ini, d, sec, "hold_out", 0, 0, BREATH_HOLD_MAX_MS,
	    0, &hout);
	if (bad)
		return -1;
	b->inhale_ms = (int32_t)in;
	b->top_up_ms = (int32_t)top;
	b->hold_in_ms = (int32_t)hin;
	b->exhale_ms = (int32_t)out;
	b->hold_out_ms = (int32_t)hout;
	return 0;
}

/*
 * A step's duration or count (both int32_t in a step), left as it was when
 * the key is wrong: 0, or 1 (said).
 */
static int
step_ms(const struct ini *ini, struct diag *d, const char *sec,
    const char *key, int required, int64_t min_ms, int64_t max_ms,
    int32_t *out)
{
	int64_t ms;

	if (ini_duration(ini, d, sec, key, required, min_ms, max_ms, 0,
	    &ms) != 0)
		return 1;
	*out = (int32_t)ms;
	return 0;
}

static int
step_count(const struct ini *ini, struct diag *d, const char *sec,
    const char *key, int required, long max, int32_t *out)
{
	long n;

	if (ini_long(ini, d, sec, key, required, 1, max, 1, &n) != 0)
		return 1;
	*out = (int32_t)n;
	return 0;
}

/* A stretch step's keys into s: 0, or 1 when any was wrong (said). */
static int
load_stretch(const struct ini *ini, struct diag *d, const char *sec,
    struct step *s)
{
	int	sides, style, bad = 0;

	check_keys(ini, d, sec, stretch_keys, nitems(stretch_keys));
	bad |= step_ms(ini, d, sec, "hold", 1, HOLD_MIN_MS, HOLD_MAX_MS,
	    &s->hold_ms);
	bad |= step_count(ini, d, sec, "reps", 0, REPS_MAX, &s->reps);
	bad |= step_ms(ini, d, sec, "rest", 0, 0, REST_MAX_MS, &s->rest_ms);
	if (ini_enum(ini, d, sec, "sides", 0, sides_words, nitems(sides_words),
	    SIDES_ONE, &sides) == 0)
		s->sides = (enum step_sides)sides;
	else
		bad = 1;
	if (ini_enum(ini, d, sec, "style", 0, style_words, nitems(style_words),
	    STYLE_HOLD, &style) == 0)
		s->style = (enum step_style)style;
	else
		bad = 1;
	return bad;
}

/* A tense-and-release step's keys into s: 0, or 1 (said). */
static int
load_tense(const struct ini *ini, struct diag *d, const char *sec,
    struct step *s)
{
	const char	*rtext;
	int		 bad = 0;

	check_keys(ini, d, sec, tense_keys, nitems(tense_keys));
	bad |= step_ms(ini, d, sec, "tense", 1, 1000, TENSE_MAX_MS,
	    &s->tense_ms);
	bad |= step_ms(ini, d, sec, "release", 1, 1000, RELEASE_MAX_MS,
	    &s->release_ms);
	if (ini_text(ini, d, sec, "release_text", 0, ROUTINE_MAX_TEXT, NULL,
	    &rtext) == 0) {
		if (rtext != NULL)
			s->release_text = xstrdup(rtext);
	} else
		bad = 1;
	bad |= ini_bool(ini, d, sec, "legs", 0, &s->legs);
	return bad;
}

/* A breathing step's pattern and cycles into s: 0, or 1 (said). */
static int
load_breathe(const struct ini *ini, struct diag *d, const char *sec,
    struct step *s)
{
	int bad = 0;

	check_keys(ini, d, sec, breathe_keys, nitems(breathe_keys));
	bad |= load_pattern(ini, d, sec, &s->breath);
	bad |= step_count(ini, d, sec, "cycles", 1, BREATH_STEP_CYCLES_MAX,
	    &s->cycles);
	return bad;
}

static int
load_step(const struct ini *ini, struct diag *d, struct routine *r,
    const char *sec)
{
	struct step	*s = routine_add_step(r);
	const char	*title, *text;
	int		 type, bad = 0, def_type;

	def_type = r->kind == KIND_PMR ? STEP_TENSE : STEP_STRETCH;
	if (ini_enum(ini, d, sec, "type", r->kind == KIND_RELIEF, type_words,
	    nitems(type_words), def_type, &type) != 0)
		return -1;
	s->type = (enum step_type)type;
	if (!routine_kind_allows(r->kind, s->type)) {
		diag_at(d, DIAG_ERROR, ini_path(ini), sec, "type",
		    _("a %s routine cannot have a \"%s\" step"),
		    routine_kind_name(r->kind), type_words[type]);
		return -1;
	}
	bad |= ini_text(ini, d, sec, "title", 1, ROUTINE_MAX_TITLE, NULL,
	    &title);
	bad |= ini_text(ini, d, sec, "text", 1, ROUTINE_MAX_TEXT, NULL,
	    &text);
	switch (s->type) {
	case STEP_STRETCH:
		bad |= load_stretch(ini, d, sec, s);
		break;
	case STEP_TENSE:
		bad |= load_tense(ini, d, sec, s);
		break;
	case STEP_BREATHE:
		bad |= load_breathe(ini, d, sec, s);
		break;
	case STEP_WAIT:
	default:
		check_keys(ini, d, sec, wait_keys, nitems(wait_keys));
		break;
	}
	if (bad)
		return -1;
	s->title = xstrdup(title);
	s->text = xstrdup(text);
	return 0;
}

/* Is sec "stepN"? Sets *num. */
static int
step_number(const char *sec, long *num)
{
	const char *why;

	if (strncmp(sec, "step", 4) != 0)
		return 0;
	return parse_long(sec + 4, 1, 1000000, num, &why) == 0 &&
	    sec[4] != '0' && sec[4] != '+';
}

static int
load_breathing(const struct ini *ini, struct diag *d, struct routine *r)
{
	struct step	*s;
	const char	*cyc = ini_get(ini, "routine", "cycles");
	const char	*min = ini_get(ini, "routine", "minutes");
	long		 n;

	s = routine_add_step(r);
	s->type = STEP_BREATHE;
	if (load_pattern(ini, d, "routine", &s->breath) != 0)
		return -1;
	if ((cyc == NULL) == (min == NULL)) {
		diag_at(d, DIAG_ERROR, ini_path(ini), "routine",
		    cyc == NULL ? "cycles" : "minutes",
		    cyc == NULL ? _("missing (expected cycles = 1 to %d, or "
		    "minutes = 1 to %d)") : _("cycles and minutes are both "
		    "set (expected one of them; max %d cycles, %d minutes)"),
		    BREATH_CYCLES_MAX, BREATH_MINUTES_MAX);
		return -1;
	}
	if (cyc != NULL) {
		if (ini_long(ini, d, "routine", "cycles", 1, 1,
		    BREATH_CYCLES_MAX, 1, &n) != 0)
			return -1;
		s->cycles = (int32_t)n;
	} else {
		int64_t cycle = breath_cycle_ms(&s->breath);

		if (ini_long(ini, d, "routine", "minutes", 1, 1,
		    BREATH_MINUTES_MAX, 1, &n) != 0)
			return -1;
		/* Whole cycles that fit the minutes, at least one. */
		s->cycles = (int32_t)((n * 60000 + cycle / 2) / cycle);
		if (s->cycles < 1)
			s->cycles = 1;
	}
	s->title = xstrdup(r->title);
	s->text = xstrdup(r->summary);
	return 0;
}

/* [routine]: its kind, words and part into r; the errors are counted in d. */
static void
load_header(const struct ini *ini, struct diag *d, struct routine *r)
{
	const char	*title, *summary, *source, *part;
	int		 kind, p;

	if (ini_enum(ini, d, "routine", "kind", 1, kind_words,
	    nitems(kind_words), 0, &kind) != 0)
		return;
	r->kind = (enum routine_kind)kind;
	if (r->kind == KIND_BREATHING)
		check_keys(ini, d, "routine", routine_keys,
		    nitems(routine_keys));
	else
		check_keys(ini, d, "routine", routine_keys_steps,
		    nitems(routine_keys_steps));
	if (ini_text(ini, d, "routine", "title", 1, ROUTINE_MAX_TITLE, NULL,
	    &title) == 0)
		r->title = xstrdup(title);
	if (ini_text(ini, d, "routine", "summary", 1, ROUTINE_MAX_SUMMARY,
	    NULL, &summary) == 0)
		r->summary = xstrdup(summary);
	if (ini_text(ini, d, "routine", "source", 1, ROUTINE_MAX_SOURCE,
	    NULL, &source) == 0)
		r->source = xstrdup(source);
	if (r->kind == KIND_RELIEF) {
		if (ini_enum(ini, d, "routine", "part", 1, relief_parts,
		    relief_nparts, 0, &p) == 0)
			r->part = xstrdup(relief_parts[p]);
	} else if (ini_string(ini, d, "routine", "part", 0, 40, NULL,
	    &part) == 0 && part != NULL)
		r->part = xstrdup(part);
}

/*
 * The sections: [routine] and [stepN] only (none in a breathing routine).
 * *nsteps: how many steps, *maxnum: the highest N.
 */
static void
count_steps(const struct ini *ini, struct diag *d, const struct routine *r,
    size_t *nsteps, long *maxnum)
{
	const char	*path = ini_path(ini), *sec;
	size_t		 i;
	long		 num;

	for (i = 0; i < ini_nsections(ini); i++) {
		sec = ini_section(ini, i);
		if (strcmp(sec, "routine") == 0)
			continue;
		if (!step_number(sec, &num)) {
			diag_at(d, DIAG_ERROR, path, sec, NULL,
			    _("unknown section (expected [routine] or "
			    "[stepN])"));
			continue;
		}
		if (r->kind == KIND_BREATHING) {
			diag_at(d, DIAG_ERROR, path, sec, NULL,
			    _("a breathing routine has no steps (its pattern "
			    "is in [routine])"));
			continue;
		}
		(*nsteps)++;
		if (num > *maxnum)
			*maxnum = num;
	}
}

/* The steps are [step1]..[stepN], no gaps, not too many: 0, or -1 (said). */
static int
check_numbering(const struct ini *ini, struct diag *d, size_t nsteps,
    long maxnum)
{
	const char	*path = ini_path(ini);
	char		 sec[32];
	long		 num;

	if (nsteps == 0) {
		diag_at(d, DIAG_ERROR, path, NULL, NULL,
		    _("no steps (expected sections [step1], [step2], ...)"));
		return -1;
	}
	if (maxnum > ROUTINE_MAX_STEPS) {
		diag_at(d, DIAG_ERROR, path, NULL, NULL,
		    _("too many steps (%ld; expected at most %d)"), maxnum,
		    ROUTINE_MAX_STEPS);
		return -1;
	}
	if ((size_t)maxnum == nsteps)
		return 0;
	for (num = 1; num <= maxnum; num++) {
		snprintf(sec, sizeof sec, "step%ld", num);
		if (!ini_has_section(ini, sec)) {
			diag_at(d, DIAG_ERROR, path, sec, NULL,
			    _("missing section (steps are numbered from 1 "
			    "without gaps)"));
			break;
		}
	}
	return -1;
}

struct routine *
routine_load(const char *path, struct diag *d)
{
	char	langs[LANG_MAX][LANG_TAG_MAX];
	size_t	n = lang_from_env(langs, LANG_MAX);

	return routine_load_lang(path, (const char (*)[LANG_TAG_MAX])langs, n,
	    d);
}

struct routine *
routine_load_lang(const char *path, const char (*langs)[LANG_TAG_MAX],
    size_t nlangs, struct diag *d)
{
	struct ini	*ini;
	struct routine	*r;
	size_t		 errors = d->errors, nsteps = 0;
	long		 num, maxnum = 0;

	if ((ini = ini_load(path, d)) == NULL)
		return NULL;
	ini_set_languages(ini, langs, nlangs);
	r = routine_new();
	r->name = name_from_path(path);
	if (!name_is_safe(r->name))
		bad_file_name(path, r->name, d);
	if (!ini_has_section(ini, "routine")) {
		diag_at(d, DIAG_ERROR, path, "routine", NULL,
		    _("missing section (every routine starts with "
		    "[routine])"));
		goto out;
	}
	load_header(ini, d, r);
	if (d->errors != errors)
		goto out;
	count_steps(ini, d, r, &nsteps, &maxnum);
	if (d->errors != errors)
		goto out;
	if (r->kind == KIND_BREATHING) {
		load_breathing(ini, d, r);
		goto out;
	}
	if (check_numbering(ini, d, nsteps, maxnum) != 0)
		goto out;
	for (num = 1; num <= maxnum; num++) {
		char sec[32];

		snprintf(sec, sizeof sec, "step%ld", num);
		load_step(ini, d, r, sec);
	}
out:
	ini_free(ini);
	if (d->errors != errors) {
		routine_free(r);
		return NULL;
	}
	return r;
}
