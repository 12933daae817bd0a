#!/usr/bin/env bash
# With the history unusable (a file there that is not a database), the
# daemon says so once in its log, counts no drinks, and reminds all the
# same; the texts then carry a tip but no day's total.
source "$(dirname "$0")/lib.sh"

start_stack
mkdir -p "$XDG_STATE_HOME/unclench"
printf 'this is not a database\n' >"$XDG_STATE_HOME/unclench/history.db"
cat >"$T/config.ini" <<EOF
[hydration]
interval = 5s
active_hours = $(active_window)
EOF

start_daemon
two() { [ "$(log_count "reminder delivered: Time for")" -ge 2 ]; }
wait_for "two reminders" 30 two
[ "$(log_count "the history is not available")" -eq 1 ] ||
    fail "the unusable history was not logged exactly once"
history_field body | grep -qF " today." &&
    fail "a reminder claims a day's total without a history"
"$UNCLENCH" daemon --status | grep -qF "today: unknown" ||
    fail "--status does not say the total is unknown"
[ "$(cat "$XDG_STATE_HOME/unclench/history.db")" = "this is not a database" ] ||
    fail "the daemon wrote into a file that is not its database"

kill -TERM "$DAEMON_PID"
wait_exit "$DAEMON_PID" 10 || fail "the daemon did not exit within 10 s"
[ "$EXIT_CODE" -eq 0 ] || fail "SIGTERM: exit code $EXIT_CODE"
echo "ok: reminders go on without a history, said once"
