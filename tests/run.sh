#!/usr/bin/env bash
# Run every test: the cmocka unit and adapter binaries (also their
# ASan/UBSan builds), then each shell test under tests/{cli,tui,notify,...}.
# Prints each result and a final "N passed, N failed" line; exits 1 if any
# failed. ONLY=unit or ONLY=shell runs one half; a pattern as $1 filters.
set -u
cd "$(dirname "$0")/.."
export UNCLENCH_TOP=$PWD
filter=${1:-}
passed=0 failed=0 failures=()
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
	for t in tests/cli/*.sh tests/tui/*.sh tests/notify/*.sh tests/history/*.sh tests/faults/*.sh; do
		[ -f "$t" ] || continue
		case "$t" in */lib.sh) continue ;; esac	# shared helpers
		name=${t#tests/}
		[ -n "$filter" ] && [[ $name != *$filter* ]] && continue
		out="$log_dir/${name//\//_}.log"
		if timeout 300 bash "$t" >"$out" 2>&1; then
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

if [ ${#failures[@]} -gt 0 ]; then
	echo "failed: ${failures[*]}"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
