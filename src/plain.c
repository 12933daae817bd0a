/*
 * plain: the line front end; see plain.h. Invariants: the terminal, if
 * put in single-key mode, is put back on every way out (the end, q, a
 * signal); a line is printed only when the coach says a phase began (or
 * the user asked), so a screen reader or a log reads one line per change.
 */
#include "plain.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "audio.h"
#include "coach.h"
#include "i18n.h"
#include "session.h"
#include "util.h"
#include "view_redflag.h"
#include "view_signs.h"

#define NEVENTS		16
#define NCUES		3
#define REDFLAG_MS	(10 * 60 * 1000)	/* NHS: over 10 minutes */

static volatile sig_atomic_t plain_signal;

struct plain {
	const struct plain_run	*run;
	struct session		*s;
	struct coach		 coach;
	struct coach_cue	*cues;
	struct audio		*audio;
	int			 in;		/* keys from here; -1: none */
	int			 raw;		/* the terminal is in key mode */
	struct termios		 saved;
	int			 redflag_done;
	int			 quit;
};

static void
on_signal(int sig)
{
	plain_signal = sig;
}

static void
signals(void (*fn)(int))
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = fn;
	sigemptyset(&sa.sa_mask);
	/* No SA_RESTART: poll returns, and the loop sees the flag. */
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
}

/* Keys one at a time, unechoed, from a terminal; a pipe is read as is. */
static void
keys_begin(struct plain *p)
{
	struct termios t;

	p->in = STDIN_FILENO;
	if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &p->saved) != 0)
		return;
	t = p->saved;
	t.c_lflag &= ~(tcflag_t)(ICANON | ECHO);
	t.c_cc[VMIN] = 1;
	t.c_cc[VTIME] = 0;
	if (tcsetattr(STDIN_FILENO, TCSANOW, &t) == 0)
		p->raw = 1;
}

static void
keys_end(struct plain *p)
{
	if (p->raw)
		tcsetattr(STDIN_FILENO, TCSANOW, &p->saved);
	p->raw = 0;
}

static uint64_t
now_ms(const struct plain *p)
{
	return clock_mono_ms(p->run->clk);
}

static void
plain_trace(const struct plain *p, const char *what, const char *text)
{
	if (p->run->trace == NULL)
		return;
	fprintf(p->run->trace, "%s %llu %s\n", what,
	    (unsigned long long)now_ms(p), text);
	fflush(p->run->trace);
}

/* One line on stdout (the coach's text has no control characters). */
static void
line(struct plain *p, const char *text)
{
	printf("%s\n", text);
	fflush(stdout);
	plain_trace(p, "line", text);
}

static void
say(struct plain *p, const char *text, enum coach_prio prio)
{
	audio_say(p->audio, text, prio == COACH_MESSAGE ? AUDIO_MESSAGE :
	    AUDIO_PROGRESS);
}

/* The coach's cues due now: a phase's sentence is printed, all spoken. */
static void
coach_turn(struct plain *p, uint64_t now)
{
	size_t n, i;

	n = coach_poll(&p->coach, p->s, now, p->cues, NCUES);
	for (i = 0; i < n; i++) {
		if (p->cues[i].kind == COACH_PHASE)
			line(p, p->cues[i].text);
		say(p, p->cues[i].text, p->cues[i].prio);
	}
}

/* Relief at 10 minutes: the red flag, printed and read out. */
static void
redflag(struct plain *p, uint64_t now)
{
	char buf[1024];

	if (!p->run->relief || p->redflag_done ||
	    now - p->run->cramp_ms < REDFLAG_MS)
		return;
	p->redflag_done = 1;
	view_redflag_words(buf, sizeof buf);
	line(p, buf);
	say(p, buf, COACH_MESSAGE);
}

/* Relief: the part's check (a leg's clot check) before the first step. */
static void
part_check(struct plain *p)
{
	const char *l1, *l2;

	if (p->run->relief && p->run->part != NULL &&
	    view_signs_part_lines(p->run->part, 1 << 14, &l1, &l2) > 0)
		line(p, l1);
}

/* !: the warning signs in full, a line each. */
static void
signs(struct plain *p)
{
	const char *const	*paras;
	size_t			 n, i;

	paras = view_signs_paras(&n);
	for (i = 0; i < n; i++)
		if (paras[i][0] != '\0')
			line(p, paras[i]);
}

static void
time_left(struct plain *p, uint64_t now)
{
	struct session_status	st;
	char			buf[128];

	session_status(p->s, now, &st);
	coach_time_left(&st, buf, sizeof buf);
	line(p, buf);
	say(p, buf, COACH_MESSAGE);
}

/* One key: Enter, space, n, t, q. */
static void
key(struct plain *p, int ch, uint64_t now)
{
	struct session_status	st;
	size_t			was;

	session_status(p->s, now, &st);
	was = st.phase_index;
	switch (ch) {
	case '\n':
	case '\r':
		if (st.phase->kind == PHASE_WAIT_USER)
			session_confirm(p->s, now);
		else if (p->run->relief)
			session_skip(p->s, now);	/* Enter: next */
		break;
	case ' ':
		line(p, session_toggle_pause(p->s, now) ?
		    _("Paused. Press space to go on.") : _("Going on."));
		break;
	case 'n':
		session_skip(p->s, now);
		break;
	case 't':
		time_left(p, now);
		break;
	case '!':
		signs(p);
		break;
	case 'q':
	case 'Q':
		line(p, _("Stopped."));
		p->quit = 1;
		break;
	default:
		return;
	}
	session_status(p->s, now, &st);
	if (st.phase_index != was || st.finished)
		audio_cancel(p->audio);	/* the user moved on */
}

/* Milliseconds of real time until the next thing due; -1: none. */
static int
wait_for(struct plain *p, uint64_t now)
{
	int64_t	best = session_next_deadline(p->s), w, d;

	w = coach_next(&p->coach, p->s, now);
	if (w >= 0 && (best < 0 || w < best))
		best = w;
	if (p->run->relief && !p->redflag_done) {
		w = (int64_t)(p->run->cramp_ms + REDFLAG_MS);
		if (best < 0 || w < best)
			best = w;
	}
	if (best < 0)
		return -1;
	if ((d = best - (int64_t)now) <= 0)
		return 0;
	/* Round up, so the wake is never early on a sped-up test clock. */
	d = (d + p->run->time_scale - 1) / p->run->time_scale;
	return d > 60000 ? 60000 : (int)d;
}

/* Wait for the next deadline or a key; handle the key. */
static void
wait_turn(struct plain *p)
{
	struct pollfd	pfd = { .fd = p->in, .events = POLLIN };
	unsigned char	ch;
	ssize_t		n;
	int		ms = wait_for(p, now_ms(p));

	if (p->in < 0) {
		if (ms < 0) {
			/* Nothing can move a wait step on: say so and stop. */
			line(p, _("No keyboard to go on with: stopping."));
			p->quit = 1;
			return;
		}
		poll(NULL, 0, ms);
		return;
	}
	if (poll(&pfd, 1, ms) <= 0)
		return;
	if ((n = read(p->in, &ch, 1)) == 1)
		key(p, ch, now_ms(p));
	else if (n == 0 || (errno != EINTR && errno != EAGAIN))
		p->in = -1;	/* end of input: the clock goes on */
}

int
plain_play(const struct plain_run *run)
{
	struct plain		p;
	struct session_event	ev[NEVENTS];
	uint64_t		now;
	int			first = 1, rc = 0;

	memset(&p, 0, sizeof p);
	p.run = run;
	p.cues = xcalloc(NCUES, sizeof *p.cues);
	p.s = session_new(run->r, run->get_ready_ms, now_ms(&p));
	coach_init(&p.coach);
	plain_signal = 0;
	signals(on_signal);
	keys_begin(&p);
	part_check(&p);
	while (!p.quit && plain_signal == 0) {
		now = now_ms(&p);
		session_tick(p.s, now, ev, NEVENTS);
		coach_turn(&p, now);
		if (first) {
			/* After the first line: a fork never delays it. */
			if (run->audio != NULL &&
			    (p.audio = audio_start(run->audio)) != NULL)
				say(&p, p.cues[0].text, p.cues[0].prio);
			first = 0;
		}
		redflag(&p, now);
		if (session_is_finished(p.s))
			break;
		wait_turn(&p);
	}
	keys_end(&p);
	signals(SIG_DFL);
	if (plain_signal != 0)
		rc = 128 + plain_signal;
	audio_stop(p.audio);
	session_free(p.s);
	free(p.cues);
	return rc;
}
