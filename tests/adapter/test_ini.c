/*
 * ini tests: the scan's limits and the bytes iniparser is given. Linked
 * with -Wl,--wrap=read (see the Makefile) so that a test can swap the file
 * on disk the moment the loader has read it: what is parsed must still be
 * what was scanned.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"
#include "ini.h"
#include "util.h"

ssize_t	__real_read(int, void *, size_t);
ssize_t	__wrap_read(int, void *, size_t);

static char	 tmpdir[] = "/tmp/unclench-ini-XXXXXX";
/* When set, the first read renames swap_from over swap_to. */
static char	*swap_from, *swap_to;

ssize_t
__wrap_read(int fd, void *buf, size_t len)
{
	ssize_t n = __real_read(fd, buf, len);

	if (swap_from != NULL && n > 0) {
		assert_int_equal(rename(swap_from, swap_to), 0);
		swap_from = NULL;
	}
	return n;
}

static char *
write_file(const char *name, const char *text, size_t len)
{
	char	*path = xasprintf("%s/%s", tmpdir, name);
	FILE	*f = fopen(path, "wb");

	assert_non_null(f);
	assert_int_equal(fwrite(text, 1, len, f), len);
	fclose(f);
	return path;
}

static int
has_error(const struct diag *d, const char *a, const char *b)
{
	size_t i;

	for (i = 0; i < d->n; i++)
		if (d->msgs[i].level == DIAG_ERROR &&
		    strstr(d->msgs[i].text, a) != NULL &&
		    (b == NULL || strstr(d->msgs[i].text, b) != NULL))
			return 1;
	return 0;
}

/* A file of nsec sections of nkeys keys each. */
static char *
many(size_t nsec, size_t nkeys, size_t *len)
{
	char	*out = NULL;
	size_t	 i, j;
	FILE	*f = open_memstream(&out, len);

	assert_non_null(f);
	for (i = 0; i < nsec; i++) {
		fprintf(f, "[s%zu]\n", i);
		for (j = 0; j < nkeys; j++)
			fprintf(f, "k%zu = %zu\n", j, j);
	}
	fclose(f);
	return out;
}

/* The file swapped after the scan read it is not what gets parsed. */
static void
test_parses_scanned_bytes(void **state)
{
	static const char good[] = "[a]\nkey = scanned\n";
	/* What a swap would smuggle in: a duplicate and bad UTF-8. */
	static const char bad[] = "[a]\nkey = swapped\nkey = \xff\n";
	struct diag	 d = { 0 };
	struct ini	*ini;
	char		*path = write_file("a.ini", good, strlen(good));
	char		*other = write_file("b.ini", bad, strlen(bad));

	(void)state;
	swap_from = other;
	swap_to = path;
	ini = ini_load(path, &d);
	assert_null(swap_from);		/* the swap happened */
	assert_non_null(ini);
	assert_string_equal(ini_get(ini, "a", "key"), "scanned");
	ini_free(ini);
	diag_clear(&d);
	assert_int_equal(unlink(path), 0);
	free(path);
	free(other);
}

static void
test_load_buffer(void **state)
{
	static const char text[] = "[x]\nname = \"from memory\"\n";
	struct diag	 d = { 0 };
	struct ini	*ini;

	(void)state;
	/* No NUL at the end, and the name is no file at all. */
	ini = ini_load_buffer("/nonexistent/x.ini", text, strlen(text), &d);
	assert_non_null(ini);
	assert_string_equal(ini_get(ini, "x", "name"), "from memory");
	ini_free(ini);
	assert_null(ini_load_buffer("y.ini", "[x]\nk = 1\nk = 2\n", 16, &d));
	assert_true(has_error(&d, "y.ini", "set twice"));
	diag_clear(&d);
}

static void
test_key_limits(void **state)
{
	struct diag	 d = { 0 };
	struct ini	*ini;
	char		*text, *name;
	size_t		 len;

	(void)state;
	/* At every limit: loads. */
	text = many(INI_MAX_KEYS / INI_MAX_SECTION_KEYS, INI_MAX_SECTION_KEYS,
	    &len);
	assert_true(len <= INI_MAX_FILE);
	ini = ini_load_buffer("full.ini", text, len, &d);
	assert_non_null(ini);
	assert_int_equal(d.errors, 0);
	assert_string_equal(ini_get(ini, "s3", "k63"), "63");
	ini_free(ini);
	free(text);

	/* One key too many in a section: named, with its line. */
	text = many(1, INI_MAX_SECTION_KEYS + 1, &len);
	assert_null(ini_load_buffer("sec.ini", text, len, &d));
	name = xasprintf("line %d: too many keys in this section",
	    INI_MAX_SECTION_KEYS + 2);
	assert_true(has_error(&d, "sec.ini: [s0]", name));
	free(name);
	free(text);
	diag_clear(&d);

	/* One key too many in the file. */
	text = many(INI_MAX_KEYS / INI_MAX_SECTION_KEYS + 1,
	    INI_MAX_SECTION_KEYS, &len);
	assert_null(ini_load_buffer("file.ini", text, len, &d));
	assert_true(has_error(&d, "file.ini", "too many keys (expected at "
	    "most 4096 in a file)"));
	free(text);
	diag_clear(&d);

	/* One section too many. */
	text = many(INI_MAX_SECTIONS + 1, 0, &len);
	assert_null(ini_load_buffer("secs.ini", text, len, &d));
	name = xasprintf("line %d: too many sections", INI_MAX_SECTIONS + 1);
	assert_true(has_error(&d, "secs.ini", name));
	free(name);
	free(text);
	diag_clear(&d);
}

/* Names iniparser could not look up again are refused, not lost. */
static void
test_long_names(void **state)
{
	struct diag	 d = { 0 };
	struct ini	*ini;
	char		*text;

	(void)state;
	text = xasprintf("[%0*d]\nk = 1\n[b]\n%0*d = 2\n", INI_MAX_NAME, 0,
	    INI_MAX_NAME, 0);
	ini = ini_load_buffer("ok.ini", text, strlen(text), &d);
	assert_non_null(ini);
	assert_int_equal(d.errors, 0);
	ini_free(ini);
	free(text);
	text = xasprintf("[%0*d]\nk = 1\n[b]\n%0*d = 2\n", INI_MAX_NAME + 1,
	    0, INI_MAX_NAME + 1, 0);
	assert_null(ini_load_buffer("long.ini", text, strlen(text), &d));
	assert_true(has_error(&d, "long.ini", "line 1: section name is too "
	    "long (101 bytes"));
	assert_true(has_error(&d, "long.ini", "line 4: key is too long"));
	free(text);
	diag_clear(&d);
}

/* Many keys, all distinct but for one pair far apart: still found. */
static void
test_duplicates_found(void **state)
{
	struct diag	 d = { 0 };
	char		*text;
	size_t		 len;
	FILE		*f;
	int		 i;

	(void)state;
	text = NULL;
	f = open_memstream(&text, &len);
	fprintf(f, "[a]\nfirst = 1\n");
	for (i = 0; i < 50; i++)
		fprintf(f, "[b%d]\nk = %d\n", i, i);
	fprintf(f, "[A]\n");	/* names are case-blind */
	fclose(f);
	assert_null(ini_load_buffer("dup.ini", text, len, &d));
	assert_true(has_error(&d, "dup.ini: [a]", "line 103: section appears "
	    "twice"));
	free(text);
	diag_clear(&d);
}

static void
test_cr_only(void **state)
{
	static const char text[] = "[a]\rkey = 1\rother = 2\r";
	struct diag	 d = { 0 };

	(void)state;
	assert_null(ini_load_buffer("mac.ini", text, strlen(text), &d));
	assert_true(has_error(&d, "mac.ini", "line endings are CR only"));
	assert_int_equal(d.errors, 1);
	diag_clear(&d);
	/* CRLF is fine. */
	{
		struct ini *ini = ini_load_buffer("dos.ini", "[a]\r\nk = 1\r\n",
		    12, &d);

		assert_non_null(ini);
		assert_string_equal(ini_get(ini, "a", "k"), "1");
		ini_free(ini);
	}
	diag_clear(&d);
}

static int
setup(void **state)
{
	(void)state;
	return mkdtemp(tmpdir) != NULL ? 0 : -1;
}

/* Every test removes its own files. */
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
		cmocka_unit_test(test_parses_scanned_bytes),
		cmocka_unit_test(test_load_buffer),
		cmocka_unit_test(test_key_limits),
		cmocka_unit_test(test_duplicates_found),
		cmocka_unit_test(test_long_names),
		cmocka_unit_test(test_cr_only),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
