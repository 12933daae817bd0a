#!/usr/bin/env bash
# Run every test: the cmocka unit and adapter binaries (also their
# ASan/UBSan builds), then each shell test under tests/{cli,tui,notify,...}.
# Prints each result and a final "N passed, N failed" line; exits 1 if any
# failed. ONLY=unit or ONLY=shell runs one half; a pattern as $1 filters.
# At the end no process of the suite's own may be left running: each
# shell test runs with UNCLENCH_TEST_RUN=RUN:TEST in its environment,
# which everything it starts inherits (tmux servers and the programs in
# them, dunst, Xvfb, dbus-daemon); a process still carrying it is
# reported with the test that left it, killed, and counted as a failure.
set -u
cd "$(dirname "$0")/.."
export UNCLENCH_TOP=$PWD
filter=${1:-}
passed=0 failed=0 failures=()
run_id="$$.$(date +%s%N)"
log_dir=build/test-logs
mkdir -p "$log_dir"

run_cmocka() {	# binary label
	local bin=$1 label=$2 out rc p f
	out="$log_dir/${label//\//_}.log"
	"$bin" >"$out" 2>&1
	rc=$?
	p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$out" | tail -n 1)
	f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$out" | tail -n 1)
	p=${p:-0} f=${f:-0}
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		f=1	# crashed or sanitizer report: count it
	fi
	passed=$((passed + p)) failed=$((failed + f))
	if [ "$f" -ne 0 ]; then
		failures+=("$label")
		echo "FAIL $label ($p passed, $f failed; log: $out)"
		grep -E '^\[  (FAILED|  ERROR)|ERROR|Sanitizer|runtime error' "$out" | head -20
	else
		echo "ok   $label ($p tests)"
	fi
}

if [ "${ONLY:-}" != shell ]; then
	for bin in build/tests/test_*; do
		[ -x "$bin" ] || continue
		case "$bin" in *.d|*.o) continue ;; esac
		name=${bin##*/}
		[ -n "$filter" ] && [[ $name != *$filter* ]] && continue
		run_cmocka "$bin" "$name"
	done
	for bin in build/asan/tests/test_*; do
		[ -x "$bin" ] || continue
		case "$bin" in *.d|*.o) continue ;; esac
		name=${bin##*/}
		[ -n "$filter" ] && [[ $name != *$filter* ]] && continue
		ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 \
		UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
		    run_cmocka "$bin" "asan/$name"
	done
fi

# Shell tests run UNCLENCH_TEST_JOBS at a time (2): most of their time is
# spent waiting on a screen, a timer or a bus, not on a core. A test that
# measures time or load, or runs make in the tree, has the line
# "# run.sh: alone" and runs by itself once the others are done.
jobs_max=${UNCLENCH_TEST_JOBS:-2}
declare -A running=()	# pid -> test name

report_shell() {	# name rc
	local name=$1 rc=$2 out="$log_dir/${1//\//_}.log"
	if [ "$rc" -eq 0 ]; then
		passed=$((passed + 1))
		echo "ok   $name"
	else
		failed=$((failed + 1))
		failures+=("$name")
		echo "FAIL $name (log: $out)"
		tail -n 25 "$out" | sed 's/^/    /'
	fi
}

reap_shell() {	# wait for one running test and report it
	local pid rc
	wait -n -p pid "${!running[@]}"
	rc=$?
	report_shell "${running[$pid]}" "$rc"
	unset "running[$pid]"
}

start_shell() {	# test-file name
	local out="$log_dir/${2//\//_}.log"
	UNCLENCH_TEST_RUN="$run_id:$2" timeout 300 bash "$1" >"$out" 2>&1 &
	running[$!]=$2
}

if [ "${ONLY:-}" != unit ]; then
	alone=()
	for t in tests/cli/*.sh tests/tui/*.sh tests/notify/*.sh tests/history/*.sh tests/faults/*.sh tests/audio/*.sh; do
		[ -f "$t" ] || continue
		case "$t" in */lib.sh) continue ;; esac	# shared helpers
		name=${t#tests/}
		[ -n "$filter" ] && [[ $name != *$filter* ]] && continue
		if grep -q '^# run.sh: alone' "$t"; then
			alone+=("$t")
			continue
		fi
		while [ ${#running[@]} -ge "$jobs_max" ]; do
			reap_shell
		done
		start_shell "$t" "$name"
	done
	while [ ${#running[@]} -gt 0 ]; do
		reap_shell
	done
	for t in "${alone[@]}"; do
		start_shell "$t" "${t#tests/}"
		reap_shell
	done
fi

# leftovers: "PID TEST COMMAND" for each live process with our marker.
leftovers() {
	local f pid test
	for f in $(grep -lsz -- "^UNCLENCH_TEST_RUN=$run_id:" /proc/[0-9]*/environ); do
		pid=${f#/proc/}
		pid=${pid%/environ}
		[ "$(awk '{ print $3 }' "/proc/$pid/stat" 2>/dev/null)" = Z ] &&
		    continue
		test=$(tr '\0' '\n' <"$f" 2>/dev/null |
		    sed -n "s/^UNCLENCH_TEST_RUN=$run_id://p" | head -n 1)
		echo "$pid $test $(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)"
	done
}
if [ "${ONLY:-}" != unit ]; then
	# Processes just told to end get a few seconds to do so.
	for ((i = 0; i < 100; i++)); do
		[ -z "$(leftovers)" ] && break
		sleep 0.1
	done
	left=$(leftovers)
	if [ -n "$left" ]; then
		failed=$((failed + 1))
		failures+=("leftover-processes")
		echo "FAIL processes left running by the tests (pid, test, command):"
		sed 's/^/    /' <<<"$left"
		while read -r pid _; do
			kill -KILL "$pid" 2>/dev/null
		done <<<"$left"
	else
		echo "ok   no process of the tests left running"
	fi
fi

if [ ${#failures[@]} -gt 0 ]; then
	echo "failed: ${failures[*]}"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
