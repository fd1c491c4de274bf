/* signals.c: a handled signal, an ignored one, a child killed by a signal. */
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

static void handler(int sig)
{
	(void)sig;
}

int main(void)
{
	int status;
	pid_t pid;

	signal(SIGUSR1, handler);
	kill(getpid(), SIGUSR1);
	signal(SIGUSR2, SIG_IGN);
	kill(getpid(), SIGUSR2);
	pid = fork();
	if (pid == 0) {
		pause();
		_exit(0);
	}
	kill(pid, SIGTERM);
	waitpid(pid, &status, 0);
	return 0;
}
