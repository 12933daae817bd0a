/*
 * audio_cue: the sound cues, played in the audio child: freedesktop
 * sound-theme events through libcanberra, or tones synthesised and
 * played through the PulseAudio simple API (PipeWire serves it too).
 * Both libraries are loaded with dlopen in the child only.
 */
#ifndef UNCLENCH_AUDIO_CUE_H
#define UNCLENCH_AUDIO_CUE_H

#include "audio.h"

struct audio_cue;

/* NULL for bell and off, or when nothing could be loaded (notice sent). */
struct audio_cue *audio_cue_open(enum audio_cues, int volume, int notice_fd);
/* Play one cue; NULL is fine. */
void	 audio_cue_play(struct audio_cue *, enum audio_sound);
void	 audio_cue_close(struct audio_cue *);
/* The sound-theme event id of a cue (for the docs and the tests). */
const char *audio_cue_event_id(enum audio_sound);

#endif
