/* Victim for the decoder specs: poll/select/epoll/eventfd, readv/writev, sendfile,
 * flock, chmod/chown/utimensat, links and renames, madvise/mremap, ids.
 * Build: gcc -O0 -w -o v8 v8.c -lutil -lpthread -lrt
 * Used by record/gen_specs.py, which runs it under strace and under the
 * decoders; the scratch directory is /tmp/mt. */
#define _GNU_SOURCE
#include <unistd.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/select.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/uio.h>
#include <sys/mman.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/file.h>
#include <sys/syscall.h>
#include <time.h>
int main(void){
  int p[2]; pipe(p); write(p[1], "x", 1);
  struct pollfd pf[3] = { { p[0], POLLIN, 0 }, { p[1], POLLOUT|POLLERR, 0 }, { -1, POLLIN, 0 } };
  poll(pf, 3, 100); poll(pf, 0, 0); poll((void*)8, 1, 0);
  struct pollfd one = { p[0], POLLPRI, 0 }; poll(&one, 1, 0);
  struct timespec ts = { 0, 1000 }; sigset_t ss; sigemptyset(&ss); sigaddset(&ss, SIGUSR1);
  ppoll(pf, 2, &ts, &ss); ppoll(&one, 1, &ts, NULL);
  fd_set r, w; FD_ZERO(&r); FD_ZERO(&w); FD_SET(p[0], &r); FD_SET(p[1], &w); FD_SET(0, &r);
  struct timeval tv = { 0, 500 }; select(p[1] + 1, &r, &w, NULL, &tv);
  FD_ZERO(&r); FD_SET(p[1], &r); tv.tv_usec = 100; select(p[1] + 1, &r, NULL, NULL, &tv);
  FD_ZERO(&r); FD_SET(p[0], &r); FD_ZERO(&w); FD_SET(p[1], &w); pselect(p[1] + 1, &r, &w, NULL, &ts, &ss);
  int ep = epoll_create1(EPOLL_CLOEXEC); epoll_create(5);
  struct epoll_event e = { .events = EPOLLIN|EPOLLET, .data.u64 = 0x1234567890 }; epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &e);
  epoll_ctl(ep, EPOLL_CTL_DEL, p[0], NULL); e.data.fd = p[0]; epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &e);
  struct epoll_event out[4]; epoll_wait(ep, out, 4, 10); epoll_pwait(ep, out, 4, 0, &ss); epoll_wait(99, out, 4, 0);
  int ef = eventfd(3, EFD_NONBLOCK|EFD_CLOEXEC);
  char a[4], b[8]; struct iovec iov[2] = { { a, sizeof a }, { b, sizeof b } };
  write(p[1], "hello, world", 12); readv(p[0], iov, 2); readv(99, iov, 2);
  iov[0].iov_base = "ab\n"; iov[0].iov_len = 3; iov[1].iov_base = "\33c"; iov[1].iov_len = 2; writev(p[1], iov, 2);
  int fd = open("/tmp/mt/sf", O_RDWR|O_CREAT|O_TRUNC, 0644); write(fd, "0123456789", 10);
  off_t off = 2; sendfile(p[1], fd, &off, 5); sendfile(p[1], fd, NULL, 3);
  flock(fd, LOCK_EX|LOCK_NB); flock(fd, LOCK_UN); fsync(fd); fdatasync(fd); ftruncate(fd, 4); truncate("/tmp/mt/sf", 2);
  fchmod(fd, 0600); chmod("/tmp/mt/sf", 04755); fchmodat(AT_FDCWD, "/tmp/mt/sf", 0644, 0);
  chown("/tmp/mt/sf", 0, -1); fchown(fd, -1, 0); lchown("/tmp/mt/sf", 1, 1); fchownat(AT_FDCWD, "/tmp/mt/sf", 0, 0, AT_SYMLINK_NOFOLLOW);
  struct timespec tt[2] = { { 1000000000, 5 }, { 0, UTIME_OMIT } }; utimensat(AT_FDCWD, "/tmp/mt/sf", tt, 0);
  tt[0].tv_nsec = UTIME_NOW; utimensat(fd, NULL, tt, 0); utimensat(AT_FDCWD, "/tmp/mt/sf", NULL, AT_SYMLINK_NOFOLLOW);
  link("/tmp/mt/sf", "/tmp/mt/sf2"); symlink("sf", "/tmp/mt/sf3"); rename("/tmp/mt/sf3", "/tmp/mt/sf4");
  syscall(SYS_renameat, AT_FDCWD, "/tmp/mt/sf4", AT_FDCWD, "/tmp/mt/sf5"); unlink("/tmp/mt/sf2"); unlink("/tmp/mt/sf5"); unlink("/tmp/mt/sf");
  char *m = mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0);
  madvise(m, 4096, MADV_DONTNEED); madvise(m, 4096, 999); m = mremap(m, 8192, 16384, MREMAP_MAYMOVE);
  mremap(m, 16384, 4096, MREMAP_MAYMOVE|MREMAP_FIXED, (void*)0x300000000);
  uid_t r1, e1, s1; getresuid(&r1, &e1, &s1); getresgid(&r1, &e1, (void*)8); setuid(0); setgid(0); setreuid(-1, 0); setresuid(-1, -1, -1); setpgid(0, 0); getpgid(0); getsid(0);
  return 0;
}
