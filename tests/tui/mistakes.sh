#!/usr/bin/env bash
# Relief started by mistake leaves no cramp behind: left within its first
# 15 s with no step done (Ctrl-C right after `now calf`; q y from a part
# chosen in the picker; from the menu), nothing is recorded and it says
# "not recorded": on stderr once the terminal is back, or on the menu.
# Left later (the test clock past 15 s), the cramp is recorded. "It has
# eased" is an answer, not a mistake: recorded however soon (relief.sh).
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
tui_setup
db=$XDG_STATE_HOME/unclench/history.db
# A history to look in: one drink, so the file and its tables exist.
"$BIN" drink 250 >/dev/null 2>&1 || fail "drink failed"
cramps() {
	sqlite3 "$db" "select count(*) from cramps"
}
[ "$(cramps)" = 0 ] || fail "cramps before the test: $(cramps)"

# Ctrl-C right after `now calf`.
tui_run 80 24 "$BIN now calf"
tui_wait "Pull the toes toward the shin"
tui_keys C-c
tui_wait_exit
[ "$(tui_rc)" = 130 ] || fail "C-c: exit status $(tui_rc)"
tui_assert_restored
tui_wait_re "unclench: Cramp not recorded: relief left after [0-9]+ s with no step done\."
[ "$(cramps)" = 0 ] || fail "Ctrl-C at once recorded a cramp"

# The picker, a part by its number, then q y at once.
tui_run 80 24 "$BIN now"
tui_wait "Where is the cramp?"
tui_keys 4
tui_wait "Front of the thigh cramp"
tui_keys q
tui_wait "Stop the relief steps? y/n"
tui_keys y
tui_wait_exit
[ "$(tui_rc)" = 0 ] || fail "q y: exit status $(tui_rc)"
tui_assert_restored
tui_wait "Cramp not recorded"
[ "$(cramps)" = 0 ] || fail "q y at once recorded a cramp"

# From the menu: the note is shown on the menu it goes back to.
tui_run 80 24 "$BIN"
tui_wait "I have a cramp now"
tui_keys Enter
tui_wait "Where is the cramp?"
tui_keys Enter
tui_wait "Calf cramp (charley horse)"
tui_keys q
tui_wait "Stop the relief steps? y/n"
tui_keys y
tui_wait "I have a cramp now"
tui_wait "Cramp not recorded"
tui_keys q
tui_wait_exit
[ "$(cramps)" = 0 ] || fail "relief quit at once from the menu recorded a cramp"

# Past 15 s on the test clock (20 times faster), Ctrl-C records it.
tui_run 80 24 "$BIN now calf" UNCLENCH_TEST_TIME_SCALE=20
tui_wait "Pull the toes toward the shin"
tui_wait_re "cramp 00:(1[6-9]|[2-5][0-9])"
tui_keys C-c
tui_wait_exit
[ "$(tui_rc)" = 130 ] || fail "late C-c: exit status $(tui_rc)"
got=$(sqlite3 "$db" "select part, duration_s >= 15 from cramps")
[ "$got" = "calf|1" ] || fail "relief left after 15 s recorded as: $got"
tui_screen | grep -qF "not recorded" && fail "a real cramp said not recorded"
echo "ok"
