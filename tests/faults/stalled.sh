#!/usr/bin/env bash
# Relief's first frame never waits on the user's config: a config too
# large to read at once and one on a stalled filesystem (a FUSE mount
# whose server never answers, so even stat() on it blocks; or a link
# into one) both give the relief steps at once, on the defaults, saying
# which file was ignored and why; the program then quits at once, its
# helper thread stuck or not. A FIFO as the config is refused without
# blocking. The stalled filesystem needs root and /dev/fuse; without
# root only the other cases run.
# shellcheck source=tests/faults/lib.sh
. "$(dirname "$0")/lib.sh"
fault_ns "$@"
fault_setup
CFG=$XDG_CONFIG_HOME/unclench/config.ini
NOON="UNCLENCH_TEST_WALL=2026-06-01 12:00"
holder=

flat() {
	tui_screen | tr '\n' ' ' | tr -s ' '
}

# wait_flat TEXT SECONDS: until TEXT shows, wrapped over lines or not.
wait_flat() {
	local i=0
	while [ $i -lt $(($2 * 20)) ]; do
		flat | grep -qF -- "$1" && return 0
		sleep 0.05
		i=$((i + 1))
	done
	return 1
}

# now calf: the first frame within the bound, the notice naming the file.
relief_at_once() {	# case notice-text [ENV=VALUE...]
	local t0 t1 what=$1 text=$2
	shift 2
	t0=$(date +%s%N)
	# The environment only for unclench: tmux itself looks for its
	# config under XDG_CONFIG_HOME, and would block there too.
	tui_run 100 30 "$BIN now calf" "$NOON" "$@"
	tui_wait "Pull the toes toward the shin" 5
	t1=$(date +%s%N)
	wait_flat "$text" 2 ||
	    fail "$what: the notice does not say what was ignored and why"
	echo "$what: first frame after $(((t1 - t0) / 1000000)) ms (with tmux)"
	tui_keys C-c
	tui_wait_exit
	tui_assert_restored
	fault_gone 5
}

# 1. Too large: legal (a config and 80 KiB of comments), but not what
# relief should read before its first frame.
{
	printf '[general]\nbell = no\n'
	for i in $(seq 1 1500); do
		echo "; comment $i: padding padding padding padding padding pad"
	done
} >"$CFG"
[ "$(wc -c <"$CFG")" -gt 65536 ] || fail "the large config is not large"
relief_at_once "too large" \
    "config $CFG ignored, defaults used: too large to read before relief"
# Other commands still read it (its keys are legal, if unknown).
"$BIN" drink >"$T/out" 2>"$T/err" || fail "drink refused a large config: $(cat "$T/err")"

# 2. A FIFO nobody writes to: refused, not waited on.
rm -f "$CFG"
mkfifo "$CFG"
relief_at_once "FIFO" \
    "config $CFG ignored, defaults used: not a regular file"
rm -f "$CFG"

if ! fault_can_mount; then
	echo "note: not root (or no unshare): the stalled filesystem is not tried"
	echo "ok"
	exit 0
fi

# 3. A stalled filesystem: a FUSE mount whose server never answers. The
# holder keeps the device open; when it dies the kernel aborts the
# connection and anything still waiting on it gets an error.
[ -c /dev/fuse ] || fail "no /dev/fuse to make a stalled filesystem with"
stall_cleanup() {	# the holder first (by PID, with a deadline)
	stop_pid "$holder"
	fault_cleanup
}
trap stall_cleanup EXIT
MNT=$T/stalled
mkdir -p "$MNT"
(
	exec 3<>/dev/fuse || exit 1
	mount -i -t fuse -o fd=3,rootmode=40000,user_id=0,group_id=0 \
	    stalled "$MNT" || exit 1
	exec sleep 600
) &
holder=$!
FAULT_MOUNTS+=("$MNT")
# Wait for the mount in the table (a stat() of it would block).
i=0
until grep -qF " $MNT " /proc/self/mountinfo; do
	i=$((i + 1))
	[ $i -lt 100 ] || fail "the stalled filesystem was not mounted"
	kill -0 "$holder" 2>/dev/null || fail "cannot mount a FUSE filesystem"
	sleep 0.05
done
relief_at_once "stalled config" \
    "config $MNT/unclench/config.ini ignored, defaults used: your files were not read within" \
    "XDG_CONFIG_HOME=$MNT"
# The whole home stalled: the user's relief file is not waited on either.
relief_at_once "stalled home" \
    "config $MNT/unclench/config.ini ignored, defaults used: your files were not read within" \
    "XDG_CONFIG_HOME=$MNT" "XDG_DATA_HOME=$MNT/data"
# The config reached through a link on a local disk (relief then asks
# the mount table of the link's target, never stat()s the mount).
ln -s "$MNT" "$T/linked"
relief_at_once "stalled through a link" \
    "config $T/linked/unclench/config.ini ignored, defaults used: your files were not read within" \
    "XDG_CONFIG_HOME=$T/linked"
# Only the data stalled (the config is read): relief still starts.
printf '[general]\nbell = no\n' >"$CFG"
relief_at_once "stalled data" \
    "ignored, defaults used: your files were not read within" \
    "XDG_DATA_HOME=$MNT/data"
# --config naming a file there: the same.
tui_run 100 30 "$BIN --config $MNT/mine.ini now calf" "$NOON"
tui_wait "Pull the toes toward the shin" 5
tui_wait "ignored, defaults used" 2
tui_keys C-c
tui_wait_exit
fault_gone 5
echo "ok"
