/*
 * theme: each role is a section with a 256-colour and an 8-colour value
 * for foreground and background, plus attributes. A theme is loaded into a
 * scratch copy and only copied out when every role is valid.
 */
#include "theme.h"

#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "ini.h"
#include "util.h"

const char *const theme_role_names[ROLE_COUNT] = {
	"text", "title", "accent", "timer", "progress", "inhale", "exhale",
	"tense", "release", "warning", "dim"
};

static const char *const color8_names[] = {
	"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
	"default"
};
static const char *const attr_names[] = { "bold", "dim", "reverse",
	"underline", "none" };
static const char *const role_keys[] = { "fg", "bg", "fg8", "bg8", "attr" };
static const char *const theme_keys[] = { "name", "description" };

static int
read_color256(const struct ini *ini, struct diag *d, const char *sec,
    const char *key, short *out)
{
	const char	*v = ini_get(ini, sec, key), *why;
	long		 n;

	if (v == NULL || *v == '\0') {
		diag_at(d, DIAG_ERROR, ini_path(ini), sec, key,
		    _("missing (expected a colour number 0 to 255, or "
		    "default)"));
		return -1;
	}
	if (strcmp(v, "default") == 0) {
		*out = COLOR_DEFAULT;
		return 0;
	}
	if (parse_long(v, 0, 255, &n, &why) != 0) {
		diag_at(d, DIAG_ERROR, ini_path(ini), sec, key,
		    _("\"%s\" is %s (expected a colour number 0 to 255, or "
		    "default)"), v, why);
		return -1;
	}
	*out = (short)n;
	return 0;
}

static int
read_color8(const struct ini *ini, struct diag *d, const char *sec,
    const char *key, short *out)
{
	int i;

	if (ini_enum(ini, d, sec, key, 1, color8_names, nitems(color8_names),
	    0, &i) != 0)
		return -1;
	*out = i == 8 ? COLOR_DEFAULT : (short)i;
	return 0;
}

static int
read_attr(const struct ini *ini, struct diag *d, const char *sec, int *out)
{
	const char	*v = ini_get(ini, sec, "attr");
	char		 word[32];
	size_t		 i;
	int		 attr = 0, n;

	*out = 0;
	if (v == NULL)
		return 0;
	while (sscanf(v, " %31[^ \t]%n", word, &n) == 1) {
		for (i = 0; i < nitems(attr_names); i++)
			if (strcmp(word, attr_names[i]) == 0)
				break;
		if (i == nitems(attr_names)) {
			diag_at(d, DIAG_ERROR, ini_path(ini), sec, "attr",
			    _("\"%s\" is not known (expected bold, dim, "
			    "reverse, underline or none)"), word);
			return -1;
		}
		if (i < 4)
			attr |= 1 << i;
		v += n;
	}
	*out = attr;
	return 0;
}

int
theme_load(const char *path, struct theme *out, struct diag *d)
{
	struct ini	*ini;
	struct theme	 t;
	const char	*s;
	size_t		 errors = d->errors, i;
	int		 r;

	if ((ini = ini_load(path, d)) == NULL)
		return -1;
	memset(&t, 0, sizeof t);
	if (!ini_has_section(ini, "theme"))
		diag_at(d, DIAG_ERROR, path, "theme", NULL,
		    _("missing section (a theme starts with [theme])"));
	else {
		ini_check_keys(ini, d, "theme", theme_keys, nitems(theme_keys));
		if (ini_string(ini, d, "theme", "name", 1, 40, NULL, &s) == 0)
			strlcpy_safe(t.name, s, sizeof t.name);
		if (ini_string(ini, d, "theme", "description", 1, 200, NULL,
		    &s) == 0)
			strlcpy_safe(t.description, s, sizeof t.description);
	}
	for (i = 0; i < ini_nsections(ini); i++) {
		const char *sec = ini_section(ini, i);
		size_t k;

		if (strcmp(sec, "theme") == 0)
			continue;
		for (k = 0; k < ROLE_COUNT; k++)
			if (strcmp(sec, theme_role_names[k]) == 0)
				break;
		if (k == ROLE_COUNT) {
			const char *hint = closest_word(sec, theme_role_names,
			    ROLE_COUNT);

			if (hint != NULL)
				diag_at(d, DIAG_WARN, path, sec, NULL,
				    _("unknown colour role (did you mean %s?)"),
				    hint);
			else
				diag_at(d, DIAG_WARN, path, sec, NULL,
				    _("unknown colour role (ignored)"));
		}
	}
	for (i = 0; i < ROLE_COUNT; i++) {
		const char *sec = theme_role_names[i];
		struct theme_color *c = &t.role[i];

		if (!ini_has_section(ini, sec)) {
			diag_at(d, DIAG_ERROR, path, sec, NULL,
			    _("missing colour role (every theme sets text, "
			    "title, accent, timer, progress, inhale, exhale, "
			    "tense, release, warning and dim)"));
			continue;
		}
		ini_check_keys(ini, d, sec, role_keys, nitems(role_keys));
		read_color256(ini, d, sec, "fg", &c->fg);
		read_color256(ini, d, sec, "bg", &c->bg);
		read_color8(ini, d, sec, "fg8", &c->fg8);
		read_color8(ini, d, sec, "bg8", &c->bg8);
		read_attr(ini, d, sec, &c->attr);
	}
	ini_free(ini);
	r = d->errors == errors ? 0 : -1;
	if (r == 0)
		*out = t;
	return r;
}

void
theme_mono(struct theme *t)
{
	static const int attr[ROLE_COUNT] = {
		[ROLE_TITLE] = THEME_BOLD,
		[ROLE_ACCENT] = THEME_BOLD,
		[ROLE_TIMER] = THEME_BOLD,
		[ROLE_PROGRESS] = THEME_REVERSE,
		[ROLE_INHALE] = THEME_BOLD,
		[ROLE_EXHALE] = 0,
		[ROLE_TENSE] = THEME_BOLD | THEME_UNDERLINE,
		[ROLE_RELEASE] = 0,
		[ROLE_WARNING] = THEME_BOLD | THEME_REVERSE,
		[ROLE_DIM] = THEME_DIM,
	};
	size_t i;

	memset(t, 0, sizeof *t);
	strlcpy_safe(t->name, "Mono", sizeof t->name);
	strlcpy_safe(t->description, _("Built-in monochrome"),
	    sizeof t->description);
	for (i = 0; i < ROLE_COUNT; i++) {
		t->role[i].fg = t->role[i].bg = COLOR_DEFAULT;
		t->role[i].fg8 = t->role[i].bg8 = COLOR_DEFAULT;
		t->role[i].attr = attr[i];
	}
}
