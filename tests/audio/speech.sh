#!/usr/bin/env bash
# run.sh: alone
# Speech through a real speech-dispatcher and its espeak-ng module:
# audio.c's child loads libspeechd, which autospawns the server under this
# test's XDG_RUNTIME_DIR; the server plays into a private PulseAudio's
# null sink, recorded from its monitor. After a first phrase (the server
# may take a while to start), two phrases 5 s apart: two stretches of
# speech, the second 5 s after the first, silence between; then
# audio_cancel cuts a long phrase short.
. "$(dirname "$0")/lib.sh"
need speech-dispatcher espeak-ng
start_pulse
start_rec "$T/rec.wav"
long="Hold the stretch, breathe slowly, and let the calf soften; keep the knee straight and the heel down while the muscle lets go"
"$AUDIO_PLAY" -s 0:say:"Ready." 4000:say:"Bend the knee and hold." \
    9000:say:"Switch to the left side." 13000:say:"$long" 14000:cancel \
    17000:end >"$T/play.out" 2>&1 || fail "audio_play exited $?"
grep -q '^notice:' "$T/play.out" && fail "a notice: $(grep notice "$T/play.out")"
stop_rec
[ -n "$(ls "$XDG_RUNTIME_DIR"/speech-dispatcher/pid/*.pid 2>/dev/null)" ] ||
    fail "no speech-dispatcher was autospawned under $XDG_RUNTIME_DIR"
segments "$T/rec.wav" 400 >"$T/seg"
cat "$T/seg"
[ "$(wc -l <"$T/seg")" -eq 4 ] ||
    fail "expected 4 stretches of speech, got $(wc -l <"$T/seg")"
read -r s1 e1 _ _ < <(sed -n 2p "$T/seg")
read -r s2 e2 _ _ < <(sed -n 3p "$T/seg")
read -r s3 e3 _ _ < <(sed -n 4p "$T/seg")
d=$((s2 - s1))
[ "$d" -ge 4500 ] && [ "$d" -le 5500 ] ||
    fail "the second phrase began $d ms after the first, expected 5000"
[ $((e1 - s1)) -ge 500 ] && [ $((e1 - s1)) -lt 4000 ] ||
    fail "the first phrase lasted $((e1 - s1)) ms"
d=$((s3 - s1))
[ "$d" -ge 8500 ] && [ "$d" -le 9500 ] ||
    fail "the long phrase began $d ms after the first, expected 9000"
# Cancelled 1 s in: far shorter than the phrase (about 8 s in full).
[ $((e3 - s3)) -le 1600 ] ||
    fail "the cancelled phrase went on for $((e3 - s3)) ms"
echo "ok: speech at 0, $((s2 - s1)) and $((s3 - s1)) ms, silence between; cancel cut it at $((e3 - s3)) ms"
