#!/usr/bin/env bash
# Locked, nothing is delivered (and the daemon does not wake); on unlock
# exactly one catch-up within 2 s.
# logind (a dbusmock logind on the test's own system bus) says the
# session is locked before the daemon starts; three hydration reminders
# (every 5 s) fall due during 16 s of lock and none reaches the server;
# the status says "away (locked, logind)". A session planned this minute
# with a grace of 1 minute falls due during the lock too: on unlock, past
# its grace, it is recorded as missed (status, log and the history's
# export), and the one notification is the hydration catch-up.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/presence.bash"

start_stack
start_system_bus
start_logind
start_monitor
set_locked true
planned=$(date +%H:%M)
start_s=$(date +%s)
cat >"$T/config.ini" <<EOF2
[hydration]
interval = 5s
active_hours = $(active_window)
[daemon]
grace = 1m
[schedule]
legs = $planned daily calves
[presence]
away_after = 5m
EOF2
mkdir -p "$XDG_DATA_HOME/unclench/routines"
cat >"$XDG_DATA_HOME/unclench/routines/calves.ini" <<'EOF2'
[routine]
title = Calves
kind = stretch
summary = Calves.
source = A test.

[step1]
title = Calf against the wall
text = Lean into the wall.
hold = 30s
EOF2

start_daemon
observe 4
notify_count_is 0 || fail "$(notify_count) notifications while locked"
log_has "logind answers for session" || fail "logind was not heard"
log_has "reminders held: away (locked, logind)" || fail "nothing said held"
status_has "presence: away (locked, logind) since" ||
    fail "status: $("$UNCLENCH" --config "$T/config.ini" daemon --status)"
# Held, the daemon sleeps: no timer, no wake-ups (a few for slack).
w0=$(awk '$1 == "voluntary_ctxt_switches:" { print $2 }' "/proc/$DAEMON_PID/status")
observe 12
w1=$(awk '$1 == "voluntary_ctxt_switches:" { print $2 }' "/proc/$DAEMON_PID/status")
notify_count_is 0 || fail "$(notify_count) notifications while locked"
[ $(( w1 - w0 )) -le 3 ] || fail "$(( w1 - w0 )) wake-ups in 12 s while held"

# Past the session's grace (planned this minute, grace 1 minute).
past_grace() { [ "$(date +%s)" -ge $(( start_s - start_s % 60 + 65 )) ]; }
wait_for "the session's grace to pass" 70 past_grace
notify_count_is 0 || fail "$(notify_count) notifications while locked"

t0=$(now_ms)
set_locked false
wait_for "the catch-up after unlock" 3 notify_count_atleast 1
within_ms "$t0" 2000 || fail "the catch-up took $(( $(now_ms) - t0 )) ms"
observe 2
notify_count_is 1 || fail "$(notify_count) notifications after unlock, expected 1"
log_has "planned at $planned was missed by more than its grace" ||
    fail "the session was not logged as missed"
status_has "last session missed: legs planned at" ||
    fail "status: $("$UNCLENCH" --config "$T/config.ini" daemon --status)"
status_has "presence: here (logind) since" ||
    fail "status: $("$UNCLENCH" --config "$T/config.ini" daemon --status)"
"$UNCLENCH" --config "$T/config.ini" export --csv | grep -q 'session.*missed' ||
    fail "the history has no missed session: $("$UNCLENCH" --config "$T/config.ini" export --csv)"
log_has "woke from sleep" && fail "a sleep signal that was never sent"

kill -TERM "$DAEMON_PID"
wait_exit "$DAEMON_PID" 10 || fail "the daemon did not exit within 10 s"
[ "$EXIT_CODE" -eq 0 ] || fail "SIGTERM: exit code $EXIT_CODE"
echo "ok: locked holds every reminder, unlock gives one catch-up, the session past its grace is missed"
