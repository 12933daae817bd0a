/*
 * gen_builtin: a build-time tool. Loads the given routine and theme files
 * with the real loaders (so a broken file fails the build) and prints C
 * source defining them as static data for files_builtin.c. One source of truth:
 * the shipped INI files.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "ini.h"
#include "lang.h"
#include "routine.h"
#include "routine_ini.h"
#include "theme.h"

static unsigned nstrings;

/*
 * The languages shipped (--langs, from the catalogues in po/): each
 * compiled-in routine is also emitted in each, key by key over English,
 * as routine_load reads it; builtin_relief chooses at run time. A
 * shipped language must have every safety text.
 */
#define LANGS_MAX	32
static char	builtin_langs[LANGS_MAX][LANG_TAG_MAX];
static size_t	NLANGS;

/* "de,es" into builtin_langs; -1 for a tag that is not one. */
static int
parse_langs(const char *s)
{
	size_t len;

	for (; *s != '\0'; s += len + (s[len] == ',')) {
		len = strcspn(s, ",");
		if (!lang_tag_ok(s, len) || NLANGS == LANGS_MAX)
			return -1;
		memcpy(builtin_langs[NLANGS], s, len);
		builtin_langs[NLANGS++][len] = '\0';
	}
	return 0;
}
/* Routines a build compiles in, at most (the relief ones: a handful). */
#define NROUTINES_MAX	256

/* Print a string as a static char array; returns its number, or -1. */
static int
emit_string(const char *s)
{
	const unsigned char *p;

	if (s == NULL)
		return -1;
	printf("static char s%u[] = \"", nstrings);
	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		if (*p == '"' || *p == '\\')
			printf("\\%c", *p);
		else if (*p < 0x20 || *p >= 0x7f)
			printf("\\%03o", *p);
		else
			putchar(*p);
	}
	printf("\";\n");
	return (int)nstrings++;
}

static void
print_ref(const char *field, int n)
{
	if (n < 0)
		printf("\t.%s = NULL,\n", field);
	else
		printf("\t.%s = s%d,\n", field, n);
}

static void
emit_routine(const struct routine *r, unsigned idx)
{
	int	*title = calloc(r->nsteps, sizeof *title);
	int	*text = calloc(r->nsteps, sizeof *text);
	int	*rtext = calloc(r->nsteps, sizeof *rtext);
	int	 name, rtitle, summary, source, part;
	size_t	 i;

	if (title == NULL || text == NULL || rtext == NULL)
		exit(2);
	for (i = 0; i < r->nsteps; i++) {
		title[i] = emit_string(r->steps[i].title);
		text[i] = emit_string(r->steps[i].text);
		rtext[i] = emit_string(r->steps[i].release_text);
	}
	name = emit_string(r->name);
	rtitle = emit_string(r->title);
	summary = emit_string(r->summary);
	source = emit_string(r->source);
	part = emit_string(r->part);
	printf("static struct step steps%u[] = {\n", idx);
	for (i = 0; i < r->nsteps; i++) {
		const struct step *s = &r->steps[i];

		printf("{\n\t.type = %d,\n", (int)s->type);
		print_ref("title", title[i]);
		print_ref("text", text[i]);
		print_ref("release_text", rtext[i]);
		printf("\t.hold_ms = %d, .reps = %d, .rest_ms = %d, "
		    ".sides = %d, .style = %d,\n", (int)s->hold_ms,
		    (int)s->reps, (int)s->rest_ms, (int)s->sides,
		    (int)s->style);
		printf("\t.tense_ms = %d, .release_ms = %d, .legs = %d,\n",
		    (int)s->tense_ms, (int)s->release_ms, s->legs);
		printf("\t.breath = { %d, %d, %d, %d, %d }, .cycles = %d,\n},\n",
		    (int)s->breath.inhale_ms, (int)s->breath.top_up_ms,
		    (int)s->breath.hold_in_ms, (int)s->breath.exhale_ms,
		    (int)s->breath.hold_out_ms, (int)s->cycles);
	}
	printf("};\nstatic struct routine routine%u = {\n", idx);
	print_ref("name", name);
	print_ref("title", rtitle);
	printf("\t.kind = %d,\n", (int)r->kind);
	print_ref("summary", summary);
	print_ref("source", source);
	print_ref("part", part);
	printf("\t.steps = steps%u,\n\t.nsteps = %zu,\n};\n\n", idx,
	    r->nsteps);
	free(title);
	free(text);
	free(rtext);
}

/*
 * One safety text and its translations: every shipped language must
 * have it (a safety text never falls back to English silently). 0, or
 * -1 with the key named in d.
 */
static int
emit_safety_key(const struct ini *ini, struct diag *d, const char *sec,
    const char *key)
{
	char		 name[INI_MAX_NAME + LANG_TAG_MAX + 3];
	const char	*v;
	size_t		 l;
	int		 bad = 0, n;

	n = emit_string(ini_get(ini, sec, key));
	printf("static const struct safety_text t%d = { \"%s.%s\", \"\", "
	    "s%d };\n", n, sec, key, n);
	for (l = 0; l < NLANGS; l++) {
		snprintf(name, sizeof name, "%s[%s]", key, builtin_langs[l]);
		if ((v = ini_get(ini, sec, name)) == NULL || *v == '\0') {
			diag_at(d, DIAG_ERROR, ini_path(ini), sec, key,
			    "no [%s] text (every safety text is shipped in "
			    "every language: it never falls back to English "
			    "silently)", builtin_langs[l]);
			bad = -1;
			continue;
		}
		n = emit_string(v);
		printf("static const struct safety_text t%d = { \"%s.%s\", "
		    "\"%s\", s%d };\n", n, sec, key, builtin_langs[l], n);
	}
	return bad;
}

/* routines/safety/safety.ini into builtin_safety[]: 0, or -1 (said in d). */
static int
emit_safety(const char *path, struct diag *d)
{
	size_t		 said = d->n, s, k, n;
	struct ini	*ini = ini_load(path, d);
	unsigned	 first = nstrings, i;
	const char	**keys;
	int		 bad = 0;

	if (ini == NULL)
		return -1;
	/* A warning (a text cut at ';') is an error in a safety text. */
	if (d->n != said) {
		diag_at(d, DIAG_ERROR, path, NULL, NULL, "warnings in the "
		    "safety texts (each must be exactly as written)");
		bad = -1;
	}
	for (s = 0; s < ini_nsections(ini); s++) {
		keys = ini_keys(ini, ini_section(ini, s), &n);
		for (k = 0; k < n; k++) {
			if (strchr(keys[k], '[') != NULL) {
				char *base = strndup(keys[k],
				    strcspn(keys[k], "["));

				if (base == NULL)
					exit(2);
				if (ini_get(ini, ini_section(ini, s), base) ==
				    NULL) {
					diag_at(d, DIAG_ERROR, ini_path(ini),
					    ini_section(ini, s), keys[k],
					    "a translation of no English text "
					    "(expected the key without [...])");
					bad = -1;
				}
				free(base);
				continue;
			}
			bad |= emit_safety_key(ini, d, ini_section(ini, s),
			    keys[k]);
		}
		free(keys);
	}
	ini_free(ini);
	printf("const struct safety_text *const builtin_safety[] = {\n");
	for (i = first; i < nstrings; i++)
		printf("\t&t%u,\n", i);
	printf("};\nconst size_t builtin_nsafety = %u;\n\n", nstrings - first);
	return bad;
}

static void
emit_theme(const struct theme *t, const char *var)
{
	int i;

	printf("const struct theme %s = {\n\t.name = \"", var);
	for (i = 0; t->name[i] != '\0'; i++)
		printf(t->name[i] == '"' || t->name[i] == '\\' ? "\\%c" : "%c",
		    t->name[i]);
	printf("\",\n\t.role = {\n");
	for (i = 0; i < ROLE_COUNT; i++)
		printf("\t\t{ %d, %d, %d, %d, %d },\n", t->role[i].fg,
		    t->role[i].bg, t->role[i].fg8, t->role[i].bg8,
		    t->role[i].attr);
	printf("\t},\n};\n");
}

int
main(int argc, char **argv)
{
	struct diag	 d = { 0 };
	struct theme	 night, def;
	unsigned	 nroutines = 0, ntrans = 0, trans[NROUTINES_MAX];
	size_t		 l = 0;
	int		 i, have_night = 0, have_default = 0, have_safety = 0;

	printf("/* Generated by gen_builtin from the shipped files. */\n"
	    "#include <stddef.h>\n#include \"files_builtin.h\"\n\n");
	if (argc < 3 || strcmp(argv[1], "--langs") != 0 ||
	    parse_langs(argv[2]) != 0) {
		fprintf(stderr, "usage: gen_builtin --langs de,es FILE...\n");
		return 1;
	}
	for (i = 3; i < argc; i++) {
		size_t len = strlen(argv[i]);

		if (len > 4 && strstr(argv[i], "themes/night.ini") != NULL) {
			if (theme_load(argv[i], &night, &d) != 0)
				break;
			have_night = 1;
			continue;
		}
		if (len > 4 && strstr(argv[i], "themes/default.ini") != NULL) {
			if (theme_load(argv[i], &def, &d) != 0)
				break;
			have_default = 1;
			continue;
		}
		if (len > 4 && strstr(argv[i], "safety/safety.ini") != NULL) {
			if (emit_safety(argv[i], &d) != 0)
				break;
			have_safety = 1;
			continue;
		}
		struct routine *r = routine_load_lang(argv[i], NULL, 0, &d);
		if (r == NULL)
			break;
		emit_routine(r, nroutines++);
		routine_free(r);
		for (l = 0; l < NLANGS; l++) {
			r = routine_load_lang(argv[i], &builtin_langs[l], 1,
			    &d);
			if (r == NULL)
				break;
			emit_routine(r, NROUTINES_MAX + ntrans);
			trans[ntrans++] = l;
			routine_free(r);
		}
		if (l < NLANGS || ntrans + NLANGS > NROUTINES_MAX)
			break;
	}
	if (d.errors != 0 || !have_night || !have_default || !have_safety) {
		diag_print(&d, stderr);
		if (d.errors == 0)
			fprintf(stderr, "gen_builtin: needs themes/night.ini, "
			    "themes/default.ini and routines/safety/safety.ini\n");
		return 1;
	}
	printf("const struct routine *const builtin_routines[] = {\n");
	for (i = 0; i < (int)nroutines; i++)
		printf("\t&routine%d,\n", i);
	printf("};\nconst size_t builtin_nroutines = %u;\n\n", nroutines);
	printf("const struct builtin_translation builtin_translations[] = {\n");
	for (i = 0; i < (int)ntrans; i++)
		printf("\t{ \"%s\", &routine%d },\n", builtin_langs[trans[i]],
		    NROUTINES_MAX + i);
	printf("\t{ \"\", NULL }\n};\nconst size_t builtin_ntranslations = "
	    "%u;\n\n", ntrans);
	emit_theme(&night, "builtin_night");
	emit_theme(&def, "builtin_default");
	diag_clear(&d);
	return 0;
}
