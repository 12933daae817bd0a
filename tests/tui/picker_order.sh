#!/usr/bin/env bash
# The routine lists show what their 1-9 shortcut keys play: the first nine
# rows carry their number, and the list is in the order of the titles it
# shows (not of the file names behind them); a digit plays that row.
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
tui_setup
mk() {	# file-name title
	cat >"$XDG_DATA_HOME/unclench/routines/$1.ini" <<EOT
[routine]
title = $2
kind = stretch
summary = Test data.
source = unclench test data

[step1]
title = Reach for $2
text = Reach up.
hold = 5s
EOT
}
mk a-first-file "Zebra stretch"
mk z-last-file "Aardvark stretch"

tui_run 80 24 "$BIN stretch"
tui_wait "Stretch routines"
tui_wait "Zebra stretch"
rows=$(tui_screen | sed -n '3,20p' | grep -E 'stretch +[0-9]+ (s|min)$')
first=$(head -n 1 <<<"$rows")
last=$(tail -n 1 <<<"$rows")
grep -qE '^ [ >]1 Aardvark stretch ' <<<"$first" || fail "first row: $first"
grep -qE '^ [ >][1-9] Zebra stretch ' <<<"$last" || fail "last row: $last"
titles=$(sed -E 's/^ [ >][1-9] //; s/ {2,}stretch .*//' <<<"$rows")
[ "$titles" = "$(LC_ALL=C sort -f <<<"$titles")" ] ||
    fail "not in title order: $titles"
n=$(grep -cE '^ [ >][1-9] ' <<<"$rows")
[ "$n" = "$(wc -l <<<"$rows")" ] || fail "a row without its number: $rows"
# Each digit plays its row.
num=$(sed -nE 's/^ [ >]([1-9]) Zebra stretch .*/\1/p' <<<"$last")
tui_keys "$num"
tui_wait "Reach for Zebra stretch"
tui_keys q
tui_wait "Quit this routine? y/n"
tui_keys y
tui_wait "Stopped early."
tui_keys Enter
tui_wait "Stretch routines"
tui_keys 1
tui_wait "Reach for Aardvark stretch"
tui_keys C-c
tui_wait_exit
echo "ok"
