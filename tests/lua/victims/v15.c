/* v15: native AIO, timer_getoverrun, perf_event_open, bpf, the new mount API,
 * pivot_root, iopl/ioperm, ustat, sysfs, quotactl(_fd), futex2 calls.
 * Only calls that fail, or that touch the victim alone: the mount calls that
 * succeed run in a private mount namespace on a tmpfs of its own. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <signal.h>
#include <time.h>
#include <sched.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <sys/eventfd.h>
#include <linux/aio_abi.h>
#include <linux/perf_event.h>
#include <linux/bpf.h>
#include <linux/quota.h>
#include <poll.h>
#include <linux/mount.h>
#include <sys/quota.h>


#define BAD ((void *)0xbadc0de0UL)

static void aio_part(void)
{
	aio_context_t ctx = 0, ctx2 = 0;
	char wbuf[] = "hello aio world\n", rbuf[32], rbuf2[8];
	struct iovec iov[2] = { { wbuf, 6 }, { wbuf + 6, 4 } };
	struct iovec riov[2] = { { rbuf, 4 }, { rbuf2, 8 } };
	struct iocb cb[8];
	struct iocb *cbs[8];
	struct io_event evs[8];
	struct timespec ts = { 0, 0 }, ts5 = { 5, 0 };
	int fd, efd, i;

	fd = open("/tmp/mt/kern_aio", O_RDWR | O_CREAT | O_TRUNC, 0600);
	efd = eventfd(0, 0);
	syscall(SYS_io_setup, 0, &ctx2);
	syscall(SYS_io_setup, 4, NULL);
	syscall(SYS_io_setup, 16, &ctx);
	memset(cb, 0, sizeof(cb));
	for (i = 0; i < 8; i++) cbs[i] = &cb[i];
	cb[0].aio_data = 0x1234;
	cb[0].aio_lio_opcode = IOCB_CMD_PWRITE;
	cb[0].aio_fildes = fd;
	cb[0].aio_buf = (uintptr_t)wbuf;
	cb[0].aio_nbytes = strlen(wbuf);
	cb[0].aio_offset = 0;
	cb[1].aio_lio_opcode = IOCB_CMD_PREAD;
	cb[1].aio_fildes = fd;
	cb[1].aio_buf = (uintptr_t)rbuf;
	cb[1].aio_nbytes = 5;
	cb[1].aio_offset = 6;
	cb[1].aio_reqprio = 0;
	cb[1].aio_flags = IOCB_FLAG_RESFD;
	cb[1].aio_resfd = efd;
	cb[2].aio_lio_opcode = IOCB_CMD_PWRITEV;
	cb[2].aio_fildes = fd;
	cb[2].aio_buf = (uintptr_t)iov;
	cb[2].aio_nbytes = 2;
	cb[2].aio_offset = 16;
	cb[2].aio_rw_flags = RWF_DSYNC;
	cb[3].aio_lio_opcode = IOCB_CMD_PREADV;
	cb[3].aio_fildes = fd;
	cb[3].aio_buf = (uintptr_t)riov;
	cb[3].aio_nbytes = 2;
	cb[3].aio_offset = 0;
	cb[3].aio_data = 7;
	cb[4].aio_lio_opcode = IOCB_CMD_FSYNC;
	cb[4].aio_fildes = fd;
	cb[5].aio_lio_opcode = IOCB_CMD_FDSYNC;
	cb[5].aio_fildes = fd;
	syscall(SYS_io_submit, ctx, 4, cbs);
	memset(evs, 0, sizeof(evs));
	syscall(SYS_io_getevents, ctx, 4, 8, evs, &ts5);
	syscall(SYS_io_getevents, ctx, 0, 8, evs, &ts);
	/* the syncs complete in a worker: one at a time, so the order is fixed */
	syscall(SYS_io_submit, ctx, 1, &cbs[4]);
	syscall(SYS_io_getevents, ctx, 1, 1, evs, &ts5);
	syscall(SYS_io_submit, ctx, 1, &cbs[5]);
	syscall(SYS_io_getevents, ctx, 1, 8, evs, &ts5);
	/* poll on the eventfd (readable: the counter is non-zero) */
	memset(&cb[6], 0, sizeof(cb[6]));
	cb[6].aio_lio_opcode = IOCB_CMD_POLL;
	cb[6].aio_fildes = efd;
	cb[6].aio_buf = POLLIN;
	cb[6].aio_data = 0xfeed;
	syscall(SYS_io_submit, ctx, 1, &cbs[6]);
	syscall(SYS_io_getevents, ctx, 1, 1, evs, NULL);
	/* failures */
	memset(&cb[7], 0, sizeof(cb[7]));
	cb[7].aio_lio_opcode = IOCB_CMD_NOOP;
	cb[7].aio_fildes = fd;
	syscall(SYS_io_submit, ctx, 1, &cbs[7]);
	cb[7].aio_lio_opcode = 42;
	cb[7].aio_reqprio = 3;
	cb[7].aio_buf = 0xdead;
	cb[7].aio_nbytes = 7;
	cb[7].aio_offset = -1;
	cb[7].aio_reserved2 = 5;
	cb[7].aio_flags = 6;
	cb[7].aio_resfd = 9;
	syscall(SYS_io_submit, ctx, 1, &cbs[7]);
	cb[7].aio_lio_opcode = IOCB_CMD_PWRITE;
	cb[7].aio_fildes = 999;
	cb[7].aio_buf = (uintptr_t)BAD;
	cb[7].aio_flags = 0;
	cb[7].aio_offset = 0;
	cb[7].aio_reserved2 = 0;
	syscall(SYS_io_submit, ctx, 1, &cbs[7]);
	syscall(SYS_io_submit, ctx, 0, cbs);
	syscall(SYS_io_submit, ctx, -1L, cbs);
	cb[7].aio_lio_opcode = IOCB_CMD_FSYNC;
	cb[7].aio_fildes = 999;
	cb[7].aio_reserved2 = 0x55;
	cb[7].aio_flags = IOCB_FLAG_RESFD | IOCB_FLAG_IOPRIO | 0x10;
	cb[7].aio_reqprio = (2 << 13) | 4;
	cb[7].aio_key = 3;
	cb[7].aio_rw_flags = 0x100;
	syscall(SYS_io_submit, ctx, 1, &cbs[7]);
	cb[7].aio_lio_opcode = IOCB_CMD_NOOP;
	syscall(SYS_io_submit, ctx, 1, &cbs[7]);
	cb[7].aio_lio_opcode = IOCB_CMD_POLL;
	cb[7].aio_buf = 0x123456;
	cb[7].aio_flags = 0;
	cb[7].aio_reserved2 = 0;
	cb[7].aio_rw_flags = 0;
	cb[7].aio_key = 0;
	cb[7].aio_reqprio = -2;
	syscall(SYS_io_submit, ctx, 1, &cbs[7]);
	cb[7].aio_lio_opcode = IOCB_CMD_PWRITEV;
	cb[7].aio_buf = (uintptr_t)BAD;
	cb[7].aio_reqprio = 0;
	syscall(SYS_io_submit, ctx, 1, &cbs[7]);
	cb[7].aio_lio_opcode = IOCB_CMD_PWRITE;
	cb[7].aio_buf = (uintptr_t)wbuf;
	cb[7].aio_nbytes = 0;
	syscall(SYS_io_submit, ctx, 1, &cbs[7]);
	cb[7].aio_reserved2 = 0x55;
	cb[7].aio_flags = IOCB_FLAG_IOPRIO | 0x10;
	cb[7].aio_reqprio = (1 << 13) | 2;
	syscall(SYS_io_submit, ctx, 1, &cbs[7]);
	cb[7].aio_flags = IOCB_FLAG_RESFD;
	cb[7].aio_resfd = -1;
	cb[7].aio_nbytes = 3;
	cb[7].aio_lio_opcode = IOCB_CMD_PREAD;
	syscall(SYS_io_submit, ctx, 1, &cbs[7]);
	syscall(SYS_io_submit, ctx, 2, BAD);
	cbs[7] = BAD;
	syscall(SYS_io_submit, ctx, 2, &cbs[6]);
	syscall(SYS_io_submit, 0, 1, cbs);
	syscall(SYS_io_cancel, ctx, &cb[0], &evs[0]);
	syscall(SYS_io_cancel, ctx, BAD, &evs[0]);
	syscall(SYS_io_getevents, ctx, 2, 1, evs, &ts);
	syscall(SYS_io_getevents, ctx, 0, 1, BAD, &ts);
	syscall(SYS_io_getevents, ctx, 0, 1, evs, BAD);
	syscall(SYS_io_getevents, 0, 0, 1, evs, NULL);
	{
		sigset_t ss;
		struct { const void *sigmask; size_t sz; } us;
		sigemptyset(&ss);
		sigaddset(&ss, SIGUSR1);
		us.sigmask = &ss;
		us.sz = 8;
		syscall(SYS_io_pgetevents, ctx, 0, 2, evs, &ts, &us);
		syscall(SYS_io_pgetevents, ctx, 0, 2, evs, &ts, NULL);
		us.sigmask = NULL;
		syscall(SYS_io_pgetevents, ctx, 0, 2, evs, NULL, &us);
		syscall(SYS_io_pgetevents, ctx, 0, 2, evs, NULL, BAD);
		us.sz = 4;
		us.sigmask = &ss;
		syscall(SYS_io_pgetevents, ctx, 0, 2, evs, &ts, &us);
	}
	syscall(SYS_io_destroy, ctx);
	syscall(SYS_io_destroy, 0);
	close(efd);
	close(fd);
	unlink("/tmp/mt/kern_aio");
}

static void timer_part(void)
{
	timer_t t;
	struct sigevent sev;
	memset(&sev, 0, sizeof(sev));
	sev.sigev_notify = SIGEV_NONE;
	if (syscall(SYS_timer_create, CLOCK_MONOTONIC, &sev, &t) == 0) {
		syscall(SYS_timer_getoverrun, t);
		syscall(SYS_timer_delete, t);
	}
	syscall(SYS_timer_getoverrun, 12345);
	syscall(SYS_timer_getoverrun, -1);
}

static void quota_part(const char *path)
{
	struct if_dqblk dq;
	struct if_dqinfo di;
	uint32_t fmt = 0;
	int fd = open(path, O_RDONLY | O_DIRECTORY);
	memset(&dq, 0, sizeof(dq));
	memset(&di, 0, sizeof(di));
	syscall(SYS_quotactl, QCMD(Q_GETQUOTA, USRQUOTA), "/dev/kern_nonexistent", 0, &dq);
	syscall(SYS_quotactl, QCMD(Q_GETINFO, GRPQUOTA), NULL, 0, &di);
	syscall(SYS_quotactl, QCMD(Q_SYNC, PRJQUOTA), "/dev/kern_nonexistent", 0, NULL);
	syscall(SYS_quotactl, QCMD(Q_QUOTAON, USRQUOTA), "/dev/kern_nonexistent", QFMT_VFS_V1, "/kern_q");
	syscall(SYS_quotactl, QCMD(0x123456, 5), "/dev/kern_nonexistent", 7, BAD);
	syscall(SYS_quotactl, QCMD(Q_SETQUOTA, USRQUOTA), BAD, 1000, &dq);
	syscall(SYS_quotactl_fd, -1, QCMD(Q_GETFMT, USRQUOTA), 0, &fmt);
	if (fd < 0)
		return;
	syscall(SYS_quotactl_fd, fd, QCMD(Q_GETFMT, USRQUOTA), 0, &fmt);
	syscall(SYS_quotactl_fd, fd, QCMD(Q_GETINFO, USRQUOTA), 0, &di);
	syscall(SYS_quotactl_fd, fd, QCMD(Q_GETQUOTA, USRQUOTA), 0, &dq);
	syscall(SYS_quotactl_fd, fd, QCMD(Q_GETNEXTQUOTA, USRQUOTA), 0, &dq);
	dq.dqb_bhardlimit = 100;
	dq.dqb_bsoftlimit = 50;
	dq.dqb_ihardlimit = 10;
	dq.dqb_valid = QIF_BLIMITS | QIF_ILIMITS;
	syscall(SYS_quotactl_fd, fd, QCMD(Q_SETQUOTA, USRQUOTA), 4242, &dq);
	syscall(SYS_quotactl_fd, fd, QCMD(Q_GETQUOTA, USRQUOTA), 4242, &dq);
	di.dqi_bgrace = 3600;
	di.dqi_igrace = 7200;
	di.dqi_valid = IIF_BGRACE | IIF_IGRACE;
	syscall(SYS_quotactl_fd, fd, QCMD(Q_SETINFO, USRQUOTA), 0, &di);
	syscall(SYS_quotactl_fd, fd, QCMD(Q_GETINFO, USRQUOTA), 0, &di);
	syscall(SYS_quotactl_fd, fd, QCMD(Q_GETQUOTA, GRPQUOTA), 0, BAD);
	syscall(SYS_quotactl_fd, fd, QCMD(Q_QUOTAOFF, PRJQUOTA), 0, NULL);
	close(fd);
}

static void misc_part(void)
{
	char name[64];
	struct { int32_t f_tfree; uint64_t f_tinode; char f_fname[6], f_fpack[6]; } u;
	long idx;
	syscall(SYS_iopl, 4);
	syscall(SYS_iopl, 0);
	syscall(SYS_ioperm, 0x80, 1, 0);
	syscall(SYS_ioperm, 0x10000, 8, 1);
	syscall(SYS_ustat, 0x7fff, &u);
	syscall(SYS_ustat, 0x7fff, NULL);
	syscall(SYS_ustat, 0x12345678, &u);
	idx = syscall(SYS_sysfs, 1, "tmpfs");
	syscall(SYS_sysfs, 1, "kern_nofs");
	syscall(SYS_sysfs, 1, BAD);
	memset(name, 0, sizeof(name));
	if (idx >= 0)
		syscall(SYS_sysfs, 2, idx, name);
	syscall(SYS_sysfs, 2, 100000, name);
	syscall(SYS_sysfs, 2, idx, BAD);
	syscall(SYS_sysfs, 4, 1, 2);
}

static void futex2_part(void)
{
	static uint32_t fx[2] = { 1, 2 };
	struct futex_waitv { uint64_t val, uaddr; uint32_t flags, __reserved; } w[2];
	struct timespec ts = { 0, 1000 };
	syscall(454, fx, 0xffffffffUL, 1, 2 | 128);
	syscall(454, fx, 1, 0, 0x100);
	syscall(455, fx, 5, 0xffffffffUL, 2 | 128, &ts, CLOCK_MONOTONIC);
	syscall(455, fx, 7, 0xffffffffUL, 2, NULL, CLOCK_REALTIME);
	syscall(455, fx, 1, 0xffffffffUL, 2 | 128, &ts, CLOCK_MONOTONIC);
	memset(w, 0, sizeof(w));
	w[0].val = 1; w[0].uaddr = (uintptr_t)&fx[0]; w[0].flags = 2 | 128;
	w[1].val = 2; w[1].uaddr = (uintptr_t)&fx[1]; w[1].flags = 2 | 128;
	syscall(456, w, 0, 1, 0);
	syscall(456, w, 0, 1, 1);
	syscall(456, BAD, 0, 1, 1);
}

static void perf_part(void)
{
	struct perf_event_attr a;
	long fd;
	memset(&a, 0, sizeof(a));
	a.type = PERF_TYPE_SOFTWARE;
	a.size = sizeof(a);
	a.config = PERF_COUNT_SW_TASK_CLOCK;
	a.disabled = 1;
	a.exclude_kernel = 1;
	a.exclude_hv = 1;
	fd = syscall(SYS_perf_event_open, &a, 0, -1, -1, PERF_FLAG_FD_CLOEXEC);
	if (fd >= 0) close(fd);
	syscall(SYS_perf_event_open, NULL, 0, -1, -1, 0);
	syscall(SYS_perf_event_open, BAD, 0, -1, -1, 0);
	syscall(SYS_perf_event_open, &a, 0, -1, -1, 0x100);
	a.size = 64;
	a.sample_period = 1000;
	a.sample_type = PERF_SAMPLE_IP | PERF_SAMPLE_TID;
	a.read_format = PERF_FORMAT_ID;
	a.freq = 0;
	a.precise_ip = 0;
	a.wakeup_events = 1;
	a.inherit = 1;
	a.enable_on_exec = 1;
	fd = syscall(SYS_perf_event_open, &a, 0, -1, -1, PERF_FLAG_FD_NO_GROUP | PERF_FLAG_FD_OUTPUT);
	if (fd >= 0) close(fd);
	a.type = 0x77;
	a.size = 0;
	syscall(SYS_perf_event_open, &a, -1, -1, 999, PERF_FLAG_PID_CGROUP);
	a.type = PERF_TYPE_HARDWARE;
	a.config = PERF_COUNT_HW_INSTRUCTIONS;
	a.size = 8;
	fd = syscall(SYS_perf_event_open, &a, 0, 0, -1, 0);
	if (fd >= 0) close(fd);
	a.size = 24;
	syscall(SYS_perf_event_open, &a, 0, 0, -1, 0);
	a.size = 72;
	a.freq = 1;
	a.precise_ip = 2;
	a.mmap = 1; a.comm = 1; a.sample_id_all = 1; a.exclude_guest = 1; a.mmap2 = 1; a.sigtrap = 1; a.remove_on_exec = 1;
	a.exclude_idle = 1;
	a.sample_type = 0xfffffff;
	a.read_format = 0xff;
	a.bp_type = 3;
	a.config1 = 0x11;
	a.config2 = 0x22;
	a.branch_sample_type = 0x3;
	a.sample_regs_user = 0xff;
	a.sample_stack_user = 512;
	a.clockid = CLOCK_MONOTONIC;
	a.use_clockid = 1;
	a.aux_watermark = 7;
	a.sample_max_stack = 9;
	syscall(SYS_perf_event_open, &a, 0, 0, -1, 0);
	a.type = PERF_TYPE_BREAKPOINT;
	a.config = 0;
	a.size = sizeof(a);
	syscall(SYS_perf_event_open, &a, 0, 0, -1, 0);
	a.type = PERF_TYPE_HW_CACHE;
	a.config = PERF_COUNT_HW_CACHE_L1D | (PERF_COUNT_HW_CACHE_OP_READ << 8) | (PERF_COUNT_HW_CACHE_RESULT_MISS << 16);
	syscall(SYS_perf_event_open, &a, 0, 0, -1, 0);
	a.type = PERF_TYPE_RAW;
	a.config = 0x1234;
	syscall(SYS_perf_event_open, &a, 0, 0, -1, 0);
	a.type = PERF_TYPE_TRACEPOINT;
	a.config = 12;
	a.size = sizeof(a) + 8;
	fd = syscall(SYS_perf_event_open, &a, 0, 0, -1, 0);
	if (fd >= 0) close(fd);
}

static void bpf_part(void)
{
	union bpf_attr at;
	long mfd, pfd;
	uint32_t key = 1;
	uint64_t val = 0x42, out = 0;
	struct bpf_insn insns[2] = {
		{ .code = BPF_ALU64 | BPF_MOV | BPF_K, .dst_reg = 0, .imm = 0 },
		{ .code = BPF_JMP | BPF_EXIT },
	};
	char log[256];
	struct bpf_map_info info;

	memset(&at, 0, sizeof(at));
	at.map_type = BPF_MAP_TYPE_ARRAY;
	at.key_size = 4;
	at.value_size = 8;
	at.max_entries = 4;
	strcpy(at.map_name, "kern_map");
	mfd = syscall(SYS_bpf, BPF_MAP_CREATE, &at, sizeof(at));
	memset(&at, 0, sizeof(at));
	at.map_fd = mfd;
	at.key = (uintptr_t)&key;
	at.value = (uintptr_t)&val;
	at.flags = BPF_ANY;
	syscall(SYS_bpf, BPF_MAP_UPDATE_ELEM, &at, sizeof(at));
	at.value = (uintptr_t)&out;
	at.flags = 0;
	syscall(SYS_bpf, BPF_MAP_LOOKUP_ELEM, &at, sizeof(at));
	syscall(SYS_bpf, BPF_MAP_DELETE_ELEM, &at, sizeof(at));
	at.next_key = (uintptr_t)&out;
	syscall(SYS_bpf, BPF_MAP_GET_NEXT_KEY, &at, sizeof(at));
	memset(&at, 0, sizeof(at));
	memset(&info, 0, sizeof(info));
	at.info.bpf_fd = mfd;
	at.info.info_len = sizeof(info);
	at.info.info = (uintptr_t)&info;
	/* only the type: the map id changes from run to run */
	at.info.info_len = 4;
	syscall(SYS_bpf, BPF_OBJ_GET_INFO_BY_FD, &at, sizeof(at));
	memset(&at, 0, sizeof(at));
	at.prog_type = BPF_PROG_TYPE_SOCKET_FILTER;
	at.insn_cnt = 2;
	at.insns = (uintptr_t)insns;
	at.license = (uintptr_t)"GPL";
	at.log_level = 1;
	at.log_size = sizeof(log);
	at.log_buf = (uintptr_t)log;
	strcpy(at.prog_name, "kern_prog");
	pfd = syscall(SYS_bpf, BPF_PROG_LOAD, &at, sizeof(at));
	memset(&at, 0, sizeof(at));
	at.target_fd = -1;
	at.attach_bpf_fd = pfd;
	at.attach_type = BPF_CGROUP_INET_INGRESS;
	at.attach_flags = BPF_F_ALLOW_MULTI;
	syscall(SYS_bpf, BPF_PROG_ATTACH, &at, sizeof(at));
	syscall(SYS_bpf, BPF_PROG_DETACH, &at, sizeof(at));
	syscall(SYS_bpf, BPF_MAP_CREATE, NULL, 0);
	syscall(SYS_bpf, BPF_MAP_CREATE, BAD, 72);
	syscall(SYS_bpf, 0x99, &at, sizeof(at));
	memset(&at, 0, sizeof(at));
	at.map_type = 0x777;
	syscall(SYS_bpf, BPF_MAP_CREATE, &at, 16);
	memset(&at, 0, sizeof(at));
	at.pathname = (uintptr_t)"/sys/fs/bpf/kern_nonexistent";
	syscall(SYS_bpf, BPF_OBJ_GET, &at, sizeof(at));
	if (pfd >= 0) close(pfd);
	if (mfd >= 0) close(mfd);
}

static void mount_part(void)
{
	long fd, mfd, tfd;
	struct mount_attr ma;
	char path[] = "/tmp/mt/kern_mnt";

	/* failures outside any namespace: bad flags and bad pointers */
	syscall(SYS_fsopen, "kern_nofs", 0);
	syscall(SYS_fsopen, BAD, FSOPEN_CLOEXEC);
	syscall(SYS_fsopen, "tmpfs", 0x10);
	syscall(SYS_fsmount, -1, FSMOUNT_CLOEXEC, MOUNT_ATTR_RDONLY | MOUNT_ATTR_NOATIME);
	syscall(SYS_fsmount, -1, 0x8, 0x80000000);
	syscall(SYS_fsmount, -1, 0, 0);
	syscall(SYS_fsmount, -1, 0, MOUNT_ATTR_IDMAP | MOUNT_ATTR_NOSYMFOLLOW | MOUNT_ATTR_STRICTATIME | 0x40);
	syscall(SYS_open_tree, AT_FDCWD, "/kern_nonexistent", OPEN_TREE_CLOEXEC | OPEN_TREE_CLONE | AT_RECURSIVE);
	syscall(SYS_open_tree, -1, "", 0x4000000);
	syscall(SYS_move_mount, -1, "", AT_FDCWD, "/kern_nonexistent", 0x80000000);
	syscall(SYS_move_mount, -1, "", -1, "", MOVE_MOUNT_F_EMPTY_PATH | MOVE_MOUNT_T_EMPTY_PATH);
	syscall(SYS_fspick, AT_FDCWD, "/kern_nonexistent", FSPICK_CLOEXEC | FSPICK_NO_AUTOMOUNT);
	syscall(SYS_fspick, -1, "", 0x100);
	memset(&ma, 0, sizeof(ma));
	syscall(SYS_mount_setattr, -1, "", 0x1, &ma, sizeof(ma));
	syscall(SYS_mount_setattr, AT_FDCWD, "/kern_nonexistent", AT_RECURSIVE, &ma, 16);
	syscall(SYS_mount_setattr, AT_FDCWD, "/kern_nonexistent", 0, BAD, sizeof(ma));
	syscall(SYS_fsconfig, -1, FSCONFIG_SET_FLAG, "ro", NULL, 0);
	syscall(SYS_fsconfig, -1, FSCONFIG_SET_STRING, "source", "kern", 0);
	syscall(SYS_fsconfig, -1, FSCONFIG_SET_BINARY, "key", "\1\2bin", 5);
	syscall(SYS_fsconfig, -1, FSCONFIG_SET_PATH, "path", "/kern", AT_FDCWD);
	syscall(SYS_fsconfig, -1, FSCONFIG_SET_PATH_EMPTY, "path", "", 5);
	syscall(SYS_fsconfig, -1, FSCONFIG_SET_FD, "fd", NULL, 0);
	syscall(SYS_fsconfig, -1, FSCONFIG_CMD_CREATE, NULL, NULL, 0);
	syscall(SYS_fsconfig, -1, FSCONFIG_CMD_RECONFIGURE, NULL, NULL, 0);
	syscall(SYS_fsconfig, -1, 77, "k", "v", 3);
	syscall(SYS_fsconfig, -1, FSCONFIG_CMD_CREATE, "k", "v", 1);
	syscall(SYS_fsconfig, -1, FSCONFIG_SET_FLAG, "k", "v", 1);
	syscall(SYS_fsconfig, -1, FSCONFIG_SET_FD, "k", "v", 5);
	syscall(SYS_fsconfig, -1, FSCONFIG_SET_BINARY, "k", BAD, 5);
	syscall(SYS_fsconfig, -1, FSCONFIG_SET_STRING, BAD, "0123456789abcdef0123456789abcdef0123456789", -1);
	syscall(SYS_fsconfig, -1, 8, NULL, NULL, 0);
	syscall(SYS_fsopen, "", 0);
	syscall(SYS_open_tree, AT_FDCWD, "/kern_nonexistent", 0);
	syscall(SYS_open_tree, AT_FDCWD, "/kern_nonexistent", AT_EMPTY_PATH | AT_NO_AUTOMOUNT | AT_SYMLINK_NOFOLLOW);
	syscall(SYS_move_mount, AT_FDCWD, "/kern_nonexistent", AT_FDCWD, "/kern_nonexistent", 0);
	syscall(SYS_fspick, AT_FDCWD, "/kern_nonexistent", 0);
	syscall(SYS_fspick, AT_FDCWD, "/kern_nonexistent", FSPICK_EMPTY_PATH | FSPICK_SYMLINK_NOFOLLOW);

	mkdir(path, 0700);
	if (syscall(SYS_unshare, CLONE_NEWNS) != 0)
		return;
	if (syscall(SYS_mount, NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0)
		return;
	fd = syscall(SYS_fsopen, "tmpfs", FSOPEN_CLOEXEC);
	if (fd < 0)
		return;
	syscall(SYS_fsconfig, fd, FSCONFIG_SET_STRING, "size", "1m", 0);
	syscall(SYS_fsconfig, fd, FSCONFIG_SET_FLAG, "usrquota", NULL, 0);
	syscall(SYS_fsconfig, fd, FSCONFIG_SET_STRING, "kern_nokey", "x", 0);
	syscall(SYS_fsconfig, fd, FSCONFIG_CMD_CREATE, NULL, NULL, 0);
	mfd = syscall(SYS_fsmount, fd, FSMOUNT_CLOEXEC, MOUNT_ATTR_NODEV | MOUNT_ATTR_NOSUID);
	close(fd);
	if (mfd < 0)
		return;
	syscall(SYS_move_mount, mfd, "", AT_FDCWD, path, MOVE_MOUNT_F_EMPTY_PATH);
	close(mfd);
	tfd = syscall(SYS_open_tree, AT_FDCWD, path, OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC);
	if (tfd >= 0) close(tfd);
	memset(&ma, 0, sizeof(ma));
	ma.attr_set = MOUNT_ATTR_NOEXEC | MOUNT_ATTR_NODIRATIME;
	ma.attr_clr = MOUNT_ATTR__ATIME;
	ma.propagation = MS_PRIVATE;
	syscall(SYS_mount_setattr, AT_FDCWD, path, AT_RECURSIVE, &ma, sizeof(ma));
	ma.attr_set = MOUNT_ATTR_IDMAP;
	ma.attr_clr = 0;
	ma.propagation = 0;
	ma.userns_fd = 12345;
	syscall(SYS_mount_setattr, AT_FDCWD, path, 0, &ma, sizeof(ma));
	fd = syscall(SYS_fspick, AT_FDCWD, path, FSPICK_CLOEXEC);
	if (fd >= 0) {
		syscall(SYS_fsconfig, fd, FSCONFIG_SET_STRING, "kern_nokey", "x", 0);
		close(fd);
	}
	/* pivot_root fails: the new root is not a mount point of its own */
	syscall(SYS_pivot_root, "/kern_nonexistent", "/kern_nonexistent/old");
	syscall(SYS_pivot_root, BAD, "/tmp");
	quota_part(path);
	umount2(path, MNT_DETACH);
	rmdir(path);
}

int main(void)
{
	mkdir("/tmp/mt", 0777);
	aio_part();
	timer_part();
	perf_part();
	bpf_part();
	misc_part();
	mount_part();
	futex2_part();
	return 0;
}
