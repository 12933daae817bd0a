#!/usr/bin/env bash
# The daemon with a state directory it cannot write: read-only (a
# read-only bind mount), then full (a tiny tmpfs, filled). It says once
# why it cannot keep its log, and goes on: the reminder reaches dunst,
# --status answers, SIGTERM ends it with status 0. Needs root (mounts, in
# a private mount namespace); skipped otherwise.
if [ "$(id -u)" != 0 ] || ! unshare -m --propagation private true 2>/dev/null; then
	echo "skip: needs root and unshare for the mounts"
	exit 0
fi
if [ -z "${STATE_NS:-}" ]; then
	STATE_NS=1 exec unshare -m --propagation private bash "$0" "$@"
fi
source "$(dirname "$0")/lib.sh"
# Stop everything, then unmount, then remove.
state_cleanup() {
	lib_stop_pids
	umount "$XDG_STATE_HOME" 2>/dev/null
	lib_cleanup
}
trap state_cleanup EXIT

cat >"$T/config.ini" <<EOF
[hydration]
interval = 1h
active_hours = $(active_window)
EOF
start_stack

# One run: the reminder is delivered without a log.
run_without_log() {	# case why
	: >"$T/daemon.out"
	"$UNCLENCH" --config "$T/config.ini" daemon -v >>"$T/daemon.out" 2>&1 &
	DAEMON_PID=$!
	LIB_PIDS+=("$DAEMON_PID")
	sock() { [ -S "$XDG_RUNTIME_DIR/unclench/daemon.sock" ]; }
	wait_for "$1: the daemon's socket" 20 sock
	wait_for "$1: the reminder in dunst's history" 20 \
	    history_has "Time for some water"
	"$UNCLENCH" daemon --status >"$T/status" 2>&1 ||
	    fail "$1: --status: $(cat "$T/status")"
	grep -qE "^unclench: daemon: cannot (open|create|write) .*$2" \
	    "$T/daemon.out" ||
	    fail "$1: no clear word about the log: $(cat "$T/daemon.out")"
	[ "$(grep -c "^unclench: daemon: cannot" "$T/daemon.out")" = 1 ] ||
	    fail "$1: said more than once: $(cat "$T/daemon.out")"
	kill -TERM "$DAEMON_PID"
	wait_exit "$DAEMON_PID" 10 || fail "$1: the daemon did not exit"
	[ "$EXIT_CODE" -eq 0 ] || fail "$1: SIGTERM: exit code $EXIT_CODE"
	dunstctl history-clear >/dev/null 2>&1
}

mount --bind "$XDG_STATE_HOME" "$XDG_STATE_HOME" &&
    mount -o remount,ro,bind "$XDG_STATE_HOME" || fail "read-only mount"
run_without_log "read-only" "Read-only file system"
umount "$XDG_STATE_HOME" || fail "umount"

mount -t tmpfs -o size=64k tmpfs "$XDG_STATE_HOME" || fail "tmpfs"
dd if=/dev/zero of="$XDG_STATE_HOME/fill" bs=4k 2>/dev/null
run_without_log "full" "No space left on device"
umount "$XDG_STATE_HOME" || fail "umount"
echo "ok: the daemon goes on without its log"
