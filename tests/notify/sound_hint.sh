#!/usr/bin/env bash
# The reminders' sound hints, seen on the bus by dbus-monitor, against a
# notification server (python3-dbusmock's notification_daemon) that
# advertises the "sound" capability: with cues = tones the hydration
# reminder carries sound-name "message-new-instant"; with cues = off it
# carries suppress-sound true and no sound-name. Against a server without
# the capability no sound-name is sent.
source "$(dirname "$0")/lib.sh"

start_bus
MOCK_PID='' MON_PID=''
start_mock() {	# capabilities
	/usr/bin/python3 -m dbusmock --session --template notification_daemon \
	    -p "{\"capabilities\": \"$1\"}" >"$T/mock.log" 2>&1 &
	MOCK_PID=$!
	LIB_PIDS+=("$MOCK_PID")
	wait_for "the mock notification server" 20 server_has_owner
}
start_monitor() {	# file
	dbus-monitor --session \
	    "interface='org.freedesktop.Notifications',member='Notify'" \
	    >"$1" 2>&1 &
	MON_PID=$!
	LIB_PIDS+=("$MON_PID")
	wait_for "dbus-monitor" 20 file_nonempty "$1"
}
notified() { grep -q 'member=Notify' "$1"; }
# run_case CUES MONITOR-FILE: a daemon until its first reminder is sent.
run_case() {
	cat >"$T/config.ini" <<CONF
[hydration]
interval = 1h
active_hours = $(active_window)
[audio]
cues = $1
CONF
	start_monitor "$2"
	start_daemon
	wait_for "the reminder on the bus" 20 notified "$2"
	# The whole call is printed once the message is: let it finish.
	wait_for "the hints" 20 grep -q 'Drank a glass' "$2"
	stop_pid "$DAEMON_PID"
	stop_pid "$MON_PID"
}

start_mock "body actions body-markup sound"
run_case tones "$T/tones.mon"
grep -A1 'string "sound-name"' "$T/tones.mon" | grep -q 'variant *string "message-new-instant"' ||
    fail "no sound-name hint with cues = tones: $(grep -A1 'string "' "$T/tones.mon" | tail -n 12)"
grep -q 'suppress-sound' "$T/tones.mon" && fail "suppress-sound with cues = tones"

run_case off "$T/off.mon"
grep -A1 'string "suppress-sound"' "$T/off.mon" | grep -q 'variant *boolean true' ||
    fail "no suppress-sound hint with cues = off"
grep -q 'sound-name' "$T/off.mon" && fail "sound-name with cues = off"

stop_pid "$MOCK_PID"
wait_for "the mock to go" 20 server_has_no_owner
start_mock "body actions body-markup"
run_case tones "$T/nocap.mon"
grep -q 'sound-name' "$T/nocap.mon" && fail "sound-name sent to a server without sound"
echo "ok: sound-name with the capability, suppress-sound with cues = off"
