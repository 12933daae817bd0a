#!/usr/bin/env bash
# Player keys: space pauses (PAUSED shown, the countdown frozen) and
# resumes (it moves again); n skips, p goes back, r restarts, + and -
# change the hold, b toggles the bell; q asks, n keeps going, q y quits
# to the summary (stopped early, steps done and skipped), then any key
# exits with the terminal restored and the session recorded as stopped
# early.
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
tui_setup
tui_routines t-long

tui_run 80 24 "$BIN stretch t-long"
tui_wait "Alpha hold"
tui_wait "step 1 of 3"
# Running: the countdown goes below 40.
tui_wait_re ' 3[0-9] s$'

tui_keys Space
tui_wait "PAUSED"
v=$(tui_secs)
[ -n "$v" ] || fail "no countdown on screen"
# Frozen: the same value throughout a 2 s look.
for _ in $(seq 1 40); do
	now=$(tui_secs)
	[ "$now" = "$v" ] || fail "countdown moved while paused: $v -> $now"
	sleep 0.05
done
tui_keys Space
tui_wait_gone "PAUSED"
# Resumed: it moves on again.
i=0
while [ "$(tui_secs)" = "$v" ]; do
	i=$((i + 1))
	[ $i -lt 100 ] || fail "countdown stuck at $v after resume"
	sleep 0.05
done

# + and -: the hold grows and shrinks by 5 s.
tui_keys +
tui_wait "Hold now 45 s"
tui_keys -
tui_wait "Hold now 40 s"

# Skip, skip, then back: from early in a step, back is the step before.
tui_keys n
tui_wait "Bravo hold"
tui_wait "step 2 of 3"
tui_keys Right
tui_wait "Charlie hold"
tui_keys p
tui_wait "Bravo hold"
# Left: well into Bravo, back restarts Bravo itself.
tui_wait_re ' 3[0-7] s$'
tui_keys Left
tui_wait_re ' (40|39) s$'
tui_screen | grep -q "Bravo hold" || fail "back left the step"
# r restarts the step: the countdown is full again.
tui_wait_re ' 3[0-7] s$'
tui_keys r
tui_wait_re ' (40|39) s$'

# b toggles the bell (the test config has it off).
tui_keys b
tui_wait "Bell on"

# ? shows the keys over the player; any key closes it.
tui_keys '?'
tui_wait "restart this step"
tui_keys x
tui_wait_gone "restart this step"

# q asks; n (or Esc) keeps going.
tui_keys q
tui_wait "Quit this routine? y/n"
tui_keys n
tui_wait_gone "Quit this routine?"
tui_screen | grep -q "Bravo hold" || fail "n did not keep the routine"
tui_keys q
tui_wait "Quit this routine? y/n"
tui_keys Escape
tui_wait_gone "Quit this routine?"
tui_keys q
tui_wait "Quit this routine? y/n"
tui_keys y
# Quit part-way: the summary says so, then any key exits.
tui_wait "Stopped early."
tui_wait "Test long holds"
# Alpha and Charlie were skipped at once, Bravo restarted well short of
# half its 40 s: nothing done.
tui_wait "Steps: done 0, skipped 3"
tui_wait "Not completed."
tui_wait "Saved to your history."
tui_wait "Press any key to exit"
tui_keys x
tui_wait_exit
[ "$(tui_rc)" = 0 ] || fail "exit status $(tui_rc)"
tui_assert_restored
db=$XDG_STATE_HOME/unclench/history.db
got=$(sqlite3 "$db" "select kind, completed, steps_done, steps_total
    from sessions where routine = 't-long'")
[ "$got" = "stretch|0|0|3" ] || fail "stopped session recorded as: $got"
echo "ok"
