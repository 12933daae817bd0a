#!/usr/bin/env bash
# tmux: a status line running `#(unclench status --follow --format tmux)`
# shows the water and the next reminder, and changes within 1 s of
# `unclench drink` (tmux shows the newest line of a command that keeps
# running). The tmux client is real: an inner tmux attached in a pane of
# an outer one, whose screen (status line included) is captured.
source "$(dirname "$0")/lib.sh"

command -v tmux >/dev/null || fail "tmux is not installed"
OUTER=$T/outer.sock INNER=$T/inner.sock
# shellcheck source=tests/lib/tmux.sh
source "$TOP/tests/lib/tmux.sh"
cleanup_tmux() { tmux_kill_server "$INNER"; tmux_kill_server "$OUTER"; lib_cleanup; }
trap cleanup_tmux EXIT

cat >"$T/config.ini" <<EOF
[hydration]
interval = 45m
active_hours = $(active_window)
EOF
start_daemon
wait_for "the status file" 10 file_nonempty "$XDG_RUNTIME_DIR/unclench/status"

cat >"$T/inner.conf" <<EOF
set -g status on
set -g status-right-length 120
set -g status-right "#($UNCLENCH status --follow --format tmux)"
EOF
tmux -S "$OUTER" -f /dev/null new-session -d -x 120 -y 8 \
    "TMUX= exec tmux -S '$INNER' -f '$T/inner.conf' new-session 'exec sleep 600'" ||
    fail "cannot start the outer tmux"
tmux -S "$OUTER" set-option -g status off >/dev/null
status_line() { tmux -S "$OUTER" capture-pane -p | tail -n 1; }
shows() { status_line | grep -qF -- "$1"; }
wait_for "the status line to show the water" 15 shows "water 0/2000 ml"
shows "next: water" || fail "the status line lacks the next reminder: $(status_line)"
shows "due" || fail "the status line lacks the due reminder: $(status_line)"
# The #(...) command keeps running: it is the follower.
pgrep -f -- "status --follow --format tmux" >/dev/null ||
    fail "no follower runs under tmux"

"$UNCLENCH" --config "$T/config.ini" drink 300 >/dev/null || fail "drink failed"
start=$(date +%s%N)
for ((i = 0; i < 20; i++)); do
	shows "water 300/2000 ml" && break
	sleep 0.05
done
ms=$((($(date +%s%N) - start) / 1000000))
shows "water 300/2000 ml" ||
    fail "the status line did not change within 1 s of the drink: $(status_line)"
echo "ok: the tmux status line followed the drink in ${ms} ms: $(status_line)"
