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

#include "log.h"
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
			dlog(0, "the status file is written again");
		ds->failing = 0;
	} else if (!ds->failing) {
		dlog(0, "cannot write %s: %s", ds->path, strerror(errno));
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

void
daemon_status_free(struct daemon_status *ds)
{
	if (ds->path != NULL && ds->cur[0] != '\0')
		unlink(ds->path);
	free(ds->path);
	free(ds->tmp);
	ds->path = ds->tmp = NULL;
}
