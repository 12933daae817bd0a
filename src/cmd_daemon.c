/*
 * cmd_daemon: `unclench daemon` and its modes. With no mode it runs the
 * daemon (daemon.c); --status, --pause and --resume ask the running one
 * through its socket; --test sends one notification from this process.
 * Exactly one mode per call.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cmd.h"
#include "daemon.h"
#include "daemon_client.h"
#include "i18n.h"
#include "util.h"

#define PAUSE_MAX_MS	(7LL * 24 * 3600 * 1000)

/* The daemon's reply names routines by title: escaped, line by line. */
static void
print_reply(char *reply)
{
	char *line, *nl;

	for (line = reply; *line != '\0'; line = nl + 1) {
		if ((nl = strchr(line, '\n')) == NULL) {
			fputs_escaped(line, stdout);
			return;
		}
		*nl = '\0';
		fputs_escaped(line, stdout);
		putchar('\n');
	}
}

static int
ask(const char *request)
{
	char	*reply = NULL, *cause = NULL;

	if (daemon_request(request, &reply, &cause) != 0) {
		cli_fail("daemon: %s", cause);
		free(cause);
		return EXIT_FAIL;
	}
	print_reply(reply);
	if (strncmp(reply, "error:", 6) == 0) {
		free(reply);
		return EXIT_FAIL;
	}
	free(reply);
	return EXIT_OK;
}

int
cmd_daemon(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "detach", no_argument, NULL, 'd' },
		{ "status", no_argument, NULL, 's' },
		{ "test", no_argument, NULL, 't' },
		{ "pause", required_argument, NULL, 'p' },
		{ "resume", no_argument, NULL, 'r' },
		{ "verbose", no_argument, NULL, 'v' },
		{ NULL, 0, NULL, 0 }
	};
	struct daemon_options	 o;
	const char		*why, *pause_arg = NULL;
	char			 req[64], *msg = NULL;
	int64_t			 ms;
	int			 ch, mode = 0, modes = 0, r;

	memset(&o, 0, sizeof o);
	o.verbose = global_opts.verbose;
	o.config_path = global_opts.config_path;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, ":v", longopts, NULL)) != -1) {
		switch (ch) {
		case 'd':
			o.detach = 1;
			break;
		case 's':
		case 't':
		case 'r':
		case 'p':
			if (mode != ch)
				modes++;
			mode = ch;
			if (ch == 'p')
				pause_arg = optarg;
			break;
		case 'v':
			o.verbose++;
			break;
		default:
			return cli_option_error("daemon", ch, argv,
			    _("a duration, like 30m or 2h"));
		}
	}
	if (optind < argc)
		return cli_usage_error("daemon", _("unexpected argument: %s"),
		    argv[optind]);
	if (modes > 1)
		return cli_usage_error("daemon", _("choose one of --status, "
		    "--test, --pause and --resume"));
	if (mode != 0 && o.detach)
		return cli_usage_error("daemon", _("--detach starts the "
		    "daemon; it goes with no other mode"));
	switch (mode) {
	case 's':
		return ask("status");
	case 'r':
		return ask("resume");
	case 'p':
		if (parse_duration_ms(pause_arg, 1000, PAUSE_MAX_MS, &ms,
		    &why) != 0)
			return cli_usage_error("daemon", _("--pause \"%s\" is "
			    "%s (expected a duration like 30m or 2h, up to 7 "
			    "days)"), pause_arg, why);
		snprintf(req, sizeof req, "pause %lld",
		    (long long)((ms + 999) / 1000));
		return ask(req);
	case 't':
		r = daemon_test_notification(&msg);
		if (r == 0)
			printf(_("unclench daemon --test: %s\n"), msg);
		else
			cli_fail("daemon: --test: %s", msg);
		free(msg);
		return r == 0 ? EXIT_OK : EXIT_FAIL;
	default:
		return daemon_run(&o);
	}
}
