/* Victim for the decoder specs: getdents64 of odd names, fcntl, dup/pipe2, netlink/unix/packet/inet6 addresses, recvfrom/accept edge cases, clone variants, clone3 pidfd.
 * Build: gcc -O0 -w -o v4 v4.c -lutil -lpthread -lrt
 * Used by record/gen_specs.py, which runs it under strace and under the
 * decoders; the scratch directory is /tmp/mt. */
#define _GNU_SOURCE
#include <unistd.h>
#include <string.h>
#include <fcntl.h>
#include <stdlib.h>
#include <signal.h>
#include <sched.h>
#include <sys/syscall.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <netinet/in.h>
#include <linux/netlink.h>
#include <linux/if_packet.h>
#include <net/ethernet.h>
#include <linux/sched.h>
static char stack[65536];
static int child(void *a) { return 0; }
int main(void){
  char buf[4096];
  int d = open("/tmp/mt/weird", O_RDONLY|O_DIRECTORY);
  syscall(SYS_getdents64, d, buf, sizeof buf); syscall(SYS_getdents64, d, buf, sizeof buf);
  syscall(SYS_getdents64, d, (void*)8, sizeof buf); syscall(SYS_getdents64, 99, buf, sizeof buf);
  lseek(d, 0, SEEK_SET); syscall(SYS_getdents64, d, buf, 30);
  fcntl(d, F_GETFD); fcntl(d, F_SETFD, FD_CLOEXEC); fcntl(d, F_GETFD); fcntl(d, F_GETFL); fcntl(d, F_DUPFD, 10); fcntl(d, F_DUPFD_CLOEXEC, 0);
  fcntl(d, F_SETSIG, SIGUSR1); fcntl(d, F_GETSIG); fcntl(d, F_GETOWN); fcntl(d, 9999, 5);
  dup(d); dup2(d, 20); dup3(d, 21, O_CLOEXEC); int pp[2]; pipe2(pp, O_NONBLOCK|O_CLOEXEC); syscall(SYS_pipe2, (void*)8, 0);
  int n = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
  struct sockaddr_nl nl = { .nl_family = AF_NETLINK, .nl_groups = 5 }; bind(n, (void*)&nl, sizeof nl);
  socklen_t l = sizeof nl; getsockname(n, (void*)&nl, &l);
  int u[2]; socketpair(AF_UNIX, SOCK_STREAM, 0, u);
  send(u[0], "hi", 2, 0); recv(u[1], buf, 10, 0);
  sendto(u[0], "hello", 5, MSG_DONTWAIT|MSG_MORE, NULL, 0);
  recvfrom(u[1], buf, 3, MSG_PEEK, NULL, NULL);
  l = 100; recvfrom(u[1], buf, 10, 0, (void*)buf, &l);
  l = 100; recvfrom(99, buf, 10, 0, (void*)buf, &l);
  accept(99, NULL, NULL); accept4(99, NULL, NULL, SOCK_CLOEXEC); l = 16; accept(99, (void*)buf, &l);
  getpeername(u[0], (void*)buf, &l); l = 2; getpeername(u[0], (void*)buf, &l);
  shutdown(u[0], SHUT_WR);
  struct sockaddr_in6 s6 = { .sin6_family = AF_INET6, .sin6_port = htons(1), .sin6_scope_id = 1 };
  s6.sin6_addr.s6_addr[0] = 0xfe; s6.sin6_addr.s6_addr[1] = 0x80; s6.sin6_addr.s6_addr[15] = 1;
  int s = socket(AF_INET6, SOCK_DGRAM, 0); connect(s, (void*)&s6, sizeof s6); connect(s, (void*)&s6, 24); connect(s, (void*)&s6, 20);
  connect(s, (void*)&s6, 1); connect(s, (void*)8, 16);
  struct sockaddr sa = { .sa_family = 12345 }; memcpy(sa.sa_data, "\1\2abc", 5); connect(s, &sa, 8);
  struct sockaddr_ll ll = { .sll_family = AF_PACKET, .sll_protocol = htons(ETH_P_IP), .sll_ifindex = 1, .sll_halen = 6 };
  memcpy(ll.sll_addr, "\1\2\3\4\5\6", 6); bind(s, (void*)&ll, sizeof ll); bind(s, (void*)&ll, 14);
  struct sockaddr_un un = { .sun_family = AF_UNIX }; bind(s, (void*)&un, 2); bind(s, (void*)&un, 3);
  memcpy(un.sun_path, "\0ab\0c\1", 6); bind(s, (void*)&un, 8);
  memcpy(un.sun_path, "/a\33b\0zz", 7); bind(s, (void*)&un, 9);
  socket(AF_INET, SOCK_DGRAM|0x100000, IPPROTO_ICMP); socket(AF_UNIX, 0x80000, 0);
  int ptid = 0;
  pid_t p = syscall(SYS_clone, CLONE_PARENT_SETTID|SIGCHLD, 0, &ptid, NULL, 0);
  if (p == 0) _exit(0);
  waitpid(p, NULL, 0);
  p = clone(child, stack + sizeof stack, CLONE_VM|CLONE_VFORK|SIGCHLD, NULL);
  waitpid(p, NULL, 0);
  p = syscall(SYS_clone, 0, 0, 0, 0, 0); if (p == 0) _exit(0);
  syscall(SYS_clone, CLONE_NEWUSER|CLONE_NEWNS|0x80, 0, 0, 0, 0);
  p = syscall(SYS_vfork); if (p == 0) _exit(0);
  p = syscall(SYS_fork); if (p == 0) _exit(0);
  while (wait(NULL) > 0);
  struct clone_args ca = { .flags = CLONE_PIDFD, .pidfd = (unsigned long)&ptid, .exit_signal = SIGCHLD };
  p = syscall(SYS_clone3, &ca, sizeof ca); if (p == 0) _exit(0);
  syscall(SYS_clone3, &ca, 16); syscall(SYS_clone3, (void*)8, sizeof ca);
  struct clone_args cb = { .flags = 0, .exit_signal = 0x1ffffffff }; syscall(SYS_clone3, &cb, 64);
  syscall(SYS_exit, 3);
}
