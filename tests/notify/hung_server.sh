#!/usr/bin/env bash
# A hung server (dunst stopped with SIGSTOP: it owns its name but never
# answers, and libnotify's own call would block 25 s and more) stalls
# neither the schedule nor SIGTERM: attempts go on while it is stopped, a
# reminder arrives once it runs again, and a SIGTERM sent while a delivery
# hangs ends the daemon with 0. The 15 s bound below only guards against
# a hang; it is not a speed requirement.
source "$(dirname "$0")/lib.sh"

start_stack
cat >"$T/config.ini" <<EOF
[hydration]
interval = 5s
active_hours = $(active_window)
EOF

start_daemon
wait_for "the first reminder" 20 history_has "Time for some water"

kill -STOP "$DUNST_PID"
wait_for "the daemon to give up on the hung server" 30 \
    log_has "did not answer within"
# The schedule goes on: more attempts while the server stays hung.
sent=$(log_count "sending:")
more_attempts() { [ "$(log_count "sending:")" -ge $((sent + 2)) ]; }
wait_for "two more attempts while the server hangs" 40 more_attempts
[ "$(log_count "not getting through")" -eq 1 ] ||
    fail "the outage was logged more than once"
# Control requests are answered while a delivery hangs.
"$UNCLENCH" daemon --status | grep -qF "not getting through" ||
    fail "--status did not answer or does not tell the outage"

kill -CONT "$DUNST_PID"
wait_for "a reminder after the server wakes" 40 \
    log_has "the notification server answers again"

# SIGTERM while a delivery hangs.
kill -STOP "$DUNST_PID"
sent=$(log_count "sending:")
attempt() { [ "$(log_count "sending:")" -gt "$sent" ]; }
wait_for "a delivery to the hung server" 20 attempt
kill -TERM "$DAEMON_PID"
wait_exit "$DAEMON_PID" 15 ||
    fail "the daemon did not exit within 15 s of SIGTERM"
[ "$EXIT_CODE" -eq 0 ] || fail "SIGTERM: exit code $EXIT_CODE"
kill -CONT "$DUNST_PID"
if pgrep -f -- "$T/config.ini" >/dev/null; then
	fail "processes left behind: $(pgrep -af -- "$T/config.ini")"
fi
echo "ok: a hung server stalled neither the schedule nor SIGTERM"
