#!/usr/bin/env bash
# run.sh: alone
# cues = tones, played through audio.c into a private PulseAudio's null
# sink and recorded from its monitor: the inhale tone rises, the exhale
# tone falls, the hold's end is two beeps, each where the schedule put it
# (within 100 ms of the inhale's onset plus the schedule's offset).
. "$(dirname "$0")/lib.sh"
start_pulse
start_rec "$T/rec.wav"
"$AUDIO_PLAY" -c tones -v 100 0:sound:inhale 1500:sound:exhale \
    3000:sound:hold_end 4000:end >"$T/play.out" 2>&1 ||
    fail "audio_play exited $?"
grep -q '^notice:' "$T/play.out" && fail "a notice: $(grep notice "$T/play.out")"
stop_rec
segments "$T/rec.wav" 30 >"$T/seg"
cat "$T/seg"
[ "$(wc -l <"$T/seg")" -eq 4 ] ||
    fail "expected 4 stretches of sound (in, out, two beeps), got $(wc -l <"$T/seg")"
read -r s1 e1 a1 b1 < <(sed -n 1p "$T/seg")
read -r s2 e2 a2 b2 < <(sed -n 2p "$T/seg")
read -r s3 e3 _ _ < <(sed -n 3p "$T/seg")
read -r s4 e4 _ _ < <(sed -n 4p "$T/seg")
[ "$b1" -gt $((a1 + 100)) ] || fail "inhale does not rise: $a1 Hz then $b1 Hz"
[ "$a2" -gt $((b2 + 100)) ] || fail "exhale does not fall: $a2 Hz then $b2 Hz"
near() { local d=$(($1 - $2)); [ "${d#-}" -le 100 ]; }
near "$s2" $((s1 + 1500)) || fail "exhale began at $((s2 - s1)) ms, expected 1500"
near "$s3" $((s1 + 3000)) || fail "hold end began at $((s3 - s1)) ms, expected 3000"
near "$s4" $((s3 + 160)) || fail "second beep $((s4 - s3)) ms after the first, expected 160"
near $((e1 - s1)) 400 || fail "inhale lasted $((e1 - s1)) ms, expected 400"
echo "ok: inhale rises ($a1 -> $b1 Hz), exhale falls ($a2 -> $b2 Hz), on time"
