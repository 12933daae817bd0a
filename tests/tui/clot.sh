#!/usr/bin/env bash
# The blood-clot check on the leg relief screens and on the relief picker,
# at 80, 60 and 40 columns: every form says "one leg" and "don't stretch
# or massage" (what tells a clot from a cramp, and what not to do), and it
# is never cut off at the edge; the lower back carries its emergency
# signs the same way. The warning-signs page puts the emergencies first
# and gives one time limit, 10 minutes.
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
tui_setup

# check_clot WHAT: the screen's clot line(s), joined, say it whole.
check_clot() {
	local what=$1 scr flat
	scr=$(tui_screen)
	flat=$(echo "$scr" | grep -E "swollen|[Dd]on't stretch" | tr -s ' \n' '  ')
	echo "$flat" | grep -qi "one leg" || fail "$what: no \"one leg\": $flat"
	echo "$flat" | grep -qi "don't stretch or massage" ||
	    fail "$what: no \"don't stretch or massage\": $flat"
	echo "$flat" | grep -qF "(!)" || echo "$flat" | grep -qF "press !" ||
	    fail "$what: no pointer to the warning signs: $flat"
}

for cols in 80 60 40; do
	for part in calf quad; do
		tui_run "$cols" 24 "$BIN now $part"
		tui_wait "cramp 00:0"
		tui_wait "swollen"
		check_clot "now $part at $cols columns"
		case $cols in
		80) want="One leg swollen, warm or red? Don't stretch or massage: urgent care (!)" ;;
		60) want="One leg swollen/warm/red? Don't stretch or massage (!)" ;;
		40) want="Don't stretch or massage (!)" ;;
		esac
		tui_screen | grep -qF "$want" ||
		    fail "now $part at $cols columns: not the form for the width"
		tui_keys C-c
		tui_wait_exit
	done
	# The relief picker.
	tui_run "$cols" 24 "$BIN now"
	tui_wait "Where is the cramp?"
	tui_wait "swollen"
	check_clot "the picker at $cols columns"
	tui_keys C-c
	tui_wait_exit
done

# The warning signs: emergencies at the top, 10 minutes and never 15.
tui_run 80 40 "$BIN now calf"
tui_wait "cramp 00:0"
tui_keys '!'
tui_wait "Warning signs: when to get medical help"
scr=$(tui_screen)
first=$(echo "$scr" | sed -n '2,6p' | tr -s ' \n' '  ')
echo "$first" | grep -qF "EMERGENCY: chest pain or tightness, breathlessness, or coughing up blood: call emergency services" ||
    fail "the emergency line is not at the top: $first"
flat=$(echo "$scr" | tr -s ' \n' '  ')
for want in "numbness around the groin or buttocks" "bladder or bowels" \
    "the pain may throb or cramp" "darker (harder to see on brown or black skin)" \
    "may be worse when the foot is bent upward" \
    "more than 10 minutes that does not ease"; do
	echo "$flat" | grep -qF "$want" || fail "signs: no \"$want\""
done
echo "$flat" | grep -q "15 minutes" && fail "signs: a 15-minute limit beside the 10"
echo "$flat" | grep -qi "NHS" && fail "signs: a sign attributed to NHS on the page"
tui_keys Escape
tui_wait "cramp 00:"
tui_keys C-c
tui_wait_exit

# No clot line where there is no leg; the lower back has its own
# emergency signs instead (NHS), at every width.
for cols in 80 60 40; do
	tui_run "$cols" 24 "$BIN now back"
	tui_wait "cramp 00:0"
	tui_wait "Emergency (!)"
	flat=$(tui_screen | tr -s ' \n' '  ')
	tui_screen | grep -qiE "swollen|one leg" && fail "a leg clot line for the back"
	echo "$flat" | grep -qE "Numb groin.*buttocks.*bladder.*bowel" ||
	    fail "back at $cols columns: not the emergency signs: $flat"
	tui_keys C-c
	tui_wait_exit
done
tui_run 80 24 "$BIN now neck"
tui_wait "cramp 00:0"
tui_screen | grep -qiE "swollen|one leg|Emergency" && fail "a leg or back line for the neck"
tui_keys C-c
tui_wait_exit
echo "ok"
