#!/usr/bin/env bash
# A FIFO or a symbolic link planted where the daemon keeps its log neither
# hangs it (the open of a FIFO for writing waits for a reader) nor sends
# its log elsewhere: it says so on stderr and runs without the log file.
source "$(dirname "$0")/lib.sh"

SOCK=$XDG_RUNTIME_DIR/unclench/daemon.sock
printf '[hydration]\nenabled = no\n' >"$T/config.ini"
mkdir -p "$XDG_STATE_HOME/unclench"

# run_with WHAT: start the daemon, wait for its socket, check it answers,
# stop it with SIGTERM.
run_with() {
	: >"$T/daemon.out"
	"$UNCLENCH" --config "$T/config.ini" daemon >"$T/daemon.out" 2>&1 &
	DAEMON_PID=$!
	LIB_PIDS+=("$DAEMON_PID")
	socket_up() { [ -S "$SOCK" ]; }
	wait_for "the daemon to start with $1 as its log" 10 socket_up
	"$UNCLENCH" daemon --status >"$T/status" 2>&1 ||
	    fail "status failed: $(cat "$T/status")"
	kill -TERM "$DAEMON_PID"
	wait_exit "$DAEMON_PID" 10 || fail "the daemon did not stop"
	[ "$EXIT_CODE" -eq 0 ] || fail "exit code $EXIT_CODE"
}

mkfifo "$XDG_STATE_HOME/unclench/daemon.log"
run_with "a FIFO"
grep -q 'daemon.log: not a regular file' "$T/daemon.out" ||
    fail "no word of the FIFO: $(cat "$T/daemon.out")"
rm "$XDG_STATE_HOME/unclench/daemon.log"

ln -s "$T/elsewhere" "$XDG_STATE_HOME/unclench/daemon.log"
run_with "a symbolic link"
grep -q 'daemon.log: a symbolic link (refused)' "$T/daemon.out" ||
    fail "no word of the link: $(cat "$T/daemon.out")"
[ ! -e "$T/elsewhere" ] || fail "the log went through the link"
echo "ok: a planted FIFO or link at the log neither hangs nor redirects the daemon"
