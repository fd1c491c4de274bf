/*
 * regs.c: changing a stopped syscall (x86_64 registers): its arguments,
 * its number (-1 skips it) and its return value.
 */
#include <errno.h>
#include <stddef.h>
#include <sys/ptrace.h>
#include <sys/user.h>

#include "internal.h"

static struct mt_tracee *held_tracee(mt_tracer *t, pid_t pid)
{
	struct mt_tracee *tr = mt_tracee_find(t, pid);

	if (!tr || tr->state != MT_TS_HELD || !tr->in_syscall) {
		if (!tr || tr->state != MT_TS_HELD) {
			errno = ESRCH;
			return NULL;
		}
	}
	return tr;
}

static int poke_user(pid_t pid, size_t off, uint64_t value)
{
	return ptrace(PTRACE_POKEUSER, pid, (void *)off, (void *)value) < 0 ?
		       -1 : 0;
}

int mt_set_arg(mt_tracer *t, pid_t pid, int i, uint64_t value)
{
	static const size_t off[6] = {
		offsetof(struct user_regs_struct, rdi),
		offsetof(struct user_regs_struct, rsi),
		offsetof(struct user_regs_struct, rdx),
		offsetof(struct user_regs_struct, r10),
		offsetof(struct user_regs_struct, r8),
		offsetof(struct user_regs_struct, r9),
	};
	struct mt_tracee *tr = held_tracee(t, pid);

	if (!tr)
		return -1;
	if (i < 0 || i > 5 || !tr->in_syscall) {
		errno = EINVAL;
		return -1;
	}
	if (poke_user(pid, off[i], value) < 0)
		return -1;
	tr->args[i] = value;
	return 0;
}

int mt_set_syscall(mt_tracer *t, pid_t pid, long nr)
{
	struct mt_tracee *tr = held_tracee(t, pid);

	if (!tr)
		return -1;
	if (!tr->in_syscall) {
		errno = EINVAL;
		return -1;
	}
	return poke_user(pid, offsetof(struct user_regs_struct, orig_rax),
			 (uint64_t)nr);
}

int mt_set_return(mt_tracer *t, pid_t pid, int64_t value)
{
	struct mt_tracee *tr = held_tracee(t, pid);

	if (!tr)
		return -1;
	return poke_user(pid, offsetof(struct user_regs_struct, rax),
			 (uint64_t)value);
}
