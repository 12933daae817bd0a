/*
 * log: see log.h. A FIFO or a link planted where the log goes must not
 * hang or redirect us: the file is opened non-blocking, without following
 * a link, and must be a regular file.
 */
#include "log.h"

#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "clock.h"
#include "i18n.h"

static FILE		*log_file;
static char		*log_path;
static int		 log_broken;	/* the last write failed: said */
static int		 log_verbose;
static int		 log_stderr;
static const char	*log_who = "log";
static const struct clock *log_clock = &clock_real;

void
log_init(const char *who, const struct clock *c, int verbose, int to_stderr)
{
	log_who = who;
	log_clock = c != NULL ? c : &clock_real;
	log_verbose = verbose;
	log_stderr = to_stderr;
}

void
log_open(const char *path)
{
	struct stat	 sb;
	char		*old;
	int		 fd;

	if (path != log_path) {
		free(log_path);
		log_path = xstrdup(path);
	}
	/* Keep one old log: a year of reminders is far below this. */
	if (stat(log_path, &sb) == 0 && sb.st_size > LOG_MAX_BYTES) {
		old = xasprintf("%s.old", log_path);
		rename(log_path, old);
		free(old);
	}
	/*
	 * A FIFO with no reader fails with ENXIO, one with a reader is caught
	 * by the fstat.
	 */
	fd = open(log_path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC |
	    O_NOFOLLOW | O_NONBLOCK, 0600);
	if (fd != -1 && (fstat(fd, &sb) == -1 || !S_ISREG(sb.st_mode))) {
		fprintf(stderr, "unclench: %s: ", log_who);
		fprintf(stderr, _("cannot open %s: not a regular file\n"),
		    log_path);
		close(fd);
	} else if (fd == -1 || (log_file = fdopen(fd, "a")) == NULL) {
		int e = errno;

		fprintf(stderr, "unclench: %s: ", log_who);
		fprintf(stderr, _("cannot open %s: %s\n"), log_path,
		    e == ELOOP ? _("a symbolic link (refused)") :
		    e == ENXIO ? _("not a regular file") : strerror(e));
		if (fd != -1)
			close(fd);
	}
}

void
log_close(void)
{
	if (log_file != NULL)
		fclose(log_file);
	log_file = NULL;
	free(log_path);
	log_path = NULL;
}

void
dlog(int debug, const char *fmt, ...)
{
	char		 stamp[32], *msg;
	struct tm	 tm;
	time_t		 now = clock_wall(log_clock);
	va_list		 ap;

	if (debug && !log_verbose)
		return;
	localtime_r(&now, &tm);
	strftime(stamp, sizeof stamp, "%Y-%m-%d %H:%M:%S", &tm);
	/* Titles and names come from files: one escaped line each. */
	va_start(ap, fmt);
	msg = xvasprintf(fmt, ap);
	va_end(ap);
	if (log_file != NULL) {
		fprintf(log_file, "%s %s", stamp, debug ? "debug: " : "");
		fputs_escaped(msg, log_file);
		fputc('\n', log_file);
		/*
		 * A full disk: say so once (stderr is the journal under
		 * systemd), and keep going; the log resumes when it can.
		 */
		if (fflush(log_file) == EOF || ferror(log_file)) {
			if (!log_broken) {
				const char *why = strerror(errno);

				fprintf(stderr, "unclench: %s: ", log_who);
				fprintf(stderr, _("cannot write %s: %s (the "
				    "log is paused)\n"), log_path, why);
			}
			log_broken = 1;
			clearerr(log_file);
		} else
			log_broken = 0;
		/*
		 * A daemon runs for months: past the limit the log is
		 * renamed .old and a new one begun now, not at a restart.
		 */
		if (ftello(log_file) > LOG_MAX_BYTES) {
			fclose(log_file);
			log_file = NULL;
			log_open(log_path);
		}
	}
	if (log_stderr && !debug) {
		fprintf(stderr, "unclench %s: ", log_who);
		fputs_escaped(msg, stderr);
		fputc('\n', stderr);
	}
	free(msg);
}
