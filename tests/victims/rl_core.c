/* rl_core.c: dies of SIGSEGV with RLIMIT_CORE raised, so the kernel
 * dumps core (run it in a scratch directory: core_pattern may name a
 * file in the current one). */
#include <sys/resource.h>

int main(void)
{
	struct rlimit rl = { RLIM_INFINITY, RLIM_INFINITY };

	if (setrlimit(RLIMIT_CORE, &rl) < 0) {
		rl.rlim_cur = rl.rlim_max = 64 << 20;
		setrlimit(RLIMIT_CORE, &rl);
	}
	*(volatile int *)0 = 1;
	return 0;
}
