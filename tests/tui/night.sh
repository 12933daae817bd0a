#!/usr/bin/env bash
# Night relief: inside the night hours (default 22:00-07:00, or the
# config's) `unclench now` uses the night theme (its black background,
# colour 16) and the bell is off even when the config turns it on; by day
# the configured theme and bell. The wall clock is the test-only
# UNCLENCH_TEST_WALL.
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
tui_setup
tui_config <<'CFG'
[general]
bell = yes
CFG

colours() {
	tmux -S "$SOCK" capture-pane -p -e
}

tui_run 80 24 "$BIN now calf" "UNCLENCH_TEST_WALL=2024-01-10 03:00"
tui_wait "Calf cramp"
tui_wait "bell off"
colours | grep -q '48;5;16' || fail "no night background at 03:00"
tui_keys b
tui_wait "Bell on"
tui_keys C-c
tui_wait_exit

tui_run 80 24 "$BIN now calf" "UNCLENCH_TEST_WALL=2024-01-10 12:00"
tui_wait "Calf cramp"
tui_wait "Pull the toes toward the shin"
tui_screen | grep -q "bell off" && fail "bell off by day"
colours | grep -q '48;5;16' && fail "night background at noon"
tui_keys C-c
tui_wait_exit

tui_run 80 24 "$BIN now calf" "UNCLENCH_TEST_WALL=2024-01-10 22:30"
tui_wait "Calf cramp"
tui_wait "bell off"
colours | grep -q '48;5;16' || fail "no night background at 22:30"
tui_keys C-c
tui_wait_exit

# An 8-colour terminal gets the theme's fg8/bg8 (black background, 40).
tui_run 80 24 "TERM=xterm $BIN now calf" "UNCLENCH_TEST_WALL=2024-01-10 03:00"
tui_wait "Calf cramp"
colours | grep -q '48;5;' && fail "256-colour codes on an 8-colour terminal"
colours | grep -qE '\[([0-9;]*;)?40[;m]' || fail "no 8-colour night background"
tui_keys C-c
tui_wait_exit

# The config's own night hours.
tui_config <<'CFG'
[general]
bell = yes
[relief]
night_hours = 13:00-14:00
CFG
tui_run 80 24 "$BIN now calf" "UNCLENCH_TEST_WALL=2024-01-10 13:30"
tui_wait "Calf cramp"
tui_wait "bell off"
colours | grep -q '48;5;16' || fail "config night hours not used"
tui_keys C-c
tui_wait_exit
tui_run 80 24 "$BIN now calf" "UNCLENCH_TEST_WALL=2024-01-10 03:00"
tui_wait "Calf cramp"
tui_wait "Pull the toes toward the shin"
tui_screen | grep -q "bell off" && fail "night at 03:00 with 13:00-14:00"
tui_keys C-c
tui_wait_exit
echo "ok"
