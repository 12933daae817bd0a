#!/usr/bin/env bash
# Benchmark: `unclench status --format prompt`, which runs in every shell
# prompt: 1,000 runs beside 1,000 runs of `true` made the same way (a
# fork and exec each, from one bash loop), with a reminder due so that it
# prints. Then the daemon idle with three `status --follow` clients (one
# with --osc) attached: its voluntary context switches (wake-ups) over a
# quiet period, 60 s unless BENCH_SECONDS says otherwise. Targets
# (printed, never asserted): 1,000 runs in under 5 s; 0 wake-ups a minute.
source "$(dirname "$0")/../notify/lib.sh"

secs=${BENCH_SECONDS:-60}
runs=${BENCH_RUNS:-1000}
start_idle_daemon
[ -n "$("$UNCLENCH" status --format prompt)" ] ||
    fail "the prompt is empty: nothing due to print"

TRUE=$(type -P true)	# the binary, not the builtin
ms_of() {	# CMD...: milliseconds for $runs runs
	local t0 i
	t0=$(date +%s%N)
	for ((i = 0; i < runs; i++)); do
		"$@" >/dev/null
	done
	echo $((($(date +%s%N) - t0) / 1000000))
}
ms_true=$(ms_of "$TRUE")
ms_status=$(ms_of "$UNCLENCH" status --format prompt)

start_followers
# The measured idle period: the daemon and the first follower.
wakeups "$secs" "$DAEMON_PID" "${FOLLOWERS[0]}"

awk -v n="$runs" -v t="$ms_true" -v s="$ms_status" -v secs="$secs" \
    -v d="${WAKEUPS[0]}" -v f="${WAKEUPS[1]}" 'BEGIN {
	printf "%d runs: true %.2f s (%.2f ms each), status --format prompt " \
	    "%.2f s (%.2f ms each); target < 5 s\n", n, t / 1000, t / n,
	    s / 1000, s / n
	printf "idle %d s with 3 followers: daemon wake-ups %d (%.1f/min), " \
	    "a follower %d; target 0/min\n", secs, d, d * 60 / secs, f
}'
