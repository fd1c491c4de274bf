/*
 * runner.c: run one command and measure it for bench.lua.
 *
 *   runner CMD [ARGS...]   ->   "wall_s cpu_s maxrss_kb status user_s" on stdout
 *
 * cpu_s is the CPU time of the command's own process alone, not of its
 * children: for a tracer, the tracer's cost without the tracee's.  It is
 * read from /proc while the process is a zombie (waitid WNOWAIT), before
 * the tracees it reaped are folded into its times.  maxrss_kb is the peak
 * RSS of the process (or of its largest reaped child: for a tracer, the
 * untraced row says how big the tracee is alone).  The command's stdout
 * and stderr go to /dev/null unless BENCH_VERBOSE is set.  With
 * BENCH_LOWLAT set, the runner holds a PM QoS request for zero CPU wake-up
 * latency (/dev/cpu_dma_latency) while the command runs: the conditions
 * moontrace's --low-latency makes for itself, given to another tracer.
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* utime and stime of the process alone, in seconds (clock ticks). */
static int own_times(pid_t pid, double *ut_s, double *st_s)
{
	char path[64], buf[4096], *p;
	unsigned long long ut, st;
	int fd, field = 2;
	ssize_t n;

	snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
	fd = open(path, O_RDONLY);
	if (fd < 0)
		return -1;
	n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if (n <= 0)
		return -1;
	buf[n] = 0;
	p = strrchr(buf, ')');  /* the command name may hold spaces */
	if (!p)
		return -1;
	for (; *p && field < 14; p++)
		if (*p == ' ')
			field++;
	if (sscanf(p, "%llu %llu", &ut, &st) != 2)
		return -1;
	*ut_s = (double)ut / (double)sysconf(_SC_CLK_TCK);
	*st_s = (double)st / (double)sysconf(_SC_CLK_TCK);
	return 0;
}

/* The process's own CPU seconds: schedstat's nanoseconds when there are
 * any, else utime + stime. */
static double own_cpu(pid_t pid)
{
	char path[64], buf[256];
	unsigned long long ns;
	double ut, st;
	int fd;
	ssize_t n;

	snprintf(path, sizeof path, "/proc/%d/schedstat", (int)pid);
	fd = open(path, O_RDONLY);
	if (fd >= 0) {
		n = read(fd, buf, sizeof buf - 1);
		close(fd);
		if (n > 0) {
			buf[n] = 0;
			if (sscanf(buf, "%llu", &ns) == 1 && ns > 0)
				return (double)ns / 1e9;
		}
	}
	if (own_times(pid, &ut, &st) < 0)
		return -1;
	return ut + st;
}

int main(int argc, char **argv)
{
	struct rusage ru;
	siginfo_t si;
	double t0, t1, cpu, ut = -1, st;
	int status;
	pid_t pid;

	if (argc < 2) {
		fputs("usage: runner CMD [ARGS...]\n", stderr);
		return 2;
	}
	if (getenv("BENCH_LOWLAT")) {
		int32_t zero = 0;
		int qos = open("/dev/cpu_dma_latency", O_WRONLY | O_CLOEXEC);

		if (qos < 0 || write(qos, &zero, sizeof zero) != sizeof zero) {
			perror("runner: /dev/cpu_dma_latency");
			return 2;
		}
		/* held until the runner exits */
	}
	t0 = now();
	pid = fork();
	if (pid < 0)
		return 2;
	if (pid == 0) {
		if (!getenv("BENCH_VERBOSE")) {
			int null = open("/dev/null", O_RDWR);

			dup2(null, 0);
			dup2(null, 1);
			dup2(null, 2);
		}
		execvp(argv[1], argv + 1);
		_exit(127);
	}
	if (waitid(P_PID, (id_t)pid, &si, WEXITED | WNOWAIT) < 0)
		return 2;
	t1 = now();
	cpu = own_cpu(pid);
	own_times(pid, &ut, &st);
	if (wait4(pid, &status, 0, &ru) < 0)
		return 2;
	printf("%.6f %.6f %ld %d %.2f\n", t1 - t0, cpu, ru.ru_maxrss,
	       WIFEXITED(status) ? WEXITSTATUS(status) :
				   128 + WTERMSIG(status), ut);
	return 0;
}
