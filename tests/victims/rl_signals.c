/* rl_signals.c: what a handler receives must be the same traced or not.
 * Prints, for each signal received: its number, si_code, si_value and
 * whether si_pid is us.  Queued real-time signals arrive one by one, a
 * blocked signal waits until it is unblocked, SIGPIPE and SIGALRM come
 * from the kernel. */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t count;
static char log_buf[4096];
static size_t log_len;

static void note(int sig, siginfo_t *si, void *uc)
{
	(void)uc;
	log_len += (size_t)snprintf(log_buf + log_len, sizeof log_buf - log_len,
				    "sig=%d code=%d value=%d self=%d\n", sig,
				    si->si_code, si->si_value.sival_int,
				    si->si_pid == getpid());
	count++;
}

int main(void)
{
	struct sigaction sa;
	sigset_t set, old;
	union sigval v;
	int p[2];
	int sigs[] = { SIGUSR1, SIGUSR2, SIGPIPE, SIGALRM, SIGRTMIN, SIGRTMIN + 3 };

	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = note;
	sa.sa_flags = SA_SIGINFO;
	for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
		sigaction(sigs[i], &sa, NULL);

	v.sival_int = 42;
	sigqueue(getpid(), SIGUSR1, v);
	kill(getpid(), SIGUSR2);
	/* three queued real-time signals, held back, then delivered in order */
	sigemptyset(&set);
	sigaddset(&set, SIGRTMIN);
	sigaddset(&set, SIGRTMIN + 3);
	sigprocmask(SIG_BLOCK, &set, &old);
	for (int i = 1; i <= 3; i++) {
		v.sival_int = i;
		sigqueue(getpid(), SIGRTMIN + 3, v);
		v.sival_int = 10 + i;
		sigqueue(getpid(), SIGRTMIN, v);
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
	/* from the kernel: a write to a pipe without readers, an alarm */
	if (pipe(p) == 0) {
		close(p[0]);
		write(p[1], "x", 1);
	}
	alarm(1);
	while (count < 10)
		pause();
	fputs(log_buf, stdout);
	return 0;
}
