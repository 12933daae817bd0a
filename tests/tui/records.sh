#!/usr/bin/env bash
# Records that tell the truth: a step skipped is not a step done. Pressing
# n through every step of bedtime-legs ends on "done 0, skipped 6", is
# recorded as not completed with no steps done, and starts no streak; one
# n in box breathing is no completed session either. A step held for most
# of its time counts: t-half with its first step run and its second
# skipped is "done 1, skipped 1", completed. Checked in the SQLite file
# and in `unclench stats`. Quit part-way from the list, a routine shows
# its summary ("Stopped early", not completed), then goes back to the list.
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
tui_setup
tui_routines t-half
db=$XDG_STATE_HOME/unclench/history.db

# Every step of bedtime-legs skipped, one n per step.
tui_run 80 24 "$BIN stretch bedtime-legs"
for k in 1 2 3 4 5 6; do
	tui_wait "step $k of 6"
	tui_keys n
done
tui_wait "Every step was skipped."
tui_wait "Steps: done 0, skipped 6"
tui_wait "Not completed."
tui_wait "Saved to your history."
tui_screen | grep -qF "Well done" && fail "skipping everything is \"Well done\""
tui_keys x
tui_wait_exit
[ "$(tui_rc)" = 0 ] || fail "exit status $(tui_rc)"
tui_assert_restored
got=$(sqlite3 "$db" "select completed, steps_done, steps_total from sessions
    where routine = 'bedtime-legs'")
[ "$got" = "0|0|6" ] || fail "skipped bedtime-legs recorded as: $got"

# Box breathing, one n: its only step skipped.
tui_run 80 24 "$BIN breathe box"
tui_wait "Breathe in"
tui_keys n
tui_wait "Steps: done 0, skipped 1"
tui_wait "Not completed."
tui_keys x
tui_wait_exit
got=$(sqlite3 "$db" "select completed, steps_done from sessions
    where routine = 'box'")
[ "$got" = "0|0" ] || fail "skipped box recorded as: $got"

# Neither starts a streak.
"$BIN" stats >"$T/stats" 2>&1 || fail "stats failed: $(cat "$T/stats")"
grep -qF "current streak: 0 days; best: 0 days" "$T/stats" ||
    fail "skipped sessions count for a streak: $(grep streak "$T/stats")"

# Step 1 of t-half run to its end (2 s), step 2 (60 s) skipped at once.
tui_run 80 24 "$BIN stretch t-half"
tui_wait "step 2 of 2" 30
tui_keys n
tui_wait "Finished, with steps skipped."
tui_wait "Steps: done 1, skipped 1"
tui_wait "Completed."
tui_keys x
tui_wait_exit
got=$(sqlite3 "$db" "select completed, steps_done, steps_total from sessions
    where routine = 't-half'")
[ "$got" = "1|1|2" ] || fail "half-done t-half recorded as: $got"
"$BIN" stats >"$T/stats" 2>&1 || fail "stats failed: $(cat "$T/stats")"
grep -qF "current streak: 1 day; best: 1 day" "$T/stats" ||
    fail "a session with a step done is no streak: $(grep streak "$T/stats")"

# From the list: quit part-way, the summary, then the list again.
tui_run 80 24 "$BIN stretch"
tui_wait "Stretch routines"
tui_wait "Test half done"
idx=$(tui_screen | sed -n '3,$p' | grep -n 'Test half done' | cut -d: -f1)
[ -n "$idx" ] || fail "Test half done not listed"
downs=()
for _ in $(seq 2 "$idx"); do downs+=(Down); done
[ ${#downs[@]} -gt 0 ] && tui_keys "${downs[@]}"
tui_wait "unclench stretch t-half"
tui_keys Enter
tui_wait "step 1 of 2"
tui_keys q
tui_wait "Quit this routine? y/n"
tui_keys y
tui_wait "Stopped early."
tui_wait "Not completed."
tui_wait "Press any key to go back"
tui_keys x
tui_wait "Stretch routines"
tui_keys q
tui_wait_exit
[ "$(tui_rc)" = 0 ] || fail "exit status $(tui_rc)"
n=$(sqlite3 "$db" "select count(*) from sessions where routine = 't-half'
    and completed = 0")
[ "$n" = 1 ] || fail "the quit run recorded $n times as not completed"
echo "ok"
