/*
 * workload.c: the programs `make bench` traces.
 *
 *   workload loop N       N rounds of openat, write, close, getppid on
 *                         /dev/null: four cheap syscalls, one path, one
 *                         buffer to decode, nothing else
 *   workload procs P N    the same loop in P processes at once (N rounds
 *                         in all), for -f
 *   workload threads T N  T threads that each do N rounds of getppid, all
 *                         alive at once (tracer memory with T tracees)
 */
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static void loop(long n)
{
	static const char buf[16] = "0123456789abcde\n";
	long i;

	for (i = 0; i < n; i++) {
		int fd = openat(AT_FDCWD, "/dev/null", O_WRONLY);

		if (write(fd, buf, sizeof buf) < 0)
			_exit(2);
		close(fd);
		getppid();
	}
}

static pthread_barrier_t all_started;
static long rounds;

static void *thread(void *arg)
{
	long i;

	(void)arg;
	/* all alive at once: the tracer holds every one of them */
	pthread_barrier_wait(&all_started);
	for (i = 0; i < rounds; i++)
		getppid();
	return NULL;
}

static int usage(void)
{
	fputs("usage: workload loop N | procs P N | threads T N\n", stderr);
	return 2;
}

int main(int argc, char **argv)
{
	if (argc == 3 && strcmp(argv[1], "loop") == 0) {
		loop(atol(argv[2]));
		return 0;
	}
	if (argc == 4 && strcmp(argv[1], "procs") == 0) {
		long p = atol(argv[2]), n = atol(argv[3]), k;
		int status, bad = 0;

		for (k = 0; k < p; k++)
			if (fork() == 0) {
				loop(n / p);
				_exit(0);
			}
		while (wait(&status) > 0)
			bad |= !WIFEXITED(status) || WEXITSTATUS(status);
		return bad;
	}
	if (argc == 4 && strcmp(argv[1], "threads") == 0) {
		long t = atol(argv[2]), k;
		pthread_t *th = calloc((size_t)t, sizeof *th);

		rounds = atol(argv[3]);
		if (!th || t < 1)
			return 2;
		pthread_barrier_init(&all_started, NULL, (unsigned)t);
		for (k = 0; k < t; k++)
			pthread_create(&th[k], NULL, thread, NULL);
		for (k = 0; k < t; k++)
			pthread_join(th[k], NULL);
		return 0;
	}
	return usage();
}
