#!/usr/bin/env bash
# run.sh: alone
# make install into a temporary prefix (with DESTDIR staging for the
# man pages), then the installed binary, run from outside the source tree,
# finds the installed routines and themes; make uninstall removes it all.
. "$(dirname "$0")/lib.sh"
prefix=$work/prefix
build=$work/build
make -C "$top" --no-print-directory -s PREFIX="$prefix" BUILD="$build" \
    install >"$work/make.log" 2>&1 || { cat "$work/make.log"; fail "make install"; finish; }

for f in bin/unclench share/unclench/routines/relief-calf.ini \
    share/unclench/themes/night.ini share/unclench/config/unclench.ini; do
	[ -e "$prefix/$f" ] || fail "make install did not install $f"
done
for m in doc/*.1 doc/*.5; do
	[ -e "$top/$m" ] || continue
	sec=${m##*.}
	[ -e "$prefix/share/man/man$sec/$(basename "$m")" ] || fail "man page $m not installed"
done

cd "$work" || exit 1
run "$prefix/bin/unclench" list --kind stretch
expect_rc 0 "installed list"
expect_out "^bedtime-legs +stretch" "installed binary finds installed routines"
run "$prefix/bin/unclench" check "$prefix"/share/unclench/routines/*.ini
expect_rc 0 "installed routines check"

make -C "$top" --no-print-directory -s PREFIX="$prefix" BUILD="$build" \
    uninstall >"$work/make.log" 2>&1 || fail "make uninstall"
left=$(find "$prefix" -type f | head -n 5)
[ -z "$left" ] || fail "make uninstall left files: $left"
finish
