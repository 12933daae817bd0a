/*
 * audio_play: drives audio.c as the player would, for tests/audio. Each
 * argument is an event "MS:sound:NAME", "MS:say:TEXT" or "MS:end", MS
 * after the start on the monotonic clock (the schedule a routine keeps);
 * it prints "start" when it begins and every notice the child sends.
 * Options before the events: -c CUES, -s (speak), -v VOLUME.
 */
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "audio.h"
#include "clock.h"

static const char *const sounds[AUDIO_SND_COUNT] = {
	"inhale", "exhale", "hold_end", "side_switch", "routine_end"
};

static const char *const cue_names[] = { "bell", "sound", "tones", "off" };

/* Wait until ms after t0, printing notices as they come. */
static void
until(struct audio *au, uint64_t t0, long ms)
{
	char	 buf[512];

	for (;;) {
		uint64_t now = clock_real_mono_us(), at = t0 + (uint64_t)ms *
		    1000;

		while (audio_notice(au, buf, sizeof buf))
			printf("notice: %s\n", buf);
		fflush(stdout);
		if (now >= at)
			return;
		poll(NULL, 0, (int)((at - now) / 1000 + 1) > 20 ? 20 :
		    (int)((at - now) / 1000 + 1));
	}
}

static void
event(struct audio *au, const char *what)
{
	int i;

	if (strncmp(what, "say:", 4) == 0) {
		audio_say(au, what + 4, AUDIO_MESSAGE);
		return;
	}
	if (strncmp(what, "sound:", 6) == 0)
		for (i = 0; i < AUDIO_SND_COUNT; i++)
			if (strcmp(what + 6, sounds[i]) == 0) {
				audio_sound(au, (enum audio_sound)i);
				return;
			}
	if (strcmp(what, "cancel") == 0)
		audio_cancel(au);
}

int
main(int argc, char **argv)
{
	struct audio_opts	 o = { 0, AUDIO_CUES_OFF, 100, NULL, 0 };
	struct audio		*au;
	uint64_t		 t0;
	int			 ch, i;

	while ((ch = getopt(argc, argv, "c:sv:")) != -1) {
		switch (ch) {
		case 'c':
			for (i = 0; i < 4; i++)
				if (strcmp(optarg, cue_names[i]) == 0)
					o.cues = (enum audio_cues)i;
			break;
		case 's':
			o.speak = 1;
			break;
		case 'v':
			o.volume = atoi(optarg);
			break;
		default:
			return 2;
		}
	}
	if ((au = audio_start(&o)) == NULL) {
		fprintf(stderr, "audio_play: audio_start gave nothing\n");
		return 1;
	}
	t0 = clock_real_mono_us();
	printf("start\n");
	for (i = optind; i < argc; i++) {
		char *colon = strchr(argv[i], ':');
		long  ms = strtol(argv[i], NULL, 10);

		until(au, t0, ms);
		if (colon != NULL)
			event(au, colon + 1);
	}
	audio_stop(au);
	return 0;
}
