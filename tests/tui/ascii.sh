#!/usr/bin/env bash
# The ASCII fallback: with LANG=C (no UTF-8) and with TERM=vt100 the
# screen holds no byte above 0x7f (no box drawing, no blocks), the big
# digits are drawn with '#'; TERM=dumb (no cursor addressing) gets plain
# lines after a clear message (see plain.sh), and q quits.
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
tui_setup
tui_routines t-long t-breath

ascii_only() {
	if tui_screen | LC_ALL=C grep -q $'[\x80-\xff]'; then
		fail "non-ASCII on the screen ($1)"
	fi
}

TUI_LANG=C tui_run 80 24 "$BIN stretch t-long"
tui_wait "Alpha hold"
tui_wait_re '^ +##( +|##)*$'
tui_wait_re '^ *phase +#*\.+ +[0-9]+ s$'
ascii_only "LANG=C player"
tui_keys q
tui_wait "Quit this routine? y/n"
ascii_only "LANG=C confirm box"
tui_keys y
tui_wait "Stopped early."
ascii_only "LANG=C summary"
tui_keys x
tui_wait_exit
tui_assert_restored

TUI_LANG=C tui_run 80 24 "$BIN"
tui_wait "I have a cramp now"
ascii_only "LANG=C menu"
tui_keys q
tui_wait_exit

TUI_LANG=C tui_run 80 24 "$BIN breathe t-breath"
tui_wait "Breathe in"
tui_wait_re '@'
ascii_only "LANG=C breathing"
tui_keys C-c
tui_wait_exit

# A UTF-8 locale but a basic terminal.
tui_run 80 24 "TERM=vt100 $BIN stretch t-long"
tui_wait "Alpha hold"
tui_wait_re '^ +##( +|##)*$'
ascii_only "TERM=vt100"
tui_keys C-c
tui_wait_exit
tui_assert_restored

# A terminal that cannot address the cursor: plain lines, and q quits.
tui_run 80 24 "TERM=dumb $BIN stretch t-long"
tui_wait "cannot move the cursor"
tui_wait "Step 1 of 3, Alpha hold: The first long hold."
tui_keys q
tui_wait_exit
[ "$(tui_rc)" = 0 ] || fail "TERM=dumb: exit status $(tui_rc), want 0"
tui_wait "Stopped."
tui_assert_restored
echo "ok"
