#!/usr/bin/env bash
# The notification server goes away and comes back: the daemon survives,
# says so once in its log (however many attempts fail), keeps to its
# schedule, and the next reminder reaches the new server.
source "$(dirname "$0")/lib.sh"

start_stack
cat >"$T/config.ini" <<EOF
[hydration]
interval = 5s
active_hours = $(active_window)
EOF

start_daemon
wait_for "the first reminder" 20 history_has "Time for some water"

stop_dunst
wait_for "the daemon to notice the server is gone" 30 \
    log_has "notifications are not getting through"
failed_again() { [ "$(log_count "delivery failed again")" -ge 2 ]; }
wait_for "two more attempts while the server is gone" 40 failed_again
kill -0 "$DAEMON_PID" 2>/dev/null || fail "the daemon died with the server"
[ "$(log_count "not getting through")" -eq 1 ] ||
    fail "the outage was logged $(log_count "not getting through") times"
"$UNCLENCH" daemon --status | grep -qF "notifications: not getting through" ||
    fail "--status does not tell the outage"

start_dunst	# a new dunst: its history is empty
wait_for "a reminder on the new server" 30 history_has "Time for some water"
wait_for "the daemon to log the server's return" 10 \
    log_has "the notification server answers again"
[ "$(log_count "not getting through")" -eq 1 ] ||
    fail "the outage was logged more than once"
"$UNCLENCH" daemon --status | grep -qF "notifications: getting through" ||
    fail "--status does not say the notifications get through"

kill -TERM "$DAEMON_PID"
wait_exit "$DAEMON_PID" 10 || fail "the daemon did not exit within 10 s"
[ "$EXIT_CODE" -eq 0 ] || fail "SIGTERM: exit code $EXIT_CODE"
echo "ok: survived the server going away, logged once, delivered after"
