/* Victim for the decoder specs: files, mmap, rlimits, getrandom, signals masks, futex, sockets (inet, unix, inet6), getdents64, fork/vfork/clone3 and wait4.
 * Build: gcc -O0 -w -o v v.c -lutil -lpthread -lrt
 * Used by record/gen_specs.py, which runs it under strace and under the
 * decoders; the scratch directory is /tmp/mt. */
#define _GNU_SOURCE
#include <unistd.h>
#include <fcntl.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/random.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <signal.h>
#include <termios.h>
#include <linux/futex.h>
#include <sched.h>
#include <linux/sched.h>
#include <errno.h>
#include <stddef.h>
#include <sys/prctl.h>
#include <asm/prctl.h>

static void h(int s){(void)s;}
int main(int argc, char **argv){
  char buf[256];
  struct stat st;
  int fd = openat(AT_FDCWD, "/etc/passwd", O_RDONLY|O_CLOEXEC);
  read(fd, buf, 100);
  pread64(fd, buf, 10, 5);
  lseek(fd, 0, SEEK_SET); lseek(fd, 10, SEEK_CUR); lseek(fd, 0, SEEK_END); lseek(fd, 0, 7);
  fstat(fd, &st);
  close(fd);
  open("/nonexistent", O_RDONLY);
  open("/tmp/mt/out.txt", O_WRONLY|O_CREAT|O_TRUNC, 0644);
  openat(AT_FDCWD, "/tmp/mt/out2.txt", O_RDWR|O_CREAT|O_APPEND|O_NONBLOCK|O_EXCL|0x40000000, 0600);
  openat(3, "x", O_RDONLY|O_DIRECTORY|O_NOFOLLOW);
  openat(AT_FDCWD, "/tmp", O_TMPFILE|O_RDWR, 0600);
  openat(AT_FDCWD, (char*)16, O_RDONLY);
  openat(AT_FDCWD, NULL, O_RDONLY);
  pwrite64(4, "hello", 5, 100);
  access("/etc/passwd", R_OK|W_OK);
  access("/etc/passwd", F_OK);
  access("/etc/passwd", X_OK|0x10);
  syscall(SYS_faccessat, AT_FDCWD, "/etc", R_OK);
  syscall(439, AT_FDCWD, "/etc", R_OK, AT_EACCESS|AT_SYMLINK_NOFOLLOW);
  syscall(439, AT_FDCWD, "/etc", R_OK, 0);
  stat("/etc/passwd", &st);
  stat("/dev/null", &st);
  lstat("/bin", &st);
  stat("/nonexistent", &st);
  fstatat(AT_FDCWD, "/etc", &st, AT_SYMLINK_NOFOLLOW);
  fstatat(AT_FDCWD, "/nonexistent", &st, 0);
  fstatat(0, "", &st, AT_EMPTY_PATH);
  void *p = mmap(NULL, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0);
  mprotect(p, 4096, PROT_NONE);
  mprotect(p, 4096, PROT_READ|PROT_EXEC|0x100);
  munmap(p, 8192);
  mmap(NULL, 4096, PROT_READ, MAP_SHARED|MAP_FIXED|MAP_NORESERVE|MAP_STACK, 99, 4096);
  mmap((void*)0x10000, 2<<20, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS|MAP_HUGETLB|(21<<26), -1, 0);
  syscall(SYS_brk, 0);
  readlink("/proc/self/exe", buf, sizeof buf);
  readlink("/proc/self/exe", buf, 4);
  readlinkat(AT_FDCWD, "/nonexistent", buf, sizeof buf);
  struct rlimit rl; prlimit(0, RLIMIT_STACK, NULL, &rl);
  struct rlimit rl2 = {100, RLIM_INFINITY}; prlimit(0, RLIMIT_NOFILE, &rl2, &rl);
  getrlimit(RLIMIT_CORE, &rl);
  getrandom(buf, 8, GRND_NONBLOCK);
  getrandom(buf, 40, 0);
  getrandom(buf, 4, 0x80);
  syscall(SYS_arch_prctl, ARCH_GET_FS, buf);
  syscall(SYS_arch_prctl, 0x9999, 0);
  sigset_t ss; sigemptyset(&ss); sigaddset(&ss, SIGINT); sigaddset(&ss, SIGRTMIN+2);
  sigprocmask(SIG_BLOCK, &ss, NULL);
  sigprocmask(SIG_SETMASK, NULL, &ss);
  sigfillset(&ss); sigprocmask(SIG_UNBLOCK, &ss, &ss);
  struct sigaction sa; memset(&sa, 0, sizeof sa); sa.sa_handler = h; sa.sa_flags = SA_RESTART; sigaddset(&sa.sa_mask, SIGTERM);
  sigaction(SIGUSR1, &sa, NULL);
  sigaction(SIGUSR1, NULL, &sa);
  sa.sa_handler = SIG_IGN; sigaction(SIGPIPE, &sa, NULL);
  getpid(); getuid(); getppid(); geteuid(); getgid();
  struct termios t; ioctl(0, TCGETS, &t);
  ioctl(1, TIOCGWINSZ, buf);
  ioctl(5, FIONREAD, buf);
  ioctl(5, 0xdeadbeef, 0x1234);
  int futexw = 0; syscall(SYS_futex, &futexw, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
  struct timespec ts = {0, 1000}; syscall(SYS_futex, &futexw, FUTEX_WAIT_PRIVATE, 1, &ts, NULL, 0);
  syscall(SYS_futex, &futexw, FUTEX_WAIT, 0, &ts, NULL, 0);
  int s = socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, 0);
  struct sockaddr_in sin = { .sin_family = AF_INET, .sin_port = htons(5000) }; sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  int one = 1; setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  bind(s, (void*)&sin, sizeof sin);
  listen(s, 5);
  int c = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
  connect(c, (void*)&sin, sizeof sin);
  struct sockaddr_in peer; socklen_t pl = sizeof peer;
  int a = accept(s, (void*)&peer, &pl);
  sendto(c, "ping\n", 5, MSG_NOSIGNAL, NULL, 0);
  recvfrom(a, buf, sizeof buf, 0, NULL, NULL);
  pl = sizeof peer; 
  close(a);
  int u = socket(AF_UNIX, SOCK_DGRAM, 0);
  struct sockaddr_un sun = { .sun_family = AF_UNIX }; strcpy(sun.sun_path, "/tmp/mt/sock");
  unlink("/tmp/mt/sock");
  bind(u, (void*)&sun, sizeof sun);
  struct sockaddr_un sun2 = { .sun_family = AF_UNIX }; memcpy(sun2.sun_path, "\0abstract", 9);
  int u2 = socket(AF_UNIX, SOCK_DGRAM|SOCK_NONBLOCK, 0);
  bind(u2, (void*)&sun2, offsetof(struct sockaddr_un, sun_path) + 9);
  sendto(u2, "x\0y", 3, 0, (void*)&sun, sizeof sun);
  struct sockaddr_un from; pl = sizeof from;
  recvfrom(u, buf, sizeof buf, MSG_DONTWAIT, (void*)&from, &pl);
  int s6 = socket(AF_INET6, SOCK_DGRAM, IPPROTO_UDP);
  struct sockaddr_in6 s6a = { .sin6_family = AF_INET6, .sin6_port = htons(6000), .sin6_addr = IN6ADDR_LOOPBACK_INIT, .sin6_flowinfo = htonl(5), .sin6_scope_id = 0 };
  bind(s6, (void*)&s6a, sizeof s6a);
  fcntl(s, F_SETFL, O_NONBLOCK|O_RDWR); accept4(s, (void*)&peer, &pl, SOCK_NONBLOCK|SOCK_CLOEXEC);
  socket(AF_NETLINK, SOCK_RAW, 0);
  socket(AF_PACKET, SOCK_RAW, htons(3));
  socket(12345, 99, 7);
  int d = open("/tmp", O_RDONLY|O_DIRECTORY);
  syscall(SYS_getdents64, d, buf, sizeof buf);
  syscall(SYS_getdents64, d, buf, sizeof buf);
  pid_t pid = fork();
  if (pid == 0) { _exit(3); }
  int status; wait4(pid, &status, 0, NULL);
  pid = vfork();
  if (pid == 0) { _exit(0); }
  waitpid(pid, &status, WNOHANG|__WALL);
  wait4(-1, &status, 0, NULL);
  pid = fork();
  if (pid == 0) { kill(getpid(), SIGKILL); }
  wait4(pid, &status, 0, NULL);
  struct clone_args ca = { .flags = CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|CLONE_PARENT_SETTID, .exit_signal = SIGCHLD, .parent_tid = (unsigned long)&futexw, .child_tid=(unsigned long)&futexw };
  pid = syscall(SYS_clone3, &ca, sizeof ca);
  if (pid == 0) { syscall(SYS_exit, 0); }
  wait4(pid, &status, 0, NULL);
  write(1, "\x1b[31m\0011\n\"\\\xff", 11);
  syscall(SYS_set_tid_address, &futexw);
  exit(0);
}
