/* rl_vfork.c: vfork children are followed: one execs a program, one
 * calls _exit directly; the parent waits for both. */
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	char *argv[] = { "true", NULL };
	int status;
	pid_t pid = vfork();

	if (pid == 0) {
		execv("/bin/true", argv);
		_exit(127);
	}
	waitpid(pid, &status, 0);
	pid = vfork();
	if (pid == 0)
		_exit(5);
	waitpid(pid, &status, 0);
	return WEXITSTATUS(status);
}
