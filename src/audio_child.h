/*
 * audio_child: the process audio.c starts. It reads records from its end
 * of a socket pair, speaks through speech-dispatcher or a command, plays
 * cues through audio_cue, and writes notices back on the same socket.
 */
#ifndef UNCLENCH_AUDIO_CHILD_H
#define UNCLENCH_AUDIO_CHILD_H

#include <stdint.h>

#include "audio.h"
#include "util.h"

/* One record is one datagram: a type byte, an argument byte, the text. */
enum audio_rec { AUDIO_REC_SAY, AUDIO_REC_CANCEL, AUDIO_REC_SOUND,
	AUDIO_REC_NOTICE };
#define AUDIO_REC_MAX	1024	/* bytes, header included */
#define AUDIO_TEXT_MAX	(AUDIO_REC_MAX - 2)

/* The child's settings: audio_opts, copied before the fork. */
struct audio_child_opts {
	int		 speak;
	enum audio_cues	 cues;
	int		 volume;
	int64_t		 speech_timeout_ms;
	char		 speech_command[256];	/* "" for none */
};

/* Run the child on fd until the parent closes it; never returns. */
void	 audio_child_main(int fd, const struct audio_child_opts *)
	     noreturn_fn;
/* Send a notice to the parent (child side; dropped if it cannot go). */
void	 audio_child_notice(int fd, const char *fmt, ...)
	     printflike(2, 3);

#endif
