/* Victim for the decoder specs: futex ops, prctl, xattrs, statfs, statx, clocks and sleeps, umask.
 * Build: gcc -O0 -w -o v7 v7.c -lutil -lpthread -lrt
 * Used by record/gen_specs.py, which runs it under strace and under the
 * decoders; the scratch directory is /tmp/mt. */
#define _GNU_SOURCE
#include <unistd.h>
#include <sys/syscall.h>
#include <linux/futex.h>
#include <stdint.h>
#include <sys/prctl.h>
#include <sys/xattr.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <sys/statfs.h>
#include <time.h>
int main(void){
  int a = 0, b = 0;
  syscall(SYS_futex, &a, FUTEX_WAKE_OP_PRIVATE, 1, 1, &b, FUTEX_OP(FUTEX_OP_SET, 0, FUTEX_OP_CMP_GT, 1));
  syscall(SYS_futex, &a, FUTEX_WAKE_OP, 1, 1, &b, FUTEX_OP(FUTEX_OP_ADD|8, 5, 9, 1));
  syscall(SYS_futex, &a, FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME, 1, NULL, NULL, FUTEX_BITSET_MATCH_ANY);
  syscall(SYS_futex, &a, FUTEX_WAKE_BITSET, 1, NULL, NULL, 5);
  syscall(SYS_futex, &a, FUTEX_CMP_REQUEUE_PRIVATE, 1, 2, &b, 0);
  syscall(SYS_futex, &a, FUTEX_UNLOCK_PI, 0, 0, 0, 0);
  syscall(SYS_futex, &a, 0x7f, 1, 2, 3, 4);
  syscall(SYS_futex, &a, FUTEX_LOCK_PI, 0, (void*)8, 0, 0);
  char name[16]; prctl(PR_GET_NAME, name); prctl(PR_SET_NAME, "hello\033world-long-name"); prctl(PR_GET_DUMPABLE);
  prctl(PR_SET_PDEATHSIG, 9); int sig; prctl(PR_GET_PDEATHSIG, &sig); prctl(PR_CAPBSET_READ, 21); prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
  prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0); prctl(PR_SET_CHILD_SUBREAPER, 1); prctl(PR_GET_CHILD_SUBREAPER, &sig); prctl(PR_GET_KEEPCAPS); prctl(12345, 1, 2);
  prctl(PR_SET_DUMPABLE, 1);
  int fd = open("/tmp/mt/xa", O_RDWR|O_CREAT, 0644);
  fsetxattr(fd, "user.test", "val\0ue\0", 7, 0); setxattr("/tmp/mt/xa", "user.t2", "abc", 3, XATTR_CREATE);
  char buf[100]; getxattr("/tmp/mt/xa", "user.test", buf, sizeof buf); getxattr("/tmp/mt/xa", "user.test", NULL, 0);
  lgetxattr("/tmp/mt/xa", "user.none", buf, sizeof buf); fgetxattr(fd, "user.t2", buf, 2);
  listxattr("/tmp/mt/xa", buf, sizeof buf); flistxattr(fd, NULL, 0); removexattr("/tmp/mt/xa", "user.t2");
  struct statfs sf; fstatfs(fd, &sf); statfs("/nonexistent", &sf);
  struct statx sx; statx(AT_FDCWD, "/tmp/mt/xa", AT_SYMLINK_NOFOLLOW|AT_STATX_DONT_SYNC, STATX_ALL, &sx);
  statx(fd, "", AT_EMPTY_PATH, STATX_BASIC_STATS|STATX_MNT_ID, &sx); statx(AT_FDCWD, "/nonexistent", 0, 0, &sx);
  statx(AT_FDCWD, "/dev/null", 0, STATX_TYPE|STATX_SIZE, &sx);
  unlink("/tmp/mt/xa");
  struct timespec ts = {0, 1000}; syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL);
  syscall(SYS_clock_gettime, CLOCK_BOOTTIME, &ts); syscall(SYS_clock_getres, -2, &ts); syscall(SYS_clock_gettime, 99, &ts);
  syscall(SYS_nanosleep, &ts, NULL); umask(022); umask(0777);
  return 0;
}
