#!/usr/bin/env bash
# A short stretch routine named on the command line runs to its end:
# left side, right side, reps, the summary, a saved session, and any key
# exits (started by name) with the terminal restored. Moving steps say
# "Keep moving", still holds "A mild pull, never sharp pain", and
# [stretch] hold_scale lengthens the still holds only.
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

# A still hold says how far; a moving step says keep moving, in rounds.
tui_run 80 24 "$BIN stretch morning-mobility"
tui_wait "Wake-up breaths"
tui_keys n
tui_wait "March on the spot"
tui_wait "Keep moving"
tui_wait "Move gently, in a comfortable range."
tui_screen | grep -qE "Hold +rep|A mild pull" && fail "a moving step shown as a hold"
tui_keys n
tui_wait "Arm circles"
tui_wait "Keep moving  round 1 of 2"
tui_keys C-c
tui_wait_exit

# hold_scale = 2: the 30 s calf hold is held 60 s; the 20 s ankle
# circles (a moving step) are not scaled.
tui_config <<'CFG'
[general]
get_ready = 0s
bell = no
[stretch]
hold_scale = 2
CFG
tui_run 80 24 "$BIN stretch calves-and-feet"
tui_wait "Calf against the wall"
tui_wait "Hold  rep 1 of 3"
tui_wait "A mild pull, never sharp pain."
secs=$(tui_secs)
[ "$secs" -ge 58 ] && [ "$secs" -le 60 ] || fail "hold_scale 2: the 30 s hold shows $secs s"
tui_keys n n n n
tui_wait "Ankle circles"
secs=$(tui_secs)
[ "$secs" -ge 18 ] && [ "$secs" -le 20 ] || fail "hold_scale 2: a moving step scaled to $secs s"
tui_keys C-c
tui_wait_exit
echo "ok"
