#!/usr/bin/env bash
# run.sh: alone
# make dist: the tarball unpacks into unclench-VERSION/, builds on its own
# (no git, no build directory of ours) and its unit tests pass there.
. "$(dirname "$0")/lib.sh"
if ! git -C "$top" rev-parse --git-dir >/dev/null 2>&1; then
	echo "SKIP: not a git checkout"
	exit 0
fi
version=$("$UNCLENCH" --version | awk '{print $2}')
name=unclench-$version
git -C "$top" archive --format=tar.gz --prefix="$name/" -o "$work/$name.tar.gz" HEAD ||
    fail "git archive"
tar -C "$work" -xzf "$work/$name.tar.gz" || fail "unpack"
[ -f "$work/$name/Makefile" ] || fail "the tarball has no $name/Makefile"
[ ! -e "$work/$name/.git" ] || fail "the tarball carries .git"
make -C "$work/$name" -s unclench >"$work/make.log" 2>&1 ||
    { tail -20 "$work/make.log"; fail "the unpacked tree does not build"; }
run "$work/$name/unclench" check "$work/$name"/routines/*.ini \
    "$work/$name"/themes/*.ini "$work/$name"/config/unclench.ini
expect_rc 0 "the unpacked binary checks the unpacked data"
make -C "$work/$name" -s check-unit >"$work/unit.log" 2>&1 ||
    { tail -20 "$work/unit.log"; fail "unit tests in the unpacked tree"; }
grep -qE '^[0-9]+ passed, 0 failed$' "$work/unit.log" ||
    fail "the unpacked tree's unit tests did not report their counts"
make -C "$top" -s dist >/dev/null 2>&1 && [ -f "$top/$name.tar.gz" ] ||
    fail "make dist did not write $name.tar.gz"
rm -f "$top/$name.tar.gz"
finish
