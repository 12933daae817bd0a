# Shared by the history tests (sourced, not run; not *.sh, so tests/run.sh
# does not take it for a test): an isolated home, the binary, a bounded
# poll, and a fixture of known records relative to today.

set -u
TOP=${UNCLENCH_TOP:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
U=${UNCLENCH_BIN:-$TOP/unclench}
[ -x "$U" ] || { echo "no binary at $U: run make" >&2; exit 1; }

T=$(mktemp -d)
export HOME=$T/home XDG_CONFIG_HOME=$T/config XDG_DATA_HOME=$T/data \
    XDG_STATE_HOME=$T/state XDG_RUNTIME_DIR=$T/run
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_STATE_HOME" \
    "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
DB=$XDG_STATE_HOME/unclench/history.db
# Processes the test starts go into LIB_PIDS; the EXIT trap stops and
# reaps each by PID with a deadline (tests/lib/common.sh), then ends the
# tmux server and reaps what ran in it, by PID too (tests/lib/tmux.sh).
# (common.sh's wait_for is replaced by the screen's one below.)
# shellcheck source=tests/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
# shellcheck source=tests/lib/tmux.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/tmux.sh"
cleanup() {
	lib_stop_pids
	tmux_kill_server "${TMUX_SOCK:-}"
	rm -rf "$T"
}
trap cleanup EXIT

fail() {
	echo "FAIL: $*" >&2
	exit 1
}

# count TABLE [WHERE]: rows in the history, through the sqlite3 shell.
count() {
	sqlite3 "$DB" "SELECT count(*) FROM $1 ${2:+WHERE $2};"
}

# poll CMD...: run CMD every 50 ms until it succeeds, at most 10 s.
poll() {
	local i
	for ((i = 0; i < 200; i++)); do
		"$@" && return 0
		sleep 0.05
	done
	return 1
}

# ts DAYS_AGO HH:MM[:SS]: an export timestamp, local time with its offset.
ts() {
	date -d "$(date -d "$1 days ago" +%Y-%m-%d) $2" +%Y-%m-%dT%H:%M:%S%:z
}

# fixture FILE: records with figures worked out by hand (see below).
#   water: today 3 x 250 = 750 ml; yesterday 2000 (the goal); 2 days ago
#          1000.
#   cramps: yesterday 03:00 calf (severity 6, 2 min), 2 days ago 23:30
#          calf, 3 days ago 14:00 foot: calf 2, foot 1; hours 03, 14, 23.
#   sessions: bedtime-legs completed at 06:00 for 20 min today, yesterday
#          and 2 days ago (current streak 3); 10 min on each of 10-14
#          days ago (best streak 5); one stopped early 20 days ago.
#   a reminder, sent today.
fixture() {
	local f=$1 d
	{
		echo "type,time,end,routine,kind,completed,steps_done,steps_total,part,duration_s,severity,note,ml,action"
		echo "drink,$(ts 0 00:10),,,,,,,,,,,250,"
		echo "drink,$(ts 0 00:20),,,,,,,,,,,250,"
		echo "drink,$(ts 0 00:30),,,,,,,,,,,250,"
		echo "drink,$(ts 1 09:00),,,,,,,,,,,2000,"
		echo "drink,$(ts 2 09:00),,,,,,,,,,,1000,"
		echo "cramp,$(ts 1 03:00),,,,,,,calf,120,6,\"woke me, again\",,"
		echo "cramp,$(ts 2 23:30),,,,,,,calf,,,,,"
		echo "cramp,$(ts 3 14:00),,,,,,,foot,,,,,"
		for d in 0 1 2; do
			echo "session,$(ts $d 00:01),$(ts $d 00:21),bedtime-legs,stretch,1,5,5,,,,,,"
		done
		for d in 10 11 12 13 14; do
			echo "session,$(ts $d 06:00),$(ts $d 06:10),bedtime-legs,stretch,1,5,5,,,,,,"
		done
		echo "session,$(ts 20 06:00),$(ts 20 06:05),bedtime-legs,stretch,0,2,5,,,,,,"
		echo "reminder,$(ts 0 00:40),,,hydration,,,,,,,,,sent"
	} >"$f"
}

TMUX_SOCK=$T/tmux.sock
tm() { tmux -S "$TMUX_SOCK" "$@"; }
screen() { tm capture-pane -p -t h; }
has() { screen | grep -qF -- "$1"; }
has_re() { screen | grep -qE -- "$1"; }
wait_for() {
	poll has "$1" || { screen; fail "the screen never showed \"$1\""; }
}
# A terminal under tmux: start LANG COMMAND runs COMMAND in a new 80x24
# window, then prints EXIT=status and "MODES: icanon echo" (or -icanon,
# -echo when the program left the terminal raw). A server already there
# is ended first, and what ran in it reaped by PID.
start() {
	tmux_kill_server "$TMUX_SOCK"
	tm -f /dev/null new-session -d -s h -x 80 -y 24 -e LANG="$1" -e LC_ALL= \
	    -e HOME="$HOME" -e XDG_CONFIG_HOME="$XDG_CONFIG_HOME" \
	    -e XDG_DATA_HOME="$XDG_DATA_HOME" -e XDG_STATE_HOME="$XDG_STATE_HOME" \
	    -e XDG_RUNTIME_DIR="$XDG_RUNTIME_DIR" \
	    "$2; echo EXIT=\$?; echo MODES: \$(stty -a | tr ' ;' '\n\n' | grep -xE -- '-?(icanon|echo)'); sleep 600"
}
# scroll_to TEXT: j, a line at a time (each step seen on the screen, so
# nothing is skipped), until TEXT shows; fails at the end without it.
scroll_to() {
	local i prev
	for ((i = 0; i < 80; i++)); do
		has "$1" && return 0
		prev=$(screen)
		tm send-keys -t h j
		poll screen_changed "$prev" ||
		    { screen; fail "scrolled to the end without \"$1\""; }
	done
	fail "never scrolled to \"$1\""
}
screen_changed() { [ "$(screen)" != "$1" ]; }
quit_clean() {	# q, then a clean exit with the terminal restored
	tm send-keys -t h q
	wait_for "EXIT=0"
	restored
}
restored() {	# the program has exited and left the terminal as it found it
	poll has_re "^MODES: " || { screen; fail "no terminal modes printed"; }
	has_re "^MODES: icanon echo *$" || { screen; fail "terminal not restored"; }
}
