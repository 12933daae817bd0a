#!/usr/bin/env bash
# A daemon started outside the session (no XDG_SESSION_ID, as from a
# systemd user service) finds the user's display session through logind's
# user object and holds reminders while it is locked; with no display
# session either, it says once that logind has no session of the user's
# and reminds as before.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/presence.bash"

start_stack
start_system_bus
start_logind
unset XDG_SESSION_ID
start_monitor
cat >"$T/config.ini" <<EOF2
[hydration]
interval = 1h
active_hours = $(active_window)
EOF2

# No display session (the mock's user has none): reminded as before.
start_daemon
wait_for "the reminder" 10 notify_count_is 1
wait_for "the reason" 5 log_has "presence: no logind session of yours"
kill -TERM "$DAEMON_PID"
wait_exit "$DAEMON_PID" 10 || fail "the daemon did not exit within 10 s"

# The user's display session is c1, locked. (The template's GetUser
# fails on its own argument: replaced by one that works.)
mock_method GetUser u o 'ret = "/org/freedesktop/login1/user/%d" % args[0]'
gdbus call --system --dest org.freedesktop.login1 \
    --object-path "/org/freedesktop/login1/user/$(id -u)" \
    --method org.freedesktop.DBus.Properties.Set \
    org.freedesktop.login1.User Display \
    "<('$SESSION_ID', objectpath '/org/freedesktop/login1/session/$SESSION_ID')>" \
    >/dev/null || fail "setting the user's Display failed"
set_locked true
start_daemon
observe 4
notify_count_is 1 || fail "$(( $(notify_count) - 1 )) notifications while the display session is locked"
status_has "presence: away (locked, logind)" ||
    fail "status: $("$UNCLENCH" --config "$T/config.ini" daemon --status)"
t0=$(now_ms)
set_locked false
wait_for "the catch-up" 3 notify_count_is 2
within_ms "$t0" 2000 || fail "the catch-up took $(( $(now_ms) - t0 )) ms"

kill -TERM "$DAEMON_PID"
wait_exit "$DAEMON_PID" 10 || fail "the daemon did not exit within 10 s"
[ "$EXIT_CODE" -eq 0 ] || fail "SIGTERM: exit code $EXIT_CODE"
echo "ok: the display session is found without XDG_SESSION_ID"
