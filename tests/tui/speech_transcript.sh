#!/usr/bin/env bash
# run.sh: alone
# Speech, followed with the screen out of sight (issue 14): a PMR routine
# and a whole relief flow (the timed stretch, the steps that wait for
# Enter, the red flag read out at 10 minutes, the end) with --speak and
# the user's speech_command, a recording script that appends each line it
# is given, with the monotonic time, to a file. transcript.py compares it
# with a golden transcript: the same lines in order, each said at its time
# after the phase change (never early, at most 0.25 s late) and given to
# the speech command at most 0.5 s after.
# shellcheck source=tests/tui/lib.sh
. "$(dirname "$0")/lib.sh"
tui_setup
tui_routines t-pmr-speak
command -v perl >/dev/null || fail "perl is not installed"
command -v python3 >/dev/null || fail "python3 is not installed"

cat >"$T/record" <<EOF2
#!/bin/sh
# The text is the last argument; no shell ever sees it as a command.
exec perl -MTime::HiRes=clock_gettime,CLOCK_MONOTONIC -e '
	open(my \$f, ">>", "$T/rec") or die "\$!";
	printf \$f "%.3f\t%s\n", clock_gettime(CLOCK_MONOTONIC) * 1000, \$ARGV[-1];
' -- "\$@"
EOF2
chmod +x "$T/record"
tui_config <<EOF2
[general]
get_ready = 0s
bell = no
[audio]
speech_command = $T/record
EOF2
# Midday: the night's quiet is not what is tested here.
WALL="2026-06-01 12:00"

# rec_wait TEXT: until the speech command was given a line starting so
# (Enter on a step stops what is still to be said, as a skip should).
rec_wait() {
	local i
	for ((i = 0; i < WAIT_S * 20; i++)); do
		cut -f 2- "$T/rec" | grep -qF -- "$1" && return 0
		sleep 0.05
	done
	fail "the speech command never got \"$1\": $(cat "$T/rec")"
}

# said SCALE GOLDEN: the transcript against the golden one.
said() {
	python3 "$TOP/tests/tui/transcript.py" "$T/trace" "$T/rec" \
	    "$DATA/$2" "$1" >"$T/diff" || fail "$2: $(cat "$T/diff")"
}

: >"$T/rec"
tui_run 80 24 "$BIN relax t-pmr-speak --speak" UNCLENCH_TEST_TIME_SCALE=5 \
    UNCLENCH_TEST_TRACE="$T/trace" UNCLENCH_TEST_WALL="$WALL"
tui_wait 'Press any key to exit' 30
tui_keys x
tui_wait_exit
said 5 transcript-pmr.golden

: >"$T/rec"
# Scale 12: a count every 83 ms. At 30 (33 ms) a wake-up late by one
# count on a busy machine skipped it, as the coach should (a stale count
# is not said), and the golden transcript lacked a "3".
tui_run 80 24 "$BIN now calf --speak" UNCLENCH_TEST_TIME_SCALE=12 \
    UNCLENCH_TEST_TRACE="$T/trace" UNCLENCH_TEST_WALL="$WALL"
tui_wait 'Massage the calf' 30
tui_wait 'still there after 10 minutes' 90
rec_wait 'Is the cramp still there'
tui_keys Enter
tui_wait_gone 'still there after 10 minutes'
tui_keys Enter
tui_wait 'Warmth'
rec_wait 'Step 3 of 4'
tui_keys Enter
tui_wait 'A short walk'
rec_wait 'Step 4 of 4'
tui_keys Enter
tui_wait 'How long did the cramp last?'
said 12 transcript-relief.golden
tui_keys Enter
tui_wait_re 'Saved to your history|How bad'
if tui_screen | grep -qF 'How bad'; then
	tui_keys Enter Enter
	tui_wait 'Saved to your history.'
fi
tui_keys x
tui_wait_exit
echo "ok"
