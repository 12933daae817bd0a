#!/usr/bin/env bash
# run.sh: alone
# The tmux tests again, against the ASan+UBSan build (build/asan/unclench,
# made by `make SANITIZE=1`): the menu, a stretch routine to its end, pause
# and skip, breathing, the signals, relief, resizing and the records (what
# is done, relief left at once, the length question). They run side by
# side (they mostly wait on the clock). Leaks are checked at every exit;
# any error aborts the program. The test fails if any of them fails or if
# a sanitizer wrote a report.
set -u
TOP=${UNCLENCH_TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
TESTS="menu stretch pause breath signals relief resize records mistakes redflag"
T=$(mktemp -d "${TMPDIR:-/tmp}/unclench-asan.XXXXXX")
# Each test runs as a child in LIB_PIDS: the EXIT trap tells them all to
# end at once, then stops and reaps each by PID (tests/lib/common.sh),
# giving them 30 s to end their own tmux servers before the KILL.
# shellcheck source=tests/lib/common.sh
source "$TOP/tests/lib/common.sh"
cleanup() {
	local p
	for p in "${LIB_PIDS[@]}"; do
		kill -TERM "$p" 2>/dev/null
	done
	LIB_STOP_S=30 lib_stop_pids
	rm -rf "$T"
}
trap cleanup EXIT

fail() {
	echo "FAIL: $*" >&2
	exit 1
}

# Up to date with the sources (a no-op when it is).
make -s -C "$TOP" SANITIZE=1 build/asan/unclench >"$T/make.log" 2>&1 ||
    fail "cannot build build/asan/unclench: $(tail -n 20 "$T/make.log")"
export UNCLENCH_BIN=$TOP/build/asan/unclench
nm "$UNCLENCH_BIN" 2>/dev/null | grep -q __asan_init ||
    fail "$UNCLENCH_BIN is not built with AddressSanitizer"

for t in $TESTS; do
	mkdir -p "$T/$t"
	ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:log_path=$T/$t/asan" \
	UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:log_path=$T/$t/ubsan" \
	    bash "$TOP/tests/tui/$t.sh" >"$T/$t.log" 2>&1 &
	LIB_PIDS+=($!)
done

failed=""
i=0
for t in $TESTS; do
	if ! wait "${LIB_PIDS[i]}"; then
		failed="$failed $t"
		echo "--- tests/tui/$t.sh under ASan:"
		tail -n 25 "$T/$t.log"
	fi
	i=$((i + 1))
done
LIB_PIDS=()

reports=$(find "$T" -name 'asan.*' -o -name 'ubsan.*' | sort)
for r in $reports; do
	echo "--- sanitizer report $r:"
	head -n 40 "$r"
done
[ -z "$reports" ] || fail "sanitizer reports (above)"
[ -z "$failed" ] || fail "failed under ASan:$failed"
echo "ok: $TESTS"
