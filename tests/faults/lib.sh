# shellcheck shell=bash
# Shared by the fault tests (sourced, not run): the helpers of
# tests/tui/lib.sh (isolated home, a private tmux server, bounded polls),
# plus a copy of the binary under a path of this test's own (pgrep finds
# exactly our processes; a rebuild meanwhile cannot touch it), mounts that
# are undone in the EXIT trap, and bounded waits for processes to be gone.
#
#   . "$(dirname "$0")/lib.sh"
#   fault_ns "$@"          # root: re-run in a private mount namespace
#   fault_setup            # tui_setup + $BIN copied to $T/bin/unclench
#   fault_mount ARGS... DIR   # mount, remembered for the cleanup
#   fault_gone SECONDS     # no process of $BIN left (bounded poll)

# shellcheck source=tests/tui/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../tui/lib.sh"

FAULT_MOUNTS=()

# As root, run the whole test in a mount namespace of its own: whatever it
# mounts disappears with it, even if it is killed before its trap runs.
fault_ns() {
	if [ "$(id -u)" = 0 ] && [ -z "${FAULT_NS:-}" ] &&
	    unshare -m --propagation private true 2>/dev/null; then
		FAULT_NS=1 exec unshare -m --propagation private \
		    bash "$0" "$@"
	fi
}

# Can this test mount (root, in its own namespace)?
fault_can_mount() {
	[ -n "${FAULT_NS:-}" ]
}

fault_cleanup() {
	local i s pids
	set +e
	# The programs first (they may hold files on the mounts), by PID with
	# a deadline: those in the terminals, then anything else still running
	# this test's own copy of the binary (a daemon a test started).
	for s in "${T:-/nonexistent}"/tmux.*.sock; do
		tui_kill_server "$s"
	done
	case $BIN in
	"${T:-/nonexistent}"/*)	# our copy: no other test runs it
		pids=$(pgrep -f -- "^$BIN( |$)")
		# shellcheck disable=SC2086
		[ -n "$pids" ] && reap_pids 5 $pids ;;
	esac
	for ((i = ${#FAULT_MOUNTS[@]} - 1; i >= 0; i--)); do
		umount "${FAULT_MOUNTS[i]}" 2>/dev/null ||
		    umount -l "${FAULT_MOUNTS[i]}" 2>/dev/null
	done
	tui_cleanup
}

fault_setup() {
	tui_setup
	trap fault_cleanup EXIT
	trap 'exit 1' INT TERM HUP
	mkdir -p "$T/bin"
	cp "$BIN" "$T/bin/unclench" || fail "cannot copy $BIN"
	BIN=$T/bin/unclench
}

# fault_mount MOUNT-ARGS... DIR: mount, and unmount DIR in the cleanup.
fault_mount() {
	mount "$@" || fail "mount $*"
	FAULT_MOUNTS+=("${!#}")
}

# fault_umount DIR: undo the last mount on DIR now.
fault_umount() {
	umount "$1" || fail "umount $1"
}

# Processes running our copy of the binary (pid and command line).
fault_procs() {
	pgrep -af -- "^$BIN( |$)" || true
}

# fault_gone SECONDS: poll until no process runs our binary.
fault_none() { [ -z "$(fault_procs)" ]; }
fault_gone() {
	tui_poll "${1:-$WAIT_S}" fault_none ||
	    fail "processes left behind: $(fault_procs)"
}

# Every line of the screen fits in W columns (-J joins the lines the
# terminal itself wrapped, so text written past the edge shows here).
fault_fits() {	# W what
	local line n
	while IFS= read -r line; do
		n=${#line}
		[ "$n" -le "$1" ] ||
		    fail "$2: a line of $n columns at width $1: $line"
	done < <(tmux -S "$SOCK" capture-pane -p -J)
}
