/*
 * cosched.c: keep the tracer on the CPU of the tracee it serves (opt-in).
 *
 * A ptrace stop is a hand-off between two tasks.  On one CPU it is two
 * context switches; across CPUs it is two cross-CPU wake-ups, each paying
 * for an idle CPU to wake (an IPI; in a VM, an exit to the hypervisor):
 * measured here, a stop costs several times more.  The scheduler spreads
 * the two tasks because it prefers idle CPUs for a wakee, and the tracee's
 * affinity is the program's own business, so it is never touched.
 *
 * Instead the tracer pins itself to the CPU where the tracee last ran,
 * and runs as SCHED_IDLE: a CPU whose only runnable task is SCHED_IDLE
 * counts as idle when the scheduler places a waking task (it prefers the
 * tracee's previous CPU when that one is idle), so the tracee, resumed
 * by the tracer, stays on the tracer's CPU and preempts it at once.
 *
 * The risk of SCHED_IDLE is starvation: any busy task on that CPU runs
 * before the tracer.  So the tracer watches its own run-queue delay
 * (/proc/self/schedstat) and, when it waited too long, goes back to a
 * normal, unpinned life for a while.  The tracee's CPU is read from
 * /proc/TID/stat every CHECK_EVERY stops, which costs little per stop.
 */
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"

#define CHECK_EVERY 64
#define STARVED_NS (10 * 1000 * 1000)   /* run-queue wait per check */
#define BACKOFF_NS (1000 * 1000 * 1000) /* normal life after starving */

struct mt_cosched {
	cpu_set_t orig_mask;  /* the tracer's affinity before, for spawns */
	int orig_policy;
	int cpu;              /* the CPU the tracer is pinned to, or -1 */
	unsigned n;           /* stops seen */
	pid_t stat_pid;       /* whose /proc stat stat_fd is */
	int stat_fd;
	int sched_fd;         /* /proc/self/schedstat */
	unsigned long long run_delay;
	int64_t backoff_until;
};

static int64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int mt_set_cosched(mt_tracer *t, int on)
{
	struct mt_cosched *c = t->cosched;

	if (!on) {
		mt_cosched_free(t);
		return 0;
	}
	if (c)
		return 0;
	c = calloc(1, sizeof *c);
	if (!c)
		return -1;
	if (sched_getaffinity(0, sizeof c->orig_mask, &c->orig_mask) < 0) {
		free(c);
		return -1;
	}
	c->orig_policy = sched_getscheduler(0);
	c->cpu = -1;
	c->stat_fd = -1;
	c->sched_fd = open("/proc/self/schedstat", O_RDONLY | O_CLOEXEC);
	t->cosched = c;
	return 0;
}

/* Normal again: unpinned, the policy we had. */
static void release(struct mt_cosched *c)
{
	struct sched_param sp = { .sched_priority = 0 };

	if (c->cpu < 0)
		return;
	sched_setaffinity(0, sizeof c->orig_mask, &c->orig_mask);
	if (c->orig_policy == SCHED_OTHER || c->orig_policy == SCHED_BATCH)
		sched_setscheduler(0, c->orig_policy, &sp);
	c->cpu = -1;
}

void mt_cosched_free(mt_tracer *t)
{
	struct mt_cosched *c = t->cosched;

	if (!c)
		return;
	release(c);
	if (c->stat_fd >= 0)
		close(c->stat_fd);
	if (c->sched_fd >= 0)
		close(c->sched_fd);
	free(c);
	t->cosched = NULL;
}

/* In a spawned child before execve: the program starts with the
 * tracer's original affinity and policy, not the pinned ones. */
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

/* Did the tracer wait long on a run queue since the last check? */
static int starved(struct mt_cosched *c)
{
	char buf[128];
	unsigned long long run, delay;
	ssize_t n;
	int was;

	if (c->sched_fd < 0)
		return 0;
	n = pread(c->sched_fd, buf, sizeof buf - 1, 0);
	if (n <= 0)
		return 0;
	buf[n] = 0;
	if (sscanf(buf, "%llu %llu", &run, &delay) != 2)
		return 0;
	was = c->run_delay && delay - c->run_delay > STARVED_NS;
	c->run_delay = delay;
	return was;
}

void mt_cosched_stop(mt_tracer *t, pid_t tid)
{
	struct mt_cosched *c = t->cosched;
	struct sched_param sp = { .sched_priority = 0 };
	cpu_set_t one;
	int cpu;

	if (c->n++ % CHECK_EVERY != 0)
		return;
	if (starved(c) && c->cpu >= 0) {
		release(c);
		c->backoff_until = now_ns() + BACKOFF_NS;
		return;
	}
	if (c->backoff_until && now_ns() < c->backoff_until)
		return;
	c->backoff_until = 0;
	cpu = cpu_of(c, tid);
	if (cpu < 0 || cpu == c->cpu || !CPU_ISSET(cpu, &c->orig_mask))
		return;
	CPU_ZERO(&one);
	CPU_SET(cpu, &one);
	if (sched_setaffinity(0, sizeof one, &one) < 0)
		return;
	if (c->cpu < 0)
		sched_setscheduler(0, SCHED_IDLE, &sp);
	c->cpu = cpu;
}
