#!/usr/bin/env bash
# run.sh: alone
# A scripted full routine, a relief episode, a walk through the menu, a
# quit to the summary and the length question past the red flag
# under valgrind: no invalid reads or writes and no definite leaks
# (ncurses keeps "possibly lost" blocks of its own; those are not judged).
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
command -v valgrind >/dev/null || { echo "skip: valgrind not installed"; exit 0; }
tui_setup
tui_routines t-stretch t-breath
# valgrind maps the binary itself: a snapshot, safe from a rebuild meanwhile.
cp "$BIN" "$T/unclench"
BIN=$T/unclench
VG="valgrind -q --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=99"

run_vg() {	# name command...
	local name=$1
	shift
	tui_run 80 24 "$VG --log-file=$T/vg-$name.log $*"
}

check_vg() {	# name
	tui_wait_exit
	[ "$(tui_rc)" = 0 ] ||
	    fail "$1: exit status $(tui_rc): $(cat "$T/vg-$1.log")"
	# Errors are "==PID==" lines; "--PID--" ones are valgrind's own
	# notes (3.19 knows no openat2, which relief's start-up tries and
	# then does without).
	grep -qv '^--[0-9]*-- ' "$T/vg-$1.log" &&
	    fail "$1: valgrind: $(cat "$T/vg-$1.log")"
	tui_assert_restored
}

# A whole stretch routine, with pause, skip back, help and a resize.
run_vg stretch "$BIN" stretch t-stretch
tui_wait "Left and right reach" 30
tui_keys Space
tui_wait "PAUSED"
tui_keys '?'
tui_wait "restart this step"
tui_keys x Space
tmux -S "$SOCK" resize-window -x 40 -y 12
tui_wait "spc pause"
tmux -S "$SOCK" resize-window -x 80 -y 24
tui_wait "Well done." 30
tui_keys x
check_vg stretch

# A breathing routine to its end.
run_vg breath "$BIN" breathe t-breath
tui_wait "Well done." 40
tui_keys x
check_vg breath

# Relief: the steps, the warning signs, eased, both questions.
run_vg relief "$BIN" now calf
tui_wait "Pull the toes toward the shin" 30
tui_keys '!'
tui_wait "possible blood clot"
tui_keys q n
tui_wait "Massage the calf"
tui_keys e
tui_wait "How bad was it" 30
tui_keys 6 2
tui_wait "Severity 6 of 10."
tui_keys x
check_vg relief

# The menu: lists, hydration, history, help, the relief picker.
run_vg menu "$BIN"
tui_wait "I have a cramp now" 30
tui_keys 2
tui_wait "Stretch routines"
tui_keys q 5
tui_wait "log a glass"
tui_keys Enter
tui_wait_re 'Logged a glass|Not saved'
tui_keys q 6
tui_wait_re 'Cramps by|history is not available'
tui_keys q 7
tui_wait "Help"
tui_keys x 1
tui_wait "Where is the cramp?"
tui_keys Escape q
check_vg menu

# Quit mid-routine.
run_vg quit "$BIN" stretch t-stretch
tui_wait "Left and right reach" 30
tui_keys q
tui_wait "Quit this routine? y/n"
tui_keys y
tui_wait "Stopped early."
tui_keys x
check_vg quit

# Relief past the red flag (the test clock 300 times faster): the length
# question, then the severity ones.
tui_run 80 24 "$VG --log-file=$T/vg-length.log $BIN now calf" \
    UNCLENCH_TEST_TIME_SCALE=300
tui_wait "Is the cramp still there after 10 minutes?" 60
tui_keys Enter
tui_wait_gone "Is the cramp still there after 10 minutes?"
tui_keys e
tui_wait "How long did the cramp last?"
tui_keys 2
tui_wait "How bad was it"
tui_keys Enter Enter
tui_wait "Saved to your history."
tui_keys x
check_vg length
echo "ok"
