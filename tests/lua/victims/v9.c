/* Victim for the decoder specs: socket options, sendmsg/recvmsg with SCM_RIGHTS.
 * Build: gcc -O0 -w -o v9 v9.c -lutil -lpthread -lrt
 * Used by record/gen_specs.py, which runs it under strace and under the
 * decoders; the scratch directory is /tmp/mt. */
#define _GNU_SOURCE
#include <unistd.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/uio.h>
int main(void){
  int sv[2]; socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
  int one = 1, v; socklen_t l;
  setsockopt(sv[0], SOL_SOCKET, SO_PASSCRED, &one, sizeof one);
  struct linger lg = { 1, 5 }; setsockopt(sv[0], SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
  setsockopt(sv[0], SOL_SOCKET, SO_SNDBUF, &one, 2); setsockopt(sv[0], SOL_SOCKET, 12345, "ab\0c", 4); setsockopt(sv[0], SOL_SOCKET, 12345, "ab\0", 3);
  l = sizeof v; getsockopt(sv[0], SOL_SOCKET, SO_ERROR, &v, &l);
  l = sizeof v; getsockopt(sv[0], SOL_SOCKET, SO_TYPE, &v, &l);
  struct ucred uc; l = sizeof uc; getsockopt(sv[0], SOL_SOCKET, SO_PEERCRED, &uc, &l);
  l = 100; char big[100]; getsockopt(sv[0], SOL_SOCKET, SO_SNDBUF, big, &l);
  getsockopt(sv[0], SOL_SOCKET, SO_SNDBUF, big, NULL); l = 4; getsockopt(99, SOL_SOCKET, SO_SNDBUF, big, &l);
  int t = socket(AF_INET, SOCK_STREAM, 0); setsockopt(t, IPPROTO_TCP, TCP_NODELAY, &one, 4); setsockopt(t, IPPROTO_IP, IP_TOS, &one, 4);
  setsockopt(t, 99, 7, &one, 4);
  struct iovec iov[2] = { { "hello", 5 }, { " world", 6 } };
  char cbuf[CMSG_SPACE(sizeof(int) * 2)]; memset(cbuf, 0, sizeof cbuf);
  struct msghdr mh = { .msg_iov = iov, .msg_iovlen = 2, .msg_control = cbuf, .msg_controllen = sizeof cbuf };
  struct cmsghdr *c = CMSG_FIRSTHDR(&mh); c->cmsg_level = SOL_SOCKET; c->cmsg_type = SCM_RIGHTS; c->cmsg_len = CMSG_LEN(sizeof(int) * 2);
  int fds[2] = { 0, 1 }; memcpy(CMSG_DATA(c), fds, sizeof fds);
  sendmsg(sv[0], &mh, MSG_DONTWAIT);
  struct msghdr plain = { .msg_iov = iov, .msg_iovlen = 1 }; sendmsg(sv[0], &plain, 0);
  char rb[4], rb2[20]; struct iovec riov[2] = { { rb, sizeof rb }, { rb2, sizeof rb2 } };
  char rc[256]; struct sockaddr_un from; struct msghdr rh = { .msg_name = &from, .msg_namelen = sizeof from, .msg_iov = riov, .msg_iovlen = 2, .msg_control = rc, .msg_controllen = sizeof rc };
  recvmsg(sv[1], &rh, 0);
  rh.msg_controllen = sizeof rc; rh.msg_namelen = sizeof from; recvmsg(sv[1], &rh, MSG_DONTWAIT);
  rh.msg_controllen = sizeof rc; recvmsg(sv[1], &rh, MSG_DONTWAIT);
  recvmsg(sv[1], (void*)8, 0);
  return 0;
}
