#!/usr/bin/env bash
# Plain line mode (issue 14). With no terminal at all (stdin and stdout
# pipes), `stretch`, `relax` and `breathe` run the whole routine on a sped
# up clock and print the coach's sentences, one line per phase change, to
# stdout: exactly the golden lines, with one note on stderr saying why.
# Under TERM=dumb in tmux, `now calf` (automatically, and with --plain)
# takes the user through every step with keys: the timed stretch runs by
# itself, Enter moves on from each step that waits, and the terminal
# comes back as it was.
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
tui_setup
tui_routines t-stretch t-pmr t-breath

# pipes ROUTINE-COMMAND NAME: stdout in $T/out, stderr in $T/err.
pipes() {
	local rc
	# stdin a pipe that ends at once, stdout a pipe into cat.
	printf '' | UNCLENCH_TEST_TIME_SCALE=20 timeout 60 "$BIN" "$1" "$2" \
	    2>"$T/err" | cat >"$T/out"
	rc=${PIPESTATUS[1]}
	[ "$rc" = 0 ] || fail "$1 $2 on pipes: exit status $rc, want 0: $(cat "$T/err")"
	[ "$(wc -l <"$T/err")" = 1 ] ||
	    fail "$1 $2 on pipes: want one note on stderr: $(cat "$T/err")"
	grep -qE '^unclench: not a terminal.*plain lines' "$T/err" ||
	    fail "$1 $2 on pipes: unclear note: $(cat "$T/err")"
	LC_ALL=C grep -q $'[\x01-\x09\x0b-\x1f\x7f]' "$T/out" &&
	    fail "$1 $2 on pipes: control characters: $(cat -v "$T/out")"
	return 0
}

golden() {	# what: the expected lines on stdin, against $T/out
	cat >"$T/want"
	diff -u "$T/want" "$T/out" >&2 || fail "$1: not the golden lines"
}

pipes stretch t-stretch
golden "stretch t-stretch" <<'G'
Step 1 of 2, Left and right reach, left side: Reach gently to one side, then the other. Hold for 2 seconds.
Switch to the right side.
Right side. Hold for 2 seconds.
Step 2 of 2, Final calf hold: Hold the calf stretch briefly. Rep 1 of 2: Hold for 1 second.
Rest for 1 second.
Rep 2 of 2: Hold for 1 second.
End of Test stretch. Well done.
G
pipes relax t-pmr
golden "relax t-pmr" <<'G'
Step 1 of 2, Hands: Make two fists. Tense for 2 seconds.
Let go all at once. Notice the difference.
Step 2 of 2, Legs: Pull the toes up toward the shin. Tense for 2 seconds.
Let go all at once. Notice the difference.
End of Test relax. Well done.
G
# The config's skip_legs applies as in the player.
printf '[general]\nget_ready = 0s\nbell = no\n[pmr]\nskip_legs = yes\n' | tui_config
pipes relax t-pmr
golden "relax t-pmr, skip_legs" <<'G'
Hands: Make two fists. Tense for 2 seconds.
Let go all at once. Notice the difference.
End of Test relax. Well done.
G
printf '[general]\nget_ready = 0s\nbell = no\n' | tui_config
pipes breathe t-breath
golden "breathe t-breath" <<'G'
Test breath: One-second phases. In.
Hold.
Out.
Hold.
In.
Hold.
Out.
Hold.
End of Test breath. Well done.
G

# TERM=dumb: curses cannot run; plain lines, driven by keys.
for how in "" "--plain"; do
	tui_run 80 40 "TERM=dumb $BIN now calf $how" UNCLENCH_TEST_TIME_SCALE=50
	[ -z "$how" ] && tui_wait 'cannot move the cursor'
	# The stretch (3 holds of 30 s, 2 rests) runs by itself.
	tui_wait 'Step 1 of 4, Pull the toes toward the shin: Sit, leg straight'
	tui_wait 'Step 2 of 4, Massage the calf: Knead the calf'
	tui_screen | grep -qF 'Step 3 of 4' && fail "step 3 before Enter"
	tui_keys Enter
	tui_wait 'Step 3 of 4, Warmth: Warm the calf'
	tui_keys Enter
	tui_wait 'Step 4 of 4, A short walk and some water:'
	tui_screen | grep -qF 'End of' && fail "the end before Enter"
	tui_keys Enter
	tui_wait 'End of Calf cramp (charley horse). Well done.'
	tui_wait_exit
	[ "$(tui_rc)" = 0 ] || fail "now calf $how: exit status $(tui_rc)"
	# Every phase change once, in order: 3 holds, 2 rests, 3 waits, the end.
	tmux -S "$SOCK" capture-pane -p -J -S - | grep -vE '^unclench: |^EXIT=|AFTER-EXIT|^$' \
	    | sed -n '/^Step 1 of 4/,/^End of/p' >"$T/screen"
	[ "$(grep -c . "$T/screen")" = 9 ] ||
	    fail "now calf $how: want 9 lines: $(cat "$T/screen")"
	sed -n 2p "$T/screen" | grep -qxF 'Rest for 10 seconds.' ||
	    fail "now calf $how: no rest line: $(cat "$T/screen")"
	sed -n 3p "$T/screen" | grep -qxF 'Rep 2 of 3: Hold for 30 seconds.' ||
	    fail "now calf $how: no rep 2 line: $(cat "$T/screen")"
	tui_assert_restored
done
echo "ok"
