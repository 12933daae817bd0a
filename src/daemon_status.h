/*
 * daemon_status: the daemon's side of the status feed. On every change
 * of the record it writes $XDG_RUNTIME_DIR/unclench/status (a temporary
 * file renamed over it: a reader sees the old bytes or the new, never
 * half) and pushes the same bytes to the followers; a reminder for the
 * terminals goes to the followers that asked for osc. Nothing here
 * waits: the followers' sockets are non-blocking (daemon_conn.h).
 */
#ifndef UNCLENCH_DAEMON_STATUS_H
#define UNCLENCH_DAEMON_STATUS_H

#include <stddef.h>
#include <time.h>

#include "daemon_conn.h"
#include "remind.h"
#include "schedule.h"
#include "status.h"

struct config;
struct presence;

struct daemon_status {
	char		*path, *tmp;
	char		 last[STATUS_FILE_MAX];	/* as published, seq 0 */
	size_t		 lastlen;
	char		 cur[STATUS_FILE_MAX];	/* what the file holds */
	unsigned long	 seq;
	int		 failing;		/* a write failed: said once */
};

/* The reminder that is due, as the feed and the terminals hear of it. */
struct daemon_due {
	int			 active;
	struct sched_event	 ev;
	time_t			 since;
	int			 told_terminals;
	char			 title[REMIND_TITLE_MAX];
	char			 body[REMIND_BODY_MAX];
};

/* What the daemon knows, for the feed. */
struct daemon_feed {
	const struct config		*cfg;
	const struct sched_params	*p;
	const struct sched_state	*s;
	const struct sched_event	*next;		/* NULL: none to come */
	const struct presence		*pres;
	const int			*fg;		/* water, next, due */
	int				 server_down;	/* notifications */
};

/* The file in rundir; nothing is written yet. */
void	 daemon_status_init(struct daemon_status *, const char *rundir);
/* r (its seq is set here) to the file and the followers, if it changed. */
void	 daemon_status_publish(struct daemon_status *, struct status_rec *,
	     struct daemon_conns *);
/*
 * What f says, to the file and the followers (if it changed); then, once
 * per reminder, what is due to the terminals that follow with --osc.
 */
void	 daemon_status_update(struct daemon_status *, const struct daemon_feed *,
	     struct daemon_due *, struct daemon_conns *, time_t now);
/*
 * Do the terminals that asked (status --follow --osc) hear of what is
 * due? With terminal = always, or auto while no server takes reminders.
 */
int	 daemon_status_for_terminals(const struct daemon_due *,
	     const struct config *, int server_down);
/* The bytes a new follower is sent first (allocated). */
char	*daemon_status_first(const struct daemon_status *);
/* Rewrite the file n times, each with a new seq (a test's request). */
void	 daemon_status_rewrite(struct daemon_status *, long n);
/* A reminder for the terminals, title and body inert (allocated). */
char	*daemon_status_notice(const char *title, const char *body);
/* The same, to every follower that asked for terminal notifications. */
void	 daemon_status_notify(struct daemon_conns *, const char *title,
	     const char *body);
/* The daemon stops: no file, so `unclench status` says so. */
void	 daemon_status_free(struct daemon_status *);

#endif
