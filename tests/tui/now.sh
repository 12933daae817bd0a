#!/usr/bin/env bash
# unclench now PART: each part starts at once with its own relief move
# on the first frame (no menu, no get-ready, no breathing step first),
# with the cramp clock and keys; leg parts carry the blood-clot line and
# others do not; aliases resolve, but "shin" and "writers-cramp" lead to
# no relief steps; an unknown part fails before curses with exit 2 and a
# hint; a user's own relief file is used, a broken one is skipped with a
# warning.
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

# The move that relieves each part, and the words that say how far.
move_of() {
	case $1 in
	calf) echo "Pull the toes toward the shin|toes toward your shin" ;;
	foot) echo "Pull the toes up and back|toes up and back" ;;
	hamstring) echo "Draw the leg toward you|lift the cramped leg" ;;
	quad) echo "Draw the heel toward the buttock|heel gently toward" ;;
	back) echo "Hug both knees to the chest|both knees toward your chest" ;;
	neck) echo "Press the knot|press firmly into the knot" ;;
	hand) echo "Open the hand, wrist back|bend the wrist back" ;;
	esac
}

for part in calf foot hamstring quad back neck hand; do
	f=$TOP/routines/relief-$part.ini
	title=$(ini_title "$f" routine)
	step2=$(ini_title "$f" step2)
	move=$(move_of "$part")
	tui_run 80 24 "$BIN now $part"
	tui_wait "$title"
	# The first frame is the move itself: its title, its words, the hold
	# and how far to go; no breathing exercise in front of it.
	tui_wait "${move%%|*}"
	scr=$(tui_screen)
	# The words as one line: the text wraps.
	flat=$(echo "$scr" | tr -s ' \n' '  ')
	echo "$flat" | grep -qF "${move#*|}" || fail "$part: the move's text is not on the first screen"
	echo "$scr" | grep -qF "Hold  rep 1 of 3" || fail "$part: not holding the move"
	echo "$scr" | grep -qE "cramp 00:0[0-2]" || fail "$part: not the first seconds"
	echo "$flat" | grep -qF "breathe out slowly as you" ||
	    fail "$part: the calm-breathing cue is not in the move"
	case $part in
	neck) echo "$scr" | grep -qF "Firm pressure, never sharp pain." ;;
	*) echo "$scr" | grep -qF "A mild pull, never sharp pain." ;;
	esac || fail "$part: no gentle-limit line on the hold screen"
	echo "$scr" | grep -qE "Stop and breathe|Breathe in|Get ready" &&
	    fail "$part: a breathing step or a delay before the move"
	tui_wait "cramp 00:0"
	tui_wait "e it has eased"
	case $part in
	calf|foot|hamstring|quad)
		tui_wait "One leg swollen, warm or red? Don't stretch or massage: urgent care (!)" ;;
	*)
		tui_screen | grep -qE "urgent care|One leg" &&
		    fail "$part: the leg clot line on a non-leg part" ;;
	esac
	# Its massage comes next.
	tui_keys n
	tui_wait "$step2"
	tui_keys q
	tui_wait "Stop the relief steps? y/n"
	tui_keys y
	tui_wait_exit
	[ "$(tui_rc)" = 0 ] || fail "$part: exit status $(tui_rc)"
	tui_assert_restored
done

# "shin" is not the calf: a shin cramp is eased the other way.
tui_run 80 24 "$BIN now shin"
i=0
while [ $i -lt 200 ]; do
	[ -s "$T/stty" ] && break
	tui_screen | grep -qF "Where is the cramp?" && break
	tui_screen | grep -qF "Calf cramp" && break
	sleep 0.05
	i=$((i + 1))
done
tui_screen | grep -qE "Calf cramp|Pull the toes" && fail "now shin opened the calf steps"
[ -s "$T/stty" ] || tui_keys C-c
tui_wait_exit
# writers-cramp is not a muscle cramp of that kind: no hand relief.
tui_run 80 24 "$BIN now writers-cramp"
i=0
while [ $i -lt 200 ]; do
	[ -s "$T/stty" ] && break
	tui_screen | grep -qF "Where is the cramp?" && break
	tui_screen | grep -qF "Hand or forearm" && break
	sleep 0.05
	i=$((i + 1))
done
tui_screen | grep -qF "Hand or forearm cramp" && fail "now writers-cramp opened the hand steps"
[ -s "$T/stty" ] || tui_keys C-c
tui_wait_exit

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
