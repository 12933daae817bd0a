/*
 * coach: the words of eyes-free coaching; see coach.h. A routine's text
 * is untrusted: control characters become spaces, so a sentence is one
 * line wherever it goes (a terminal, a speech command's argument).
 */
#include "coach.h"

#include <stdio.h>
#include <string.h>

#include "i18n.h"

#define HALFWAY_FROM_MS	20000	/* shorter holds: the count is enough */
#define COUNT_FROM_MS	6000	/* shorter phases: no count */
#define COUNT_FROM	3

void
coach_init(struct coach *c)
{
	c->phase = SIZE_MAX;
	c->finished = 0;
	c->half = 0;
	c->count = COUNT_FROM + 1;
}

/* Append n bytes of text to buf, control characters as spaces. */
static void
put_n(char *buf, size_t len, const char *text, size_t n)
{
	size_t o = strlen(buf);

	for (; n > 0 && *text != '\0' && o + 1 < len; text++, n--)
		buf[o++] = (unsigned char)*text < 0x20 || *text == 0x7f ? ' ' :
		    *text;
	buf[o] = '\0';
}

static void
put(char *buf, size_t len, const char *text)
{
	put_n(buf, len, text, strlen(text));
}

/* Append text as a sentence: a full stop added where it has none. */
static void
put_sentence(char *buf, size_t len, const char *text)
{
	size_t n = strlen(text);

	while (n > 0 && (unsigned char)text[n - 1] <= ' ')
		n--;
	put_n(buf, len, text, n);
	if (n > 0 && strchr(".!?:", text[n - 1]) == NULL)
		put(buf, len, ".");
}

/* "30 seconds", "1 second", "1 minute 30 seconds", into t. */
static void
secs_text(char *t, size_t len, int64_t ms)
{
	long long	s = (ms + 999) / 1000, m = s / 60;
	int		o = 0;

	t[0] = '\0';
	if (m > 0) {
		o = snprintf(t, len, NG_("%lld minute", "%lld minutes",
		    (unsigned long)m), m);
		if (s % 60 == 0 || o < 0 || (size_t)o + 2 >= len)
			return;
		t[o++] = ' ';
	}
	snprintf(t + o, len - (size_t)o, NG_("%lld second", "%lld seconds",
	    (unsigned long)(s % 60)), s % 60);
}

/*
 * A translated sentence with one %s, the time ms takes in words (a macro:
 * the format stays a literal, checked against its arguments).
 */
#define PUT_TIMED(buf, len, fmt, ms) do {				\
	char secs_[80], t_[192];					\
	secs_text(secs_, sizeof secs_, ms);				\
	snprintf(t_, sizeof t_, fmt, secs_);				\
	put(buf, len, t_);						\
} while (0)

/* "Step 2 of 4, Calf stretch, left side: TEXT " (one step: no count). */
static void
put_step(char *buf, size_t len, const struct session_status *st)
{
	char t[64];

	if (st->nsteps > 1) {
		snprintf(t, sizeof t, _("Step %d of %zu, "), st->step_index + 1,
		    st->nsteps);
		put(buf, len, t);
	}
	put(buf, len, st->step->title);
	if (st->phase->side == SIDE_LEFT)
		put(buf, len, _(", left side"));
	else if (st->phase->side == SIDE_RIGHT)
		put(buf, len, _(", right side"));
	put(buf, len, ": ");
	if (st->step->text != NULL && st->step->text[0] != '\0') {
		put_sentence(buf, len, st->step->text);
		put(buf, len, " ");
	}
}

/* Is this the first phase of its step? */
static int
step_begins(const struct session_status *st)
{
	const struct phase *p = st->phase;

	return p->rep <= 1 && p->side != SIDE_RIGHT;
}

static void
hold_sentence(const struct session_status *st, char *buf, size_t len)
{
	const struct phase *p = st->phase;
	char t[96];

	if (step_begins(st))
		put_step(buf, len, st);
	else if (p->rep <= 1)
		put(buf, len, _("Right side. "));
	if (p->nreps > 1) {
		snprintf(t, sizeof t, _("Rep %d of %d: "), p->rep, p->nreps);
		put(buf, len, t);
	}
	switch (st->step->style) {
	case STYLE_MOVING:
		PUT_TIMED(buf, len, _("Keep moving for %s."),
		    st->phase_total_ms);
		break;
	case STYLE_PRESSURE:
		PUT_TIMED(buf, len, _("Press for %s."), st->phase_total_ms);
		break;
	default:
		PUT_TIMED(buf, len, _("Hold for %s."), st->phase_total_ms);
		break;
	}
}

/* The release cue says "Let go" first, unless its own text does. */
static void
release_sentence(const struct session_status *st, char *buf, size_t len)
{
	const char *t = st->step->release_text != NULL ?
	    st->step->release_text : RELEASE_TEXT_DEFAULT;

	if (strncmp(t, "Let go", 6) != 0)
		put(buf, len, _("Let go. "));
	put_sentence(buf, len, t);
}

/* A breathing word; the first of a step comes with its instruction. */
static void
breath_sentence(const struct session_status *st, const char *word,
    char *buf, size_t len)
{
	if (st->phase->kind == PHASE_INHALE && st->phase->rep <= 1)
		put_step(buf, len, st);
	put(buf, len, word);
}

void
coach_sentence(const struct routine *r, const struct session_status *st,
    char *buf, size_t len)
{
	char t[512];

	buf[0] = '\0';
	if (st->finished || st->phase == NULL || st->phase->kind == PHASE_DONE) {
		snprintf(t, sizeof t, _("End of %s. Well done."), r->title);
		put(buf, len, t);
		return;
	}
	if (st->phase->kind == PHASE_GET_READY) {
		if (r->nsteps > 0)
			snprintf(t, sizeof t, _("Get ready for %s. First: %s."),
			    r->title, r->steps[0].title);
		else
			snprintf(t, sizeof t, _("Get ready for %s."), r->title);
		put(buf, len, t);
		return;
	}
	if (st->step == NULL)
		return;
	switch (st->phase->kind) {
	case PHASE_HOLD:
		hold_sentence(st, buf, len);
		break;
	case PHASE_REST:
		PUT_TIMED(buf, len, _("Rest for %s."), st->phase_total_ms);
		break;
	case PHASE_SWITCH_SIDE:
		put(buf, len, _("Switch to the right side."));
		break;
	case PHASE_TENSE:
		if (st->phase->rep <= 1)
			put_step(buf, len, st);
		PUT_TIMED(buf, len, _("Tense for %s."), st->phase_total_ms);
		break;
	case PHASE_RELEASE:
		release_sentence(st, buf, len);
		break;
	case PHASE_INHALE:
		breath_sentence(st, _("In."), buf, len);
		break;
	case PHASE_TOP_UP:
		put(buf, len, _("In again."));
		break;
	case PHASE_HOLD_IN:
	case PHASE_HOLD_OUT:
		put(buf, len, _("Hold."));
		break;
	case PHASE_EXHALE:
		put(buf, len, _("Out."));
		break;
	case PHASE_WAIT_USER:
		put_step(buf, len, st);
		put(buf, len, _("Press Enter when you are ready to go on."));
		break;
	default:
		break;
	}
}

void
coach_time_left(const struct session_status *st, char *buf, size_t len)
{
	buf[0] = '\0';
	if (st->finished || st->phase == NULL) {
		put(buf, len, _("The routine is over."));
		return;
	}
	if (st->phase->kind == PHASE_WAIT_USER) {
		put(buf, len,
		    _("No time limit: press Enter when you are ready."));
		return;
	}
	/* Whole sentences: a word spliced in would not translate. */
	if (st->phase->kind == PHASE_HOLD)
		PUT_TIMED(buf, len, st->paused ?
		    _("%s left in this hold, paused.") :
		    _("%s left in this hold."), st->phase_left_ms);
	else if (st->phase->kind == PHASE_TENSE)
		PUT_TIMED(buf, len, st->paused ?
		    _("%s left in this tense, paused.") :
		    _("%s left in this tense."), st->phase_left_ms);
	else
		PUT_TIMED(buf, len, st->paused ?
		    _("%s left in this phase, paused.") :
		    _("%s left in this phase."), st->phase_left_ms);
	if (buf[0] >= 'a' && buf[0] <= 'z')
		buf[0] = (char)(buf[0] - 'a' + 'A');
}

/* Are there words inside this phase: the count, and halfway? */
static int
counted(const struct session_status *st)
{
	enum phase_kind k = st->phase->kind;

	return (k == PHASE_HOLD || k == PHASE_TENSE) &&
	    st->phase_total_ms >= COUNT_FROM_MS;
}

static int
halved(const struct session_status *st)
{
	return st->phase->kind == PHASE_HOLD &&
	    st->phase_total_ms >= HALFWAY_FROM_MS;
}

/* The phase's end on the caller's clock (st not paused, timed). */
static uint64_t
phase_end(const struct session_status *st, uint64_t now)
{
	return now + (uint64_t)st->phase_left_ms;
}

static struct coach_cue *
cue(struct coach_cue *out, size_t *n, size_t max, enum coach_cue_kind kind,
    enum coach_prio prio, uint64_t at, size_t phase)
{
	struct coach_cue *c;

	if (*n >= max)
		return NULL;
	c = &out[(*n)++];
	c->kind = kind;
	c->prio = prio;
	c->at_ms = at;
	c->phase = phase;
	c->text[0] = '\0';
	return c;
}

/* A phase began: its sentence, due when the phase began. */
static void
phase_cue(struct coach *c, const struct session *s,
    const struct session_status *st, uint64_t now, struct coach_cue *out,
    size_t *n, size_t max)
{
	struct coach_cue	*q;
	enum phase_kind		 k = st->phase->kind;
	uint64_t		 at = now;
	int			 word;

	c->phase = st->phase_index;
	c->half = 0;
	c->count = COUNT_FROM + 1;
	if (st->finished)
		c->finished = 1;
	if (!st->paused && !st->finished && st->phase_total_ms > 0)
		at = phase_end(st, now) - (uint64_t)st->phase_total_ms;
	/* A breathing word alone is a count; an instruction is a message. */
	word = (k == PHASE_INHALE && st->phase->rep > 1) ||
	    k == PHASE_TOP_UP || k == PHASE_HOLD_IN || k == PHASE_EXHALE ||
	    k == PHASE_HOLD_OUT;
	if ((q = cue(out, n, max, COACH_PHASE, word ? COACH_PROGRESS :
	    COACH_MESSAGE, at, st->phase_index)) != NULL)
		coach_sentence(session_routine(s), st, q->text, sizeof q->text);
}

size_t
coach_poll(struct coach *c, const struct session *s, uint64_t now,
    struct coach_cue *out, size_t max)
{
	struct session_status	 st;
	struct coach_cue	*q;
	size_t			 n = 0;
	uint64_t		 end;
	int64_t			 left;
	int			 k;

	session_status(s, now, &st);
	if (st.phase == NULL || c->finished)
		return 0;
	if (st.phase_index != c->phase || (st.finished && !c->finished))
		phase_cue(c, s, &st, now, out, &n, max);
	if (st.paused || st.finished || !counted(&st))
		return n;
	left = st.phase_left_ms;
	end = phase_end(&st, now);
	if (!c->half && halved(&st) && left <= st.phase_total_ms / 2) {
		c->half = 1;
		/* Late past the count: not worth saying any more. */
		if (left > COUNT_FROM * 1000 && (q = cue(out, &n, max,
		    COACH_HALFWAY, COACH_PROGRESS, end - (uint64_t)
		    (st.phase_total_ms / 2), st.phase_index)) != NULL)
			snprintf(q->text, sizeof q->text, "%s", _("Halfway."));
	}
	/* The latest count due; the ones a late call missed are stale. */
	for (k = 1; k < c->count && (int64_t)k * 1000 < left; k++)
		continue;
	if (k < c->count && left > 0) {
		c->count = k;
		if ((q = cue(out, &n, max, COACH_COUNT, COACH_PROGRESS,
		    end - (uint64_t)k * 1000, st.phase_index)) != NULL)
			snprintf(q->text, sizeof q->text, "%d", k);
	}
	return n;
}

int64_t
coach_next(const struct coach *c, const struct session *s, uint64_t now)
{
	struct session_status	st;
	int64_t			end;

	session_status(s, now, &st);
	if (st.phase == NULL || st.paused || st.finished || c->finished ||
	    st.phase_index != c->phase || !counted(&st))
		return -1;
	end = (int64_t)phase_end(&st, now);
	if (!c->half && halved(&st) && st.phase_left_ms > st.phase_total_ms / 2)
		return end - st.phase_total_ms / 2;
	/* The next count: c->count - 1 seconds before the end. */
	if (c->count > 1 && st.phase_left_ms > (int64_t)(c->count - 1) * 1000)
		return end - (int64_t)(c->count - 1) * 1000;
	return -1;
}
