#!/usr/bin/env bash
# The hardware cursor means something (a braille display or a screen
# reader follows it): after each refresh it sits where the line a sighted
# user reads first starts. In the player, the instruction of each step (its title line);
# in the menu and the relief picker, the selected entry (marked '>');
# on a question screen, the question. Checked against where that text is
# found on the screen (capture-pane), by tmux's own cursor position.
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
tui_setup
tui_routines t-stretch

# The cursor as tmux has it: "x,y", 0-based.
cursor() {
	tmux -S "$SOCK" display -p '#{cursor_x},#{cursor_y}'
}

# Where REGEX first matches on the screen, as "x,y" (0-based, in
# characters); empty when it is not shown.
find_re() {
	local re=$1 line pre y=0
	while IFS= read -r line; do
		if [[ $line =~ $re ]]; then
			pre=${line%%"${BASH_REMATCH[0]}"*}
			echo "${#pre},$y"
			return 0
		fi
		y=$((y + 1))
	done < <(tui_screen)
	return 1
}

# cursor_at REGEX: until REGEX is on screen and the cursor where it starts.
cursor_at() {
	local re=$1 i at cur
	for ((i = 0; i < WAIT_S * 20; i++)); do
		at=$(find_re "$re") || at=
		cur=$(cursor)
		[ -n "$at" ] && [ "$at" = "$cur" ] && return 0
		sleep 0.05
	done
	fail "the cursor is at $cur, not at the start of /$re/ (${at:-not shown})"
}

# The player: each step's instruction (its title, the side beside it).
tui_run 80 24 "$BIN stretch t-stretch"
cursor_at "Left and right reach +LEFT side"
cursor_at "Left and right reach +RIGHT side"
cursor_at "Final calf hold"
tui_wait "Well done."
tui_keys x
tui_wait_exit

# A question over the player (the quit prompt), and the keys overlay.
tui_routines t-hold60
tui_run 80 24 "$BIN stretch t-hold60"
tui_wait "q quit"
tui_keys q
cursor_at "Quit this routine\\? y/n"
tui_keys n
tui_wait_gone "Quit this routine"
# The keys overlay: its title.
tui_keys "?"
cursor_at "Keys "
tui_keys x
tui_wait_gone "any key: close"
cursor_at "Long hold"
tui_keys q
tui_wait "Quit this routine"
tui_keys y

# The menu, the selection moved down twice.
tui_run 80 24 "$BIN"
tui_wait "Enter choose"
cursor_at "> 1  I have a cramp now"
tui_keys Down
tui_wait "> 2  Stretch"
tui_keys Down
tui_wait "> 3  Relax"
cursor_at "> 3  Relax"
tui_keys q

# The relief picker (no part named): calf is marked at first; moved.
tui_run 80 24 "$BIN now"
tui_wait "Where is the cramp?"
cursor_at "> [0-9]  [a-z]   Calf"
tui_keys Down
cursor_at "> [0-9]  [a-z]   Foot"

# The relief's first instruction, then the questions after it has eased.
tui_run 80 24 "$BIN now calf"
cursor_at "Pull the toes toward the shin"
tui_keys n
cursor_at "Massage the calf"
tui_keys e
cursor_at "How bad was it, 1 to 10\\?"
tui_keys Enter
cursor_at "What might have set it off\\?"
tui_keys Enter
tui_wait "Saved to your history."
tui_keys x
tui_wait_exit
[ "$(tui_rc)" = 0 ] || fail "exit status $(tui_rc)"
