/*
 * cmd_status: `unclench status`, for prompts and status lines. It reads
 * only the status file the daemon writes (no SQLite, no D-Bus, no
 * settings: the theme's colours are in the file), so it is cheap enough
 * for every prompt. --follow subscribes on the control socket and prints
 * a line per change, blocking in read() between them; --osc also writes
 * the daemon's terminal notifications to this terminal.
 */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <langinfo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "calendar.h"
#include "cli.h"
#include "cmd.h"
#include "daemon_client.h"
#include "files_paths.h"
#include "i18n.h"
#include "osc.h"
#include "status.h"
#include "util.h"

/* A follower's message: the status block or a notification, and "end". */
#define MSG_MAX		(2 * STATUS_FILE_MAX + 2 * OSC_TEXT_MAX * 4)

static int
utf8_locale(void)
{
	const char *cs = nl_langinfo(CODESET);

	return cs != NULL && (strcmp(cs, "UTF-8") == 0 ||
	    strcmp(cs, "utf8") == 0);
}

static void
print_line(const struct status_rec *r, enum status_format fmt, int follow)
{
	char line[STATUS_LINE_MAX];

	status_render(r, fmt, &cal_zone_local, time(NULL), utf8_locale(), line,
	    sizeof line);
	/* A prompt gets nothing at all while nothing is due. */
	if (line[0] != '\0' || follow)
		printf("%s\n", line);
}

/* Read the status file: 0, 1 (no daemon), or -1 (said why in *why). */
static int
read_status(struct status_rec *r, const char **why)
{
	char	*dir = paths_runtime_dir(), *path, buf[STATUS_FILE_MAX + 1];
	ssize_t	 n;
	int	 fd;

	path = xasprintf("%s/status", dir);
	free(dir);
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	free(path);
	if (fd == -1)
		return errno == ENOENT ? 1 : (*why = strerror(errno), -1);
	n = read(fd, buf, sizeof buf);
	close(fd);
	if (n < 0) {
		*why = strerror(errno);
		return -1;
	}
	if (status_parse(buf, (size_t)n, r, why) != 0)
		return -1;
	/* A daemon that died leaves its file: believe a live lock only. */
	return daemon_running(NULL) == 0 ? 1 : 0;
}

/* "key=value" of a notification message, or "". */
static const char *
msg_value(char *msg, const char *key)
{
	char	*line, *nl;
	size_t	 k = strlen(key);

	for (line = msg; (nl = strchr(line, '\n')) != NULL; line = nl + 1)
		if (strncmp(line, key, k) == 0 && line[k] == '=') {
			*nl = '\0';
			return line + k + 1;
		}
	return "";
}

static void
terminal_notify(char *msg)
{
	char		 out[OSC_OUT_MAX];
	const char	*title, *body;
	char		 t[OSC_TEXT_MAX * 4], *b;
	size_t		 n;

	/* The values end at their newlines: copy the title first. */
	b = strstr(msg, "\nbody=");
	title = msg_value(msg, "title");
	strlcpy_safe(t, title, sizeof t);
	body = b != NULL ? msg_value(b + 1, "body") : "";
	n = osc_encode(out, sizeof out, osc_pick(getenv("TERM"),
	    getenv("TERM_PROGRAM"), getenv("KITTY_WINDOW_ID")),
	    getenv("TMUX") != NULL, t, body);
	fwrite(out, 1, n, stdout);
	fflush(stdout);
}

/* One whole message from the daemon. */
static void
handle_msg(char *msg, size_t n, enum status_format fmt, int osc)
{
	struct status_rec	 r;
	const char		*why;

	if (strncmp(msg, "unclench-notify 1\n", 18) == 0) {
		if (osc)
			terminal_notify(msg);
		return;
	}
	if (status_parse(msg, n, &r, &why) == 0) {
		print_line(&r, fmt, 1);
		fflush(stdout);
	}
}

/* Until the daemon stops: a line per change, nothing in between. */
static int
follow(enum status_format fmt, int osc)
{
	char	 buf[MSG_MAX + 1], *end;
	char	*cause = NULL;
	size_t	 len = 0, n;
	ssize_t	 r;
	int	 fd;

	buf[0] = '\0';
	if ((fd = daemon_subscribe(osc, &cause)) == -1) {
		cli_fail("status: %s", cause);
		free(cause);
		return EXIT_FAIL;
	}
	for (;;) {
		r = read(fd, buf + len, MSG_MAX - len);
		if (r == -1 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		len += (size_t)r;
		buf[len] = '\0';
		while ((end = strstr(buf, "\nend\n")) != NULL) {
			n = (size_t)(end - buf) + 5;
			handle_msg(buf, n, fmt, osc);
			memmove(buf, buf + n, len - n + 1);
			len -= n;
		}
		if (len == MSG_MAX)
			len = 0;	/* not the daemon's: drop it */
	}
	close(fd);
	/* Refused (too many followers): the daemon's one line says why. */
	if (strncmp(buf, "error:", 6) == 0) {
		buf[strcspn(buf, "\n")] = '\0';
		return cli_fail("status: %s", buf);
	}
	return EXIT_OK;
}

int
cmd_status(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "follow", no_argument, NULL, 'F' },
		{ "osc", no_argument, NULL, 'o' },
		{ NULL, 0, NULL, 0 }
	};
	struct status_rec	 r;
	enum status_format	 fmt = STATUS_TEXT;
	const char		*why = NULL;
	int			 ch, follow_it = 0, osc = 0, got;

	opterr = 0;
	while ((ch = getopt_long(argc, argv, ":", longopts, NULL)) != -1) {
		switch (ch) {
		case 'f':
			if (status_format_parse(optarg, &fmt) != 0)
				return cli_usage_error("status", _("--format "
				    "\"%s\" is not a format (expected text, "
				    "tmux, prompt, json or waybar)"), optarg);
			break;
		case 'F':
			follow_it = 1;
			break;
		case 'o':
			osc = 1;
			break;
		default:
			return cli_option_error("status", ch, argv,
			    _("text, tmux, prompt, json or waybar"));
		}
	}
	if (optind < argc)
		return cli_usage_error("status", _("unexpected argument: %s"),
		    argv[optind]);
	if (osc && !follow_it)
		return cli_usage_error("status", _("--osc goes with --follow"));
	if (follow_it)
		return follow(fmt, osc);
	got = read_status(&r, &why);
	if (got == 0) {
		print_line(&r, fmt, 0);
		return EXIT_OK;
	}
	if (fmt == STATUS_PROMPT)
		return EXIT_OK;		/* a prompt stays clean */
	if (got > 0)
		return cli_fail(_("status: the daemon is not running (start it "
		    "with: unclench daemon)"));
	return cli_fail(_("status: the status file: %s"), why);
}
