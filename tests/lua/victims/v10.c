/* Victim for the decoder specs and the differential suite: inotify, timerfd,
 * signalfd, splice/tee, fallocate, waitid, sigaltstack, time and timers,
 * capabilities, utime*, getdents, preadv/pwritev(2), sched_*, mknod*,
 * renameat2, memfd_create, close_range, openat2, rt_sigtimedwait, times,
 * getrusage, itimers, personality, namespaces, pidfd_*, epoll_pwait2,
 * sendmmsg/recvmmsg, sync_file_range, syncfs, readahead, membarrier, mincore,
 * getcpu, process_vm_*, mount/umount2: successes and failures (bad
 * descriptor, bad pointer).  Every call goes through syscall(2), so that no
 * vDSO or libc wrapper hides or changes it.
 * Build: gcc -O0 -w -o v10 v10.c -lutil -lpthread -lrt
 * The scratch directory is /tmp/mt; /tmp/mt/weird must exist (the suite
 * makes it). */
#define _GNU_SOURCE
#include <unistd.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sched.h>
#include <time.h>
#include <utime.h>
#include <sys/syscall.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <sys/sysmacros.h>
#include <linux/capability.h>
#include <linux/openat2.h>
#include <linux/fs.h>
#include <linux/membarrier.h>
#include <sys/inotify.h>
#include <sys/mount.h>
#include <sys/timerfd.h>
#include <sys/signalfd.h>
#include <sys/personality.h>

#define BAD ((void *) 1)
#define S(...) syscall(__VA_ARGS__)

struct ksigevent { long value; int signo, notify; int tid; int pad[11]; };
struct kdirent_buf { char b[4096]; };

static void files(void)
{
  char buf[64];
  struct iovec iov[2] = { { "hello ", 6 }, { "world\n", 6 } };
  struct iovec rio[2] = { { buf, 4 }, { buf + 4, 32 } };
  int fd = S(SYS_openat, AT_FDCWD, "/tmp/mt/f10", O_RDWR | O_CREAT | O_TRUNC, 0644);

  S(SYS_pwritev, fd, iov, 2, 0L);
  S(SYS_pwritev2, fd, iov, 2, 12L, 0L, RWF_DSYNC | RWF_HIPRI);
  S(SYS_pwritev2, fd, iov, 1, -1L, 0L, 0x100);
  S(SYS_preadv, fd, rio, 2, 0L);
  S(SYS_preadv2, fd, rio, 2, 6L, 0L, RWF_NOWAIT);
  S(SYS_preadv, -1, rio, 2, 0L);
  S(SYS_preadv, fd, BAD, 2, 0L);
  S(SYS_pwritev, fd, BAD, 2, 0L);

  S(SYS_fallocate, fd, 0, 0L, 8192L);
  S(SYS_fallocate, fd, FALLOC_FL_KEEP_SIZE | FALLOC_FL_PUNCH_HOLE, 4096L, 4096L);
  S(SYS_fallocate, fd, 0x80, 0L, 1L);
  S(SYS_fallocate, -1, 0, 0L, 1L);
  S(SYS_sync_file_range, fd, 0L, 0L, SYNC_FILE_RANGE_WRITE | SYNC_FILE_RANGE_WAIT_AFTER);
  S(SYS_sync_file_range, fd, 0L, 100L, 0);
  S(SYS_sync_file_range, fd, -1L, 0L, 8);
  S(SYS_syncfs, fd);
  S(SYS_syncfs, -1);
  S(SYS_readahead, fd, 0L, 4096L);
  S(SYS_readahead, -1, 10L, 1L);

  /* splice and tee through pipes */
  int p1[2], p2[2];
  S(SYS_pipe2, p1, 0);
  S(SYS_pipe2, p2, 0);
  S(SYS_write, p1[1], "0123456789", 10);
  S(SYS_tee, p1[0], p2[1], 4, SPLICE_F_NONBLOCK);
  loff_t off = 2;
  S(SYS_splice, p1[0], NULL, fd, &off, 5, SPLICE_F_MOVE | SPLICE_F_MORE);
  off = 0;
  S(SYS_splice, fd, &off, p1[1], NULL, 3, 0);
  S(SYS_splice, fd, BAD, p1[1], NULL, 3, 0x10);
  S(SYS_tee, -1, p2[1], 1, 0);

  /* utime family */
  struct utimbuf ub = { 1000000000, 1200000000 };
  S(SYS_utime, "/tmp/mt/f10", &ub);
  S(SYS_utime, "/tmp/mt/f10", NULL);
  S(SYS_utime, "/tmp/mt/nonexistent", BAD);
  struct timeval tv[2] = { { 1000000000, 5 }, { 0, 0 } };
  S(SYS_utimes, "/tmp/mt/f10", tv);
  S(SYS_utimes, "/tmp/mt/f10", NULL);
  S(SYS_futimesat, AT_FDCWD, "/tmp/mt/f10", tv);
  S(SYS_futimesat, -1, "f10", BAD);

  /* mknod, renameat2, openat2 */
  S(SYS_mknod, "/tmp/mt/fifo10", S_IFIFO | 0600, 0);
  S(SYS_mknodat, AT_FDCWD, "/tmp/mt/chr10", S_IFCHR | 0640, makedev(1, 3));
  S(SYS_mknodat, AT_FDCWD, "/tmp/mt/reg10", 0644, 0);
  S(SYS_mknod, "/tmp/mt/fifo10", S_IFIFO | 04755, 0);
  S(SYS_renameat2, AT_FDCWD, "/tmp/mt/fifo10", AT_FDCWD, "/tmp/mt/chr10", RENAME_EXCHANGE);
  S(SYS_renameat2, AT_FDCWD, "/tmp/mt/fifo10", AT_FDCWD, "/tmp/mt/chr10", RENAME_NOREPLACE);
  S(SYS_renameat2, AT_FDCWD, "/tmp/mt/fifo10", AT_FDCWD, "/tmp/mt/x10", 0x8);
  S(SYS_unlink, "/tmp/mt/fifo10");
  S(SYS_unlink, "/tmp/mt/chr10");
  S(SYS_unlink, "/tmp/mt/reg10");
  struct open_how how = { .flags = O_RDONLY | O_CLOEXEC, .resolve = RESOLVE_NO_SYMLINKS | RESOLVE_BENEATH };
  int mt = S(SYS_openat, AT_FDCWD, "/tmp/mt", O_RDONLY | O_DIRECTORY);
  int o2 = S(SYS_openat2, mt, "f10", &how, sizeof how);
  S(SYS_close, o2);
  S(SYS_openat2, mt, "../mt/f10", &how, sizeof how);
  S(SYS_close, mt);
  struct open_how how2 = { .flags = O_WRONLY | O_CREAT, .mode = 0600 };
  S(SYS_openat2, AT_FDCWD, "/tmp/mt/nonexistent/x", &how2, sizeof how2);
  struct { struct open_how h; uint64_t extra; } big = { { .flags = O_RDONLY }, 0x12 };
  S(SYS_openat2, AT_FDCWD, "/tmp/mt/f10", &big, sizeof big);
  S(SYS_openat2, AT_FDCWD, "/tmp/mt/f10", &how, 8);
  S(SYS_openat2, AT_FDCWD, "/tmp/mt/f10", BAD, sizeof how);

  /* memfd_create, close_range */
  int m = S(SYS_memfd_create, "v10", MFD_CLOEXEC | MFD_ALLOW_SEALING);
  S(SYS_close, m);
  m = S(SYS_memfd_create, "a-rather-long-memfd-name-for-the-tests", 0);
  S(SYS_close, m);
  S(SYS_memfd_create, "huge", MFD_HUGETLB | (21 << 26) | 0x40);
  S(SYS_memfd_create, BAD, 0);
  S(SYS_close_range, 100, 200, 0);
  S(SYS_close_range, 100, ~0U, CLOSE_RANGE_CLOEXEC);
  S(SYS_close_range, 10, 5, 0);

  /* getdents on a directory made once by the suite */
  struct kdirent_buf d;
  int dfd = S(SYS_openat, AT_FDCWD, "/tmp/mt/weird", O_RDONLY | O_DIRECTORY);
  S(SYS_getdents, dfd, &d, sizeof d);
  S(SYS_getdents, dfd, &d, sizeof d);
  S(SYS_getdents, dfd, &d, 4);
  S(SYS_getdents, -1, &d, sizeof d);
  S(SYS_lseek, dfd, 0L, SEEK_SET);
  S(SYS_getdents, dfd, BAD, sizeof d);
  S(SYS_close, dfd);

  /* inotify */
  int in = S(SYS_inotify_init1, IN_NONBLOCK | IN_CLOEXEC);
  int wd = S(SYS_inotify_add_watch, in, "/tmp/mt", IN_CREATE | IN_DELETE | IN_ONLYDIR);
  S(SYS_inotify_add_watch, in, "/tmp/mt/nonexistent", IN_ALL_EVENTS);
  S(SYS_inotify_add_watch, -1, BAD, 0);
  S(SYS_inotify_rm_watch, in, wd);
  S(SYS_inotify_rm_watch, in, 99);
  S(SYS_inotify_init1, 0);
  S(SYS_inotify_init1, 0x1);
  S(SYS_close, in);

  S(SYS_close, p1[0]); S(SYS_close, p1[1]); S(SYS_close, p2[0]); S(SYS_close, p2[1]);
  S(SYS_close, fd);
  S(SYS_unlink, "/tmp/mt/f10");
  S(SYS_mount, "none", "/tmp/mt/nonexistent", "tmpfs", MS_NOSUID | MS_NODEV, "size=1m");
  S(SYS_mount, "/tmp/mt/nonexistent", "/tmp/mt/nonexistent2", "ignored", MS_BIND | MS_REC, "ignored");
  S(SYS_mount, NULL, "/tmp/mt/nonexistent", NULL, MS_REMOUNT | MS_RDONLY, NULL);
  S(SYS_mount, "none", "/tmp/mt/nonexistent", "tmpfs", 0xc0ed0000 | MS_NOATIME, NULL);
  S(SYS_mount, "none", "/tmp/mt/nonexistent", "tmpfs", 0xc0ed0000, NULL);
  S(SYS_mount, BAD, "/tmp/mt/nonexistent", BAD, 0, BAD);
  S(SYS_umount2, "/tmp/mt/nonexistent", MNT_DETACH | UMOUNT_NOFOLLOW);
  S(SYS_umount2, "/tmp/mt/nonexistent", 0);
  S(SYS_umount2, BAD, 0x10);
}

static void timers(void)
{
  struct timeval tv; struct timezone tz;
  /* the time itself would differ between the two traced runs */
  S(SYS_gettimeofday, NULL, &tz);
  S(SYS_gettimeofday, NULL, NULL);
  S(SYS_gettimeofday, BAD, NULL);
  struct timeval badtv = { 0, -1 };
  S(SYS_settimeofday, &badtv, NULL);
  S(SYS_settimeofday, BAD, BAD);

  struct itimerval it = { { 0, 0 }, { 100, 500 } }, old;
  S(SYS_getitimer, ITIMER_REAL, &old);
  S(SYS_setitimer, ITIMER_VIRTUAL, &it, &old);
  memset(&it, 0, sizeof it);
  S(SYS_setitimer, ITIMER_VIRTUAL, &it, NULL);
  S(SYS_getitimer, 7, &old);
  S(SYS_getitimer, ITIMER_PROF, BAD);
  S(SYS_setitimer, ITIMER_REAL, BAD, &old);
  S(SYS_alarm, 0);

  int tfd = S(SYS_timerfd_create, CLOCK_MONOTONIC, TFD_CLOEXEC | TFD_NONBLOCK);
  struct itimerspec its = { { 0, 0 }, { 100, 0 } }, oits;
  S(SYS_timerfd_settime, tfd, 0, &its, &oits);
  S(SYS_timerfd_settime, tfd, TFD_TIMER_ABSTIME, &its, NULL);
  S(SYS_timerfd_gettime, tfd, BAD);
  S(SYS_timerfd_gettime, -1, &oits);
  S(SYS_timerfd_settime, tfd, 0, BAD, NULL);
  S(SYS_timerfd_create, 99, 0);
  S(SYS_close, tfd);

  int tid;
  struct ksigevent ev = { .value = 0, .signo = SIGUSR2, .notify = SIGEV_NONE };
  S(SYS_timer_create, CLOCK_MONOTONIC, &ev, &tid);
  ev.value = 0x1234; ev.notify = SIGEV_SIGNAL;
  int tid2;
  S(SYS_timer_create, CLOCK_REALTIME, &ev, &tid2);
  ev.notify = SIGEV_THREAD_ID; ev.tid = S(SYS_gettid); ev.value = 0;
  int tid3;
  S(SYS_timer_create, CLOCK_BOOTTIME, &ev, &tid3);
  S(SYS_timer_create, CLOCK_MONOTONIC, NULL, BAD);
  S(SYS_timer_create, CLOCK_MONOTONIC, BAD, &tid);
  ev.notify = 7;
  S(SYS_timer_create, CLOCK_MONOTONIC, &ev, &tid);
  S(SYS_timer_settime, tid, 0, &its, &oits);
  S(SYS_timer_settime, tid, TIMER_ABSTIME, &its, NULL);
  S(SYS_timer_gettime, tid2, &oits);
  S(SYS_timer_gettime, tid, BAD);
  S(SYS_timer_settime, 99, 0, &its, NULL);
  S(SYS_timer_delete, tid);
  S(SYS_timer_delete, tid2);
  S(SYS_timer_delete, tid3);
  S(SYS_timer_delete, 99);
}

static void sigs(void)
{
  uint64_t mask = 1UL << (SIGUSR1 - 1);
  S(SYS_rt_sigprocmask, SIG_BLOCK, &mask, NULL, 8);
  int sfd = S(SYS_signalfd4, -1, &mask, 8, SFD_CLOEXEC | SFD_NONBLOCK);
  S(SYS_signalfd4, sfd, &mask, 8, 0);
  S(SYS_signalfd4, -1, BAD, 8, 0);
  S(SYS_signalfd4, -1, &mask, 4, 0);
  S(SYS_close, sfd);

  S(SYS_kill, S(SYS_getpid), SIGUSR1);
  siginfo_t si;
  struct timespec ts = { 1, 0 };
  S(SYS_rt_sigtimedwait, &mask, &si, &ts, 8);
  ts.tv_sec = 0; ts.tv_nsec = 1000;
  S(SYS_rt_sigtimedwait, &mask, NULL, &ts, 8);
  S(SYS_rt_sigtimedwait, &mask, &si, &ts, 8);
  S(SYS_rt_sigtimedwait, BAD, &si, NULL, 8);

  char stack[16384];
  stack_t ss = { .ss_sp = stack, .ss_size = sizeof stack, .ss_flags = 0 }, oss;
  S(SYS_sigaltstack, &ss, &oss);
  S(SYS_sigaltstack, NULL, &oss);
  ss.ss_flags = SS_DISABLE;
  S(SYS_sigaltstack, &ss, NULL);
  ss.ss_flags = 0x10;
  S(SYS_sigaltstack, &ss, NULL);
  S(SYS_sigaltstack, BAD, BAD);

  int pfd = S(SYS_pidfd_open, S(SYS_getpid), 0);
  S(SYS_pidfd_send_signal, pfd, 0, NULL, 0);
  S(SYS_pidfd_send_signal, -1, SIGUSR1, NULL, 0);
  S(SYS_pidfd_send_signal, pfd, SIGUSR1, BAD, 0);
  S(SYS_pidfd_send_signal, pfd, 0, NULL, 0x5);
  S(SYS_pidfd_open, -1, 0);
  S(SYS_pidfd_open, S(SYS_getpid), 0x1);
  S(SYS_close, pfd);
}

static void procs(void)
{
  int pfd[2];
  S(SYS_pipe2, pfd, 0);
  pid_t c = fork();
  if (c == 0) {
    struct tms t;
    S(SYS_times, &t);
    char x;
    S(SYS_read, pfd[0], &x, 1);
    S(SYS_exit, 3);
  }
  siginfo_t si;
  struct rusage ru;
  memset(&si, 0, sizeof si);
  memset(&ru, 0, sizeof ru);
  S(SYS_waitid, P_ALL, 0, &si, WEXITED | WNOHANG, &ru);
  S(SYS_write, pfd[1], "x", 1);
  S(SYS_waitid, P_PID, c, &si, WEXITED, NULL);
  S(SYS_waitid, P_ALL, 0, &si, WEXITED | WNOHANG, &ru);
  S(SYS_waitid, 9, 0, BAD, WEXITED, NULL);
  c = fork();
  if (c == 0) S(SYS_exit, 0);
  int pid_fd = S(SYS_pidfd_open, c, 0);
  S(SYS_waitid, P_PIDFD, pid_fd, &si, WEXITED | WNOWAIT, NULL);
  S(SYS_waitid, P_PIDFD, pid_fd, BAD, WEXITED, NULL);
  S(SYS_waitid, P_PGID, 0, &si, WEXITED, NULL);
  S(SYS_close, pid_fd);
  S(SYS_times, NULL);
  S(SYS_times, BAD);

  S(SYS_getrusage, RUSAGE_CHILDREN, BAD);
  S(SYS_getrusage, RUSAGE_SELF, BAD);
  S(SYS_getrusage, 5, &ru);

  struct __user_cap_header_struct h = { _LINUX_CAPABILITY_VERSION_3, 0 };
  struct __user_cap_data_struct cd[2];
  S(SYS_capget, &h, cd);
  S(SYS_capset, &h, cd);
  h.version = _LINUX_CAPABILITY_VERSION_1;
  S(SYS_capget, &h, cd);
  h.version = 0;
  S(SYS_capget, &h, cd);
  S(SYS_capget, &h, NULL);
  S(SYS_capget, BAD, cd);
  h.version = _LINUX_CAPABILITY_VERSION_3;
  S(SYS_capget, &h, BAD);
  memset(cd, 0, sizeof cd);
  h.pid = 99999;
  S(SYS_capset, &h, cd);

  int prio = 0;
  S(SYS_sched_getscheduler, 0);
  S(SYS_sched_getscheduler, -1);
  S(SYS_sched_getparam, 0, &prio);
  S(SYS_sched_getparam, 0, BAD);
  S(SYS_sched_setparam, 0, &prio);
  S(SYS_sched_setparam, 0, BAD);
  S(SYS_sched_setscheduler, 0, SCHED_OTHER, &prio);
  S(SYS_sched_setscheduler, 0, SCHED_BATCH | SCHED_RESET_ON_FORK, &prio);
  S(SYS_sched_setscheduler, 0, SCHED_OTHER, &prio);
  S(SYS_sched_setscheduler, 0, 77, BAD);
  S(SYS_sched_get_priority_max, SCHED_FIFO);
  S(SYS_sched_get_priority_min, SCHED_RR);
  S(SYS_sched_get_priority_max, 99);
  S(SYS_sched_get_priority_min, SCHED_IDLE);

  long pers = S(SYS_personality, 0xffffffff);
  S(SYS_personality, pers);
  S(SYS_personality, pers | READ_IMPLIES_EXEC);
  S(SYS_personality, pers);

  S(SYS_unshare, 0);
  S(SYS_unshare, CLONE_FILES | CLONE_FS);
  S(SYS_unshare, 0x1);
  int ns = S(SYS_openat, AT_FDCWD, "/proc/self/ns/uts", O_RDONLY);
  S(SYS_setns, ns, CLONE_NEWUTS);
  S(SYS_setns, ns, 0);
  S(SYS_setns, ns, CLONE_NEWNET);
  S(SYS_setns, -1, 0x1);
  S(SYS_close, ns);

  char src[16] = "remote-data", dst[16];
  struct iovec local = { dst, sizeof dst }, remote = { src, 12 };
  S(SYS_process_vm_readv, S(SYS_getpid), &local, 1, &remote, 1, 0);
  struct iovec wlocal = { "written", 8 }, wremote = { dst, 8 };
  S(SYS_process_vm_writev, S(SYS_getpid), &wlocal, 1, &wremote, 1, 0);
  S(SYS_process_vm_readv, S(SYS_getpid), &local, 1, BAD, 1, 0);
  S(SYS_process_vm_readv, -1, &local, 1, &remote, 1, 0);
  S(SYS_process_vm_writev, S(SYS_getpid), &wlocal, 1, &wremote, 1, 3);
}

static void misc(void)
{
  unsigned long cpus = 1;
  S(SYS_sched_setaffinity, 0, sizeof cpus, &cpus);
  unsigned cpu = 7, node = 7;
  S(SYS_getcpu, &cpu, &node, NULL);
  S(SYS_getcpu, NULL, &node, NULL);
  S(SYS_getcpu, BAD, NULL, BAD);

  S(SYS_membarrier, MEMBARRIER_CMD_QUERY, 0, 0);
  S(SYS_membarrier, MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED, 0, 0);
  S(SYS_membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED, 0, 0);
  S(SYS_membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ, MEMBARRIER_CMD_FLAG_CPU, 0);
  S(SYS_membarrier, 0x4000, 0x2, 0);

  unsigned char vec[4];
  char *m = (char *) S(SYS_mmap, NULL, 3 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0L);
  m[0] = 1; m[4096] = 1;
  S(SYS_mincore, m, 3 * 4096, vec);
  S(SYS_mincore, m, 4096 + 1, vec);
  S(SYS_mincore, m, 4096, BAD);
  S(SYS_mincore, m + 1, 4096, vec);
  S(SYS_munmap, m, 3 * 4096);

  int ep = S(SYS_epoll_create1, 0);
  int sv[2];
  S(SYS_socketpair, AF_UNIX, SOCK_DGRAM, 0, sv);
  struct { uint32_t events; uint64_t data; } __attribute__((packed)) e = { 1, 5 }, out[4];
  S(SYS_epoll_ctl, ep, 1, sv[0], &e);
  struct timespec ts = { 0, 0 };
  uint64_t mask = 0;
  S(SYS_epoll_pwait2, ep, out, 4, &ts, NULL, 8);
  S(SYS_epoll_pwait2, ep, out, 4, &ts, &mask, 8);
  S(SYS_epoll_pwait2, -1, out, 4, &ts, NULL, 8);
  S(SYS_epoll_pwait2, ep, out, 4, BAD, NULL, 8);

  char b1[8], b2[8], b3[8];
  struct iovec i1 = { "one", 3 }, i2 = { "second", 6 };
  struct mmsghdr mm[2];
  memset(mm, 0, sizeof mm);
  mm[0].msg_hdr.msg_iov = &i1; mm[0].msg_hdr.msg_iovlen = 1;
  mm[1].msg_hdr.msg_iov = &i2; mm[1].msg_hdr.msg_iovlen = 1;
  S(SYS_sendmmsg, sv[1], mm, 2, MSG_DONTWAIT);
  S(SYS_epoll_pwait2, ep, out, 4, &ts, NULL, 8);
  struct iovec r1 = { b1, sizeof b1 }, r2 = { b2, 4 }, r3 = { b3, sizeof b3 };
  struct mmsghdr rm[3];
  memset(rm, 0, sizeof rm);
  rm[0].msg_hdr.msg_iov = &r1; rm[0].msg_hdr.msg_iovlen = 1;
  rm[1].msg_hdr.msg_iov = &r2; rm[1].msg_hdr.msg_iovlen = 1;
  rm[2].msg_hdr.msg_iov = &r3; rm[2].msg_hdr.msg_iovlen = 1;
  S(SYS_recvmmsg, sv[0], rm, 3, MSG_DONTWAIT, NULL);
  struct timespec rts = { 0, 1000 };
  S(SYS_recvmmsg, sv[0], rm, 3, MSG_DONTWAIT, &rts);
  S(SYS_sendmmsg, sv[1], mm, 1, 0);
  S(SYS_recvmmsg, sv[0], rm, 3, MSG_WAITFORONE, &rts);
  S(SYS_sendmmsg, -1, mm, 2, 0);
  S(SYS_sendmmsg, sv[1], BAD, 2, 0);
  S(SYS_recvmmsg, -1, rm, 3, 0, NULL);
  S(SYS_recvmmsg, sv[0], BAD, 3, MSG_DONTWAIT, NULL);
  S(SYS_close, sv[0]); S(SYS_close, sv[1]); S(SYS_close, ep);
}

int main(void)
{
  files();
  timers();
  sigs();
  procs();
  misc();
  return 0;
}
