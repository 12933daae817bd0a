/*
 * The list widget the menu and pickers share, without a screen: keys
 * move or choose by the flags given, 1-9 choose only entries that exist,
 * a layout scrolls to keep the selection shown, and a click maps to the
 * entry under it (a gap between spaced entries is no entry).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "widget_list.h"

static void
test_wrap_and_clamp(void **state)
{
	struct wlist l = { .n = 3, .flags = WL_WRAP };

	assert_int_equal(wl_key(&l, 'k'), WL_MOVED);
	assert_int_equal(l.sel, 2);
	assert_int_equal(wl_key(&l, KEY_DOWN), WL_MOVED);
	assert_int_equal(l.sel, 0);
	l.flags = 0;
	wl_key(&l, KEY_UP);
	assert_int_equal(l.sel, 0);
	l.sel = 2;
	wl_key(&l, 'j');
	assert_int_equal(l.sel, 2);
}

static void
test_flags(void **state)
{
	struct wlist l = { .n = 25 };

	assert_int_equal(wl_key(&l, '\t'), WL_NONE);
	assert_int_equal(wl_key(&l, KEY_END), WL_NONE);
	assert_int_equal(wl_key(&l, KEY_NPAGE), WL_NONE);
	assert_int_equal(wl_key(&l, KEY_RIGHT), WL_NONE);
	l.flags = WL_TAB | WL_HOMEEND | WL_PAGE | WL_RIGHT;
	assert_int_equal(wl_key(&l, '\t'), WL_MOVED);
	assert_int_equal(l.sel, 1);
	wl_key(&l, KEY_NPAGE);
	assert_int_equal(l.sel, 11);
	wl_key(&l, KEY_NPAGE);
	wl_key(&l, KEY_NPAGE);
	assert_int_equal(l.sel, 24);
	wl_key(&l, KEY_HOME);
	assert_int_equal(l.sel, 0);
	wl_key(&l, KEY_END);
	assert_int_equal(l.sel, 24);
	assert_int_equal(wl_key(&l, KEY_RIGHT), 24);
	assert_int_equal(wl_key(&l, '\n'), 24);
}

static void
test_numbers(void **state)
{
	struct wlist l = { .n = 3 };

	assert_int_equal(wl_key(&l, '3'), 2);
	assert_int_equal(l.sel, 2);
	assert_int_equal(wl_key(&l, '4'), WL_NONE);
	assert_int_equal(wl_key(&l, '0'), WL_NONE);
	l.n = 0;
	l.sel = 0;
	assert_int_equal(wl_key(&l, '\r'), WL_NONE);
	assert_int_equal(wl_key(&l, 'j'), WL_MOVED);
	assert_int_equal(l.sel, 0);
}

static void
test_scroll_and_hit(void **state)
{
	struct wlist l = { .n = 20 };

	assert_int_equal(wl_layout(&l, 2, 5, 1, 1), 5);
	assert_int_equal(wl_hit(&l, 1), -1);
	assert_int_equal(wl_hit(&l, 2), 0);
	assert_int_equal(wl_hit(&l, 6), 4);
	assert_int_equal(wl_hit(&l, 7), -1);
	l.sel = 12;
	wl_layout(&l, 2, 5, 1, 1);
	assert_int_equal(l.scroll, 8);
	assert_int_equal(wl_hit(&l, 6), 12);
	l.sel = 3;
	wl_layout(&l, 2, 5, 1, 1);
	assert_int_equal(l.scroll, 3);
}

static void
test_spaced_rows(void **state)
{
	struct wlist l = { .n = 7 };

	/* Two rows apart, one row each: 13 rows hold all seven. */
	assert_int_equal(wl_layout(&l, 3, 13, 2, 1), 7);
	assert_int_equal(wl_hit(&l, 3), 0);
	assert_int_equal(wl_hit(&l, 4), -1);
	assert_int_equal(wl_hit(&l, 15), 6);
	/* Two-row targets: both rows hit; 13 rows hold six. */
	assert_int_equal(wl_layout(&l, 2, 13, 2, 2), 6);
	assert_int_equal(wl_hit(&l, 3), 0);
	assert_int_equal(wl_hit(&l, 13), 5);
	assert_int_equal(wl_hit(&l, 14), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_wrap_and_clamp),
		cmocka_unit_test(test_flags),
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_scroll_and_hit),
		cmocka_unit_test(test_spaced_rows),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
