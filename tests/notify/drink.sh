#!/usr/bin/env bash
# `unclench drink`, run in another process, postpones the next reminder:
# the interval runs from the last drink logged, not from the last
# reminder. `drink` sends the daemon a "refresh" request, so it re-reads
# the history at once and its next reminder moves to drink + interval, and
# that reminder counts the drink. Skipped (exit 0) while the store is the
# placeholder that answers "not available yet".
source "$(dirname "$0")/lib.sh"

start_stack
cat >"$T/config.ini" <<EOF
[hydration]
interval = 10s
active_hours = $(active_window)
EOF

# "HH:MM:SS" on the status line after WORDS -> seconds of the day.
secs() { local t=$1; echo $((10#${t:0:2} * 3600 + 10#${t:3:2} * 60 + 10#${t:6:2})); }
next_line() { "$UNCLENCH" daemon --status | grep -F "next reminder:"; }

start_daemon
wait_for "the first reminder" 20 history_has "Time for some water"
before=$(next_line)
case $before in
*"after the last reminder"*) ;;
*) fail "before the drink, the next reminder should follow the last one: $before" ;;
esac

# Drink in a later second than the reminder, so the move is visible.
[[ $before =~ at\ ([0-9:]{8}) ]] || fail "bad status: $before"
reminded=${BASH_REMATCH[1]}
later() { [ "$(date +%H:%M:%S)" != "$reminded" ]; }
wait_for "the clock to pass the reminder's second" 5 later

out=$("$UNCLENCH" --config "$T/config.ini" drink 300 2>&1)
rc=$?
if [ "$rc" -ne 0 ] && grep -qF "not available yet" <<<"$out"; then
	echo "SKIP: the history store is still a placeholder ($out)"
	exit 0
fi
[ "$rc" -eq 0 ] || fail "unclench drink failed: $out"
# One formatter for every surface: the CLI says the volumes the daemon's
# status and notification say (below).
grep -qF "Today: 300 ml of your 2000 ml goal" <<<"$out" ||
    fail "unclench drink says the volumes otherwise: $out"

# It told the daemon through the socket (not a signal), before any status.
grep -qF "refresh: re-reading the history" "$LOG" ||
    fail "unclench drink did not send the daemon a refresh request"
after=$(next_line)
status=$("$UNCLENCH" daemon --status)
grep -qF "today: 300 ml of 2000 ml" <<<"$status" ||
    fail "the daemon did not count the drink: $status"
re='next reminder: ([0-9:]{8}), 10 s after your last drink at ([0-9:]{8})'
[[ $after =~ $re ]] || fail "the next reminder does not follow the drink: $after"
next=$(secs "${BASH_REMATCH[1]}") drank=$(secs "${BASH_REMATCH[2]}")
[ $(((next - drank + 86400) % 86400)) -eq 10 ] ||
    fail "next reminder is not drink + 10 s: $after"
[[ $before =~ next\ reminder:\ ([0-9:]{8}) ]] || fail "bad status: $before"
old=$(secs "${BASH_REMATCH[1]}")
delay=$(((next - old + 86400) % 86400))
if [ "$delay" -le 0 ] || [ "$delay" -gt 10 ]; then
	fail "the drink did not postpone the reminder: $before -> $after"
fi

# The postponed reminder arrives and counts the drink.
has_new() { history_field body | grep -qF "300 ml of 2000 ml today"; }
wait_for "the postponed reminder" 40 has_new

kill -TERM "$DAEMON_PID"
wait_exit "$DAEMON_PID" 10 || fail "the daemon did not exit within 10 s"
[ "$EXIT_CODE" -eq 0 ] || fail "SIGTERM: exit code $EXIT_CODE"
echo "ok: a drink logged elsewhere postponed the next reminder"
