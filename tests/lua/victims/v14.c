/* v14: netlink messages in socket data, for lua/moontrace/decode/netlink.lua:
 * NETLINK_ROUTE dumps (addresses, links, routes) sent with sendto/sendmsg/
 * write and received with recvmsg/recvfrom/read, NLMSG_ERROR replies (acks
 * of bogus or harmless requests), short and truncated buffers, several
 * messages in one buffer, and a NETLINK_SOCK_DIAG dump.  Nothing here
 * changes system state: only GET requests (and one unknown type, refused),
 * never RTM_NEW* / RTM_DEL*.
 * Link replies carry counters that change between runs: they are received
 * into buffers too short to reach them.  Deterministic, never blocks
 * (every receive follows a request that is answered). */
#define _GNU_SOURCE
#include <errno.h>
#include <netdb.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/if_addr.h>
#include <linux/if_link.h>
#include <linux/sock_diag.h>
#include <linux/inet_diag.h>
#include <linux/unix_diag.h>
#include <netinet/in.h>

static unsigned seq = 100;
static char big[65536];

static int nl_socket(int proto)
{
	int fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, proto);
	struct sockaddr_nl sa = { .nl_family = AF_NETLINK };
	bind(fd, (struct sockaddr *)&sa, sizeof sa);
	return fd;
}

/* whether a reply of n bytes in big ends the answer */
static int finished(ssize_t n)
{
	struct nlmsghdr *h = (void *)big;
	int len = n;
	if (n < (ssize_t)sizeof *h)
		return 1;
	for (; NLMSG_OK(h, len); h = NLMSG_NEXT(h, len))
		if (h->nlmsg_type == NLMSG_DONE || h->nlmsg_type == NLMSG_ERROR || !(h->nlmsg_flags & NLM_F_MULTI))
			return 1;
	return 0;
}

/* receive until NLMSG_DONE / NLMSG_ERROR, showing at most `show` bytes of
 * each datagram (MSG_TRUNC drops the rest) */
static void drain_recvmsg(int fd, size_t show)
{
	for (;;) {
		struct sockaddr_nl sa;
		struct iovec iov = { big, show };
		struct msghdr mh = { .msg_name = &sa, .msg_namelen = sizeof sa, .msg_iov = &iov, .msg_iovlen = 1 };
		ssize_t n = recvmsg(fd, &mh, 0);
		if (n <= 0)
			return;
		if (finished(n))
			return;
	}
}

static void drain_recvfrom(int fd, size_t show)
{
	for (;;) {
		struct sockaddr_nl sa;
		socklen_t sl = sizeof sa;
		ssize_t n = recvfrom(fd, big, show, 0, (struct sockaddr *)&sa, &sl);
		if (n <= 0)
			return;
		if (finished(n))
			return;
	}
}

static void recvmsg_once(int fd, size_t show)
{
	struct sockaddr_nl sa;
	struct iovec iov = { big, show };
	struct msghdr mh = { .msg_name = &sa, .msg_namelen = sizeof sa, .msg_iov = &iov, .msg_iovlen = 1 };
	recvmsg(fd, &mh, 0);
}

/* after a receive that cut a dump short, what is left of it is dropped
 * with the socket */
static int reopen(int fd, int proto)
{
	close(fd);
	return nl_socket(proto);
}

static void gai(void)
{
	struct addrinfo hints, *res;
	memset(&hints, 0, sizeof hints);
	hints.ai_flags = AI_ADDRCONFIG;
	hints.ai_socktype = SOCK_STREAM;
	if (getaddrinfo("127.0.0.1", "80", &hints, &res) == 0)
		freeaddrinfo(res);
}

static void route_dumps(void)
{
	int fd = nl_socket(NETLINK_ROUTE);
	struct sockaddr_nl kernel = { .nl_family = AF_NETLINK };

	/* RTM_GETADDR dump with a whole ifaddrmsg, sendto + recvmsg */
	struct { struct nlmsghdr h; struct ifaddrmsg a; } ra;
	memset(&ra, 0, sizeof ra);
	ra.h.nlmsg_len = sizeof ra;
	ra.h.nlmsg_type = RTM_GETADDR;
	ra.h.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
	ra.h.nlmsg_seq = ++seq;
	ra.a.ifa_family = AF_INET;
	sendto(fd, &ra, sizeof ra, 0, (struct sockaddr *)&kernel, sizeof kernel);
	drain_recvmsg(fd, sizeof big);

	/* the same, AF_INET6, into a buffer that cuts the first reply */
	ra.h.nlmsg_seq = ++seq;
	ra.a.ifa_family = AF_INET6;
	sendto(fd, &ra, sizeof ra, 0, NULL, 0);
	recvmsg_once(fd, 60);
	fd = reopen(fd, NETLINK_ROUTE);

	/* RTM_GETLINK dump with IFLA_EXT_MASK, sendmsg + recvfrom: the
	 * replies cut before the counters */
	struct { struct nlmsghdr h; struct ifinfomsg i; struct rtattr rta; uint32_t mask; } rl;
	memset(&rl, 0, sizeof rl);
	rl.h.nlmsg_len = sizeof rl;
	rl.h.nlmsg_type = RTM_GETLINK;
	rl.h.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
	rl.h.nlmsg_seq = ++seq;
	rl.i.ifi_family = AF_UNSPEC;
	rl.rta.rta_len = RTA_LENGTH(4);
	rl.rta.rta_type = IFLA_EXT_MASK;
	rl.mask = RTEXT_FILTER_VF;
	struct iovec iov = { &rl, sizeof rl };
	struct msghdr mh = { .msg_name = &kernel, .msg_namelen = sizeof kernel, .msg_iov = &iov, .msg_iovlen = 1 };
	sendmsg(fd, &mh, 0);
	recvfrom(fd, big, 200, 0, NULL, NULL);
	fd = reopen(fd, NETLINK_ROUTE);
	/* again, 16 bytes: only the first header */
	rl.h.nlmsg_seq = ++seq;
	sendmsg(fd, &mh, 0);
	recvfrom(fd, big, 16, 0, NULL, NULL);
	fd = reopen(fd, NETLINK_ROUTE);

	/* RTM_GETLINK for lo only, acked: the reply cut, then the ack */
	rl.h.nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK;
	rl.h.nlmsg_seq = ++seq;
	rl.i.ifi_index = 1;
	send(fd, &rl, sizeof rl, 0);
	recv(fd, big, 120, 0);
	recv(fd, big, sizeof big, 0);
	fd = reopen(fd, NETLINK_ROUTE);

	/* RTM_GETROUTE dumps, IPv4 and IPv6, sendmsg with two iovecs */
	struct { struct nlmsghdr h; struct rtmsg r; } rr;
	memset(&rr, 0, sizeof rr);
	rr.h.nlmsg_len = sizeof rr;
	rr.h.nlmsg_type = RTM_GETROUTE;
	rr.h.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
	rr.h.nlmsg_seq = ++seq;
	rr.r.rtm_family = AF_INET;
	struct iovec iov2[2] = { { &rr.h, sizeof rr.h }, { &rr.r, sizeof rr.r } };
	mh.msg_iov = iov2;
	mh.msg_iovlen = 2;
	sendmsg(fd, &mh, 0);
	drain_recvmsg(fd, sizeof big);
	rr.h.nlmsg_seq = ++seq;
	rr.r.rtm_family = AF_INET6;
	rr.r.rtm_table = RT_TABLE_MAIN;
	sendto(fd, &rr, sizeof rr, 0, NULL, 0);
	drain_recvfrom(fd, sizeof big);

	/* a request and its replies through write and read: strace shows
	 * these as plain strings */
	ra.h.nlmsg_seq = ++seq;
	ra.a.ifa_family = AF_INET;
	write(fd, &ra, sizeof ra);
	/* (12 bytes: the port id that follows changes from run to run) */
	read(fd, big, 12);
	read(fd, big, 12);

	close(fd);
}

static void errors_and_odd_buffers(void)
{
	int fd = nl_socket(NETLINK_ROUTE);
	struct { struct nlmsghdr h; struct ifinfomsg i; } rl;

	/* RTM_GETLINK of an interface that does not exist: NLMSG_ERROR ENODEV */
	memset(&rl, 0, sizeof rl);
	rl.h.nlmsg_len = sizeof rl;
	rl.h.nlmsg_type = RTM_GETLINK;
	rl.h.nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK;
	rl.h.nlmsg_seq = ++seq;
	rl.i.ifi_index = 99999;
	sendto(fd, &rl, sizeof rl, 0, NULL, 0);
	recvfrom(fd, big, sizeof big, 0, NULL, NULL);

	/* a type no family knows: refused, EOPNOTSUPP, with the request echoed */
	rl.h.nlmsg_type = 0x7ff;
	rl.h.nlmsg_seq = ++seq;
	sendto(fd, &rl, sizeof rl, 0, NULL, 0);
	recvfrom(fd, big, sizeof big, 0, NULL, NULL);
	/* again, the error cut short */
	rl.h.nlmsg_seq = ++seq;
	sendto(fd, &rl, sizeof rl, 0, NULL, 0);
	recvfrom(fd, big, 24, 0, NULL, NULL);

	/* NLMSG_NOOP with an ack: error=0, then two NOOPs in one buffer */
	struct nlmsghdr two[2];
	memset(two, 0, sizeof two);
	two[0].nlmsg_len = sizeof two[0];
	two[0].nlmsg_type = NLMSG_NOOP;
	two[0].nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK;
	two[0].nlmsg_seq = ++seq;
	two[1] = two[0];
	two[1].nlmsg_seq = ++seq;
	sendto(fd, two, sizeof two[0], 0, NULL, 0);
	recvfrom(fd, big, sizeof big, 0, NULL, NULL);
	sendto(fd, two, sizeof two, 0, NULL, 0);
	recvfrom(fd, big, sizeof big, 0, NULL, NULL);
	recvfrom(fd, big, sizeof big, 0, NULL, NULL);

	/* extended acks: a name longer than IFNAMSIZ fails the policy, the
	 * error carries a message and the offset of the attribute */
	int one = 1;
	setsockopt(fd, SOL_NETLINK, NETLINK_EXT_ACK, &one, sizeof one);
	struct { struct nlmsghdr h; struct ifinfomsg i; struct rtattr rta; char name[20]; } bad;
	memset(&bad, 0, sizeof bad);
	bad.h.nlmsg_len = sizeof bad;
	bad.h.nlmsg_type = RTM_GETLINK;
	bad.h.nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK;
	bad.h.nlmsg_seq = ++seq;
	bad.rta.rta_len = RTA_LENGTH(20);
	bad.rta.rta_type = IFLA_IFNAME;
	memset(bad.name, 'a', sizeof bad.name);
	sendto(fd, &bad, sizeof bad, 0, NULL, 0);
	recvfrom(fd, big, sizeof big, 0, NULL, NULL);
	/* capped: only the header of the request comes back */
	setsockopt(fd, SOL_NETLINK, NETLINK_CAP_ACK, &one, sizeof one);
	bad.h.nlmsg_seq = ++seq;
	sendto(fd, &bad, sizeof bad, 0, NULL, 0);
	recvfrom(fd, big, sizeof big, 0, NULL, NULL);

	/* odd buffers the kernel ignores: shorter than a header, a header
	 * claiming more than was sent, a header with a zero length, a header
	 * followed by a few loose bytes */
	unsigned char odd[64];
	memset(odd, 0, sizeof odd);
	struct nlmsghdr *h = (void *)odd;
	h->nlmsg_len = 16;
	h->nlmsg_type = NLMSG_NOOP;
	h->nlmsg_flags = NLM_F_REQUEST;
	sendto(fd, odd, 8, 0, NULL, 0);
	h->nlmsg_len = 48;
	sendto(fd, odd, 24, 0, NULL, 0);
	h->nlmsg_len = 0;
	sendto(fd, odd, 32, 0, NULL, 0);
	h->nlmsg_len = 16;
	memcpy(odd + 16, "abcdefgh", 8);
	sendto(fd, odd, 21, 0, NULL, 0);
	/* NLMSG_DONE and NLMSG_OVERRUN and flags of every kind, sent alone
	 * (without NLM_F_REQUEST the kernel drops them) */
	struct { struct nlmsghdr h; int32_t v; } d = { { 20, NLMSG_DONE, NLM_F_MULTI, 7, 0 }, 3 };
	sendto(fd, &d, sizeof d, 0, NULL, 0);
	d.h.nlmsg_type = NLMSG_OVERRUN;
	d.h.nlmsg_flags = NLM_F_ECHO | NLM_F_DUMP_INTR | 0x8000;
	sendto(fd, &d, sizeof d, 0, NULL, 0);
	d.h.nlmsg_type = RTM_NEWLINK;
	d.h.nlmsg_flags = NLM_F_REPLACE | NLM_F_EXCL | NLM_F_CREATE | NLM_F_APPEND;
	sendto(fd, &d, sizeof d, 0, NULL, 0);
	d.h.nlmsg_type = RTM_DELROUTE;
	d.h.nlmsg_flags = NLM_F_NONREC | NLM_F_BULK;
	sendto(fd, &d, sizeof d, 0, NULL, 0);
	d.h.nlmsg_type = RTM_GETROUTE;
	d.h.nlmsg_flags = NLM_F_ROOT | NLM_F_ATOMIC | NLM_F_DUMP_FILTERED;
	sendto(fd, &d, sizeof d, 0, NULL, 0);
	d.h.nlmsg_type = 0x200;
	d.h.nlmsg_flags = 0x300;
	sendto(fd, &d, sizeof d, 0, NULL, 0);
	/* the flags of acks, sets and unknown kinds */
	struct { int t, fl; } kinds[] = { { NLMSG_NOOP, 0x700 }, { NLMSG_ERROR, 0x700 }, { NLMSG_DONE, 0x700 },
		{ RTM_SETLINK, 0x700 }, { RTM_GETADDR, 0x1f00 }, { 0x10000 - 1, 0x100 } };
	for (unsigned i = 0; i < sizeof kinds / sizeof *kinds; i++) {
		d.h.nlmsg_type = kinds[i].t;
		d.h.nlmsg_flags = kinds[i].fl;
		sendto(fd, &d, sizeof d, 0, NULL, 0);
	}
	/* an attribute list with an empty, a nested and a short attribute */
	struct { struct nlmsghdr h; struct ifaddrmsg a; uint16_t l1, t1; uint16_t l2, t2; uint16_t l3, t3; uint32_t v3;
		uint16_t l4, t4; uint16_t v4; } at = { { sizeof at, RTM_GETADDR, 0, 7, 0 }, { AF_INET, 8, 0, 0, 1 },
		4, IFA_LABEL, 12, IFA_ADDRESS | NLA_F_NESTED, 8, IFA_FLAGS, 0x80, 6, IFA_LOCAL, 0x7f };
	sendto(fd, &at, sizeof at, 0, NULL, 0);
	/* a bad buffer address */
	sendto(fd, (void *)1, 16, 0, NULL, 0);
	close(fd);
}

static void sock_diag(void)
{
	int fd = nl_socket(NETLINK_SOCK_DIAG);
	/* the sockets of the machine vary: ask for TCP sockets in no state
	 * at all (an empty dump) */
	struct { struct nlmsghdr h; struct inet_diag_req_v2 r; } q;
	memset(&q, 0, sizeof q);
	q.h.nlmsg_len = sizeof q;
	q.h.nlmsg_type = SOCK_DIAG_BY_FAMILY;
	q.h.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
	q.h.nlmsg_seq = ++seq;
	q.r.sdiag_family = AF_INET;
	q.r.sdiag_protocol = IPPROTO_TCP;
	q.r.idiag_states = 0;
	q.r.idiag_ext = 0;
	q.r.id.idiag_sport = htons(1);
	q.r.id.idiag_cookie[0] = INET_DIAG_NOCOOKIE;
	q.r.id.idiag_cookie[1] = INET_DIAG_NOCOOKIE;
	sendto(fd, &q, sizeof q, 0, NULL, 0);
	drain_recvmsg(fd, sizeof big);
	close(fd);
}

int main(void)
{
	gai();
	route_dumps();
	errors_and_odd_buffers();
	sock_diag();
	return 0;
}
