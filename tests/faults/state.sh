#!/usr/bin/env bash
# The history cannot be written: the state directory is a file, a full
# disk (a tiny tmpfs, filled) with and without a history already on it, a
# read-only state directory (a read-only bind mount) with and without one.
# Each time a routine still runs to its end and its summary says
# "Not saved:" with the file and why; the exit status is 0 (the routine
# itself went fine) and the terminal is restored; `unclench drink` fails
# with one line naming the file and status 1; on a read-only directory
# `stats` and `export` still read the history; `unclench now calf` still
# works, and says at its end that the episode was not saved.
# The mounts need root; without it only the first case runs.
# shellcheck source=tests/faults/lib.sh
. "$(dirname "$0")/lib.sh"
fault_ns "$@"
fault_setup
tui_routines t-stretch
STATE=$XDG_STATE_HOME
DB=$STATE/unclench/history.db

# The routine to its end, fast; the summary names the file.
routine_not_saved() {	# case why-regex
	tui_run 80 24 "$BIN stretch t-stretch" UNCLENCH_TEST_TIME_SCALE=20
	tui_wait "Well done." 30
	tui_wait "Not saved:"
	tui_screen | grep -qF "Steps: done 2, skipped 0" ||
	    fail "$1: the routine did not run to its end"
	saw_file "$1" "$2"
	tui_keys x
	tui_wait_exit
	[ "$(tui_rc)" = 0 ] || fail "$1: exit status $(tui_rc), want 0"
	tui_assert_restored
}

# The screen names the history file, or the directory that could not be
# made for it (whole when it fits on a line: the wrap breaks only at
# spaces), and says why, matching why-regex.
saw_file() {	# case why-regex
	local s
	s=$(tui_screen)
	if [ ${#DB} -le 76 ]; then
		grep -qF -- "$STATE/unclench" <<<"$s" ||
		    fail "$1: the file is not named"
	else
		grep -qF "unclench" <<<"$s" || fail "$1: the file is not named"
	fi
	# The reason, on the same lines as "Not saved" (joined).
	tr '\n' ' ' <<<"$s" | tr -s ' ' | grep -qE -- "Not saved: .*$2" ||
	    fail "$1: no reason matching /$2/ on screen"
}

# drink: status 1, one line on stderr naming the file, nothing on stdout.
drink_fails() {	# case why-regex
	local rc
	"$BIN" drink >"$T/out" 2>"$T/err"
	rc=$?
	[ "$rc" = 1 ] || fail "$1: drink: exit status $rc, want 1"
	[ ! -s "$T/out" ] || fail "$1: drink printed: $(cat "$T/out")"
	[ "$(wc -l <"$T/err")" = 1 ] ||
	    fail "$1: drink: want one line on stderr: $(cat "$T/err")"
	grep -qE "^unclench: drink: .*$2" "$T/err" ||
	    fail "$1: drink: unclear message: $(cat "$T/err")"
	grep -qF "$STATE/unclench" "$T/err" ||
	    fail "$1: drink: the file is not named: $(cat "$T/err")"
}

# Reading needs no write access (WAL mode wants a -shm beside the file):
# stats and export still work, and show every drink.
reading_works() {	# case drinks
	local n
	"$BIN" stats >"$T/out" 2>"$T/err" ||
	    fail "$1: stats: exit $?: $(cat "$T/err")"
	grep -qF "Water (daily goal" "$T/out" || fail "$1: stats printed no figures"
	"$BIN" export --csv >"$T/out" 2>"$T/err" ||
	    fail "$1: export: exit $?: $(cat "$T/err")"
	n=$(grep -c '^drink,' "$T/out")
	[ "$n" = "$2" ] || fail "$1: export: $n drinks, want $2"
}

# Relief works without the history and says so at its end.
relief_works() {	# case
	tui_run 80 24 "$BIN now calf"
	tui_wait "Pull the toes toward the shin"
	tui_keys e
	tui_wait "How bad was it, 1 to 10?"
	tui_keys q
	tui_wait "Not saved:"
	tui_screen | grep -qF "$STATE/unclench" ||
	    fail "$1: relief: the file is not named"
	tui_keys x
	tui_wait_exit
	[ "$(tui_rc)" = 0 ] || fail "$1: relief: exit status $(tui_rc)"
	tui_assert_restored
}

# 1. A file where the state directory should be (no root needed).
rm -rf "${STATE:?}/unclench"
echo "not a directory" >"$STATE/unclench"
routine_not_saved "file in the way" "Not a directory"
drink_fails "file in the way" "Not a directory"
rm -f "$STATE/unclench"

if ! fault_can_mount; then
	echo "note: not root (or no unshare): the full and read-only cases" \
	    "are not run"
	echo "ok"
	exit 0
fi

# 2. A full disk, no history yet.
fault_mount -t tmpfs -o size=512k,mode=700 tmpfs "$STATE"
dd if=/dev/zero of="$STATE/fill" bs=64k 2>/dev/null
[ "$(df --output=avail "$STATE" | tail -n 1 | tr -d ' ')" = 0 ] ||
    fail "the tmpfs is not full"
routine_not_saved "full, new" "disk is full"
drink_fails "full, new" "disk is full"
[ ! -s "$DB" ] || fail "full, new: a history was written"

# 3. A full disk under an existing history.
rm -f "$STATE/fill"
"$BIN" drink >/dev/null 2>&1 || fail "cannot log a drink on the tmpfs"
dd if=/dev/zero of="$STATE/fill" bs=64k 2>/dev/null
routine_not_saved "full, existing" "history"
drink_fails "full, existing" "history"
relief_works "full, existing"
fault_umount "$STATE"

# 4. A read-only state directory under an existing history.
mkdir -p "$STATE/unclench"
"$BIN" drink >/dev/null 2>&1 || fail "cannot log a drink"
before=$(sqlite3 "$DB" "select count(*) from drinks")
fault_mount --bind "$STATE" "$STATE"
mount -o remount,ro,bind "$STATE" || fail "remount read-only"
touch "$STATE/x" 2>/dev/null && fail "the bind mount is writable"
routine_not_saved "read-only, existing" "history"
drink_fails "read-only, existing" "history"
relief_works "read-only, existing"
reading_works "read-only, existing" "$before"
fault_umount "$STATE"
[ "$(sqlite3 "$DB" "select count(*) from drinks")" = "$before" ] ||
    fail "read-only: the history changed"
sqlite3 "$DB" "pragma integrity_check" | grep -qx ok ||
    fail "read-only: the history is damaged"

# 5. A read-only state directory, no history yet.
rm -rf "${STATE:?}/unclench"
fault_mount --bind "$STATE" "$STATE"
mount -o remount,ro,bind "$STATE" || fail "remount read-only"
routine_not_saved "read-only, new" "Read-only file system"
drink_fails "read-only, new" "Read-only file system"
reading_works "read-only, new" 0
fault_umount "$STATE"
echo "ok"
