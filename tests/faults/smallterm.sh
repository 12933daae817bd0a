#!/usr/bin/env bash
# The smallest screen, 40x12, with the real calf relief: the routine's
# title and the step's title get the whole row but what is beside them
# (not width-16), text wraps at word boundaries and a cut is marked with
# an ellipsis ("..." in ASCII mode), and an instruction longer than its
# rows can be read to its end with Down / PgDn, which the key line offers
# only while the text does not fit.
# shellcheck source=tests/faults/lib.sh
. "$(dirname "$0")/lib.sh"
fault_setup
export LC_ALL=C.UTF-8

text="Sit with the cramped leg straight out in front of you. Loop a towel round the ball of your foot and gently pull your toes back toward your shin until you feel a mild pull, never sharp pain. Or stand with your weight on the cramped leg, knee slightly bent."
cat >"$XDG_DATA_HOME/unclench/routines/relief-calf.ini" <<EOT
[routine]
title = Calf cramp (charley horse)
kind = relief
part = calf
summary = Ease a calf cramp.
source = unclench test data

[step1]
type = stretch
title = Pull the toes toward the shin
text = $text
hold = 30s
reps = 3
rest = 10s

[step2]
type = wait
title = Massage the calf
text = Knead the calf gently.
EOT

# Every word on the instruction's rows is a whole word of the text.
whole_words() {	# what
	local row w
	tui_screen | sed -n '3,6p' | while IFS= read -r row; do
		row=${row%…}
		row=${row%...}
		# The text ends at the hold screen's own gentle-limit line.
		[ "$row" = "  A mild pull, never sharp pain." ] && break
		for w in $row; do
			[[ " $text " == *" $w "* ]] ||
			    { echo "$w"; return; }
		done
	done
}

tui_run 40 12 "$BIN now calf"
tui_wait "Pull the toes toward the shin"
tui_screen | head -n 1 | grep -qE '^ Calf cramp \(charley horse\) +cramp 00:[0-9]{2}$' ||
    fail "the title is cut: $(tui_screen | head -n 1)"
tui_screen | sed -n 2p | grep -qxE '  Pull the toes toward the shin *' ||
    fail "the step title is cut: $(tui_screen | sed -n 2p)"
tui_wait_re '…$'
bad=$(whole_words)
[ -z "$bad" ] || fail "a word cut mid-way: \"$bad\""
tui_screen | grep -qF "knee slightly bent." && fail "the text fits? (test data)"
tui_screen | tail -n 1 | grep -qF "Up/Dn more" ||
    fail "no scroll keys offered: $(tui_screen | tail -n 1)"
fault_fits 40 "relief 40x12"
i=0
while ! tui_screen | grep -qF "knee slightly bent." && [ $i -lt 10 ]; do
	tui_keys Down
	i=$((i + 1))
	tui_wait_re 'Hold +rep'
done
tui_wait "knee slightly bent."
tui_screen | grep -qF "A mild pull, never sharp pain." ||
    fail "scrolling hid the gentle-limit line: $(tui_screen)"
bad=$(whole_words)
[ -z "$bad" ] || fail "a word cut mid-way after scrolling: \"$bad\""
tui_keys NPage
i=0
while ! tui_screen | grep -qF "Sit with the cramped leg" && [ $i -lt 10 ]; do
	tui_keys PPage
	i=$((i + 1))
	tui_wait_re 'Hold +rep'
done
tui_wait "Sit with the cramped leg"
# A text that fits: no scroll keys.
tui_keys Enter
tui_wait "Massage the calf"
tui_screen | tail -n 1 | grep -qF "Up/Dn" &&
    fail "scroll keys offered for a text that fits: $(tui_screen | tail -n 1)"
tui_keys C-c
tui_wait_exit

# A breathing step's instruction scrolls too.
cat >"$XDG_DATA_HOME/unclench/routines/relief-foot.ini" <<'EOT'
[routine]
title = Foot cramp
kind = relief
part = foot
summary = Ease a foot cramp.
source = unclench test data

[step1]
type = breathe
title = Stop and breathe
text = Stop what you are doing and sit down if you can. Breathe in slowly through your nose and let a long breath out through your mouth. Pushing through a cramp only makes it tighten more.
inhale = 4
exhale = 6
cycles = 3
EOT
tui_run 40 12 "$BIN now foot"
tui_wait "Stop and breathe"
tui_screen | tail -n 1 | grep -qF "Up/Dn more" ||
    fail "breathing step: no scroll keys: $(tui_screen | tail -n 1)"
tui_screen | grep -qF "tighten more." && fail "breathing step: it fits? (test data)"
i=0
while ! tui_screen | grep -qF "tighten more." && [ $i -lt 10 ]; do
	tui_keys Down
	i=$((i + 1))
	tui_wait "Stop and breathe"
done
tui_wait "tighten more."
tui_keys C-c
tui_wait_exit

# ASCII mode: the cut is "...", and a title too long is marked the same.
sed -i 's/^title = Calf cramp (charley horse)$/title = Calf cramp (charley horse) in the night/' \
    "$XDG_DATA_HOME/unclench/routines/relief-calf.ini"
TUI_LANG=C tui_run 40 12 "LC_ALL=C $BIN now calf"
tui_wait "Pull the toes toward the shin"
tui_screen | head -n 1 | grep -qE '^ Calf cramp \(charley [a-z ()]*\.\.\. cramp ' ||
    fail "ASCII: the title cut is not marked: $(tui_screen | head -n 1)"
tui_wait_re '[a-z]\.\.\.$'
tui_screen | grep -qF '…' && fail "ASCII: a UTF-8 ellipsis"
tui_keys C-c
tui_wait_exit
echo "ok"
