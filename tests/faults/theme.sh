#!/usr/bin/env bash
# A theme named in the config that is missing, that has a bad value, or
# that is not INI at all: the coach still starts, in the built-in default
# theme's colours (the same escape sequences as theme = default), with a
# warning on screen that names the theme or the file, the section and the
# key. The player (`stretch`) and relief (`now`, which loads the theme its
# own quick way) both, at noon (at night relief uses the night theme,
# whatever the config says). With NO_COLOR the broken theme still gives
# no colour at all.
# shellcheck source=tests/faults/lib.sh
. "$(dirname "$0")/lib.sh"
fault_setup
tui_routines t-long
THEMES=$XDG_DATA_HOME/unclench/themes
NOON="UNCLENCH_TEST_WALL=2026-06-01 12:00"
mkdir -p "$THEMES"
printf '[theme]\nname = Broken\ndescription = A bad colour.\n[text]\nfg = 999\n' \
    >"$THEMES/badvalue.ini"
printf '[theme]\nname = Garbage\nthis is not ini\n' >"$THEMES/garbage.ini"

use_theme() {
	printf '[general]\nget_ready = 0s\nbell = no\ntheme = %s\n' "$1" |
	    tui_config
}

# The first two rows as the terminal draws them, colours included.
colours() {
	tmux -S "$SOCK" capture-pane -p -e -S 0 -E 1
}

# The screen as one line, spaces squeezed (the warning wraps).
flat() {
	tui_screen | tr '\n' ' ' | tr -s ' '
}

quit() {
	tui_keys C-c
	tui_wait_exit
	tui_assert_restored
}

# The reference: the built-in default, asked for by name.
use_theme default
tui_run 80 24 "$BIN stretch t-long"
tui_wait "Alpha hold"
want=$(colours)
grep -q $'\e\\[[0-9;]*38;5;' <<<"$want" || fail "no colours in the default theme"
tui_screen | grep -q "theme" && fail "a theme warning for the default theme"
quit
tui_run 80 24 "$BIN now calf" "$NOON"
tui_wait "Pull the toes toward the shin"
want_now=$(colours)
quit

check() {	# theme what-regex
	use_theme "$1"
	tui_run 80 24 "$BIN stretch t-long"
	tui_wait "Alpha hold"
	tui_wait "theme: built-in default used:"
	flat | grep -qE -- "$2" ||
	    fail "$1: the warning does not say /$2/: $(flat)"
	[ "$(colours)" = "$want" ] ||
	    fail "$1: not the default theme's colours"
	quit
	tui_run 80 24 "$BIN now calf" "$NOON"
	tui_wait "Pull the toes toward the shin"
	tui_wait "theme: built-in default used:"
	flat | grep -qE -- "$2" ||
	    fail "$1: now: the warning does not say /$2/: $(flat)"
	[ "$(colours)" = "$want_now" ] ||
	    fail "$1: now: not the default theme's colours"
	quit
}

check nosuch 'nosuch: no such theme'
check badvalue "$THEMES/badvalue.ini: \\[text\\] fg: \"999\" is too large"
check garbage "$THEMES/garbage.ini: line 3: expected \"key = value\""

# The menu: the whole warning below all seven items at 80x24; at 40x12
# one row of it (the items keep their rows).
use_theme badvalue
tui_run 80 24 "$BIN"
tui_wait "I have a cramp now"
tui_wait "theme: built-in default used:"
flat | grep -qF "[text] fg: \"999\" is too large (expected a colour number" ||
    fail "menu: the warning is cut: $(flat)"
tui_screen | grep -q "7  Help" || fail "menu: an item gave way to the warning"
tmux -S "$SOCK" resize-window -x 40 -y 12
tui_wait "theme: built-in default used"
tui_screen | grep -q "7  Help" || fail "menu 40x12: an item gave way"
quit

# NO_COLOR: the warning, and no colour at all.
use_theme badvalue
tui_run 80 24 "$BIN stretch t-long" NO_COLOR=1
tui_wait "Alpha hold"
tui_wait "theme: built-in default used:"
if tmux -S "$SOCK" capture-pane -p -e |
    grep -qE $'\e\\[[0-9;]*(3[0-7]|38;5|4[0-7]|48;5)[;m]'; then
	fail "colours with NO_COLOR set"
fi
quit
echo "ok"
