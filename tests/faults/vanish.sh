#!/usr/bin/env bash
# The terminal vanishes under a running routine: the tmux session is
# killed; the pane's shell (the session leader) dies, so the kernel hangs
# up the terminal; and a program in a session of its own (it gets no
# SIGHUP at all) loses its terminal. Each time no process is left behind
# and the routine is in the history as stopped early. A daemon started
# with --detach from that terminal is not touched: it still answers, and
# stops on SIGTERM.
# shellcheck source=tests/faults/lib.sh
. "$(dirname "$0")/lib.sh"
fault_setup
tui_routines t-long
DB=$XDG_STATE_HOME/unclench/history.db
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY

stopped() {
	sqlite3 "$DB" "select count(*) from sessions where routine = 't-long'
	    and completed = 0" 2>/dev/null || echo 0
}

# Start the routine; wait until it is on screen.
start() {	# command-prefix
	tui_run 80 24 "$1$BIN stretch t-long"
	tui_wait "Alpha hold"
	[ -n "$(fault_procs)" ] || fail "the program is not running"
}

vanished() {	# case want-stopped
	fault_gone 10
	[ "$(stopped)" = "$2" ] ||
	    fail "$1: sessions recorded as stopped early: $(stopped), want $2"
}

# 1. The session is killed (tmux hangs up the pane's process group).
start ""
tmux -S "$SOCK" kill-session
vanished "kill-session" 1

# 2. The pane's shell dies: the kernel hangs up the terminal and sends
# SIGHUP to the program (the foreground process group).
start ""
kill -KILL "$(tmux -S "$SOCK" display-message -p '#{pane_pid}')"
vanished "session leader killed" 2
tui_stop

# 3. A program in a session of its own: no SIGHUP when the pane goes,
# only a terminal that reads end-of-file; it must notice and leave.
start "setsid "
tmux -S "$SOCK" kill-session
vanished "no SIGHUP" 3

# 4. The daemon, detached from the terminal, outlives it.
cat >"$T/config.ini" <<'EOT'
[hydration]
enabled = no
EOT
tui_run 80 24 "$BIN --config $T/config.ini daemon --detach && $BIN stretch t-long"
tui_wait "Alpha hold"
tmux -S "$SOCK" kill-session
lock=$XDG_RUNTIME_DIR/unclench/daemon.lock
i=0
until [ -s "$lock" ] && dpid=$(head -n 1 "$lock") && [ -n "$dpid" ] &&
    kill -0 "$dpid" 2>/dev/null; do
	i=$((i + 1))
	[ $i -lt 200 ] || fail "the daemon is not running"
	sleep 0.05
done
# Only the daemon is left, and it still answers.
i=0
while pgrep -f -- "^$BIN stretch" >/dev/null; do
	i=$((i + 1))
	[ $i -lt 200 ] || fail "the routine was left behind: $(fault_procs)"
	sleep 0.05
done
"$BIN" daemon --status >"$T/status" 2>&1 ||
    fail "the daemon does not answer: $(cat "$T/status")"
grep -qF "running since" "$T/status" || fail "odd status: $(cat "$T/status")"
kill -TERM "$dpid"
fault_gone 10
[ "$(stopped)" = 4 ] || fail "daemon case: routine not recorded as stopped"
echo "ok"
