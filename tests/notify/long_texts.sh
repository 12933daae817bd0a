#!/usr/bin/env bash
# A session reminder for a routine with the longest title and summary, in
# 4-byte characters (60 and 200 of them: 240 and 800 bytes): the title
# and the body reach dunst whole and valid UTF-8 (nothing cut inside a
# character, which the server shows as "[Invalid UTF-8]"), and the body
# still ends by saying how to start the routine; the log line too.
source "$(dirname "$0")/lib.sh"

start_stack
mkdir -p "$XDG_DATA_HOME/unclench/routines"
t60=$(printf '\U1F600%.0s' $(seq 60))
s200=$(printf '\U1F600%.0s' $(seq 200))
cat >"$XDG_DATA_HOME/unclench/routines/t-wide.ini" <<EOF
[routine]
title = $t60
kind = stretch
summary = $s200
source = unclench test data

[step1]
title = One
text = Short.
hold = 40s
EOF
cat >"$T/config.ini" <<EOF
[hydration]
enabled = no
[schedule]
evening = $(date +%H:%M) daily t-wide
EOF

start_daemon
wait_for "the session reminder in dunst's history" 20 \
    history_has "or run: unclench stretch t-wide"
history_json | grep -qF "Invalid UTF-8" &&
    fail "dunst got invalid UTF-8: $(history_field summary)"
history_field summary | grep -qxF "Evening stretch: $t60, 40 s" ||
    fail "the title is not whole: $(history_field summary)"
history_field body | grep -qF "$s200 Planned for " ||
    fail "the summary is not whole: $(history_field body)"
wait_for "the delivery in the log" 20 log_has "reminder delivered"
grep -qF "reminder delivered: Evening stretch: $t60, 40 s" "$LOG" ||
    fail "the log line is cut"

kill -TERM "$DAEMON_PID"
wait_exit "$DAEMON_PID" 10 || fail "the daemon did not exit within 10 s"
[ "$EXIT_CODE" -eq 0 ] || fail "SIGTERM: exit code $EXIT_CODE, expected 0"
echo "ok: long texts reach the server whole"
