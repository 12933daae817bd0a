#!/usr/bin/env bash
# `unclench now` takes the words as people type them, unquoted: "charley
# horse", "foot cramp", "back of thigh", "lower back pain". Words it does
# not understand (a typo at 3 a.m.) open the body-part picker with a
# one-line note and the closest part marked, never an exit; an option is
# still a usage error.
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
tui_setup

starts() {	# want-title words...
	local want=$1
	shift
	tui_run 80 24 "$BIN now $*"
	tui_wait "$want"
	tui_wait "Hold  rep 1 of"
	tui_keys C-c
	tui_wait_exit
}
starts "Calf cramp (charley horse)" charley horse
starts "Foot or toe cramp" foot cramp
starts "Hamstring cramp" back of thigh
starts "Lower back spasm" lower back pain
starts "Calf cramp (charley horse)" my left calf

picker() {	# words...
	tui_run 80 24 "$BIN now $*"
	tui_wait "Where is the cramp?"
	tui_wait "Not sure which part \"$*\" is: pick one"
}
picker claf
tui_wait "(calf?)"
tui_keys 2
tui_wait "Foot or toe cramp"
tui_keys C-c
tui_wait_exit

# The closest part is marked: Enter takes it.
picker thigth
tui_keys Enter
tui_wait "Front of the thigh cramp"
tui_keys C-c
tui_wait_exit

for w in legs knee "calf foot"; do
	picker "$w"
	tui_keys q
	tui_wait_exit
	[ "$(tui_rc)" = 0 ] || fail "$w: exit status $(tui_rc)"
done

# An option is still a mistake.
set +e
"$BIN" now --frob >"$T/out" 2>&1 </dev/null
rc=$?
set -e
[ "$rc" = 2 ] || fail "now --frob: exit status $rc, want 2"
echo "ok"
