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

field() {	# PID FIELD: a number from /proc/PID/status
	awk -v f="$2:" '$1 == f { print $2 }' "/proc/$1/status"
}
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

"$FLOOR" >"$T/floor.out" &
floor=$!
LIB_PIDS+=("$floor")
wait_for "the floor to start" 10 grep -qs ready "$T/floor.out"

d0=$(field "$DAEMON_PID" voluntary_ctxt_switches)
f0=$(field "$floor" voluntary_ctxt_switches)
sleep "$secs"	# the measured idle period itself
d1=$(field "$DAEMON_PID" voluntary_ctxt_switches)
f1=$(field "$floor" voluntary_ctxt_switches)
drss=$(field "$DAEMON_PID" VmRSS)
frss=$(field "$floor" VmRSS)
dkids=$(children "$DAEMON_PID")
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

awk -v s="$secs" -v d0="$d0" -v d1="$d1" -v f0="$f0" -v f1="$f1" \
    -v dr="$drss" -v fr="$frss" -v k="$dkids" 'BEGIN {
	printf "idle period: %d s\n", s
	printf "  daemon (after one reminder)  VmRSS %6.2f MB  " \
	    "wake-ups %d (%.1f/min)  children %d\n", dr / 1024, d1 - d0,
	    (d1 - d0) * 60 / s, k
	printf "  floor (libnotify, asleep)    VmRSS %6.2f MB  " \
	    "wake-ups %d (%.1f/min)\n", fr / 1024, f1 - f0, (f1 - f0) * 60 / s
	printf "  memory daemon/floor: %.2fx (target <= 1.5x); " \
	    "wake-ups target 0-2/min\n", dr / fr
}'
