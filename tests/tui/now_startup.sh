#!/usr/bin/env bash
# What `unclench now calf` does before its first frame (issue 14 §4: the
# relief frame within 1.1x of a curses floor), seen with strace: the
# terminfo entry is read once (newterm's, which is the terminal check
# too); no watchdog thread is started when none of
# relief's files can stall (local files, no relief steps of the user's);
# and one is, with the 250 ms budget, when the user has relief steps of
# their own. tests/faults/stalled.sh has the filesystems that stall.
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
command -v strace >/dev/null || fail "strace is not installed"
tui_setup
ST=$T/strace

# now_traced: relief up on the screen under strace, then quit.
now_traced() {
	rm -f "$ST"
	tui_run 80 24 "strace -qq -o '$ST' -e trace=clone,clone3,openat $BIN now calf"
	tui_wait "$1"
	tui_keys C-c
	tui_wait_exit
	# Ctrl-C: relief left at once, by the signal (128 + SIGINT).
	[ "$(tui_rc)" = 130 ] || fail "now calf under strace: exit $(tui_rc)"
	tui_assert_restored
	[ -s "$ST" ] || fail "strace wrote no trace"
}

# Threads (not processes: clone with CLONE_THREAD) the program started.
threads() {
	grep -cE '^clone3?\(.*CLONE_THREAD' "$ST" || true
}

now_traced "Pull the toes toward the shin"
n=$(grep -cE '^openat\(.*/terminfo/.*= [0-9]+$' "$ST" || true)
[ "$n" -ge 1 ] || fail "no terminfo entry opened: $(cat "$ST")"
[ "$n" -le 1 ] || fail "the terminfo entry was read $n times (once is enough)"
[ "$(threads)" = 0 ] ||
    fail "a watchdog thread with no file that can stall: $(grep clone "$ST")"

# The user's own relief steps: read on the budget, with its watchdog.
cat >"$XDG_DATA_HOME/unclench/routines/relief-calf.ini" <<'INI'
[routine]
title = My own calf steps
kind = relief
part = calf
summary = Mine.
source = me

[step1]
type = wait
title = Do my thing
text = Press Enter when it eases.
INI
now_traced "Do my thing"
[ "$(threads)" = 1 ] ||
    fail "no watchdog for the user's relief file: $(grep clone "$ST")"
echo "ok"
