/*
 * mem.c: reading and writing a stopped tracee's memory.
 *
 * process_vm_readv moves a whole buffer in one system call; when it is
 * unusable (kernel without it, a seccomp policy, ...) PTRACE_PEEKDATA
 * reads a word at a time.  A read that runs into an unmapped page
 * returns what it got before it.
 */
#include <errno.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/uio.h>

#include "internal.h"

#define PAGE 4096u
#define WORD sizeof(long)

static ssize_t peek_read(pid_t pid, uint64_t addr, unsigned char *buf,
			 size_t len)
{
	size_t got = 0;

	while (got < len) {
		uint64_t a = addr + got;
		uint64_t aligned = a & ~(uint64_t)(WORD - 1);
		size_t skip = (size_t)(a - aligned);
		size_t n = WORD - skip;
		long word;

		errno = 0;
		word = ptrace(PTRACE_PEEKDATA, pid, (void *)aligned, 0L);
		if (errno)
			return got ? (ssize_t)got : -1;
		if (n > len - got)
			n = len - got;
		memcpy(buf + got, (unsigned char *)&word + skip, n);
		got += n;
	}
	return (ssize_t)got;
}

ssize_t mt_read(mt_tracer *t, pid_t pid, uint64_t addr, void *buf, size_t len)
{
	if (len == 0)
		return 0;
	if (!t->vm_readv_broken) {
		struct iovec local = { buf, len };
		struct iovec remote = { (void *)(uintptr_t)addr, len };
		ssize_t n = process_vm_readv(pid, &local, 1, &remote, 1, 0);

		if (n >= 0)
			return n;
		if (errno == EFAULT || errno == ESRCH)
			return -1;
		if (errno == ENOSYS)
			t->vm_readv_broken = 1;
	}
	return peek_read(pid, addr, buf, len);
}

ssize_t mt_read_str(mt_tracer *t, pid_t pid, uint64_t addr, char *buf,
		    size_t max, int *complete)
{
	size_t got = 0;

	*complete = 0;
	/* Page by page, so that a string ending just before an unmapped
	 * page is still read whole. */
	while (got < max) {
		size_t chunk = PAGE - (size_t)((addr + got) & (PAGE - 1));
		ssize_t n;
		char *nul;

		if (chunk > max - got)
			chunk = max - got;
		n = mt_read(t, pid, addr + got, buf + got, chunk);
		if (n <= 0) {
			/* unreadable before the NUL and the limit: the string
			 * as a whole cannot be read (strace prints the address) */
			errno = EFAULT;
			return -1;
		}
		nul = memchr(buf + got, 0, (size_t)n);
		if (nul) {
			*complete = 1;
			return nul - buf;
		}
		got += (size_t)n;
		if ((size_t)n < chunk) {
			errno = EFAULT;
			return -1;
		}
	}
	return (ssize_t)got;
}

ssize_t mt_write(mt_tracer *t, pid_t pid, uint64_t addr, const void *buf,
		 size_t len)
{
	const unsigned char *src = buf;
	size_t done = 0;

	if (!t->vm_readv_broken) {
		struct iovec local = { (void *)(uintptr_t)buf, len };
		struct iovec remote = { (void *)(uintptr_t)addr, len };
		ssize_t n = process_vm_writev(pid, &local, 1, &remote, 1, 0);

		if (n >= 0)
			return n;
	}
	/* POKEDATA writes through read-only mappings too, like a debugger */
	while (done < len) {
		uint64_t a = addr + done;
		uint64_t aligned = a & ~(uint64_t)(WORD - 1);
		size_t skip = (size_t)(a - aligned), n = WORD - skip;
		long word;

		if (n > len - done)
			n = len - done;
		if (skip || n < WORD) {
			errno = 0;
			word = ptrace(PTRACE_PEEKDATA, pid, (void *)aligned, 0L);
			if (errno)
				return done ? (ssize_t)done : -1;
		}
		memcpy((unsigned char *)&word + skip, src + done, n);
		if (ptrace(PTRACE_POKEDATA, pid, (void *)aligned,
			   (void *)word) < 0)
			return done ? (ssize_t)done : -1;
		done += n;
	}
	return (ssize_t)done;
}
