#!/usr/bin/env bash
# Night rules hold however relief is reached: from the menu (item 1, then
# a part) at 03:00 with bell = yes, the picker and the relief use the
# night theme (its black background, colour 16), say "bell off", and no
# bell rings at the phase changes; at noon the same path rings. Bells are
# heard through tmux's alert-bell hook, as in bell.sh.
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
tui_setup
printf '[general]\nbell = yes\n' | tui_config

gate="i=0; while [ ! -e '$T/listening' ] && [ \$i -lt 200 ]; do sleep 0.05; i=\$((i+1)); done;"

listen() {	# count bells of the current server into $T/bells
	rm -f "$T/bells"
	tmux -S "$SOCK" set-option -g bell-action any
	tmux -S "$SOCK" set-option -g monitor-bell on
	tmux -S "$SOCK" set-hook -g alert-bell "run-shell 'echo bell >> $T/bells'"
	touch "$T/listening"
}

colours() {
	tmux -S "$SOCK" capture-pane -p -e
}

from_menu() {	# wall-clock
	rm -f "$T/listening"
	tui_run 80 24 "$gate $BIN" UNCLENCH_TEST_TIME_SCALE=20 \
	    "UNCLENCH_TEST_WALL=2024-01-10 $1"
	listen
	tui_wait "I have a cramp now"
	tui_keys 1
	tui_wait "Where is the cramp?"
}

from_menu 03:00
colours | grep -q '48;5;16' || fail "menu path: picker not dark at 03:00"
tui_keys Enter
tui_wait "Calf cramp"
tui_wait "bell off"
colours | grep -q '48;5;16' || fail "menu path: relief not dark at 03:00"
tui_wait "Pull the toes" 20
tui_wait "Rest  (rep 1 of 3 done)" 20
[ -s "$T/bells" ] && fail "menu path: a bell at 03:00"
tui_keys C-c
tui_wait_exit

from_menu 12:00
colours | grep -q '48;5;16' && fail "menu path: dark at noon"
tui_keys Enter
tui_wait "Calf cramp"
tui_wait "Pull the toes" 20
tui_wait "Rest  (rep 1 of 3 done)" 20
[ -s "$T/bells" ] || fail "menu path: no bell at noon"
tui_screen | grep -q "bell off" && fail "menu path: bell off at noon"
tui_keys C-c
tui_wait_exit
echo "ok"
