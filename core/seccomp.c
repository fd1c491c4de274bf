/*
 * seccomp.c: stop only where someone looks.
 *
 * A spawned tracee gets a seccomp-bpf filter, built from the traced set,
 * that returns SECCOMP_RET_TRACE for the traced syscalls and lets every
 * other one run at native speed.  The tracer then resumes it with
 * PTRACE_CONT instead of PTRACE_SYSCALL outside traced calls: a seccomp
 * stop stands for the entry, and a PTRACE_SYSCALL from there gives the
 * exit stop (trace.c).
 *
 * The filter is installed by the child after the tracer has seized it:
 * with no tracer, SECCOMP_RET_TRACE fails the call with ENOSYS, so even
 * the child's own kill(SIGSTOP) would fail if kill were traced.  For the
 * same reason children inherit the filter and must stay traced: without
 * -f they are followed quietly (trace.c).
 */
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>

#include "internal.h"

#define NR_CLONE 56
#define NR_FORK 57
#define NR_VFORK 58
#define NR_EXECVE 59
#define NR_EXECVEAT 322
#define NR_CLONE3 435

void mt_set_seccomp(mt_tracer *t, int on)
{
	t->seccomp = !!on;
}

int mt_seccomp_active(const mt_tracer *t, pid_t pid)
{
	const struct mt_tracee *tr = mt_tracee_find(t, pid);

	return tr && tr->filtered;
}

/* execve must always stop: the spawned child's first one ends its
 * pre-exec phase and tells the tracer whether the filter is in place.
 * The clone family too (rare calls): a fork event then finds its call's
 * flags, which say thread or process. */
static int stops_at(const mt_tracer *t, long nr)
{
	return (nr >= NR_CLONE && nr <= NR_EXECVE) || nr == NR_EXECVEAT ||
	       nr == NR_CLONE3 || mt_is_traced(t, nr);
}

static int traces_everything(const mt_tracer *t)
{
	long nr;

	if (!t->trace_unknown)
		return 0;
	for (nr = 0; nr < t->traced_limit; nr++)
		if (!mt_is_traced(t, nr))
			return 0;
	return 1;
}

static struct sock_filter stmt(unsigned short code, unsigned k)
{
	struct sock_filter f = { .code = code, .jt = 0, .jf = 0, .k = k };

	return f;
}

static struct sock_filter jump(unsigned short code, unsigned k,
			       unsigned char jt, unsigned char jf)
{
	struct sock_filter f = { .code = code, .jt = jt, .jf = jf, .k = k };

	return f;
}

/*
 * The program: other arches trap (the tracer sorts them out), numbers
 * beyond the bitmap (x32's, -1) follow trace_unknown, then one block of
 * four instructions per range of traced numbers, ascending, so that
 * every jump stays short whatever the number of ranges:
 *
 *	jge lo ? next : allow	(below this range, so below all the rest)
 *	jgt hi ? next block : trace
 *	ret TRACE
 *	ret ALLOW
 *
 * The filter reads nothing but arch and nr, so the kernel's action cache
 * (5.11+) lets untraced syscalls skip even running it.
 */
struct sock_filter *mt_seccomp_build(const mt_tracer *t, size_t *len)
{
	struct sock_filter *p;
	size_t n = 0, max;
	long nr, ranges = 0;

	if (traces_everything(t))
		return NULL;
	for (nr = 0; nr < t->traced_limit; nr++)
		if (stops_at(t, nr) && (nr == 0 || !stops_at(t, nr - 1)))
			ranges++;
	max = 7 + 4 * (size_t)ranges;
	if (max > BPF_MAXINSNS) {
		errno = E2BIG;
		return NULL;
	}
	p = calloc(max, sizeof *p);
	if (!p)
		return NULL;
	p[n++] = stmt(BPF_LD | BPF_W | BPF_ABS,
		      offsetof(struct seccomp_data, arch));
	p[n++] = jump(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 1, 0);
	p[n++] = stmt(BPF_RET | BPF_K, SECCOMP_RET_TRACE);
	p[n++] = stmt(BPF_LD | BPF_W | BPF_ABS,
		      offsetof(struct seccomp_data, nr));
	p[n++] = jump(BPF_JMP | BPF_JGE | BPF_K, (unsigned)t->traced_limit,
		      0, 1);
	p[n++] = stmt(BPF_RET | BPF_K, t->trace_unknown ? SECCOMP_RET_TRACE :
							   SECCOMP_RET_ALLOW);
	for (nr = 0; nr < t->traced_limit; nr++) {
		long hi;

		if (!stops_at(t, nr))
			continue;
		for (hi = nr; hi + 1 < t->traced_limit && stops_at(t, hi + 1);)
			hi++;
		p[n++] = jump(BPF_JMP | BPF_JGE | BPF_K, (unsigned)nr, 0, 2);
		p[n++] = jump(BPF_JMP | BPF_JGT | BPF_K, (unsigned)hi, 2, 0);
		p[n++] = stmt(BPF_RET | BPF_K, SECCOMP_RET_TRACE);
		p[n++] = stmt(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
		nr = hi;
	}
	p[n++] = stmt(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
	*len = n;
	return p;
}

/*
 * In the child, between fork and execve: no malloc, no stdio.
 *
 * Without CAP_SYS_ADMIN the kernel wants PR_SET_NO_NEW_PRIVS first, and
 * that disables setuid execs (sudo); so try without it, and only set it
 * when refused.  SPEC_ALLOW: the filter is a speed-up, not a sandbox, so
 * it must not switch on the speculative-store-bypass mitigation (and its
 * slowdown) that some kernels tie to seccomp.
 */
int mt_seccomp_install(const struct sock_filter *filter, size_t len)
{
	struct sock_fprog prog = {
		.len = (unsigned short)len,
		.filter = (struct sock_filter *)filter,
	};
	unsigned long flags = SECCOMP_FILTER_FLAG_SPEC_ALLOW;
	int nnp = 0;

	for (;;) {
		if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, flags,
			    &prog) == 0)
			return 0;
		if (errno == EINVAL && flags) {
			flags = 0;
		} else if (errno == EACCES && !nnp) {
			if (prctl(PR_SET_NO_NEW_PRIVS, 1L, 0L, 0L, 0L) < 0)
				return -1;
			nnp = 1;
		} else {
			return -1;
		}
	}
}
