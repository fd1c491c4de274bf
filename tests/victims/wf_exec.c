/* wf_exec.c: a program that runs a helper (argv[1]) and fails when the
 * helper cannot be executed (why-failed: "helper cannot be executed"). */
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int status;
	pid_t pid;

	if (argc < 2)
		return 2;
	pid = fork();
	if (pid == 0) {
		execv(argv[1], argv + 1);
		_exit(127);
	}
	if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		fprintf(stderr, "wf_exec: helper failed\n");
		return 1;
	}
	return 0;
}
