#!/usr/bin/env bash
# SIGHUP reloads the settings. A broken file is reported (file, section,
# key, what) and the settings in use are kept: the reminders go on as
# before. A good file takes effect. SIGINT exits 0.
source "$(dirname "$0")/lib.sh"

start_stack
window=$(active_window)
cat >"$T/config.ini" <<EOF
[hydration]
interval = 5s
active_hours = $window
EOF

start_daemon
wait_for "the first reminder" 20 history_has "Time for some water"
"$UNCLENCH" daemon --status | grep -qF "hydration: every 5 s after a drink" ||
    fail "--status does not show the settings: $("$UNCLENCH" daemon --status)"

cat >"$T/config.ini" <<EOF
[hydration]
interval = banana
active_hours = $window
EOF
kill -HUP "$DAEMON_PID"
wait_for "the reload to be refused" 10 log_has "reload failed"
log_has "config.ini: [hydration] interval: \"banana\"" ||
    fail "the log does not name the broken key"
kill -0 "$DAEMON_PID" 2>/dev/null || fail "the daemon died on a broken config"
"$UNCLENCH" daemon --status | grep -qF "hydration: every 5 s after a drink" ||
    fail "the old settings were not kept"
# ... and used: reminders keep coming every 5 s.
delivered=$(log_count "reminder delivered")
more() { [ "$(log_count "reminder delivered")" -gt "$delivered" ]; }
wait_for "a reminder on the old settings" 20 more

cat >"$T/config.ini" <<EOF
[hydration]
interval = 2h
active_hours = $window
fluid_restricted = yes
fluid_limit = 1500ml
EOF
kill -HUP "$DAEMON_PID"
wait_for "the reload" 10 log_has "settings reloaded"
status=$("$UNCLENCH" daemon --status)
grep -qF "hydration: every 2 h after a drink" <<<"$status" ||
    fail "the new interval is not in use: $status"
grep -qF "limit 1500 ml" <<<"$status" || fail "the fluid limit is not in use"

# SIGINT ends it cleanly too (the shell started it with SIGINT ignored).
kill -INT "$DAEMON_PID"
wait_exit "$DAEMON_PID" 10 || fail "the daemon did not exit within 10 s"
[ "$EXIT_CODE" -eq 0 ] || fail "SIGINT: exit code $EXIT_CODE"
log_has "stopping on SIGINT" || fail "no SIGINT in the log"
echo "ok: a broken reload kept the old settings; a good one took effect"
