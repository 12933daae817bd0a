#!/usr/bin/env bash
# The menu: relief first and selected, arrows/j/k/digits/Enter move and
# open the entries, each entry's screen comes back with q/Esc, the
# disclaimer is shown, and q leaves with the terminal restored.
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
tui_setup
tui_routines t-stretch t-breath

tui_run 80 24 "$BIN"
tui_wait "I have a cramp now"
tui_wait "not a medical device"
# The first item is selected by default.
tui_screen | grep -qE '> 1  I have a cramp now' || fail "item 1 not selected"

# j j moves down two, k up one: Stretch is selected.
tui_keys j j k
tui_wait "> 2  Stretch"
tui_screen | grep -q '> 1' && fail "two items selected"
# Down arrow then Up arrow: back on Stretch.
tui_keys Down
tui_wait "> 3  Relax"
tui_keys Up
tui_wait "> 2  Stretch"

# Enter opens the stretch list: title, kind and duration.
tui_keys Enter
tui_wait "Stretch routines"
tui_wait_re 'Test stretch +stretch +8 s'
tui_screen | grep -q "Test breath" && fail "a breathing routine in the stretch list"
tui_keys q
tui_wait "> 2  Stretch"

# A digit opens its entry directly: 4 is Breathe.
tui_keys 4
tui_wait "Breathe: paced breathing"
tui_wait_re 'Test breath +breathing'
tui_keys Escape
tui_wait "I have a cramp now"

# Help.
tui_keys 7
tui_wait "coach for muscle cramps and spasms"
tui_keys x
tui_wait "> 7  Help"

# Hydration: log a glass; the real store counts it.
tui_keys 5
tui_wait "Hydration"
tui_wait "log a glass (250 ml)"
tui_keys Enter
tui_wait_re 'Logged a glass|Not saved'
if tui_screen | grep -q "Logged a glass"; then
	tui_wait "Today: 250 ml of 2000 ml goal"
fi
tui_keys q
tui_wait "> 5  Hydration"

# History: its screen or a clear "not available", then back.
tui_keys 6
tui_wait_re 'Cramps by|history is not available'
tui_keys q
tui_wait "> 6  History"

# 1: the relief picker; Esc goes back.
tui_keys 1
tui_wait "Where is the cramp?"
tui_keys Escape
tui_wait "> 1  I have a cramp now"

# ! shows the warning signs from anywhere.
tui_keys '!'
tui_wait "possible blood clot"
tui_keys q
tui_wait "> 1  I have a cramp now"

# A mouse click on an item opens it.
row=$(tui_screen | grep -n "7  Help" | cut -d: -f1)
tui_click "$row" 10
tui_wait "coach for muscle cramps and spasms"
tui_keys x
tui_wait "> 7  Help"

tui_keys q
tui_wait_exit
[ "$(tui_rc)" = 0 ] || fail "exit status $(tui_rc)"
tui_assert_restored
echo "ok"
