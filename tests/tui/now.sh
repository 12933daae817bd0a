#!/usr/bin/env bash
# unclench now PART: each part starts at once with its own relief steps
# (no menu, no get-ready), the cramp clock and keys are on the first
# frame, leg parts carry the blood-clot line and others do not; aliases
# resolve; an unknown part fails before curses with exit 2 and a hint; a
# user's own relief file is used, a broken one is skipped with a warning.
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
tui_setup
# A long get-ready in the config must not delay relief.
tui_config <<'CFG'
[general]
get_ready = 30s
bell = no
CFG

ini_title() {	# file section
	awk -v sec="[$2]" '$0 == sec { s = 1; next } /^\[/ { s = 0 }
	    s && /^title *=/ { sub(/^title *= */, ""); print; exit }' "$1"
}

for part in calf foot hamstring quad back neck hand; do
	f=$TOP/routines/relief-$part.ini
	title=$(ini_title "$f" routine)
	step1=$(ini_title "$f" step1)
	step2=$(ini_title "$f" step2)
	tui_run 80 24 "$BIN now $part"
	tui_wait "$title"
	tui_wait "$step1"
	tui_wait "cramp 00:0"
	tui_wait "e it has eased"
	tui_screen | grep -q "Get ready" && fail "$part: a get-ready delay"
	case $part in
	calf|foot|hamstring|quad)
		tui_wait "Don't stretch: urgent care (!)" ;;
	*)
		tui_screen | grep -q "urgent care" &&
		    fail "$part: the leg clot line on a non-leg part" ;;
	esac
	# Its own stretch comes next.
	tui_keys n
	tui_wait "$step2"
	tui_keys q
	tui_wait "Stop the relief steps? y/n"
	tui_keys y
	tui_wait_exit
	[ "$(tui_rc)" = 0 ] || fail "$part: exit status $(tui_rc)"
	tui_assert_restored
done

# Aliases.
tui_run 80 24 "$BIN now charley-horse"
tui_wait "Calf cramp"
tui_keys C-c
tui_wait_exit
tui_run 80 24 "$BIN now ham"
tui_wait "Hamstring cramp"
tui_keys C-c
tui_wait_exit
tui_run 80 24 "$BIN now Wrist"
tui_wait "Hand or forearm cramp"
tui_keys C-c
tui_wait_exit

# An unknown part with no terminal: never refused; the closest part's
# steps as text (tests/tui/now_words.sh has the picker), no escapes.
set +e
err=$("$BIN" now thigth 2>&1 </dev/null)
rc=$?
set -e
[ "$rc" = 0 ] || fail "unknown part: exit $rc"
echo "$err" | grep -q 'Not sure which part "thigth" is: here is the quad' ||
    fail "no guess: $err"
case $err in *$'\e'*) fail "escape sequences in the error: $err" ;; esac

# A user's own relief routine overrides the built-in one.
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
tui_run 80 24 "$BIN now calf"
tui_wait "My own calf steps"
tui_wait "Do my thing"
tui_keys C-c
tui_wait_exit
# A broken one is skipped, with a warning, for the built-in steps.
echo "this line breaks the file" >>"$XDG_DATA_HOME/unclench/routines/relief-calf.ini"
tui_run 80 24 "$BIN now calf"
tui_wait "Calf cramp (charley horse)"
tui_wait "Using the built-in steps: relief-calf.ini: line"
tui_keys C-c
tui_wait_exit
echo "ok"
