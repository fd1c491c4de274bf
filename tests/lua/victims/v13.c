/* v13: memory policy, old signalfd/eventfd, userfaultfd, pkeys, vmsplice,
 * fanotify, file handles, io_uring, landlock, ldt and newer calls, for the
 * decoders of lua/moontrace/decode/vm.lua.  Every call is made directly
 * (syscall(SYS_x, ...)); failures use bad pointers, bad flags, bad fds.
 * Deterministic, never blocks.  Scratch files: /tmp/mt/vm_*. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <time.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

#define BAD ((void *)1)

static long sc(long nr, long a, long b, long c, long d, long e, long f)
{
	return syscall(nr, a, b, c, d, e, f);
}

static void mempolicy(void)
{
	unsigned long mask[40];
	int mode = -1;
	char *page = mmap(NULL, 4096 * 4, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	page[0] = 1;

	memset(mask, 0, sizeof mask);
	/* get_mempolicy: mode and mask out, various maxnode */
	sc(SYS_get_mempolicy, (long)&mode, (long)mask, 1025, 0, 0, 0);
	sc(SYS_get_mempolicy, (long)&mode, (long)mask, 64, 0, 0, 0);
	sc(SYS_get_mempolicy, (long)&mode, (long)mask, 65, 0, 0, 0);
	sc(SYS_get_mempolicy, (long)&mode, (long)mask, 129, 0, 0, 0);
	sc(SYS_get_mempolicy, (long)&mode, 0, 0, 0, 0, 0);
	sc(SYS_get_mempolicy, 0, 0, 0, 0, 0, 0);
	sc(SYS_get_mempolicy, (long)&mode, (long)mask, 1025, (long)page, 2 /*MPOL_F_ADDR*/, 0);
	sc(SYS_get_mempolicy, (long)&mode, (long)mask, 1025, (long)page, 3 /*NODE|ADDR*/, 0);
	sc(SYS_get_mempolicy, (long)&mode, (long)mask, 1025, 0, 4 /*MEMS_ALLOWED*/, 0);
	sc(SYS_get_mempolicy, (long)&mode, (long)mask, 1025, 0, 0x10, 0);
	sc(SYS_get_mempolicy, (long)BAD, (long)mask, 1025, 0, 0, 0);
	sc(SYS_get_mempolicy, (long)&mode, (long)BAD, 1025, 0, 0, 0);
	sc(SYS_get_mempolicy, (long)&mode, (long)mask, 1, 0, 0, 0);
	sc(SYS_get_mempolicy, (long)&mode, (long)mask, 2, 0, 0, 0);
	sc(SYS_get_mempolicy, (long)&mode, (long)mask, 0xffffffffffffffffUL, 0, 0, 0);

	/* set_mempolicy */
	memset(mask, 0, sizeof mask);
	mask[0] = 1;
	sc(SYS_set_mempolicy, 5 /*PREFERRED_MANY*/, (long)mask, 1024, 0, 0, 0);
	sc(SYS_set_mempolicy, 0, (long)mask, 1025, 0, 0, 0);
	sc(SYS_set_mempolicy, 0, 0, 0, 0, 0, 0);
	sc(SYS_set_mempolicy, 2 | (1 << 15), (long)mask, 64, 0, 0, 0);
	sc(SYS_set_mempolicy, 3 | (1 << 14), (long)mask, 65, 0, 0, 0);
	sc(SYS_set_mempolicy, 1 | (1 << 13), (long)mask, 3, 0, 0, 0);
	sc(SYS_set_mempolicy, 4, 0, 0, 0, 0, 0);
	sc(SYS_set_mempolicy, 6, (long)mask, 8, 0, 0, 0);
	sc(SYS_set_mempolicy, 0x1234, (long)mask, 8, 0, 0, 0);
	sc(SYS_set_mempolicy, 2 | 0x100000, (long)mask, 8, 0, 0, 0);
	sc(SYS_set_mempolicy, 2, (long)BAD, 8, 0, 0, 0);
	mask[0] = 0x8000000000000003UL; mask[1] = 0xfeUL; mask[2] = 0x1234;
	sc(SYS_set_mempolicy, 2, (long)mask, 200, 0, 0, 0);
	sc(SYS_set_mempolicy, 2, (long)mask, 20 * 64, 0, 0, 0);
	sc(SYS_set_mempolicy, 2, (long)mask, 33 * 64, 0, 0, 0);
	sc(SYS_set_mempolicy, 2 | (1 << 15), (long)mask, 8, 0, 0, 0);
	sc(SYS_get_mempolicy, (long)&mode, (long)mask, 8, 0, 0, 0);
	sc(SYS_set_mempolicy, 0, 0, 0, 0, 0, 0);

	/* mbind */
	mask[0] = 1; mask[1] = 0; mask[2] = 0;
	sc(SYS_mbind, (long)page, 4096, 2, (long)mask, 64, 0);
	sc(SYS_mbind, (long)page, 4096, 0, 0, 0, 1 /*STRICT*/);
	sc(SYS_mbind, (long)page, 4096 * 2, 1 | (1 << 15), (long)mask, 65, 2 | 4);
	sc(SYS_mbind, (long)page, 4096, 3, (long)mask, 3, 8 | 0x100);
	sc(SYS_mbind, (long)page + 1, 4096, 2, (long)mask, 64, 0);
	sc(SYS_mbind, (long)page, 4096, 9, (long)mask, 64, 0);
	sc(SYS_mbind, (long)page, 4096, 2, (long)BAD, 64, 0);
	sc(SYS_mbind, (long)page, 4096, 0, 0, 0, 0);

	/* migrate_pages */
	unsigned long old[2] = { 1, 0 }, new[2] = { 1, 0 };
	sc(SYS_migrate_pages, 0, 64, (long)old, (long)new, 0, 0);
	sc(SYS_migrate_pages, 0, 65, (long)old, (long)new, 0, 0);
	sc(SYS_migrate_pages, 0, 64, 0, 0, 0, 0);
	sc(SYS_migrate_pages, 0, 64, (long)BAD, (long)new, 0, 0);
	sc(SYS_migrate_pages, -5, 64, (long)old, (long)new, 0, 0);

	/* move_pages */
	void *pages[3] = { page, page + 4096, BAD };
	int nodes[3] = { 0, 0, 0 };
	int status[3] = { 99, 99, 99 };
	sc(SYS_move_pages, 0, 3, (long)pages, 0, (long)status, 0);
	sc(SYS_move_pages, 0, 2, (long)pages, (long)nodes, (long)status, 2 /*MOVE*/);
	sc(SYS_move_pages, 0, 1, (long)pages, 0, (long)status, 4 /*MOVE_ALL*/);
	sc(SYS_move_pages, 0, 1, (long)pages, 0, (long)status, 0x20);
	sc(SYS_move_pages, 0, 1, (long)BAD, 0, (long)status, 0);
	sc(SYS_move_pages, 0, 1, (long)pages, 0, (long)BAD, 0);
	sc(SYS_move_pages, 0, 0, 0, 0, 0, 0);
	sc(SYS_move_pages, -5, 1, (long)pages, 0, (long)status, 0);

	/* set_mempolicy_home_node */
	sc(SYS_set_mempolicy_home_node, (long)page, 4096, 0, 0, 0, 0);
	sc(SYS_mbind, (long)page, 4096, 2, (long)mask, 64, 0);
	sc(SYS_set_mempolicy_home_node, (long)page, 4096, 0, 0, 0, 0);
	sc(SYS_set_mempolicy_home_node, (long)page, 4096, 5, 1, 0, 0);
	sc(SYS_set_mempolicy_home_node, (long)page + 1, 4096, 0, 0, 0, 0);
	munmap(page, 4096 * 4);
}

static void sigfd_evfd(void)
{
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	sigaddset(&set, SIGCHLD);
	long fd = sc(SYS_signalfd, -1, (long)&set, 8, 0, 0, 0);
	sc(SYS_signalfd, fd, (long)&set, 8, 0, 0, 0);
	close(fd);
	sc(SYS_signalfd, -1, (long)&set, 4, 0, 0, 0);
	sc(SYS_signalfd, -1, (long)BAD, 8, 0, 0, 0);
	sc(SYS_signalfd, 55, (long)&set, 8, 0, 0, 0);
	sc(SYS_signalfd, -1, 0, 8, 0, 0, 0);
	sigfillset(&set);
	fd = sc(SYS_signalfd, -1, (long)&set, 8, 0, 0, 0);
	close(fd);
	fd = sc(SYS_eventfd, 0, 0, 0, 0, 0, 0);
	close(fd);
	fd = sc(SYS_eventfd, 7, 0, 0, 0, 0, 0);
	close(fd);
	fd = sc(SYS_eventfd, 0xffffffffUL, 0, 0, 0, 0, 0);
	close(fd);
}

static void ufd_pkey_secret(void)
{
	long fd;
	fd = sc(SYS_userfaultfd, 0, 0, 0, 0, 0, 0);
	close(fd);
	fd = sc(SYS_userfaultfd, O_CLOEXEC | O_NONBLOCK | 1, 0, 0, 0, 0, 0);
	close(fd);
	fd = sc(SYS_userfaultfd, O_CLOEXEC, 0, 0, 0, 0, 0);
	close(fd);
	sc(SYS_userfaultfd, 0x10, 0, 0, 0, 0, 0);
	sc(SYS_userfaultfd, O_NONBLOCK | 0x2, 0, 0, 0, 0, 0);

	long k = sc(SYS_pkey_alloc, 0, 0, 0, 0, 0, 0);
	if (k >= 0) sc(SYS_pkey_free, k, 0, 0, 0, 0, 0);
	k = sc(SYS_pkey_alloc, 0, 1, 0, 0, 0, 0);
	if (k >= 0) sc(SYS_pkey_free, k, 0, 0, 0, 0, 0);
	sc(SYS_pkey_alloc, 0, 3, 0, 0, 0, 0);
	sc(SYS_pkey_alloc, 0, 2, 0, 0, 0, 0);
	sc(SYS_pkey_alloc, 0, 0x10, 0, 0, 0, 0);
	sc(SYS_pkey_alloc, 1, 0, 0, 0, 0, 0);
	sc(SYS_pkey_free, 15, 0, 0, 0, 0, 0);
	sc(SYS_pkey_free, -1, 0, 0, 0, 0, 0);

	fd = sc(SYS_memfd_secret, 0, 0, 0, 0, 0, 0);
	if (fd >= 0) close(fd);
	fd = sc(SYS_memfd_secret, O_CLOEXEC, 0, 0, 0, 0, 0);
	if (fd >= 0) close(fd);
	sc(SYS_memfd_secret, 1, 0, 0, 0, 0, 0);
}

static void vmsplice_remap(void)
{
	int p[2];
	char a[] = "hello", b[] = "world\n";
	struct iovec iov[2] = { { a, 5 }, { b, 6 } };
	pipe(p);
	sc(SYS_vmsplice, p[1], (long)iov, 2, 0, 0, 0);
	sc(SYS_vmsplice, p[1], (long)iov, 1, 1 | 2 | 4 | 8, 0, 0);
	sc(SYS_vmsplice, p[1], (long)iov, 2, 0x20, 0, 0);
	sc(SYS_vmsplice, p[1], (long)BAD, 2, 0, 0, 0);
	sc(SYS_vmsplice, 99, (long)iov, 2, 0, 0, 0);
	sc(SYS_vmsplice, p[1], 0, 0, 0, 0, 0);
	char rb[64];
	memset(rb, 0, sizeof rb);
	iov[0].iov_base = rb; iov[0].iov_len = 8;
	iov[1].iov_base = rb + 8; iov[1].iov_len = 30;
	sc(SYS_vmsplice, p[0], (long)iov, 2, 2, 0, 0);
	sc(SYS_vmsplice, p[0], (long)iov, 2, 2, 0, 0);
	close(p[0]); close(p[1]);

	int fd = open("/tmp/mt/vm_remap", O_RDWR | O_CREAT | O_TRUNC, 0600);
	ftruncate(fd, 4096 * 4);
	char *m = mmap(NULL, 4096 * 4, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	sc(SYS_remap_file_pages, (long)m, 4096, 0, 2, 0, 0);
	sc(SYS_remap_file_pages, (long)m, 4096, 0, 1, MAP_NONBLOCK, 0);
	sc(SYS_remap_file_pages, (long)m, 4096, PROT_READ, 1, 0, 0);
	sc(SYS_remap_file_pages, (long)m + 1, 4096, 0, 1, 0x10000 | MAP_POPULATE, 0);
	sc(SYS_remap_file_pages, 0, 4096, 0, 0, 0, 0);
	munmap(m, 4096 * 4);
	close(fd);
	unlink("/tmp/mt/vm_remap");
}

static void fan(void)
{
	int f = open("/tmp/mt/vm_fan", O_RDWR | O_CREAT | O_TRUNC, 0600);
	close(f);
	int dfd = open("/tmp/mt", O_RDONLY | O_DIRECTORY);
	long fd = sc(SYS_fanotify_init, 0 /*FAN_CLASS_NOTIF*/ | 1 /*FAN_CLOEXEC*/ | 2 /*NONBLOCK*/, O_RDONLY, 0, 0, 0, 0);
	sc(SYS_fanotify_mark, fd, 1 /*ADD*/, 0x2 | 0x8 | 0x20 /*MODIFY|CLOSE_WRITE|OPEN*/, -100, (long)"/tmp/mt/vm_fan", 0);
	sc(SYS_fanotify_mark, fd, 1 | 0x8 /*ONLYDIR*/, 0x1 | 0x40000000 /*ONDIR*/ | 0x08000000 /*ON_CHILD*/, dfd, 0, 0);
	sc(SYS_fanotify_mark, fd, 2 /*REMOVE*/, 0x2 | 0x8 | 0x20, dfd, (long)"vm_fan", 0);
	sc(SYS_fanotify_mark, fd, 1 | 4 /*DONT_FOLLOW*/, 0x10 | 0x4, -100, (long)"/tmp/mt/vm_fan", 0);
	sc(SYS_fanotify_mark, fd, 0x80 /*FLUSH*/, 0, -100, 0, 0);
	sc(SYS_fanotify_mark, fd, 1 | 0x8, 0x1, dfd, (long)"vm_nonexistent", 0);
	sc(SYS_fanotify_mark, fd, 1, 0x1, -100, (long)BAD, 0);
	sc(SYS_fanotify_mark, fd, 0x1000, 0x1, -100, (long)"/tmp/mt/vm_fan", 0);
	sc(SYS_fanotify_mark, fd, 1, 0x80000000UL, -100, (long)"/tmp/mt/vm_fan", 0);
	sc(SYS_fanotify_mark, fd, 1, 0x100000000UL, -100, (long)"/tmp/mt/vm_fan", 0);
	sc(SYS_fanotify_mark, fd, 1 | 0x20 /*IGNORED_MASK*/ | 0x40 /*IGNORED_SURV*/, 0x2, -100, (long)"/tmp/mt/vm_fan", 0);
	sc(SYS_fanotify_mark, fd, 1 | 0x400 /*IGNORE*/, 0x2, -100, (long)"/tmp/mt/vm_fan", 0);
	sc(SYS_fanotify_mark, fd, 2 | 0x200 /*EVICTABLE*/, 0x2, -100, (long)"/tmp/mt/vm_fan", 0);
	sc(SYS_fanotify_mark, 99, 1 | 0x100 /*FILESYSTEM*/, 0x1, -100, (long)"/tmp/mt", 0);
	sc(SYS_fanotify_mark, 99, 1 | 0x10 /*MOUNT*/, 0xffffffffffffffffUL, dfd, (long)".", 0);
	sc(SYS_fanotify_mark, 99, 0xffffffffUL, 0x5c07ffffUL, 99, (long)".", 0);
	sc(SYS_fanotify_mark, 99, 0x110, 0x18, -1, 0, 0);
	sc(SYS_fanotify_mark, 99, 0, 0, 0xffffffff00000001UL, 0, 0);
	close(fd);
	fd = sc(SYS_fanotify_init, 0x4 /*CLASS_CONTENT*/ | 0x10 /*UNLIMITED_QUEUE*/ | 0x20 /*UNLIMITED_MARKS*/, O_RDWR | O_CLOEXEC, 0, 0, 0, 0);
	if (fd >= 0) close(fd);
	fd = sc(SYS_fanotify_init, 0x8 /*CLASS_PRE_CONTENT*/ | 0x40 /*ENABLE_AUDIT*/, O_WRONLY | O_NONBLOCK, 0, 0, 0, 0);
	if (fd >= 0) close(fd);
	fd = sc(SYS_fanotify_init, 0x100 /*REPORT_TID*/ | 0x200 /*FID*/ | 0x400 /*DIR_FID*/ | 0x800 /*NAME*/, O_RDONLY, 0, 0, 0, 0);
	if (fd >= 0) {
		sc(SYS_fanotify_mark, fd, 1 | 8, 0x100 /*CREATE*/ | 0x200 | 0x40 | 0x80 | 0x40000000, dfd, (long)".", 0);
		close(fd);
	}
	fd = sc(SYS_fanotify_init, 0x1000 | 0x200 | 0x400 | 0x800, O_RDONLY, 0, 0, 0, 0);
	if (fd >= 0) close(fd);
	fd = sc(SYS_fanotify_init, 0x80, O_RDONLY, 0, 0, 0, 0);
	if (fd >= 0) close(fd);
	sc(SYS_fanotify_init, 0x80000000UL, O_RDONLY | 0x8000 | O_DSYNC, 0, 0, 0, 0);
	sc(SYS_fanotify_init, 0xc, O_RDONLY, 0, 0, 0, 0);
	sc(SYS_fanotify_init, 0xd, O_RDONLY, 0, 0, 0, 0);
	sc(SYS_fanotify_init, 0x80000000UL, 0x12345678, 0, 0, 0, 0);
	fd = sc(SYS_fanotify_init, 0xffffffff00000000UL, 0xffffffff00000002UL, 0, 0, 0, 0);
	if (fd >= 0) close(fd);
	close(dfd);
	unlink("/tmp/mt/vm_fan");
}

struct fh { unsigned int bytes; int type; unsigned char h[256]; };

static void handles(void)
{
	struct fh h;
	int mnt = -1;
	memset(&h, 0, sizeof h);
	h.bytes = 128;
	sc(SYS_name_to_handle_at, -100, (long)"/etc", (long)&h, (long)&mnt, 0, 0);
	int fd = sc(SYS_open_by_handle_at, -100, (long)&h, O_RDONLY | O_DIRECTORY, 0, 0, 0);
	close(fd);
	h.bytes = 128;
	sc(SYS_name_to_handle_at, -100, (long)"/etc/passwd", (long)&h, (long)&mnt, 0x400 /*AT_SYMLINK_FOLLOW*/, 0);
	fd = sc(SYS_open_by_handle_at, -100, (long)&h, O_RDONLY, 0, 0, 0);
	close(fd);
	int dfd = open("/etc", O_RDONLY | O_DIRECTORY);
	h.bytes = 0;
	sc(SYS_name_to_handle_at, dfd, (long)"passwd", (long)&h, (long)&mnt, 0, 0);
	h.bytes = 128;
	sc(SYS_name_to_handle_at, dfd, (long)"", (long)&h, (long)&mnt, 0x1000 /*AT_EMPTY_PATH*/, 0);
	sc(SYS_name_to_handle_at, -100, (long)"/etc/passwd", (long)BAD, (long)&mnt, 0, 0);
	sc(SYS_name_to_handle_at, -100, (long)"/etc/passwd", (long)&h, (long)BAD, 0, 0);
	sc(SYS_name_to_handle_at, -100, (long)"/nonexistent_vm", (long)&h, (long)&mnt, 0, 0);
	sc(SYS_name_to_handle_at, -100, (long)"/etc/passwd", (long)&h, (long)&mnt, 0x1 | 0x4000, 0);
	h.bytes = 4000;
	sc(SYS_open_by_handle_at, dfd, (long)&h, O_RDONLY, 0, 0, 0);
	sc(SYS_open_by_handle_at, -100, (long)BAD, O_RDWR | O_CLOEXEC, 0, 0, 0);
	sc(SYS_open_by_handle_at, 99, (long)&h, O_RDONLY, 0, 0, 0);
	h.bytes = 8; h.type = 0x4d2;
	memcpy(h.h, "\x01\x02\x03\x04\xff\xfe\xfd\xfc", 8);
	sc(SYS_open_by_handle_at, dfd, (long)&h, O_RDONLY, 0, 0, 0);
	close(dfd);
}

struct uparams {
	unsigned sq_entries, cq_entries, flags, sq_thread_cpu, sq_thread_idle, features, wq_fd, resv[3];
	unsigned sq_off[8]; unsigned long long sq_resv2;
	unsigned cq_off[8]; unsigned long long cq_resv2;
};

static void uring(void)
{
	struct uparams p;
	memset(&p, 0, sizeof p);
	long fd = sc(SYS_io_uring_setup, 4, (long)&p, 0, 0, 0, 0);
	memset(&p, 0, sizeof p);
	p.flags = 8 /*CQSIZE*/ | 16 /*CLAMP*/;
	p.cq_entries = 16;
	long fd2 = sc(SYS_io_uring_setup, 2, (long)&p, 0, 0, 0, 0);
	memset(&p, 0, sizeof p);
	p.flags = 0x40 /*R_DISABLED*/ | 0x1000 /*SINGLE_ISSUER*/;
	long fd3 = sc(SYS_io_uring_setup, 1, (long)&p, 0, 0, 0, 0);
	memset(&p, 0, sizeof p);
	p.flags = 0x10000000;
	sc(SYS_io_uring_setup, 1, (long)&p, 0, 0, 0, 0);
	p.flags = 0xfffff80;
	sc(SYS_io_uring_setup, 1, (long)&p, 0, 0, 0, 0);
	memset(&p, 0, sizeof p);
	p.resv[1] = 5;
	sc(SYS_io_uring_setup, 1, (long)&p, 0, 0, 0, 0);
	memset(&p, 0, sizeof p);
	p.flags = 2 | 4 /*SQPOLL|SQ_AFF*/ | 0x20 /*ATTACH_WQ*/;
	p.sq_thread_cpu = 1; p.sq_thread_idle = 100; p.wq_fd = 99;
	sc(SYS_io_uring_setup, 1, (long)&p, 0, 0, 0, 0);
	sc(SYS_io_uring_setup, 0, (long)&p, 0, 0, 0, 0);
	sc(SYS_io_uring_setup, 1, (long)BAD, 0, 0, 0, 0);
	sc(SYS_io_uring_setup, 1, 0, 0, 0, 0, 0);

	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGUSR2);
	sc(SYS_io_uring_enter, fd, 0, 0, 0, 0, 0);
	sc(SYS_io_uring_enter, fd, 0, 0, 1 /*GETEVENTS*/, (long)&set, 8);
	sc(SYS_io_uring_enter, fd, 1, 0, 2 | 4, 0, 8);
	sc(SYS_io_uring_enter, fd, 0, 0, 0x100, 0, 0);
	sc(SYS_io_uring_enter, fd, 0, 0, 8 /*EXT_ARG*/, 0, 0);
	struct { unsigned long long sigmask; unsigned sigmask_sz, pad; unsigned long long ts; } ea = { 0, 8, 0, 0 };
	sc(SYS_io_uring_enter, fd, 0, 0, 8, (long)&ea, sizeof ea);
	sc(SYS_io_uring_enter, fd, 0, 0, 0x10 /*REGISTERED_RING*/, 0, 0);
	sc(SYS_io_uring_enter, 99, 0, 0, 0, 0, 0);
	sc(SYS_io_uring_enter, fd, 0, 0, 1, (long)BAD, 8);

	int fds[2] = { 0, 1 };
	int efd = sc(SYS_eventfd2, 0, 0, 0, 0, 0, 0);
	char buf[64];
	struct iovec iov = { buf, sizeof buf };
	sc(SYS_io_uring_register, fd, 2 /*REGISTER_FILES*/, (long)fds, 2, 0, 0);
	struct { unsigned off, resv; unsigned long long fds; } upd = { 0, 0, (unsigned long)fds };
	sc(SYS_io_uring_register, fd, 6 /*FILES_UPDATE*/, (long)&upd, 2, 0, 0);
	sc(SYS_io_uring_register, fd, 6, (long)BAD, 2, 0, 0);
	sc(SYS_io_uring_register, fd, 3 /*UNREGISTER_FILES*/, 0, 0, 0, 0);
	struct { unsigned long long addr; unsigned entries; unsigned short bgid, pad; unsigned long long resv[3]; } pb = { 0, 8, 1, 0, { 0 } };
	sc(SYS_io_uring_register, fd, 22 /*PBUF_RING*/, (long)&pb, 1, 0, 0);
	sc(SYS_io_uring_register, fd, 23 /*UNREGISTER_PBUF_RING*/, (long)&pb, 1, 0, 0);
	sc(SYS_io_uring_register, fd, 4 /*REGISTER_EVENTFD*/, (long)&efd, 1, 0, 0);
	sc(SYS_io_uring_register, fd, 5 /*UNREGISTER_EVENTFD*/, 0, 0, 0, 0);
	sc(SYS_io_uring_register, fd, 7 /*EVENTFD_ASYNC*/, (long)&efd, 1, 0, 0);
	sc(SYS_io_uring_register, fd, 5, 0, 0, 0, 0);
	sc(SYS_io_uring_register, fd, 0 /*REGISTER_BUFFERS*/, (long)&iov, 1, 0, 0);
	sc(SYS_io_uring_register, fd, 1 /*UNREGISTER_BUFFERS*/, 0, 0, 0, 0);
	sc(SYS_io_uring_register, fd, 9 /*PERSONALITY*/, 0, 0, 0, 0);
	sc(SYS_io_uring_register, fd, 10 /*UNREGISTER_PERSONALITY*/, 0, 1, 0, 0);
	sc(SYS_io_uring_register, fd3, 12 /*ENABLE_RINGS*/, 0, 0, 0, 0);
	sc(SYS_io_uring_register, fd, 12, 0, 0, 0, 0);
	sc(SYS_io_uring_register, fd, 99, 0, 0, 0, 0);
	sc(SYS_io_uring_register, fd, 0x80000000UL | 2, (long)fds, 2, 0, 0);
	sc(SYS_io_uring_register, 99, 2, (long)fds, 2, 0, 0);
	for (int op = 6; op < 30; op++)
		if (op != 7 && op != 9 && op != 10 && op != 12)
			sc(SYS_io_uring_register, 99, op, 0, 0, 0, 0);
	sc(SYS_io_uring_register, fd, 2, (long)BAD, 2, 0, 0);
	close(efd);
	close(fd);
	close(fd2);
	close(fd3);
}

struct waitv { unsigned long long val, uaddr; unsigned flags, resv; };

static void waitv(void)
{
	static unsigned int w1 = 5, w2 = 6;
	struct waitv wv[2] = { { 1, (unsigned long)&w1, 2 | 128, 0 }, { 7, (unsigned long)&w2, 2, 0 } };
	struct timespec ts = { 0, 0 };
	sc(SYS_futex_waitv, (long)wv, 2, 0, (long)&ts, CLOCK_MONOTONIC, 0);
	sc(SYS_futex_waitv, (long)wv, 1, 0, 0, CLOCK_MONOTONIC, 0);
	sc(SYS_futex_waitv, (long)wv, 2, 1, (long)&ts, CLOCK_REALTIME, 0);
	sc(SYS_futex_waitv, (long)wv, 2, 0, (long)&ts, 5, 0);
	sc(SYS_futex_waitv, (long)BAD, 2, 0, (long)&ts, CLOCK_MONOTONIC, 0);
	sc(SYS_futex_waitv, 0, 0, 0, 0, 0, 0);
	wv[1].flags = 0x3;
	sc(SYS_futex_waitv, (long)wv, 2, 0, (long)&ts, CLOCK_MONOTONIC, 0);
	sc(SYS_futex_waitv, (long)wv, 2, 0, (long)BAD, CLOCK_MONOTONIC, 0);
	wv[0].flags = 0; wv[0].resv = 7;
	sc(SYS_futex_waitv, (long)wv, 1, 0, (long)&ts, 99, 0);
	sc(SYS_futex_waitv, (long)wv, 1, 0, (long)&ts, -1, 0);
}

struct ll_rs { unsigned long long fs, net, scope; };
struct ll_pb { unsigned long long allowed; int parent; } __attribute__((packed));
struct ll_np { unsigned long long allowed, port; };

static void landlock(void)
{
	struct ll_rs rs = { 0x7 | (1ULL << 13), 0, 0 };
	long abi = sc(SYS_landlock_create_ruleset, 0, 0, 1 /*VERSION*/, 0, 0, 0);
	long fd = sc(SYS_landlock_create_ruleset, (long)&rs, 8, 0, 0, 0, 0);
	long t;
	rs.fs = 0xffff;
	t = sc(SYS_landlock_create_ruleset, (long)&rs, 8, 0, 0, 0, 0);
	if (t >= 0) close(t);
	rs.fs = 1;
	t = sc(SYS_landlock_create_ruleset, (long)&rs, 16, 0, 0, 0, 0);
	if (t >= 0) close(t);
	rs.net = 1;
	sc(SYS_landlock_create_ruleset, (long)&rs, 16, 0, 0, 0, 0);
	rs.net = 0;
	sc(SYS_landlock_create_ruleset, (long)&rs, 4, 0, 0, 0, 0);
	sc(SYS_landlock_create_ruleset, (long)BAD, 8, 0, 0, 0, 0);
	sc(SYS_landlock_create_ruleset, 0, 0, 2, 0, 0, 0);
	sc(SYS_landlock_create_ruleset, (long)&rs, 8, 8, 0, 0, 0);
	int dfd = open("/tmp/mt", O_RDONLY | O_DIRECTORY | O_PATH);
	struct ll_pb pb = { 0x7, dfd };
	sc(SYS_landlock_add_rule, fd, 1 /*PATH_BENEATH*/, (long)&pb, 0, 0, 0);
	pb.allowed = 0x10000;
	sc(SYS_landlock_add_rule, fd, 1, (long)&pb, 0, 0, 0);
	pb.allowed = 0x1; pb.parent = -1;
	sc(SYS_landlock_add_rule, fd, 1, (long)&pb, 0, 0, 0);
	sc(SYS_landlock_add_rule, fd, 1, (long)BAD, 0, 0, 0);
	sc(SYS_landlock_add_rule, fd, 1, (long)&pb, 1, 0, 0);
	struct ll_np np = { 1, 80 };
	sc(SYS_landlock_add_rule, fd, 2 /*NET_PORT*/, (long)&np, 0, 0, 0);
	sc(SYS_landlock_add_rule, fd, 9, (long)&np, 0, 0, 0);
	sc(SYS_landlock_add_rule, 99, 1, (long)&pb, 0, 0, 0);
	sc(SYS_landlock_restrict_self, 99, 0, 0, 0, 0, 0);
	sc(SYS_landlock_restrict_self, fd, 8, 0, 0, 0, 0);
	sc(SYS_landlock_restrict_self, -1, 0, 0, 0, 0, 0);
	close(dfd);
	close(fd);
}

struct udesc {
	unsigned int entry_number, base_addr, limit;
	unsigned int seg_32bit:1, contents:2, read_exec_only:1, limit_in_pages:1, seg_not_present:1, useable:1, lm:1;
};

static void ldt(void)
{
	struct udesc d;
	char buf[64];
	memset(buf, 0, sizeof buf);
	sc(SYS_modify_ldt, 0, (long)buf, sizeof buf, 0, 0, 0);
	memset(&d, 0, sizeof d);
	d.entry_number = 1; d.base_addr = 0x1000; d.limit = 0xfff; d.seg_32bit = 1; d.contents = 0;
	d.limit_in_pages = 1; d.useable = 1;
	sc(SYS_modify_ldt, 1, (long)&d, sizeof d, 0, 0, 0);
	sc(SYS_modify_ldt, 0, (long)buf, 16, 0, 0, 0);
	sc(SYS_modify_ldt, 2, 0, 0, 0, 0, 0);
	d.contents = 2; d.read_exec_only = 1; d.seg_not_present = 1; d.entry_number = 2;
	sc(SYS_modify_ldt, 0x11, (long)&d, sizeof d, 0, 0, 0);
	sc(SYS_modify_ldt, 1, (long)&d, 4, 0, 0, 0);
	sc(SYS_modify_ldt, 1, (long)BAD, sizeof d, 0, 0, 0);
	sc(SYS_modify_ldt, 7, (long)&d, sizeof d, 0, 0, 0);
	memset(&d, 0, sizeof d);
	d.entry_number = 1; d.lm = 1; d.seg_not_present = 1; d.read_exec_only = 1;
	sc(SYS_modify_ldt, 1, (long)&d, sizeof d, 0, 0, 0);

	memset(&d, 0, sizeof d);
	d.entry_number = -1; d.base_addr = 0x2000; d.limit = 0x10; d.seg_32bit = 1; d.useable = 1;
	sc(SYS_set_thread_area, (long)&d, 0, 0, 0, 0, 0);
	sc(SYS_get_thread_area, (long)&d, 0, 0, 0, 0, 0);
	d.entry_number = 3;
	sc(SYS_set_thread_area, (long)&d, 0, 0, 0, 0, 0);
	sc(SYS_get_thread_area, (long)&d, 0, 0, 0, 0, 0);
	sc(SYS_set_thread_area, (long)BAD, 0, 0, 0, 0, 0);
	sc(SYS_get_thread_area, 0, 0, 0, 0, 0, 0);
}

static void newer(void)
{
	char *m = mmap(NULL, 4096 * 2, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	sc(462 /*mseal*/, (long)m, 4096, 0, 0, 0, 0);
	sc(462, (long)m + 1, 4096, 0, 0, 0, 0);
	sc(462, (long)m, 4096, 1, 0, 0, 0);
	int fd = open("/tmp/mt/vm_cache", O_RDWR | O_CREAT | O_TRUNC, 0600);
	write(fd, "abcdef", 6);
	struct { unsigned long long off, len; } r = { 0, 4096 };
	unsigned long long cs[5] = { 0 };
	sc(451 /*cachestat*/, fd, (long)&r, (long)cs, 0, 0, 0);
	sc(451, fd, (long)&r, (long)cs, 1, 0, 0);
	sc(451, 99, (long)&r, (long)cs, 0, 0, 0);
	sc(451, fd, (long)BAD, (long)cs, 0, 0, 0);
	close(fd);
	sc(452 /*fchmodat2*/, -100, (long)"/tmp/mt/vm_cache", 0644, 0, 0, 0);
	sc(452, -100, (long)"/tmp/mt/vm_cache", 0600, 0x100 /*AT_SYMLINK_NOFOLLOW*/, 0, 0);
	sc(452, -100, (long)"/tmp/mt/vm_none", 0600, 0, 0, 0);
	sc(452, -100, (long)"/tmp/mt/vm_cache", 0600, 0x1, 0, 0);
	unlink("/tmp/mt/vm_cache");
}

static void restricted_child(void)
{
	pid_t pid = fork();
	if (pid == 0) {
		struct ll_rs rs = { 0x1, 0, 0 };
		long fd = sc(SYS_landlock_create_ruleset, (long)&rs, 8, 0, 0, 0, 0);
		prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
		sc(SYS_landlock_restrict_self, fd, 0, 0, 0, 0, 0);
		_exit(0);
	}
	int st;
	waitpid(pid, &st, 0);
}

int main(void)
{
	mkdir("/tmp/mt", 0777);
	mempolicy();
	sigfd_evfd();
	ufd_pkey_secret();
	vmsplice_remap();
	fan();
	handles();
	uring();
	waitv();
	landlock();
	ldt();
	newer();
	restricted_child();
	return 0;
}
