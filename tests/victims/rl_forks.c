/* rl_forks.c: N short-lived children (default 300), each exiting at once
 * with status i % 7; the parent reaps them all and exits 0 when every
 * status came back right. */
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 300, bad = 0;
	static pid_t pids[4096];

	if (n > 4096)
		n = 4096;
	for (int i = 0; i < n; i++) {
		pids[i] = fork();
		if (pids[i] == 0)
			_exit(i % 7);
	}
	for (int i = 0; i < n; i++) {
		int status;

		if (waitpid(pids[i], &status, 0) != pids[i] ||
		    !WIFEXITED(status) || WEXITSTATUS(status) != i % 7)
			bad++;
	}
	return bad ? 1 : 0;
}
