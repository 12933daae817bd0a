#!/usr/bin/env bash
# Input that used to be cut or misnamed silently is refused, saying what
# it is: a [daemon] terminal of more than 32 words (the daemon runs it as
# an argument vector of at most 32, and cut the rest), and a routine that
# is a symlink loop (it was "no such routine (did you mean: loop1?)").
# shellcheck source=tests/cli/lib.sh
. "$(dirname "$0")/lib.sh"

cfg=$work/cfg.ini
printf '[daemon]\nterminal = %s\n' "$(seq -s ' ' 1 33)" >"$cfg"
run "$UNCLENCH" check "$cfg"
expect_rc 1 "terminal of 33 words"
expect_err "^error: $cfg: \[daemon\] terminal: has 33 words \(expected at most 32" \
    "terminal of 33 words"
# Every command that reads the config reports it (and keeps the defaults).
run "$UNCLENCH" --config "$cfg" stats
expect_err "terminal: has 33 words" "stats with a terminal of 33 words"
printf '[daemon]\nterminal = %s\n' "$(seq -s ' ' 1 32)" >"$cfg"
run "$UNCLENCH" check "$cfg"
expect_rc 0 "terminal of 32 words"

dir=$XDG_DATA_HOME/unclench/routines
mkdir -p "$dir"
ln -s loop2.ini "$dir/loop1.ini"
ln -s loop1.ini "$dir/loop2.ini"
for cmd in stretch relax; do
	run "$UNCLENCH" $cmd loop1
	[ "$rc" -ne 0 ] || fail "$cmd loop1: exit 0"
	expect_err "$dir/loop1.ini: cannot open the routine loop1: Too many levels of symbolic links" \
	    "$cmd loop1"
	grep -qF "no such routine" <<<"$err" && fail "$cmd loop1: called missing"
done
finish
