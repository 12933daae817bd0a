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

if [ "${ONLY:-}" != unit ]; then
	for t in tests/cli/*.sh tests/tui/*.sh tests/notify/*.sh tests/history/*.sh tests/faults/*.sh tests/audio/*.sh; do
		[ -f "$t" ] || continue
		case "$t" in */lib.sh) continue ;; esac	# shared helpers
		name=${t#tests/}
		[ -n "$filter" ] && [[ $name != *$filter* ]] && continue
		out="$log_dir/${name//\//_}.log"
		if UNCLENCH_TEST_RUN="$run_id:$name" timeout 300 bash "$t" \
		    >"$out" 2>&1; then
			passed=$((passed + 1))
			echo "ok   $name"
		else
			failed=$((failed + 1))
			failures+=("$name")
			echo "FAIL $name (log: $out)"
			tail -n 25 "$out" | sed 's/^/    /'
		fi
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
