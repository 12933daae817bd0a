#!/usr/bin/env bash
# A terminal the coach cannot draw on: TERM=dumb (no cursor addressing),
# TERM unset, TERM naming no terminfo entry, and stdout or stdin not a
# terminal at all. Every full-screen command says so in one line and
# exits 1, and not one escape sequence or other control character reaches
# the terminal (the output is recorded raw on a pty by script(1)).
# shellcheck source=tests/faults/lib.sh
. "$(dirname "$0")/lib.sh"
fault_setup
tui_routines t-long t-breath t-pmr
command -v script >/dev/null || fail "script(1) (util-linux) is not installed"
export LANG=C.UTF-8 LC_ALL=C.UTF-8

# run_on_pty TERM-or-"-unset-" ARGS: the raw output in $T/raw, status in rc.
run_on_pty() {
	local term=$1
	shift
	if [ "$term" = -unset- ]; then
		env -u TERM script -qec "$BIN $*" /dev/null </dev/null >"$T/raw"
	else
		TERM=$term script -qec "$BIN $*" /dev/null </dev/null >"$T/raw"
	fi
	rc=$?
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

for args in "" "now" "now calf" "stretch" "stretch t-long" "relax t-pmr" \
    "breathe t-breath"; do
	# shellcheck disable=SC2086	# args is a word list
	check dumb 'terminal "dumb" cannot move the cursor.*TERM=' $args
	# shellcheck disable=SC2086
	check -unset- 'TERM is not set' $args
	# shellcheck disable=SC2086
	check nonexistent-terminal-xyz \
	    'unknown terminal type "nonexistent-terminal-xyz"' $args
done

# Not a terminal: stdout to a file, stdin from /dev/null.
TERM=xterm-256color "$BIN" now calf >"$T/out" 2>"$T/err" </dev/null
rc=$?
[ "$rc" = 1 ] || fail "stdout to a file: exit status $rc, want 1"
[ ! -s "$T/out" ] || fail "stdout to a file: wrote $(cat -v "$T/out")"
grep -qE '^unclench: not a terminal' "$T/err" ||
    fail "stdout to a file: unclear message: $(cat "$T/err")"
TERM=xterm-256color script -qec "$BIN stretch t-long </dev/null" /dev/null \
    </dev/null >"$T/raw"
rc=$?
[ "$rc" = 1 ] || fail "stdin not a terminal: exit status $rc, want 1"
grep -q $'\e' "$T/raw" && fail "stdin not a terminal: escapes: $(cat -v "$T/raw")"
grep -qE '^unclench: not a terminal' "$T/raw" ||
    fail "stdin not a terminal: unclear message: $(cat -v "$T/raw")"
echo "ok"
