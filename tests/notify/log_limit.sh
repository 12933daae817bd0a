#!/usr/bin/env bash
# The daemon's log has a size limit while it runs, not only when it
# starts: a log already at the limit (1 MiB) is renamed daemon.log.old as
# soon as the daemon writes past it, and a new daemon.log goes on (with
# the reminder it then delivers). A log over the limit when the daemon
# starts is renamed at once.
source "$(dirname "$0")/lib.sh"

start_stack
cat >"$T/config.ini" <<EOF
[hydration]
interval = 1h
active_hours = $(active_window)
EOF
mkdir -p "$XDG_STATE_HOME/unclench"
head -c 1048576 /dev/zero | tr '\0' '.' >"$LOG"

# Not start_daemon: its "started" line may go to daemon.log.old here.
"$UNCLENCH" --config "$T/config.ini" daemon -v >>"$T/daemon.out" 2>&1 &
DAEMON_PID=$!
LIB_PIDS+=("$DAEMON_PID")
old_exists() { [ -s "$LOG.old" ]; }
wait_for "daemon.log.old" 20 old_exists
wait_for "the reminder in the new log" 20 log_has "reminder delivered"
size=$(stat -c %s "$LOG")
[ "$size" -lt 65536 ] || fail "the new log is $size bytes"
[ "$(head -c 10 "$LOG.old")" = ".........." ] ||
    fail "daemon.log.old is not the old log"
# The first line written after the limit (now the presence line) rotates
# the log; "started" is in one of the two, never lost.
cat "$LOG.old" "$LOG" | grep -qF "started" || fail "the start was not logged"

kill -TERM "$DAEMON_PID"
wait_exit "$DAEMON_PID" 10 || fail "the daemon did not exit within 10 s"
[ "$EXIT_CODE" -eq 0 ] || fail "SIGTERM: exit code $EXIT_CODE, expected 0"

# Over the limit at the start: renamed before the first line.
rm -f "$LOG.old"
head -c 1048600 /dev/zero | tr '\0' '.' >"$LOG"
start_daemon
[ -s "$LOG.old" ] || fail "a log over the limit was not renamed at start"
[ "$(stat -c %s "$LOG")" -lt 65536 ] || fail "the log was not begun anew"
kill -TERM "$DAEMON_PID"
wait_exit "$DAEMON_PID" 10 || fail "the daemon did not exit within 10 s"
echo "ok: the log is kept under its limit"
