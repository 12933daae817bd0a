#!/usr/bin/env bash
# The terminal is restored however the program is stopped: Ctrl-C in the
# player and in the menu, SIGTERM and SIGHUP; the exit status says which
# signal (128 + N), and a routine cut short is recorded as stopped.
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
tui_setup
tui_routines t-long

check_stop() {	# how expected-status
	local how=$1 want=$2 pid
	tui_run 80 24 "$BIN stretch t-long"
	tui_wait "Alpha hold"
	case $how in
	C-c)	tui_keys C-c ;;
	*)	pid=$(tui_pid)
		[ -n "$pid" ] || fail "no pid for the program"
		kill "-$how" "$pid" ;;
	esac
	tui_wait_exit
	[ "$(tui_rc)" = "$want" ] || fail "$how: exit status $(tui_rc), want $want"
	tui_assert_restored
}

check_stop C-c 130
check_stop TERM 143
check_stop HUP 129

# The three interrupted runs are in the history as stopped early.
db=$XDG_STATE_HOME/unclench/history.db
got=$(sqlite3 "$db" "select count(*) from sessions where routine = 't-long'
    and completed = 0")
[ "$got" = 3 ] || fail "interrupted sessions recorded: $got, want 3"

# Ctrl-C in the menu.
tui_run 80 24 "$BIN"
tui_wait "I have a cramp now"
tui_keys C-c
tui_wait_exit
[ "$(tui_rc)" = 130 ] || fail "menu C-c: exit status $(tui_rc)"
tui_assert_restored
echo "ok"
