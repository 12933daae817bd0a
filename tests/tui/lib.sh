# shellcheck shell=bash
# Shared helpers for the TUI tests (sourced, not run): an isolated home,
# a private tmux server, and bounded polls on the screen.
#
#   . "$(dirname "$0")/lib.sh"
#   tui_setup                      # $T, HOME, XDG_*; trap cleans up
#   tui_routines t-stretch ...     # copy tests/tui/data/NAME.ini in
#   tui_run 80 24 "unclench stretch t-stretch"
#   tui_wait "Hold"                # poll capture-pane, 50 ms steps, bounded
#   tui_keys n                     # send-keys
#   tui_wait_exit                  # the program ended; $T/stty, $T/rc
#
# The program runs as: CMD; echo its status; stty -a > $T/stty; a marker;
# so a test can check that the terminal came back sane after it.

set -u
TOP=${UNCLENCH_TOP:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
BIN=${UNCLENCH_BIN:-$TOP/unclench}
DATA=$TOP/tests/tui/data
WAIT_S=${TUI_WAIT_S:-15}

fail() {
	echo "FAIL: $*" >&2
	if [ -n "${SOCK:-}" ] && [ -S "$SOCK" ]; then
		echo "--- screen ---" >&2
		tmux -S "$SOCK" capture-pane -p >&2 2>/dev/null
		echo "--------------" >&2
	fi
	exit 1
}

# shellcheck source=tests/lib/tmux.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/tmux.sh"

# The names the tests know (tests/lib/procs.sh, tests/lib/tmux.sh):
# tui_alive PID, running (a zombie is not); tui_reap SECONDS PID...,
# bounded reaping of what tmux started; tui_kill_server SOCK, a server
# ended and what ran in it reaped, within TUI_REAP_S (10) seconds.
tui_alive() { pid_alive "$1"; }
tui_reap() { reap_pids "$@"; }
tui_kill_server() { tmux_kill_server "$1" "${TUI_REAP_S:-10}"; }

tui_cleanup() {
	local s
	set +e	# a server already gone must not stop the cleaning up
	for s in "${T:-/nonexistent}"/tmux.*.sock; do
		tui_kill_server "$s"
	done
	lib_stop_pids	# a test's own children (LIB_PIDS), with a deadline
	[ -n "${T:-}" ] && rm -rf "$T"
}

# Stop the current tmux server, and reap the program in it by PID.
tui_stop() {
	if [ -n "${SOCK:-}" ]; then
		tui_kill_server "$SOCK"
	fi
}

tui_setup() {
	[ -x "$BIN" ] || { echo "no binary at $BIN (run make)" >&2; exit 1; }
	command -v tmux >/dev/null || { echo "tmux is not installed" >&2; exit 1; }
	T=$(mktemp -d "${TMPDIR:-/tmp}/unclench-tui.XXXXXX")
	trap tui_cleanup EXIT
	export HOME=$T/home
	export XDG_CONFIG_HOME=$T/config XDG_DATA_HOME=$T/data
	export XDG_STATE_HOME=$T/state XDG_RUNTIME_DIR=$T/run
	mkdir -p "$HOME" "$XDG_CONFIG_HOME/unclench" \
	    "$XDG_DATA_HOME/unclench/routines" "$XDG_STATE_HOME" \
	    "$XDG_RUNTIME_DIR"
	chmod 700 "$XDG_RUNTIME_DIR"
	unset NO_COLOR UNCLENCH_TEST_TIME_SCALE UNCLENCH_TEST_WALL \
	    UNCLENCH_TEST_TRACE
	# Tests want no get-ready wait and no bell unless they ask.
	printf '[general]\nget_ready = 0s\nbell = no\n' \
	    >"$XDG_CONFIG_HOME/unclench/config.ini"
	TUI_N=0
	SOCK=$T/tmux.0.sock
}

# Write the user's config file (the content on stdin).
tui_config() {
	cat >"$XDG_CONFIG_HOME/unclench/config.ini"
}

# Copy test routines (tests/tui/data/NAME.ini) into the user's data dir.
tui_routines() {
	local n
	for n in "$@"; do
		cp "$DATA/$n.ini" "$XDG_DATA_HOME/unclench/routines/$n.ini" ||
		    exit 1
	done
}

# tui_run COLS LINES CMD [ENV=VALUE...]: start CMD in a fresh tmux server.
tui_run() {
	local cols=$1 lines=$2 cmd=$3 e envs=()
	shift 3
	for e in "$@"; do
		envs+=(-e "$e")
	done
	rm -f "$T/stty" "$T/rc"
	# Each run gets a fresh server on a fresh socket.
	tui_stop
	TUI_N=$((TUI_N + 1))
	SOCK=$T/tmux.$TUI_N.sock
	tmux -S "$SOCK" -f /dev/null new-session -d -x "$cols" -y "$lines" \
	    -e LANG="${TUI_LANG:-C.UTF-8}" -e LC_ALL= -e HOME="$HOME" \
	    "${envs[@]}" \
	    "$cmd; echo \"EXIT=\$?\" > '$T/rc'; stty -a > '$T/stty'; echo AFTER-EXIT-MARK; exec sleep 600" ||
	    fail "cannot start tmux"
	tmux -S "$SOCK" set-option -g status off >/dev/null
}

tui_screen() {
	tmux -S "$SOCK" capture-pane -p
}

# tui_poll SECONDS COMMAND...: until COMMAND succeeds, in 50 ms steps,
# at most SECONDS; 1 if it never did.
tui_poll() {
	local max=$1 i
	shift
	for ((i = 0; i < max * 20; i++)); do
		"$@" && return 0
		sleep 0.05
	done
	return 1
}
tui_shows() { tui_screen | grep -qF -- "$1"; }
tui_matches() { tui_screen | grep -qE -- "$1"; }
tui_lacks() { ! tui_shows "$1"; }

# tui_wait TEXT [SECONDS]: until the screen shows TEXT (fixed string).
tui_wait() {
	tui_poll "${2:-$WAIT_S}" tui_shows "$1" ||
	    fail "timed out waiting for \"$1\""
}

# tui_wait_re REGEX [SECONDS]: until the screen matches an extended regex.
tui_wait_re() {
	tui_poll "${2:-$WAIT_S}" tui_matches "$1" ||
	    fail "timed out waiting for /$1/"
}

# tui_wait_gone TEXT [SECONDS]: until the screen no longer shows TEXT.
tui_wait_gone() {
	tui_poll "${2:-$WAIT_S}" tui_lacks "$1" || fail "\"$1\" still on screen"
}

tui_keys() {
	tmux -S "$SOCK" send-keys "$@"
}

# The program has ended: its status is in $T/rc and stty in $T/stty.
tui_exited() { [ -s "$T/stty" ] && tui_shows AFTER-EXIT-MARK; }
tui_wait_exit() {
	tui_poll "$WAIT_S" tui_exited || fail "the program did not exit"
}

# The terminal is sane again: canonical mode and echo on, screen back.
tui_assert_restored() {
	grep -qE '(^| )icanon( |$)' "$T/stty" ||
	    fail "icanon is off after exit: $(cat "$T/stty")"
	grep -qE '(^| )echo( |$)' "$T/stty" ||
	    fail "echo is off after exit: $(cat "$T/stty")"
	# The alternate screen is gone: none of the program's key line.
	if tui_screen | grep -qE 'space pause|Enter choose|it has eased'; then
		fail "the program's screen is still shown after exit"
	fi
}

# The exit status the program ended with.
tui_rc() {
	sed -n 's/^EXIT=//p' "$T/rc"
}

# The countdown seconds shown on the phase bar line ("  12 s").
tui_secs() {
	tui_screen | sed -n 's/.* \([0-9][0-9]*\) s$/\1/p' | head -n 1
}

# tui_click ROW COL: a left click (X10 mouse report), 1-based screen row.
tui_click() {
	local b x y
	b=$(printf '%b' "\\0$(printf %o 32)")
	x=$(printf '%b' "\\0$(printf %o $((32 + $2)))")
	y=$(printf '%b' "\\0$(printf %o $((32 + $1)))")
	tmux -S "$SOCK" send-keys -l $'\e[M'"$b$x$y"
}

# The pid of the program under test (the pane's shell's child).
tui_pid() {
	local shpid
	shpid=$(tmux -S "$SOCK" display-message -p '#{pane_pid}')
	pgrep -P "$shpid" -x unclench | head -n 1
}
