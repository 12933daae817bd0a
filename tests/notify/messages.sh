#!/usr/bin/env bash
# What the daemon says, against what is true: the settings file it reads
# (under XDG_CONFIG_HOME, not a fixed ~/.config), a session held back after
# a gap (not "missed by more than its grace" when it was 20 minutes late
# with an hour's grace), a pause a week ahead (with its date, not just
# "Tue"), --resume with nothing paused, and a session named after its
# kind ("Stretch: Desk break", not "Stretch stretch: Desk break").
source "$(dirname "$0")/lib.sh"

start_stack
early=$(date -d '-20 min' +%H:%M)
# Shortly after midnight the earlier session was yesterday: the log then
# gives its date before the time.
early_at="planned at ($(date -d '-20 min' '+%a %Y-%m-%d') )?$early \\("
late=$(date -d '-10 min' +%H:%M)
mkdir -p "$XDG_CONFIG_HOME/unclench"
cat >"$XDG_CONFIG_HOME/unclench/config.ini" <<EOF
[hydration]
interval = 1h
active_hours = $(active_window)
[daemon]
grace = 1h
[schedule]
early = $early daily bedtime-legs
stretch = $late daily desk-break
EOF

# The user's own file, found through XDG_CONFIG_HOME (no --config).
"$UNCLENCH" daemon -v >>"$T/daemon.out" 2>&1 &
DAEMON_PID=$!
LIB_PIDS+=("$DAEMON_PID")
wait_for "the daemon to start" 20 daemon_ready
cfg=$XDG_CONFIG_HOME/unclench/config.ini
log_has "started (pid $DAEMON_PID, settings from $cfg or the defaults)" ||
    fail "the start-up line does not name $cfg"
status=$("$UNCLENCH" daemon --status) || fail "--status failed"
grep -qxF "settings: defaults and $cfg" <<<"$status" ||
    fail "--status does not name $cfg: $status"
grep -qF "~/.config" <<<"$status" && fail "--status names ~/.config: $status"

# Both sessions are within their grace at start-up, and late: one
# catch-up (the later), the earlier held back, and said so.
wait_for "the session reminder" 20 history_has "Desk break"
wait_for "the earlier session's log line" 10 grep -qE "session early $early_at" "$LOG"
grep -E "session early $early_at" "$LOG" |
    grep -qF "held back: one catch-up after a gap" ||
    fail "the earlier session is not logged as held back"
log_has "missed by more than its grace" &&
    fail "a session 20 minutes late with an hour's grace logged as missed by more than its grace"
# A session named after its kind does not say it twice.
history_field summary | grep -qE '^Stretch: Desk break, [0-9]' ||
    fail "session title: $(history_field summary)"
history_field summary | grep -qi "stretch stretch" &&
    fail "a doubled word in the title: $(history_field summary)"

# --resume with nothing paused says so; a pause a week ahead gives the date.
out=$("$UNCLENCH" daemon --resume) || fail "--resume failed"
[ "$out" = "reminders were not paused" ] || fail "--resume with no pause said: $out"
out=$("$UNCLENCH" daemon --pause 168h) || fail "--pause 168h failed"
want=$(date -d '+168 hours' '+%a %Y-%m-%d')
grep -qF "reminders paused until $want " <<<"$out" ||
    fail "--pause 168h said \"$out\", not the date $want"
"$UNCLENCH" daemon --status | grep -qF "paused until $want " ||
    fail "--status does not give the pause's date"
out=$("$UNCLENCH" daemon --resume) || fail "--resume failed"
[ "$out" = "reminders resumed" ] || fail "--resume of a pause said: $out"

kill -TERM "$DAEMON_PID"
wait_exit "$DAEMON_PID" 10 || fail "the daemon did not exit within 10 s"
[ "$EXIT_CODE" -eq 0 ] || fail "SIGTERM: exit code $EXIT_CODE"
echo "ok: the daemon's messages name the real file, reason and date"
