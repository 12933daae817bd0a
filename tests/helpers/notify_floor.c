/*
 * notify_floor: the benchmark floor for the reminder daemon. The least a
 * C program that sends desktop notifications must cost: libnotify
 * initialised (which does not touch the bus), then asleep until a signal.
 * tests/bench/daemon.sh measures it beside the daemon.
 */
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

#include <libnotify/notify.h>

int
main(void)
{
	if (!notify_init("unclench-floor")) {
		fputs("notify_floor: notify_init failed\n", stderr);
		return 1;
	}
	printf("ready\n");
	fflush(stdout);
	for (;;)
		pause();	/* SIGTERM's default action ends us */
}
