#!/usr/bin/env bash
# A terminal the coach cannot draw on: TERM=dumb (no cursor addressing),
# TERM unset, TERM naming no terminfo entry, and stdout or stdin not a
# terminal at all. A routine named (`stretch NAME`, `relax`, `breathe`)
# and `now PART` on a terminal coach in plain lines (the coach's
# sentences, the clot check first for a leg) after one line saying why;
# `now` with no part, or with stdin not a terminal, says why and prints
# the relief steps as plain text; the menu and the lists say so in one
# line and exit 1. Not one escape sequence or other control character
# reaches the terminal (the output is recorded raw on a pty by script(1)).
# shellcheck source=tests/faults/lib.sh
. "$(dirname "$0")/lib.sh"
fault_setup
tui_routines t-long t-breath t-pmr
command -v script >/dev/null || fail "script(1) (util-linux) is not installed"
export LANG=C.UTF-8 LC_ALL=C.UTF-8

# run_on_pty TERM-or-"-unset-" ARGS: the raw output in $T/raw, status in
# rc. The keys typed: Enter four times (relief: the next step each time;
# the pty echoes those typed before the program turns echo off).
run_on_pty() {
	local term=$1
	shift
	if [ "$term" = -unset- ]; then
		printf '\n\n\n\n' | env -u TERM UNCLENCH_TEST_TIME_SCALE=50 \
		    timeout 60 script -qec "$BIN $*" /dev/null >"$T/raw"
	else
		printf '\n\n\n\n' | TERM=$term UNCLENCH_TEST_TIME_SCALE=50 \
		    timeout 60 script -qec "$BIN $*" /dev/null >"$T/raw"
	fi
	rc=$?
}

# lines term-or-"-unset-" why-regex last-line args...: plain lines.
lines() {
	local term=$1 want=$2 last=$3
	shift 3
	run_on_pty "$term" "$@"
	[ "$rc" = 0 ] || fail "TERM=$term unclench $*: exit status $rc, want 0"
	if tr -d '\r\n' <"$T/raw" | LC_ALL=C grep -q $'[\x01-\x1f\x7f]'; then
		fail "TERM=$term unclench $*: control characters: $(cat -v "$T/raw")"
	fi
	tr -d '\r' <"$T/raw" >"$T/text"
	grep -m 1 . "$T/text" | grep -qE "^unclench: .*$want.*: coaching in plain lines" ||
	    fail "TERM=$term unclench $*: unclear message: $(cat "$T/text")"
	grep -qE '^(Step 1 of [0-9]+, |Test breath: )' "$T/text" ||
	    fail "TERM=$term unclench $*: no step 1: $(cat "$T/text")"
	[ "$(tail -n 1 "$T/text")" = "$last" ] ||
	    fail "TERM=$term unclench $*: does not end \"$last\": $(cat "$T/text")"
}

check() {	# term want-regex args...
	local term=$1 want=$2 lines
	shift 2
	run_on_pty "$term" "$@"
	[ "$rc" = 1 ] || fail "TERM=$term unclench $*: exit status $rc, want 1"
	# The pty turns \n into \r\n; anything else below 0x20, or DEL, is a
	# control sequence that should not be there.
	if tr -d '\r\n' <"$T/raw" | LC_ALL=C grep -q $'[\x01-\x1f\x7f]'; then
		fail "TERM=$term unclench $*: control characters: $(cat -v "$T/raw")"
	fi
	lines=$(tr -d '\r' <"$T/raw" | grep -c .)
	[ "$lines" = 1 ] ||
	    fail "TERM=$term unclench $*: $lines lines: $(cat -v "$T/raw")"
	grep -qE "^unclench: .*$want" "$T/raw" ||
	    fail "TERM=$term unclench $*: unclear message: $(cat -v "$T/raw")"
}

# plain term-or-"-unset-" why-regex title args...: `now` as plain text.
plain() {
	local term=$1 want=$2 title=$3
	shift 3
	run_on_pty "$term" "$@"
	[ "$rc" = 0 ] || fail "TERM=$term unclench $*: exit status $rc, want 0"
	if tr -d '\r\n' <"$T/raw" | LC_ALL=C grep -q $'[\x01-\x1f\x7f]'; then
		fail "TERM=$term unclench $*: control characters: $(cat -v "$T/raw")"
	fi
	tr -d '\r' <"$T/raw" >"$T/text"
	grep -qE "^unclench: .*$want" "$T/text" ||
	    fail "TERM=$term unclench $*: unclear message: $(cat "$T/text")"
	grep -qxF "$title" "$T/text" ||
	    fail "TERM=$term unclench $*: no title \"$title\": $(cat "$T/text")"
	grep -qE '^1\. [A-Z]' "$T/text" ||
	    fail "TERM=$term unclench $*: no steps: $(cat "$T/text")"
	grep -qF "When to get help:" "$T/text" ||
	    fail "TERM=$term unclench $*: no red-flag advice: $(cat "$T/text")"
	# The steps fit a narrow terminal (the message line may not).
	awk '!/^unclench: / && length > 80 { bad = 1 } END { exit bad }' \
	    "$T/text" || fail "TERM=$term unclench $*: lines over 80 columns"
}
for term in dumb -unset- nonexistent-terminal-xyz; do
	plain $term '(cannot move the cursor|TERM is not set|unknown terminal)' \
	    "Calf cramp (charley horse)" now
	# A leg gets the clot check before its steps (the toe pull worsens
	# clot pain); the back only among the warning signs at the end.
	lines $term '' "End of Calf cramp (charley horse). Well done." \
	    now calf
	sed '/^Step 1 /q' "$T/text" | grep -qF "swollen, warm or red" ||
	    fail "TERM=$term now calf: no clot check first: $(cat "$T/text")"
	grep -c '^Step [0-9] of 4, ' "$T/text" | grep -qx 4 ||
	    fail "TERM=$term now calf: not every step: $(cat "$T/text")"
	lines $term '' "End of Lower back spasm. Well done." now lower back
	sed '/^Step 1 /q' "$T/text" | grep -qF "swollen, warm or red" &&
	    fail "TERM=$term now back: a clot check first"
	plain $term '' "Calf cramp (charley horse)" now claf
	grep -qF 'Not sure which part "claf" is' "$T/text" ||
	    fail "TERM=$term now claf: no note: $(cat "$T/text")"
	# A word that names no part gets no guessed steps: a shin cramp is
	# eased the other way from a calf cramp.
	run_on_pty "$term" now shin
	[ "$rc" = 0 ] || fail "TERM=$term now shin: exit status $rc, want 0"
	tr -d '\r' <"$T/raw" >"$T/text"
	grep -qF 'Not sure which part "shin" is' "$T/text" ||
	    fail "TERM=$term now shin: no note: $(cat "$T/text")"
	grep -qE '^1\. |toes toward' "$T/text" &&
	    fail "TERM=$term now shin: steps for a guessed part: $(cat "$T/text")"
	grep -qF "When to get help:" "$T/text" ||
	    fail "TERM=$term now shin: no warning signs: $(cat "$T/text")"
done

for term in dumb -unset- nonexistent-terminal-xyz; do
	lines $term '' "End of Test relax. Well done." relax t-pmr
	lines $term '' "End of Test breath. Well done." breathe t-breath
done
for args in "" "stretch"; do
	# shellcheck disable=SC2086	# args is a word list
	check dumb 'terminal "dumb" cannot move the cursor.*TERM=' $args
	# shellcheck disable=SC2086
	check -unset- 'TERM is not set' $args
	# shellcheck disable=SC2086
	check nonexistent-terminal-xyz \
	    'unknown terminal type "nonexistent-terminal-xyz"' $args
done

# Not a terminal: stdout to a file, stdin from /dev/null. `now` writes
# the steps alone to stdout, why on stderr; the others refuse.
TERM=xterm-256color "$BIN" now calf >"$T/out" 2>"$T/err" </dev/null
rc=$?
[ "$rc" = 0 ] || fail "now, stdout to a file: exit status $rc, want 0"
grep -q $'\e' "$T/out" && fail "now, stdout to a file: escapes: $(cat -v "$T/out")"
grep -qxF "1. Pull the toes toward the shin" "$T/out" ||
    fail "now, stdout to a file: no steps: $(cat "$T/out")"
grep -qE '^unclench: not a terminal' "$T/err" ||
    fail "now, stdout to a file: unclear message: $(cat "$T/err")"
grep -qF "Pull the toes toward the shin" "$T/err" && fail "now: the steps on stderr"
# A routine runs to its end in plain lines, the why on stderr.
TERM=xterm-256color UNCLENCH_TEST_TIME_SCALE=50 timeout 60 "$BIN" \
    relax t-pmr >"$T/out" 2>"$T/err" </dev/null
rc=$?
[ "$rc" = 0 ] || fail "stdout to a file: exit status $rc, want 0"
grep -q $'\e' "$T/out" && fail "stdout to a file: escapes: $(cat -v "$T/out")"
[ "$(tail -n 1 "$T/out")" = "End of Test relax. Well done." ] ||
    fail "stdout to a file: not run to its end: $(cat "$T/out")"
grep -qE '^unclench: not a terminal.*plain lines' "$T/err" ||
    fail "stdout to a file: unclear message: $(cat "$T/err")"
TERM=xterm-256color "$BIN" stretch >"$T/out" 2>"$T/err" </dev/null
rc=$?
[ "$rc" = 1 ] || fail "stdout to a file, a list: exit status $rc, want 1"
[ ! -s "$T/out" ] || fail "stdout to a file: wrote $(cat -v "$T/out")"
grep -qE '^unclench: not a terminal' "$T/err" ||
    fail "stdout to a file: unclear message: $(cat "$T/err")"
TERM=xterm-256color script -qec "$BIN stretch </dev/null" /dev/null \
    </dev/null >"$T/raw"
rc=$?
[ "$rc" = 1 ] || fail "stdin not a terminal: exit status $rc, want 1"
grep -q $'\e' "$T/raw" && fail "stdin not a terminal: escapes: $(cat -v "$T/raw")"
grep -qE '^unclench: not a terminal' "$T/raw" ||
    fail "stdin not a terminal: unclear message: $(cat -v "$T/raw")"
echo "ok"
