# shellcheck shell=bash
# tests/lib/common.sh: the process helpers of the test libraries whose
# processes are the test's own children (tests/audio/lib.sh,
# tests/notify/lib.sh); sourced by them once they have made $T, not a
# test. Every process a test starts goes into LIB_PIDS; the EXIT trap
# (lib_cleanup) stops and reaps each by PID, the newest first, each with
# a deadline, then removes $T. The sourcing library defines fail(),
# which shows what a failure of its own tests needs shown.

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
	echo "common.sh: helpers sourced by the test libraries; nothing to run"
	exit 0
fi

LIB_PIDS=()		# every process we started, in start order

# Stop and reap one child: TERM, then KILL if it lingers. A stopped
# process gets CONT so that it can act on the TERM.
stop_pid() {
	local pid=$1 i
	[ -n "$pid" ] || return 0
	kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null; return 0; }
	kill -TERM "$pid" 2>/dev/null
	kill -CONT "$pid" 2>/dev/null
	for ((i = 0; i < 100; i++)); do
		kill -0 "$pid" 2>/dev/null || break
		# A zombie child still answers kill -0: see whether it exited.
		[ "$(ps -o stat= -p "$pid" 2>/dev/null)" = Z ] && break
		sleep 0.05
	done
	kill -KILL "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	return 0
}

# Stop and reap every process in LIB_PIDS, the newest first.
lib_stop_pids() {
	local i
	for ((i = ${#LIB_PIDS[@]} - 1; i >= 0; i--)); do
		stop_pid "${LIB_PIDS[i]}"
	done
}

# A library with more to stop defines its own lib_cleanup after this.
lib_cleanup() {
	lib_stop_pids
	rm -rf "$T"
}
trap lib_cleanup EXIT
trap 'exit 1' INT TERM HUP

# wait_for DESCRIPTION SECONDS COMMAND...: poll in 50 ms steps, bounded.
wait_for() {
	local what=$1 secs=$2 i
	shift 2
	for ((i = 0; i < secs * 20; i++)); do
		"$@" && return 0
		sleep 0.05
	done
	fail "timed out after ${secs}s waiting for $what"
}
