#!/usr/bin/env bash
# run.sh: alone
# cues = sound: the five cues are freedesktop sound-theme events played
# through libcanberra into a private PulseAudio's null sink; each is heard
# where it was played (2 s apart, within 400 ms: the theme's files begin
# with a little silence of their own) and no notice says the theme is
# missing.
. "$(dirname "$0")/lib.sh"
[ -f /usr/share/sounds/freedesktop/stereo/complete.oga ] ||
    fail "sound-theme-freedesktop is not installed (bash .ci/install-deps test)"
start_pulse
start_rec "$T/rec.wav"
"$AUDIO_PLAY" -c sound -v 100 0:sound:inhale 2000:sound:exhale \
    4000:sound:hold_end 6000:sound:side_switch 8000:sound:routine_end \
    10500:end >"$T/play.out" 2>&1 || fail "audio_play exited $?"
grep -q '^notice:' "$T/play.out" && fail "a notice: $(grep notice "$T/play.out")"
stop_rec
segments "$T/rec.wav" 300 >"$T/seg"
cat "$T/seg"
[ "$(wc -l <"$T/seg")" -eq 5 ] ||
    fail "expected 5 sounds, got $(wc -l <"$T/seg")"
i=0 prev=''
while read -r s e _; do
	i=$((i + 1))
	if [ -n "$prev" ]; then
		off=$((s - prev - 2000))
		[ "${off#-}" -le 400 ] ||
		    fail "sound $i began $((s - prev)) ms after the one before, expected 2000"
	fi
	[ $((e - s)) -lt 1900 ] || fail "sound $i lasted $((e - s)) ms"
	prev=$s
done <"$T/seg"
echo "ok: five sound-theme events, each where it was played"
