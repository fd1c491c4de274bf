/* signals.c: a handled signal, an ignored one, a child killed by a signal.
 * The child blocks SIGTERM until it waits in sigsuspend, so the kill lands
 * at the same place in every run. */
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

static void handler(int sig)
{
	(void)sig;
}

int main(void)
{
	int status, fds[2];
	char c;
	sigset_t term, none;
	pid_t pid;

	signal(SIGUSR1, handler);
	kill(getpid(), SIGUSR1);
	signal(SIGUSR2, SIG_IGN);
	kill(getpid(), SIGUSR2);
	sigemptyset(&term);
	sigaddset(&term, SIGTERM);
	sigemptyset(&none);
	sigprocmask(SIG_BLOCK, &term, NULL);
	pipe(fds);
	pid = fork();
	if (pid == 0) {
		write(fds[1], "r", 1);
		sigsuspend(&none);
		_exit(0);
	}
	read(fds[0], &c, 1);
	kill(pid, SIGTERM);
	waitpid(pid, &status, 0);
	return 0;
}
