/* rl_jobctl.c: stops itself with SIGSTOP, then with SIGTSTP; a child
 * sends SIGCONT each time after a pause.  Prints how long each stop
 * lasted, coarsely, to show it really stopped.  The child's pause (600 ms)
 * is counted from the fork, the stop from just before the signal: a stop
 * of at least 100 ms leaves half a second for the scheduler to delay the
 * parent between the two, which a busy CI machine under ptrace needs. */
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void stop_with(int sig)
{
	struct timespec d = { .tv_sec = 0, .tv_nsec = 600000000 };
	pid_t parent = getpid(), pid = fork();
	double t0;
	int status;

	if (pid == 0) {
		nanosleep(&d, NULL);
		kill(parent, SIGCONT);
		_exit(0);
	}
	t0 = now();
	kill(getpid(), sig);
	printf("%s: stopped %s\n", sig == SIGSTOP ? "SIGSTOP" : "SIGTSTP",
	       now() - t0 >= 0.1 ? "until SIGCONT" : "NOT AT ALL");
	fflush(stdout);
	waitpid(pid, &status, 0);
}

int main(void)
{
	stop_with(SIGSTOP);
	stop_with(SIGTSTP);
	return 0;
}
