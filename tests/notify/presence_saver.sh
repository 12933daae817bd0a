#!/usr/bin/env bash
# Where logind says nothing (no system bus at all here), the screen saver
# on the session bus decides: active while three hydration reminders fall
# due gives no notification; inactive gives exactly one within 2 s, which
# says how long it has been since the last drink. The
# screen saver leaving the bus and coming back is noticed (its name's
# owner, no polling). Then flapping: ten lock/unlock pairs in a row with
# nothing due give no notification at all. A reload to mode = off stops
# listening, and back to auto listens again.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/presence.bash"

start_stack
start_monitor
cat >"$T/config.ini" <<EOF2
[hydration]
interval = 5s
active_hours = $(active_window)
EOF2
start_screensaver
set_saver true
start_daemon
observe 16
base=0
notify_count_is "$base" || fail "$(( $(notify_count) - base )) notifications while the screen saver was on"
log_has "presence: no system bus" || fail "no word on the missing system bus"
log_has "org.gnome.ScreenSaver answers" || fail "the screen saver was not heard"
log_has "reminders held: away (locked, screen saver)" || fail "nothing said held"
status_has "presence: away (locked, screen saver) since" ||
    fail "status: $("$UNCLENCH" --config "$T/config.ini" daemon --status)"

t0=$(now_ms)
set_saver false
wait_for "the catch-up" 3 notify_count_is $(( base + 1 ))
within_ms "$t0" 2000 || fail "the catch-up took $(( $(now_ms) - t0 )) ms"
observe 2
notify_count_is $(( base + 1 )) || fail "$(( $(notify_count) - base )) notifications after the screen saver went off, expected 1"
# The catch-up says how long it has been since the last drink.
history_has "Welcome back: no drink logged yet today." ||
    fail "the catch-up does not say since when: $(history_field body)"

# The screen saver leaving the bus: nothing says otherwise.
stop_pid "$SAVER_PID"
wait_for "the status to say assumed" 5 status_has "presence: here (assumed"
start_screensaver
wait_for "the screen saver to be heard again" 5 status_has "presence: here (screen saver)"

# Flapping, with the next reminder an hour away (a reload moves it).
sed -i 's/^interval = 5s/interval = 1h/' "$T/config.ini"
kill -HUP "$DAEMON_PID"
wait_for "the reload" 10 log_has "settings reloaded"
base=$(notify_count)
for i in 1 2 3 4 5 6 7 8 9 10; do
	set_saver true
	set_saver false
done
observe 2
notify_count_is "$base" || fail "flapping gave $(( $(notify_count) - base )) notifications"
status_has "presence: here (screen saver)" ||
    fail "status: $("$UNCLENCH" --config "$T/config.ini" daemon --status)"

# A reload to mode = off stops listening; back to auto listens again.
set_saver true
wait_for "the status to say away" 5 status_has "presence: away (locked, screen saver)"
printf '[presence]\nmode = off\n' >>"$T/config.ini"
kill -HUP "$DAEMON_PID"
wait_for "the status to say not watched" 5 status_has "presence: not watched"
sed -i 's/^mode = off/mode = auto/' "$T/config.ini"
kill -HUP "$DAEMON_PID"
wait_for "the status to say away again" 5 status_has "presence: away (locked, screen saver)"

kill -TERM "$DAEMON_PID"
wait_exit "$DAEMON_PID" 10 || fail "the daemon did not exit within 10 s"
[ "$EXIT_CODE" -eq 0 ] || fail "SIGTERM: exit code $EXIT_CODE"
echo "ok: the screen saver holds reminders, one catch-up after it, no burst on flapping"
