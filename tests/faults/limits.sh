#!/usr/bin/env bash
# run.sh: alone
# The limits on what is read, one check per fix:
# - a line of 1022 bytes (the longest iniparser takes) is read, one byte
#   more is refused with its line number;
# - `unclench drink` signals no process a lock file names (it tells a
#   daemon through the control socket), whatever the lock says or where;
# - a client reads at most 64 KiB of the daemon's answer, refuses one
#   from another user's socket, and refuses a socket path too long to
#   bind rather than use a shorter one.
# shellcheck source=tests/faults/lib.sh
. "$(dirname "$0")/lib.sh"
fault_setup
FAKE=$TOP/build/tests/fake_daemon
[ -x "$FAKE" ] || make -s -C "$TOP" build/tests/fake_daemon >/dev/null ||
    fail "cannot build $FAKE"
RUN=$XDG_RUNTIME_DIR/unclench
mkdir -p "$RUN"
chmod 700 "$RUN"
# Processes of ours go into LIB_PIDS (tests/lib/procs.sh): stopped and
# reaped by PID, each with a deadline, before the rest is cleaned up.
# KILL first: a victim stopped at once may still be a copy of this shell
# that has not yet dropped its traps, and a TERM would run them there.
limits_cleanup() {
	local p
	{
		for p in "${LIB_PIDS[@]}"; do
			kill -KILL "$p"
		done
		lib_stop_pids
	} 2>/dev/null	# nor the shell's word that they were killed
	fault_cleanup
}
trap limits_cleanup EXIT

# 1. The longest line, and one byte more.
routine_with_line() {	# bytes
	local pad=$(($1 - 7))	# "text = "
	printf '[routine]\ntitle = Long line\nkind = stretch\nsummary = x.\nsource = x\n[step1]\ntitle = One\ntext = %s\nhold = 10s\n' \
	    "$(head -c "$pad" /dev/zero | tr '\0' 'y')" >"$T/line.ini"
}
routine_with_line 1022
"$BIN" check "$T/line.ini" >"$T/out" 2>&1 &&
    fail "a 1000-character text is refused: $(cat "$T/out")"
grep -q "too long: 1015 characters" "$T/out" ||
    fail "a 1022-byte line is not read whole: $(cat "$T/out")"
routine_with_line 1023
"$BIN" check "$T/line.ini" >"$T/out" 2>&1 && fail "a 1023-byte line is read"
grep -qF "line 8: line is too long (1023 bytes; expected at most 1022)" \
    "$T/out" || fail "no line number for a long line: $(cat "$T/out")"

# 2. The lock's pid is never signalled: drink tells a running daemon
# through its socket ("refresh"). A stopped process keeps a signal
# pending, so what drink sent it can be read from /proc without waiting.
sleep 600 &
victim=$!
LIB_PIDS+=("$victim")
kill -STOP "$victim"
usr1_pending() {	# SIGUSR1 is 10: bit 9 of the pending masks
	local x m=0
	for x in $(sed -n 's/^\(Shd\|Sig\)Pnd:[[:space:]]*//p' \
	    "/proc/$victim/status"); do
		m=$(( m | 0x$x ))
	done
	[ $(( m & 0x200 )) -ne 0 ]
}
# The lock is held by this shell (on fd 9): no process to clean up.
hold_lock() {	# content
	printf '%s\n' "$1" >"$RUN/daemon.lock"
	exec 9<"$RUN/daemon.lock"
	flock -x -n 9 || fail "cannot take the lock"
}
drop_lock() {
	exec 9<&-
}
# The pid plus 2^32: as a pid_t it is the victim's pid.
hold_lock $((victim + 4294967296))
"$BIN" drink >/dev/null 2>&1 9<&- || fail "drink failed"
usr1_pending && fail "drink signalled pid $victim for a lock of $((victim + 4294967296))"
drop_lock
# Nor the lock naming the victim itself (a pid file is not a daemon).
hold_lock "$victim"
"$BIN" drink >/dev/null 2>&1 9<&- || fail "drink failed"
usr1_pending && fail "drink signalled pid $victim, named in the lock"
drop_lock
{ kill -KILL "$victim"; stop_pid "$victim"; } 2>/dev/null # KILL: see above

# The lock in a directory that is not ours alone is not believed.
if [ "$(id -u)" = 0 ]; then
	sleep 600 &
	victim=$!
	LIB_PIDS+=("$victim")
	kill -STOP "$victim"
	chown 65534 "$RUN"
	hold_lock "$victim"
	"$BIN" drink >/dev/null 2>&1 9<&- || fail "drink failed"
	usr1_pending && fail "drink believed a lock in another user's directory"
	drop_lock
	chown 0 "$RUN"
fi

# 3. A daemon's answer of 1 MiB: refused after 64 KiB.
fake_started() {	# the fake daemon listens (a bounded poll)
	local i
	for ((i = 0; i < 100; i++)); do
		[ -S "$RUN/daemon.sock" ] && return 0
		sleep 0.05
	done
	fail "the fake daemon did not start"
}
# fake_status COMMAND...: COMMAND (the fake daemon) in the background,
# `daemon --status` asked once it listens (its status in rc), the fake
# then stopped.
fake_status() {
	local fake
	"$@" &
	fake=$!
	LIB_PIDS+=("$fake")
	fake_started
	"$BIN" daemon --status >"$T/out" 2>"$T/err"
	rc=$?
	stop_pid "$fake"
}
fake_status "$FAKE" "$RUN/daemon.sock" 1048576
[ "$rc" = 1 ] || fail "a 1 MiB answer: exit status $rc, want 1"
[ ! -s "$T/out" ] || fail "a 1 MiB answer was printed ($(wc -c <"$T/out") bytes)"
grep -qF "the daemon's answer is too long" "$T/err" ||
    fail "a 1 MiB answer: unclear message: $(cat "$T/err")"

# Another user's socket is not our daemon.
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
	# nobody must reach the directory: open the way for this part.
	chmod 711 "$T" "$XDG_RUNTIME_DIR"
	chmod 777 "$RUN"
	fake_status setpriv --reuid=65534 --regid=65534 --clear-groups \
	    "$FAKE" "$RUN/daemon.sock" 10
	rm -f "$RUN/daemon.sock"
	chmod 700 "$RUN" "$XDG_RUNTIME_DIR" "$T"
	[ "$rc" = 1 ] || fail "another user's socket: exit status $rc, want 1"
	[ ! -s "$T/out" ] || fail "another user's answer was printed"
	grep -qF "is not your daemon's socket" "$T/err" ||
	    fail "another user's socket: unclear message: $(cat "$T/err")"
fi

# A runtime directory whose socket path would not fit in sun_path.
deep=$T/$(printf 'd%.0s' $(seq 60))/$(printf 'e%.0s' $(seq 60))
mkdir -p "$deep"
XDG_RUNTIME_DIR=$deep "$BIN" daemon --status >"$T/out" 2>"$T/err"
rc=$?
[ "$rc" = 1 ] || fail "a long socket path: exit status $rc, want 1"
grep -qF "path too long for a socket" "$T/err" ||
    fail "a long socket path: unclear message: $(cat "$T/err")"
echo "ok"
