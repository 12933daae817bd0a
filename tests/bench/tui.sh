#!/usr/bin/env bash
# TUI benchmarks (figures beside their floor or target; nothing asserted):
#  1. exec to first full frame on a fresh pty, median of runs: a minimal
#     curses program built here (the floor), `unclench stretch NAME` and
#     `unclench now calf` (targets: 1.5x and 1.3x the floor); and `now
#     calf` against a full-screen floor (80x24 of colour text, a box rule
#     and block digits, built here too), the two run in turn, floor then
#     unclench, each run on its own pty (target: 1.1x);
#  2. during a 60 s hold: CPU time, wake-ups (context switches) and bytes
#     written to the terminal, measured over a 20 s window and scaled to
#     a minute / second (targets: < 0.1 s CPU per minute, <= 2 wake-ups a
#     second, < 300 bytes a second); the breathing animation of
#     `unclench breathe box` (targets: <= 4 wake-ups a second, <= 400
#     bytes a second; before issue 14: about 12/s and 1010 B/s);
#  3. timer accuracy over a 5-minute routine on the real clock: each phase
#     change against its scheduled time, from UNCLENCH_TEST_TRACE (target:
#     within 50 ms, no drift). Runs beside 1 and 2; about 5 minutes in all.
set -u
cd "$(dirname "$0")/../.." || exit 1
TOP=$PWD
BIN=$TOP/unclench
FF=$TOP/build/tests/firstframe
RUNS=${RUNS:-31}
WINDOW=${WINDOW:-20}

if [ ! -x "$BIN" ] || [ ! -x "$FF" ]; then
	echo "build first (make bench)"
	exit 1
fi
T=$(mktemp -d "${TMPDIR:-/tmp}/unclench-bench.XXXXXX")
acc_pid=
cleanup() {
	[ -n "$acc_pid" ] && kill "$acc_pid" 2>/dev/null && wait "$acc_pid"
	rm -rf "$T"
}
trap cleanup EXIT

export HOME=$T/home XDG_CONFIG_HOME=$T/config XDG_DATA_HOME=$T/data
export XDG_STATE_HOME=$T/state XDG_RUNTIME_DIR=$T/run
export TERM=xterm-256color LANG=C.UTF-8
unset NO_COLOR UNCLENCH_TEST_TIME_SCALE UNCLENCH_TEST_WALL UNCLENCH_TEST_TRACE
mkdir -p "$HOME" "$XDG_CONFIG_HOME/unclench" "$XDG_DATA_HOME/unclench/routines" \
    "$XDG_STATE_HOME" "$XDG_RUNTIME_DIR"
cp tests/tui/data/t-hold60.ini tests/tui/data/t-5min.ini \
    "$XDG_DATA_HOME/unclench/routines/"
printf '[general]\nget_ready = 0s\nbell = no\n' \
    >"$XDG_CONFIG_HOME/unclench/config.ini"

# The floor: init, one line, refresh (and wait to be stopped).
cat >"$T/floor.c" <<'EOF'
#include <curses.h>
#include <locale.h>
int
main(void)
{
	setlocale(LC_ALL, "");
	initscr();
	mvaddstr(0, 0, "floor ready");
	refresh();
	getch();
	endwin();
	return 0;
}
EOF
# shellcheck disable=SC2046
cc -O2 -o "$T/floor" "$T/floor.c" $(pkg-config --cflags --libs ncursesw) ||
    { echo "cannot build the floor program"; exit 1; }

# The full-screen floor: what unclench's relief frame draws, at least:
# every cell in colour, a box rule, block digits; "floor ready" last.
cat >"$T/floor2.c" <<'EOF'
#include <curses.h>
#include <locale.h>
static const char *const digit[5] = { "██████    ██", "    ██  ████",
    "██████    ██", "██        ██", "██████  ██████" };
int
main(void)
{
	int	y, x;

	setlocale(LC_ALL, "");
	initscr();
	cbreak();
	noecho();
	keypad(stdscr, TRUE);
	curs_set(0);
	start_color();
	use_default_colors();
	for (y = 1; y <= 6; y++)
		init_pair((short)y, (short)(y + 1), -1);
	for (y = 0; y < LINES - 1; y++) {
		attrset(COLOR_PAIR(1 + y % 6) | (y % 3 == 0 ? A_BOLD : 0));
		for (x = 0; x + 10 <= COLS; x += 10)
			mvaddstr(y, x, "cramp text");
	}
	attrset(COLOR_PAIR(2));
	for (x = 0; x < COLS; x++)
		mvaddstr(1, x, "\xe2\x94\x80");
	attrset(COLOR_PAIR(3) | A_BOLD);
	for (y = 0; y < 5; y++)
		mvaddstr(8 + y, COLS / 2 - 7, digit[y]);
	attrset(COLOR_PAIR(4));
	mvaddstr(LINES - 1, 0, "Enter next  e it has eased  floor ready");
	refresh();
	getch();
	endwin();
	return 0;
}
EOF
# shellcheck disable=SC2046
cc -O2 -o "$T/floor2" "$T/floor2.c" $(pkg-config --cflags --libs ncursesw) ||
    { echo "cannot build the full-screen floor program"; exit 1; }

# 3 starts first (it takes 5 minutes) and runs beside the rest.
(
	UNCLENCH_TEST_TRACE=$T/trace "$FF" -m 297 -t "q quit" -- \
	    "$BIN" stretch t-5min >"$T/acc.out" 2>&1
) &
acc_pid=$!

ms() {	# microseconds -> "1.23 ms"
	awk -v u="$1" 'BEGIN { printf "%.2f ms", u / 1000 }'
}

echo "first frame (exec to full frame on a pty, median of $RUNS runs):"
read -r floor fmin _ < <("$FF" -n "$RUNS" -t "floor ready" -- "$T/floor")
read -r st smin _ < <("$FF" -n "$RUNS" -t "q quit" -- "$BIN" stretch t-hold60)
read -r nw nmin _ < <("$FF" -n "$RUNS" -t "q quit" -- "$BIN" now calf)
printf '  %-26s %10s  (min %s)\n' "floor (minimal curses)" "$(ms "$floor")" "$(ms "$fmin")"
printf '  %-26s %10s  (min %s)  %.2fx floor, target 1.5x\n' \
    "unclench stretch NAME" "$(ms "$st")" "$(ms "$smin")" \
    "$(awk -v a="$st" -v b="$floor" 'BEGIN { print a / b }')"
printf '  %-26s %10s  (min %s)  %.2fx floor, target 1.3x\n' \
    "unclench now calf" "$(ms "$nw")" "$(ms "$nmin")" \
    "$(awk -v a="$nw" -v b="$floor" 'BEGIN { print a / b }')"

# Interleaved: floor, unclench, floor, unclench ... one run each, so a
# slow patch of the shared machine costs both alike; medians of each.
median() {
	sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}
: >"$T/f2"
: >"$T/n2"
for ((i = 0; i < RUNS; i++)); do
	"$FF" -n 1 -t "floor ready" -- "$T/floor2" | awk '{ print $1 }' >>"$T/f2"
	"$FF" -n 1 -t "q quit" -- "$BIN" now calf | awk '{ print $1 }' >>"$T/n2"
done
f2=$(median <"$T/f2")
n2=$(median <"$T/n2")
printf '  %-26s %10s\n' "floor (full screen)" "$(ms "$f2")"
printf '  %-26s %10s  %.2fx floor, target 1.1x (interleaved, %d runs each)\n' \
    "unclench now calf" "$(ms "$n2")" \
    "$(awk -v a="$n2" -v b="$f2" 'BEGIN { print a / b }')" "$RUNS"

cost() {	# label text command...: one measured window
	local label=$1 text=$2 bytes ticks vol invol hz
	shift 2
	read -r bytes ticks vol invol hz < <("$FF" -m "$WINDOW" -t "$text" -- "$@")
	awk -v l="$label" -v b="$bytes" -v t="$ticks" -v v="$vol" -v i="$invol" \
	    -v hz="$hz" -v w="$WINDOW" 'BEGIN {
		printf "  %-28s CPU %.3f s/min (target < 0.1)  wake-ups %.2f/s (target <= 2; + %.2f/s preempted)  %.0f bytes/s (target < 300)\n",
		    l, t / hz * 60 / w, v / w, i / w, b / w }'
}
echo "cost while running (${WINDOW} s window, scaled):"
cost "60 s hold (stretch)" "q quit" "$BIN" stretch t-hold60
read -r bytes _ vol invol _ < <("$FF" -m "$WINDOW" -t "q quit" -- \
    "$BIN" breathe box)
awk -v b="$bytes" -v v="$vol" -v i="$invol" -v w="$WINDOW" 'BEGIN {
	printf "  %-28s wake-ups %.2f/s (target <= 4; before issue 14 about 12; + %.2f/s preempted)  %.0f bytes/s (target <= 400; before about 1010)\n",
	    "breathing (breathe box)", v / w, i / w, b / w }'
echo "  (CPU resolution: one clock tick, $(getconf CLK_TCK)/s; 0 means under one tick)"

echo "timer accuracy (5-minute routine, real clock; waiting for it to end):"
wait "$acc_pid"
acc_pid=
awk '$1 == "phase" {
	late = $6 / 1000 - $4	# displayed (real us) minus scheduled (ms)
	n++; sum += late; if (late > max) max = late
	if (n == 1) first = late
	last = late
	lat[n] = late
}
END {
	if (n == 0) { print "  no phase events traced"; exit }
	h = int(n / 2)
	for (i = 1; i <= h; i++) a += lat[i]
	for (i = h + 1; i <= n; i++) b += lat[i]
	printf "  %d phase changes: late by mean %.2f ms, max %.2f ms (target: every one within 50 ms)\n", n, sum / n, max
	printf "  drift: first half mean %.2f ms, second half %.2f ms (target: no growth)\n", a / h, b / (n - h)
}' "$T/trace"
