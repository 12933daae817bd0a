#!/usr/bin/env bash
# Suspend and resume through logind's PrepareForSleep: between
# PrepareForSleep(true) and (false) the hydration reminders that fall due
# are held (none sent); on resume exactly one within 2 s. Then the bus
# dies (the system bus and the logind mock both stop) and comes back: the
# daemon keeps running, says once that it lost the bus and once that it
# reconnected, and logind's lock works again on the new bus.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/presence.bash"

start_stack
start_system_bus
start_logind
start_monitor
cat >"$T/config.ini" <<EOF2
[hydration]
interval = 5s
active_hours = $(active_window)
EOF2
start_daemon
wait_for "the first reminder" 10 notify_count_is 1
# The session's answer and the signal match come with the first reminder.
poll_for 5 log_has "logind answers for session"

prepare_for_sleep true
observe 11
notify_count_is 1 || fail "$(( $(notify_count) - 1 )) notifications while asleep"
log_has "logind answers for session" || fail "logind was not heard"
log_has "presence: going to sleep" || fail "the sleep was not heard"
status_has "presence: away (asleep, logind) since" ||
    fail "status: $("$UNCLENCH" --config "$T/config.ini" daemon --status)"
log_has "reminders held: away (asleep, logind)" || fail "nothing said held"
t0=$(now_ms)
prepare_for_sleep false
wait_for "the catch-up on resume" 3 notify_count_is 2
within_ms "$t0" 2000 || fail "the catch-up took $(( $(now_ms) - t0 )) ms"
log_has "presence: woke from sleep" || fail "no word on the resume"

# The bus dies: the daemon lives on and says so once.
stop_logind
stop_pid "$SYSBUS_PID"
wait_for "the daemon to notice the lost bus" 10 log_has "presence: lost the system bus"
kill -0 "$DAEMON_PID" 2>/dev/null || fail "the daemon died with the bus"
status_has "presence: here (assumed" ||
    fail "status: $("$UNCLENCH" --config "$T/config.ini" daemon --status)"
# ...and comes back (same address).
start_system_bus
start_logind
wait_for "the reconnection" 40 log_has "presence: reconnected to the system bus"
wait_for "logind to answer again" 10 status_has "presence: here (logind)"
set_locked true
wait_for "the lock on the new bus" 5 status_has "presence: away (locked, logind)"
[ "$(log_count "presence: lost the system bus")" -eq 1 ] ||
    fail "the lost bus was logged $(log_count "presence: lost the system bus") times"
[ "$(log_count "presence: reconnected to the system bus")" -eq 1 ] ||
    fail "the reconnection was logged $(log_count "presence: reconnected") times"

t0=$(now_ms)
kill -TERM "$DAEMON_PID"
wait_exit "$DAEMON_PID" 10 || fail "the daemon did not exit within 10 s"
[ "$EXIT_CODE" -eq 0 ] || fail "SIGTERM: exit code $EXIT_CODE"
echo "ok: held while asleep, one catch-up on resume, the lost bus reconnected and said once"
