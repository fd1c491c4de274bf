/* rl_threads.c: a non-leader thread calls execve while the leader waits;
 * the new program (this one, with an argument) says it ran and exits.
 * The thread sleeps 200 ms first, so that the leader is surely inside
 * pthread_join's futex wait when the exec kills it (without the sleep,
 * strace and moontrace runs could differ by where the scheduler put it).
 * With "busy", the leader spins in user space (no syscall) for 200 ms and
 * the thread execs as soon as the leader has started spinning (it waits
 * for a flag, spinning too): the exec finds the leader outside any call. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static char *self;
static int busy;
static volatile int spinning;   /* set by the leader as its spin begins */

static void *exec_it(void *arg)
{
	char *argv[] = { self, "after-exec", NULL };

	(void)arg;
	if (!busy) {
		struct timespec pause = { 0, 200000000L };

		nanosleep(&pause, NULL);
	} else {
		while (!spinning)
			;
	}
	execv(self, argv);
	return NULL;
}

int main(int argc, char **argv)
{
	pthread_t t;

	if (argc > 1 && strcmp(argv[1], "after-exec") == 0) {
		write(1, "exec'd\n", 7);
		return 3;
	}
	self = argv[0];
	busy = argc > 1 && strcmp(argv[1], "busy") == 0;
	pthread_create(&t, NULL, exec_it, NULL);
	if (busy) {
		struct timespec t0, now;

		clock_gettime(CLOCK_MONOTONIC, &t0);   /* vDSO: no syscall */
		spinning = 1;
		do
			clock_gettime(CLOCK_MONOTONIC, &now);
		while ((now.tv_sec - t0.tv_sec) * 1000000000L + (now.tv_nsec - t0.tv_nsec) <
		       200000000L);
	}
	pthread_join(t, NULL);
	return 1;
}
