/* rl_ticker.c: prints "tick N" every 100 ms, N times (default 20): progress
 * that shows whether it is running or stopped. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 20;
	struct timespec d = { 0, 100000000 };
	for (int i = 0; i < n; i++) {
		printf("tick %d\n", i);
		fflush(stdout);
		nanosleep(&d, NULL);
	}
	return 0;
}
