/*
 * test_audio: audio.c's child against a recording speech_command (a shell
 * script that appends its last argument to a file): lines arrive in
 * order, one at a time; a command that never exits is killed at its
 * deadline and the next line goes on; audio_cancel drops what is queued
 * and stops the line being spoken; audio_say never waits, even with the
 * child stopped (the socket fills and cues are dropped); audio_stop
 * returns within its bound with a hung command running and leaves
 * nothing behind; a command that cannot run gives one notice, and tones
 * with no sound server one notice too; a bad [audio] value is an error
 * naming its file, section and key, and nothing is loaded. Waits poll
 * the transcript with a bound; nothing sleeps in place of waiting.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <sys/stat.h>

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "audio.h"
#include "clock.h"
#include "config.h"
#include "diag.h"
#include "util.h"

#define WAIT_MS	5000

static char	dir[64], script[128], out[128], pidf[128], cmd[300];

/* The recorder: "PARENT-PID TEXT" per line; "block..." then never ends. */
static const char recorder[] =
    "#!/bin/sh\n"
    "printf '%s %s\\n' \"$PPID\" \"$2\" >> \"$1\"\n"
    "case \"$2\" in block*) echo $$ > \"$1.pid\"; exec sleep 1000;; esac\n";

static int
setup(void **state)
{
	FILE *f;

	(void)state;
	strlcpy_safe(dir, "/tmp/test_audio.XXXXXX", sizeof dir);
	if (mkdtemp(dir) == NULL)
		return -1;
	snprintf(script, sizeof script, "%s/rec.sh", dir);
	snprintf(out, sizeof out, "%s/out", dir);
	snprintf(pidf, sizeof pidf, "%s/out.pid", dir);
	snprintf(cmd, sizeof cmd, "%s %s", script, out);
	if ((f = fopen(script, "w")) == NULL)
		return -1;
	fputs(recorder, f);
	fclose(f);
	return chmod(script, 0755);
}

static int
teardown(void **state)
{
	(void)state;
	unlink(out);
	unlink(pidf);
	unlink(script);
	rmdir(dir);
	return 0;
}

static struct audio *
start(int64_t timeout_ms)
{
	struct audio_opts o = { 1, AUDIO_CUES_OFF, 100, cmd, timeout_ms };
	struct audio *au;

	unlink(out);
	unlink(pidf);
	au = audio_start(&o);
	assert_non_null(au);
	return au;
}

/* The transcript's texts, "a|b|c", and the audio child's pid. */
static void
transcript(char *buf, size_t len, long *child)
{
	char	 line[256];
	FILE	*f;

	buf[0] = '\0';
	if ((f = fopen(out, "r")) == NULL)
		return;
	while (fgets(line, sizeof line, f) != NULL) {
		char *sp = strchr(line, ' ');

		line[strcspn(line, "\n")] = '\0';
		if (sp == NULL)
			continue;
		if (child != NULL)
			*child = strtol(line, NULL, 10);
		if (buf[0] != '\0')
			strlcpy_safe(buf + strlen(buf), "|", len - strlen(buf));
		strlcpy_safe(buf + strlen(buf), sp + 1, len - strlen(buf));
	}
	fclose(f);
}

/* Poll the transcript until it is want (bounded); the time it took. */
static uint64_t
wait_for(const char *want, long *child)
{
	uint64_t	t0 = clock_real_mono_us();
	char		got[1024];

	for (;;) {
		transcript(got, sizeof got, child);
		if (strcmp(got, want) == 0)
			return (clock_real_mono_us() - t0) / 1000;
		if (clock_real_mono_us() - t0 > WAIT_MS * 1000ULL)
			fail_msg("transcript \"%s\", expected \"%s\"", got,
			    want);
		poll(NULL, 0, 10);
	}
}

static long
read_pid(const char *path)
{
	FILE	*f;
	long	 pid = -1;
	uint64_t t0 = clock_real_mono_us();

	while ((f = fopen(path, "r")) == NULL || fscanf(f, "%ld", &pid) != 1) {
		if (f != NULL)
			fclose(f);
		if (clock_real_mono_us() - t0 > WAIT_MS * 1000ULL)
			fail_msg("no pid in %s", path);
		poll(NULL, 0, 10);
	}
	fclose(f);
	return pid;
}

static void
test_in_order(void **state)
{
	struct audio *au = start(0);

	(void)state;
	audio_say(au, "Bend the knee.", AUDIO_MESSAGE);
	audio_say(au, "in", AUDIO_PROGRESS);
	audio_say(au, "Switch to the left side; $(touch /tmp/x) `id`",
	    AUDIO_MESSAGE);
	wait_for("Bend the knee.|in|Switch to the left side; $(touch /tmp/x) "
	    "`id`", NULL);
	audio_stop(au);
}

static void
test_hung_command_killed(void **state)
{
	struct audio	*au = start(300);
	uint64_t	 t0 = clock_real_mono_us(), took;
	long		 pid;

	(void)state;
	audio_say(au, "block forever", AUDIO_MESSAGE);
	audio_say(au, "after", AUDIO_MESSAGE);
	/* The caller did not wait for the command: well under its 300 ms. */
	assert_true(clock_real_mono_us() - t0 < 100000);
	pid = read_pid(pidf);
	wait_for("block forever|after", NULL);
	took = (clock_real_mono_us() - t0) / 1000;
	/* Killed at its deadline, not before, and not long after. */
	assert_true(took >= 300);
	assert_true(took < 3000);
	assert_int_equal(kill((pid_t)pid, 0), -1);
	assert_int_equal(errno, ESRCH);
	audio_stop(au);
}

static void
test_cancel_drops_queue(void **state)
{
	struct audio	*au = start(60000);
	long		 pid;

	(void)state;
	audio_say(au, "block one", AUDIO_MESSAGE);
	wait_for("block one", NULL);
	pid = read_pid(pidf);
	audio_say(au, "two", AUDIO_MESSAGE);
	audio_say(au, "three", AUDIO_MESSAGE);
	audio_cancel(au);
	audio_say(au, "four", AUDIO_MESSAGE);
	wait_for("block one|four", NULL);
	assert_int_equal(kill((pid_t)pid, 0), -1);
	audio_stop(au);
}

/*
 * With the child stopped nothing reads the socket: a blocking write would
 * hang here (the alarm ends the test as a failure); the calls return and
 * the surplus is dropped.
 */
static void
test_say_never_blocks(void **state)
{
	struct audio	*au = start(60000);
	long		 child = 0;
	uint64_t	 t0;
	int		 i;

	(void)state;
	audio_say(au, "block", AUDIO_MESSAGE);
	wait_for("block", &child);
	assert_true(child > 1);
	assert_int_equal(kill((pid_t)child, SIGSTOP), 0);
	alarm(20);
	t0 = clock_real_mono_us();
	for (i = 0; i < 20000; i++)
		audio_say(au, "a line of coaching that nobody reads now",
		    AUDIO_MESSAGE);
	audio_cancel(au);
	alarm(0);
	assert_true(clock_real_mono_us() - t0 < 2000000);
	kill((pid_t)child, SIGCONT);
	audio_stop(au);
}

static void
test_stop_bounded(void **state)
{
	struct audio	*au = start(60000);
	uint64_t	 t0;
	long		 pid;

	(void)state;
	audio_say(au, "block", AUDIO_MESSAGE);
	wait_for("block", NULL);
	pid = read_pid(pidf);
	t0 = clock_real_mono_us();
	audio_stop(au);
	assert_true(clock_real_mono_us() - t0 < 1000000);
	assert_int_equal(kill((pid_t)pid, 0), -1);
}

static void
test_notice_when_command_missing(void **state)
{
	struct audio_opts o = { 1, AUDIO_CUES_OFF, 100,
	    "/nonexistent/speak --fast", 0 };
	struct audio	*au = audio_start(&o);
	char		 buf[256];
	uint64_t	 t0 = clock_real_mono_us();
	int		 got = 0;

	(void)state;
	assert_non_null(au);
	audio_say(au, "one", AUDIO_MESSAGE);
	audio_say(au, "two", AUDIO_MESSAGE);
	while (!got && clock_real_mono_us() - t0 < WAIT_MS * 1000ULL) {
		got = audio_notice(au, buf, sizeof buf);
		if (!got)
			poll(NULL, 0, 10);
	}
	assert_true(got);
	assert_non_null(strstr(buf, "speech_command: cannot run "
	    "/nonexistent/speak"));
	audio_stop(au);
}

static void
test_notice_when_no_sound_server(void **state)
{
	struct audio_opts o = { 0, AUDIO_CUES_TONES, 100, NULL, 0 };
	struct audio	*au;
	char		 buf[256], *old = getenv("PULSE_SERVER");
	uint64_t	 t0 = clock_real_mono_us();
	int		 got = 0;

	(void)state;
	old = old != NULL ? xstrdup(old) : NULL;
	setenv("PULSE_SERVER", "unix:/nonexistent/pulse.sock", 1);
	au = audio_start(&o);
	assert_non_null(au);
	audio_sound(au, AUDIO_SND_INHALE);
	while (!got && clock_real_mono_us() - t0 < WAIT_MS * 1000ULL) {
		got = audio_notice(au, buf, sizeof buf);
		if (!got)
			poll(NULL, 0, 10);
	}
	if (old != NULL)
		setenv("PULSE_SERVER", old, 1);
	else
		unsetenv("PULSE_SERVER");
	free(old);
	assert_true(got);
	assert_non_null(strstr(buf, "no tones"));
	/* One notice per problem: the cue that followed added none. */
	assert_false(audio_notice(au, buf, sizeof buf));
	audio_stop(au);
}

/*
 * No speech-dispatcher to reach (SPEECHD_ADDRESS names no socket, which
 * also stops libspeechd autospawning one) and neither spd-say nor
 * espeak-ng on PATH: one notice says what to install.
 */
static void
test_notice_when_no_speech(void **state)
{
	struct audio_opts o = { 1, AUDIO_CUES_OFF, 100, NULL, 0 };
	struct audio	*au;
	char		 buf[256], *path = xstrdup(getenv("PATH"));
	uint64_t	 t0 = clock_real_mono_us();
	int		 got = 0;

	(void)state;
	setenv("SPEECHD_ADDRESS", "unix_socket:/nonexistent/speechd.sock", 1);
	setenv("PATH", "/nonexistent", 1);
	au = audio_start(&o);
	setenv("PATH", path, 1);
	unsetenv("SPEECHD_ADDRESS");
	free(path);
	assert_non_null(au);
	audio_say(au, "Bend the knee.", AUDIO_MESSAGE);
	audio_say(au, "in", AUDIO_PROGRESS);
	while (!got && clock_real_mono_us() - t0 < WAIT_MS * 1000ULL) {
		got = audio_notice(au, buf, sizeof buf);
		if (!got)
			poll(NULL, 0, 10);
	}
	assert_true(got);
	assert_non_null(strstr(buf, "apt install speech-dispatcher"));
	audio_stop(au);
}

static void
test_config_errors(void **state)
{
	static const char *const bad[][2] = {
		{ "cues = loud", "[audio] cues: \"loud\" is not a kind of cue "
		    "(expected bell, sound, tones or off)" },
		{ "volume = 101", "[audio] volume: \"101\"" },
		{ "speak_at_night = maybe", "[audio] speak_at_night: \"maybe\"" },
		{ "speech_timeout = 0", "[audio] speech_timeout: \"0\"" },
	};
	struct config	cfg, before;
	struct diag	d;
	char		path[128];
	size_t		i;

	(void)state;
	snprintf(path, sizeof path, "%s/c.ini", dir);
	for (i = 0; i < nitems(bad); i++) {
		FILE *f = fopen(path, "w");

		assert_non_null(f);
		fprintf(f, "[audio]\nspeak = yes\n%s\n", bad[i][0]);
		fclose(f);
		config_defaults(&cfg);
		before = cfg;
		memset(&d, 0, sizeof d);
		assert_int_equal(config_load(path, &cfg, &d), -1);
		assert_true(d.n > 0);
		if (strstr(d.msgs[0].text, bad[i][1]) == NULL ||
		    strstr(d.msgs[0].text, path) == NULL)
			fail_msg("%s: got \"%s\"", bad[i][0], d.msgs[0].text);
		/* All or nothing: speak = yes was not taken either. */
		assert_memory_equal(&cfg, &before, sizeof cfg);
		diag_clear(&d);
	}
	unlink(path);
}

static void
test_opts_night(void **state)
{
	struct config		cfg;
	struct audio_opts	o;

	(void)state;
	config_defaults(&cfg);
	audio_opts_from_config(&cfg, 0, &o);
	assert_false(o.speak);
	assert_int_equal(o.cues, AUDIO_CUES_BELL);
	assert_null(o.speech_command);
	assert_null(audio_start(&o));
	cfg.speak = 1;
	cfg.cues = AUDIO_CUES_TONES;
	audio_opts_from_config(&cfg, 0, &o);
	assert_true(o.speak);
	assert_int_equal(o.cues, AUDIO_CUES_TONES);
	/* Night: quiet unless asked for night too. */
	audio_opts_from_config(&cfg, 1, &o);
	assert_false(o.speak);
	assert_int_equal(o.cues, AUDIO_CUES_OFF);
	cfg.speak_at_night = 1;
	cfg.cues_at_night = 1;
	audio_opts_from_config(&cfg, 1, &o);
	assert_true(o.speak);
	assert_int_equal(o.cues, AUDIO_CUES_TONES);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_in_order),
		cmocka_unit_test(test_hung_command_killed),
		cmocka_unit_test(test_cancel_drops_queue),
		cmocka_unit_test(test_say_never_blocks),
		cmocka_unit_test(test_stop_bounded),
		cmocka_unit_test(test_notice_when_command_missing),
		cmocka_unit_test(test_notice_when_no_sound_server),
		cmocka_unit_test(test_notice_when_no_speech),
		cmocka_unit_test(test_config_errors),
		cmocka_unit_test(test_opts_night),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
