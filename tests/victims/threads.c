/* threads.c: N threads each doing M getppid calls (counts must add up). */
#include <pthread.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

static int per_thread = 100;

static void *work(void *arg)
{
	(void)arg;
	for (int i = 0; i < per_thread; i++)
		syscall(SYS_getppid);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 4;
	pthread_t t[256];

	if (argc > 2)
		per_thread = atoi(argv[2]);
	if (n > 256)
		n = 256;
	for (int i = 0; i < n; i++)
		pthread_create(&t[i], NULL, work, NULL);
	for (int i = 0; i < n; i++)
		pthread_join(t[i], NULL);
	return 0;
}
