# shellcheck shell=bash
# tests/notify/presence.bash: sourced (after lib.sh) by the presence tests.
#
# A private system bus of the test's own (for logind), python3-dbusmock's
# logind and gnome_screensaver templates on the private buses, and an
# exact count of the notifications sent (dbus-monitor on the session bus).
# Every process is a child of the test, stopped by PID in lib.sh's trap.
# A part that cannot start fails the test.

PY=/usr/bin/python3	# the python with the system's dbus module
SYSBUS_PID='' LOGIND_PID='' SAVER_PID='' MONITOR_PID=''
SESSION_ID=c1

"$PY" -c 'import dbusmock' 2>/dev/null ||
    fail "python3-dbusmock is not installed (apt-get install python3-dbusmock)"

start_system_bus() {
	sed -e "s|<type>session</type>|<type>system</type>|" \
	    -e "s|unix:path=$T/bus|unix:path=$T/sysbus|" \
	    "$T/bus.conf" >"$T/sysbus.conf"
	rm -f "$T/sysbus" "$T/sysbus.addr"
	dbus-daemon --nofork --config-file="$T/sysbus.conf" \
	    --print-address=3 3>"$T/sysbus.addr" >>"$T/sysbus.log" 2>&1 &
	SYSBUS_PID=$!
	LIB_PIDS+=("$SYSBUS_PID")
	wait_for "the private system bus" 20 file_nonempty "$T/sysbus.addr"
	# Without the printed guid=: a bus restarted on the same path has a
	# new one, and sd-bus rightly refuses a server that is not the one
	# the address names. A real system bus's address names none.
	export DBUS_SYSTEM_BUS_ADDRESS=unix:path=$T/sysbus
}

name_owned() {	# BUS NAME
	dbus-send "--$1" --print-reply --dest=org.freedesktop.DBus \
	    /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner \
	    "string:$2" 2>/dev/null | grep -q 'boolean true'
}

# start_logind: the logind mock with one active session of ours, which
# the daemon finds through XDG_SESSION_ID.
start_logind() {
	"$PY" -m dbusmock --system --template logind >>"$T/logind.log" 2>&1 &
	LOGIND_PID=$!
	LIB_PIDS+=("$LOGIND_PID")
	wait_for "the logind mock" 20 name_owned system org.freedesktop.login1
	dbus-send --system --print-reply --dest=org.freedesktop.login1 \
	    /org/freedesktop/login1 org.freedesktop.DBus.Mock.AddSession \
	    "string:$SESSION_ID" string:seat0 "uint32:$(id -u)" \
	    "string:$(id -un)" boolean:true >/dev/null ||
	    fail "AddSession on the logind mock failed"
	export XDG_SESSION_ID=$SESSION_ID
}

stop_logind() {
	stop_pid "$LOGIND_PID"
	LOGIND_PID=
}

set_locked() {	# true | false
	dbus-send --system --print-reply --dest=org.freedesktop.login1 \
	    "/org/freedesktop/login1/session/$SESSION_ID" \
	    org.freedesktop.login1.Session.SetLockedHint "boolean:$1" \
	    >/dev/null || fail "SetLockedHint $1 failed"
}

prepare_for_sleep() {	# true | false
	gdbus call --system --dest org.freedesktop.login1 \
	    --object-path /org/freedesktop/login1 \
	    --method org.freedesktop.DBus.Mock.EmitSignal \
	    org.freedesktop.login1.Manager PrepareForSleep b "[<$1>]" \
	    >/dev/null || fail "PrepareForSleep($1) failed"
}

start_screensaver() {
	"$PY" -m dbusmock --template gnome_screensaver >>"$T/saver.log" 2>&1 &
	SAVER_PID=$!
	LIB_PIDS+=("$SAVER_PID")
	wait_for "the screen saver mock" 20 name_owned session \
	    org.gnome.ScreenSaver
}

set_saver() {	# true | false
	dbus-send --session --print-reply --dest=org.gnome.ScreenSaver \
	    /org/gnome/ScreenSaver org.gnome.ScreenSaver.SetActive \
	    "boolean:$1" >/dev/null || fail "SetActive $1 failed"
}

# start_monitor: count every Notify call on the session bus.
start_monitor() {
	dbus-monitor --session \
	    "interface='org.freedesktop.Notifications',member='Notify'" \
	    >"$T/monitor.out" 2>&1 &
	MONITOR_PID=$!
	LIB_PIDS+=("$MONITOR_PID")
	# dbus-monitor prints its own NameAcquired signal once it listens.
	wait_for "dbus-monitor to listen" 20 grep -q NameAcquired \
	    "$T/monitor.out"
}
notify_count() { grep -c 'member=Notify' "$T/monitor.out" || true; }
notify_count_is() { [ "$(notify_count)" -eq "$1" ]; }
notify_count_atleast() { [ "$(notify_count)" -ge "$1" ]; }

status_has() { "$UNCLENCH" --config "$T/config.ini" daemon --status 2>&1 |
    grep -qF -- "$1"; }

# now_ms: the wall clock in ms, for "within 2 s".
now_ms() { date +%s%3N; }

# within_ms START_MS LIMIT_MS: has no more than LIMIT_MS passed?
within_ms() { [ $(( $(now_ms) - $1 )) -le "$2" ]; }

# hold_until SECONDS_FROM_NOW: a bounded observation window (asserting
# that nothing happens needs one); fails the test if the daemon died.
observe() {
	local until=$(( $(now_ms) + $1 * 1000 ))
	while [ "$(now_ms)" -lt "$until" ]; do
		kill -0 "$DAEMON_PID" 2>/dev/null || fail "the daemon died"
		sleep 0.1
	done
}

# start_bare_logind: a dbusmock with no template owning logind's name, for
# a logind that misbehaves (methods added by the test).
start_bare_logind() {
	"$PY" -m dbusmock --system org.freedesktop.login1 \
	    /org/freedesktop/login1 org.freedesktop.login1.Manager \
	    >>"$T/logind.log" 2>&1 &
	LOGIND_PID=$!
	LIB_PIDS+=("$LOGIND_PID")
	wait_for "the bare logind mock" 20 name_owned system org.freedesktop.login1
	export XDG_SESSION_ID=$SESSION_ID
}

# mock_method NAME IN OUT CODE: add a method to the bare logind's manager.
mock_method() {
	dbus-send --system --print-reply --dest=org.freedesktop.login1 \
	    /org/freedesktop/login1 org.freedesktop.DBus.Mock.AddMethod \
	    string:org.freedesktop.login1.Manager "string:$1" "string:$2" \
	    "string:$3" "string:$4" >/dev/null || fail "AddMethod $1 failed"
}

# poll_for SECONDS COMMAND...: like wait_for, but only returns its status
# (what follows asserts the behaviour itself).
poll_for() {
	local secs=$1 i
	shift
	for ((i = 0; i < secs * 20; i++)); do
		"$@" && return 0
		sleep 0.05
	done
	return 1
}
