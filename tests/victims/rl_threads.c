/* rl_threads.c: a non-leader thread calls execve while the leader waits;
 * the new program (this one, with an argument) says it ran and exits. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static char *self;

static void *exec_it(void *arg)
{
	char *argv[] = { self, "after-exec", NULL };

	(void)arg;
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
	pthread_create(&t, NULL, exec_it, NULL);
	pthread_join(t, NULL);
	return 1;
}
