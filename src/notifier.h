/*
 * notifier: desktop notifications, delivered without ever blocking the
 * caller. A send starts the delivery and returns at once; what became of
 * it (shown, failed, an action chosen, closed) arrives later as reports,
 * read when the descriptor from fd() is readable or the deadline from
 * deadline() has passed. The libnotify backend is the only code that
 * includes <libnotify/notify.h>.
 */
#ifndef UNCLENCH_NOTIFIER_H
#define UNCLENCH_NOTIFIER_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#define NOTIFY_MAX_ACTIONS	4

/* One notification. Texts are plain: the backend escapes them. */
struct notification {
	const char	*title;
	const char	*body;
	/* Buttons, where the server has them: ids and labels. */
	const char	*action_id[NOTIFY_MAX_ACTIONS];
	const char	*action_label[NOTIFY_MAX_ACTIONS];
	size_t		 nactions;
	int		 wait_s;	/* how long actions stay answerable */
	/* A sound-theme event, if the server plays sound; or none at all. */
	const char	*sound_name;
	int		 suppress_sound;
};

enum notify_status {
	NOTIFY_SHOWN,		/* the server took it */
	NOTIFY_FAILED,		/* it did not; detail says why */
	NOTIFY_ACTION,		/* the user chose action `detail` */
	NOTIFY_CLOSED		/* delivery over: no more reports for id */
};

struct notify_report {
	unsigned long		 id;		/* from send() */
	enum notify_status	 status;
	char			 detail[256];
};

struct notifier {
	/* Start delivering n. Returns its id (> 0), or 0 with *cause. */
	unsigned long	 (*send)(struct notifier *, const struct notification *,
			     char **cause);
	/* Stop waiting on delivery id (its buttons are out of date). */
	void		 (*cancel)(struct notifier *, unsigned long id);
	/* The descriptor that becomes readable with reports; -1 if none. */
	int		 (*fd)(struct notifier *);
	/* The monotonic ms at which service() must run anyway; -1: none. */
	int64_t		 (*deadline)(struct notifier *);
	/* Collect reports (and enforce time limits): the count stored. */
	size_t		 (*service)(struct notifier *, uint64_t now_ms,
			     struct notify_report *, size_t max);
	/* Deliveries still running. */
	size_t		 (*pending)(struct notifier *);
	/* Stop every delivery at once and free everything. */
	void		 (*free)(struct notifier *);
	void		*priv;
};

/*
 * The libnotify backend. Each delivery runs in a child process of its
 * own, so a hung server stalls only that child, which is killed after
 * show_timeout_ms. app_name is what the server shows as the sender.
 */
struct notifier	*notifier_libnotify_new(const char *app_name,
		     int show_timeout_ms);

/*
 * The recording stub, for tests (notifier_stub.c): caller-owned, free()
 * only marks it freed. Sends are recorded with the stub's time (that of
 * the last service() call, or set by the test) and succeed (fail_send:
 * fail at once with that cause); each is SHOWN at once (auto_shown), or,
 * hung, FAILED and CLOSED at show_timeout_ms as a hung server is.
 */
#define NOTIFIER_STUB_MAX	64

struct notifier_stub_sent {
	unsigned long	 id;
	uint64_t	 at;		/* monotonic ms */
	char		 title[256];
	char		 body[512];
};

struct notifier_stub_report {
	uint64_t		 at;	/* given out from then on */
	struct notify_report	 rep;
};

struct notifier_stub {
	struct notifier			 nt;
	uint64_t			 now;
	const char			*fail_send;
	int				 auto_shown, hung, freed;
	int				 show_timeout_ms;
	unsigned long			 last_id;
	struct notifier_stub_sent	 sent[NOTIFIER_STUB_MAX];
	size_t				 nsent;
	unsigned long			 cancelled[NOTIFIER_STUB_MAX];
	size_t				 ncancelled;
	struct notifier_stub_report	 queue[NOTIFIER_STUB_MAX];
	size_t				 nqueue;
};

struct notifier	*notifier_stub_init(struct notifier_stub *);
/* Queue a report on delivery id, given out at the next service(). */
void		 notifier_stub_report(struct notifier_stub *,
		     unsigned long id, enum notify_status, const char *detail);

/* Text escaped for the notification body's markup (allocated). */
char		*notifier_escape(const char *);

#endif
