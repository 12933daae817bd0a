#!/usr/bin/env bash
# run.sh: alone
# `make SANITIZE=1` builds the ASan/UBSan binary in build/asan/ and leaves
# ./unclench alone (it used to copy the ASan build over it, so the next
# tests and `make install` ran a sanitizer build). Asked of make itself,
# dry-run, with build/asan/unclench taken as just rebuilt (-W).
set -u
TOP=${UNCLENCH_TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
fail() { echo "FAIL: $*"; exit 1; }
command -v make >/dev/null || fail "make is not installed"

for goal in "" unclench all; do
	# shellcheck disable=SC2086
	plan=$(make -n -C "$TOP" -W build/asan/unclench SANITIZE=1 $goal 2>&1) ||
	    fail "make -n SANITIZE=1 $goal: $plan"
	grep -qE '(^|[ ;&])(cp|mv|install|ln)( -[a-z]+)* [^ ]*build/asan/unclench' <<<"$plan" &&
	    fail "make SANITIZE=1 $goal would copy the ASan build: $(grep -E 'build/asan/unclench' <<<"$plan" | head -3)"
	grep -qE 'unclench\.tmp' <<<"$plan" &&
	    fail "make SANITIZE=1 $goal would replace ./unclench"
done
# The normal build still installs ./unclench from build/unclench.
plan=$(make -n -C "$TOP" -W build/unclench unclench 2>&1)
grep -qF "cp build/unclench unclench.tmp" <<<"$plan" || fail "make unclench no longer updates ./unclench: $plan"
echo "ok: SANITIZE=1 leaves ./unclench alone"
