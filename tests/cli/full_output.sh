#!/usr/bin/env bash
# Output that cannot be written is a failure: with standard output on
# /dev/full (the disk is full) every command that prints exits 1 and says
# so on stderr, instead of 0 with its output lost. The same commands into
# /dev/null exit 0 (the check is on the write, not on the device).
# shellcheck source=tests/cli/lib.sh
. "$(dirname "$0")/lib.sh"

[ -w /dev/full ] || { echo "FAIL: no /dev/full on this machine"; exit 1; }
R=$top/routines/bedtime-legs.ini
for args in "list" "check $R" "help" "--version" "--help" "list --help" \
    "help check" "check --options"; do
	# shellcheck disable=SC2086
	"$UNCLENCH" $args >/dev/null 2>"$work/err"
	rc=$?
	out="" err=$(cat "$work/err")
	expect_rc 0 "$args >/dev/null"
	# shellcheck disable=SC2086
	"$UNCLENCH" $args >/dev/full 2>"$work/err"
	rc=$?
	err=$(cat "$work/err")
	expect_rc 1 "$args >/dev/full"
	expect_err "^unclench: writing to standard output: No space left on device$" \
	    "$args >/dev/full"
done
finish
