/* rl_detach.c: a multi-threaded process to attach to and detach from.
 * Writes its pid to argv[1], then runs 3 sleeping threads and a main
 * loop until killed (or for 30 seconds).  Each SIGUSR1 is counted and
 * reported on stdout ("usr1 N"), so a signal lost at detach shows. */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t usr1;

static void on_usr1(int sig)
{
	(void)sig;
	usr1++;
}

static void *nap(void *arg)
{
	struct timespec d = { .tv_sec = 0, .tv_nsec = 20000000 };

	(void)arg;
	for (;;)
		nanosleep(&d, NULL);
	return NULL;
}

int main(int argc, char **argv)
{
	struct timespec d = { .tv_sec = 0, .tv_nsec = 20000000 };
	pthread_t t;
	int seen = 0;
	FILE *f;

	signal(SIGUSR1, on_usr1);
	for (int i = 0; i < 3; i++)
		pthread_create(&t, NULL, nap, NULL);
	if (argc > 1 && (f = fopen(argv[1], "w")) != NULL) {
		fprintf(f, "%d\n", (int)getpid());
		fclose(f);
	}
	for (int i = 0; i < 1500; i++) {
		nanosleep(&d, NULL);
		if (usr1 != seen) {
			seen = usr1;
			printf("usr1 %d\n", seen);
			fflush(stdout);
		}
	}
	return 0;
}
