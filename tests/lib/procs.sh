# shellcheck shell=bash
# tests/lib/procs.sh: stopping processes by PID, each with a deadline;
# sourced by the test libraries (tests/lib/common.sh, tests/lib/tmux.sh),
# not a test. It sets no trap: the library that sources it decides when
# to clean up. Every process a test starts goes into LIB_PIDS, and
# lib_stop_pids stops and reaps them, the newest first.

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
	echo "procs.sh: helpers sourced by the test libraries; nothing to run"
	exit 0
fi
# Once: a test that sources two libraries keeps the PIDS it has.
[ -z "${LIB_PROCS_SH:-}" ] || return 0
LIB_PROCS_SH=1

LIB_PIDS=()		# every process we started, in start order

# pid_alive PID: running (a zombie waiting to be reaped is not).
pid_alive() {
	local st
	st=$(awk '{ print $3 }' "/proc/$1/stat" 2>/dev/null) || return 1
	[ -n "$st" ] && [ "$st" != Z ]
}

# stop_pid PID [SECONDS]: stop and reap one child: TERM, then KILL if it
# lingers past SECONDS (5). A stopped process gets CONT so that it can
# act on the TERM. (Safe under set -e: nothing here fails the caller.)
stop_pid() {
	local pid=$1 max=${2:-5} i
	[ -n "$pid" ] || return 0
	pid_alive "$pid" || { wait "$pid" 2>/dev/null; return 0; }
	kill -TERM "$pid" 2>/dev/null || true
	kill -CONT "$pid" 2>/dev/null || true
	for ((i = 0; i < max * 20; i++)); do
		pid_alive "$pid" || break
		sleep 0.05
	done
	kill -KILL "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null
	return 0
}

# lib_stop_pids: stop_pid each process in LIB_PIDS, the newest first,
# each within LIB_STOP_S seconds (5), then forget them (a PID reaped is
# free for another process).
lib_stop_pids() {
	local i
	for ((i = ${#LIB_PIDS[@]} - 1; i >= 0; i--)); do
		stop_pid "${LIB_PIDS[i]}" "${LIB_STOP_S:-5}"
	done
	LIB_PIDS=()
}

# pids_alive PID...: those of PID still running, one a line.
pids_alive() {
	local p
	for p; do
		pid_alive "$p" && echo "$p"
	done
	return 0
}

# pids_gone SECONDS PID...: poll until none of PID runs, at most SECONDS.
pids_gone() {
	local max=$1 i
	shift
	for ((i = 0; i < max * 20; i++)); do
		[ -z "$(pids_alive "$@")" ] && return 0
		sleep 0.05
	done
	return 1
}

# reap_pids SECONDS PID...: for processes that are not our children
# (tmux started them), which cannot be waited for: poll until every PID
# is gone, at most SECONDS; then SIGKILL what is left, and its children
# (an ASan build's stuck LeakSanitizer tracer), and poll 2 s more.
# Returns 1 if any is still there.
reap_pids() {
	local max=$1 p kids
	shift
	pids_gone "$max" "$@" && return 0
	for p in $(pids_alive "$@"); do
		pid_alive "$p" || continue	# went with its parent just now
		echo "note: pid $p ($(tr '\0' ' ' <"/proc/$p/cmdline" 2>/dev/null))" \
		    "still running ${max}s after it was told to end: SIGKILL" >&2
		kids=$(pgrep -P "$p" || true)
		# shellcheck disable=SC2086
		kill -KILL "$p" $kids 2>/dev/null || true
	done
	pids_gone 2 "$@" && return 0
	echo "warning: could not end pid(s) $(pids_alive "$@" | tr '\n' ' ')" >&2
	return 1
}
