#!/usr/bin/env bash
# make deb-check: the .deb installed on this machine (dpkg -i, as root;
# meant for CI, so not part of everyone's `make check`): `unclench list`
# finds the installed routines, the package's own autopkgtests pass
# (--version, `check` over every shipped routine and theme, `now calf` in
# tmux), `daemon --test` reaches dunst; then `dpkg -r` removes every file
# the package shipped. Refuses to run where unclench is installed already.
# DEB=FILE tests that .deb instead of building one.
# shellcheck source=tests/notify/lib.sh
. "$(dirname "$0")/../notify/lib.sh"
UNCLENCH=/usr/bin/unclench
installed=0
deb_cleanup() {
	[ "$installed" = 1 ] && dpkg --purge unclench >/dev/null 2>&1
	lib_cleanup
}
trap deb_cleanup EXIT

[ "$(id -u)" -eq 0 ] || fail "make deb-check installs a package: run it as root"
if dpkg-query -W -f='${Status}' unclench 2>/dev/null | grep -q installed; then
	fail "unclench is installed already: make deb-check would replace it"
fi
deb=${DEB:-}
if [ -z "$deb" ]; then
	make -C "$TOP" --no-print-directory -s deb DEB_TREE="$T/deb" \
	    DEB_BUILD_OPTIONS="nocheck parallel=2" >"$T/deb.log" 2>&1 ||
	    { tail -30 "$T/deb.log"; fail "make deb"; }
	deb=$(ls "$T"/deb/unclench_*.deb)
fi
# What the package ships: files and links, not the directories it shares.
dpkg-deb -c "$deb" | awk '$1 !~ /^d/ { sub(/^\./, "", $6); print $6 }' \
    >"$T/files"
[ -s "$T/files" ] || fail "no file list from $deb"
installed=1
dpkg -i "$deb" >"$T/dpkg.log" 2>&1 || { cat "$T/dpkg.log"; fail "dpkg -i $deb"; }
while read -r f; do
	[ -e "$f" ] || fail "installed, but $f is missing"
done <"$T/files"

cd / || fail "cd /"
out=$("$UNCLENCH" list 2>&1) || fail "unclench list: $out"
grep -qE '^bedtime-legs +stretch' <<<"$out" ||
    fail "unclench list lacks the installed routines: $out"

# The autopkgtests, each in a scratch directory of its own.
tests=$(sed -n 's/^Tests: *//p' "$TOP/packaging/debian/tests/control")
[ -n "$tests" ] || fail "no Tests: in packaging/debian/tests/control"
for t in $tests; do
	tmp=$T/autopkgtest-$t
	mkdir -p "$tmp"
	AUTOPKGTEST_TMP=$tmp "$TOP/packaging/debian/tests/$t" >"$T/$t.log" 2>&1 ||
	    { cat "$T/$t.log"; fail "autopkgtest $t"; }
	echo "ok   autopkgtest $t"
done

start_stack
out=$("$UNCLENCH" daemon --test 2>&1) || fail "daemon --test with dunst: $out"
grep -qF "took it" <<<"$out" || fail "daemon --test said: $out"
wait_for "the test notification" 10 history_has "unclench: test notification"

dpkg -r unclench >"$T/dpkg.log" 2>&1 || { cat "$T/dpkg.log"; fail "dpkg -r"; }
left=()
while read -r f; do
	[ -e "$f" ] || [ -L "$f" ] && left+=("$f")
done <"$T/files"
[ ${#left[@]} -eq 0 ] || fail "dpkg -r left: ${left[*]}"
for d in /usr/share/unclench /usr/share/doc/unclench; do
	[ ! -e "$d" ] || fail "dpkg -r left $d"
done
dpkg --purge unclench >/dev/null 2>&1
installed=0
dpkg-query -W -f='${Status}' unclench 2>/dev/null | grep -q installed &&
    fail "unclench is still known to dpkg after --purge"
echo "all checks passed"
