/* v17: netlink round 2, for lua/moontrace/decode/netlink.lua: sock_diag of
 * AF_UNIX, AF_PACKET, AF_NETLINK and inet_diag attributes; nested link
 * attributes (IFLA_PROTINFO, IFLA_AF_SPEC, IFLA_LINKINFO, IFLA_XDP,
 * IFLA_PROP_LIST), RTA_METRICS and RTA_MULTIPATH, rules, netconf, qdiscs,
 * nexthops, and generic netlink's controller.
 * Replies of the kernel vary between runs (inodes, counters, ids): most
 * messages here are made by hand and sent from one netlink socket to
 * another of the victim's own (nl_pid of the second), never to the kernel,
 * so nothing is changed and each is printed twice (sendto, recvfrom).  The
 * kernel gets only GET requests, whose replies are cut to their headers.
 * Deterministic, never blocks. */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/genetlink.h>
#include <linux/fib_rules.h>
#include <linux/if_link.h>

static unsigned char buf[8192];
static size_t pos;
static unsigned seq = 200;

static void put(const void *p, size_t n) { memcpy(buf + pos, p, n); pos += n; }
static void u8(unsigned v) { unsigned char c = v; put(&c, 1); }
static void u16(unsigned v) { uint16_t x = v; put(&x, 2); }
static void u32(uint32_t v) { put(&v, 4); }
static void u64(uint64_t v) { put(&v, 8); }
static void pad(void) { while (pos % 4) buf[pos++] = 0; }
static void zero(size_t n) { memset(buf + pos, 0, n); pos += n; }

/* a message: begin, then fields and attributes, then end */
static size_t msg_at;
static void begin(unsigned type, unsigned flags)
{
	pos = 0; msg_at = 0;
	u32(0); u16(type); u16(flags); u32(++seq); u32(0);
}
/* attributes, nested: open returns where its length goes */
static size_t open_attr(unsigned type) { size_t at = pos; u16(0); u16(type); return at; }
static void close_attr(size_t at) { uint16_t l = pos - at; memcpy(buf + at, &l, 2); pad(); }
static void attr(unsigned type, const void *p, size_t n) { size_t a = open_attr(type); put(p, n); close_attr(a); }
static void attr32(unsigned type, uint32_t v) { attr(type, &v, 4); }
static void attr8(unsigned type, unsigned v) { unsigned char c = v; attr(type, &c, 1); }
static void attrs(unsigned type, const char *s) { attr(type, s, strlen(s) + 1); }
static size_t end(void) { uint32_t l = pos; memcpy(buf, &l, 4); return pos; }

static int nl_socket(int proto)
{
	int fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, proto);
	struct sockaddr_nl sa = { .nl_family = AF_NETLINK };
	bind(fd, (struct sockaddr *)&sa, sizeof sa);
	return fd;
}

static int a_fd, b_fd;
static struct sockaddr_nl b_addr;
static unsigned char in[8192];

static void pair(int proto)
{
	socklen_t l = sizeof b_addr;
	if (a_fd > 0) { close(a_fd); close(b_fd); }
	a_fd = nl_socket(proto);
	b_fd = nl_socket(proto);
	getsockname(b_fd, (struct sockaddr *)&b_addr, &l);
}

/* the message in buf, from a to b */
static void pass(void)
{
	size_t n = end();
	sendto(a_fd, buf, n, 0, (struct sockaddr *)&b_addr, sizeof b_addr);
	recvfrom(b_fd, in, sizeof in, MSG_DONTWAIT, NULL, NULL);
}

/* a request to the kernel, its reply shown up to `show` bytes */
static void ask(int fd, size_t show)
{
	size_t n = end();
	send(fd, buf, n, 0);
	recv(fd, in, show, MSG_TRUNC);
}

static void diag(void)
{
	pair(NETLINK_SOCK_DIAG);
	/* unix_diag_req, packet_diag_req, netlink_diag_req */
	begin(20, NLM_F_REQUEST | NLM_F_DUMP);
	u8(1); u8(0); u16(0); u32(0xffffffff); u32(0); u32(0x7f | 0x80); u32(0); u32(0);
	pass();
	begin(20, NLM_F_REQUEST | NLM_F_DUMP);
	u8(17); u8(0); u16(0); u32(5); u32(0x3f); u32(1); u32(2);
	pass();
	begin(20, NLM_F_REQUEST | NLM_F_DUMP);
	u8(16); u8(255); u16(0); u32(0); u32(0xf); u32(0xffffffff); u32(0xffffffff);
	pass();
	begin(20, NLM_F_REQUEST | NLM_F_DUMP);
	u8(16); u8(0); u16(0); u32(0); u32(0x10); u32(0); u32(0);
	pass();
	/* unix_diag_msg and every UNIX_DIAG_* */
	begin(20, NLM_F_MULTI);
	u8(1); u8(1); u8(10); u8(0); u32(4242); u32(7); u32(0);
	attrs(0, "/tmp/mt/nl2_sock");
	{ uint32_t v[2] = { 123, 0x803 }; attr(1, v, 8); }
	attr32(2, 4243);
	{ uint32_t v[3] = { 1, 2, 3 }; attr(3, v, 12); }
	{ uint32_t v[2] = { 5, 6 }; attr(4, v, 8); }
	{ uint32_t v[10] = { 0, 212992, 0, 212992, 0, 0, 0, 0, 0, 9 }; attr(5, v, 40); }
	attr8(6, 3);
	attr32(7, 1000);
	attr(8, "\1\2", 2);
	pass();
	begin(20, NLM_F_MULTI);
	u8(1); u8(2); u8(7); u8(0); u32(1); u32(0); u32(0);
	attr(0, "\0abstract", 9);
	pass();
	/* packet_diag_msg */
	begin(20, NLM_F_MULTI);
	u8(17); u8(3); u16(0x300); u32(77); u32(1); u32(0);
	{ uint32_t v[6] = { 1, 2, 0, 0, 0, 3 }; attr(0, v, 24); }
	{ uint32_t v[7] = { 4096, 1, 2048, 2, 0, 0, 0 }; attr(2, v, 28); attr(3, v, 28); }
	attr32(4, 0x10002);
	attr32(5, 0);
	{ uint32_t v[2] = { 1, 2 }; attr(6, v, 8); }
	pass();
	/* netlink_diag_msg */
	begin(20, NLM_F_MULTI);
	u8(16); u8(3); u8(0); u8(1); u32(100); u32(0); u32(0); u32(55); u32(3); u32(0);
	{ uint32_t v[2] = { 1, 2 }; attr(0, v, 8); }
	{ uint64_t g = 0x11; attr(1, &g, 8); }
	attr32(4, 0x3f);
	pass();
	/* inet_diag_msg with attributes */
	begin(20, NLM_F_MULTI);
	u8(2); u8(10); u8(0); u8(0);
	u8(0); u8(80); u16(0); zero(32); u32(0); u32(1); u32(0);
	u32(0); u32(0); u32(0); u32(0); u32(99);
	{ uint32_t v[4] = { 1, 2, 3, 4 }; attr(1, v, 16); attr(3, v, 16); }
	attrs(4, "cubic");
	{ uint32_t v[9] = { 0, 131072, 0, 16384, 0, 0, 0, 0, 0 }; attr(7, v, 36); }
	{ unsigned char v[16] = { 1, 0, 2, 0, 3 }; attr(9, v, 16); }
	{ uint32_t v[5] = { 1, 2, 3, 4, 5 }; attr(16, v, 20); }
	attr(22, "\x52\x00", 2);
	attr(22, "\x00\x00", 2);
	attr(22, "\xff\xff", 2);
	attr(22, "\x01", 1);
	pass();
	/* a real unix dump request, its reply cut to the header */
	{
		int fd = nl_socket(NETLINK_SOCK_DIAG);
		begin(20, NLM_F_REQUEST | NLM_F_DUMP);
		u8(1); u8(0); u16(0); u32(1 << 10); u32(0); u32(0x10); u32(~0u); u32(~0u);
		ask(fd, 16);
		close(fd);
	}
}

static void link_msg(void)
{
	static const int32_t conf4[33] = { 0, 0, 0, 1, 1, 1, 1, 0, 1 };
	int32_t conf6[60];
	uint64_t stats[38];
	size_t a, b;
	int i;
	for (i = 0; i < 60; i++) conf6[i] = i % 3 - 1;
	for (i = 0; i < 38; i++) stats[i] = i;
	begin(RTM_NEWLINK, NLM_F_MULTI);
	u8(10); u8(0); u16(772); u32(1); u32(0x10049); u32(0);
	attrs(IFLA_IFNAME, "lo");
	a = open_attr(IFLA_PROTINFO);
	attr32(1, 0x80000010);
	{ uint32_t v[4] = { 65535, 5, 30000, 1000 }; attr(5, v, 16); }
	attr(2, conf6, 12);
	attr(3, stats, 16);
	attr(6, stats, 56);
	attr(7, "\x20\x01\x0d\xb8\0\0\0\0\0\0\0\0\0\0\0\1", 16);
	attr8(8, 2);
	attr32(9, 1280);
	close_attr(a);
	a = open_attr(IFLA_LINKINFO);
	attrs(IFLA_INFO_KIND, "veth");
	attr(IFLA_INFO_DATA, "\x08\x00\x01\x00\x01\x00\x00\x00", 8);
	attrs(IFLA_INFO_SLAVE_KIND, "bridge");
	close_attr(a);
	a = open_attr(IFLA_XDP);
	attr8(IFLA_XDP_ATTACHED, 0);
	attr32(IFLA_XDP_PROG_ID, 7);
	attr32(IFLA_XDP_FLAGS, 6);
	close_attr(a);
	a = open_attr(IFLA_PROP_LIST | NLA_F_NESTED);
	attrs(IFLA_ALT_IFNAME, "nl2_alt");
	close_attr(a);
	a = open_attr(IFLA_AF_SPEC);
	b = open_attr(AF_INET);
	attr(1, conf4, sizeof conf4);
	close_attr(b);
	b = open_attr(AF_INET6);
	attr8(8, 0);
	attr(2, conf6, sizeof conf6);
	close_attr(b);
	b = open_attr(AF_PACKET);
	attr32(1, 1);
	close_attr(b);
	close_attr(a);
	pass();
	/* IFLA_PROTINFO of another family: bytes */
	begin(RTM_NEWLINK, NLM_F_MULTI);
	u8(7); u8(0); u16(1); u32(1); u32(0); u32(0);
	attr32(IFLA_PROTINFO, 1);
	pass();
}

static void route_msg(void)
{
	size_t a, b;
	begin(RTM_NEWROUTE, NLM_F_MULTI);
	u8(2); u8(24); u8(0); u8(0); u8(254); u8(3); u8(0); u8(1); u32(0);
	attr32(RTA_TABLE, 254);
	a = open_attr(RTA_METRICS);
	attr32(RTAX_LOCK, 1 << RTAX_MTU);
	attr32(RTAX_MTU, 1400);
	attr32(RTAX_FEATURES, 1);
	attrs(RTAX_CC_ALGO, "cubic");
	attr32(RTAX_HOPLIMIT, 64);
	close_attr(a);
	a = open_attr(RTA_MULTIPATH);
	u16(16); u8(RTNH_F_ONLINK); u8(0); u32(1);
	attr(RTA_GATEWAY, "\xc0\x00\x02\x01", 4);
	u16(8); u8(0); u8(1); u32(2);
	close_attr(a);
	{ uint32_t v[8] = { 0, 1, 2, 0, 3, 0, 0, 0 }; attr(RTA_CACHEINFO, v, 32); }
	pass();
}

static void rule_msg(void)
{
	begin(RTM_NEWRULE, NLM_F_MULTI);
	u8(2); u8(24); u8(0); u8(0); u8(100); u8(0); u8(0); u8(1); u32(2);
	attr(FRA_DST, "\xc0\x00\x02\x00", 4);
	attrs(FRA_IIFNAME, "lo");
	attr32(FRA_PRIORITY, 1000);
	attr32(FRA_FWMARK, 5);
	attr32(FRA_TABLE, 100);
	attr8(FRA_PROTOCOL, 4);
	attr8(FRA_IP_PROTO, 6);
	{ uint32_t v[2] = { 0, 1000 }; attr(FRA_UID_RANGE, v, 8); }
	{ uint16_t v[2] = { 80, 81 }; attr(FRA_SPORT_RANGE, v, 4); attr(FRA_DPORT_RANGE, v, 4); }
	attr8(FRA_L3MDEV, 1);
	attr32(FRA_SUPPRESS_PREFIXLEN, 0xffffffff);
	pass();
	begin(RTM_GETRULE, NLM_F_REQUEST | NLM_F_DUMP);
	u8(10); zero(11);
	pass();
}

static void netconf_msg(void)
{
	begin(RTM_NEWNETCONF, NLM_F_MULTI);
	u8(2); zero(3);
	attr32(1, 1); attr32(1, 0xffffffff); attr32(2, 1); attr32(7, 1); attr32(8, 0);
	pass();
}

static void tc_msg(void)
{
	size_t a;
	begin(RTM_NEWQDISC, NLM_F_MULTI);
	u8(0); zero(3); u32(1); u32(0x10000); u32(0xffffffff); u32(2);
	attrs(TCA_KIND, "pfifo_fast");
	attr(TCA_OPTIONS, "\3\0\0\0\1\2\2\2", 8);
	attr8(TCA_HW_OFFLOAD, 0);
	attr32(TCA_CHAIN, 0);
	a = open_attr(TCA_STATS2);
	{ struct { uint64_t b; uint32_t p; } __attribute__((packed)) s = { 100, 2 }; attr(1, &s, 12); attr(7, &s, 12); }
	{ uint32_t v[2] = { 8, 9 }; attr(2, v, 8); }
	{ uint32_t v[5] = { 1, 2, 3, 4, 5 }; attr(3, v, 20); }
	{ uint64_t v[2] = { 8, 9 }; attr(5, v, 16); }
	attr(4, "\1\2\3\4", 4);
	close_attr(a);
	{ unsigned char v[40] = { 100 }; attr(TCA_STATS, v, 36); }
	attr(TCA_RATE, "\xfe\x03", 2);
	pass();
	begin(RTM_GETTCLASS, NLM_F_REQUEST | NLM_F_DUMP);
	u8(0); zero(3); u32(1); u32(0); u32(0); u32(0);
	pass();
}

static void nexthop_msg(void)
{
	begin(RTM_NEWNEXTHOP, NLM_F_MULTI);
	u8(2); u8(0); u8(4); u8(0); u32(4);
	attr32(1, 7);
	attr32(5, 1);
	attr(6, "\xc0\x00\x02\x01", 4);
	attr(4, "", 0);
	{ uint32_t v[2] = { 7, 1 }; attr(2, v, 8); }
	attr(3, "\0\0", 2);
	pass();
}

static void genl(void)
{
	int fd = nl_socket(NETLINK_GENERIC);
	/* CTRL_CMD_GETFAMILY "nlctrl": answered, the reply cut after its genlmsghdr */
	begin(GENL_ID_CTRL, NLM_F_REQUEST);
	u8(CTRL_CMD_GETFAMILY); u8(1); u16(0);
	attrs(CTRL_ATTR_FAMILY_NAME, "nlctrl");
	ask(fd, 20);
	/* a dump of families: its first reply cut to its header */
	begin(GENL_ID_CTRL, NLM_F_REQUEST | NLM_F_DUMP);
	u8(CTRL_CMD_GETFAMILY); u8(1); u16(0);
	ask(fd, 16);
	close(fd);
	pair(NETLINK_GENERIC);
	begin(GENL_ID_CTRL, NLM_F_MULTI);
	u8(CTRL_CMD_NEWFAMILY); u8(2); u16(0);
	attr(CTRL_ATTR_FAMILY_ID, "\x10\x00", 2);
	attrs(CTRL_ATTR_FAMILY_NAME, "nlctrl");
	attr32(CTRL_ATTR_VERSION, 2);
	pass();
	begin(0x7ff0, NLM_F_REQUEST | NLM_F_DUMP | NLM_F_ACK);
	u8(1); u8(1); u16(0);
	pass();
}

int main(void)
{
	diag();
	pair(NETLINK_ROUTE);
	link_msg();
	route_msg();
	rule_msg();
	netconf_msg();
	tc_msg();
	nexthop_msg();
	genl();
	return 0;
}
