/*
 * presence_bus: what logind (system bus) and the screen saver (session
 * bus) say, fed into a struct presence. A thin sd-bus adapter: each bus
 * is one file descriptor for the daemon's poll(), every call is
 * asynchronous with a deadline, and a lost bus is reconnected with a
 * back-off. libsystemd is loaded with dlopen when the daemon starts, so
 * nothing else in unclench maps it; without it, or without a bus, the
 * presence comes from the next source (presence.h).
 */
#ifndef UNCLENCH_PRESENCE_BUS_H
#define UNCLENCH_PRESENCE_BUS_H

#include <poll.h>
#include <time.h>

struct clock;
struct presence;
struct presence_bus;

/* The pollfd slots the adapter fills: the system and the session bus. */
#define PRESENCE_BUS_NFDS	2

/* What presence_bus_service() reports, ORed. */
#define PRESENCE_BUS_BACK	0x1	/* back to a held reminder */
#define PRESENCE_BUS_RESUMED	0x2	/* woke from sleep: look now */
#define PRESENCE_BUS_CHANGED	0x4	/* the presence changed */

/* Connect (never blocking) and start listening; logs what is missing. */
struct presence_bus *presence_bus_new(struct presence *,
		     const struct clock *);
void	 presence_bus_free(struct presence_bus *);
/*
 * Have the first questions been answered (or SETTLE_MS passed)? Until
 * then the daemon delivers nothing: a locked screen at start-up holds.
 */
int	 presence_bus_settled(struct presence_bus *);
/* Fill PRESENCE_BUS_NFDS slots (fd -1 for none). */
void	 presence_bus_pollfds(struct presence_bus *, struct pollfd *);
/* ms until the adapter needs servicing (a call's deadline, a retry); -1. */
int	 presence_bus_timeout(struct presence_bus *);
/* After poll: read the buses, run due retries. Returns PRESENCE_BUS_*. */
int	 presence_bus_service(struct presence_bus *, const struct pollfd *);

/*
 * The terminal path (presence_tty.c): the latest access time of the
 * user's terminals (utmp), or of the one UNCLENCH_PRESENCE_TTY names.
 * Returns 1 and *last when one is known. Read only when a reminder is due.
 */
int	 presence_tty_last_input(time_t *last);

#endif
