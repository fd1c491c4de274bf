/* rl_restart.c: calls interrupted by signals and restarted.
 *  - read() on a pipe, interrupted by a SA_RESTART handler: ERESTARTSYS,
 *    the handler runs, read() is restarted;
 *  - nanosleep() interrupted by a signal with no handler (a child's
 *    SIGCHLD): ERESTART_RESTARTBLOCK, then restart_syscall. */
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static void on_alarm(int sig)
{
	(void)sig;
}

int main(void)
{
	struct sigaction sa;
	struct timespec ts = { .tv_sec = 0, .tv_nsec = 400000000 };
	int p[2];
	char c;
	pid_t pid;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_alarm;
	sa.sa_flags = SA_RESTART;
	sigaction(SIGALRM, &sa, NULL);
	if (pipe(p) < 0)
		return 1;
	pid = fork();
	if (pid == 0) {
		/* wake the parent's read with SIGALRM, then feed it */
		struct timespec d = { .tv_sec = 0, .tv_nsec = 100000000 };

		nanosleep(&d, NULL);
		kill(getppid(), SIGALRM);
		nanosleep(&d, NULL);
		write(p[1], "x", 1);
		_exit(0);
	}
	read(p[0], &c, 1);
	waitpid(pid, NULL, 0);
	/* a child that exits while we sleep: SIGCHLD has no handler */
	pid = fork();
	if (pid == 0) {
		struct timespec d = { .tv_sec = 0, .tv_nsec = 100000000 };

		nanosleep(&d, NULL);
		_exit(0);
	}
	nanosleep(&ts, NULL);
	waitpid(pid, NULL, 0);
	return 0;
}
