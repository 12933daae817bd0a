#!/usr/bin/env bash
# Resizing re-lays out at once: 80x24 has big digits and the full key
# line; 40x12 is compact (no big digits, short keys); 20x6 says the
# terminal is too small; 1x1 does not crash; back at 80x24 the full
# layout returns, and the program still runs to a clean quit.
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
tui_setup
tui_routines t-long

# Rows made only of big-digit blocks (the bars carry a label or seconds).
big_rows() {
	tui_screen | grep -cE '^ +██( +|██)*$' || true
}

resize() {
	tmux -S "$SOCK" resize-window -x "$1" -y "$2" || fail "resize $1x$2"
}

tui_run 80 24 "$BIN stretch t-long"
tui_wait "Alpha hold"
tui_wait "space pause  n skip  p back  r restart"
[ "$(big_rows)" -ge 3 ] || fail "no big digits at 80x24"

resize 40 12
tui_wait "spc pause n skip"
tui_wait_re 'Hold +[0-9]+ s'
[ "$(big_rows)" = 0 ] || fail "big digits at 40x12"
tui_screen | grep -q "Alpha hold" || fail "no step title at 40x12"

resize 20 6
tui_wait "too small"
tui_wait "need 40x12"

resize 1 1
resize 3 2
resize 80 24
tui_wait "space pause  n skip  p back  r restart"
tui_wait "Alpha hold"
[ "$(big_rows)" -ge 3 ] || fail "no big digits back at 80x24"
[ -n "$(tui_pid)" ] || fail "the program died"

tui_keys q
tui_wait "Quit this routine? y/n"
tui_keys y
tui_wait "Stopped early."
tui_keys x
tui_wait_exit
[ "$(tui_rc)" = 0 ] || fail "exit status $(tui_rc)"
tui_assert_restored

# The menu too small and back.
tui_run 80 24 "$BIN"
tui_wait "I have a cramp now"
resize 30 8
tui_wait "too small"
resize 40 12
tui_wait "I have a cramp now"
tui_keys q
tui_wait_exit
tui_assert_restored
echo "ok"
