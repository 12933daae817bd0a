#!/usr/bin/env bash
# The list widget on a list longer than the screen (40x12): PgDn moves
# ten down and the list scrolls so the selection stays in view; a click
# on the top row plays the entry drawn there (the scrolled-to one, not
# the list's first); a click below the last entry plays nothing.
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
tui_setup
dir=$XDG_DATA_HOME/unclench/routines
for i in 01 02 03 04 05 06 07 08 09 10 11 12 13 14; do
	sed "s/^title = Test stretch/title = Aaa scroll $i/" \
	    "$DATA/t-stretch.ini" >"$dir/t-scroll-$i.ini"
done

tui_run 40 12 "$BIN stretch"
tui_wait "Aaa scroll 01"
tui_screen | grep -q "Aaa scroll 12" && fail "12 of 14 shown at 12 rows"
tui_keys NPage
tui_wait "unclench stretch t-scroll-11"
tui_wait "Aaa scroll 11"
tui_screen | grep -q "Aaa scroll 01" &&
    fail "the list did not scroll to keep entry 11 in view"
# Row 3 (the list's first) holds whatever the scroll put there.
top=$(tui_screen | sed -n 3p | grep -o 'Aaa scroll [0-9]*')
[ -n "$top" ] && [ "$top" != "Aaa scroll 01" ] ||
    fail "top row after scrolling: '$top'"
tui_click 3 10
tui_wait "Left and right reach"
tui_screen | head -n 1 | grep -qF "$top" ||
    fail "the click played $(tui_screen | head -n 1), not $top"
tui_keys C-c
tui_wait_exit

# A short list: a click under its last entry plays nothing.
rm -f "$dir"/t-scroll-*.ini
tui_routines t-stretch
tui_run 80 24 "$BIN stretch"
tui_wait "Test stretch"
# Rows 3-21 are the list's; each entry shows its kind.
n=$(tui_screen | sed -n '3,21p' | grep -c ' stretch ' || true)
[ "$n" -ge 1 ] && [ "$n" -lt 19 ] || fail "$n entries in the short list"
first=$(tui_screen | sed -n 22p)
tui_click $((3 + n)) 10
# j after the click: once the hint moves on, both have been read.
tui_keys j
i=0
while [ "$(tui_screen | sed -n 22p)" = "$first" ]; do
	[ $i -lt $((WAIT_S * 20)) ] || fail "j did not move the list (a click played?)"
	sleep 0.05
	i=$((i + 1))
done
tui_screen | grep -q "Stretch routines" ||
    fail "a click below the list left the list"
tui_screen | sed -n 22p | grep -q "unclench stretch" ||
    fail "no hint line after j: $(tui_screen | sed -n 22p)"
tui_keys q
tui_wait_exit
echo "ok"
