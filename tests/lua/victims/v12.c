/* Victim for the sys decoders (lua/moontrace/decode/sys.lua): priorities,
 * ioprio, clocks and adjtimex, sched_*attr, robust lists, kcmp, pidfd_getfd,
 * process_madvise/mrelease, ptrace (failing requests, and a child of its own
 * it attaches to when not run under strace -f), seccomp, host/domain names,
 * syslog, acct, reboot, swap, modules, keys, kexec.
 *
 * SAFETY: nothing here may change the system.  A call that could is made
 * only with arguments the kernel rejects before doing anything (a bad
 * reboot magic, a bad pointer, a name too long, a nonexistent path or pid,
 * invalid flag bits, a foreign kexec architecture), or in a read-only form
 * (adjtimex with modes 0 or ADJ_OFFSET_SS_READ, syslog SIZE_BUFFER,
 * keyctl SET_REQKEY_KEYRING with NO_CHANGE), or on the victim itself with
 * its current values; host and domain names are set only in a UTS
 * namespace of the victim's own.  Never add a call without checking the
 * kernel refuses it first.
 *
 * `./v12 nondet` adds calls whose output changes run to run (time, a
 * successful adjtimex, a key in the victim's thread keyring, syslog reads).
 * Every call goes through syscall(2).  Output is the same every run apart
 * from pids.  Never blocks.
 * Build: cc -O0 -w -o v12 v12.c -lutil -lpthread -lrt
 * Scratch: /tmp/mt (made if missing); the /tmp/mt/sys_* paths are only looked
 * up, never created. */
#define _GNU_SOURCE
#include <unistd.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <sched.h>
#include <time.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/timex.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <sys/ptrace.h>
#include <sys/user.h>
#include <linux/ioprio.h>
#include <linux/kcmp.h>
#include <linux/seccomp.h>
#include <linux/filter.h>
#include <linux/reboot.h>
#include <linux/keyctl.h>
#include <linux/kexec.h>
#include <linux/module.h>

#define BAD ((void *)1)
#define NOPID 0x3ffffff0

struct sched_attr_ {
  uint32_t size, sched_policy; uint64_t sched_flags; int32_t sched_nice;
  uint32_t sched_priority; uint64_t sched_runtime, sched_deadline, sched_period;
  uint32_t sched_util_min, sched_util_max;
};

static void prio(void) {
  long p = syscall(SYS_getpriority, PRIO_PROCESS, 0);
  syscall(SYS_getpriority, PRIO_PGRP, 0);
  syscall(SYS_getpriority, PRIO_USER, 0);
  syscall(SYS_getpriority, 7, 0);
  syscall(SYS_getpriority, PRIO_PROCESS, NOPID);
  syscall(SYS_setpriority, PRIO_PROCESS, 0, 20 - p);
  syscall(SYS_setpriority, PRIO_PROCESS, NOPID, 0);
  syscall(SYS_setpriority, PRIO_PGRP, NOPID, -5);
  syscall(SYS_setpriority, PRIO_USER, NOPID, 19);
  syscall(SYS_setpriority, 9, 0, 0);
  long io = syscall(SYS_ioprio_get, IOPRIO_WHO_PROCESS, 0);
  syscall(SYS_ioprio_get, IOPRIO_WHO_PGRP, 0);
  syscall(SYS_ioprio_get, IOPRIO_WHO_USER, 0);
  syscall(SYS_ioprio_get, 5, 0);
  syscall(SYS_ioprio_get, IOPRIO_WHO_PROCESS, NOPID);
  if (io >= 0) syscall(SYS_ioprio_set, IOPRIO_WHO_PROCESS, 0, io);
  syscall(SYS_ioprio_set, IOPRIO_WHO_PROCESS, NOPID, IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4));
  syscall(SYS_ioprio_set, IOPRIO_WHO_PGRP, NOPID, IOPRIO_PRIO_VALUE(IOPRIO_CLASS_RT, 7));
  syscall(SYS_ioprio_set, IOPRIO_WHO_USER, NOPID, IOPRIO_PRIO_VALUE(IOPRIO_CLASS_IDLE, 0));
  syscall(SYS_ioprio_set, IOPRIO_WHO_PROCESS, NOPID, IOPRIO_PRIO_VALUE(5, 3));
  syscall(SYS_ioprio_set, IOPRIO_WHO_PROCESS, NOPID, IOPRIO_PRIO_VALUE(IOPRIO_CLASS_NONE, 0));
  syscall(SYS_ioprio_set, 6, 0, 0x12345);
}

static void clocks(int nondet) {
  struct timespec ts = { 100, -1 };
  syscall(SYS_clock_settime, CLOCK_REALTIME, &ts);
  ts.tv_nsec = 1000000000;
  syscall(SYS_clock_settime, CLOCK_REALTIME, &ts);
  syscall(SYS_clock_settime, CLOCK_MONOTONIC, &ts);
  syscall(SYS_clock_settime, CLOCK_REALTIME, BAD);
  syscall(SYS_clock_settime, CLOCK_REALTIME, NULL);
  syscall(SYS_clock_settime, 77, &ts);
  struct timex tx;
  memset(&tx, 0, sizeof tx);
  tx.modes = 0x8000;  /* ADJ_ADJTIME without singleshot: EINVAL */
  syscall(SYS_adjtimex, &tx);
  memset(&tx, 0, sizeof tx);
  tx.modes = ADJ_TICK | ADJ_STATUS;
  tx.tick = 1; tx.status = STA_PLL | STA_UNSYNC;
  syscall(SYS_adjtimex, &tx);
  memset(&tx, 0, sizeof tx);
  tx.modes = ADJ_FREQUENCY | ADJ_OFFSET | ADJ_MAXERROR | ADJ_ESTERROR | ADJ_TIMECONST | ADJ_TICK;
  tx.freq = 0x7fffffffffffffffLL; tx.offset = -5; tx.maxerror = 7; tx.esterror = 8; tx.constant = 9;
  tx.tick = 1;
  syscall(SYS_adjtimex, &tx);
  memset(&tx, 0, sizeof tx);
  tx.modes = ADJ_SETOFFSET | ADJ_NANO; tx.time.tv_sec = 1; tx.time.tv_usec = -1;
  syscall(SYS_adjtimex, &tx);
  syscall(SYS_adjtimex, BAD);
  syscall(SYS_adjtimex, NULL);
  memset(&tx, 0, sizeof tx);
  tx.modes = 0x8000;
  syscall(SYS_clock_adjtime, CLOCK_REALTIME, &tx);
  syscall(SYS_clock_adjtime, CLOCK_MONOTONIC, &tx);
  syscall(SYS_clock_adjtime, CLOCK_REALTIME, BAD);
  syscall(SYS_clock_adjtime, 99, &tx);
  syscall(SYS_time, BAD);
  if (nondet) {
    time_t t;
    syscall(SYS_time, NULL);
    syscall(SYS_time, &t);
    memset(&tx, 0, sizeof tx);
    syscall(SYS_adjtimex, &tx);
    memset(&tx, 0, sizeof tx);
    syscall(SYS_clock_adjtime, CLOCK_REALTIME, &tx);
    syscall(SYS_clock_adjtime, CLOCK_TAI, &tx);
    memset(&tx, 0, sizeof tx);
    tx.modes = ADJ_OFFSET_SS_READ;  /* read-only */
    syscall(SYS_adjtimex, &tx);
  }
  struct timespec rr;
  syscall(SYS_sched_rr_get_interval, 0, &rr);
  syscall(SYS_sched_rr_get_interval, NOPID, &rr);
  syscall(SYS_sched_rr_get_interval, 0, BAD);
  syscall(SYS_sched_rr_get_interval, -1, &rr);
}

static void sched(void) {
  struct sched_attr_ a;
  memset(&a, 0, sizeof a);
  syscall(SYS_sched_getattr, 0, &a, sizeof a, 0);
  syscall(SYS_sched_setattr, 0, &a, 0);
  syscall(SYS_sched_getattr, 0, &a, 48, 0);
  syscall(SYS_sched_getattr, 0, &a, 56, 0);
  syscall(SYS_sched_getattr, 0, &a, 20, 0);
  syscall(SYS_sched_getattr, 0, &a, sizeof a, 1);
  syscall(SYS_sched_getattr, NOPID, &a, sizeof a, 0);
  syscall(SYS_sched_getattr, 0, BAD, sizeof a, 0);
  struct sched_attr_ b = { sizeof b, SCHED_FIFO, 0x7f, -3, 5, 1000, 2000, 3000, 1, 2 };
  syscall(SYS_sched_setattr, NOPID, &b, 0);
  b.sched_policy = SCHED_DEADLINE; b.sched_flags = 0x100;
  syscall(SYS_sched_setattr, NOPID, &b, 1);
  b.size = 48; b.sched_policy = 42;
  syscall(SYS_sched_setattr, NOPID, &b, 0);
  b.size = 0;
  syscall(SYS_sched_setattr, NOPID, &b, 0);
  syscall(SYS_sched_setattr, 0, BAD, 0);
}

static void misc(void) {
  void *head; size_t len;
  syscall(SYS_get_robust_list, 0, &head, &len);
  syscall(SYS_get_robust_list, NOPID, &head, &len);
  syscall(SYS_get_robust_list, 0, BAD, &len);
  pid_t me = getpid();
  /* two different files compare by kernel address (1 or 2, varying from run
   * to run): compare fd 0 with a dup of itself instead (0) */
  int d0 = dup(0);
  syscall(SYS_kcmp, me, me, KCMP_FILE, 0, d0);
  close(d0);
  syscall(SYS_kcmp, me, me, KCMP_FILE, 1, 1);
  syscall(SYS_kcmp, me, me, KCMP_VM, 0, 0);
  syscall(SYS_kcmp, me, me, KCMP_FILES, 0, 0);
  syscall(SYS_kcmp, me, me, KCMP_FS, 0, 0);
  syscall(SYS_kcmp, me, me, KCMP_SIGHAND, 0, 0);
  syscall(SYS_kcmp, me, me, KCMP_IO, 0, 0);
  syscall(SYS_kcmp, me, me, KCMP_SYSVSEM, 0, 0);
  syscall(SYS_kcmp, me, NOPID, KCMP_FILE, 0, 0);
  struct kcmp_epoll_slot slot = { 3, 4, 5 };
  syscall(SYS_kcmp, me, me, KCMP_EPOLL_TFD, 0, &slot);
  syscall(SYS_kcmp, me, me, KCMP_EPOLL_TFD, 0, BAD);
  syscall(SYS_kcmp, me, me, 99, 7, 8);
  int pfd = syscall(SYS_pidfd_open, me, 0);
  int nfd = syscall(SYS_pidfd_getfd, pfd, 0, 0);
  if (nfd >= 0) close(nfd);
  syscall(SYS_pidfd_getfd, pfd, 999, 0);
  syscall(SYS_pidfd_getfd, pfd, 0, 5);
  syscall(SYS_pidfd_getfd, -1, 0, 0);
  char *m = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  m[0] = 1;
  struct iovec iov[2] = { { m, 4096 }, { m + 4096, 4096 } };
  syscall(SYS_process_madvise, pfd, iov, 2, MADV_COLD, 0);
  syscall(SYS_process_madvise, pfd, iov, 1, MADV_PAGEOUT, 0);
  syscall(SYS_process_madvise, pfd, iov, 2, MADV_DONTNEED, 0);
  syscall(SYS_process_madvise, pfd, iov, 2, MADV_COLD, 3);
  syscall(SYS_process_madvise, pfd, BAD, 2, MADV_COLD, 0);
  syscall(SYS_process_madvise, -1, iov, 2, 12345, 0);
  syscall(SYS_process_mrelease, pfd, 0);
  syscall(SYS_process_mrelease, pfd, 1);
  syscall(SYS_process_mrelease, -1, 0);
  close(pfd);
}

static void traces(void) {
  long data = 0;
  uint64_t regs[64];
  char *buf = (char *)regs;
  for (int i = 0; i < 64; i++) regs[i] = i * 0x1000 + i;
  siginfo_t si;
  memset(&si, 0, sizeof si);
  si.si_signo = SIGUSR1; si.si_code = SI_USER; si.si_pid = 1; si.si_uid = 2;
  syscall(SYS_ptrace, PTRACE_TRACEME, 0, 0, 0);
  syscall(SYS_ptrace, PTRACE_PEEKTEXT, NOPID, 0x1000, &data);
  syscall(SYS_ptrace, PTRACE_PEEKDATA, NOPID, 0x1000, &data);
  syscall(SYS_ptrace, PTRACE_PEEKUSER, NOPID, 8, &data);
  syscall(SYS_ptrace, PTRACE_POKETEXT, NOPID, 0x1000, 0x1234);
  syscall(SYS_ptrace, PTRACE_POKEDATA, NOPID, 0x1000, 0x1234);
  syscall(SYS_ptrace, PTRACE_POKEUSER, NOPID, 8, 0x1234);
  syscall(SYS_ptrace, PTRACE_CONT, NOPID, 0, SIGUSR1);
  syscall(SYS_ptrace, PTRACE_CONT, NOPID, 0, 0);
  syscall(SYS_ptrace, PTRACE_KILL, NOPID, 0, 0);
  syscall(SYS_ptrace, PTRACE_SINGLESTEP, NOPID, 0, SIGTRAP);
  syscall(SYS_ptrace, PTRACE_GETREGS, NOPID, 0, buf);
  syscall(SYS_ptrace, PTRACE_SETREGS, NOPID, 0, buf);
  syscall(SYS_ptrace, PTRACE_GETFPREGS, NOPID, 0, buf);
  syscall(SYS_ptrace, PTRACE_ATTACH, NOPID, 0, 0);
  syscall(SYS_ptrace, PTRACE_DETACH, NOPID, 0, SIGSTOP);
  syscall(SYS_ptrace, PTRACE_SYSCALL, NOPID, 0, 0);
  syscall(SYS_ptrace, PTRACE_SETOPTIONS, NOPID, 0, PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACEFORK | PTRACE_O_EXITKILL);
  syscall(SYS_ptrace, PTRACE_SETOPTIONS, NOPID, 0, 0x800000);
  syscall(SYS_ptrace, PTRACE_GETEVENTMSG, NOPID, 0, &data);
  syscall(SYS_ptrace, PTRACE_GETSIGINFO, NOPID, 0, buf);
  syscall(SYS_ptrace, PTRACE_SETSIGINFO, NOPID, 0, &si);
  struct iovec iov = { buf, 64 };
  syscall(SYS_ptrace, PTRACE_GETREGSET, NOPID, 1, &iov);
  syscall(SYS_ptrace, PTRACE_SETREGSET, NOPID, 2, &iov);
  syscall(SYS_ptrace, PTRACE_SEIZE, NOPID, 0, PTRACE_O_TRACECLONE | PTRACE_O_TRACEEXEC);
  syscall(SYS_ptrace, PTRACE_INTERRUPT, NOPID, 0, 0);
  syscall(SYS_ptrace, PTRACE_LISTEN, NOPID, 0, 0);
  struct { uint64_t off; uint32_t flags; int32_t nr; } psi = { 0, 1, 4 };
  syscall(SYS_ptrace, PTRACE_PEEKSIGINFO, NOPID, &psi, buf);
  syscall(SYS_ptrace, PTRACE_GETSIGMASK, NOPID, 8, buf);
  uint64_t mask = (1 << (SIGUSR1 - 1)) | (1 << (SIGINT - 1));
  syscall(SYS_ptrace, PTRACE_SETSIGMASK, NOPID, 8, &mask);
  syscall(SYS_ptrace, PTRACE_SECCOMP_GET_FILTER, NOPID, 0, buf);
  syscall(SYS_ptrace, PTRACE_GET_SYSCALL_INFO, NOPID, 64, buf);
  iov.iov_len = 8 * 27;
  syscall(SYS_ptrace, PTRACE_SETREGSET, NOPID, 1, &iov);
  syscall(SYS_ptrace, PTRACE_GETREGSET, NOPID, 0x202, &iov);
  syscall(SYS_ptrace, PTRACE_SETFPREGS, NOPID, 0, buf);
  syscall(SYS_ptrace, PTRACE_PEEKUSER, NOPID, 8 * 27, &data);
  syscall(SYS_ptrace, PTRACE_PEEKUSER, NOPID, 0x350, &data);
  syscall(SYS_ptrace, PTRACE_PEEKUSER, NOPID, 7, &data);
  syscall(SYS_ptrace, PTRACE_SEIZE, NOPID, 0, 0);
  syscall(SYS_ptrace, PTRACE_CONT, NOPID, 0, 99);
  syscall(SYS_ptrace, PTRACE_SYSEMU, NOPID, 0, 0);
  syscall(SYS_ptrace, PTRACE_GETFPXREGS, NOPID, 0, buf);
  syscall(SYS_ptrace, PTRACE_ARCH_PRCTL, NOPID, 0x1234, 0x1003);
  syscall(SYS_ptrace, 0x4321, NOPID, 0x10, 0x20);
  syscall(SYS_ptrace, 21 /* PTRACE_OLDSETOPTIONS */, NOPID, 0, PTRACE_O_TRACEEXIT);
  syscall(SYS_ptrace, PTRACE_GET_THREAD_AREA, NOPID, 12, buf);
  syscall(SYS_ptrace, PTRACE_SET_THREAD_AREA, NOPID, 12, buf);
  struct { uint64_t filter_off, flags; } md = { 1, 0 };
  syscall(SYS_ptrace, PTRACE_SECCOMP_GET_METADATA, NOPID, sizeof md, &md);
  syscall(SYS_ptrace, 0x420f, NOPID, 32, buf);   /* PTRACE_GET_RSEQ_CONFIGURATION */
  syscall(SYS_ptrace, PTRACE_SYSEMU_SINGLESTEP, NOPID, 0, SIGINT);
  syscall(SYS_ptrace, PTRACE_SINGLEBLOCK, NOPID, 0, 0);
  syscall(SYS_ptrace, PTRACE_SETFPXREGS, NOPID, 0, buf);
  iov.iov_len = 64;
  syscall(SYS_ptrace, PTRACE_SETREGSET, NOPID, 0x202, &iov);
  syscall(SYS_ptrace, PTRACE_SETREGSET, NOPID, 0x999, &iov);
  syscall(SYS_ptrace, PTRACE_GETREGSET, NOPID, 1, BAD);
  syscall(SYS_ptrace, PTRACE_DETACH, NOPID, 0, 99);
  syscall(SYS_ptrace, PTRACE_SETSIGMASK, NOPID, 4, &mask);
  syscall(SYS_ptrace, PTRACE_SETREGS, NOPID, 0, BAD);
  syscall(SYS_ptrace, PTRACE_SETSIGINFO, NOPID, 0, BAD);
  syscall(SYS_ptrace, PTRACE_PEEKSIGINFO, NOPID, BAD, buf);
  syscall(SYS_ptrace, PTRACE_ATTACH, NOPID, 0x10, 0x20);
  syscall(SYS_ptrace, PTRACE_TRACEME, 1, 2, 3);
}

static void seccomps(void) {
  uint32_t act = SECCOMP_RET_KILL_PROCESS;
  syscall(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, &act);
  act = SECCOMP_RET_LOG;
  syscall(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, &act);
  act = 0x12345678;
  syscall(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, &act);
  syscall(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, BAD);
  struct seccomp_notif_sizes sz;
  syscall(SYS_seccomp, SECCOMP_GET_NOTIF_SIZES, 0, &sz);
  syscall(SYS_seccomp, SECCOMP_GET_NOTIF_SIZES, 1, &sz);
  syscall(SYS_seccomp, SECCOMP_SET_MODE_STRICT, 1, NULL);  /* flags != 0: EINVAL */
  struct sock_filter insns[] = {
    BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 4),
    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0xc000003e, 1, 0),
    BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
    BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 0),
    BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 39, 0, 1),
    BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | 1),
    BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
  };
  struct sock_fprog prog = { 7, insns };
  /* invalid flags: rejected before anything is installed */
  syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0x10000, &prog);
  prog.len = 0;
  syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_TSYNC | SECCOMP_FILTER_FLAG_LOG | SECCOMP_FILTER_FLAG_SPEC_ALLOW, &prog);
  syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, BAD);
  syscall(SYS_seccomp, 99, 5, BAD);
}

static void names(void) {
  char longname[100];
  memset(longname, 'h', sizeof longname);
  syscall(SYS_sethostname, longname, 100);   /* > 64: EINVAL */
  syscall(SYS_sethostname, BAD, 5);          /* EFAULT */
  syscall(SYS_sethostname, "abc", -1);       /* EINVAL */
  syscall(SYS_setdomainname, longname, 65);
  syscall(SYS_setdomainname, BAD, 3);
  syscall(SYS_syslog, 10, NULL, 0);          /* SIZE_BUFFER: read-only */
  syscall(SYS_syslog, 0, NULL, 0);           /* CLOSE: no-op */
  syscall(SYS_syslog, 1, NULL, 0);           /* OPEN: no-op */
  syscall(SYS_syslog, 2, NULL, 10);          /* READ, NULL buffer: EINVAL */
  syscall(SYS_syslog, 3, NULL, 10);          /* READ_ALL, NULL: EINVAL */
  syscall(SYS_syslog, 8, NULL, 0);           /* CONSOLE_LEVEL 0: EINVAL */
  syscall(SYS_syslog, 8, NULL, 9);           /* CONSOLE_LEVEL 9: EINVAL */
  syscall(SYS_syslog, 99, BAD, 3);
  syscall(SYS_syslog, -1, NULL, 0);
  syscall(SYS_acct, "/tmp/mt/sys_nonexistent/acct");
  syscall(SYS_acct, BAD);
  /* a wrong magic1: rejected before the command is looked at */
  syscall(SYS_reboot, 0xfee1deaf, LINUX_REBOOT_MAGIC2, LINUX_REBOOT_CMD_RESTART, NULL);
  syscall(SYS_reboot, 0x1, LINUX_REBOOT_MAGIC2A, LINUX_REBOOT_CMD_POWER_OFF, NULL);
  syscall(SYS_reboot, 0x2, LINUX_REBOOT_MAGIC2B, LINUX_REBOOT_CMD_RESTART2, "sys_arg");
  syscall(SYS_reboot, 0x3, LINUX_REBOOT_MAGIC2C, LINUX_REBOOT_CMD_RESTART2, BAD);
  syscall(SYS_reboot, 0x4, 0x12345, LINUX_REBOOT_CMD_HALT, NULL);
  syscall(SYS_reboot, 0x5, LINUX_REBOOT_MAGIC2, LINUX_REBOOT_CMD_CAD_ON, NULL);
  syscall(SYS_reboot, 0x6, LINUX_REBOOT_MAGIC2, LINUX_REBOOT_CMD_CAD_OFF, NULL);
  syscall(SYS_reboot, 0x7, LINUX_REBOOT_MAGIC2, LINUX_REBOOT_CMD_SW_SUSPEND, NULL);
  syscall(SYS_reboot, 0x8, LINUX_REBOOT_MAGIC2, LINUX_REBOOT_CMD_KEXEC, NULL);
  syscall(SYS_reboot, 0x9, LINUX_REBOOT_MAGIC2, 0x12345678, NULL);
  syscall(SYS_swapon, "/tmp/mt/sys_nonexistent", 0);
  syscall(SYS_swapon, "/tmp/mt/sys_nonexistent", 0x8000 | 5 | 0x10000);
  syscall(SYS_swapon, "/tmp/mt/sys_nonexistent", 0x8000 | 0x7fff | 0x70000);
  syscall(SYS_swapon, "/tmp/mt/sys_nonexistent", 0x40000);
  syscall(SYS_swapon, "/tmp/mt/sys_nonexistent", 0xf0000000);  /* bad flags: EINVAL */
  syscall(SYS_swapon, BAD, 0);
  syscall(SYS_swapoff, "/tmp/mt/sys_nonexistent");
  syscall(SYS_swapoff, BAD);
}

static void modules(void) {
  char junk[16];
  memset(junk, 0x7f, sizeof junk);
  syscall(SYS_init_module, junk, sizeof junk, "sys_param=1");  /* too short: ENOEXEC */
  syscall(SYS_init_module, BAD, 100, "");
  syscall(SYS_init_module, junk, 0, NULL);
  int fd = open("/dev/null", O_RDONLY);
  syscall(SYS_finit_module, fd, "sys_p=2", 0);   /* not a regular file */
  syscall(SYS_finit_module, -1, "", MODULE_INIT_IGNORE_MODVERSIONS | MODULE_INIT_IGNORE_VERMAGIC);
  syscall(SYS_finit_module, -1, "", 4);
  syscall(SYS_finit_module, fd, BAD, 0x100);
  close(fd);
  syscall(SYS_delete_module, "sys_nonexistent_mod", O_NONBLOCK);
  syscall(SYS_delete_module, "sys_nonexistent_mod", O_NONBLOCK | O_TRUNC);
  syscall(SYS_delete_module, "sys_nonexistent_mod", 0);
  syscall(SYS_delete_module, "sys_nonexistent_mod", 0x10000);
  syscall(SYS_delete_module, BAD, 0);
}

#define NOKEY 0x3ffffff1
static void keys(void) {
  char buf[64];
  syscall(SYS_add_key, "sys_nonexistent_type", "sys_desc", "payload", 7, NOKEY);
  syscall(SYS_add_key, "user", "sys_desc", "payload\1\2", 9, NOKEY);
  syscall(SYS_add_key, "user", "sys_desc", NULL, 0, NOKEY);
  syscall(SYS_add_key, BAD, BAD, BAD, 5, NOKEY);
  syscall(SYS_add_key, "user", NULL, "x", 1, NOKEY);
  syscall(SYS_request_key, "sys_nonexistent_type", "sys_desc", "callout", 0);
  syscall(SYS_request_key, "sys_nonexistent_type", "sys_desc", NULL, KEY_SPEC_REQKEY_AUTH_KEY);
  syscall(SYS_request_key, "user", "sys_nonexistent_desc", NULL, 0);
  syscall(SYS_request_key, BAD, BAD, BAD, NOKEY);
  syscall(SYS_keyctl, KEYCTL_GET_KEYRING_ID, KEY_SPEC_THREAD_KEYRING, 0);
  syscall(SYS_keyctl, KEYCTL_GET_KEYRING_ID, KEY_SPEC_REQKEY_AUTH_KEY, 0);
  syscall(SYS_keyctl, KEYCTL_GET_KEYRING_ID, NOKEY, 1);
  syscall(SYS_keyctl, KEYCTL_UPDATE, NOKEY, "data", 4);
  syscall(SYS_keyctl, KEYCTL_REVOKE, NOKEY);
  syscall(SYS_keyctl, KEYCTL_CHOWN, NOKEY, 1000, -1);
  syscall(SYS_keyctl, KEYCTL_SETPERM, NOKEY, 0x3f010000);
  syscall(SYS_keyctl, KEYCTL_SETPERM, NOKEY, 0xffffffff);
  syscall(SYS_keyctl, KEYCTL_DESCRIBE, NOKEY, buf, sizeof buf);
  syscall(SYS_keyctl, KEYCTL_CLEAR, NOKEY);
  syscall(SYS_keyctl, KEYCTL_LINK, NOKEY, NOKEY + 1);
  syscall(SYS_keyctl, KEYCTL_UNLINK, NOKEY, NOKEY + 1);
  syscall(SYS_keyctl, KEYCTL_SEARCH, NOKEY, "user", "sys_desc", NOKEY + 1);
  syscall(SYS_keyctl, KEYCTL_READ, NOKEY, buf, sizeof buf);
  syscall(SYS_keyctl, KEYCTL_INSTANTIATE, NOKEY, "pay", 3, NOKEY + 1);
  syscall(SYS_keyctl, KEYCTL_NEGATE, NOKEY, 10, NOKEY + 1);
  syscall(SYS_keyctl, KEYCTL_SET_REQKEY_KEYRING, KEY_REQKEY_DEFL_NO_CHANGE);  /* read-only */
  syscall(SYS_keyctl, KEYCTL_SET_TIMEOUT, NOKEY, 100);
  syscall(SYS_keyctl, KEYCTL_ASSUME_AUTHORITY, NOKEY);
  syscall(SYS_keyctl, KEYCTL_GET_SECURITY, NOKEY, buf, sizeof buf);
  syscall(SYS_keyctl, KEYCTL_REJECT, NOKEY, 10, 129, NOKEY + 1);
  struct iovec iov[2] = { { "ab", 2 }, { "cde", 3 } };
  syscall(SYS_keyctl, KEYCTL_INSTANTIATE_IOV, NOKEY, iov, 2, NOKEY + 1);
  syscall(SYS_keyctl, KEYCTL_INVALIDATE, NOKEY);
  syscall(SYS_keyctl, KEYCTL_GET_PERSISTENT, -1, NOKEY);   /* bad destination first */
  struct keyctl_dh_params dh = { .private = NOKEY, .prime = NOKEY + 1, .base = NOKEY + 2 };
  syscall(SYS_keyctl, KEYCTL_DH_COMPUTE, &dh, buf, sizeof buf, NULL);
  syscall(SYS_keyctl, KEYCTL_RESTRICT_KEYRING, NOKEY, "asymmetric", "sys_restr");
  syscall(SYS_keyctl, KEYCTL_MOVE, NOKEY, NOKEY + 1, NOKEY + 2, KEYCTL_MOVE_EXCL);
  syscall(SYS_keyctl, KEYCTL_CAPABILITIES, buf, 2);
  syscall(SYS_keyctl, KEYCTL_PKEY_QUERY, NOKEY, 0, "enc=pkcs1", buf);
  syscall(SYS_keyctl, 999, 1, 2, 3, 4);
}

static void kexecs(void) {
  struct kexec_segment seg[2] = { { "abc", 3, (void *)0x100000, 0x1000 }, { NULL, 0, (void *)0x200000, 0x2000 } };
  /* too many segments: EINVAL before anything */
  syscall(SYS_kexec_load, 0x1000000, 17, seg, KEXEC_ARCH_DEFAULT);
  /* a foreign architecture: EINVAL */
  syscall(SYS_kexec_load, 0x1000000, 2, seg, KEXEC_ARCH_386 | KEXEC_ON_CRASH);
  syscall(SYS_kexec_load, 0x1000000, 1, BAD, KEXEC_ARCH_ARM | KEXEC_PRESERVE_CONTEXT);
  syscall(SYS_kexec_load, 0, 17, NULL, 0x80000000 | 0xff);
  /* bad flags: EINVAL before anything */
  syscall(SYS_kexec_file_load, 3, 4, 5, "sys_cmd", 0x80000000 | KEXEC_FILE_UNLOAD | KEXEC_FILE_ON_CRASH);
  syscall(SYS_kexec_file_load, -1, -1, 0, NULL, 0x80000000 | KEXEC_FILE_NO_INITRAMFS);
  syscall(SYS_kexec_file_load, -1, -1, 3, BAD, 0x40000000);
}

static volatile long target_word = 0x1234567;

/* A child the victim traces itself (without strace -f; with it, the child
 * is strace's and PTRACE_ATTACH fails). */
static void child_trace(void) {
  /* no SIGCHLD: its place among the lines would change run to run */
  sigset_t chld;
  sigemptyset(&chld);
  sigaddset(&chld, SIGCHLD);
  sigprocmask(SIG_BLOCK, &chld, NULL);
  pid_t c = fork();
  /* the child stops itself, at the same place every run */
  if (c == 0) {
    sigprocmask(SIG_UNBLOCK, &chld, NULL);
    /* a filter that allows everything, for the tracer to read back */
    struct sock_filter allow[] = {
      BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 4),
      BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
    };
    struct sock_fprog fp = { 2, allow };
    syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_LOG, &fp);
    syscall(SYS_setpgid, 0, 0);
    syscall(SYS_kill, 0, SIGSTOP);   /* its own group: no pid in its registers */
    syscall(SYS_close, -1);
    for (;;) pause();
  }
  long data = 0;
  int st;
  waitpid(c, &st, WUNTRACED);
  if (syscall(SYS_ptrace, PTRACE_ATTACH, c, 0, 0) == 0) {
    waitpid(c, &st, 0);
    syscall(SYS_ptrace, PTRACE_PEEKDATA, c, &target_word, &data);
    syscall(SYS_ptrace, PTRACE_POKEDATA, c, &target_word, 0x42);
    syscall(SYS_ptrace, PTRACE_PEEKTEXT, c, &target_word, &data);
    syscall(SYS_ptrace, PTRACE_PEEKUSER, c, 848, &data);
    syscall(SYS_ptrace, PTRACE_PEEKUSER, c, 8 * 15, &data);
    siginfo_t si;
    syscall(SYS_ptrace, PTRACE_GETSIGINFO, c, 0, &si);
    syscall(SYS_ptrace, PTRACE_GETEVENTMSG, c, 0, &data);
    syscall(SYS_ptrace, PTRACE_SETOPTIONS, c, 0, PTRACE_O_TRACESYSGOOD);
    uint64_t mask = 0;
    syscall(SYS_ptrace, PTRACE_GETSIGMASK, c, 8, &mask);
    syscall(SYS_ptrace, PTRACE_GETSIGMASK, c, 4, &mask);
    syscall(SYS_ptrace, PTRACE_SETSIGMASK, c, 8, &mask);
    struct { uint64_t off; uint32_t flags; int32_t nr; } psi = { 0, 0, 1 };
    char sibuf[256];
    syscall(SYS_ptrace, PTRACE_PEEKSIGINFO, c, &psi, sibuf);
    syscall(SYS_ptrace, PTRACE_SECCOMP_GET_FILTER, c, 0, NULL);
    struct sock_filter got[8];
    syscall(SYS_ptrace, PTRACE_SECCOMP_GET_FILTER, c, 0, got);
    syscall(SYS_ptrace, PTRACE_SECCOMP_GET_FILTER, c, 1, got);
    struct { uint64_t filter_off, flags; } md = { 0, 0 };
    syscall(SYS_ptrace, PTRACE_SECCOMP_GET_METADATA, c, sizeof md, &md);
    md.filter_off = 5;
    syscall(SYS_ptrace, PTRACE_SECCOMP_GET_METADATA, c, sizeof md, &md);
    char info[128];
    syscall(SYS_ptrace, PTRACE_GET_SYSCALL_INFO, c, sizeof info, info);
    syscall(SYS_ptrace, PTRACE_GET_SYSCALL_INFO, c, 8, info);
    syscall(SYS_ptrace, PTRACE_POKEDATA, c, &target_word, 0);
    syscall(SYS_ptrace, PTRACE_PEEKDATA, c, &target_word, &data);
    struct user_regs_struct r;
    syscall(SYS_ptrace, PTRACE_GETREGS, c, 0, &r);
    struct user_fpregs_struct fpr;
    syscall(SYS_ptrace, PTRACE_GETFPREGS, c, 0, &fpr);
    struct iovec riov = { &r, sizeof r };
    syscall(SYS_ptrace, PTRACE_GETREGSET, c, 1, &riov);
    riov.iov_len = 40;
    syscall(SYS_ptrace, PTRACE_GETREGSET, c, 1, &riov);
    /* two syscall stops: the entry of the child's close(-1), and its exit */
    if (syscall(SYS_ptrace, PTRACE_SYSCALL, c, 0, 0) == 0) {
      waitpid(c, &st, 0);
      syscall(SYS_ptrace, PTRACE_GET_SYSCALL_INFO, c, sizeof info, info);
      syscall(SYS_ptrace, PTRACE_SYSCALL, c, 0, 0);
      waitpid(c, &st, 0);
      syscall(SYS_ptrace, PTRACE_GET_SYSCALL_INFO, c, sizeof info, info);
      syscall(SYS_ptrace, PTRACE_GET_SYSCALL_INFO, c, 40, info);
    }
    syscall(SYS_ptrace, PTRACE_DETACH, c, 0, 0);
  }
  kill(c, SIGKILL);
  waitpid(c, &st, 0);
}

static void more(void) {
  /* a UTS namespace of the victim's own: the names it sets are nobody else's */
  if (syscall(SYS_unshare, CLONE_NEWUTS) == 0) {
    syscall(SYS_sethostname, "sys_host", 8);
    syscall(SYS_sethostname, "sys_host_name_that_is_longer_than_32_bytes", 42);
    syscall(SYS_sethostname, "ab\0cd", 5);
    syscall(SYS_sethostname, "", 0);
    syscall(SYS_setdomainname, "sys_domain", 10);
    syscall(SYS_setdomainname, "sys_domain", 4);
    syscall(SYS_sethostname, "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklm", 65);
  }
  char buf[64];
  syscall(SYS_syslog, 3, buf, 0);     /* READ_ALL, nothing asked: 0 */
  syscall(SYS_syslog, 2, buf, -1);    /* READ, negative length: EINVAL */
  /* more filters, all refused for their flags (nothing is installed) */
  struct sock_filter insns[] = {
    BPF_STMT(BPF_LD | BPF_W | BPF_LEN, 0),
    BPF_STMT(BPF_LD | BPF_H | BPF_IND, 2),
    BPF_STMT(BPF_LD | BPF_B | BPF_MEM, 3),
    BPF_STMT(BPF_LD | BPF_IMM, 0x10),
    BPF_STMT(BPF_LDX | BPF_W | BPF_IMM, 7),
    BPF_STMT(BPF_LDX | BPF_B | BPF_MSH, 14),
    BPF_STMT(BPF_ST, 1),
    BPF_STMT(BPF_STX, 2),
    BPF_STMT(BPF_ALU | BPF_ADD | BPF_K, 5),
    BPF_STMT(BPF_ALU | BPF_AND | BPF_X, 0),
    BPF_STMT(BPF_ALU | BPF_NEG, 0),
    BPF_STMT(BPF_ALU | BPF_XOR | BPF_K, 0xff),
    BPF_STMT(BPF_JMP | BPF_JA, 1),
    BPF_JUMP(BPF_JMP | BPF_JGT | BPF_X, 0, 2, 3),
    BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, 0x80, 0, 0),
    BPF_STMT(BPF_MISC | BPF_TAX, 0),
    BPF_STMT(BPF_MISC | BPF_TXA, 0),
    BPF_STMT(BPF_RET | BPF_A, 0),
    BPF_STMT(BPF_RET | BPF_X, 0),
    BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRACE | 0x10),
    BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRAP),
    BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_LOG),
    BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_USER_NOTIF),
    BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_THREAD),
    BPF_STMT(BPF_RET | BPF_K, 0x12345678),
    BPF_STMT(0xffff, 0xdead),
    BPF_JUMP(BPF_JMP | 0xf0, 1, 2, 3),
    { 0x15, 255, 254, 0xffffffff },
    BPF_STMT(BPF_LD | 0x18 | 0xe0, 0),
  };
  struct sock_fprog prog = { sizeof insns / sizeof insns[0], insns };
  syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0x10000, &prog);
  /* a page with nothing mapped after it: long arrays end in a fault there */
  char *pg = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  munmap(pg + 4096, 4096);
  struct sock_filter *last = (struct sock_filter *)(pg + 4096) - sizeof insns / sizeof insns[0];
  memcpy(last, insns, sizeof insns);
  prog.filter = last;
  prog.len = 5000;
  syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0x10000, &prog);
  prog.len = 2; prog.filter = BAD;
  syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0x10000, &prog);
  prog.len = 0; prog.filter = NULL;
  syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0x10000, &prog);
  uint32_t act = SECCOMP_RET_ERRNO | 5;
  syscall(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, &act);
  act = SECCOMP_RET_TRAP;
  syscall(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, &act);
  act = SECCOMP_RET_USER_NOTIF;
  syscall(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, &act);
  syscall(SYS_seccomp, SECCOMP_GET_NOTIF_SIZES, 0, BAD);
  /* sched_attr sizes */
  struct { struct sched_attr_ a; uint64_t tail; } big;
  memset(&big, 0, sizeof big);
  big.a.size = 64; big.a.sched_policy = SCHED_BATCH; big.tail = 0x1122;
  syscall(SYS_sched_setattr, NOPID, &big, 0);
  big.tail = 0;
  syscall(SYS_sched_setattr, NOPID, &big, 0);
  big.a.size = 20;
  syscall(SYS_sched_setattr, NOPID, &big, 0);
  big.a.size = 4096;
  syscall(SYS_sched_setattr, NOPID, &big, 0);
  syscall(SYS_sched_getattr, 0, &big, 64, 0);
  big.a.size = 64; big.tail = 0;
  syscall(SYS_sched_setattr, NOPID, &big, 0);
  big.a.size = 72; big.tail = 0;
  syscall(SYS_sched_setattr, NOPID, &big, 0);
  big.a.size = 64; big.tail = 0x100000000ULL;
  syscall(SYS_sched_setattr, NOPID, &big, 0);
  big.a.size = 60; big.tail = 0x100000000ULL;
  syscall(SYS_sched_setattr, NOPID, &big, 0);
  big.a.size = 47;
  syscall(SYS_sched_setattr, NOPID, &big, 0);
  big.a.size = 52;
  syscall(SYS_sched_setattr, NOPID, &big, 0);
  static char page[4096] __attribute__((aligned(4096)));
  syscall(SYS_sched_getattr, 0, page, 4096, 0);  /* the kernel clears the rest */
  syscall(SYS_sched_getattr, 0, page, 52, 0);
  big.a.size = 0; big.a.sched_flags = 0x08;  /* KEEP_POLICY */
  syscall(SYS_sched_setattr, NOPID, &big, 0);
  big.a.size = 56; big.a.sched_flags = 0x10;  /* KEEP_PARAMS */
  syscall(SYS_sched_setattr, NOPID, &big, 0);
  void *head;
  syscall(SYS_get_robust_list, 0, &head, BAD);
  syscall(SYS_get_robust_list, -1, NULL, NULL);
  /* ioprio beyond 16 bits */
  syscall(SYS_ioprio_set, IOPRIO_WHO_PROCESS, NOPID, 0xffffffff);
  syscall(SYS_ioprio_set, IOPRIO_WHO_PROCESS, NOPID, 0x12345678);
  syscall(SYS_getpriority, PRIO_PROCESS, -1);
  syscall(SYS_setpriority, PRIO_PROCESS, NOPID, 0x7fffffff);
  /* kexec command lines */
  char longcmd[48];
  memset(longcmd, 'k', sizeof longcmd);
  syscall(SYS_kexec_file_load, -1, -1, 4, "abc", 0x40000000);
  syscall(SYS_kexec_file_load, -1, -1, 6, "ab\0cd", 0x40000000);
  syscall(SYS_kexec_file_load, -1, -1, 3, "abc", 0x40000000);
  syscall(SYS_kexec_file_load, -1, -1, 48, longcmd, 0x40000000);
  syscall(SYS_kexec_file_load, -1, -1, 0, "abc", 0x40000000);
  struct kexec_segment seg[17];
  memset(seg, 0, sizeof seg);
  /* bad flag bits and a foreign architecture: EINVAL before anything */
  syscall(SYS_kexec_load, 0, 16, seg, KEXEC_ARCH_386 | 0x80);
  syscall(SYS_kexec_load, 0, 0, seg, KEXEC_ARCH_386 | 0x80);
  syscall(SYS_kexec_load, 0, 2, BAD, KEXEC_ARCH_386 | 0x80);
  /* process_madvise odd vectors */
  struct iovec iov[3] = { { NULL, 0 }, { BAD, 4096 }, { BAD, 0 } };
  syscall(SYS_process_madvise, -1, iov, 0, MADV_COLD, 0);
  syscall(SYS_process_madvise, -1, iov, 3, MADV_WILLNEED, 0);
  syscall(SYS_process_madvise, -1, NULL, 3, MADV_COLD, 0);
  struct iovec *many = (struct iovec *)(pg + 4096) - 40;
  memset(many, 0, 40 * sizeof *many);
  for (int i = 0; i < 40; i++) { many[i].iov_base = pg + i; many[i].iov_len = i; }
  syscall(SYS_process_madvise, -1, many, 2000, MADV_COLD, 0);
  syscall(SYS_process_madvise, -1, many, 40, MADV_COLD, 0);
  syscall(SYS_process_madvise, -1, many + 8, 32, MADV_COLD, 0);
  /* keys */
  syscall(SYS_keyctl, KEYCTL_JOIN_SESSION_KEYRING, BAD);
  char caps[8];
  syscall(SYS_keyctl, KEYCTL_CAPABILITIES, caps, sizeof caps);
  syscall(SYS_keyctl, KEYCTL_CAPABILITIES, caps, 1);
  syscall(SYS_keyctl, KEYCTL_CAPABILITIES, caps, 0);
  syscall(SYS_keyctl, KEYCTL_CAPABILITIES, BAD, 2);
  struct keyctl_pkey_params pk = { .key_id = NOKEY, .in_len = 4, .out_len = 8 };
  syscall(SYS_keyctl, KEYCTL_PKEY_ENCRYPT, &pk, "enc=raw", "abcd", buf);
  syscall(SYS_keyctl, KEYCTL_PKEY_DECRYPT, &pk, "enc=raw", "abcd", buf);
  syscall(SYS_keyctl, KEYCTL_PKEY_SIGN, &pk, "enc=raw hash=sha1", "abcd", buf);
  syscall(SYS_keyctl, KEYCTL_PKEY_VERIFY, &pk, "enc=raw", "abcd", "efghijkl");
  syscall(SYS_keyctl, KEYCTL_PKEY_QUERY, NOKEY, 5, NULL, NULL);
  syscall(SYS_keyctl, KEYCTL_WATCH_KEY, NOKEY, -1, 0x12);
  struct keyctl_dh_params dh = { .private = NOKEY, .prime = -100, .base = KEY_SPEC_THREAD_KEYRING };
  struct keyctl_kdf_params kdf;
  memset(&kdf, 0, sizeof kdf);
  kdf.hashname = "sha256"; kdf.otherinfo = "other"; kdf.otherinfolen = 5;
  kdf.__spare[0] = 1;  /* EINVAL before the hash is looked up */
  syscall(SYS_keyctl, KEYCTL_DH_COMPUTE, &dh, buf, sizeof buf, &kdf);
  syscall(SYS_keyctl, KEYCTL_DH_COMPUTE, BAD, NULL, 0, BAD);
  memset(&kdf, 0, sizeof kdf);
  kdf.hashname = BAD; kdf.otherinfo = "other"; kdf.otherinfolen = 3;  /* EFAULT before the hash */
  syscall(SYS_keyctl, KEYCTL_DH_COMPUTE, &dh, buf, sizeof buf, &kdf);
  kdf.otherinfo = NULL; kdf.otherinfolen = 0x20000;   /* too long: EMSGSIZE */
  syscall(SYS_keyctl, KEYCTL_DH_COMPUTE, &dh, buf, sizeof buf, &kdf);
  pk.__spare[2] = 7;
  syscall(SYS_keyctl, KEYCTL_PKEY_VERIFY, &pk, "enc=raw", "abcd", "efghijkl");
  syscall(SYS_keyctl, KEYCTL_PKEY_ENCRYPT, BAD, NULL, NULL, NULL);
  syscall(SYS_keyctl, KEYCTL_SETPERM, NOKEY, 0);
  syscall(SYS_keyctl, KEYCTL_GET_KEYRING_ID, -9, 0);
  syscall(SYS_keyctl, KEYCTL_GET_KEYRING_ID, KEY_SPEC_PROCESS_KEYRING, 0);
  syscall(SYS_keyctl, KEYCTL_CHOWN, NOKEY, -1, 0);
  syscall(SYS_keyctl, KEYCTL_READ, NOKEY, NULL, 0);
  syscall(SYS_keyctl, KEYCTL_SET_REQKEY_KEYRING, 99);
  syscall(SYS_keyctl, KEYCTL_REJECT, NOKEY, 0, 0, 0);
  syscall(SYS_keyctl, KEYCTL_REJECT, NOKEY, 0, 4095, 0);
  syscall(SYS_keyctl, KEYCTL_MOVE, NOKEY, 0, 0, 6);
  syscall(SYS_keyctl, KEYCTL_INSTANTIATE_IOV, NOKEY, BAD, 2, 0);
  syscall(SYS_keyctl, KEYCTL_UPDATE, NOKEY, NULL, 0);
  syscall(SYS_keyctl, KEYCTL_SEARCH, KEY_SPEC_REQKEY_AUTH_KEY, "user", "d", 0);
  syscall(SYS_add_key, "user", "sys_desc", "a long payload of more than thirty-two bytes", 44, NOKEY);
  syscall(SYS_add_key, "user", "sys_desc", "x", 2 * 1024 * 1024, NOKEY);   /* too long: EINVAL */
  syscall(SYS_request_key, "sys_nonexistent_type", "sys_desc", "", NOKEY);
  syscall(SYS_swapon, "/tmp/mt/sys_nonexistent", 0x8000);
  syscall(SYS_swapon, "/tmp/mt/sys_nonexistent", 7);
  syscall(SYS_acct, "");
  const char *l40 = "0123456789012345678901234567890123456789";
  syscall(SYS_reboot, 0x2, LINUX_REBOOT_MAGIC2, LINUX_REBOOT_CMD_RESTART2, l40);  /* bad magic1 */
  syscall(SYS_init_module, NULL, 0, l40);
  syscall(SYS_request_key, "sys_nonexistent_type", l40, l40, NOKEY);
  syscall(SYS_delete_module, l40, 0);
  syscall(SYS_finit_module, -1, l40, 0);
  syscall(SYS_keyctl, KEYCTL_SEARCH, NOKEY, l40, l40, 0);
  syscall(SYS_delete_module, "", 0x801);
  syscall(SYS_init_module, NULL, 0, BAD);
  syscall(SYS_finit_module, -1, NULL, 0);
  struct timespec ts = { -1, 5 };
  syscall(SYS_clock_settime, CLOCK_TAI, &ts);
  syscall(SYS_clock_settime, CLOCK_PROCESS_CPUTIME_ID, &ts);
  syscall(SYS_kcmp, -1, -1, KCMP_FILE, -1, -1);
  syscall(SYS_pidfd_getfd, -1, -1, -1);
  syscall(SYS_process_mrelease, -1, -1);
}

/* `nondet` only: a key in the victim's own thread keyring (gone when it
 * exits); its serial number changes run to run. */
static void own_keys(void) {
  char buf[64];
  long key = syscall(SYS_add_key, "user", "sys_desc", "payload", 7, KEY_SPEC_THREAD_KEYRING);
  if (key < 0) return;
  syscall(SYS_keyctl, KEYCTL_DESCRIBE, key, buf, sizeof buf);
  syscall(SYS_keyctl, KEYCTL_DESCRIBE, key, buf, 5);
  syscall(SYS_keyctl, KEYCTL_DESCRIBE, key, NULL, 0);
  syscall(SYS_keyctl, KEYCTL_READ, key, buf, sizeof buf);
  syscall(SYS_keyctl, KEYCTL_READ, key, buf, 3);
  syscall(SYS_keyctl, KEYCTL_GET_SECURITY, key, buf, sizeof buf);
  syscall(SYS_keyctl, KEYCTL_GET_KEYRING_ID, KEY_SPEC_THREAD_KEYRING, 0);
  syscall(SYS_request_key, "user", "sys_desc", NULL, 0);
  syscall(SYS_keyctl, KEYCTL_SEARCH, KEY_SPEC_THREAD_KEYRING, "user", "sys_desc", 0);
  syscall(SYS_keyctl, KEYCTL_UPDATE, key, "new", 3);
  syscall(SYS_keyctl, KEYCTL_SET_TIMEOUT, key, 100);
  syscall(SYS_keyctl, KEYCTL_SETPERM, key, 0x3f010000);
  syscall(SYS_keyctl, KEYCTL_UNLINK, key, KEY_SPEC_THREAD_KEYRING);
  syscall(SYS_keyctl, KEYCTL_REVOKE, key);
  syscall(SYS_keyctl, KEYCTL_READ, key, buf, sizeof buf);
}

int main(int argc, char **argv) {
  int nondet = argc > 1;
  mkdir("/tmp/mt", 0777);
  prio();
  clocks(nondet);
  sched();
  misc();
  traces();
  seccomps();
  names();
  modules();
  keys();
  kexecs();
  more();
  child_trace();
  if (nondet) {
    own_keys();
    char log[40];
    syscall(SYS_syslog, 3, log, sizeof log);   /* READ_ALL: reads, consumes nothing */
    syscall(SYS_syslog, 9, NULL, 0);           /* SIZE_UNREAD */
  }
  return 0;
}
