#!/usr/bin/env bash
# run.sh: alone
# The daemon under valgrind: it starts, delivers a hydration reminder to a
# real dunst (its forked delivery child is checked too: a fork stays under
# valgrind), answers --status, and stops on SIGTERM with status 0. No
# process has an invalid read or write, a use of uninitialised memory or
# a definite leak (GLib and libnotify keep "possibly lost" and "still
# reachable" blocks of their own: those are not judged).
source "$(dirname "$0")/lib.sh"
command -v valgrind >/dev/null || { echo "skip: valgrind not installed"; exit 0; }

# A copy: valgrind reads the binary's debug information, and a rebuild
# meanwhile must not change it under our feet.
cp "$UNCLENCH" "$T/unclench" || fail "cannot copy $UNCLENCH"
start_stack
cat >"$T/config.ini" <<EOF
[hydration]
interval = 1h
active_hours = $(active_window)
EOF

valgrind -q --leak-check=full --errors-for-leak-kinds=definite \
    --error-exitcode=99 --trace-children=no --child-silent-after-fork=no \
    --log-file="$T/vg.%p.log" \
    "$T/unclench" --config "$T/config.ini" daemon -v >>"$T/daemon.out" 2>&1 &
DAEMON_PID=$!
LIB_PIDS+=("$DAEMON_PID")
# valgrind is slow to start: give it time.
wait_for "the daemon to start under valgrind" 60 daemon_ready
wait_for "the reminder in dunst's history" 60 \
    history_has "Time for some water"
wait_for "the delivery to be logged" 30 log_has "reminder delivered"
"$T/unclench" daemon --status >"$T/status" 2>&1 ||
    fail "--status: $(cat "$T/status")"
grep -qF "running since" "$T/status" || fail "odd status: $(cat "$T/status")"

kill -TERM "$DAEMON_PID"
wait_exit "$DAEMON_PID" 60 || fail "the daemon did not exit within 60 s"
[ "$EXIT_CODE" -ne 99 ] ||
    fail "valgrind found errors: $(cat "$T"/vg.*.log)"
[ "$EXIT_CODE" -eq 0 ] || fail "SIGTERM: exit code $EXIT_CODE, expected 0"
log_has "stopped" || fail "no 'stopped' in the log"
# Every process valgrind ran (the daemon and its delivery child) is clean.
ls "$T"/vg.*.log >/dev/null 2>&1 || fail "no valgrind log"
if grep -lE 'definitely lost|Invalid (read|write)|uninitialised|Invalid free|Mismatched free' \
    "$T"/vg.*.log >/dev/null; then
	fail "valgrind: $(cat "$T"/vg.*.log)"
fi
if pgrep -f -- "$T/unclench" >/dev/null; then
	fail "processes left behind: $(pgrep -af -- "$T/unclench")"
fi
echo "ok: the daemon is clean under valgrind"
