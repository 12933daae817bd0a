#!/usr/bin/env bash
# Reminders reach a real dunst: the hydration reminder (due at once, the
# active hours began two hours ago) and a session planned this minute
# (within its grace). The session's texts carry markup characters: the
# body reaches the server escaped exactly once, the title (plain text by
# the specification) untouched. One reminder each, not a burst; SIGTERM
# exits 0 and leaves no process behind.
source "$(dirname "$0")/lib.sh"

start_stack
mkdir -p "$XDG_DATA_HOME/unclench/routines"
cat >"$XDG_DATA_HOME/unclench/routines/esc-legs.ini" <<'EOF'
[routine]
title = Legs <i>&</i> toes
kind = stretch
summary = Calves <b>&</b> "feet" 'n' toes.
source = A test of the escaping.

[step1]
title = Calf against the wall
text = Lean into the wall, back heel down.
hold = 30s
reps = 2
EOF
cat >"$T/config.ini" <<EOF
[hydration]
interval = 1h
active_hours = $(active_window)
[schedule]
evening = $(date +%H:%M) daily esc-legs
EOF

start_daemon
wait_for "the hydration reminder in dunst's history" 20 \
    history_has "Time for some water"
wait_for "the session reminder in dunst's history" 20 \
    history_has "Evening stretch: Legs"

# Title: as sent (dunst escapes it itself); shown once-escaped.
history_field summary | grep -qxF 'Evening stretch: Legs <i>&</i> toes, 1 min' ||
    fail "session title not as expected: $(history_field summary)"
history_field message | grep -qF 'Legs &lt;i&gt;&amp;&lt;/i&gt; toes' ||
    fail "title not shown literally: $(history_field message)"
# Body: escaped once by us, never raw, never twice.
body=$(history_field body | grep -F 'Calves')
[ -n "$body" ] || fail "no session body in the history"
case $body in
*'Calves &lt;b&gt;&amp;&lt;/b&gt; &quot;feet&quot; &apos;n&apos; toes.'*) ;;
*) fail "body not escaped once: $body" ;;
esac
case $body in
*'<b>'* | *'&amp;lt;'* | *'&amp;amp;'*) fail "body escaped wrongly: $body" ;;
esac
case $body in
*'or run: unclench stretch esc-legs'*) ;;
*) fail "body does not say how to start it: $body" ;;
esac

# The hydration text says where the user stands (or, without a store,
# gives a tip), and came once: the next is an hour away.
[ "$(history_count 'Time for some water')" -eq 1 ] ||
    fail "expected exactly one hydration reminder"
[ "$(history_count 'Evening stretch')" -eq 1 ] ||
    fail "expected exactly one session reminder"

kill -TERM "$DAEMON_PID"
wait_exit "$DAEMON_PID" 10 || fail "the daemon did not exit within 10 s"
[ "$EXIT_CODE" -eq 0 ] || fail "SIGTERM: exit code $EXIT_CODE, expected 0"
log_has "stopped" || fail "no 'stopped' in the log"
[ ! -e "$XDG_RUNTIME_DIR/unclench/daemon.sock" ] ||
    fail "the control socket was left behind"
if pgrep -f -- "$T/config.ini" >/dev/null; then
	fail "processes left behind: $(pgrep -af -- "$T/config.ini")"
fi
echo "ok: reminders delivered, escaped once, clean exit"
