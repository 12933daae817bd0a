#!/usr/bin/env bash
# run.sh: alone
# Build hygiene for package builds: CPPFLAGS, CFLAGS and LDFLAGS from the
# environment (as dpkg-buildflags exports them) are on every compile and
# link line; missing build dependencies are named, with their packages and
# the command that installs them, before any compile, and make fails;
# INSTALL_DEPS=0 (and `make check-offline`) installs nothing, while
# `make check` still does.
. "$(dirname "$0")/lib.sh"
out='' err=''
# The makes here are this test's own: the variables of the make that runs
# the suite (INSTALL_DEPS=0 from `make check-offline`) are not passed down.
unset MAKEFLAGS MFLAGS MAKELEVEL INSTALL_DEPS
mk() { make -C "$top" --no-print-directory "$@"; }

# 1. Flags from the environment, on every line that runs the compiler.
CPPFLAGS=-DHYG_CPP CFLAGS="-O2 -DHYG_C" LDFLAGS=-Wl,-z,hygld \
    mk -n BUILD="$work/b0" unclench tests-built >"$work/n.log" 2>&1 ||
    { cat "$work/n.log"; fail "make -n unclench tests-built"; }
# A recipe's continued lines joined, then the lines that run cc.
sed -e ':a' -e '/\\$/N; s/\\\n//; ta' "$work/n.log" | grep -E '^cc ' \
    >"$work/cc.log"
ncc=$(wc -l <"$work/cc.log")
[ "$ncc" -ge 10 ] || fail "only $ncc compiler lines in make -n"
n=$(grep -cF -- " -DHYG_C" "$work/cc.log")
[ "$n" -eq "$ncc" ] || fail "CFLAGS on $n of $ncc compiler lines"
# CPPFLAGS: on every line that reads a C source (the program's own link
# line reads objects only).
grep -E '\.c( |$)' "$work/cc.log" >"$work/src.log"
nsrc=$(wc -l <"$work/src.log")
n=$(grep -cF -- " -DHYG_CPP" "$work/src.log")
[ "$n" -eq "$nsrc" ] || fail "CPPFLAGS on $n of $nsrc lines that compile C"
# Link lines: those without -c.
grep -v -- ' -c ' "$work/cc.log" >"$work/ld.log"
nld=$(wc -l <"$work/ld.log")
[ "$nld" -ge 3 ] || fail "only $nld link lines in make -n"
n=$(grep -cF -- "-Wl,-z,hygld" "$work/ld.log")
[ "$n" -eq "$nld" ] || fail "LDFLAGS on $n of $nld link lines"
grep -q -- "-o $work/b0/unclench " "$work/ld.log" ||
    fail "no link line for the program in make -n"

# 2. Missing build dependencies: pkg-config sees no .pc files, and the
# include path given for iniparser holds no iniparser.h.
[ ! -e /usr/include/iniparser.h ] ||
    fail "a flat /usr/include/iniparser.h: this test cannot hide it"
mkdir -p "$work/nopc"
run env PKG_CONFIG_LIBDIR="$work/nopc" PKG_CONFIG_PATH= \
    make -C "$top" --no-print-directory BUILD="$work/b1" \
    INIPARSER_CFLAGS=-I"$work/nopc" "$work/b1/unclench"
[ "$rc" -ne 0 ] || fail "make with the build dependencies missing succeeded"
for p in libncurses-dev libsqlite3-dev libnotify-dev libsystemd-dev libiniparser-dev; do
	expect_err "package $p\$" "missing $p named"
done
expect_err "^  (sudo )?apt-get install libncurses-dev libsqlite3-dev libnotify-dev libsystemd-dev libiniparser-dev$" \
    "the command that installs them"
grep -qE 'No such file|fatal error' <<<"$err" &&
    fail "make went on to the compiler"
[ -z "$(find "$work/b1" -name '*.o' 2>/dev/null)" ] ||
    fail "objects were compiled with dependencies missing"
# Only the one missing is named.
run make -C "$top" --no-print-directory BUILD="$work/b2" \
    INIPARSER_CFLAGS=-I"$work/nopc" "$work/b2/util.o"
[ "$rc" -ne 0 ] || fail "make without iniparser.h succeeded"
expect_err "iniparser.h .* package libiniparser-dev" "iniparser.h named"
grep -qE 'libncurses-dev|libsqlite3-dev|libnotify-dev' <<<"$err" &&
    fail "packages that are present named as missing"
# And with everything there, the build goes on.
run make -C "$top" --no-print-directory BUILD="$work/b3" "$work/b3/util.o"
expect_rc 0 "make with the dependencies present"
grep -q "missing" <<<"$err" && fail "dependencies reported missing"

# 3. INSTALL_DEPS=0 installs nothing. Installers on PATH that record a
# call, and a dpkg-query that finds nothing installed: install-deps run
# for real would reach them.
mkdir -p "$work/shims"
for t in apt-get sudo dnf pacman npm dpkg-query rpm; do
	printf '#!/bin/sh\necho "%s $*" >>"%s/calls"\nexit 1\n' "$t" "$work" \
	    >"$work/shims/$t"
	chmod +x "$work/shims/$t"
done
run env PATH="$work/shims:$PATH" make -C "$top" --no-print-directory \
    INSTALL_DEPS=0 test-deps
expect_rc 0 "make test-deps INSTALL_DEPS=0"
[ ! -s "$work/calls" ] || fail "INSTALL_DEPS=0 called: $(cat "$work/calls")"
run env PATH="$work/shims:$PATH" make -C "$top" --no-print-directory test-deps
grep -q '^apt-get ' "$work/calls" 2>/dev/null ||
    fail "make test-deps no longer installs (calls: $(cat "$work/calls" 2>/dev/null))"
run mk -n check-offline
expect_out "tests/run.sh" "make check-offline runs the tests"
grep -q "install-deps" <<<"$out" && fail "make check-offline runs install-deps"
run mk -n check
expect_out "install-deps test" "make check still installs"
finish
