#!/usr/bin/env bash
# run.sh: alone
# Screen-reader mode (issue 14): during a 30 s hold the terminal gets at
# most 3 updates after the first frame (no per-second countdown; strace
# counts the program's writes to the terminal between the coach's
# sentences for step 1 and step 2, which the test trace file marks); the
# instruction line is the coach's one full sentence; no block digits or
# box drawing; t says the time left. ACCESSIBLE=1 and the config's
# [display] screen_reader turn it on as --screen-reader does.
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
tui_setup
tui_routines t-sr
command -v strace >/dev/null || fail "strace is not installed"

S1='Step 1 of 2, Still hold: Keep still. Hold for 30 seconds.'
S2='Step 2 of 2, Second hold: Keep still again. Hold for 5 minutes.'

no_figures() {	# what
	tui_screen | grep -qE '█|─|│|┌' && fail "$1: block digits or box drawing"
	return 0
}

# updates ARGS...: run stretch t-sr under strace; $T/n gets the updates
# to the terminal during step 1's hold (runs of writes to fd 1 between two
# waits for a key, between the trace lines of the sentences for step 1
# and step 2, the first frame not counted) and $T/bytes their bytes.
updates() {
	tui_run 80 24 "strace -f -qq -e trace=write,poll,ppoll,select,pselect6 -s 200 -o '$T/st' $BIN stretch t-sr $*" \
	    UNCLENCH_TEST_TIME_SCALE=10 UNCLENCH_TEST_TRACE="$T/trace"
	tui_wait "Still hold"
	tui_wait "step 2 of 2" 20
}
count() {
	awk -v s1="$S1" -v s2="$S2" '
		/write\(/ && index($0, "say M ") && index($0, s1) { on = 1; next }
		/write\(/ && index($0, "say M ") && index($0, s2) { on = 0 }
		!on { next }
		/write\(1,/ {
			if (!inrun) runs++
			inrun = 1
			if (runs > 1) { sub(/.*= /, ""); bytes += $0 }
			next
		}
		/poll\(|select\(|select6\(/ { inrun = 0 }
		END { print runs - 1 > "/dev/stderr"; print bytes + 0 }' \
	    "$T/st" 2>"$T/n" >"$T/bytes"
}
quit() {
	tui_keys q
	tui_wait 'Quit this routine'
	tui_keys y
	tui_wait 'Press any key to exit'
	tui_keys x
	tui_wait_exit
}

# The counter counts: without the mode, the countdown updates each second.
updates
quit
count
[ "$(cat "$T/n")" -ge 20 ] ||
    fail "the counter saw $(cat "$T/n") updates without --screen-reader"

updates --screen-reader
tui_wait "$S2"
tui_wait 'Up to 300 s left.'
no_figures "--screen-reader"
tui_keys t
tui_wait_re '[0-9]+ (minutes?|seconds?)( [0-9]+ seconds?)? left in this hold\.'
quit
count
[ "$(cat "$T/n")" -le 3 ] ||
    fail "$(cat "$T/n") updates during a 30 s hold, want at most 3"
[ "$(cat "$T/bytes")" -le 400 ] ||
    fail "$(cat "$T/bytes") bytes of updates during a 30 s hold"
echo "note: screen-reader hold: $(cat "$T/n") updates, $(cat "$T/bytes") bytes"

# The same mode from the environment, and from the config.
for how in env config; do
	if [ $how = env ]; then
		tui_run 80 24 "$BIN stretch t-sr" ACCESSIBLE=1
	else
		printf '[general]\nget_ready = 0s\nbell = no\n[display]\nscreen_reader = yes\n' |
		    tui_config
		tui_run 80 24 "$BIN stretch t-sr"
	fi
	tui_wait "$S1"
	tui_wait 'Up to 30 s left.'
	no_figures "$how"
	quit
done
echo "ok"
