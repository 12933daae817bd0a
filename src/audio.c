/*
 * audio: the interface eyes-free coaching plays through (see audio.h).
 * Until the child lands, nothing is started and every call is a no-op.
 */
#include <stddef.h>

#include "audio.h"
#include "config.h"

void
audio_opts_from_config(const struct config *cfg, int night,
    struct audio_opts *o)
{
	(void)cfg;
	(void)night;
	o->speak = 0;
	o->cues = AUDIO_CUES_BELL;
	o->volume = 100;
	o->speech_command = NULL;
}

struct audio *
audio_start(const struct audio_opts *o)
{
	(void)o;
	return NULL;
}

void
audio_say(struct audio *au, const char *text, enum audio_prio prio)
{
	(void)au;
	(void)text;
	(void)prio;
}

void
audio_cancel(struct audio *au)
{
	(void)au;
}

void
audio_sound(struct audio *au, enum audio_sound s)
{
	(void)au;
	(void)s;
}

int
audio_notice(struct audio *au, char *buf, size_t len)
{
	(void)au;
	(void)buf;
	(void)len;
	return 0;
}

void
audio_stop(struct audio *au)
{
	(void)au;
}
