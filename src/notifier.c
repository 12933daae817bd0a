/*
 * notifier: libnotify behind a non-blocking interface. Each delivery is a
 * forked child that initialises libnotify, shows one notification, waits
 * for its buttons if it has any, and reports through one shared pipe in
 * lines of "ID STATUS DETAIL" (short writes, so atomic). The parent never
 * touches GLib or D-Bus: a hung server (libnotify blocks 25 s and more)
 * costs one child, killed at its deadline. Every delivery ends with
 * exactly one FAILED or CLOSED report. libnotify itself is loaded with
 * dlopen in that child only: neither the daemon nor `unclench now` pays
 * for mapping libnotify, GIO and gdk-pixbuf at start-up.
 */
#define _GNU_SOURCE	/* pipe2, close_range */
#include "notifier.h"

#include <sys/prctl.h>
#include <dlfcn.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib-unix.h>
#include <libnotify/notify.h>

#include "clock.h"
#include "i18n.h"
#include "util.h"

/* The libnotify and GLib calls the child makes, resolved by dlsym. */
static struct {
	__typeof__(notify_init)				*init;
	__typeof__(notify_get_server_caps)		*get_server_caps;
	__typeof__(notify_notification_new)		*notification_new;
	__typeof__(notify_notification_add_action)	*add_action;
	__typeof__(notify_notification_show)		*show;
	__typeof__(notify_notification_close)		*close;
	__typeof__(notify_notification_set_hint)	*set_hint;
	__typeof__(g_variant_new_string)		*variant_string;
	__typeof__(g_variant_new_boolean)		*variant_boolean;
	__typeof__(g_main_loop_new)			*main_loop_new;
	__typeof__(g_main_loop_run)			*main_loop_run;
	__typeof__(g_main_loop_quit)			*main_loop_quit;
	__typeof__(g_signal_connect_data)		*signal_connect_data;
	__typeof__(g_timeout_add_seconds)		*timeout_add_seconds;
	__typeof__(g_unix_signal_add)			*unix_signal_add;
	__typeof__(g_list_free_full)			*list_free_full;
	__typeof__(g_free)				*free;
} lib;

/* Load libnotify (and GLib through it); NULL or why it failed. */
static const char *
load_libnotify(void)
{
	static const struct {
		const char	*name;
		void		**slot;
	} syms[] = {
		{ "notify_init", (void **)&lib.init },
		{ "notify_get_server_caps", (void **)&lib.get_server_caps },
		{ "notify_notification_new", (void **)&lib.notification_new },
		{ "notify_notification_add_action", (void **)&lib.add_action },
		{ "notify_notification_show", (void **)&lib.show },
		{ "notify_notification_close", (void **)&lib.close },
		{ "notify_notification_set_hint", (void **)&lib.set_hint },
		{ "g_variant_new_string", (void **)&lib.variant_string },
		{ "g_variant_new_boolean", (void **)&lib.variant_boolean },
		{ "g_main_loop_new", (void **)&lib.main_loop_new },
		{ "g_main_loop_run", (void **)&lib.main_loop_run },
		{ "g_main_loop_quit", (void **)&lib.main_loop_quit },
		{ "g_signal_connect_data", (void **)&lib.signal_connect_data },
		{ "g_timeout_add_seconds", (void **)&lib.timeout_add_seconds },
		{ "g_unix_signal_add", (void **)&lib.unix_signal_add },
		{ "g_list_free_full", (void **)&lib.list_free_full },
		{ "g_free", (void **)&lib.free },
	};
	void	*h;
	size_t	 i;

	if ((h = dlopen("libnotify.so.4", RTLD_NOW | RTLD_GLOBAL)) == NULL)
		return _("libnotify is not installed (libnotify.so.4)");
	for (i = 0; i < nitems(syms); i++)
		if ((*syms[i].slot = dlsym(h, syms[i].name)) == NULL)
			return _("libnotify is incomplete (a symbol is "
			    "missing)");
	return NULL;
}

#define MAX_DELIVERIES	16
#define MAX_QUEUED	(2 * MAX_DELIVERIES)

struct delivery {
	unsigned long	 id;
	pid_t		 pid;		/* 0: slot free */
	int		 shown;
	int		 ended;		/* FAILED or CLOSED reported */
	int		 wait_s;
	uint64_t	 started;	/* mono ms */
	uint64_t	 deadline;	/* mono ms: SIGKILL then; 0 once sent */
};

struct lnotifier {
	struct notifier		 n;
	char			*app;
	int			 show_timeout_ms;
	int			 rfd, wfd;
	unsigned long		 last_id;
	struct delivery		 d[MAX_DELIVERIES];
	char			 buf[4096];
	size_t			 blen;
	struct notify_report	 queue[MAX_QUEUED];
	size_t			 nqueue;
};

char *
notifier_escape(const char *s)
{
	size_t	 len = 0, i;
	char	*out, *p;

	for (i = 0; s[i] != '\0'; i++)
		len += strchr("&<>'\"", s[i]) ? 6 : 1;
	p = out = xmalloc(len + 1);
	for (; *s != '\0'; s++) {
		const char *e;

		switch (*s) {
		case '&':	e = "&amp;"; break;
		case '<':	e = "&lt;"; break;
		case '>':	e = "&gt;"; break;
		case '\'':	e = "&apos;"; break;
		case '"':	e = "&quot;"; break;
		default:	*p++ = *s; continue;
		}
		len = strlen(e);
		memcpy(p, e, len);
		p += len;
	}
	*p = '\0';
	return out;
}

static uint64_t
now_ms(void)
{
	return clock_mono_ms(&clock_real);
}

/* The child side. */

struct child {
	int			 fd;
	unsigned long		 id;
	GMainLoop		*loop;
	NotifyNotification	*nn;
};

static void
child_report(int fd, unsigned long id, char status, const char *detail)
{
	char	line[300];
	int	n, i;

	n = snprintf(line, sizeof line, "%lu %c %s", id, status,
	    detail != NULL ? detail : "");
	if (n < 0)
		return;
	if ((size_t)n >= sizeof line - 1)
		n = sizeof line - 2;
	for (i = 0; i < n; i++)
		if (line[i] == '\n' || line[i] == '\r')
			line[i] = ' ';
	line[n++] = '\n';
	(void)write(fd, line, (size_t)n);
}

static void
child_action(NotifyNotification *nn, char *action, gpointer data)
{
	struct child *c = data;

	(void)nn;
	child_report(c->fd, c->id, 'A', action);
	_exit(0);
}

static void
child_closed(NotifyNotification *nn, gpointer data)
{
	struct child *c = data;

	(void)nn;
	lib.main_loop_quit(c->loop);
}

/* Superseded: take the notification (and its dead buttons) away. */
static gboolean
child_withdraw(gpointer data)
{
	struct child *c = data;

	lib.close(c->nn, NULL);
	_exit(0);
}

static gboolean
child_timeout(gpointer data)
{
	struct child *c = data;

	lib.main_loop_quit(c->loop);
	return G_SOURCE_REMOVE;
}

/* Close descriptors lo to hi - 1 (hi < 0: all from lo). */
static void
close_from(int lo, int hi)
{
	int fd, max = (int)sysconf(_SC_OPEN_MAX);

	if (hi >= 0 && hi <= lo)
		return;
	if (close_range((unsigned)lo, hi < 0 ? ~0U : (unsigned)hi - 1,
	    0) == 0)
		return;
	/* Before Linux 5.9. */
	if (max < 0 || max > 65536)
		max = 65536;
	for (fd = lo; fd < (hi < 0 ? max : hi); fd++)
		close(fd);
}

/*
 * A clean slate in the forked child: the signals the parent blocked for
 * its signalfd back to their defaults, death with the parent, and only
 * stdio and the report pipe open (not the daemon's lock).
 */
static void
child_slate(const struct lnotifier *ln, pid_t parent)
{
	sigset_t	 none;
	size_t		 i;
	int		 sigs[] = { SIGTERM, SIGINT, SIGHUP, SIGUSR1, SIGCHLD,
			     SIGPIPE };

	for (i = 0; i < nitems(sigs); i++)
		signal(sigs[i], SIG_DFL);
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	/* Die with the parent, even if it went before this line. */
	prctl(PR_SET_PDEATHSIG, SIGKILL);
	if (getppid() != parent)
		_exit(1);
	close_from(3, ln->wfd);
	close_from(ln->wfd + 1, -1);
}

/*
 * Without a bus address GLib would autolaunch a bus of its own (and a
 * server with it) for every notification: use the standard per-user bus
 * or report that there is none (and go).
 */
static void
child_bus(const struct child *c)
{
	const char	*bus, *rt;
	char		*path, *addr;
	struct stat	 sb;

	bus = getenv("DBUS_SESSION_BUS_ADDRESS");
	if (bus != NULL && *bus != '\0')
		return;
	rt = getenv("XDG_RUNTIME_DIR");
	path = rt != NULL ? xasprintf("%s/bus", rt) : NULL;
	if (path == NULL || stat(path, &sb) != 0 || !S_ISSOCK(sb.st_mode)) {
		child_report(c->fd, c->id, 'F', _("no session bus "
		    "(DBUS_SESSION_BUS_ADDRESS is not set)"));
		_exit(1);
	}
	addr = xasprintf("unix:path=%s", path);
	setenv("DBUS_SESSION_BUS_ADDRESS", addr, 1);
	free(addr);
	free(path);
}

/* Which of the server's capabilities a notification uses. */
static void
child_caps(int *has_actions, int *has_markup, int *has_sound)
{
	GList	*caps, *l;

	caps = lib.get_server_caps();
	for (l = caps; l != NULL; l = l->next) {
		if (strcmp(l->data, "actions") == 0)
			*has_actions = 1;
		else if (strcmp(l->data, "body-markup") == 0)
			*has_markup = 1;
		else if (strcmp(l->data, "sound") == 0)
			*has_sound = 1;
	}
	/*
	 * The child _exits without tearing GLib down (an unref can block
	 * on a hung server), but what it owns itself it frees: valgrind
	 * then reports what is really lost.
	 */
	lib.list_free_full(caps, lib.free);
}

/* Forked child: a clean slate, then one notification. Never returns. */
static void
child_main(struct lnotifier *ln, pid_t parent, unsigned long id,
    const struct notification *n) noreturn_fn;
static void
child_main(struct lnotifier *ln, pid_t parent, unsigned long id,
    const struct notification *n)
{
	struct child		 c = { ln->wfd, id, NULL, NULL };
	NotifyNotification	*nn;
	GError			*err = NULL;
	const char		*why;
	char			*body;
	int			 has_actions = 0, has_markup = 0, waiting = 0;
	int			 has_sound = 0;
	size_t			 i;

	child_slate(ln, parent);
	child_bus(&c);
	if ((why = load_libnotify()) != NULL) {
		child_report(c.fd, id, 'F', why);
		_exit(1);
	}
	if (!lib.init(ln->app)) {
		child_report(c.fd, id, 'F',
		    _("libnotify failed to initialise"));
		_exit(1);
	}
	child_caps(&has_actions, &has_markup, &has_sound);
	body = has_markup ? notifier_escape(n->body) : xstrdup(n->body);
	c.nn = nn = lib.notification_new(n->title, body, NULL);
	free(body);
	/* The specification's hints: a themed sound, or silence. */
	if (n->suppress_sound)
		lib.set_hint(nn, "suppress-sound", lib.variant_boolean(TRUE));
	else if (has_sound && n->sound_name != NULL)
		lib.set_hint(nn, "sound-name",
		    lib.variant_string(n->sound_name));
	if (has_actions && n->nactions > 0 && n->wait_s > 0) {
		c.loop = lib.main_loop_new(NULL, FALSE);
		for (i = 0; i < n->nactions && i < NOTIFY_MAX_ACTIONS; i++)
			lib.add_action(nn, n->action_id[i],
			    n->action_label[i], child_action, &c, NULL);
		lib.signal_connect_data(nn, "closed", G_CALLBACK(child_closed), &c,
		    NULL, 0);
		lib.unix_signal_add(SIGTERM, child_withdraw, &c);
		waiting = 1;
	}
	if (!lib.show(nn, &err)) {
		/* Report, then go: unref can block as long again. */
		child_report(c.fd, id, 'F', err != NULL ? err->message :
		    _("the server refused it"));
		_exit(1);
	}
	child_report(c.fd, id, 'S', waiting ? "actions" : "");
	if (waiting) {
		lib.timeout_add_seconds((guint)n->wait_s, child_timeout, &c);
		lib.main_loop_run(c.loop);
	}
	_exit(0);
}

/* The parent side. */

static struct delivery *
find(struct lnotifier *ln, unsigned long id)
{
	size_t i;

	for (i = 0; i < MAX_DELIVERIES; i++)
		if (ln->d[i].pid != 0 && ln->d[i].id == id)
			return &ln->d[i];
	return NULL;
}

static void
queue(struct lnotifier *ln, unsigned long id, enum notify_status st,
    const char *detail)
{
	struct notify_report *r;

	if (ln->nqueue == MAX_QUEUED)
		return;		/* cannot happen: two per delivery at most */
	r = &ln->queue[ln->nqueue++];
	r->id = id;
	r->status = st;
	strlcpy_safe(r->detail, detail != NULL ? detail : "",
	    sizeof r->detail);
}

/*
 * End a delivery: its last report, and the child goes. Gently (SIGTERM:
 * it withdraws its notification), then SIGKILL at the deadline if the
 * server hangs; at once when gently is 0.
 */
static void
end(struct lnotifier *ln, struct delivery *d, const char *why, int gently)
{
	if (d->ended)
		return;
	d->ended = 1;
	if (gently && d->shown) {
		kill(d->pid, SIGTERM);
		d->deadline = now_ms() + (uint64_t)ln->show_timeout_ms;
	} else {
		kill(d->pid, SIGKILL);
		d->deadline = 0;
	}
	if (d->shown)
		queue(ln, d->id, NOTIFY_CLOSED, why);
	else
		queue(ln, d->id, NOTIFY_FAILED, why);
}

static unsigned long
ln_send(struct notifier *n, const struct notification *nt, char **cause)
{
	struct lnotifier	*ln = n->priv;
	struct delivery		*d = NULL, *oldest = NULL;
	pid_t			 pid, self = getpid();
	size_t			 i;

	for (i = 0; i < MAX_DELIVERIES && d == NULL; i++)
		if (ln->d[i].pid == 0)
			d = &ln->d[i];
	if (d == NULL) {
		/* Full: give up waiting on the oldest one's buttons. */
		for (i = 0; i < MAX_DELIVERIES; i++)
			if (!ln->d[i].ended && (oldest == NULL ||
			    ln->d[i].started < oldest->started))
				oldest = &ln->d[i];
		if (oldest != NULL)
			end(ln, oldest,
			    _("too many notifications waiting"), 1);
		*cause = xstrdup(_("too many notifications in flight"));
		return 0;
	}
	pid = fork();
	if (pid == -1) {
		*cause = xasprintf("fork: %s", strerror(errno));
		return 0;
	}
	if (pid == 0)
		child_main(ln, self, ln->last_id + 1, nt);
	memset(d, 0, sizeof *d);
	d->id = ++ln->last_id;
	d->pid = pid;
	d->wait_s = nt->nactions > 0 ? nt->wait_s : 0;
	d->started = now_ms();
	d->deadline = d->started + (uint64_t)ln->show_timeout_ms;
	return d->id;
}

static void
ln_cancel(struct notifier *n, unsigned long id)
{
	struct lnotifier	*ln = n->priv;
	struct delivery		*d;

	if ((d = find(ln, id)) != NULL)
		end(ln, d, "cancelled", 1);
}

static int
ln_fd(struct notifier *n)
{
	struct lnotifier *ln = n->priv;

	return ln->rfd;
}

static int64_t
ln_deadline(struct notifier *n)
{
	struct lnotifier	*ln = n->priv;
	int64_t			 dl = -1;
	size_t			 i;

	if (ln->nqueue > 0)
		return 0;
	for (i = 0; i < MAX_DELIVERIES; i++) {
		if (ln->d[i].pid == 0 || ln->d[i].deadline == 0)
			continue;
		if (dl < 0 || (int64_t)ln->d[i].deadline < dl)
			dl = (int64_t)ln->d[i].deadline;
	}
	return dl;
}

static size_t
ln_pending(struct notifier *n)
{
	struct lnotifier	*ln = n->priv;
	size_t			 i, k = 0;

	for (i = 0; i < MAX_DELIVERIES; i++)
		k += ln->d[i].pid != 0;
	return k;
}

/* One line from a child. */
static void
handle_line(struct lnotifier *ln, char *line, uint64_t now)
{
	struct delivery	*d;
	unsigned long	 id;
	char		*p, st;

	id = strtoul(line, &p, 10);
	if (p == line || *p != ' ' || p[1] == '\0')
		return;
	st = p[1];
	p += 2;
	if (*p == ' ')
		p++;
	if ((d = find(ln, id)) == NULL || d->ended)
		return;
	switch (st) {
	case 'S':
		d->shown = 1;
		queue(ln, id, NOTIFY_SHOWN, p);
		/* Now it may wait for a button, bounded all the same. */
		if (strcmp(p, "actions") == 0)
			d->deadline = now + (uint64_t)d->wait_s * 1000 +
			    (uint64_t)ln->show_timeout_ms;
		break;
	case 'F':
		end(ln, d, p, 0);
		break;
	case 'A':
		queue(ln, id, NOTIFY_ACTION, p);
		break;
	}
}

static size_t
ln_service(struct notifier *n, uint64_t now, struct notify_report *out,
    size_t max)
{
	struct lnotifier	*ln = n->priv;
	int			 exited[MAX_DELIVERIES], status;
	size_t			 i, k;
	ssize_t			 r;
	char			*nl, why[96];

	/* Reap first: a child's report is in the pipe before its exit. */
	for (i = 0; i < MAX_DELIVERIES; i++) {
		exited[i] = 0;
		if (ln->d[i].pid != 0 &&
		    waitpid(ln->d[i].pid, &status, WNOHANG) == ln->d[i].pid)
			exited[i] = 1;
	}
	for (;;) {
		r = read(ln->rfd, ln->buf + ln->blen,
		    sizeof ln->buf - 1 - ln->blen);
		if (r <= 0)
			break;
		ln->blen += (size_t)r;
		ln->buf[ln->blen] = '\0';
		while ((nl = strchr(ln->buf, '\n')) != NULL) {
			*nl = '\0';
			handle_line(ln, ln->buf, now);
			ln->blen -= (size_t)(nl + 1 - ln->buf);
			memmove(ln->buf, nl + 1, ln->blen + 1);
		}
		if (ln->blen == sizeof ln->buf - 1)
			ln->blen = 0;	/* no line that long: drop it */
	}
	for (i = 0; i < MAX_DELIVERIES; i++) {
		struct delivery *d = &ln->d[i];

		if (d->pid == 0)
			continue;
		if (exited[i]) {
			end(ln, d, d->shown ? "" :
			    _("the notification process ended without an "
			    "answer"),
			    0);
			d->pid = 0;
			continue;
		}
		if (d->ended) {
			/* Withdrawing, and the server hangs. */
			if (d->deadline != 0 && now >= d->deadline) {
				kill(d->pid, SIGKILL);
				d->deadline = 0;
			}
		} else if (now >= d->deadline) {
			if (d->shown)
				end(ln, d, _("no answer in time"), 0);
			else {
				snprintf(why, sizeof why, _("the notification "
				    "server did not answer within %d s"),
				    (ln->show_timeout_ms + 999) / 1000);
				end(ln, d, why, 0);
			}
		}
	}
	k = 0;
	while (k < ln->nqueue && k < max) {
		out[k] = ln->queue[k];
		k++;
	}
	memmove(ln->queue, ln->queue + k, (ln->nqueue - k) * sizeof *ln->queue);
	ln->nqueue -= k;
	return k;
}

static void
ln_free(struct notifier *n)
{
	struct lnotifier	*ln = n->priv;
	size_t			 i;

	for (i = 0; i < MAX_DELIVERIES; i++) {
		if (ln->d[i].pid == 0)
			continue;
		kill(ln->d[i].pid, SIGKILL);
		while (waitpid(ln->d[i].pid, NULL, 0) == -1 && errno == EINTR)
			;
	}
	close(ln->rfd);
	close(ln->wfd);
	free(ln->app);
	free(ln);
}

struct notifier *
notifier_libnotify_new(const char *app_name, int show_timeout_ms)
{
	struct lnotifier	*ln = xcalloc(1, sizeof *ln);
	int			 p[2];

	if (pipe2(p, O_CLOEXEC | O_NONBLOCK) == -1)
		fatal("pipe: %s", strerror(errno));
	ln->rfd = p[0];
	ln->wfd = p[1];
	ln->app = xstrdup(app_name);
	ln->show_timeout_ms = show_timeout_ms;
	ln->n.send = ln_send;
	ln->n.cancel = ln_cancel;
	ln->n.fd = ln_fd;
	ln->n.deadline = ln_deadline;
	ln->n.service = ln_service;
	ln->n.pending = ln_pending;
	ln->n.free = ln_free;
	ln->n.priv = ln;
	return &ln->n;
}
