# shellcheck shell=bash
# tests/lib/wakeups.sh: how often a process wakes up while it should be
# idle, for the idle test and the benchmarks (tests/notify/status_idle.sh,
# tests/bench/status.sh, tests/bench/daemon.sh, through
# tests/notify/lib.sh); sourced, not a test. A wake-up is a voluntary
# context switch (/proc/PID/status): the process ran again after it had
# blocked. The sourcing library defines fail().

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
	echo "wakeups.sh: helpers sourced by the test libraries; nothing to run"
	exit 0
fi

# proc_field PID FIELD: a number from /proc/PID/status (VmRSS in kB, ...).
proc_field() {
	awk -v f="$2:" '$1 == f { print $2 }' "/proc/$1/status"
}

# child_count PID: how many children PID has now.
child_count() { pgrep -P "$1" | wc -l; }

# wakeups SECONDS PID...: each PID's wake-ups over SECONDS, into WAKEUPS
# (in the order given). The sleep is the measured quiet period itself,
# not a wait for something.
WAKEUPS=()
wakeups() {
	local secs=$1 p i=0 before=()
	shift
	for p; do
		before+=("$(proc_field "$p" voluntary_ctxt_switches)")
	done
	sleep "$secs"
	WAKEUPS=()
	for p; do
		WAKEUPS+=($(($(proc_field "$p" voluntary_ctxt_switches) - before[i])))
		i=$((i + 1))
	done
}
