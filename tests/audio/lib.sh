# shellcheck shell=bash
# tests/audio/lib.sh: sourced by the sound and speech tests (not a test).
#
# Gives each test a private world: a temporary HOME and XDG_RUNTIME_DIR,
# a PulseAudio server of its own with a null sink "rec" and a native
# socket of its own (PULSE_SERVER), parec recording the sink's monitor,
# and the analysis of the recording with sox. Every process started here
# is a child of the test, stopped and waited for by PID in the EXIT trap;
# a speech-dispatcher autospawned under our XDG_RUNTIME_DIR (not our
# child) is stopped by the PID it wrote, its modules by their parent PID
# (the process helpers: tests/lib/common.sh). A part that cannot start
# fails the test; nothing is skipped.

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
	echo "lib.sh: helpers sourced by the audio tests; nothing to run"
	exit 0
fi
set -u

TOP=${UNCLENCH_TOP:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
AUDIO_PLAY=${AUDIO_PLAY:-$TOP/build/tests/audio_play}

T=$(mktemp -d "${TMPDIR:-/tmp}/unclench-audio.XXXXXX")
export HOME=$T/home XDG_RUNTIME_DIR=$T/run
export XDG_CONFIG_HOME=$T/config XDG_DATA_HOME=$T/data XDG_CACHE_HOME=$T/cache
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" \
    "$XDG_CACHE_HOME"
chmod 700 "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY
export LANG=C.UTF-8 LC_ALL=C.UTF-8
export PULSE_SERVER=unix:$T/pulse.sock
# shellcheck source=tests/lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"
PULSE_PID='' REC_PID=''

fail() {
	echo "FAIL: $*" >&2
	for f in "$T/pulse.log" "$T/play.out"; do
		[ -s "$f" ] && { echo "--- $f:" >&2; tail -n 15 "$f" >&2; }
	done
	exit 1
}

# Stop a process that is not our child (so it cannot be waited for):
# TERM, poll until it is gone, KILL past 5 s.
stop_foreign() {
	local pid=$1 i
	kill -TERM "$pid" 2>/dev/null || return 0
	for ((i = 0; i < 100; i++)); do
		kill -0 "$pid" 2>/dev/null || return 0
		sleep 0.05
	done
	kill -KILL "$pid" 2>/dev/null
}

# The speech-dispatcher autospawned for this test, and its modules.
stop_speechd() {
	local f pid mods m
	for f in "$XDG_RUNTIME_DIR"/speech-dispatcher/pid/*.pid; do
		[ -f "$f" ] || continue
		pid=$(cat "$f")
		case $pid in '' | *[!0-9]*) continue ;; esac
		mods=$(ps -o pid= --ppid "$pid" 2>/dev/null)
		stop_foreign "$pid"
		for m in $mods; do stop_foreign "$m"; done
	done
}

# common.sh's, with the speech-dispatcher stopped first.
lib_cleanup() {
	stop_speechd
	lib_stop_pids
	rm -rf "$T"
}

need() {
	local c
	for c in "$@"; do
		command -v "$c" >/dev/null 2>&1 ||
		    fail "$c is not installed (bash .ci/install-deps test)"
	done
}

pulse_up() { pactl info >/dev/null 2>&1; }

# start_pulse: the private server, its null sink "rec" the default.
start_pulse() {
	need pulseaudio pactl parec sox
	[ -x "$AUDIO_PLAY" ] ||
	    fail "$AUDIO_PLAY is not built (make tests-built)"
	cat >"$T/default.pa" <<EOF
load-module module-native-protocol-unix auth-anonymous=1 socket=$T/pulse.sock
load-module module-null-sink sink_name=rec
set-default-sink rec
EOF
	pulseaudio -n --daemonize=no --exit-idle-time=-1 --disallow-exit \
	    --use-pid-file=no -F "$T/default.pa" >"$T/pulse.log" 2>&1 &
	PULSE_PID=$!
	LIB_PIDS+=("$PULSE_PID")
	wait_for "the private PulseAudio server" 20 pulse_up
}

recording() { pactl list short source-outputs 2>/dev/null | grep -q .; }
# The monitor sends nothing for the first seconds of a new null sink:
# the recording is live once 100 ms of it are in the file.
rec_live() { [ "$(stat -c %s "$1" 2>/dev/null || echo 0)" -gt 3244 ]; }

# start_rec FILE: record the null sink's monitor until stop_rec. Sound
# played before the recording is live would be squeezed together at its
# start (measured here): wait for it.
start_rec() {
	parec -d rec.monitor --rate=16000 --channels=1 --latency-msec=20 --process-time-msec=20 \
	    --file-format=wav \
	    "$1" >"$T/parec.log" 2>&1 &
	REC_PID=$!
	LIB_PIDS+=("$REC_PID")
	wait_for "parec to record" 20 recording
	wait_for "the recording to run" 20 rec_live "$1"
}

stop_rec() {
	kill -INT "$REC_PID" 2>/dev/null
	wait "$REC_PID" 2>/dev/null
	REC_PID=''
}

# segments WAV GAP_MS: the stretches of sound in WAV, one per line:
# "START_MS END_MS FREQ_FIRST_HALF FREQ_SECOND_HALF" (zero crossings).
# Sound is a 10 ms window with RMS above 0.01; stretches closer than
# GAP_MS are one.
segments() {
	sox "$1" -t dat -r 16000 -c 1 - 2>/dev/null | awk -v gap="$2" '
	function flush() {
		if (on) print int(s0), int(e0), half(1), half(2)
		on = 0
	}
	function half(h,   n, i, c, prev, x, mid, a, b) {
		mid = int((first + last) / 2)
		a = h == 1 ? first : mid; b = h == 1 ? mid : last
		c = 0; prev = 0
		for (i = a; i < b; i++) {
			x = v[i]
			if (x > 0.005 && prev < 0 || x < -0.005 && prev > 0) c++
			if (x > 0.005 || x < -0.005) prev = x
		}
		return b > a ? int(c / 2 / ((b - a) / 16000.0)) : 0
	}
	/^;/ { next }
	{
		t = $1 * 1000; x = $2; n++
		v[n] = x; sum += x * x
		if (n % 160 == 0) {
			rms = sqrt(sum / 160); sum = 0
			if (rms > 0.01) {
				if (on && t - 10 - e0 > gap) flush()
				if (!on) { on = 1; s0 = t - 10; first = n - 160 }
				e0 = t; last = n
			}
		}
	}
	END { flush() }'
}

# The real unclench in a tmux of the test's own (tests/tui's way); the
# server is stopped in the EXIT trap.
UNCLENCH=${UNCLENCH_BIN:-${UNCLENCH:-$TOP/unclench}}
TMUX_SOCK=$T/tmux.sock
tmux_cleanup() { tmux -S "$TMUX_SOCK" kill-server 2>/dev/null; }
trap 'tmux_cleanup; lib_cleanup' EXIT

# run_unclench CMD...: in an 80x24 pane; $T/rc gets its exit status.
run_unclench() {
	tmux -S "$TMUX_SOCK" -f /dev/null new-session -d -x 80 -y 24 \
	    -e LANG=C.UTF-8 -e HOME="$HOME" -e XDG_CONFIG_HOME="$XDG_CONFIG_HOME" \
	    -e XDG_DATA_HOME="$XDG_DATA_HOME" -e XDG_STATE_HOME="$T/state" \
	    -e XDG_RUNTIME_DIR="$XDG_RUNTIME_DIR" -e PULSE_SERVER="$PULSE_SERVER" \
	    -e UNCLENCH_TEST_TRACE="$T/trace" \
	    -e UNCLENCH_TEST_WALL="2026-03-04 12:00" \
	    "$*; echo \$? > '$T/rc'; exec sleep 600" ||
	    fail "cannot start tmux"
}

has_rc() { [ -s "$T/rc" ]; }
