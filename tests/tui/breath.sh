#!/usr/bin/env bash
# A breathing routine: the pattern's numbers and the dizziness line
# (palpitations too, and the no-hold version for a pattern with holds) are
# shown, the phases come in order (in, hold, out, hold) for each cycle,
# the shape is bigger on the held inhale than on the held exhale, and the
# routine ends with the summary.
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
tui_setup
tui_routines t-breath

tui_run 80 24 "$BIN breathe t-breath"
tui_wait "2-1-2-1 breathing"
# A pattern with holds names palpitations and points to its no-hold form.
tui_wait "Dizzy, tingling or palpitations? Stop, or try the no-hold version."
tui_wait "cycle 1 of 2"

seq_=() last="" full=-1 empty=-1 i=0
while :; do
	scr=$(tui_screen)
	if echo "$scr" | grep -q "Well done."; then
		break
	fi
	word=$(echo "$scr" | sed -nE 's/^ *(Breathe in|Breathe out|Hold) +[0-9]+ *$/\1/p' |
	    head -n 1)
	if [ -n "$word" ] && [ "$word" != "$last" ]; then
		cells=$(echo "$scr" | grep -o '[█▀▄]' | wc -l)
		if [ "$word" = Hold ] && [ "$last" = "Breathe in" ]; then
			full=$cells
		elif [ "$word" = Hold ] && [ "$last" = "Breathe out" ]; then
			empty=$cells
		fi
		seq_+=("$word")
		last=$word
	fi
	i=$((i + 1))
	[ $i -lt 600 ] || fail "the routine did not end (seen: ${seq_[*]})"
	sleep 0.05
done
want="Breathe in|Hold|Breathe out|Hold|Breathe in|Hold|Breathe out|Hold"
got=$(IFS='|'; echo "${seq_[*]}")
[ "$got" = "$want" ] || fail "phases in the wrong order: $got"
[ "$full" -gt "$empty" ] ||
    fail "the shape is not bigger when full ($full cells) than empty ($empty)"
tui_wait "Steps: done 1, skipped 0"
tui_keys x
tui_wait_exit
tui_assert_restored

# Without holds there is nothing to point to; narrow, the short forms.
tui_run 80 24 "$BIN breathe coherent"
tui_wait "Stop if you feel dizzy, light-headed, tingling or palpitations."
tui_keys C-c
tui_wait_exit
tui_run 40 24 "$BIN breathe coherent"
tui_wait "Dizzy or palpitations? Stop."
tui_keys C-c
tui_wait_exit
tui_run 40 24 "$BIN breathe box"
tui_wait "Dizzy/palpitations? Stop, try no-hold"
tui_keys C-c
tui_wait_exit
echo "ok"
