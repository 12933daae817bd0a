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
field() { awk -v f="$2:" '$1 == f { print $2 }' "/proc/$1/status"; }
children() { pgrep -P "$1" | wc -l; }

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
no_children() { [ "$(children "$DAEMON_PID")" -eq 0 ]; }
wait_for "the delivery to finish" 30 no_children
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

for i in 1 2 3; do
	osc=; [ "$i" -eq 3 ] && osc=--osc
	"$UNCLENCH" status --follow $osc >"$T/follow.$i" 2>&1 &
	LIB_PIDS+=("$!")
	eval "f$i=$!"
done
followed() { grep -qF water "$T/follow.1" && grep -qF water "$T/follow.2" && grep -qF water "$T/follow.3"; }
wait_for "the followers' first lines" 10 followed
d0=$(field "$DAEMON_PID" voluntary_ctxt_switches)
f0=$(field "$f1" voluntary_ctxt_switches)
sleep "$secs"	# the measured idle period itself
d1=$(field "$DAEMON_PID" voluntary_ctxt_switches)
f1n=$(field "$f1" voluntary_ctxt_switches)

awk -v n="$runs" -v t="$ms_true" -v s="$ms_status" -v secs="$secs" \
    -v d="$((d1 - d0))" -v f="$((f1n - f0))" 'BEGIN {
	printf "%d runs: true %.2f s (%.2f ms each), status --format prompt " \
	    "%.2f s (%.2f ms each); target < 5 s\n", n, t / 1000, t / n,
	    s / 1000, s / n
	printf "idle %d s with 3 followers: daemon wake-ups %d (%.1f/min), " \
	    "a follower %d; target 0/min\n", secs, d, d * 60 / secs, f
}'
