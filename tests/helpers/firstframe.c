/*
 * firstframe: a benchmark helper. Runs a command on a fresh pseudo-terminal
 * of a given size, RUNS times, and measures the time from just before the
 * fork to the moment TEXT has appeared in what the program wrote (its
 * first full frame). Prints "median_us min_us max_us". The child is then
 * sent SIGTERM, its output drained and its exit waited for, so no run
 * overlaps the next. Needs no curses itself.
 *
 * With -m SECONDS (one run): after TEXT appears, watch the program for
 * SECONDS and print what it cost: "bytes ticks voluntary involuntary
 * hz", the bytes it wrote to the terminal, its CPU time in clock ticks
 * (utime + stime from /proc/PID/stat), its context switches (wake-ups,
 * from /proc/PID/status) and the ticks per second.
 *
 * usage: firstframe [-n RUNS] [-c COLS] [-l LINES] [-m SECONDS] -t TEXT
 *            -- CMD [ARG...]
 */
#define _GNU_SOURCE	/* memmem */
#include <errno.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define OUT_MAX		(256 * 1024)
#define RUN_TIMEOUT_MS	10000

static uint64_t
now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000 + (uint64_t)ts.tv_nsec / 1000;
}

/* CPU ticks and context switches of pid so far. */
static int
proc_stats(pid_t pid, unsigned long long *ticks, unsigned long long *vol,
    unsigned long long *invol)
{
	char			 path[64], line[512], *p;
	FILE			*f;
	unsigned long long	 ut = 0, st = 0;
	int			 i;

	snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
	if ((f = fopen(path, "r")) == NULL)
		return -1;
	if (fgets(line, sizeof line, f) == NULL) {
		fclose(f);
		return -1;
	}
	fclose(f);
	/* Fields after the ")" of the command name: state is field 3. */
	if ((p = strrchr(line, ')')) == NULL)
		return -1;
	p += 2;
	for (i = 3; i < 14 && p != NULL; i++)
		p = strchr(p, ' ') ? strchr(p, ' ') + 1 : NULL;
	if (p == NULL || sscanf(p, "%llu %llu", &ut, &st) != 2)
		return -1;
	*ticks = ut + st;
	snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
	if ((f = fopen(path, "r")) == NULL)
		return -1;
	while (fgets(line, sizeof line, f) != NULL) {
		sscanf(line, "voluntary_ctxt_switches: %llu", vol);
		sscanf(line, "nonvoluntary_ctxt_switches: %llu", invol);
	}
	fclose(f);
	return 0;
}

static int
cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

/* Drain and reap the child; never leave it running. */
static void
finish(pid_t pid, int fd)
{
	char		 buf[4096];
	struct pollfd	 pfd = { fd, POLLIN, 0 };
	uint64_t	 t0 = now_us();
	int		 status;

	kill(pid, SIGTERM);
	for (;;) {
		if (waitpid(pid, &status, WNOHANG) == pid)
			break;
		if (now_us() - t0 > 3000000) {
			kill(pid, SIGKILL);
			waitpid(pid, &status, 0);
			break;
		}
		if (poll(&pfd, 1, 20) > 0 && read(fd, buf, sizeof buf) <= 0)
			pfd.events = 0;	/* EOF/EIO: wait for the exit */
	}
	close(fd);
}

static int measure_s;	/* -m: watch this long after the text */

/* Watch pid for measure_s seconds, draining fd; print the costs. */
static void
measure(pid_t pid, int fd, size_t already)
{
	unsigned long long	 t0 = 0, t1 = 0, v0 = 0, v1 = 0;
	unsigned long long	 i0 = 0, i1 = 0;
	unsigned long long	 bytes = 0;
	uint64_t		 end = now_us() + (uint64_t)measure_s * 1000000;
	char			 buf[4096];

	(void)already;
	proc_stats(pid, &t0, &v0, &i0);
	while (now_us() < end) {
		struct pollfd	pfd = { fd, POLLIN, 0 };
		int		ms = (int)((end - now_us()) / 1000) + 1;
		ssize_t		n;

		if (poll(&pfd, 1, ms) <= 0)
			continue;
		if ((n = read(fd, buf, sizeof buf)) <= 0)
			break;
		bytes += (unsigned long long)n;
	}
	proc_stats(pid, &t1, &v1, &i1);
	printf("%llu %llu %llu %llu %ld\n", bytes, t1 - t0, v1 - v0, i1 - i0,
	    sysconf(_SC_CLK_TCK));
}

/* One run; returns microseconds, or 0 on failure. */
static uint64_t
run_once(char **cmd, const char *text, struct winsize *ws)
{
	static char	 out[OUT_MAX + 1];
	size_t		 len = 0;
	uint64_t	 t0, t = 0;
	pid_t		 pid;
	int		 fd;

	t0 = now_us();
	pid = forkpty(&fd, NULL, NULL, ws);
	if (pid == -1) {
		perror("forkpty");
		return 0;
	}
	if (pid == 0) {
		execvp(cmd[0], cmd);
		_exit(127);
	}
	for (;;) {
		struct pollfd	pfd = { fd, POLLIN, 0 };
		ssize_t		n;
		int		r;

		r = poll(&pfd, 1, 200);
		if (r < 0 && errno == EINTR)
			continue;
		if (now_us() - t0 > (uint64_t)RUN_TIMEOUT_MS * 1000) {
			fprintf(stderr, "firstframe: timed out waiting for "
			    "\"%s\"\n", text);
			break;
		}
		if (r <= 0)
			continue;
		n = read(fd, out + len, OUT_MAX - len);
		if (n <= 0) {
			fprintf(stderr, "firstframe: output ended before "
			    "\"%s\"\n", text);
			break;
		}
		len += (size_t)n;
		out[len] = '\0';
		if (memmem(out, len, text, strlen(text)) != NULL) {
			t = now_us() - t0;
			if (measure_s > 0)
				measure(pid, fd, len);
			break;
		}
		if (len == OUT_MAX)
			len = 0;	/* keep looking in fresh output */
	}
	finish(pid, fd);
	return t;
}

int
main(int argc, char **argv)
{
	struct winsize	 ws = { .ws_row = 24, .ws_col = 80 };
	const char	*text = NULL;
	uint64_t	*t;
	int		 ch, runs = 21, i, ok = 0;

	while ((ch = getopt(argc, argv, "+n:c:l:m:t:")) != -1) {
		switch (ch) {
		case 'm':
			measure_s = atoi(optarg);
			runs = 1;
			break;
		case 'n':
			runs = atoi(optarg);
			break;
		case 'c':
			ws.ws_col = (unsigned short)atoi(optarg);
			break;
		case 'l':
			ws.ws_row = (unsigned short)atoi(optarg);
			break;
		case 't':
			text = optarg;
			break;
		default:
			goto usage;
		}
	}
	if (text == NULL || optind >= argc || runs < 1)
		goto usage;
	signal(SIGPIPE, SIG_IGN);
	t = calloc((size_t)runs, sizeof *t);
	if (t == NULL)
		return 1;
	for (i = 0; i < runs; i++) {
		uint64_t us = run_once(argv + optind, text, &ws);

		if (us != 0)
			t[ok++] = us;
	}
	if (ok == 0) {
		free(t);
		return 1;
	}
	qsort(t, (size_t)ok, sizeof *t, cmp_u64);
	if (measure_s > 0) {
		free(t);
		return 0;
	}
	printf("%llu %llu %llu\n", (unsigned long long)t[ok / 2],
	    (unsigned long long)t[0], (unsigned long long)t[ok - 1]);
	free(t);
	return ok == runs ? 0 : 1;
usage:
	fprintf(stderr, "usage: firstframe [-n RUNS] [-c COLS] [-l LINES] "
	    "[-m SECONDS] -t TEXT -- CMD [ARG...]\n");
	return 2;
}
