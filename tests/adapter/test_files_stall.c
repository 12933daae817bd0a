/*
 * files_stall tests, on a local filesystem (a temporary directory under
 * /tmp): files, directories and missing paths there cannot stall, given
 * relative or absolute, through links or "..", while a loop of links, an
 * empty path and a filesystem of a kind not known to be local (devpts)
 * are "may stall" (1). A FUSE mount that never answers
 * is tests/faults/stalled.sh.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "files_stall.h"

static char	dir[] = "/tmp/unclench-stall.XXXXXX";
static char	path[PATH_MAX];

static const char *
at(const char *name)
{
	snprintf(path, sizeof path, "%s/%s", dir, name);
	return path;
}

static int
setup(void **state)
{
	char	 sub[PATH_MAX];
	FILE	*f;

	(void)state;
	if (mkdtemp(dir) == NULL)
		return -1;
	if (mkdir(at("sub"), 0700) != 0 || (f = fopen(at("sub/file"),
	    "w")) == NULL)
		return -1;
	fclose(f);
	snprintf(sub, sizeof sub, "%s/sub", dir);
	if (symlink("sub", at("rel")) != 0 || symlink(sub, at("abs")) != 0 ||
	    symlink("loop2", at("loop1")) != 0 ||
	    symlink("loop1", at("loop2")) != 0)
		return -1;
	return 0;
}

static int
teardown(void **state)
{
	static const char *const names[] = { "sub/file", "rel", "abs",
	    "loop1", "loop2" };
	size_t i;

	(void)state;
	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		unlink(at(names[i]));
	rmdir(at("sub"));
	rmdir(dir);
	return 0;
}

static void
test_local(void **state)
{
	(void)state;
	assert_int_equal(stall_possible(dir), 0);
	assert_int_equal(stall_possible(at("sub/file")), 0);
	assert_int_equal(stall_possible(at("rel/file")), 0);
	assert_int_equal(stall_possible(at("abs/file")), 0);
	assert_int_equal(stall_possible(at("sub/../rel/./file")), 0);
	/* Not there: nothing to wait for. */
	assert_int_equal(stall_possible(at("none/config.ini")), 0);
	assert_int_equal(stall_possible(at("sub/file/x")), 0);
}

static void
test_relative(void **state)
{
	char	cwd[PATH_MAX];

	(void)state;
	assert_non_null(getcwd(cwd, sizeof cwd));
	assert_int_equal(chdir(dir), 0);
	assert_int_equal(stall_possible("rel/file"), 0);
	assert_int_equal(stall_possible("../"), 0);
	assert_int_equal(chdir(cwd), 0);
}

static void
test_cannot_tell(void **state)
{
	(void)state;
	/* A loop of links: not resolved, so not known to be safe. */
	assert_int_equal(stall_possible(at("loop1/file")), 1);
	assert_int_equal(stall_possible(""), 1);
	/* A kind of filesystem not known to be local: may stall. */
	assert_int_equal(stall_possible("/dev/pts/x"), 1);
	assert_int_equal(stall_possible(NULL), 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_local),
		cmocka_unit_test(test_relative),
		cmocka_unit_test(test_cannot_tell),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
