#!/usr/bin/env bash
# LINES and COLUMNS far beyond the terminal (COLUMNS=100000 LINES=100000)
# made newterm fail, so `unclench now` refused to start in a cramp. They
# are clamped to the terminal's real size: the relief screen comes up at
# 80x24 and ends cleanly. A smaller LINES/COLUMNS is still honoured.
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
tui_setup

tui_run 80 24 "$BIN now calf" COLUMNS=100000 LINES=100000
tui_wait "Calf cramp (charley horse)"
tui_keys C-c
tui_wait_exit
[ "$(tui_rc)" = 130 ] || fail "exit status $(tui_rc) with COLUMNS=100000"
tui_assert_restored

tui_run 80 24 "$BIN now calf" COLUMNS=abc LINES=-5
tui_wait "Calf cramp (charley horse)"
tui_keys C-c
tui_wait_exit
tui_assert_restored
echo "ok"
