/* rc_slow.c: slow calls for the slow recipe: three 20 ms nanosleeps, one of
 * 1 ms, and a burst of fast getppid calls. */
#define _GNU_SOURCE
#include <time.h>
#include <unistd.h>

int main(void)
{
	struct timespec slow = { 0, 20 * 1000 * 1000 }, quick = { 0, 1000 * 1000 };
	int i;

	for (i = 0; i < 3; i++)
		nanosleep(&slow, NULL);
	nanosleep(&quick, NULL);
	for (i = 0; i < 50; i++)
		getppid();
	return 0;
}
