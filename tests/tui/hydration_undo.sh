#!/usr/bin/env bash
# The hydration screen takes back a mistaken Enter: u undoes the newest
# glass logged on this screen (offered in the key line only once there is
# one), through the real SQLite history; a drink logged elsewhere (the
# CLI), older or newer, is never the one undone.
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
tui_setup
db=$XDG_STATE_HOME/unclench/history.db
printf '[general]\nget_ready = 0s\nbell = no\n[hydration]\nglass = 250\n' |
    tui_config

drinks() {	# the ml of every drink, oldest first, on one line
	# A busy database (the program writing) reads as nothing: poll again.
	sqlite3 "$db" "select group_concat(ml, ' ') from (select ml from drinks order by id)" 2>/dev/null
}

wait_drinks() {	# want: bounded poll of the history
	local i=0
	while [ "$(drinks)" != "$1" ] && [ $i -lt 200 ]; do
		sleep 0.05
		i=$((i + 1))
	done
	[ "$(drinks)" = "$1" ] || fail "drinks: \"$(drinks)\", want \"$1\""
}

"$BIN" drink 100 >/dev/null || fail "unclench drink 100"
wait_drinks "100"
tui_run 80 24 "$BIN"
tui_wait "I have a cramp now"
tui_keys 5
tui_wait "log a glass"
tui_screen | tail -n 1 | grep -qF "undo" && fail "undo offered before any glass"
tui_keys u
tui_wait "Nothing to undo"
wait_drinks "100"
tui_keys Enter
tui_wait "Logged a glass"
tui_wait "u undo it"
tui_keys Enter
wait_drinks "100 250 250"
# A drink logged elsewhere meanwhile is newer, but not this screen's.
"$BIN" drink 300 >/dev/null || fail "unclench drink 300"
wait_drinks "100 250 250 300"
tui_keys u
tui_wait "Undone"
wait_drinks "100 250 300"
tui_keys u
wait_drinks "100 300"
tui_wait_gone "u undo it"
tui_keys u
tui_wait "Nothing to undo"
wait_drinks "100 300"
tui_keys q
tui_wait "I have a cramp now"
tui_keys q
tui_wait_exit
[ "$(tui_rc)" = 0 ] || fail "exit status $(tui_rc)"
echo "ok"
