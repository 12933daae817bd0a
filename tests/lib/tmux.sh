# shellcheck shell=bash
# tests/lib/tmux.sh: ending a test's private tmux server; sourced by the
# test libraries (tests/tui/lib.sh, tests/history/common.bash) and
# tests/notify/status_tmux.sh, not a test. What runs in a tmux server is
# not the test's child (tmux started it), so it is reaped by polling its
# PID, with a deadline (tests/lib/procs.sh).

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
	echo "tmux.sh: helpers sourced by the test libraries; nothing to run"
	exit 0
fi
# shellcheck source=tests/lib/procs.sh
source "$(dirname "${BASH_SOURCE[0]}")/procs.sh"

# tmux_server_pids SOCK: the server, its panes' processes and their
# children, one a line.
tmux_server_pids() {
	local p
	for p in $(tmux -S "$1" list-panes -a -F '#{pane_pid}' 2>/dev/null) \
	    $(tmux -S "$1" display-message -p '#{pid}' 2>/dev/null); do
		echo "$p"
		pgrep -P "$p" || true
	done
}

# tmux_kill_server SOCK [SECONDS]: kill the server on SOCK, reap what ran
# in it by PID within SECONDS (TMUX_REAP_S, 10), then SIGKILL what is
# left; remove the socket. A missing socket is nothing to do. (Never
# fails: set -e in a test must not stop the cleaning up.)
tmux_kill_server() {
	local sock=$1 max=${2:-${TMUX_REAP_S:-10}} pids
	[ -S "$sock" ] || return 0
	pids=$(tmux_server_pids "$sock" | sort -un)
	tmux -S "$sock" kill-server 2>/dev/null || true
	# shellcheck disable=SC2086
	[ -z "$pids" ] || reap_pids "$max" $pids || true
	rm -f "$sock"
	return 0
}
