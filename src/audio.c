/*
 * audio: the parent's side (see audio.h). One SOCK_SEQPACKET socket pair
 * joins the player and the child: each record is one datagram, sent with
 * MSG_DONTWAIT so a busy or hung child costs the player nothing (the cue
 * is dropped), and MSG_NOSIGNAL so a dead child cannot kill it with
 * SIGPIPE. Notices come back on the same socket.
 */
#include "audio.h"

#include <sys/socket.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "audio_child.h"
#include "clock.h"
#include "config.h"
#include "util.h"

#define AUDIO_STOP_MS		1000	/* the child finishes a tone (0.7 s) */
#define AUDIO_TIMEOUT_DEF_MS	20000

_Static_assert(CONFIG_CUES_OFF == AUDIO_CUES_OFF, "config.h's cues = off");

struct audio {
	pid_t	 pid;
	int	 fd;
};

void
audio_opts_from_config(const struct config *cfg, int night,
    struct audio_opts *o)
{
	o->speak = cfg->speak && (!night || cfg->speak_at_night);
	o->cues = (enum audio_cues)cfg->cues;
	/* Sound and tones keep the night's quiet unless asked not to. */
	if (night && !cfg->cues_at_night && (o->cues == AUDIO_CUES_SOUND ||
	    o->cues == AUDIO_CUES_TONES))
		o->cues = AUDIO_CUES_OFF;
	o->volume = cfg->volume;
	o->speech_command = cfg->speech_command[0] != '\0' ?
	    cfg->speech_command : NULL;
	o->speech_timeout_ms = cfg->speech_timeout_ms;
}

struct audio *
audio_start(const struct audio_opts *o)
{
	struct audio_child_opts	 co;
	struct audio		*au;
	int			 sv[2];
	pid_t			 pid;

	if (!o->speak && o->cues != AUDIO_CUES_SOUND &&
	    o->cues != AUDIO_CUES_TONES)
		return NULL;
	memset(&co, 0, sizeof co);
	co.speak = o->speak;
	co.cues = o->cues;
	co.volume = o->volume < 0 ? 0 : o->volume > 100 ? 100 : o->volume;
	co.speech_timeout_ms = o->speech_timeout_ms > 0 ?
	    o->speech_timeout_ms : AUDIO_TIMEOUT_DEF_MS;
	if (o->speech_command != NULL)
		strlcpy_safe(co.speech_command, o->speech_command,
		    sizeof co.speech_command);
	if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv) != 0)
		return NULL;
	if ((pid = fork()) == -1) {
		close(sv[0]);
		close(sv[1]);
		return NULL;
	}
	if (pid == 0) {
		close(sv[0]);
		audio_child_main(sv[1], &co);
	}
	close(sv[1]);
	au = xcalloc(1, sizeof *au);
	au->pid = pid;
	au->fd = sv[0];
	return au;
}

/* One record, or nothing: never waits for the child. */
static void
send_rec(struct audio *au, enum audio_rec type, int arg, const char *text)
{
	unsigned char	 buf[AUDIO_REC_MAX];
	size_t		 len = 0;

	if (au == NULL || au->fd < 0)
		return;
	if (text != NULL) {
		len = strlen(text);
		if (len > AUDIO_TEXT_MAX) {
			len = AUDIO_TEXT_MAX;
			/* Cut at a character, not inside one. */
			while (len > 0 && ((unsigned char)text[len] & 0xc0) ==
			    0x80)
				len--;
		}
		memcpy(buf + 2, text, len);
	}
	buf[0] = (unsigned char)type;
	buf[1] = (unsigned char)arg;
	(void)send(au->fd, buf, len + 2, MSG_DONTWAIT | MSG_NOSIGNAL);
}

void
audio_say(struct audio *au, const char *text, enum audio_prio prio)
{
	if (text != NULL && *text != '\0')
		send_rec(au, AUDIO_REC_SAY, (int)prio, text);
}

void
audio_cancel(struct audio *au)
{
	send_rec(au, AUDIO_REC_CANCEL, 0, NULL);
}

void
audio_sound(struct audio *au, enum audio_sound s)
{
	if ((unsigned)s < AUDIO_SND_COUNT)
		send_rec(au, AUDIO_REC_SOUND, (int)s, NULL);
}

int
audio_notice(struct audio *au, char *buf, size_t len)
{
	unsigned char	 rec[AUDIO_REC_MAX + 1];
	ssize_t		 n;

	if (au == NULL || au->fd < 0 || len == 0)
		return 0;
	while ((n = recv(au->fd, rec, AUDIO_REC_MAX, MSG_DONTWAIT)) > 0) {
		if (n < 2 || rec[0] != AUDIO_REC_NOTICE)
			continue;
		rec[n] = '\0';
		strlcpy_safe(buf, (char *)rec + 2, len);
		return 1;
	}
	return 0;
}

/*
 * The child exits when it reads the end of the stream; its end of the
 * socket closing is the sign it went, so a poll bounds the wait without
 * a timer or a sleep. Past the deadline it is killed.
 */
void
audio_stop(struct audio *au)
{
	unsigned char	rec[AUDIO_REC_MAX];
	uint64_t	end;
	struct pollfd	pfd;
	int		gone = 0;

	if (au == NULL)
		return;
	shutdown(au->fd, SHUT_WR);
	end = clock_real_mono_us() + AUDIO_STOP_MS * 1000ULL;
	pfd.fd = au->fd;
	pfd.events = POLLIN;
	while (!gone) {
		uint64_t now = clock_real_mono_us();
		ssize_t	 n;

		if (now >= end)
			break;
		if (poll(&pfd, 1, (int)((end - now) / 1000 + 1)) < 0 &&
		    errno != EINTR)
			break;
		while ((n = recv(au->fd, rec, sizeof rec, MSG_DONTWAIT)) > 0)
			;
		if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR &&
		    errno != EWOULDBLOCK))
			gone = 1;
	}
	if (!gone)
		kill(au->pid, SIGKILL);
	while (waitpid(au->pid, NULL, 0) == -1 && errno == EINTR)
		;
	close(au->fd);
	free(au);
}
