/*
 * daemon_status: the record is compared without its seq, so only a real
 * change rewrites the file (an idle daemon writes nothing). The file is
 * mode 0600 in the private runtime directory.
 */
#include "daemon_status.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "i18n.h"
#include "log.h"
#include "presence.h"
#include "util.h"

void
daemon_status_init(struct daemon_status *ds, const char *rundir)
{
	memset(ds, 0, sizeof *ds);
	ds->path = xasprintf("%s/status", rundir);
	ds->tmp = xasprintf("%s/status.tmp", rundir);
}

static int
write_file(struct daemon_status *ds, const char *buf, size_t n)
{
	int	fd, ok;

	fd = open(ds->tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC |
	    O_NOFOLLOW, 0600);
	if (fd == -1)
		return -1;
	ok = write(fd, buf, n) == (ssize_t)n;
	if (close(fd) != 0 || !ok || rename(ds->tmp, ds->path) != 0) {
		unlink(ds->tmp);
		return -1;
	}
	return 0;
}

/* Write cur with the next seq. */
static void
write_next(struct daemon_status *ds, struct status_rec *r)
{
	size_t n;

	r->seq = ++ds->seq;
	n = status_serialise(r, ds->cur, sizeof ds->cur);
	if (write_file(ds, ds->cur, n) == 0) {
		if (ds->failing)
			dlog(0, _("the status file is written again"));
		ds->failing = 0;
	} else if (!ds->failing) {
		dlog(0, _("cannot write %s: %s"), ds->path, strerror(errno));
		ds->failing = 1;
	}
}

void
daemon_status_publish(struct daemon_status *ds, struct status_rec *r,
    struct daemon_conns *cs)
{
	char	buf[STATUS_FILE_MAX];
	size_t	n;

	if (ds->path == NULL)
		return;		/* a test's daemon: no feed */
	r->seq = 0;
	n = status_serialise(r, buf, sizeof buf);
	if (n == ds->lastlen && memcmp(buf, ds->last, n) == 0)
		return;
	memcpy(ds->last, buf, n);
	ds->lastlen = n;
	write_next(ds, r);
	daemon_subs_push(cs, ds->cur, 0);
}

char *
daemon_status_first(const struct daemon_status *ds)
{
	return xstrdup(ds->cur);
}

void
daemon_status_rewrite(struct daemon_status *ds, long n)
{
	struct status_rec	 r;
	const char		*why;

	if (status_parse(ds->cur, strlen(ds->cur), &r, &why) != 0)
		return;
	while (n-- > 0)
		write_next(ds, &r);
}

/* "key=value\n", the value's control bytes as spaces. */
static void
put_line(FILE *f, const char *key, const char *v)
{
	fprintf(f, "%s=", key);
	for (; *v != '\0'; v++)
		fputc((unsigned char)*v < 0x20 || *v == 0x7f ? ' ' : *v, f);
	fputc('\n', f);
}

char *
daemon_status_notice(const char *title, const char *body)
{
	char	*msg = NULL;
	size_t	 len = 0;
	FILE	*f;

	if ((f = open_memstream(&msg, &len)) == NULL)
		return xstrdup("");
	fputs("unclench-notify 1\n", f);
	put_line(f, "title", title);
	put_line(f, "body", body);
	fputs("end\n", f);
	fclose(f);
	return msg;
}

void
daemon_status_notify(struct daemon_conns *cs, const char *title,
    const char *body)
{
	char *msg = daemon_status_notice(title, body);

	daemon_subs_push(cs, msg, 1);
	free(msg);
}

int
daemon_status_for_terminals(const struct daemon_due *due,
    const struct config *cfg, int server_down)
{
	return due->active && (strcmp(cfg->notify_terminal, "always") == 0 ||
	    (strcmp(cfg->notify_terminal, "auto") == 0 && server_down));
}

/* Once per reminder; one who follows later is told as it subscribes. */
static void
tell_terminals(const struct daemon_feed *f, struct daemon_due *due,
    struct daemon_conns *cs)
{
	if (!daemon_status_for_terminals(due, f->cfg, f->server_down) ||
	    due->told_terminals)
		return;
	due->told_terminals = 1;
	dlog(1, "reminder sent to the terminals that follow with --osc");
	daemon_status_notify(cs, due->title, due->body);
}

/* Presence, as the status feed says it: "present" or "away". */
static const char *
feed_presence(const struct presence *pres)
{
	struct presence_now	 pn;

	presence_get(pres, &pn);
	return pn.away ? "away" : "present";
}

void
daemon_status_update(struct daemon_status *ds, const struct daemon_feed *f,
    struct daemon_due *due, struct daemon_conns *cs, time_t now)
{
	const struct config	*cfg = f->cfg;
	struct status_rec	 r;

	memset(&r, 0, sizeof r);
	r.pid = (long)getpid();
	r.hydration = f->p->hydration;
	r.water_ml = f->p->hydration ? f->s->drunk_ml : -1;
	r.goal_ml = f->p->goal_ml;
	r.units = cfg->units;
	if (f->next != NULL) {
		r.next_kind = f->next->kind == SCHED_HYDRATION ?
		    STATUS_HYDRATION : STATUS_SESSION;
		r.next_at = f->next->at;
		if (f->next->kind == SCHED_SESSION)
			status_set_name(r.next,
			    cfg->schedule[f->next->session].name);
	}
	if (due->active) {
		r.due_kind = due->ev.kind == SCHED_HYDRATION ?
		    STATUS_HYDRATION : STATUS_SESSION;
		if (due->ev.kind == SCHED_SESSION)
			status_set_name(r.due,
			    cfg->schedule[due->ev.session].name);
	}
	r.paused_until = f->s->pause_until > now ? f->s->pause_until : 0;
	strlcpy_safe(r.presence, feed_presence(f->pres), sizeof r.presence);
	r.fg_water = f->fg[0];
	r.fg_next = f->fg[1];
	r.fg_due = f->fg[2];
	daemon_status_publish(ds, &r, cs);
	tell_terminals(f, due, cs);
}

void
daemon_status_free(struct daemon_status *ds)
{
	if (ds->path != NULL && ds->cur[0] != '\0')
		unlink(ds->path);
	free(ds->path);
	free(ds->tmp);
	ds->path = ds->tmp = NULL;
}
