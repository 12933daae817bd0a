/*
 * audio: what eyes-free coaching plays, spoken text and sound cues, given
 * to a child process so the player never waits on a speech server or a
 * sound card. The parent only writes short records to a pipe that never
 * blocks; a full pipe drops the cue (coaching on screen goes on, on time).
 * The child loads libspeechd, libcanberra and libpulse-simple with dlopen,
 * so `unclench now` maps none of them before its first frame.
 */
#ifndef UNCLENCH_AUDIO_H
#define UNCLENCH_AUDIO_H

#include <stddef.h>
#include <stdint.h>

struct config;

/* The distinct sound cues (freedesktop sound-theme events, or tones). */
enum audio_sound {
	AUDIO_SND_INHALE,	/* tones: rising */
	AUDIO_SND_EXHALE,	/* tones: falling */
	AUDIO_SND_HOLD_END,	/* tones: a double beep */
	AUDIO_SND_SIDE_SWITCH,
	AUDIO_SND_ROUTINE_END,
	AUDIO_SND_COUNT
};

/* Speech priority, as speech-dispatcher's SPD_MESSAGE and SPD_PROGRESS. */
enum audio_prio { AUDIO_MESSAGE, AUDIO_PROGRESS };

/* config `cues =`: bell is the terminal bell, played by the screen. */
enum audio_cues { AUDIO_CUES_BELL, AUDIO_CUES_SOUND, AUDIO_CUES_TONES,
	AUDIO_CUES_OFF };

struct audio_opts {
	int		 speak;		/* speak the coaching */
	enum audio_cues	 cues;
	int		 volume;	/* 0..100 */
	const char	*speech_command; /* a user's own, or NULL */
	int64_t		 speech_timeout_ms; /* a command running longer is
					   killed; 0: the default */
};

struct audio;

/*
 * The options from the config, with the night's quiet applied (speech and
 * sound off at night unless the config turns them on for night too).
 */
void		 audio_opts_from_config(const struct config *, int night,
		     struct audio_opts *);
/*
 * Start the child, if the options ask for speech or sound: NULL when they
 * ask for neither. Never blocks beyond a fork; a missing speech server or
 * sound device is found by the child and reported by audio_notice.
 */
struct audio	*audio_start(const struct audio_opts *);
/* Speak text (the routine's own text; never a command line). */
void		 audio_say(struct audio *, const char *text, enum audio_prio);
/* Drop what is queued and stop speaking (a step was skipped). */
void		 audio_cancel(struct audio *);
/* Play one cue. */
void		 audio_sound(struct audio *, enum audio_sound);
/*
 * A notice from the child ("no speech: apt install speech-dispatcher"),
 * at most one per problem: 1 and the text in buf, 0 when there is none.
 * Never blocks.
 */
int		 audio_notice(struct audio *, char *buf, size_t len);
/* Stop the child and reap it (bounded wait). NULL is fine. */
void		 audio_stop(struct audio *);

#endif
