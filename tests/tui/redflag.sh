#!/usr/bin/env bash
# The 10-minute red flag, on the injected clock (the test-only
# UNCLENCH_TEST_TIME_SCALE runs it 300 times faster): it appears at 10
# minutes since the cramp began as a question (the cramp may be gone
# by then), pauses the steps, ignores stray keys,
# needs Enter, and then the relief goes on with the clock still counting.
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
tui_setup

tui_run 80 24 "$BIN now calf" UNCLENCH_TEST_TIME_SCALE=300
tui_wait "Calf cramp"
tui_wait "Is the cramp still there after 10 minutes?" 20
tui_wait "Press Enter to confirm you have read this"
# It opens as a question: the top line asks it, the steps may go on.
tui_screen | head -n 2 | grep -q "Is the cramp still there after 10 minutes?" ||
    fail "the red flag does not open with the question"
tui_wait "If it has eased, or is easing as you move, you may go on"
# Stray keys do not dismiss it.
tui_keys x q Escape Space e
for _ in $(seq 1 20); do
	tui_screen | grep -q "Is the cramp still there after 10 minutes?" ||
	    fail "the red flag went away without Enter"
	sleep 0.05
done
tui_keys Enter
tui_wait_gone "Is the cramp still there after 10 minutes?"
tui_wait_re 'cramp 1[0-9]:[0-9][0-9]'
tui_wait "e it has eased"
# Shown once: it does not come back.
for _ in $(seq 1 20); do
	tui_screen | grep -q "still there after 10 minutes" &&
	    fail "the red flag came back"
	sleep 0.05
done
tui_keys e
tui_wait "How bad was it, 1 to 10?"
tui_keys Enter Enter
tui_wait "Saved to your history."
tui_keys x
tui_wait_exit
[ "$(tui_rc)" = 0 ] || fail "exit status $(tui_rc)"
# The recorded duration is the fake clock's: over 10 minutes.
got=$(sqlite3 "$XDG_STATE_HOME/unclench/history.db" \
    "select duration_s >= 600 from cramps order by id desc limit 1")
[ "$got" = 1 ] || fail "duration under 10 minutes recorded"
echo "ok"
