# shellcheck shell=bash
# tests/lib/common.sh: the process helpers of the tests whose processes
# are the test's own children (tests/audio/lib.sh, tests/notify/lib.sh,
# tests/history/common.bash, tests/faults/asan-tui.sh); sourced by them
# once they have made $T, not a test. Every process a test starts goes
# into LIB_PIDS; the EXIT trap (lib_cleanup) stops and reaps each by PID,
# the newest first, each with a deadline (tests/lib/procs.sh), then
# removes $T. The sourcing file defines fail(), which shows what a
# failure of its own tests needs shown.

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
	echo "common.sh: helpers sourced by the test libraries; nothing to run"
	exit 0
fi

# shellcheck source=tests/lib/procs.sh
source "$(dirname "${BASH_SOURCE[0]}")/procs.sh"

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
