#!/usr/bin/env bash
# run.sh: alone
# cues = tones in the real unclench: `breathe` with 2 s in, 1 s hold, 2 s
# out, 1 s hold, twice (after 1 s to get ready), recorded from a private PulseAudio's null sink. Each
# inhale is a rising tone and each exhale a falling one, each within 100 ms
# of the phase change the player traced (times taken from the first
# inhale), and the end of the routine has its own tone; holds are silent.
. "$(dirname "$0")/lib.sh"
need tmux
start_pulse
mkdir -p "$XDG_CONFIG_HOME/unclench" "$XDG_DATA_HOME/unclench/routines"
cp "$TOP/tests/tui/data/t-breath.ini" "$XDG_DATA_HOME/unclench/routines/"
cat >"$XDG_CONFIG_HOME/unclench/config.ini" <<CONF
[general]
get_ready = 1
[audio]
cues = tones
cues_at_night = yes
volume = 100
CONF
start_rec "$T/rec.wav"
run_unclench "$UNCLENCH" breathe t-breath
trace_done() { grep -q '^finished' "$T/trace" 2>/dev/null; }
wait_for "the routine to end" 40 trace_done
tmux -S "$TMUX_SOCK" send-keys q
wait_for "unclench to exit" 20 has_rc
# 200 ms more recording after the exit, so the last tone is in the file.
size=$(stat -c %s "$T/rec.wav")
grown() { [ "$(stat -c %s "$T/rec.wav")" -gt $((size + 6400)) ]; }
wait_for "the recording to go on" 20 grown
stop_rec
segments "$T/rec.wav" 30 >"$T/seg"
cat "$T/seg"
grep -E '^(phase|finished)' "$T/trace"
# The trace's real clock (us) of each inhale, exhale and the end.
awk '$1 == "phase" && ($2 == "inhale" || $2 == "exhale") ||
    $1 == "finished" { print $2, int($6 / 1000) }' "$T/trace" >"$T/due"
[ "$(wc -l <"$T/due")" -eq 5 ] || fail "the trace has $(wc -l <"$T/due") cue moments, expected 5"
[ "$(wc -l <"$T/seg")" -eq 5 ] ||
    fail "expected 5 tones (in, out, in, out, end), got $(wc -l <"$T/seg")"
read -r _ due0 < <(head -n 1 "$T/due")
read -r rec0 _ < <(head -n 1 "$T/seg")
paste -d ' ' "$T/due" "$T/seg" | while read -r kind due s _ a b; do
	off=$(((s - rec0) - (due - due0)))
	[ "${off#-}" -le 100 ] ||
	    fail "$kind tone $((s - rec0)) ms after the first, the phase $((due - due0)) ms"
	case $kind in
	inhale) [ "$b" -gt $((a + 100)) ] || fail "inhale tone does not rise: $a -> $b Hz" ;;
	exhale) [ "$a" -gt $((b + 100)) ] || fail "exhale tone does not fall: $a -> $b Hz" ;;
	esac
done || exit 1
echo "ok: 5 tones within 100 ms of their phase changes, inhale rising, exhale falling"
