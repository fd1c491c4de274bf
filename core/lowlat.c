/*
 * lowlat.c: ask for short CPU wake-up latency while the trace is busy.
 *
 * A ptrace stop is a hand-off: the tracee stops and wakes the tracer, the
 * tracer resumes it and waits again.  Each side sleeps while the other
 * works, so at every stop one CPU goes idle and is woken a few
 * microseconds later.  Waking an idle CPU from its halt state is what
 * makes a stop expensive (in a VM a halt is an exit to the hypervisor):
 * measured on the 2-CPU VM of `make bench`, 70 us per stop with halts,
 * 12 us when idle CPUs poll instead.
 *
 * The kernel's PM QoS interface says how long a CPU may take to wake: a
 * process that holds /dev/cpu_dma_latency open with 0 written to it keeps
 * idle CPUs in their polling state.  The request lives exactly as long as
 * the descriptor: the kernel drops it when moontrace exits, however it
 * exits (a SIGKILL included), so nothing is left behind.
 *
 * Polling costs power while CPUs idle, so in the automatic mode the
 * request is held only while stops come fast (the tracer and its tracees
 * busy anyway, the idle gaps microseconds long): a watchdog thread counts
 * the stops of each window of time, makes the request after a busy
 * window and withdraws it after a quiet one.  A tracee that sleeps
 * (poll, read on a terminal) releases it within WATCH_MS.  Only root may
 * open the device; for others the mode is simply unavailable.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"

#define DEVICE "/dev/cpu_dma_latency"
/* The watchdog looks every WATCH_MS while the request is held (to drop
 * it soon after the trace calms down), every IDLE_MS otherwise; it makes
 * the request at BUSY_RATE stops a second and drops it below QUIET_RATE.
 * At 5,000 stops a second, halting CPUs (some 55 us a stop here) hold the
 * tracee a quarter of its time: it is the trace itself that is busy. */
#define WATCH_MS 10
#define IDLE_MS 50
#define BUSY_RATE 5000
#define QUIET_RATE 1000

struct mt_lowlat {
	pthread_mutex_t lock;
	pthread_cond_t wake;
	pthread_t watchdog;
	int has_watchdog;
	int quit;
	int fd;                 /* the open request, or -1 */
	unsigned long stops;    /* bumped by the tracer (atomic) */
	uint64_t engaged_ns;    /* time spent with the request held */
	uint64_t since;         /* when it was last made */
	unsigned engagements;
};

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* Make the request (0 us).  Lock held. */
static int engage(struct mt_lowlat *l)
{
	int32_t zero = 0;
	int fd;

	if (l->fd >= 0)
		return 0;
	fd = open(DEVICE, O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	if (write(fd, &zero, sizeof zero) != (ssize_t)sizeof zero) {
		int err = errno;

		close(fd);
		errno = err;
		return -1;
	}
	l->fd = fd;
	l->since = now_ns();
	l->engagements++;
	return 0;
}

/* Withdraw it.  Lock held. */
static void release(struct mt_lowlat *l)
{
	if (l->fd < 0)
		return;
	close(l->fd);
	l->fd = -1;
	l->engaged_ns += now_ns() - l->since;
}

static void *watch(void *arg)
{
	struct mt_lowlat *l = arg;
	unsigned long seen = 0;

	pthread_mutex_lock(&l->lock);
	while (!l->quit) {
		struct timespec until;
		unsigned long n, busy;
		long ms = l->fd >= 0 ? WATCH_MS : IDLE_MS;

		clock_gettime(CLOCK_REALTIME, &until);
		until.tv_nsec += ms * 1000000L;
		if (until.tv_nsec >= 1000000000L) {
			until.tv_sec++;
			until.tv_nsec -= 1000000000L;
		}
		pthread_cond_timedwait(&l->wake, &l->lock, &until);
		if (l->quit)
			break;
		n = __atomic_load_n(&l->stops, __ATOMIC_RELAXED);
		busy = n - seen;   /* stops in the last ms milliseconds */
		seen = n;
		if (busy * 1000 >= (unsigned long)(BUSY_RATE * ms))
			engage(l);
		else if (busy * 1000 < (unsigned long)(QUIET_RATE * ms))
			release(l);
	}
	pthread_mutex_unlock(&l->lock);
	return NULL;
}

/* Start a helper thread of the tracer (this watchdog, cosched.c's) with
 * every signal blocked: signals sent to moontrace (Ctrl-C, a script's
 * timer) must interrupt the tracer's wait for tracees, not a helper. */
int mt_thread_start(pthread_t *th, void *(*fn)(void *), void *arg)
{
	sigset_t all, old;
	int err;

	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	err = pthread_create(th, NULL, fn, arg);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	return err;
}

void mt_lowlat_free(mt_tracer *t)
{
	struct mt_lowlat *l = t->lowlat;

	if (!l)
		return;
	pthread_mutex_lock(&l->lock);
	l->quit = 1;
	release(l);
	pthread_cond_signal(&l->wake);
	pthread_mutex_unlock(&l->lock);
	if (l->has_watchdog)
		pthread_join(l->watchdog, NULL);
	pthread_cond_destroy(&l->wake);
	pthread_mutex_destroy(&l->lock);
	free(l);
	t->lowlat = NULL;
}

int mt_set_low_latency(mt_tracer *t, enum mt_lowlat_mode mode)
{
	struct mt_lowlat *l;
	int err, probe;

	mt_lowlat_free(t);
	if (mode == MT_LOWLAT_OFF)
		return 0;
	/* available at all?  (root only, and the kernel must have PM QoS) */
	probe = open(DEVICE, O_WRONLY | O_CLOEXEC);
	if (probe < 0)
		return -1;
	close(probe);
	l = calloc(1, sizeof *l);
	if (!l)
		return -1;
	l->fd = -1;
	pthread_mutex_init(&l->lock, NULL);
	pthread_cond_init(&l->wake, NULL);
	if (mode == MT_LOWLAT_ON) {
		if (engage(l) < 0) {
			err = errno;
			goto fail;
		}
	} else {
		err = mt_thread_start(&l->watchdog, watch, l);
		if (err)
			goto fail;
		l->has_watchdog = 1;
	}
	t->lowlat = l;
	return 0;
fail:
	pthread_cond_destroy(&l->wake);
	pthread_mutex_destroy(&l->lock);
	free(l);
	errno = err;
	return -1;
}

void mt_lowlat_stop(mt_tracer *t)
{
	__atomic_fetch_add(&t->lowlat->stops, 1, __ATOMIC_RELAXED);
}

int mt_low_latency_stats(const mt_tracer *t, double *held_s, int *engaged)
{
	struct mt_lowlat *l = t->lowlat;
	uint64_t ns;

	if (!l)
		return -1;
	pthread_mutex_lock(&l->lock);
	ns = l->engaged_ns;
	if (l->fd >= 0)
		ns += now_ns() - l->since;
	if (engaged)
		*engaged = l->fd >= 0;
	pthread_mutex_unlock(&l->lock);
	if (held_s)
		*held_s = (double)ns / 1e9;
	return (int)l->engagements;
}
