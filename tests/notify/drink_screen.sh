#!/usr/bin/env bash
# A glass logged on the hydration screen tells a running daemon at once,
# through the control socket's "refresh" request (the CLI's `drink` does
# the same): the daemon logs that it re-reads the history, and counts the
# glass. The TUI runs in tmux.
source "$(dirname "$0")/lib.sh"
# The tmux helpers only (their own setup would replace this test's home);
# this file's fail, which shows the daemon's log, is kept.
NOTIFY_FAIL=$(declare -f fail)
source "$TOP/tests/tui/lib.sh"
eval "$NOTIFY_FAIL"
BIN=$UNCLENCH TUI_N=0 SOCK=$T/tmux.0.sock
trap 'tui_kill_server "$SOCK"; lib_cleanup' EXIT

start_stack
cat >"$T/config.ini" <<EOF
[general]
get_ready = 0s
bell = no
[hydration]
interval = 1h
glass = 250
active_hours = $(active_window)
EOF

told() { grep -qF "refresh: re-reading the history" "$LOG"; }

start_daemon
told && fail "the daemon was told of a drink before any was logged"
tui_run 80 24 "$UNCLENCH --config $T/config.ini"
tui_wait "I have a cramp now"
tui_keys 5
tui_wait "log a glass"
tui_keys Enter
tui_wait "Logged a glass"
wait_for "the daemon to be told of the glass" 10 told
status=$("$UNCLENCH" daemon --status)
grep -qF "today: 0.25 L of 2 L" <<<"$status" ||
    fail "the daemon did not count the glass: $status"
tui_keys q
tui_wait "I have a cramp now"
tui_keys q
tui_wait_exit
[ "$(tui_rc)" = 0 ] || fail "the TUI exited with $(tui_rc)"

kill -TERM "$DAEMON_PID"
wait_exit "$DAEMON_PID" 10 || fail "the daemon did not exit within 10 s"
[ "$EXIT_CODE" -eq 0 ] || fail "SIGTERM: exit code $EXIT_CODE"
echo "ok: a glass on the hydration screen reached the daemon"
