# shellcheck shell=bash
# tests/notify/lib.sh: sourced by the notification tests (not a test).
#
# Gives each test a private world: a temporary HOME with the XDG
# directories inside, Xvfb on a display it picks itself, a dbus-daemon of
# its own whose service directory is empty (nothing is auto-started, so a
# killed dunst stays dead), and dunst. Every process started here is a
# child of the test and is stopped and waited for, by PID, in the EXIT trap
# (the process helpers: tests/lib/common.sh).

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
	echo "lib.sh: helpers sourced by the notification tests; nothing to run"
	exit 0
fi
set -u

TOP=${UNCLENCH_TOP:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
UNCLENCH=${UNCLENCH:-$TOP/unclench}

T=$(mktemp -d "${TMPDIR:-/tmp}/unclench-notify.XXXXXX")
export HOME=$T/home
export XDG_CONFIG_HOME=$T/config XDG_DATA_HOME=$T/data
export XDG_STATE_HOME=$T/state XDG_RUNTIME_DIR=$T/run
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_STATE_HOME" \
    "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# Never reach the user's own bus or display, the machine's logind or the
# user's terminals: presence is assumed unless a test sets up a source.
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY XDG_SESSION_ID
export DBUS_SYSTEM_BUS_ADDRESS=unix:path=$T/no-system-bus
export UNCLENCH_PRESENCE_TTY=$T/no-terminal
export LANG=C.UTF-8 LC_ALL=C.UTF-8

# shellcheck source=tests/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
# shellcheck source=tests/lib/wakeups.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/wakeups.sh"

LOG=$XDG_STATE_HOME/unclench/daemon.log
XVFB_PID='' BUS_PID='' DUNST_PID='' DAEMON_PID=''
EXIT_CODE=''		# set by wait_exit
export EXIT_CODE

fail() {
	if [ -s "$T/daemon.out" ]; then
		echo "--- daemon output:" >&2
		tail -n 20 "$T/daemon.out" >&2
	fi
	echo "FAIL: $*" >&2
	if [ -f "$LOG" ]; then
		echo "--- daemon log:" >&2
		tail -n 30 "$LOG" >&2
	fi
	exit 1
}

file_nonempty() { [ -s "$1" ]; }

start_xvfb() {
	Xvfb -displayfd 3 -nolisten tcp -screen 0 640x480x24 \
	    3>"$T/display" >"$T/xvfb.log" 2>&1 &
	XVFB_PID=$!
	LIB_PIDS+=("$XVFB_PID")
	wait_for "Xvfb to choose a display" 20 file_nonempty "$T/display"
	DISPLAY=:$(head -n 1 "$T/display")
	export DISPLAY
}

start_bus() {
	mkdir -p "$T/services"	# empty: no service activation
	cat >"$T/bus.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=$T/bus</listen>
  <auth>EXTERNAL</auth>
  <servicedir>$T/services</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF
	dbus-daemon --nofork --config-file="$T/bus.conf" --print-address=3 \
	    3>"$T/bus.addr" >"$T/bus.log" 2>&1 &
	BUS_PID=$!
	LIB_PIDS+=("$BUS_PID")
	wait_for "the private bus" 20 file_nonempty "$T/bus.addr"
	DBUS_SESSION_BUS_ADDRESS=$(head -n 1 "$T/bus.addr")
	export DBUS_SESSION_BUS_ADDRESS
}

server_has_owner() {
	dbus-send --session --print-reply --dest=org.freedesktop.DBus \
	    /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner \
	    string:org.freedesktop.Notifications 2>/dev/null |
	    grep -q 'boolean true'
}
server_has_no_owner() { ! server_has_owner; }

# start_dunst: a dunst that keeps everything in its history and never
# merges duplicates.
start_dunst() {
	[ -f "$T/dunstrc" ] || cat >"$T/dunstrc" <<EOF
[global]
    font = Monospace 8
    markup = full
    format = "<b>%s</b>\n%b"
    stack_duplicates = false
    sticky_history = yes
    history_length = 100
    show_age_threshold = -1
    idle_threshold = 0
[urgency_low]
    timeout = 30
[urgency_normal]
    timeout = 30
[urgency_critical]
    timeout = 30
EOF
	dunst -config "$T/dunstrc" >>"$T/dunst.log" 2>&1 &
	DUNST_PID=$!
	LIB_PIDS+=("$DUNST_PID")
	wait_for "dunst to own org.freedesktop.Notifications" 20 \
	    server_has_owner
}

stop_dunst() {
	stop_pid "$DUNST_PID"
	DUNST_PID=
	wait_for "the notification name to be released" 20 server_has_no_owner
}

start_stack() {
	start_xvfb
	start_bus
	start_dunst
}

# The notifications dunst has seen, as its JSON history (closes the shown
# ones first: the history holds only closed notifications).
history_json() {
	dunstctl close-all >/dev/null 2>&1
	dunstctl history 2>/dev/null
}

# history_has TEXT: is TEXT in any notification's summary or body?
history_has() {
	history_json | grep -qF -- "$1"
}

# history_count TEXT: how many notifications have TEXT in their title.
history_count() {
	history_field summary | grep -cF -- "$1"
}

# An active window around the current time, so a reminder is due at once
# whatever the hour the test runs: from two hours ago to two hours ahead.
active_window() {
	local now from to
	now=$(( $(date +%-H) * 60 + $(date +%-M) ))
	from=$(( (now + 1440 - 120) % 1440 ))
	to=$(( (now + 120) % 1440 ))
	printf '%02d:%02d-%02d:%02d' $((from / 60)) $((from % 60)) \
	    $((to / 60)) $((to % 60))
}

# shellcheck disable=SC2120	# callers may pass daemon options
# start_daemon [ARGS...]: run the daemon in the background on $T/config.ini
# and wait until it has taken its lock and written its pid.
start_daemon() {
	"$UNCLENCH" --config "$T/config.ini" daemon -v "$@" \
	    >>"$T/daemon.out" 2>&1 &
	DAEMON_PID=$!
	LIB_PIDS+=("$DAEMON_PID")
	wait_for "the daemon to start" 20 daemon_ready
}
daemon_ready() {
	if ! kill -0 "$DAEMON_PID" 2>/dev/null ||
	    [ "$(ps -o stat= -p "$DAEMON_PID" 2>/dev/null)" = Z ]; then
		fail "the daemon exited at start-up"
	fi
	[ -S "$XDG_RUNTIME_DIR/unclench/daemon.sock" ] &&
	    grep -q "started" "$LOG" 2>/dev/null
}

# start_idle_daemon: the daemon on a hydration reminder every 45 minutes,
# its first one delivered to a dunst that closes it after 1 s and the
# delivery's children gone: from here on it has nothing to do for 45
# minutes (the idle test and the benchmarks measure it so).
start_idle_daemon() {
	cat >"$T/dunstrc" <<EOF
[global]
    stack_duplicates = false
[urgency_normal]
    timeout = 1
EOF
	start_stack
	cat >"$T/config.ini" <<EOF
[hydration]
interval = 45m
active_hours = $(active_window)
EOF
	start_daemon
	wait_for "the first reminder" 20 log_has "reminder delivered"
	wait_for "the delivery to finish" 30 daemon_childless
}
daemon_childless() { [ "$(child_count "$DAEMON_PID")" -eq 0 ]; }

# start_followers: three `status --follow` clients, the third with --osc,
# in FOLLOWERS; follower N writes $T/follow.N. Returns once each has
# shown the water.
start_followers() {
	local i osc
	FOLLOWERS=()
	for i in 1 2 3; do
		osc=; [ "$i" -eq 3 ] && osc=--osc
		"$UNCLENCH" status --follow $osc >"$T/follow.$i" 2>&1 &
		FOLLOWERS+=("$!")
		LIB_PIDS+=("$!")
	done
	wait_for "the followers' first lines" 10 followed
}
followed() {
	grep -qF water "$T/follow.1" && grep -qF water "$T/follow.2" &&
	    grep -qF water "$T/follow.3"
}

# wait_exit PID SECONDS: poll until PID has exited; sets EXIT_CODE.
wait_exit() {
	local pid=$1 secs=$2 i
	for ((i = 0; i < secs * 20; i++)); do
		if [ "$(ps -o stat= -p "$pid" 2>/dev/null)" = Z ] ||
		    ! kill -0 "$pid" 2>/dev/null; then
			wait "$pid"
			EXIT_CODE=$?
			return 0
		fi
		sleep 0.05
	done
	return 1
}

log_count() { grep -cF -- "$1" "$LOG" 2>/dev/null || true; }
log_has() { grep -qF -- "$1" "$LOG" 2>/dev/null; }

# history_field FIELD: every value of FIELD (summary, body, message) in
# dunst's history, one per line, as dunstctl prints it (JSON-escaped).
history_field() {
	history_json | awk -v key="\"$1\"" '
		$1 == key { want = 1; next }
		want && $1 == "\"data\"" {
			sub(/^[^:]*: "/, ""); sub(/"$/, ""); print; want = 0
		}'
}
