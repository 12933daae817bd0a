/*
 * test_hooks: a hook's command split into words with no shell (quotes
 * group, nothing expands), and its environment built from the event.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "hooks.h"

static void
test_hook_split(void **state)
{
	char		 buf[256], *argv[8];
	const char	*why = NULL;

	(void)state;
	assert_int_equal(hook_split("  curl -d 'a b' \"$HOME\" x\"y z\"; ",
	    buf, sizeof buf, argv, 8, &why), 5);
	assert_string_equal(argv[0], "curl");
	assert_string_equal(argv[1], "-d");
	assert_string_equal(argv[2], "a b");
	assert_string_equal(argv[3], "$HOME");	/* no expansion */
	assert_string_equal(argv[4], "xy z;");	/* no shell syntax */
	assert_null(argv[5]);
	assert_int_equal(hook_split("a 'b", buf, sizeof buf, argv, 8, &why),
	    -1);
	assert_string_equal(why, "a quote is not closed");
	assert_int_equal(hook_split("a b c d e f g h", buf, sizeof buf, argv,
	    8, &why), -1);
	assert_string_equal(why, "too many words");
	assert_int_equal(hook_split("abcdefgh", buf, 8, argv, 8, &why), -1);
	assert_int_equal(hook_split("   ", buf, sizeof buf, argv, 8, &why),
	    0);
	assert_null(argv[0]);
}

static void
test_hook_env(void **state)
{
	struct hook_event	 ev;
	char			 buf[HOOK_ENV_BYTES], *env[HOOK_ENV_MAX + 1];
	static char		 big[8192];

	(void)state;
	memset(&ev, 0, sizeof ev);
	ev.event = "cramp_logged";
	ev.part = "calf";
	ev.severity = 7;
	assert_int_equal(hook_env(&ev, buf, sizeof buf, env, 7), 3);
	assert_string_equal(env[0], "UNCLENCH_EVENT=cramp_logged");
	assert_string_equal(env[1], "UNCLENCH_PART=calf");
	assert_string_equal(env[2], "UNCLENCH_SEVERITY=7");
	assert_null(env[3]);

	memset(&ev, 0, sizeof ev);
	ev.event = "reminder";
	ev.kind = "hydration";
	ev.title = "Water\033]0;x\a";
	ev.body = "line one\nline two";
	assert_int_equal(hook_env(&ev, buf, sizeof buf, env, 7), 4);
	assert_string_equal(env[1], "UNCLENCH_KIND=hydration");
	assert_string_equal(env[2], "UNCLENCH_TITLE=Water ]0;x ");
	assert_string_equal(env[3], "UNCLENCH_BODY=line one line two");
	/* A huge body is cut to fit, and the entries stay terminated. */
	memset(big, 'b', sizeof big - 1);
	ev.body = big;
	assert_int_equal(hook_env(&ev, buf, sizeof buf, env, 7), 4);
	assert_true(strlen(env[3]) < HOOK_ENV_BYTES);
	assert_int_equal(hook_env(&ev, buf, sizeof buf, env, 3), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hook_split),
		cmocka_unit_test(test_hook_env),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
