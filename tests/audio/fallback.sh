#!/usr/bin/env bash
# run.sh: alone
# libspeechd cannot reach speech-dispatcher (SPEECHD_ADDRESS names a
# socket nobody listens on; a server it autospawns listens on its own and
# is stopped by PID in the trap): speech falls back to the commands
# (spd-say, which cannot reach it either, then espeak-ng), heard in the
# private PulseAudio's null sink where each phrase was due, no notice.
. "$(dirname "$0")/lib.sh"
need espeak-ng spd-say
start_pulse
export SPEECHD_ADDRESS=unix_socket:$T/no-speechd.sock
start_rec "$T/rec.wav"
"$AUDIO_PLAY" -s 0:say:"Ready." 3000:say:"Bend the knee and hold." \
    7000:say:"Switch to the left side." 10000:end >"$T/play.out" 2>&1 ||
    fail "audio_play exited $?"
grep -q '^notice:' "$T/play.out" && fail "a notice: $(grep notice "$T/play.out")"
stop_rec
segments "$T/rec.wav" 400 >"$T/seg"
cat "$T/seg"
[ "$(wc -l <"$T/seg")" -eq 3 ] ||
    fail "expected 3 stretches of speech, got $(wc -l <"$T/seg")"
read -r s1 _ < <(sed -n 2p "$T/seg")
read -r s2 _ < <(sed -n 3p "$T/seg")
d=$((s2 - s1))
[ "$d" -ge 3500 ] && [ "$d" -le 4500 ] ||
    fail "the third phrase began $d ms after the second, expected 4000"
echo "ok: the fallback spoke each phrase on time"
