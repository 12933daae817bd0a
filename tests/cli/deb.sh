#!/usr/bin/env bash
# run.sh: alone
# make deb builds the Debian package from packaging/debian/ in a copy of
# the tree (the source tree gains no debian/), and lintian -E --pedantic
# --display-info reports nothing at all on the .deb. Its binary is
# hardened (hardening-check), links SQLite, iniparser and ncursesw shared
# (STATIC=0: no embedded copies), the package depends on the one holding
# the libnotify the daemon's child dlopens, and it ships the data, man
# pages, completions, the user unit (never enabled by the package) and the
# opt-in autostart entry in their places. The build tools are in
# .ci/install-deps's test set: a missing one is a failure, not a skip.
. "$(dirname "$0")/lib.sh"
out='' err=''
# .ci/install-deps installs the package tools with apt only.
if ! command -v apt-get >/dev/null 2>&1; then
	echo "SKIP: not a Debian or Ubuntu system (no apt-get)"
	exit 0
fi
for t in dpkg-buildpackage dh lintian hardening-check readelf; do
	command -v "$t" >/dev/null ||
	    fail "$t is not installed (.ci/install-deps test installs it)"
done
[ "$fails" -eq 0 ] || finish
t0=$(date +%s)
version=$(sed -n "s/^VERSION[[:space:]]*:= *//p" "$top/Makefile")
arch=$(dpkg --print-architecture)
make -C "$top" --no-print-directory -s deb DEB_TREE="$work/deb" \
    DEB_BUILD_OPTIONS="parallel=2" >"$work/deb.log" 2>&1 ||
    { tail -30 "$work/deb.log"; fail "make deb"; finish; }
deb=$work/deb/unclench_${version}_$arch.deb
[ -f "$deb" ] || { ls "$work/deb"; fail "no $deb (changelog version != $version?)"; finish; }
[ ! -e "$top/debian" ] || fail "make deb left a debian/ in the source tree"
grep -qE '^[0-9]+ passed, 0 failed$' "$work/deb.log" ||
    fail "the package build did not run the unit tests"
t1=$(date +%s)

# lintian: nothing at all on stdout, at every level.
lintian -E --pedantic --display-info --fail-on error,warning,info,pedantic \
    "$deb" >"$work/lintian.out" 2>"$work/lintian.err"
rc=$?
[ "$rc" -eq 0 ] || fail "lintian exited $rc: $(cat "$work/lintian.err")"
[ ! -s "$work/lintian.out" ] || fail "lintian says: $(cat "$work/lintian.out")"
t2=$(date +%s)

root=$work/root
dpkg-deb -x "$deb" "$root"
dpkg-deb -e "$deb" "$work/control"
bin=$root/usr/bin/unclench
hardening-check --nocfprotection "$bin" >"$work/hc.log" 2>&1 ||
    fail "hardening-check: $(cat "$work/hc.log")"
readelf -d "$bin" >"$work/dyn" || fail "readelf -d"
for lib in libncursesw.so libtinfo.so libsqlite3.so libiniparser.so; do
	grep -q "NEEDED.*\[$lib" "$work/dyn" || fail "$lib is not linked shared"
done
grep -q 'NEEDED.*libnotify' "$work/dyn" && fail "libnotify is linked (it is loaded with dlopen)"
soname=$(grep -aoE 'libnotify\.so\.[0-9]+' "$bin" | head -n 1)
[ -n "$soname" ] || fail "no libnotify soname in the binary"
owner=$(dpkg -S "*/$soname" 2>/dev/null | head -n 1 | cut -d: -f1)
[ -n "$owner" ] || fail "no installed package holds $soname"
depends=$(dpkg-deb -f "$deb" Depends)
grep -qE "(^|, )$owner(,| |$)" <<<"$depends" ||
    fail "Depends ($depends) lacks $owner, which holds the dlopened $soname"

# Everything in its Debian place.
want=(usr/bin/unclench usr/lib/systemd/user/unclench.service
	usr/share/bash-completion/completions/unclench
	usr/share/zsh/vendor-completions/_unclench
	usr/share/fish/vendor_completions.d/unclench.fish
	usr/share/unclench/unclench-daemon.desktop
	usr/share/unclench/config/unclench.ini
	usr/share/doc/unclench/copyright usr/share/doc/unclench/changelog.gz)
for f in "$top"/routines/*.ini "$top"/themes/*.ini; do
	want+=("usr/share/unclench/$(basename "$(dirname "$f")")/$(basename "$f")")
done
for p in "$top"/po/*.po; do
	want+=("usr/share/locale/$(basename "$p" .po)/LC_MESSAGES/unclench.mo")
done
for m in "$top"/doc/*.[15]; do
	want+=("usr/share/man/man${m##*.}/$(basename "$m").gz")
done
for f in "${want[@]}"; do
	[ -f "$root/$f" ] || fail "the package lacks /$f"
done
[ ! -e "$root/etc/xdg/autostart" ] || fail "autostart installed for every user"
[ ! -e "$root/usr/local" ] || fail "files under /usr/local"
grep -qx 'ExecStart=/usr/bin/unclench daemon' \
    "$root/usr/lib/systemd/user/unclench.service" || fail "the unit's ExecStart"
grep -qx 'Exec=/usr/bin/unclench daemon' \
    "$root/usr/share/unclench/unclench-daemon.desktop" || fail "the autostart Exec"
head -n 1 "$root/usr/share/doc/unclench/copyright" | grep -q '^Format: .*copyright-format/1.0/' ||
    fail "copyright is not DEP-5"
# --no-enable: a first install enables the user unit for no one. The
# postinst runs against a deb-systemd-helper that knows nothing installed
# and whose was-enabled answers yes (its default for a new unit).
mkdir -p "$work/dsh"
cat >"$work/dsh/deb-systemd-helper" <<SH
#!/bin/sh
echo "\$*" >>"$work/dsh.calls"
case "\$*" in *debian-installed*) exit 1 ;; esac
exit 0
SH
chmod +x "$work/dsh/deb-systemd-helper"
if [ -f "$work/control/postinst" ]; then
	PATH="$work/dsh:$PATH" sh "$work/control/postinst" configure ||
	    fail "postinst configure failed"
fi
grep -E -- '(^| )enable ' "$work/dsh.calls" 2>/dev/null &&
    fail "postinst enables the user unit on a first install"
echo "make deb ${version}: $((t1 - t0)) s, lintian: $((t2 - t1)) s"
finish
