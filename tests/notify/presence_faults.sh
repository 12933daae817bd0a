#!/usr/bin/env bash
# A logind that hangs, then one that answers garbage. Hung: GetSession
# sleeps 30 s in the mock; the daemon's call has a deadline, so the first
# reminder still arrives within 5 s of the start, `daemon --status`
# answers meanwhile, the reason is logged once, and SIGTERM ends the
# daemon within 2 s while the mock is still stuck. Garbage: the session's
# LockedHint and IdleHint are strings; the daemon says so once and takes
# the user to be present (the reminder is delivered).
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/presence.bash"

start_stack
start_system_bus
start_monitor
cat >"$T/config.ini" <<EOF2
[hydration]
interval = 1h
active_hours = $(active_window)
EOF2

# Hung.
start_bare_logind
mock_method GetSession s o 'time.sleep(30); ret = "/org/freedesktop/login1/session/c1"'
t0=$(now_ms)
start_daemon
# The mock is single-threaded: the first call blocks it for 30 s.
"$UNCLENCH" --config "$T/config.ini" daemon --status >"$T/status.out" 2>&1 ||
    fail "status while logind hangs: $(cat "$T/status.out")"
wait_for "the reminder despite the hung logind" 6 notify_count_is 1
within_ms "$t0" 5000 || fail "the reminder took $(( $(now_ms) - t0 )) ms"
wait_for "the reason in the log" 5 log_has "presence: logind does not answer for the session"
[ "$(log_count "logind does not answer")" -eq 1 ] || fail "the reason was logged $(log_count "logind does not answer") times"
t0=$(now_ms)
kill -TERM "$DAEMON_PID"
wait_exit "$DAEMON_PID" 2 || fail "SIGTERM with logind hung: no exit within 2 s"
[ "$EXIT_CODE" -eq 0 ] || fail "SIGTERM: exit code $EXIT_CODE"
stop_logind

# Garbage.
: >"$LOG"
start_bare_logind
mock_method GetSession s o 'ret = "/org/freedesktop/login1/session/c1"'
gdbus call --system --dest org.freedesktop.login1 \
    --object-path /org/freedesktop/login1 \
    --method org.freedesktop.DBus.Mock.AddObject \
    /org/freedesktop/login1/session/c1 org.freedesktop.login1.Session \
    "{'LockedHint': <'yes'>, 'IdleHint': <'no'>, 'Active': <42>}" \
    '@a(ssss) []' >/dev/null || fail "AddObject failed"
start_daemon
wait_for "the reminder despite garbage" 6 notify_count_is 2
wait_for "the reason in the log" 5 log_has "presence: logind's session cannot be read"
status_has "presence: here (assumed" ||
    fail "status: $("$UNCLENCH" --config "$T/config.ini" daemon --status)"
kill -TERM "$DAEMON_PID"
wait_exit "$DAEMON_PID" 5 || fail "the daemon did not exit within 5 s"
[ "$EXIT_CODE" -eq 0 ] || fail "SIGTERM: exit code $EXIT_CODE"
echo "ok: a hung or garbled logind never blocks the reminders or SIGTERM"
