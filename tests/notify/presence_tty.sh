#!/usr/bin/env bash
# The terminal path, for a console or SSH user: no bus source answers, and
# the access time of the user's terminal (here a pty of the test's own,
# named by UNCLENCH_PRESENCE_TTY) says when they last typed. Set back 10
# minutes with touch -a -d (away_after is 5 minutes), the reminder that
# falls due is held and the status says "away (idle, terminal)"; while it
# is held the daemon wakes at most once a minute. Typing again (the access
# time now) is seen at the next look: `daemon --status` makes one at
# once, and exactly one reminder follows.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/presence.bash"

start_stack
start_monitor
# A pty held open by a child of ours; its name in $T/pty.
"$PY" -c 'import os, pty, time
m, s = pty.openpty()
print(os.ttyname(s), flush=True)
time.sleep(600)' >"$T/pty" 2>>"$T/pty.log" &
PTY_PID=$!
LIB_PIDS+=("$PTY_PID")
wait_for "the pty" 10 file_nonempty "$T/pty"
pty_path=$(head -n 1 "$T/pty")
[ -c "$pty_path" ] || fail "$pty_path is not a terminal"
export UNCLENCH_PRESENCE_TTY=$pty_path
touch -a -d '10 minutes ago' "$pty_path" || fail "touch -a -d on $pty_path"

cat >"$T/config.ini" <<EOF2
[hydration]
interval = 5s
active_hours = $(active_window)
EOF2
start_daemon
observe 4
notify_count_is 0 || fail "$(notify_count) notifications for an idle terminal"
log_has "reminders held: away (idle, terminal)" || fail "nothing said held"
w0=$(awk '$1 == "voluntary_ctxt_switches:" { print $2 }' "/proc/$DAEMON_PID/status")
observe 12
w1=$(awk '$1 == "voluntary_ctxt_switches:" { print $2 }' "/proc/$DAEMON_PID/status")
notify_count_is 0 || fail "$(notify_count) notifications for an idle terminal"
[ $(( w1 - w0 )) -le 3 ] || fail "$(( w1 - w0 )) wake-ups in 12 s while held for a terminal"
status_has "presence: away (idle, terminal) since" ||
    fail "status: $("$UNCLENCH" --config "$T/config.ini" daemon --status)"

# The user types: the access time moves to now.
touch -a "$pty_path"
t0=$(now_ms)
"$UNCLENCH" --config "$T/config.ini" daemon --status >/dev/null
wait_for "the reminder after typing" 3 notify_count_is 1
within_ms "$t0" 2000 || fail "the reminder took $(( $(now_ms) - t0 )) ms"
observe 2
notify_count_is 1 || fail "$(notify_count) notifications, expected 1"
status_has "presence: here (terminal) since" ||
    fail "status: $("$UNCLENCH" --config "$T/config.ini" daemon --status)"

kill -TERM "$DAEMON_PID"
wait_exit "$DAEMON_PID" 10 || fail "the daemon did not exit within 10 s"
[ "$EXIT_CODE" -eq 0 ] || fail "SIGTERM: exit code $EXIT_CODE"
echo "ok: an idle terminal holds the reminder, typing brings one"
