/* fds.c: descriptors of every kind -y and -e decode-fds=SET describe
 * differently: anonymous inodes, a memfd, a pidfd, TCP, UDPv6, netlink and
 * unix sockets, a pipe, a character device and a directory; each closed. */
#define _GNU_SOURCE
#include <sys/eventfd.h>
#include <sys/signalfd.h>
#include <sys/timerfd.h>
#include <sys/inotify.h>
#include <sys/epoll.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <signal.h>
#include <unistd.h>
#include <sys/syscall.h>
#include <fcntl.h>
int main(void){
  int a = eventfd(0,0); sigset_t s; sigemptyset(&s); int b = signalfd(-1,&s,0); int c = timerfd_create(CLOCK_MONOTONIC,0);
  int d = inotify_init1(0); int e = epoll_create1(0); int f = memfd_create("hello", 0); int g = syscall(SYS_pidfd_open, getpid(), 0);
  int h = socket(AF_INET, SOCK_STREAM, 0); struct sockaddr_in sa = { AF_INET, 0, { 0x0100007f } }; bind(h, (void*)&sa, sizeof sa); listen(h, 1);
  int i = socket(AF_INET6, SOCK_DGRAM, 0); int j = socket(AF_NETLINK, SOCK_RAW, 0); int sv[2]; socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
  int p[2]; pipe(p); int k = open("/dev/null", O_RDONLY); int l = open("/tmp", O_RDONLY|O_DIRECTORY);
  int fds[] = {a,b,c,d,e,f,g,h,i,j,sv[0],sv[1],p[0],p[1],k,l};
  for (unsigned n = 0; n < sizeof fds/sizeof *fds; n++) close(fds[n]);
  return 0;
}
