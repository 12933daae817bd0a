#!/usr/bin/env bash
# The daemon's log shows a routine's title escaped: a bidi override (text
# a loader lets through) is logged as \u202e, never as the raw character,
# when the session reminder is delivered.
source "$(dirname "$0")/lib.sh"

RLO=$'\xe2\x80\xae'
start_stack
mkdir -p "$XDG_DATA_HOME/unclench/routines"
cat >"$XDG_DATA_HOME/unclench/routines/t-bidi.ini" <<EOF
[routine]
title = Calm ${RLO}gpj.exe
kind = stretch
summary = Hostile title.
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
evening = $(date +%H:%M) daily t-bidi
EOF

start_daemon
wait_for "the delivery in the log" 20 log_has "reminder delivered"
grep -qF 'reminder delivered: Evening stretch: Calm \u202egpj.exe, 40 s' "$LOG" ||
    fail "the log does not show the title escaped"
grep -qaF "$RLO" "$LOG" && fail "the raw bidi override reached the log"

kill -TERM "$DAEMON_PID"
wait_exit "$DAEMON_PID" 10 || fail "the daemon did not exit within 10 s"
echo "ok: the daemon log escapes titles"
