#!/usr/bin/env bash
# One path to the diary, checked on the source: no view reaches the store
# (history.h) itself, they go through the diary (diary.h); the CLI and the
# TUI tell a daemon of a drink through its socket, never by a signal to a
# pid read from a file; the JSON reader includes no adapter, so it builds
# and is fuzzed alone. (A layer table may later check these as a matrix.)
set -u
cd "${UNCLENCH_TOP:-$(dirname "$0")/../..}" || exit 1
fails=0
bad() { echo "FAIL: $*"; fails=$((fails + 1)); }

hits=$(grep -lE '#include "history\.h"' src/view_*.c src/view_*.h || true)
[ -z "$hits" ] || bad "views include history.h (use diary.h): $hits"
hits=$(grep -nE '\bkill\([^)]*SIGUSR1' src/*.c || true)
[ -z "$hits" ] || bad "a drink is told by a signal, not the socket: $hits"
[ -f src/json_read.c ] || bad "no src/json_read.c (the generic JSON reader)"
if [ -f src/json_read.c ]; then
	incs=$(grep -hoE '#include "[a-z_]+\.h"' src/json_read.c src/json_read.h |
	    grep -vE '"(json_read|util)\.h"' || true)
	[ -z "$incs" ] || bad "json_read includes more than util.h: $incs"
	# It builds alone: the reader and the base, nothing else.
	out=${TMPDIR:-/tmp}/unclench-json-read.$$.o
	cc -std=c17 -D_DEFAULT_SOURCE -Isrc -c -o "$out" src/json_read.c ||
	    bad "src/json_read.c does not compile on its own"
	rm -f "$out"
fi
[ "$fails" -eq 0 ] || exit 1
echo "the diary has one path"
