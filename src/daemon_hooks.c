/*
 * daemon_hooks: a small table of supervisors in flight. With it full, a
 * hook is not started (and that is logged): hooks never pile up.
 */
#include "daemon_hooks.h"

#include <sys/wait.h>

#include <string.h>

#include "i18n.h"
#include "log.h"
#include "util.h"

void
daemon_hooks_run(struct daemon_hooks *h, const char *name, const char *cmd,
    const struct hook_event *ev)
{
	const char	*why = NULL;
	size_t		 i;
	pid_t		 pid;

	if (cmd[0] == '\0')
		return;
	daemon_hooks_reap(h);
	for (i = 0; i < DAEMON_HOOKS_MAX; i++)
		if (h->pid[i] == 0)
			break;
	if (i == DAEMON_HOOKS_MAX) {
		dlog(0, NG_("hook %s not run: %d hook is still running",
		    "hook %s not run: %d hooks are still running",
		    DAEMON_HOOKS_MAX), name, DAEMON_HOOKS_MAX);
		return;
	}
	if ((pid = hook_spawn(name, cmd, ev, NULL, &why)) == -1) {
		dlog(0, _("hook %s (%s): %s"), name, cmd, why);
		return;
	}
	dlog(1, "hook %s started (pid %ld)", name, (long)pid);
	h->pid[i] = pid;
}

void
daemon_hooks_reap(struct daemon_hooks *h)
{
	const char	*what;
	char		 buf[128];
	size_t		 i;
	int		 st;

	for (i = 0; i < DAEMON_HOOKS_MAX; i++) {
		if (h->pid[i] == 0 || waitpid(h->pid[i], &st, WNOHANG) !=
		    h->pid[i])
			continue;
		h->pid[i] = 0;
		what = hook_outcome(st, buf, sizeof buf);
		if (what == NULL) {
			if (h->failing)
				dlog(0, _("hook on_reminder works again"));
			else
				dlog(1, "hook on_reminder done");
			h->failing = 0;
		} else {
			dlog(h->failing ? 1 : 0, _("hook on_reminder: %s"),
			    what);
			h->failing = 1;
		}
	}
}
