/*
 * notifier_stub: the recording backend of notifier.h, for tests. Sends
 * are recorded (title, body, the time) and succeed unless told to fail;
 * reports are what the test scripts, each given out once its time has
 * come, as the libnotify backend gives its own; a "hung" stub lets a
 * send's SHOWN wait until the show timeout and then fail it, as a hung
 * server does there.
 */
#include "notifier.h"

#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "util.h"

static struct notifier_stub *
stub_of(struct notifier *nt)
{
	return nt->priv;
}

static void
push(struct notifier_stub *st, unsigned long id, enum notify_status status,
    const char *detail, uint64_t at)
{
	struct notifier_stub_report *q;

	if (st->nqueue == NOTIFIER_STUB_MAX)
		fatal("notifier_stub: report queue full");
	q = &st->queue[st->nqueue++];
	q->at = at;
	q->rep.id = id;
	q->rep.status = status;
	strlcpy_safe(q->rep.detail, detail, sizeof q->rep.detail);
}

static unsigned long
stub_send(struct notifier *nt, const struct notification *n, char **cause)
{
	struct notifier_stub		*st = stub_of(nt);
	struct notifier_stub_sent	*s;
	char				 why[96];

	if (st->fail_send != NULL) {
		*cause = xstrdup(st->fail_send);
		return 0;
	}
	if (st->nsent == NOTIFIER_STUB_MAX)
		fatal("notifier_stub: too many sends");
	s = &st->sent[st->nsent++];
	s->id = ++st->last_id;
	s->at = st->now;
	strlcpy_safe(s->title, n->title, sizeof s->title);
	strlcpy_safe(s->body, n->body, sizeof s->body);
	if (st->hung) {
		snprintf(why, sizeof why, _("the notification server did not "
		    "answer within %d s"), (st->show_timeout_ms + 999) / 1000);
		push(st, s->id, NOTIFY_FAILED, why, st->now +
		    (uint64_t)st->show_timeout_ms);
		push(st, s->id, NOTIFY_CLOSED, "", st->now +
		    (uint64_t)st->show_timeout_ms);
	} else if (st->auto_shown)
		push(st, s->id, NOTIFY_SHOWN, "", st->now);
	return s->id;
}

static void
stub_cancel(struct notifier *nt, unsigned long id)
{
	struct notifier_stub *st = stub_of(nt);

	if (st->ncancelled < NOTIFIER_STUB_MAX)
		st->cancelled[st->ncancelled++] = id;
}

static int
stub_fd(struct notifier *nt)
{
	return -1;
}

static int64_t
stub_deadline(struct notifier *nt)
{
	struct notifier_stub	*st = stub_of(nt);
	int64_t			 dl = -1;
	size_t			 i;

	for (i = 0; i < st->nqueue; i++)
		if (dl < 0 || (int64_t)st->queue[i].at < dl)
			dl = (int64_t)st->queue[i].at;
	return dl;
}

static size_t
stub_service(struct notifier *nt, uint64_t now_ms, struct notify_report *out,
    size_t max)
{
	struct notifier_stub	*st = stub_of(nt);
	size_t			 i = 0, k = 0;

	st->now = now_ms;
	while (i < st->nqueue && k < max) {
		if (st->queue[i].at > now_ms) {
			i++;
			continue;
		}
		out[k++] = st->queue[i].rep;
		memmove(st->queue + i, st->queue + i + 1,
		    (st->nqueue - i - 1) * sizeof *st->queue);
		st->nqueue--;
	}
	return k;
}

static size_t
stub_pending(struct notifier *nt)
{
	return stub_of(nt)->nqueue;
}

static void
stub_free(struct notifier *nt)
{
	stub_of(nt)->freed = 1;
}

struct notifier *
notifier_stub_init(struct notifier_stub *st)
{
	memset(st, 0, sizeof *st);
	st->nt.send = stub_send;
	st->nt.cancel = stub_cancel;
	st->nt.fd = stub_fd;
	st->nt.deadline = stub_deadline;
	st->nt.service = stub_service;
	st->nt.pending = stub_pending;
	st->nt.free = stub_free;
	st->nt.priv = st;
	st->auto_shown = 1;
	st->show_timeout_ms = 4000;
	return &st->nt;
}

void
notifier_stub_report(struct notifier_stub *st, unsigned long id,
    enum notify_status status, const char *detail)
{
	push(st, id, status, detail, st->now);
}
