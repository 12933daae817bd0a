#!/usr/bin/env bash
# A glass logged on the hydration screen tells a running daemon at once,
# through the control socket's "refresh" request (the CLI's `drink` does
# the same): the daemon logs that it re-reads the history, and counts the
# glass. A hung daemon delays neither `drink` nor the screen for long.
# The TUI runs in tmux.
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
grep -qF "today: 250 ml of 2000 ml" <<<"$status" ||
    fail "the daemon did not count the glass: $status"

# A hung daemon (stopped: it takes no connection, answers nothing) holds
# neither the CLI nor the screen for long: the request has a short
# deadline (500 ms); the 5 s of a status request would fail here.
kill -STOP "$DAEMON_PID"
t0=$(date +%s%N)
out=$("$UNCLENCH" --config "$T/config.ini" drink 100 2>&1) ||
    fail "unclench drink with a hung daemon: $out"
ms=$((($(date +%s%N) - t0) / 1000000))
[ "$ms" -lt 2500 ] || fail "unclench drink waited ${ms} ms on a hung daemon"
t0=$(date +%s%N)
tui_keys Enter
tui_wait "Today: 600 ml" 5
ms=$((($(date +%s%N) - t0) / 1000000))
[ "$ms" -lt 2500 ] || fail "the screen waited ${ms} ms on a hung daemon"
kill -CONT "$DAEMON_PID"
counted() { "$UNCLENCH" daemon --status | grep -qF "today: 600 ml of 2000 ml"; }
wait_for "the daemon, woken, to count every drink" 10 counted

tui_keys q
tui_wait "I have a cramp now"
tui_keys q
tui_wait_exit
[ "$(tui_rc)" = 0 ] || fail "the TUI exited with $(tui_rc)"

kill -TERM "$DAEMON_PID"
wait_exit "$DAEMON_PID" 10 || fail "the daemon did not exit within 10 s"
[ "$EXIT_CODE" -eq 0 ] || fail "SIGTERM: exit code $EXIT_CODE"
echo "ok: a glass on the hydration screen reached the daemon"
