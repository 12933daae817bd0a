#!/usr/bin/env bash
# One daemon per user: a second start says where the first one is and
# exits 1. The control modes talk to the running one (--status, --pause,
# --resume); --test reports whether the server took a notification, also
# when there is none or no bus at all; --detach starts it in the
# background.
source "$(dirname "$0")/lib.sh"

start_stack
cat >"$T/config.ini" <<EOF
[hydration]
interval = 1h
active_hours = $(active_window)
EOF

start_daemon
out=$("$UNCLENCH" --config "$T/config.ini" daemon 2>&1)
rc=$?
[ "$rc" -eq 1 ] || fail "second instance: exit $rc, expected 1"
grep -qF "already running (pid $DAEMON_PID; lock $XDG_RUNTIME_DIR/unclench/daemon.lock)" \
    <<<"$out" || fail "second instance did not say where the first is: $out"
kill -0 "$DAEMON_PID" 2>/dev/null || fail "the first instance died"

status=$("$UNCLENCH" daemon --status) || fail "--status failed"
grep -qF "(pid $DAEMON_PID)" <<<"$status" || fail "--status: $status"
grep -qF "next reminder:" <<<"$status" || fail "--status has no next event"

out=$("$UNCLENCH" daemon --pause 2h) || fail "--pause failed"
grep -qF "reminders paused until" <<<"$out" || fail "--pause said: $out"
"$UNCLENCH" daemon --status | grep -qF "paused until" ||
    fail "--status does not show the pause"
"$UNCLENCH" daemon --status | grep -qF "(when the pause ends)" ||
    fail "the next reminder does not wait for the pause"
"$UNCLENCH" daemon --resume | grep -qF "reminders resumed" ||
    fail "--resume failed"
"$UNCLENCH" daemon --status | grep -qF "paused" &&
    fail "--status still shows a pause after --resume"
"$UNCLENCH" daemon --pause banana 2>/dev/null
[ $? -eq 2 ] || fail "--pause banana: expected a usage error (2)"
"$UNCLENCH" daemon --status --resume 2>/dev/null
[ $? -eq 2 ] || fail "two modes at once: expected a usage error (2)"

out=$("$UNCLENCH" daemon --test) || fail "--test failed with dunst running"
grep -qF "took it" <<<"$out" || fail "--test said: $out"
wait_for "the test notification" 10 history_has "unclench: test notification"

kill -TERM "$DAEMON_PID"
wait_exit "$DAEMON_PID" 10 || fail "the daemon did not exit within 10 s"
[ "$EXIT_CODE" -eq 0 ] || fail "SIGTERM: exit code $EXIT_CODE"
out=$("$UNCLENCH" daemon --status 2>&1)
[ $? -eq 1 ] || fail "--status without a daemon: expected exit 1"
grep -qF "not running" <<<"$out" || fail "--status without a daemon: $out"

# --detach: back at once, the daemon runs on (not our child: poll).
out=$("$UNCLENCH" --config "$T/config.ini" daemon --detach 2>&1) ||
    fail "--detach failed: $out"
bg=$(sed -n 's/.*in the background (pid \([0-9]*\)).*/\1/p' <<<"$out")
[ -n "$bg" ] || fail "--detach did not give the pid: $out"
LIB_PIDS+=("$bg")
"$UNCLENCH" daemon --status | grep -qF "(pid $bg)" ||
    fail "the detached daemon does not answer"
kill -TERM "$bg"
gone() { ! kill -0 "$bg" 2>/dev/null; }
wait_for "the detached daemon to stop" 10 gone

# No server on the bus: --test says so, exit 1, promptly.
stop_dunst
out=$("$UNCLENCH" daemon --test 2>&1)
[ $? -eq 1 ] || fail "--test without a server: expected exit 1"
grep -qF "did not take it" <<<"$out" || fail "--test said: $out"
# No bus at all. DISPLAY stays set: GLib would autolaunch a bus (and a
# server with it) there, and report success; the daemon must not.
[ -n "${DISPLAY:-}" ] || fail "DISPLAY should be set here"
out=$(env -u DBUS_SESSION_BUS_ADDRESS "$UNCLENCH" daemon --test 2>&1)
[ $? -eq 1 ] || fail "--test without a bus: expected exit 1"
grep -qF "no session bus" <<<"$out" || fail "--test without a bus: $out"
echo "ok: one instance; status, pause, resume, test and detach work"
