/*
 * cosched.c: keep the tracer on the CPU of the tracee it serves (opt-in).
 *
 * A ptrace stop is a hand-off between two tasks.  On one CPU it is two
 * context switches; across CPUs it is two cross-CPU wake-ups, each paying
 * for an idle CPU to wake (an IPI; in a VM, an exit to the hypervisor):
 * measured here, a stop costs several times more.  The scheduler spreads
 * the two tasks because it prefers an idle CPU for a waking task, and the
 * tracee's affinity is the program's own business: it is never touched.
 *
 * Instead the tracer pins itself to the CPU where the tracee last ran,
 * and runs as SCHED_IDLE: a CPU whose only runnable task is SCHED_IDLE
 * counts as idle when the scheduler places a waking task, so the tracee,
 * resumed by the tracer, is woken on the tracer's CPU and preempts it at
 * once.  The tracee's CPU is read from /proc/TID/stat every CHECK_EVERY
 * stops, which costs little per stop.
 *
 * Only while one tracee at a time keeps the tracer busy: when several
 * stop in turn (-f on parallel processes), the tracer has work queued
 * anyway, nothing is gained by sharing a CPU, and the tracees would
 * crowd onto the tracer's CPU; so the tracer lives normally then.
 *
 * The risk of SCHED_IDLE is starvation: any busy task on that CPU runs
 * before the tracer, and a starved tracer cannot even notice.  So a
 * watchdog thread (normal policy, not pinned) reads the tracer's run-queue
 * delay every WATCH_MS and, when the tracer spent most of that time
 * waiting, gives it its normal, unpinned life back for a while.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"

#define CHECK_EVERY 64     /* stops between looks at the tracee's CPU */
#define WATCH_MS 10        /* the watchdog's period */
#define BACKOFF_NS (1000LL * 1000 * 1000) /* first normal life after starving */
#define BACKOFF_MAX 6      /* doublings of it at most (64 s) */

struct mt_cosched {
	pthread_mutex_t lock;  /* cpu, backoff: the tracer vs the watchdog */
	pthread_cond_t wake;
	pthread_t watchdog;
	int quit;
	pid_t tracer;          /* the tracer thread's tid */
	cpu_set_t orig_mask;   /* its affinity before: given back, and to spawns */
	int orig_policy;
	int cpu;               /* the CPU it is pinned to, or -1 */
	int64_t backoff_until;
	int backoffs;          /* starvations in a row */
	unsigned n;            /* stops seen (tracer thread only) */
	pid_t window_pid;      /* the tracee of this window of stops... */
	int mixed;             /* ...or several of them */
	pid_t stat_pid;        /* whose /proc stat stat_fd is (tracer only) */
	int stat_fd;
};

static int64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* Normal again: unpinned, with the policy it had.  Lock held. */
static void release(struct mt_cosched *c)
{
	struct sched_param sp = { .sched_priority = 0 };

	if (c->cpu < 0)
		return;
	sched_setaffinity(c->tracer, sizeof c->orig_mask, &c->orig_mask);
	sched_setscheduler(c->tracer, c->orig_policy == SCHED_BATCH ?
			   SCHED_BATCH : SCHED_OTHER, &sp);
	c->cpu = -1;
}

/* The tracer's total run-queue delay in ns (2nd field of schedstat). */
static long long run_delay(int fd)
{
	char buf[128];
	unsigned long long run, delay;
	ssize_t n = pread(fd, buf, sizeof buf - 1, 0);

	if (n <= 0)
		return -1;
	buf[n] = 0;
	if (sscanf(buf, "%llu %llu", &run, &delay) != 2)
		return -1;
	return (long long)delay;
}

static void *watch(void *arg)
{
	struct mt_cosched *c = arg;
	char path[64];
	long long last = -1;
	int fd, good = 0;

	snprintf(path, sizeof path, "/proc/self/task/%d/schedstat",
		 (int)c->tracer);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	pthread_mutex_lock(&c->lock);
	while (!c->quit) {
		struct timespec until;
		long long d;

		clock_gettime(CLOCK_REALTIME, &until);
		until.tv_nsec += WATCH_MS * 1000000L;
		if (until.tv_nsec >= 1000000000L) {
			until.tv_sec++;
			until.tv_nsec -= 1000000000L;
		}
		pthread_cond_timedwait(&c->wake, &c->lock, &until);
		if (c->quit || fd < 0)
			continue;
		d = run_delay(fd);
		/* co-located, the tracer waits a little at each stop (for
		 * the tracee to leave the CPU): far less than half the time */
		if (c->cpu >= 0 && last >= 0 && d - last > WATCH_MS * 500000LL) {
			release(c);
			c->backoff_until = now_ns() + (BACKOFF_NS << c->backoffs);
			if (c->backoffs < BACKOFF_MAX)
				c->backoffs++;
			good = 0;
		} else if (c->cpu >= 0 && ++good >= 1000 / WATCH_MS) {
			c->backoffs = 0;  /* a second of good life forgives */
		}
		last = d;
	}
	pthread_mutex_unlock(&c->lock);
	if (fd >= 0)
		close(fd);
	return NULL;
}

int mt_set_cosched(mt_tracer *t, int on)
{
	struct mt_cosched *c = t->cosched;
	int err;

	if (!on) {
		mt_cosched_free(t);
		return 0;
	}
	if (c)
		return 0;
	c = calloc(1, sizeof *c);
	if (!c)
		return -1;
	c->tracer = (pid_t)syscall(SYS_gettid);
	c->orig_policy = sched_getscheduler(0);
	c->cpu = -1;
	c->stat_fd = -1;
	if (sched_getaffinity(0, sizeof c->orig_mask, &c->orig_mask) < 0) {
		free(c);
		return -1;
	}
	pthread_mutex_init(&c->lock, NULL);
	pthread_cond_init(&c->wake, NULL);
	err = mt_thread_start(&c->watchdog, watch, c);
	if (err) {
		pthread_cond_destroy(&c->wake);
		pthread_mutex_destroy(&c->lock);
		free(c);
		errno = err;
		return -1;
	}
	t->cosched = c;
	return 0;
}

void mt_cosched_free(mt_tracer *t)
{
	struct mt_cosched *c = t->cosched;

	if (!c)
		return;
	pthread_mutex_lock(&c->lock);
	c->quit = 1;
	release(c);
	pthread_cond_signal(&c->wake);
	pthread_mutex_unlock(&c->lock);
	pthread_join(c->watchdog, NULL);
	pthread_cond_destroy(&c->wake);
	pthread_mutex_destroy(&c->lock);
	if (c->stat_fd >= 0)
		close(c->stat_fd);
	free(c);
	t->cosched = NULL;
}

/* In a spawned child before execve: the program starts with the
 * tracer's original affinity and policy, not the pinned ones.  (No
 * lock: the child has one thread; the copied fields are enough.) */
void mt_cosched_child(const mt_tracer *t)
{
	const struct mt_cosched *c = t->cosched;
	struct sched_param sp = { .sched_priority = 0 };

	if (!c || c->cpu < 0)
		return;
	sched_setaffinity(0, sizeof c->orig_mask, &c->orig_mask);
	sched_setscheduler(0, SCHED_OTHER, &sp);
}

/* The CPU tid last ran on: field 39 of /proc/TID/stat. */
static int cpu_of(struct mt_cosched *c, pid_t tid)
{
	char buf[1024], *p;
	ssize_t n;
	int field = 2;

	if (c->stat_pid != tid || c->stat_fd < 0) {
		char path[64];

		if (c->stat_fd >= 0)
			close(c->stat_fd);
		snprintf(path, sizeof path, "/proc/%d/stat", (int)tid);
		c->stat_fd = open(path, O_RDONLY | O_CLOEXEC);
		c->stat_pid = tid;
		if (c->stat_fd < 0)
			return -1;
	}
	n = pread(c->stat_fd, buf, sizeof buf - 1, 0);
	if (n <= 0)
		return -1;
	buf[n] = 0;
	p = strrchr(buf, ')');  /* the command name may hold anything */
	if (!p)
		return -1;
	for (; *p && field < 39; p++)
		if (*p == ' ')
			field++;
	return *p ? atoi(p) : -1;
}

void mt_cosched_stop(mt_tracer *t, pid_t tid)
{
	struct mt_cosched *c = t->cosched;
	struct sched_param sp = { .sched_priority = 0 };
	cpu_set_t one;
	int cpu;

	if (tid != c->window_pid)
		c->mixed = 1;
	if (c->n++ % CHECK_EVERY != 0)
		return;
	cpu = c->mixed && c->n > 1 ? -1 : cpu_of(c, tid);
	c->window_pid = tid;
	c->mixed = 0;
	pthread_mutex_lock(&c->lock);
	if (cpu < 0) {
		release(c);
		goto out;
	}
	if (c->backoff_until && now_ns() < c->backoff_until)
		goto out;
	c->backoff_until = 0;
	if (cpu == c->cpu || !CPU_ISSET(cpu, &c->orig_mask))
		goto out;
	CPU_ZERO(&one);
	CPU_SET(cpu, &one);
	if (sched_setaffinity(0, sizeof one, &one) < 0)
		goto out;
	if (c->cpu < 0)
		sched_setscheduler(0, SCHED_IDLE, &sp);
	c->cpu = cpu;
out:
	pthread_mutex_unlock(&c->lock);
}
