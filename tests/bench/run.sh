#!/usr/bin/env bash
# make bench: run every benchmark script beside this one. Each prints its
# figures (with the floor they are compared against); none asserts timing.
set -u
cd "$(dirname "$0")/../.."
status=0
for b in tests/bench/*.sh; do
	[ "$(basename "$b")" = run.sh ] && continue
	echo "== ${b#tests/bench/}"
	bash "$b" || { echo "(benchmark $b failed)"; status=1; }
	echo
done
exit $status
