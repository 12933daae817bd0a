/*
 * Localised keys (title[de] = ...): the language list from the
 * environment, the choice key by key with English as the fallback, the
 * errors for a bad tag or a localised key that is not text, and the
 * compiled-in relief routines chosen by the same rule.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"
#include "files_builtin.h"
#include "lang.h"
#include "routine.h"
#include "routine_ini.h"

static char tmpdir[] = "/tmp/unclench-lang-XXXXXX";

#define LANGS(...) ((const char (*)[LANG_TAG_MAX]) \
	(const char [][LANG_TAG_MAX]){ __VA_ARGS__ })

static char *
write_routine(const char *name, const char *text)
{
	char	*path = xasprintf("%s/%s.ini", tmpdir, name);
	FILE	*f = fopen(path, "w");

	assert_non_null(f);
	assert_int_equal(fputs(text, f) >= 0, 1);
	fclose(f);
	return path;
}

static int
has_msg(const struct diag *d, const char *a, const char *b, const char *c)
{
	size_t i;

	for (i = 0; i < d->n; i++)
		if (d->msgs[i].level == DIAG_ERROR &&
		    strstr(d->msgs[i].text, a) != NULL &&
		    strstr(d->msgs[i].text, b) != NULL &&
		    strstr(d->msgs[i].text, c) != NULL)
			return 1;
	return 0;
}

static void
test_lang_list(void **state)
{
	char	l[LANG_MAX][LANG_TAG_MAX];
	size_t	n;

	(void)state;
	n = lang_list(NULL, "de_AT.UTF-8@euro", l, LANG_MAX);
	assert_int_equal(n, 2);
	assert_string_equal(l[0], "de_at");
	assert_string_equal(l[1], "de");
	n = lang_list("es:de", "de_DE.UTF-8", l, LANG_MAX);
	assert_int_equal(n, 3);
	/* $LANGUAGE first, then the locale's own (de already listed). */
	assert_string_equal(l[0], "es");
	assert_string_equal(l[1], "de");
	assert_string_equal(l[2], "de_de");
	/* English ends the list; C ignores $LANGUAGE, as gettext does. */
	assert_int_equal(lang_list("en:de", "de_DE.UTF-8", l, LANG_MAX), 0);
	assert_int_equal(lang_list("de", "C", l, LANG_MAX), 0);
	/* C.UTF-8 is no C to gettext: $LANGUAGE counts, the locale not. */
	assert_int_equal(lang_list("de", "C.UTF-8", l, LANG_MAX), 1);
	assert_string_equal(l[0], "de");
	assert_int_equal(lang_list(NULL, "C.UTF-8", l, LANG_MAX), 0);
	assert_int_equal(lang_list(NULL, "en_GB.UTF-8", l, LANG_MAX), 0);
	assert_int_equal(lang_list(NULL, NULL, l, LANG_MAX), 0);
	assert_true(lang_tag_ok("de", 2));
	assert_true(lang_tag_ok("de_AT", 5));
	assert_true(lang_tag_ok("ast", 3));
	assert_false(lang_tag_ok("d", 1));
	assert_false(lang_tag_ok("de-AT", 5));
	assert_false(lang_tag_ok("de_A", 4));
	assert_false(lang_tag_ok("", 0));
}

static const char good[] =
    "[routine]\ntitle = Calf\ntitle[de] = Wade\ntitle[de_at] = Wadl\n"
    "kind = stretch\nsummary = Stretch it.\nsummary[es] = Estírela.\n"
    "source = X\n"
    "[step1]\ntitle = Pull\ntitle[de] = Ziehen\ntext = Pull the toes.\n"
    "hold = 30s\n";

/* Each key falls back to English by itself: summary has no [de]. */
static void
test_fallback_key_by_key(void **state)
{
	struct diag	 d = { 0 };
	char		*path = write_routine("lang-good", good);
	struct routine	*r;

	(void)state;
	r = routine_load_lang(path, LANGS("de_at", "de"), 2, &d);
	assert_non_null(r);
	assert_int_equal(d.n, 0);
	assert_string_equal(r->title, "Wadl");
	assert_string_equal(r->summary, "Stretch it.");
	assert_string_equal(r->steps[0].title, "Ziehen");
	assert_string_equal(r->steps[0].text, "Pull the toes.");
	routine_free(r);
	r = routine_load_lang(path, LANGS("es"), 1, &d);
	assert_non_null(r);
	assert_string_equal(r->title, "Calf");
	assert_string_equal(r->summary, "Estírela.");
	routine_free(r);
	r = routine_load_lang(path, LANGS("fr"), 1, &d);
	assert_non_null(r);
	assert_string_equal(r->title, "Calf");
	assert_string_equal(r->steps[0].title, "Pull");
	routine_free(r);
	r = routine_load_lang(path, NULL, 0, &d);
	assert_non_null(r);
	assert_string_equal(r->title, "Calf");
	routine_free(r);
	unlink(path);
	free(path);
}

/* Refused whole, with the file, the section and the key named. */
static void
expect_refused(const char *text, const char *sec, const char *key,
    const char *what)
{
	struct diag	 d = { 0 };
	char		*path = write_routine("lang-bad", text);
	struct routine	*r = routine_load_lang(path, LANGS("de"), 1, &d);

	if (r != NULL || !has_msg(&d, path, key, what))
		diag_print(&d, stderr);
	assert_null(r);
	assert_true(has_msg(&d, path, key, what));
	assert_true(has_msg(&d, sec, key, what));
	diag_clear(&d);
	unlink(path);
	free(path);
}

#define HEAD "[routine]\ntitle = T\nkind = stretch\nsummary = S\nsource = X\n"

static void
test_refused(void **state)
{
	char	 long_title[200];

	(void)state;
	expect_refused(HEAD "[step1]\ntitle = A\ntitle[deutsch] = B\n"
	    "text = C\nhold = 30s\n", "[step1]", "title[deutsch]",
	    "\"deutsch\" is not a language tag");
	expect_refused(HEAD "title[d] = B\n[step1]\ntitle = A\ntext = C\n"
	    "hold = 30s\n", "[routine]", "title[d]", "not a language tag");
	expect_refused(HEAD "[step1]\ntitle = A\ntext = C\nhold = 30s\n"
	    "hold[de] = 20s\n", "[step1]", "hold[de]",
	    "\"hold\" is not a text key");
	expect_refused(HEAD "kind[de] = dehnen\n[step1]\ntitle = A\n"
	    "text = C\nhold = 30s\n", "[routine]", "kind[de]",
	    "not a text key");
	memset(long_title, 'x', 61);
	long_title[61] = '\0';
	{
		char *t = xasprintf(HEAD "[step1]\ntitle = A\ntitle[es] = %s\n"
		    "text = C\nhold = 30s\n", long_title);

		/* Checked in every language, not only the one chosen. */
		expect_refused(t, "[step1]", "title[es]",
		    "too long: 61 characters (expected at most 60)");
		free(t);
	}
	expect_refused(HEAD "[step1]\ntitle = A\ntext = C\ntext[de] = \x1b[2J\n"
	    "hold = 30s\n", "[step1]", "text[de]", "control character");
	expect_refused(HEAD "[step1]\ntitle = A\ntext = C\ntext[de] =\n"
	    "hold = 30s\n", "[step1]", "text[de]", "empty");
}

/* The compiled-in relief routines carry de and es, chosen as files are. */
static void
test_builtin_languages(void **state)
{
	const struct routine	*en, *de, *es, *fr;
	const char		*top = getenv("UNCLENCH_TOP");
	char			*path;
	struct diag		 d = { 0 };
	struct routine		*r;
	size_t			 k;

	(void)state;
	en = builtin_relief_lang("calf", NULL, 0);
	de = builtin_relief_lang("calf", LANGS("de_de", "de"), 2);
	es = builtin_relief_lang("calf", LANGS("es"), 1);
	fr = builtin_relief_lang("calf", LANGS("fr_fr", "fr"), 2);
	assert_non_null(en);
	assert_non_null(de);
	assert_non_null(es);
	assert_ptr_equal(fr, en);
	assert_string_equal(de->title, "Wadenkrampf");
	assert_string_equal(es->title, "Calambre en la pantorrilla");
	path = xasprintf("%s/routines/relief-calf.ini",
	    top != NULL ? top : ".");
	r = routine_load_lang(path, LANGS("de"), 1, &d);
	assert_non_null(r);
	assert_int_equal(r->nsteps, de->nsteps);
	for (k = 0; k < r->nsteps; k++)
		assert_string_equal(r->steps[k].text, de->steps[k].text);
	assert_string_equal(r->summary, de->summary);
	routine_free(r);
	free(path);
}

/* Every safety text the code asks for, in English, German and Spanish. */
static void
test_safety_texts(void **state)
{
	static const char *const keys[] = {
		"signs.title", "signs.hint", "signs.emergency",
		"signs.emergency_back", "signs.urgent", "signs.see",
		"signs.see1", "signs.see2", "signs.see3", "signs.see4",
		"signs.see5", "signs.see6", "signs.see7", "signs.see8",
		"signs.see9", "signs.sore", "signs.coach", "clot.para",
		"clot.full", "clot.short", "clot.row1", "clot.row2",
		"clot.picker", "back.full", "back.short", "back.row1",
		"back.row2", "redflag.title", "redflag.still", "redflag.eased",
		"redflag.leg", "redflag.hint", "parts.calf", "parts.foot",
		"parts.hamstring", "parts.quad", "parts.back", "parts.neck",
		"parts.hand",
	};
	const char	*en, *de, *es;
	size_t		 i;

	(void)state;
	for (i = 0; i < sizeof keys / sizeof keys[0]; i++) {
		en = safety_text_lang(keys[i], NULL, 0);
		de = safety_text_lang(keys[i], LANGS("de"), 1);
		es = safety_text_lang(keys[i], LANGS("es_mx", "es"), 2);
		if (en == NULL || de == NULL || es == NULL)
			fprintf(stderr, "safety text %s is missing\n", keys[i]);
		assert_non_null(en);
		assert_non_null(de);
		assert_non_null(es);
		assert_string_not_equal(en, de);
		assert_string_not_equal(en, es);
		/* No other language: English, never an empty line. */
		assert_ptr_equal(safety_text_lang(keys[i], LANGS("fr"), 1), en);
	}
	assert_null(safety_text_lang("clot.nothing", NULL, 0));
	assert_string_equal(safety_text_lang("clot.row1", NULL, 0),
	    "One leg swollen, warm or red?");
}

static int
setup(void **state)
{
	(void)state;
	return mkdtemp(tmpdir) == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	(void)state;
	return rmdir(tmpdir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lang_list),
		cmocka_unit_test(test_fallback_key_by_key),
		cmocka_unit_test(test_refused),
		cmocka_unit_test(test_builtin_languages),
		cmocka_unit_test(test_safety_texts),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
