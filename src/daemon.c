/*
 * daemon: the reminder loop. One thread, one poll(): a signalfd (TERM,
 * INT, HUP, USR1, CHLD), a CLOCK_REALTIME timerfd armed at the next event
 * with cancel-on-set (clock changes and resume wake it), the control
 * socket and the notifier's report pipe. Between events nothing wakes it.
 * Invariants: the settings in use are always a complete valid config (a
 * reload goes into a copy); the last drink and the day's total are re-read
 * (in a short-lived child) before every look at the schedule, so a drink
 * logged by another process moves the next reminder; nothing here waits
 * on D-Bus (the notifier's children do) or long on the database.
 * Its rooms: remind.c words the reminders and the status, daemon_history.c
 * reaches the store, daemon_conn.c serves the socket's clients,
 * daemon_launch.c starts a routine in a terminal, log.c keeps the log,
 * daemon_status.c writes the status feed and tells the terminals what
 * is due, daemon_hooks.c runs the hooks;
 * presence.c says whether the user is there (presence_bus.c asks logind
 * and the screen saver, whose buses join the poll), and while they are
 * away what falls due is held for one catch-up on return
 * (daemon_presence.c);
 * daemon_client.c is the command line's side.
 */
#define _GNU_SOURCE	/* accept4, pipe2, close_range */
#include "daemon.h"

#include <sys/file.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/timerfd.h>
#include <sys/un.h>
#include <sys/wait.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "calendar.h"
#include "clock.h"
#include "config.h"
#include "daemon_client.h"
#include "daemon_conn.h"
#include "daemon_history.h"
#include "daemon_hooks.h"
#include "daemon_launch.h"
#include "daemon_presence.h"
#include "daemon_request.h"
#include "daemon_status.h"
#include "diag.h"
#include "format.h"
#include "i18n.h"
#include "files_builtin.h"
#include "files_library.h"
#include "log.h"
#include "notifier.h"
#include "files_paths.h"
#include "presence.h"
#include "presence_bus.h"
#include "remind.h"
#include "routine.h"
#include "schedule.h"
#include "status.h"
#include "util.h"

#define MAX_CTX		32
#define RETRY_MIN_S	30
#define RETRY_MAX_S	600

_Static_assert(CONFIG_MAX_SCHEDULE <= SCHED_MAX_SESSIONS,
    "every configured session needs a scheduler slot");

/* What a delivery in flight is about, for its reports. */
struct ctx {
	unsigned long		 id;	/* 0: free */
	int			 shown;
	struct sched_event	 ev;
	unsigned		 gen;	/* settings generation when sent */
	char			 routine[65];
	char			 command[16];	/* stretch, relax, breathe */
	char			 title[REMIND_TITLE_MAX];	/* for the log */
};

struct daemon {
	struct config		 cfg;
	unsigned		 gen;
	struct sched_params	 p;
	struct sched_state	 s;
	const struct cal_zone	*zone;
	struct notifier		*nt;
	struct ctx		 ctx[MAX_CTX];

	const struct clock	*clock;
	int			 sigfd, tfd, lsock, lockfd;
	struct daemon_conns	 clients;	/* of the control socket */
	char			*rundir, *lockpath, *sockpath, *exe;
	char			*config_path;	/* absolute, or NULL */
	time_t			 started;
	time_t			 armed;		/* timer set for; 0: none */
	int			 quit;
	int			 dirty;		/* the schedule needs a look */

	struct daemon_history	 hist;		/* may be unavailable */
	/* The notification server. */
	int			 server_down;
	time_t			 down_since;
	char			 server_err[256];
	unsigned		 fail_streak;
	size_t			 tip;

	/* The status feed: what is next, what is due, the theme's colours. */
	struct daemon_status	 st;
	struct daemon_hooks	 hooks;
	struct sched_event	 next;
	int			 has_next;
	struct daemon_due	 due;
	int			 fg[3];		/* water, next, due */
	/* Is anyone there (presence.h); what was held or missed for it. */
	struct presence		 pres;
	struct presence_bus	*pbus;		/* NULL: no sd-bus */
	int			 holding;	/* said "held" for this spell */
	char			 missed[160];	/* the last session missed */
};

/* Settings and facts. */

static void
params_from_config(struct sched_params *p, const struct config *cfg)
{
	size_t i;

	memset(p, 0, sizeof *p);
	p->hydration = cfg->hydration_enabled;
	p->interval = (time_t)((cfg->interval_ms + 999) / 1000);
	p->active_from = cfg->active_from;
	p->active_to = cfg->active_to;
	p->goal_ml = config_effective_goal_ml(cfg);
	p->grace = (time_t)(cfg->grace_ms / 1000);
	p->nsessions = cfg->nschedule;
	for (i = 0; i < cfg->nschedule; i++) {
		p->sessions[i].minute = cfg->schedule[i].minute;
		p->sessions[i].weekdays = cfg->schedule[i].weekdays;
	}
}

/* Re-read the last drink and today's total: another process may log. */
static void
refresh_facts(struct daemon *dm, time_t now)
{
	time_t	from, to, last;
	long	ml;

	dm->s.last_drink = 0;
	dm->s.drunk_ml = -1;
	if (!dm->p.hydration)
		return;
	cal_day_bounds(dm->zone, now, &from, &to);
	if (daemon_history_facts(&dm->hist, from, to, &last, &ml) != 0)
		return;
	dm->s.last_drink = last;
	dm->s.drunk_ml = ml;
	if (dm->due.active && dm->due.ev.kind == SCHED_HYDRATION &&
	    last >= dm->due.since)
		dm->due.active = 0;	/* a drink answers it */
}

static void
record(struct daemon *dm, const char *kind, const char *action)
{
	daemon_history_reminder(&dm->hist, clock_wall(dm->clock), kind, action);
}

/* Notifications. */

static struct ctx *
ctx_find(struct daemon *dm, unsigned long id)
{
	size_t i;

	for (i = 0; i < MAX_CTX; i++)
		if (dm->ctx[i].id == id)
			return &dm->ctx[i];
	return NULL;
}

static void
build_hydration(struct daemon *dm, struct notification *n, char *title,
    size_t tlen, char *body, size_t blen)
{
	remind_hydration(&dm->cfg, &dm->p, &dm->s, &dm->tip, title, tlen,
	    body, blen);
	if (presence_just_back(&dm->pres, clock_wall(dm->clock)))
		remind_catch_up(body, blen, &dm->s, clock_wall(dm->clock));
	n->title = title;
	n->body = body;
	n->action_id[0] = "drank";
	n->action_label[0] = _("Drank a glass");
	n->action_id[2] = "skip";
	n->action_label[2] = _("Skip today");
	n->nactions = 3;
	n->wait_s = (int)(dm->p.interval < 30 ? 30 :
	    dm->p.interval > 3600 ? 3600 : dm->p.interval);
}

/* Does a session's name already say its kind ("stretch", "breathing")? */
static void
build_session(struct daemon *dm, const struct sched_event *ev,
    struct ctx *cx, struct notification *n, char *title, size_t tlen,
    char *body, size_t blen)
{
	const struct schedule_entry	*e = &dm->cfg.schedule[ev->session];
	struct routine			*r;
	struct diag			 d;

	memset(&d, 0, sizeof d);
	r = library_load_routine(e->routine, &d);
	if (r == NULL)
		/* TRANSLATORS: the last two: ": " and why, or nothing. */
		dlog(0, _("session %s: routine %s cannot be loaded%s%s"),
		    e->name, e->routine, d.n > 0 ? ": " : "",
		    d.n > 0 ? d.msgs[0].text : "");
	diag_clear(&d);
	remind_session(&dm->cfg, ev, r, title, tlen, body, blen);
	strlcpy_safe(cx->routine, e->routine, sizeof cx->routine);
	strlcpy_safe(cx->command, format_kind_command(r != NULL ? r->kind :
	    KIND_STRETCH), sizeof cx->command);
	routine_free(r);
	n->title = title;
	n->body = body;
	n->action_id[0] = "start";
	n->action_label[0] = _("Start now");
	n->action_id[2] = "skip";
	n->action_label[2] = _("Skip today");
	n->nactions = 3;
	n->wait_s = (int)(dm->p.grace < 30 ? 30 :
	    dm->p.grace > 3600 ? 3600 : dm->p.grace);
}

static void	 delivery_failed(struct daemon *, struct ctx *, const char *);

/*
 * A reminder is due: the status says so, and the first time (not at a
 * retry) the hook runs; the terminals hear of it from publish().
 */
static void
now_due(struct daemon *dm, const struct sched_event *ev, const char *title,
    const char *body)
{
	struct hook_event he;

	if (dm->due.active && dm->due.ev.kind == ev->kind &&
	    (ev->kind == SCHED_HYDRATION || dm->due.ev.session == ev->session))
		return;
	dm->due.active = 1;
	dm->due.ev = *ev;
	dm->due.since = clock_wall(dm->clock);
	dm->due.told_terminals = 0;
	strlcpy_safe(dm->due.title, title, sizeof dm->due.title);
	strlcpy_safe(dm->due.body, body, sizeof dm->due.body);
	memset(&he, 0, sizeof he);
	he.event = "reminder";
	he.title = title;
	he.body = body;
	he.kind = ev->kind == SCHED_HYDRATION ? "hydration" : "session";
	daemon_hooks_run(&dm->hooks, "on_reminder", dm->cfg.hook_on_reminder,
	    &he);
}

static void
deliver(struct daemon *dm, const struct sched_event *ev)
{
	struct notification	 n;
	struct ctx		*cx = NULL, tmp;
	char			 title[REMIND_TITLE_MAX];
	char			 body[REMIND_BODY_MAX];
	char			 snooze[32], slabel[48];
	char			*cause = NULL;
	size_t			 i;

	memset(&n, 0, sizeof n);
	memset(&tmp, 0, sizeof tmp);
	tmp.ev = *ev;
	tmp.gen = dm->gen;
	if (ev->kind == SCHED_HYDRATION)
		build_hydration(dm, &n, title, sizeof title, body,
		    sizeof body);
	else
		build_session(dm, ev, &tmp, &n, title, sizeof title, body,
		    sizeof body);
	/* cues = off silences the reminders too. */
	n.sound_name = ev->kind == SCHED_HYDRATION ? "message-new-instant" :
	    "alarm-clock-elapsed";
	n.suppress_sound = dm->cfg.cues == CONFIG_CUES_OFF;
	format_duration(snooze, sizeof snooze, dm->cfg.snooze_ms / 1000);
	/* TRANSLATORS: a button; %s is a duration ("10 min"). */
	snprintf(slabel, sizeof slabel, _("Snooze %s"), snooze);
	n.action_id[1] = "snooze";
	n.action_label[1] = slabel;
	/*
	 * The buttons of an older reminder of the same kind are superseded:
	 * stop waiting on them, so children do not pile up.
	 */
	for (i = 0; i < MAX_CTX; i++) {
		struct ctx *o = &dm->ctx[i];

		if (o->id != 0 && o->shown && o->ev.kind == ev->kind &&
		    o->ev.session == ev->session) {
			dlog(1, "buttons of notification %lu superseded",
			    o->id);
			dm->nt->cancel(dm->nt, o->id);
			o->id = 0;
		}
	}
	dlog(1, "sending: %s: %s", title, body);
	now_due(dm, ev, title, body);
	strlcpy_safe(tmp.title, title, sizeof tmp.title);
	tmp.id = dm->nt->send(dm->nt, &n, &cause);
	if (tmp.id == 0) {
		delivery_failed(dm, &tmp, cause);
		free(cause);
		return;
	}
	for (i = 0; i < MAX_CTX && cx == NULL; i++)
		if (dm->ctx[i].id == 0)
			cx = &dm->ctx[i];
	if (cx == NULL)
		cx = &dm->ctx[tmp.id % MAX_CTX];	/* forget the oldest */
	*cx = tmp;
}

static void
delivery_failed(struct daemon *dm, struct ctx *cx, const char *why)
{
	time_t	now = clock_wall(dm->clock), delay;
	char	span[32];

	/* D-Bus's own words for the common case are obscure. */
	if (strstr(why, "ServiceUnknown") != NULL)
		why = _("no notification server is running on the session "
		    "bus");
	if (!dm->server_down) {
		dlog(0, _("notifications are not getting through: %s; "
		    "reminders will be retried until a server answers"), why);
		dm->server_down = 1;
		dm->down_since = now;
	} else
		dlog(1, "delivery failed again: %s", why);
	strlcpy_safe(dm->server_err, why, sizeof dm->server_err);
	if (dm->fail_streak < 16)
		dm->fail_streak++;
	delay = (time_t)RETRY_MIN_S << (dm->fail_streak - 1);
	if (delay > RETRY_MAX_S)
		delay = RETRY_MAX_S;
	/* Never wait longer than the reminder's own rhythm. */
	if (cx->ev.kind == SCHED_HYDRATION && dm->p.interval < delay)
		delay = dm->p.interval;
	if (cx->ev.kind == SCHED_SESSION && cx->gen != dm->gen)
		return;		/* the settings changed since */
	schedule_failed(&dm->s, &cx->ev, now + delay);
	format_duration(span, sizeof span, delay);
	dlog(1, "next attempt in %s", span);
}

static void
delivery_shown(struct daemon *dm, struct ctx *cx)
{
	if (dm->server_down) {
		dlog(0, _("the notification server answers again"));
		dm->server_down = 0;
	}
	dm->fail_streak = 0;
	cx->shown = 1;
	dlog(0, _("reminder delivered: %s"), cx->title);
	record(dm, cx->ev.kind == SCHED_HYDRATION ? "hydration" : "session",
	    "sent");
}

static void
handle_action(struct daemon *dm, struct ctx *cx, const char *action)
{
	const char	*kind = cx->ev.kind == SCHED_HYDRATION ? "hydration" :
			    "session";
	const char	*what = cx->ev.kind == SCHED_HYDRATION ?
			    _("hydration reminder") : _("session reminder");
	time_t		 now = clock_wall(dm->clock);
	char		*cause = NULL, span[32];

	if (cx->ev.kind == SCHED_SESSION && cx->gen != dm->gen) {
		dlog(0, _("action %s ignored: the settings changed since that "
		    "reminder"), action);
		return;
	}
	if (dm->due.active && dm->due.ev.kind == cx->ev.kind)
		dm->due.active = 0;	/* answered */
	if (strcmp(action, "snooze") == 0) {
		schedule_snooze(&dm->s, &cx->ev,
		    now + dm->cfg.snooze_ms / 1000);
		format_duration(span, sizeof span, dm->cfg.snooze_ms / 1000);
		/* TRANSLATORS: "hydration reminder", a duration. */
		dlog(0, _("%s snoozed for %s"), what, span);
		record(dm, kind, "snoozed");
	} else if (strcmp(action, "skip") == 0) {
		schedule_skip_today(&dm->s, dm->zone, &cx->ev, now);
		dlog(0, _("%s: skipped for today"), what);
		record(dm, kind, "skipped");
	} else if (strcmp(action, "drank") == 0) {
		if (daemon_history_drink(&dm->hist, now,
		    dm->cfg.glass_ml) != 0) {
			dlog(0, _("could not log the glass: %s"), dm->hist.err);
			return;
		}
		dlog(0, _("logged a glass (%ld ml)"), dm->cfg.glass_ml);
		record(dm, kind, "drank");
	} else if (strcmp(action, "start") == 0) {
		if (daemon_launch(dm->cfg.terminal, dm->exe, dm->config_path,
		    cx->command, cx->routine, &cause) != 0) {
			dlog(0, _("could not start %s: %s (set [daemon] "
			    "terminal)"), cx->routine, cause);
			free(cause);
		} else {
			dlog(0, _("started %s in a terminal"), cx->routine);
			record(dm, kind, "started");
		}
	} else
		dlog(0, _("unknown action from the server: %s"), action);
}

static void
handle_reports(struct daemon *dm)
{
	struct notify_report	 rep[8];
	struct ctx		*cx;
	size_t			 n, i;

	do {
		n = dm->nt->service(dm->nt, clock_mono_ms(dm->clock), rep,
		    nitems(rep));
		for (i = 0; i < n; i++) {
			if ((cx = ctx_find(dm, rep[i].id)) == NULL)
				continue;	/* superseded */
			switch (rep[i].status) {
			case NOTIFY_SHOWN:
				delivery_shown(dm, cx);
				break;
			case NOTIFY_FAILED:
				delivery_failed(dm, cx, rep[i].detail);
				cx->id = 0;
				dm->dirty = 1;
				break;
			case NOTIFY_ACTION:
				dlog(1, "action %s on notification %lu",
				    rep[i].detail, rep[i].id);
				handle_action(dm, cx, rep[i].detail);
				dm->dirty = 1;
				break;
			case NOTIFY_CLOSED:
				cx->id = 0;
				break;
			}
		}
	} while (n == nitems(rep));
}

/* The schedule. */

static void
arm(struct daemon *dm, time_t at)
{
	struct itimerspec its;

	memset(&its, 0, sizeof its);
	its.it_value.tv_sec = at;	/* 0 disarms */
	if (timerfd_settime(dm->tfd, TFD_TIMER_ABSTIME |
	    TFD_TIMER_CANCEL_ON_SET, &its, NULL) == -1)
		dlog(0, "timerfd_settime: %s", strerror(errno));
	dm->armed = at;
}

/* Nobody there: what is due waits for the return (daemon_presence.h). */
static int
hold_for_presence(struct daemon *dm, time_t now)
{
	time_t recheck;

	if (!daemon_presence_hold(&dm->pres, &dm->holding, &dm->p, &dm->s,
	    dm->zone, now, &recheck))
		return 0;
	arm(dm, recheck);
	return 1;
}

/* A session planned inside a long lock: the break was taken. */
static int
counted_as_break(struct daemon *dm, const struct sched_event *ev, time_t now)
{
	if (!daemon_presence_break(&dm->pres, &dm->cfg, dm->zone, ev, now))
		return 0;
	record(dm, "session", "break");
	return 1;
}

/* Deliver what is due, then sleep until the next event. */
static void
cycle(struct daemon *dm)
{
	struct sched_event	 ev[SCHED_MAX_SESSIONS + 1], next;
	time_t			 now = clock_wall(dm->clock);
	size_t			 n, i;
	char			 when[32], late[32], grace[32];

	refresh_facts(dm, now);
	if (hold_for_presence(dm, now))
		return;
	n = schedule_due(&dm->p, &dm->s, dm->zone, now, ev, nitems(ev));
	for (i = 0; i < n; i++) {
		if (!ev[i].missed && !counted_as_break(dm, &ev[i], now)) {
			deliver(dm, &ev[i]);
			continue;
		}
		if (!ev[i].missed)
			continue;
		if (ev[i].kind == SCHED_SESSION) {
			format_when(when, sizeof when, dm->zone, ev[i].occurrence, now,
			    0);
			format_duration(late, sizeof late, now - ev[i].occurrence);
			format_duration(grace, sizeof grace, dm->p.grace);
			/* Past its grace, or held back for a later one. */
			if (ev[i].missed == SCHED_MISSED_GRACE)
				dlog(0, _("session %s planned at %s was missed "
				    "by more than its grace (%s late, grace "
				    "%s): skipped"),
				    dm->cfg.schedule[ev[i].session].name, when,
				    late, grace);
			else
				dlog(0, _("session %s planned at %s (%s late) "
				    "held back: one catch-up after a gap, not "
				    "a burst"),
				    dm->cfg.schedule[ev[i].session].name,
				    when, late);
			record(dm, "session", "missed");
			snprintf(dm->missed, sizeof dm->missed,
			    _("%s planned at %s"),
			    dm->cfg.schedule[ev[i].session].name, when);
		} else
			dlog(0, _("hydration reminder held back: one catch-up "
			    "after a gap, not a burst"));
	}
	dm->has_next = schedule_next(&dm->p, &dm->s, dm->zone, now, &next);
	dm->next = next;
	if (!dm->has_next) {
		if (dm->armed != 0)
			dlog(1, "nothing to come: sleeping until told");
		arm(dm, 0);
		return;
	}
	if (next.at <= now)	/* cannot happen; never spin */
		next.at = now + 1;
	if (next.at != dm->armed) {
		format_when(when, sizeof when, dm->zone, next.at, now, 1);
		dlog(1, "next: %s at %s (%s)", next.kind == SCHED_HYDRATION ?
		    "hydration" : dm->cfg.schedule[next.session].name, when,
		    remind_reason(&dm->cfg, next.reason));
	}
	arm(dm, next.at);
}

/* Settings. */

static void
log_diag(const struct diag *d)
{
	size_t i;

	for (i = 0; i < d->n; i++)
		dlog(0, d->msgs[i].level == DIAG_ERROR ? _("error: %s") :
		    _("warning: %s"), d->msgs[i].text);
}

static int
same_sessions(const struct config *a, const struct config *b)
{
	size_t i;

	if (a->nschedule != b->nschedule)
		return 0;
	for (i = 0; i < a->nschedule; i++)
		if (a->schedule[i].minute != b->schedule[i].minute ||
		    a->schedule[i].weekdays != b->schedule[i].weekdays ||
		    strcmp(a->schedule[i].routine, b->schedule[i].routine) != 0)
			return 0;
	return 1;
}

/* The theme's colours, for the status's tmux format. */
static void
load_colours(struct daemon *dm)
{
	struct theme	t;
	struct diag	d;

	memset(&d, 0, sizeof d);
	if (library_load_theme(dm->cfg.theme, &t, &d) != 0)
		t = *builtin_default_theme();
	diag_clear(&d);
	dm->fg[0] = t.role[ROLE_ACCENT].fg;
	dm->fg[1] = t.role[ROLE_TEXT].fg;
	dm->fg[2] = t.role[ROLE_WARNING].fg;
}

static void
reload(struct daemon *dm)
{
	struct config	fresh;
	struct diag	d;

	memset(&d, 0, sizeof d);
	if (config_load_user(&fresh, dm->config_path, &d) != 0) {
		log_diag(&d);
		dlog(0, _("reload failed: keeping the previous settings"));
		diag_clear(&d);
		return;
	}
	log_diag(&d);
	diag_clear(&d);
	if (!same_sessions(&dm->cfg, &fresh)) {
		schedule_reset_sessions(&dm->s, clock_wall(dm->clock));
		dm->gen++;
	}
	dm->cfg = fresh;
	params_from_config(&dm->p, &dm->cfg);
	load_colours(dm);
	presence_configure(&dm->pres, dm->cfg.presence_off,
	    (time_t)(dm->cfg.away_after_ms / 1000), clock_wall(dm->clock));
	/* mode = off closes the buses; auto opens them (not in tests). */
	if (dm->cfg.presence_off) {
		presence_bus_free(dm->pbus);
		dm->pbus = NULL;
	} else if (dm->pbus == NULL && dm->sigfd != -1)
		dm->pbus = presence_bus_new(&dm->pres, dm->clock);
	dlog(0, _("settings reloaded"));
}

/* The control socket. */

static void
status(struct daemon *dm, FILE *f, time_t now)
{
	struct remind_facts	 facts;
	struct presence_now	 pn;
	char			*path = paths_user_config();

	memset(&facts, 0, sizeof facts);
	facts.started = dm->started;
	facts.pid = (long)getpid();
	facts.config_path = dm->config_path;
	facts.user_config = path;
	facts.hist_err = dm->hist.down ? dm->hist.err : NULL;
	facts.server_down = dm->server_down;
	facts.down_since = dm->down_since;
	facts.server_err = dm->server_err;
	(void)presence_update(&dm->pres, now);	/* idle grows into away */
	presence_get(&dm->pres, &pn);
	facts.presence = &pn;
	facts.missed = dm->missed[0] != '\0' ? dm->missed : NULL;
	remind_status(f, &dm->cfg, &dm->p, &dm->s, dm->zone, &facts, now);
	free(path);
}

/* A follower's first message: the status, and what is due for --osc. */
static char *
subscribed(struct daemon *dm, int osc)
{
	char *first = daemon_status_first(&dm->st), *notice, *both;

	if (!osc || !daemon_status_for_terminals(&dm->due, &dm->cfg,
	    dm->server_down))
		return first;
	notice = daemon_status_notice(dm->due.title, dm->due.body);
	both = xasprintf("%s%s", first, notice);
	free(first);
	free(notice);
	return both;
}

static char *
answer(void *arg, const struct daemon_req *rq)
{
	struct daemon	*dm = arg;
	char		*out = NULL, when[32];
	size_t		 len = 0;
	FILE		*f;
	long		 secs = rq->secs;
	time_t		 now = clock_wall(dm->clock);

	if ((f = open_memstream(&out, &len)) == NULL)
		return xasprintf("error: %s\n", _("out of memory"));
	if (rq->kind == DREQ_STATUS) {
		refresh_facts(dm, now);
		status(dm, f, now);
		dm->dirty = 1;	/* the facts may have moved the next event */
	} else if (rq->kind == DREQ_PAUSE || rq->kind == DREQ_BAD_PAUSE) {
		if (rq->kind == DREQ_BAD_PAUSE)
			fprintf(f, "error: %s\n", _("bad pause"));
		else {
			schedule_pause(&dm->s, now + secs);
			dm->due.active = 0;
			dm->dirty = 1;
			format_when(when, sizeof when, dm->zone, now + secs, now, 0);
			fprintf(f, _("reminders paused until %s\n"), when);
			dlog(0, _("paused until %s"), when);
		}
	} else if (rq->kind == DREQ_RESUME && dm->s.pause_until <= now) {
		fprintf(f, "%s\n", _("reminders were not paused"));
	} else if (rq->kind == DREQ_RESUME) {
		schedule_pause(&dm->s, 0);
		dm->dirty = 1;
		fprintf(f, "%s\n", _("reminders resumed"));
		dlog(0, _("resumed"));
	} else if (rq->kind == DREQ_SUBSCRIBE) {
		fclose(f);
		free(out);
		return subscribed(dm, rq->osc);
	} else if (rq->kind == DREQ_REWRITE &&
	    getenv("UNCLENCH_TEST_STATUS_REWRITE") != NULL) {
		daemon_status_rewrite(&dm->st, secs);
		fprintf(f, "ok\n");
	} else if (rq->kind == DREQ_REFRESH) {
		/* A drink logged elsewhere: as SIGUSR1, re-read the facts. */
		dlog(1, "refresh: re-reading the history");
		refresh_facts(dm, now);
		dm->dirty = 1;
		fprintf(f, "ok\n");
	}
	else
		fprintf(f, "error: %s\n", _("unknown request"));
	fclose(f);
	return out;
}

/* Start-up. */

static int
take_lock(struct daemon *dm, char **cause)
{
	char		buf[32];
	ssize_t		n;

	if (paths_mkdir_p(dm->rundir) != 0) {
		*cause = xasprintf(_("cannot create %s: %s"), dm->rundir,
		    strerror(errno));
		return -1;
	}
	if (!daemon_rundir_ours(dm->rundir)) {
		*cause = xasprintf(_("%s is not a private directory of yours "
		    "(mode 0700)"), dm->rundir);
		return -1;
	}
	dm->lockfd = open(dm->lockpath, O_RDWR | O_CREAT | O_CLOEXEC |
	    O_NOFOLLOW, 0600);
	if (dm->lockfd == -1) {
		*cause = xasprintf("%s: %s", dm->lockpath, strerror(errno));
		return -1;
	}
	if (flock(dm->lockfd, LOCK_EX | LOCK_NB) == -1) {
		n = pread(dm->lockfd, buf, sizeof buf - 1, 0);
		buf[n > 0 ? n : 0] = '\0';
		buf[strcspn(buf, "\n")] = '\0';
		*cause = xasprintf(_("already running (pid %s; lock %s)"),
		    *buf ? buf : "unknown", dm->lockpath);
		return -1;
	}
	return 0;
}

static void
write_pid(struct daemon *dm)
{
	char	buf[32];
	int	n = snprintf(buf, sizeof buf, "%ld\n", (long)getpid());

	if (ftruncate(dm->lockfd, 0) == -1 ||
	    pwrite(dm->lockfd, buf, (size_t)n, 0) != n)
		dlog(0, _("cannot write the pid into %s: %s"), dm->lockpath,
		    strerror(errno));
}

static int
listen_socket(struct daemon *dm, char **cause)
{
	struct sockaddr_un sun;

	memset(&sun, 0, sizeof sun);
	sun.sun_family = AF_UNIX;
	if (strlen(dm->sockpath) >= sizeof sun.sun_path) {
		*cause = xasprintf(_("%s: path too long for a socket"),
		    dm->sockpath);
		return -1;
	}
	strlcpy_safe(sun.sun_path, dm->sockpath, sizeof sun.sun_path);
	dm->lsock = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC |
	    SOCK_NONBLOCK, 0);
	if (dm->lsock == -1) {
		*cause = xasprintf("socket: %s", strerror(errno));
		return -1;
	}
	unlink(dm->sockpath);	/* stale: we hold the lock */
	if (bind(dm->lsock, (struct sockaddr *)&sun, sizeof sun) == -1 ||
	    listen(dm->lsock, 8) == -1) {
		*cause = xasprintf("%s: %s", dm->sockpath, strerror(errno));
		return -1;
	}
	return 0;
}

/*
 * Leave the terminal. Returns 1 in the original process, 0 in the daemon
 * (with *readyfd, for ready() once it answers), -1 on failure.
 * The original process waits for the daemon's pid on the pipe, so when it
 * says "started" the socket is listening.
 */
static int
detach(int *readyfd)
{
	pid_t	pid, child = 0;
	int	p[2], fd, status;

	if (pipe2(p, O_CLOEXEC) == -1)
		fatal("pipe: %s", strerror(errno));
	if ((pid = fork()) == -1)
		fatal("fork: %s", strerror(errno));
	if (pid > 0) {
		close(p[1]);
		while (waitpid(pid, &status, 0) == -1 && errno == EINTR)
			;
		if (read(p[0], &child, sizeof child) != sizeof child)
			child = 0;
		close(p[0]);
		if (child == 0)
			return -1;
		printf(_("unclench daemon started in the background (pid "
		    "%ld)\n"), (long)child);
		return 1;
	}
	setsid();
	if ((pid = fork()) != 0)
		_exit(pid == -1 ? 1 : 0);
	close(p[0]);
	if (chdir("/") == -1)
		_exit(1);
	umask(077);
	if ((fd = open("/dev/null", O_RDWR)) != -1) {
		dup2(fd, 0);
		dup2(fd, 1);
		dup2(fd, 2);
		if (fd > 2)
			close(fd);
	}
	*readyfd = p[1];
	return 0;
}

/* Tell the original process (if any) that the daemon answers now. */
static void
ready(int *fd)
{
	pid_t self = getpid();

	if (*fd == -1)
		return;
	(void)write(*fd, &self, sizeof self);
	close(*fd);
	*fd = -1;
}

static int
setup_signals(struct daemon *dm)
{
	static const int sigs[] = { SIGTERM, SIGINT, SIGHUP, SIGUSR1,
	    SIGCHLD };
	sigset_t	 set;
	size_t		 i;

	signal(SIGPIPE, SIG_IGN);
	sigemptyset(&set);
	for (i = 0; i < nitems(sigs); i++) {
		/*
		 * An ignored signal never reaches a signalfd, and a shell
		 * starts background jobs with SIGINT ignored.
		 */
		signal(sigs[i], SIG_DFL);
		sigaddset(&set, sigs[i]);
	}
	if (sigprocmask(SIG_BLOCK, &set, NULL) == -1)
		return -1;
	dm->sigfd = signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK);
	return dm->sigfd == -1 ? -1 : 0;
}

static void
read_signals(struct daemon *dm)
{
	struct signalfd_siginfo	si;

	while (read(dm->sigfd, &si, sizeof si) == (ssize_t)sizeof si) {
		switch (si.ssi_signo) {
		case SIGTERM:
		case SIGINT:
			dlog(0, _("stopping on %s"), si.ssi_signo == SIGTERM ?
			    "SIGTERM" : "SIGINT");
			dm->quit = 1;
			break;
		case SIGHUP:
			dlog(0, _("SIGHUP: reloading the settings"));
			reload(dm);
			dm->dirty = 1;
			break;
		case SIGUSR1:
			dlog(1, "SIGUSR1: re-reading the history");
			dm->dirty = 1;
			break;
		default:	/* SIGCHLD: reports are read below */
			daemon_hooks_reap(&dm->hooks);
			break;
		}
	}
}

static void
read_timer(struct daemon *dm)
{
	uint64_t	ticks;

	if (read(dm->tfd, &ticks, sizeof ticks) == -1 && errno == ECANCELED) {
		dlog(1, "the clock changed: recomputing");
		dm->armed = 0;
	}
	dm->dirty = 1;
}

static void
paths_init(struct daemon *dm, const char *config_path)
{
	char	buf[PATH_MAX], *abs;
	ssize_t	n;

	dm->rundir = paths_runtime_dir();
	dm->lockpath = xasprintf("%s/daemon.lock", dm->rundir);
	dm->sockpath = xasprintf("%s/daemon.sock", dm->rundir);
	if ((n = readlink("/proc/self/exe", buf, sizeof buf - 1)) > 0) {
		buf[n] = '\0';
		dm->exe = xstrdup(buf);
	} else
		dm->exe = xstrdup("unclench");
	/* --detach leaves the working directory: keep --config valid. */
	if (config_path != NULL)
		dm->config_path = (abs = realpath(config_path, NULL)) != NULL ?
		    abs : xstrdup(config_path);
}

static void
daemon_free(struct daemon *dm)
{
	if (dm->nt != NULL)
		dm->nt->free(dm->nt);
	daemon_status_free(&dm->st);
	presence_bus_free(dm->pbus);
	daemon_conns_close(&dm->clients);
	if (dm->lsock != -1) {
		unlink(dm->sockpath);
		close(dm->lsock);
	}
	if (dm->sigfd != -1)
		close(dm->sigfd);
	if (dm->tfd != -1)
		close(dm->tfd);
	if (dm->lockfd != -1)
		close(dm->lockfd);
	free(dm->rundir);
	free(dm->lockpath);
	free(dm->sockpath);
	free(dm->exe);
	free(dm->config_path);
}

/* The poll timeout: to the nearer of a delivery's and a client's deadline. */
static int
loop_timeout(struct daemon *dm)
{
	int64_t		 dl, cdl;
	uint64_t	 now;
	int		 t, bt = presence_bus_timeout(dm->pbus);

	dl = dm->nt->deadline(dm->nt);
	cdl = daemon_conns_deadline(&dm->clients);
	if (dl < 0 || (cdl >= 0 && cdl < dl))
		dl = cdl;
	if (dl < 0)
		return bt;
	now = clock_mono_ms(dm->clock);
	t = (uint64_t)dl <= now ? 0 : (int)((uint64_t)dl - now + 1);
	return bt >= 0 && bt < t ? bt : t;
}

/* What the daemon knows, to the status feed (written only if changed). */
static void
publish(struct daemon *dm)
{
	struct daemon_feed f;

	memset(&f, 0, sizeof f);
	f.cfg = &dm->cfg;
	f.p = &dm->p;
	f.s = &dm->s;
	f.next = dm->has_next ? &dm->next : NULL;
	f.pres = &dm->pres;
	f.fg = dm->fg;
	f.server_down = dm->server_down;
	daemon_status_update(&dm->st, &f, &dm->due, &dm->clients,
	    clock_wall(dm->clock));
}

/*
 * One poll over the signals, the timer, the socket, the notifier and the
 * clients; nothing in it waits on a client.
 */
static int
loop(struct daemon *dm)
{
	struct pollfd	 pfd[4 + DAEMON_CONN_MAX + DAEMON_SUB_MAX +
			     PRESENCE_BUS_NFDS];
	struct pollfd	*bus = pfd + 4 + DAEMON_CONN_MAX + DAEMON_SUB_MAX;
	uint64_t	 now;

	dm->dirty = 1;
	while (!dm->quit) {
		/* Not on every wake: a child's exit is no reason. */
		if (dm->dirty && presence_bus_settled(dm->pbus)) {
			dm->dirty = 0;
			cycle(dm);
		}
		publish(dm);
		pfd[0].fd = dm->sigfd;
		pfd[1].fd = dm->tfd;
		pfd[2].fd = dm->lsock;
		pfd[3].fd = dm->nt->fd(dm->nt);
		pfd[0].events = pfd[1].events = pfd[2].events =
		    pfd[3].events = POLLIN;
		pfd[0].revents = pfd[1].revents = pfd[2].revents =
		    pfd[3].revents = 0;
		daemon_conns_pollfds(&dm->clients, pfd + 4);
		daemon_subs_pollfds(&dm->clients, pfd + 4 + DAEMON_CONN_MAX);
		presence_bus_pollfds(dm->pbus, bus);
		/* Only a delivery or a client in flight sets a timeout. */
		if (poll(pfd, nitems(pfd), loop_timeout(dm)) == -1 &&
		    errno != EINTR) {
			dlog(0, "poll: %s", strerror(errno));
			return 2;
		}
		if (pfd[0].revents & POLLIN)
			read_signals(dm);
		if (pfd[1].revents & POLLIN)
			read_timer(dm);
		now = clock_mono_ms(dm->clock);
		daemon_conns_service(&dm->clients, pfd + 4, now);
		daemon_subs_service(&dm->clients, pfd + 4 + DAEMON_CONN_MAX);
		if (pfd[2].revents & POLLIN)
			daemon_conns_accept(&dm->clients, dm->lsock, now);
		if (dm->nt->pending(dm->nt) > 0 || (pfd[3].revents & POLLIN))
			handle_reports(dm);
		/* Back to a held reminder, or awake: look at once. */
		if (presence_bus_service(dm->pbus, bus) &
		    (PRESENCE_BUS_BACK | PRESENCE_BUS_RESUMED))
			dm->dirty = 1;
	}
	return 0;
}

/* "unclench: daemon: message" to stderr; the exit code of a failed start. */
static int	 daemon_fail(const char *, ...) printflike(1, 2);

static int
daemon_fail(const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	say_escaped("daemon", fmt, ap);
	va_end(ap);
	return 1;
}

/* The log in the state directory, which is made if need be. */
static void
open_log(void)
{
	char	*dir = paths_state_dir(), *path;

	path = xasprintf("%s/daemon.log", dir);
	if (paths_mkdir_p(dir) != 0)
		fprintf(stderr, _("unclench: daemon: cannot create %s: %s\n"),
		    dir, strerror(errno));
	else
		log_open(path);
	free(path);
	free(dir);
}

/*
 * Settings, lock, terminal, log, socket, signals, timer. Returns -1 to go
 * on in the daemon, or the exit code of this process.
 */
static int
start(struct daemon *dm, const struct daemon_options *o, int *readyfd)
{
	struct diag	 d;
	char		*cause = NULL;
	int		 r;

	memset(&d, 0, sizeof d);
	if (config_load_user(&dm->cfg, dm->config_path, &d) != 0) {
		diag_print(&d, stderr);
		diag_clear(&d);
		return daemon_fail(_("the settings have errors: not starting"));
	}
	if (take_lock(dm, &cause) != 0) {
		r = daemon_fail("%s", cause);
		free(cause);
		diag_clear(&d);
		return r;
	}
	if (o->detach && (r = detach(readyfd)) != 0) {
		diag_clear(&d);
		dm->lockfd = -1;	/* the daemon holds it now */
		return r > 0 ? 0 : daemon_fail(_("could not detach"));
	}
	log_init("daemon", dm->clock, o->verbose, !o->detach);
	open_log();
	write_pid(dm);
	log_diag(&d);
	diag_clear(&d);
	tzset();
	if (listen_socket(dm, &cause) != 0 || setup_signals(dm) != 0 ||
	    (dm->tfd = timerfd_create(CLOCK_REALTIME, TFD_CLOEXEC |
	    TFD_NONBLOCK)) == -1) {
		if (cause == NULL)
			cause = xasprintf("%s", strerror(errno));
		dlog(0, _("cannot start: %s"), cause);
		r = daemon_fail("%s", cause);
		free(cause);
		return r;
	}
	return -1;
}

int
daemon_run(const struct daemon_options *o)
{
	struct daemon	 dm;
	char		*path;
	int		 r, readyfd = -1;

	memset(&dm, 0, sizeof dm);
	dm.sigfd = dm.tfd = dm.lsock = dm.lockfd = -1;
	dm.clock = o->clock != NULL ? o->clock : &clock_real;
	daemon_conns_init(&dm.clients, answer, &dm);
	dm.zone = &cal_zone_local;
	log_init("daemon", dm.clock, o->verbose, 0);
	paths_init(&dm, o->config_path);
	if ((r = start(&dm, o, &readyfd)) != -1) {
		if (readyfd != -1)
			close(readyfd);	/* the original process fails */
		daemon_free(&dm);
		return r;
	}
	dm.nt = notifier_libnotify_new("unclench", DAEMON_SHOW_TIMEOUT_MS);
	params_from_config(&dm.p, &dm.cfg);
	daemon_status_init(&dm.st, dm.rundir);
	load_colours(&dm);
	dm.started = clock_wall(dm.clock);
	/* Sessions within their grace when we start are still due. */
	schedule_init(&dm.s, dm.started - dm.p.grace);
	presence_init(&dm.pres, dm.cfg.presence_off,
	    (time_t)(dm.cfg.away_after_ms / 1000), dm.started);
	if (!dm.cfg.presence_off)
		dm.pbus = presence_bus_new(&dm.pres, dm.clock);
	path = paths_user_config();
	if (dm.config_path != NULL)
		dlog(0, _("started (pid %ld, settings %s)"), (long)getpid(),
		    dm.config_path);
	else
		dlog(0, _("started (pid %ld, settings from %s or the "
		    "defaults)"), (long)getpid(), path);
	free(path);
	ready(&readyfd);
	r = loop(&dm);
	daemon_free(&dm);
	dlog(0, _("stopped"));
	log_close();
	return r;
}

/* The seams for tests: see daemon.h. */

struct daemon *
daemon_test_new(const struct config *cfg, struct notifier *nt,
    const struct clock *c)
{
	struct daemon *dm = xcalloc(1, sizeof *dm);

	dm->sigfd = dm->lsock = dm->lockfd = -1;
	dm->tfd = timerfd_create(CLOCK_REALTIME, TFD_CLOEXEC | TFD_NONBLOCK);
	dm->clock = c;
	dm->zone = &cal_zone_local;
	dm->cfg = *cfg;
	dm->nt = nt;
	daemon_conns_init(&dm->clients, answer, dm);
	params_from_config(&dm->p, &dm->cfg);
	dm->started = clock_wall(c);
	schedule_init(&dm->s, dm->started - dm->p.grace);
	presence_init(&dm->pres, dm->cfg.presence_off,
	    (time_t)(dm->cfg.away_after_ms / 1000), dm->started);
	dm->dirty = 1;
	return dm;
}

void
daemon_test_wake(struct daemon *dm, int timer)
{
	handle_reports(dm);
	if (timer)
		dm->dirty = 1;
	if (dm->dirty) {
		dm->dirty = 0;
		cycle(dm);
	}
}

time_t
daemon_test_armed(const struct daemon *dm)
{
	return dm->armed;
}

int
daemon_test_timeout(struct daemon *dm)
{
	return loop_timeout(dm);
}

void
daemon_test_free(struct daemon *dm)
{
	daemon_free(dm);
	free(dm);
}

struct presence *
daemon_test_presence(struct daemon *dm)
{
	return &dm->pres;
}

void
daemon_test_status(struct daemon *dm, FILE *f)
{
	status(dm, f, clock_wall(dm->clock));
}
