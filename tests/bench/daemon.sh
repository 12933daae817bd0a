#!/usr/bin/env bash
# Benchmark: the reminder daemon idle between events, beside the floor (a
# C program that only initialises libnotify and sleeps). Figures: resident
# memory (VmRSS) and voluntary context switches (wake-ups) over a quiet
# period, 60 s unless BENCH_SECONDS says otherwise. The daemon first
# delivers one reminder to a private dunst, so the figures include what a
# delivery leaves behind; its next event is 45 minutes away. Targets
# (printed, never asserted): 0-2 switches a minute, memory within 1.5x of
# the floor.
source "$(dirname "$0")/../notify/lib.sh"

secs=${BENCH_SECONDS:-60}
FLOOR=$TOP/build/tests/notify_floor
[ -x "$FLOOR" ] || fail "$FLOOR is missing: make build/tests/notify_floor"

start_idle_daemon

"$FLOOR" >"$T/floor.out" &
floor=$!
LIB_PIDS+=("$floor")
wait_for "the floor to start" 10 grep -qs ready "$T/floor.out"

wakeups "$secs" "$DAEMON_PID" "$floor"	# the measured idle period
drss=$(proc_field "$DAEMON_PID" VmRSS)
frss=$(proc_field "$floor" VmRSS)
dkids=$(child_count "$DAEMON_PID")
if [ -n "${BENCH_VERBOSE:-}" ]; then
	grep -E 'Rss|VmHWM' "/proc/$DAEMON_PID/status"
	grep -E 'Rss|VmHWM' "/proc/$floor/status"
	for p in "$DAEMON_PID" "$floor"; do
		echo "== $p"
		awk '/^[0-9a-f]+-/ { name = $6 } /^Rss:/ { r[name] += $2 }
		    END { for (n in r) if (r[n] > 100) print r[n], n }' \
		    "/proc/$p/smaps" | sort -rn | head -12
	done
fi

awk -v s="$secs" -v d="${WAKEUPS[0]}" -v f="${WAKEUPS[1]}" \
    -v dr="$drss" -v fr="$frss" -v k="$dkids" 'BEGIN {
	printf "idle period: %d s\n", s
	printf "  daemon (after one reminder)  VmRSS %6.2f MB  " \
	    "wake-ups %d (%.1f/min)  children %d\n", dr / 1024, d,
	    d * 60 / s, k
	printf "  floor (libnotify, asleep)    VmRSS %6.2f MB  " \
	    "wake-ups %d (%.1f/min)\n", fr / 1024, f, f * 60 / s
	printf "  memory daemon/floor: %.2fx (target <= 1.5x); " \
	    "wake-ups target 0-2/min\n", dr / fr
}'
