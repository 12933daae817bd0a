#!/usr/bin/env bash
# A short stretch routine named on the command line runs to its end:
# left side, right side, reps, the summary, a saved session, and any key
# exits (started by name) with the terminal restored.
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
tui_setup
tui_routines t-stretch

tui_run 80 24 "$BIN stretch t-stretch"
tui_wait "Test stretch"
tui_wait "Left and right reach"
tui_wait "LEFT side"
tui_wait "step 1 of 2"
tui_wait "next: switch to the right side"
tui_wait "RIGHT side"
tui_wait "Final calf hold"
tui_wait "step 2 of 2"
tui_wait "Hold  rep 1 of 2"
tui_wait "Hold  rep 2 of 2"
tui_wait "Well done."
tui_wait "Steps: done 2, skipped 0"
tui_wait "Saved to your history."
tui_wait "Press any key to exit"
tui_keys x
tui_wait_exit
[ "$(tui_rc)" = 0 ] || fail "exit status $(tui_rc)"
tui_assert_restored

# The session is in the store, completed.
db=$XDG_STATE_HOME/unclench/history.db
[ -f "$db" ] || fail "no history database at $db"
got=$(sqlite3 "$db" "select kind, completed, steps_done, steps_total
    from sessions where routine = 't-stretch'")
[ "$got" = "stretch|1|2|2" ] || fail "session recorded as: $got"
echo "ok"
