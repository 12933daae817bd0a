/*
 * presence_bus: logind and the screen saver through sd-bus. Why sd-bus:
 * it is a plain C library with no main loop of its own (one fd, one
 * timeout, sd_bus_process) and asynchronous calls with deadlines, so it
 * sits in the daemon's poll() with no GLib loop and no thread, and it is
 * on every systemd or elogind system. It is loaded with dlopen: the
 * front end (`unclench now`) never maps it.
 *
 * Nothing here blocks: connecting is non-blocking in sd-bus, every call
 * is async with CALL_TIMEOUT_US, and a reply or signal that is not what
 * logind would send is ignored (that source does not answer). A bus that
 * was never there at start-up is not retried (no wake-ups on a machine
 * without one); a bus that is lost is retried with a back-off, and its
 * loss and return are logged once each.
 */
#define _GNU_SOURCE
#include "presence_bus.h"

#include <dlfcn.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <systemd/sd-bus.h>

#include "clock.h"
#include "i18n.h"
#include "log.h"
#include "presence.h"
#include "util.h"

#define CALL_TIMEOUT_US	(2 * 1000000ULL)
#define RETRY_FIRST_MS	1000
#define RETRY_MAX_MS	30000
#define MAX_PROCESS	64	/* messages per wake: a flood cannot starve */

#define LOGIND		"org.freedesktop.login1"
#define LOGIND_PATH	"/org/freedesktop/login1"
#define LOGIND_MANAGER	"org.freedesktop.login1.Manager"
#define LOGIND_SESSION	"org.freedesktop.login1.Session"
#define PROPS		"org.freedesktop.DBus.Properties"

/* The sd-bus functions used, loaded from libsystemd.so.0. */
#define SDFUNCS(X) \
	X(sd_bus_open_system) X(sd_bus_open_user) X(sd_bus_close_unref) \
	X(sd_bus_set_method_call_timeout) X(sd_bus_get_fd) \
	X(sd_bus_get_events) X(sd_bus_get_timeout) X(sd_bus_process) \
	X(sd_bus_is_open) X(sd_bus_call_method_asyncv) \
	X(sd_bus_match_signal_async) X(sd_bus_add_match_async) \
	X(sd_bus_message_read) X(sd_bus_message_read_basic) \
	X(sd_bus_message_enter_container) X(sd_bus_message_exit_container) \
	X(sd_bus_message_peek_type) X(sd_bus_message_skip) \
	X(sd_bus_message_get_error) X(sd_bus_message_is_method_error)

#define SDPTR(f) __typeof__(f) *f;
static struct { SDFUNCS(SDPTR) } sd;
static void *sd_lib;

/* One screen saver interface; each answers on its own. */
struct saver {
	const char	*name, *path;
	int		 answers, on;
};

struct pbus {
	const char	*what;		/* "system bus", "session bus" */
	int		 system;
	sd_bus		*bus;
	int		 ever;		/* connected once: retry when lost */
	int		 lost;		/* lost, and said so */
	uint64_t	 retry_at;	/* monotonic ms; 0: none */
	unsigned	 backoff_ms;
	int		 pending;	/* questions without an answer yet */
};

struct presence_bus {
	struct presence		*p;
	const struct clock	*clock;
	struct pbus		 sys, ses;
	struct saver		 savers[2];
	char			*session;	/* logind's object path */
	struct presence_logind	 ld;
	unsigned		 said;		/* reasons logged, once each */
	int			 events;	/* PRESENCE_BUS_* since service */
	uint64_t		 born;		/* monotonic ms */
};

/* The first answers are awaited this long at most before reminding. */
#define SETTLE_MS	3000

/* Reasons logged once each. */
#define SAID_NO_SESSION	0x01
#define SAID_LOGIND	0x02
#define SAID_NO_PROPS	0x04
#define SAID_SAVER	0x08

static uint64_t
mono_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

static int
load_sd(void)
{
	if (sd_lib != NULL)
		return 0;
	if ((sd_lib = dlopen("libsystemd.so.0", RTLD_NOW | RTLD_LOCAL)) ==
	    NULL)
		return -1;
#define SDLOAD(f) if ((*(void **)&sd.f = dlsym(sd_lib, #f)) == NULL) \
		goto bad;
	SDFUNCS(SDLOAD)
#undef SDLOAD
	return 0;
bad:
	dlclose(sd_lib);
	sd_lib = NULL;
	return -1;
}

static void
say_once(struct presence_bus *pb, unsigned bit, const char *what,
    const char *why)
{
	if (pb->said & bit)
		return;
	pb->said |= bit;
	dlog(0, _("presence: %s (%s): trying the next source"), what, why);
}

static void
feed(struct presence_bus *pb, int r)
{
	pb->events |= PRESENCE_BUS_CHANGED;
	if (r)
		pb->events |= PRESENCE_BUS_BACK;
}

static time_t
now_wall(struct presence_bus *pb)
{
	return clock_wall(pb->clock);
}

static const char *
reply_error(sd_bus_message *m)
{
	const sd_bus_error *e = sd.sd_bus_message_get_error(m);

	if (e == NULL)
		return NULL;
	return e->message != NULL ? e->message : e->name != NULL ? e->name :
	    "error";
}

/* An asynchronous call (with the bus's deadline) awaited as pending. */
static void
call(struct pbus *b, const char *dest, const char *path, const char *iface,
    const char *member, sd_bus_message_handler_t cb, void *arg,
    const char *types, ...)
{
	va_list	ap;
	int	r;

	va_start(ap, types);
	r = sd.sd_bus_call_method_asyncv(b->bus, NULL, dest, path, iface,
	    member, cb, arg, types, ap);
	va_end(ap);
	if (r >= 0)
		b->pending++;
	else
		dlog(0, _("presence: cannot ask %s: %s"), dest, strerror(-r));
}

/* A reply came: the bus works (a fresh one says so, once). */
static void
answered(struct pbus *b)
{
	if (b->pending > 0)
		b->pending--;
	if (b->lost)
		dlog(0, _("presence: reconnected to the %s"), _(b->what));
	b->lost = 0;
	b->backoff_ms = RETRY_FIRST_MS;
}

/* A match the bus refused: sd-bus would drop the connection; say why. */
static int
on_match(sd_bus_message *m, void *arg, sd_bus_error *err)
{
	const char *why = reply_error(m);

	(void)arg;
	(void)err;
	if (why != NULL)
		dlog(1, "presence: the bus refused a match: %s", why);
	return 0;
}

/* logind stops answering (for the session): the next source decides. */
static void
logind_gone(struct presence_bus *pb)
{
	if (!pb->ld.answers)
		return;
	memset(&pb->ld, 0, sizeof pb->ld);
	feed(pb, presence_set_logind(pb->p, &pb->ld, now_wall(pb)));
}

/* Read a variant's boolean or uint64; skip anything else. */
static int
read_variant(sd_bus_message *m, char want, void *out)
{
	const char	*contents;
	char		 type, sig[2] = { want, '\0' };

	if (sd.sd_bus_message_peek_type(m, &type, &contents) <= 0 ||
	    type != 'v' || contents == NULL || strcmp(contents, sig) != 0)
		return sd.sd_bus_message_skip(m, "v") < 0 ? -1 : 0;
	if (sd.sd_bus_message_enter_container(m, 'v', sig) <= 0 ||
	    sd.sd_bus_message_read_basic(m, want, out) <= 0 ||
	    sd.sd_bus_message_exit_container(m) < 0)
		return -1;
	return 1;
}

/*
 * An a{sv} of the session's properties (GetAll or PropertiesChanged)
 * into ld. Returns how many known properties were read, -1 on garbage.
 */
static int
read_session_props(struct presence_bus *pb, sd_bus_message *m,
    struct presence_logind *ld)
{
	const char	*name;
	int		 b, n = 0, r;
	uint64_t	 t, mono;

	if (sd.sd_bus_message_enter_container(m, 'a', "{sv}") <= 0)
		return -1;
	while ((r = sd.sd_bus_message_enter_container(m, 'e', "sv")) > 0) {
		if (sd.sd_bus_message_read_basic(m, 's', &name) <= 0)
			return -1;
		if (strcmp(name, "LockedHint") == 0 ||
		    strcmp(name, "IdleHint") == 0 ||
		    strcmp(name, "Active") == 0) {
			if ((r = read_variant(m, 'b', &b)) < 0)
				return -1;
			if (r > 0 && name[0] == 'L')
				ld->locked = b, n++;
			else if (r > 0 && name[0] == 'I')
				ld->idle = b, n++;
			else if (r > 0)
				ld->active = b;
		} else if (strcmp(name, "IdleSinceHintMonotonic") == 0) {
			if ((r = read_variant(m, 't', &t)) < 0)
				return -1;
			/* Monotonic µs to a wall time: idle for mono - t. */
			mono = mono_ms() * 1000;
			if (r > 0)
				ld->idle_since = now_wall(pb) - (t > 0 &&
				    t <= mono ? (time_t)((mono - t) /
				    1000000) : 0);
		} else if (sd.sd_bus_message_skip(m, "v") < 0)
			return -1;
		if (sd.sd_bus_message_exit_container(m) < 0)
			return -1;
	}
	if (r < 0 || sd.sd_bus_message_exit_container(m) < 0)
		return -1;
	return n;
}

/* New session properties: from GetAll (all) or PropertiesChanged. */
static void
take_props(struct presence_bus *pb, sd_bus_message *m, int all)
{
	struct presence_logind	 ld = pb->ld;
	int			 n;

	n = read_session_props(pb, m, &ld);
	if (n < 0 || (all && n < 2)) {
		say_once(pb, SAID_NO_PROPS, _("logind's session cannot be read"),
		    n < 0 ? _("properties of the wrong kind") :
		    _("no LockedHint or IdleHint"));
		logind_gone(pb);
		return;
	}
	if (!all && !pb->ld.answers)
		return;		/* a change to a session we cannot read */
	if (!pb->ld.answers)
		dlog(0, _("presence: logind answers for session %s"),
		    pb->session);
	ld.answers = 1;
	pb->ld = ld;
	feed(pb, presence_set_logind(pb->p, &ld, now_wall(pb)));
}

static int
on_getall(sd_bus_message *m, void *arg, sd_bus_error *err)
{
	struct presence_bus	*pb = arg;
	const char		*why = reply_error(m);

	(void)err;
	answered(&pb->sys);
	if (why != NULL) {
		say_once(pb, SAID_LOGIND, _("logind does not answer for the "
		    "session"), why);
		logind_gone(pb);
		return 0;
	}
	take_props(pb, m, 1);
	return 0;
}

static void
ask_session(struct presence_bus *pb)
{
	call(&pb->sys, LOGIND, pb->session, PROPS, "GetAll", on_getall, pb,
	    "s", LOGIND_SESSION);
}

static int
on_session_changed(sd_bus_message *m, void *arg, sd_bus_error *err)
{
	struct presence_bus	*pb = arg;
	const char		*iface;

	(void)err;
	if (sd.sd_bus_message_read_basic(m, 's', &iface) <= 0 ||
	    strcmp(iface, LOGIND_SESSION) != 0)
		return 0;
	take_props(pb, m, 0);
	/* Properties named without their values: ask for them all. */
	if (sd.sd_bus_message_enter_container(m, 'a', "s") > 0 &&
	    sd.sd_bus_message_read_basic(m, 's', &iface) > 0)
		ask_session(pb);
	return 0;
}

/* The session's path is known: follow its properties. */
static void
follow_session(struct presence_bus *pb, const char *path)
{
	free(pb->session);
	pb->session = xstrdup(path);
	(void)sd.sd_bus_match_signal_async(pb->sys.bus, NULL, LOGIND, path,
	    PROPS, "PropertiesChanged", on_session_changed, on_match, pb);
	ask_session(pb);
}

static int
on_get_session(sd_bus_message *m, void *arg, sd_bus_error *err)
{
	struct presence_bus	*pb = arg;
	const char		*why = reply_error(m), *path;

	(void)err;
	answered(&pb->sys);
	if (why == NULL && sd.sd_bus_message_read(m, "o", &path) > 0) {
		follow_session(pb, path);
		return 0;
	}
	say_once(pb, SAID_LOGIND, _("logind does not answer for the session"),
	    why != NULL ? why : _("a reply of the wrong kind"));
	logind_gone(pb);
	return 0;
}

/* The user's display session, for a daemon started outside a session. */
static int
on_display(sd_bus_message *m, void *arg, sd_bus_error *err)
{
	struct presence_bus	*pb = arg;
	const char		*id = NULL, *path = NULL;

	(void)err;
	answered(&pb->sys);
	if (reply_error(m) == NULL &&
	    sd.sd_bus_message_enter_container(m, 'v', "(so)") > 0 &&
	    sd.sd_bus_message_read(m, "(so)", &id, &path) > 0 &&
	    path != NULL && strcmp(path, "/") != 0) {
		follow_session(pb, path);
		return 0;
	}
	say_once(pb, SAID_NO_SESSION, _("no logind session of yours"),
	    _("no XDG_SESSION_ID, no display session"));
	return 0;
}

static int
on_get_user(sd_bus_message *m, void *arg, sd_bus_error *err)
{
	struct presence_bus	*pb = arg;
	const char		*path;

	(void)err;
	if (reply_error(m) != NULL || sd.sd_bus_message_read(m, "o",
	    &path) <= 0)
		return on_display(m, arg, NULL);	/* answers it */
	answered(&pb->sys);
	call(&pb->sys, LOGIND, path, PROPS, "Get", on_display, pb, "ss",
	    "org.freedesktop.login1.User", "Display");
	return 0;
}

static void
find_session(struct presence_bus *pb)
{
	const char *id = getenv("XDG_SESSION_ID");

	if (id != NULL && *id != '\0')
		call(&pb->sys, LOGIND, LOGIND_PATH, LOGIND_MANAGER,
		    "GetSession", on_get_session, pb, "s", id);
	else
		call(&pb->sys, LOGIND, LOGIND_PATH, LOGIND_MANAGER, "GetUser",
		    on_get_user, pb, "u", (uint32_t)getuid());
}

static int
on_sleep(sd_bus_message *m, void *arg, sd_bus_error *err)
{
	struct presence_bus	*pb = arg;
	int			 b;

	(void)err;
	if (sd.sd_bus_message_read(m, "b", &b) <= 0)
		return 0;
	dlog(0, "%s", b ? _("presence: going to sleep") :
	    _("presence: woke from sleep"));
	feed(pb, presence_set_asleep(pb->p, b, now_wall(pb)));
	if (!b)
		pb->events |= PRESENCE_BUS_RESUMED;
	return 0;
}

/* logind (re)appeared on the bus: ask again; it left: it says nothing. */
static int
on_logind_owner(sd_bus_message *m, void *arg, sd_bus_error *err)
{
	struct presence_bus	*pb = arg;
	const char		*name, *old, *new;

	(void)err;
	if (sd.sd_bus_message_read(m, "sss", &name, &old, &new) <= 0)
		return 0;
	if (*new == '\0') {
		logind_gone(pb);
		if (pb->p->asleep)
			feed(pb, presence_set_asleep(pb->p, 0, now_wall(pb)));
		return 0;
	}
	pb->said &= ~(SAID_LOGIND | SAID_NO_PROPS | SAID_NO_SESSION);
	find_session(pb);
	return 0;
}

/* The screen savers: the first that answers "active" means locked. */
static void
saver_feed(struct presence_bus *pb)
{
	int answers = 0, on = 0;
	size_t i;

	for (i = 0; i < nitems(pb->savers); i++) {
		answers |= pb->savers[i].answers;
		on |= pb->savers[i].on;
	}
	feed(pb, presence_set_saver(pb->p, answers, on, now_wall(pb)));
}

static int
on_saver_active(sd_bus_message *m, struct presence_bus *pb,
    struct saver *sv)
{
	int b;

	if (reply_error(m) != NULL || sd.sd_bus_message_read(m, "b",
	    &b) <= 0) {
		sv->answers = sv->on = 0;
	} else {
		if (!sv->answers)
			dlog(0, _("presence: %s answers"), sv->name);
		sv->answers = 1;
		sv->on = b;
	}
	saver_feed(pb);
	return 0;
}

static int
on_gnome(sd_bus_message *m, void *arg, sd_bus_error *err)
{
	struct presence_bus *pb = arg;

	(void)err;
	return on_saver_active(m, pb, &pb->savers[0]);
}

static int
on_fdo(sd_bus_message *m, void *arg, sd_bus_error *err)
{
	struct presence_bus *pb = arg;

	(void)err;
	return on_saver_active(m, pb, &pb->savers[1]);
}

/* The answers to GetActive (the signals come to on_gnome, on_fdo). */
static int
on_gnome_reply(sd_bus_message *m, void *arg, sd_bus_error *err)
{
	struct presence_bus *pb = arg;

	answered(&pb->ses);
	return on_gnome(m, arg, err);
}

static int
on_fdo_reply(sd_bus_message *m, void *arg, sd_bus_error *err)
{
	struct presence_bus *pb = arg;

	answered(&pb->ses);
	return on_fdo(m, arg, err);
}

static void
ask_saver(struct presence_bus *pb, size_t i)
{
	struct saver *sv = &pb->savers[i];

	call(&pb->ses, sv->name, sv->path, sv->name, "GetActive",
	    i == 0 ? on_gnome_reply : on_fdo_reply, pb, "");
}

static int
on_saver_owner(sd_bus_message *m, void *arg, sd_bus_error *err)
{
	struct presence_bus	*pb = arg;
	const char		*name, *old, *new;
	size_t			 i;

	(void)err;
	if (sd.sd_bus_message_read(m, "sss", &name, &old, &new) <= 0)
		return 0;
	for (i = 0; i < nitems(pb->savers); i++) {
		if (strcmp(name, pb->savers[i].name) != 0)
			continue;
		if (*new != '\0')
			ask_saver(pb, i);
		else {
			pb->savers[i].answers = pb->savers[i].on = 0;
			saver_feed(pb);
		}
	}
	return 0;
}

static void
owner_match(struct pbus *b, const char *name, sd_bus_message_handler_t cb,
    struct presence_bus *pb)
{
	char match[256];

	snprintf(match, sizeof match, "type='signal',sender='org.freedesktop."
	    "DBus',interface='org.freedesktop.DBus',member='NameOwnerChanged',"
	    "arg0='%s'", name);
	(void)sd.sd_bus_add_match_async(b->bus, NULL, match, cb, on_match,
	    pb);
}

/* Matches and first questions on a fresh connection. */
static void
subscribe(struct presence_bus *pb, struct pbus *b)
{
	size_t i;

	if (b->system) {
		(void)sd.sd_bus_match_signal_async(b->bus, NULL, LOGIND,
		    LOGIND_PATH, LOGIND_MANAGER, "PrepareForSleep", on_sleep,
		    on_match, pb);
		owner_match(b, LOGIND, on_logind_owner, pb);
		find_session(pb);
		return;
	}
	for (i = 0; i < nitems(pb->savers); i++) {
		(void)sd.sd_bus_match_signal_async(b->bus, NULL,
		    pb->savers[i].name, pb->savers[i].path,
		    pb->savers[i].name, "ActiveChanged", i == 0 ? on_gnome :
		    on_fdo, on_match, pb);
		owner_match(b, pb->savers[i].name, on_saver_owner, pb);
		ask_saver(pb, i);
	}
}

static int
bus_connect(struct presence_bus *pb, struct pbus *b)
{
	int r;

	r = b->system ? sd.sd_bus_open_system(&b->bus) :
	    sd.sd_bus_open_user(&b->bus);
	if (r < 0) {
		b->bus = NULL;
		dlog(1, "presence: cannot connect to the %s: %s", b->what,
		    strerror(-r));
		if (!b->ever)
			dlog(0, _("presence: no %s (%s): %s"), _(b->what),
			    strerror(-r), b->system ? _("logind is not asked") :
			    _("no screen saver is asked"));
		return -1;
	}
	(void)sd.sd_bus_set_method_call_timeout(b->bus, CALL_TIMEOUT_US);
	dlog(1, "presence: connected to the %s", b->what);
	b->ever = 1;
	b->retry_at = 0;
	if (b->backoff_ms == 0)
		b->backoff_ms = RETRY_FIRST_MS;
	subscribe(pb, b);
	return 0;
}

/* The connection broke: the sources on it say nothing; retry later. */
static void
bus_lost(struct presence_bus *pb, struct pbus *b, int err)
{
	size_t i;

	b->bus = sd.sd_bus_close_unref(b->bus);
	b->pending = 0;		/* their answers went with the bus */
	if (!b->lost)
		dlog(0, _("presence: lost the %s (%s): reconnecting"),
		    _(b->what), strerror(err));
	else
		dlog(1, "presence: the %s failed again (%s)", b->what,
		    strerror(err));
	b->lost = 1;
	b->retry_at = mono_ms() + b->backoff_ms;
	if (b->backoff_ms < RETRY_MAX_MS)
		b->backoff_ms *= 2;
	if (b->system) {
		logind_gone(pb);
		if (pb->p->asleep)
			feed(pb, presence_set_asleep(pb->p, 0, now_wall(pb)));
	} else {
		for (i = 0; i < nitems(pb->savers); i++)
			pb->savers[i].answers = pb->savers[i].on = 0;
		saver_feed(pb);
	}
}

struct presence_bus *
presence_bus_new(struct presence *p, const struct clock *c)
{
	struct presence_bus *pb;

	if (load_sd() != 0) {
		dlog(0, _("presence: libsystemd.so.0 cannot be loaded (%s): "
		    "only the terminals are asked"), dlerror());
		return NULL;
	}
	pb = xcalloc(1, sizeof *pb);
	pb->p = p;
	pb->clock = c;
	pb->born = mono_ms();
	pb->sys.what = N_("system bus");
	pb->sys.system = 1;
	pb->ses.what = N_("session bus");
	pb->savers[0].name = "org.gnome.ScreenSaver";
	pb->savers[0].path = "/org/gnome/ScreenSaver";
	pb->savers[1].name = "org.freedesktop.ScreenSaver";
	pb->savers[1].path = "/org/freedesktop/ScreenSaver";
	(void)bus_connect(pb, &pb->sys);
	(void)bus_connect(pb, &pb->ses);
	return pb;
}

void
presence_bus_free(struct presence_bus *pb)
{
	if (pb == NULL)
		return;
	/* What the buses said no longer holds. */
	memset(&pb->ld, 0, sizeof pb->ld);
	(void)presence_set_logind(pb->p, &pb->ld, now_wall(pb));
	(void)presence_set_saver(pb->p, 0, 0, now_wall(pb));
	(void)presence_set_asleep(pb->p, 0, now_wall(pb));
	if (pb->sys.bus != NULL)
		sd.sd_bus_close_unref(pb->sys.bus);
	if (pb->ses.bus != NULL)
		sd.sd_bus_close_unref(pb->ses.bus);
	free(pb->session);
	free(pb);
}

static void
pollfd_of(struct pbus *b, struct pollfd *pfd)
{
	int ev;

	pfd->fd = -1;
	pfd->events = 0;
	pfd->revents = 0;
	if (b->bus == NULL)
		return;
	pfd->fd = sd.sd_bus_get_fd(b->bus);
	ev = sd.sd_bus_get_events(b->bus);
	pfd->events = (short)(ev > 0 ? ev : POLLIN);
}

void
presence_bus_pollfds(struct presence_bus *pb, struct pollfd *pfd)
{
	if (pb == NULL) {
		pfd[0].fd = pfd[1].fd = -1;
		pfd[0].events = pfd[1].events = 0;
		pfd[0].revents = pfd[1].revents = 0;
		return;
	}
	pollfd_of(&pb->sys, &pfd[0]);
	pollfd_of(&pb->ses, &pfd[1]);
}

/* ms from now to b's next need, or -1. */
static int64_t
bus_timeout(struct pbus *b, uint64_t now)
{
	uint64_t us;

	if (b->bus == NULL)
		return b->retry_at == 0 ? -1 : b->retry_at <= now ? 0 :
		    (int64_t)(b->retry_at - now);
	if (sd.sd_bus_get_timeout(b->bus, &us) < 0 || us == UINT64_MAX)
		return -1;
	us = (us + 999) / 1000;
	return us <= now ? 0 : (int64_t)(us - now);
}

int
presence_bus_settled(struct presence_bus *pb)
{
	return pb == NULL || (pb->sys.pending == 0 && pb->ses.pending == 0) ||
	    mono_ms() >= pb->born + SETTLE_MS;
}

int
presence_bus_timeout(struct presence_bus *pb)
{
	uint64_t	now = mono_ms();
	int64_t		a, b;

	if (pb == NULL)
		return -1;
	a = bus_timeout(&pb->sys, now);
	b = bus_timeout(&pb->ses, now);
	if (a < 0 || (b >= 0 && b < a))
		a = b;
	if (!presence_bus_settled(pb) && (a < 0 ||
	    (int64_t)(pb->born + SETTLE_MS - now) < a))
		a = (int64_t)(pb->born + SETTLE_MS - now);
	return a < 0 ? -1 : a > 3600000 ? 3600000 : (int)a;
}

static void
bus_service(struct presence_bus *pb, struct pbus *b)
{
	int r = 0, i;

	if (b->bus == NULL) {
		if (b->retry_at != 0 && b->retry_at <= mono_ms() &&
		    bus_connect(pb, b) != 0) {
			b->retry_at = mono_ms() + b->backoff_ms;
			if (b->backoff_ms < RETRY_MAX_MS)
				b->backoff_ms *= 2;
		}
		return;
	}
	for (i = 0; i < MAX_PROCESS; i++)
		if ((r = sd.sd_bus_process(b->bus, NULL)) <= 0)
			break;
	if (r < 0 || !sd.sd_bus_is_open(b->bus))
		bus_lost(pb, b, r < 0 ? -r : ECONNRESET);
}

int
presence_bus_service(struct presence_bus *pb, const struct pollfd *pfd)
{
	int ev;

	if (pb == NULL)
		return 0;
	(void)pfd;	/* sd_bus_process reads what is there, or nothing */
	bus_service(pb, &pb->sys);
	bus_service(pb, &pb->ses);
	ev = pb->events;
	pb->events = 0;
	return ev;
}
