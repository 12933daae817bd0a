/*
 * audio_cue: see audio_cue.h. Tones are written to a stream that starts
 * playing after 20 ms of data (prebuf), so a short tone sounds at once
 * and pa_simple_write returns without waiting for it to play.
 */
#include "audio_cue.h"

#include <dlfcn.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audio_child.h"
#include "i18n.h"
#include "util.h"

#define RATE		44100
#define FADE_MS		8
#define TONE_MAX_MS	700

/* libpulse-simple's values (pulse/def.h, pulse/sample.h), for dlsym. */
#define PA_STREAM_PLAYBACK_	1
#define PA_SAMPLE_S16LE_	3

struct pa_ss {
	int		format;
	uint32_t	rate;
	uint8_t		channels;
};

struct pa_attr {
	uint32_t	maxlength, tlength, prebuf, minreq, fragsize;
};

/*
 * Sound-theme events from sound-theme-freedesktop's index: a rising and
 * a falling pair for breath, a short message for a hold's end, a call
 * for attention when the side changes, "complete" at the end.
 */
static const char *const event_ids[AUDIO_SND_COUNT] = {
	[AUDIO_SND_INHALE] = "device-added",
	[AUDIO_SND_EXHALE] = "device-removed",
	[AUDIO_SND_HOLD_END] = "message-new-instant",
	[AUDIO_SND_SIDE_SWITCH] = "window-attention",
	[AUDIO_SND_ROUTINE_END] = "complete",
};

/* A tone: segments of a sweep from f0 to f1 Hz; f0 = 0 is silence. */
struct seg {
	int	f0, f1, ms;
};

static const struct seg tones[AUDIO_SND_COUNT][4] = {
	[AUDIO_SND_INHALE] = { { 440, 880, 400 } },
	[AUDIO_SND_EXHALE] = { { 880, 440, 400 } },
	[AUDIO_SND_HOLD_END] = { { 880, 880, 90 }, { 0, 0, 70 },
	    { 880, 880, 90 } },
	[AUDIO_SND_SIDE_SWITCH] = { { 660, 660, 200 } },
	[AUDIO_SND_ROUTINE_END] = { { 523, 523, 150 }, { 659, 659, 150 },
	    { 784, 784, 250 } },
};

struct audio_cue {
	enum audio_cues	 kind;
	int		 volume;
	int		 fd;
	int		 told;
	void		*lib;
	/* libcanberra */
	void		*ca;
	int		(*ca_play)(void *, uint32_t, ...);
	int		(*ca_destroy)(void *);
	/* libpulse-simple */
	void		*pa;
	void		*(*pa_new)(const char *, const char *, int,
			    const char *, const char *, const struct pa_ss *,
			    const void *, const struct pa_attr *, int *);
	int		(*pa_write)(void *, const void *, size_t, int *);
	int		(*pa_drain)(void *, int *);
	void		(*pa_free)(void *);
};

const char *
audio_cue_event_id(enum audio_sound s)
{
	return (unsigned)s < AUDIO_SND_COUNT ? event_ids[s] : NULL;
}

static int
open_canberra(struct audio_cue *q)
{
	int	(*create)(void **);
	int	(*props)(void *, ...);
	int	(*copen)(void *);

	if ((q->lib = dlopen("libcanberra.so.0", RTLD_NOW | RTLD_LOCAL)) ==
	    NULL)
		return -1;
	*(void **)&create = dlsym(q->lib, "ca_context_create");
	*(void **)&props = dlsym(q->lib, "ca_context_change_props");
	*(void **)&copen = dlsym(q->lib, "ca_context_open");
	*(void **)&q->ca_play = dlsym(q->lib, "ca_context_play");
	*(void **)&q->ca_destroy = dlsym(q->lib, "ca_context_destroy");
	if (create == NULL || props == NULL || copen == NULL ||
	    q->ca_play == NULL || q->ca_destroy == NULL || create(&q->ca) != 0)
		return -1;
	props(q->ca, "application.name", "unclench", "application.id",
	    "unclench", (char *)NULL);
	/* Connect now, not at the first cue, so that one is on time. */
	return copen(q->ca) == 0 ? 0 : -1;
}

/* A stream for one tone: 50 ms ahead at most, so it plays as written. */
static void *
pulse_stream(struct audio_cue *q)
{
	struct pa_ss	 ss = { PA_SAMPLE_S16LE_, RATE, 1 };
	struct pa_attr	 at;
	int		 err = 0;

	at.maxlength = (uint32_t)-1;
	at.tlength = RATE * 2 / 20;
	at.prebuf = (uint32_t)-1;
	at.minreq = (uint32_t)-1;
	at.fragsize = (uint32_t)-1;
	return q->pa_new(NULL, "unclench", PA_STREAM_PLAYBACK_, NULL, "cue",
	    &ss, NULL, &at, &err);
}

/*
 * The server is tried once here, so a missing one is told at the start;
 * each tone then has a stream of its own, opened and drained like
 * paplay's (a stream left open across the silences lost them).
 */
static int
open_pulse(struct audio_cue *q)
{
	void *s;

	if ((q->lib = dlopen("libpulse-simple.so.0", RTLD_NOW | RTLD_LOCAL))
	    == NULL)
		return -1;
	*(void **)&q->pa_new = dlsym(q->lib, "pa_simple_new");
	*(void **)&q->pa_write = dlsym(q->lib, "pa_simple_write");
	*(void **)&q->pa_drain = dlsym(q->lib, "pa_simple_drain");
	*(void **)&q->pa_free = dlsym(q->lib, "pa_simple_free");
	if (q->pa_new == NULL || q->pa_write == NULL || q->pa_drain == NULL ||
	    q->pa_free == NULL || (s = pulse_stream(q)) == NULL)
		return -1;
	q->pa_free(s);
	return 0;
}

struct audio_cue *
audio_cue_open(enum audio_cues kind, int volume, int fd)
{
	struct audio_cue	*q;
	int			 r;

	if (kind != AUDIO_CUES_SOUND && kind != AUDIO_CUES_TONES)
		return NULL;
	q = xcalloc(1, sizeof *q);
	q->kind = kind;
	q->volume = volume;
	q->fd = fd;
	r = kind == AUDIO_CUES_SOUND ? open_canberra(q) : open_pulse(q);
	if (r == 0)
		return q;
	if (kind == AUDIO_CUES_SOUND)
		audio_child_notice(fd, "%s", _("no sound cues: cannot play "
		    "the sound theme (apt install libcanberra0 "
		    "sound-theme-freedesktop)"));
	else
		audio_child_notice(fd, "%s", _("no tones: cannot reach "
		    "PulseAudio or PipeWire (apt install libpulse0)"));
	audio_cue_close(q);
	return NULL;
}

/* Synthesise a tone's segments into buf; the number of samples. */
static size_t
synth(const struct seg *sg, int volume, int16_t *buf, size_t max)
{
	double	amp = 0.4 * 32767.0 * volume / 100.0, ph = 0;
	size_t	n = 0;
	int	k;

	for (k = 0; k < 4 && sg[k].ms > 0; k++) {
		size_t len = (size_t)sg[k].ms * RATE / 1000, i;
		size_t fade = (size_t)FADE_MS * RATE / 1000;

		for (i = 0; i < len && n < max; i++, n++) {
			double f = sg[k].f0 + (double)(sg[k].f1 - sg[k].f0) *
			    (double)i / (double)len;
			double env = 1.0;

			if (sg[k].f0 == 0) {
				buf[n] = 0;
				continue;
			}
			/* Fades keep the ends from clicking. */
			if (i < fade)
				env = (double)i / (double)fade;
			else if (len - i < fade)
				env = (double)(len - i) / (double)fade;
			ph += 2.0 * M_PI * f / RATE;
			buf[n] = (int16_t)(amp * env * sin(ph));
		}
	}
	return n;
}

void
audio_cue_play(struct audio_cue *q, enum audio_sound s)
{
	static int16_t	 buf[RATE * TONE_MAX_MS / 1000];
	char		 vol[16];
	size_t		 n;
	int		 err;

	if (q == NULL || (unsigned)s >= AUDIO_SND_COUNT || q->volume == 0)
		return;
	if (q->kind == AUDIO_CUES_SOUND) {
		/* canberra.volume is in dB: 0 is the theme's own level. */
		snprintf(vol, sizeof vol, "%.1f", 20.0 * log10(q->volume /
		    100.0));
		if (q->ca_play(q->ca, 0, "event.id", event_ids[s],
		    "canberra.volume", vol, (char *)NULL) != 0 && !q->told++)
			audio_child_notice(q->fd, _("no sound for \"%s\": "
			    "install the sound theme (apt install "
			    "sound-theme-freedesktop)"), event_ids[s]);
		return;
	}
	n = synth(tones[s], q->volume, buf, nitems(buf));
	if ((q->pa = pulse_stream(q)) == NULL ||
	    q->pa_write(q->pa, buf, n * sizeof buf[0], &err) != 0 ||
	    q->pa_drain(q->pa, &err) != 0) {
		if (!q->told++)
			audio_child_notice(q->fd, "%s", _("tones stopped: the "
			    "sound server went away"));
	}
	if (q->pa != NULL)
		q->pa_free(q->pa);
	q->pa = NULL;
}

void
audio_cue_close(struct audio_cue *q)
{
	if (q == NULL)
		return;
	if (q->ca != NULL)
		q->ca_destroy(q->ca);
	if (q->pa != NULL)
		q->pa_free(q->pa);
	if (q->lib != NULL)
		dlclose(q->lib);
	free(q);
}
