#!/usr/bin/env bash
# The history screen (`unclench stats --screen`) ends when its terminal
# goes away, even with no hangup signal to tell it (it runs in a session
# of its own, as under setsid or a detached multiplexer): wgetch then
# fails at once, every time, and the screen must not spin on that for
# ever. The program is reaped by PID with a deadline either way.
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
tui_setup
command -v setsid >/dev/null || fail "setsid is not installed"

tui_run 80 24 "setsid -w sh -c 'echo \$\$ >\"$T/pid\"; exec \"$BIN\" stats --screen'"
tui_wait "Water,"
pid=$(cat "$T/pid")
[ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || fail "no program running"
tmux -S "$SOCK" kill-server 2>/dev/null

# Gone (or a zombie waiting for init) within 5 s.
for ((i = 0; i < 100; i++)); do
	tui_alive "$pid" || break
	sleep 0.05
done
if tui_alive "$pid"; then
	cpu=$(ps -o pcpu= -p "$pid")
	kill -KILL "$pid" 2>/dev/null
	fail "stats --screen still running 5 s after its terminal went (CPU ${cpu}%)"
fi
echo "ok: the history screen ends with its terminal"
