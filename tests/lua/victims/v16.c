/* v16: the common non-terminal ioctls: FIO*, the generic file ones (FS_IOC_*,
 * FICLONE...), socket interface requests (SIOCGIF*, and SIOCSIF* only on the
 * nonexistent interface "mtnone0", so they fail with ENODEV), block device
 * queries and loop devices (only on a loop device the victim attaches to its
 * own scratch file in /tmp/mt and detaches), nsfs, RTC (only on /dev/null),
 * perf event and userfaultfd requests.  Nothing changes the system: the
 * requests that would are made on descriptors where they fail. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <errno.h>
#include <stdint.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <net/if.h>
#include <linux/sockios.h>
#include <linux/fs.h>
#include <linux/loop.h>
#include <linux/nsfs.h>
#include <linux/rtc.h>
#include <linux/perf_event.h>
#include <linux/userfaultfd.h>
#include <linux/blkpg.h>
#include <linux/blkzoned.h>
#include <linux/seccomp.h>

#define BAD ((void *)0xbadc0de0UL)

static int devnull;

static void fio_part(void)
{
	int p[2], n = -1, one = 1, zero = 0, fd, fd2, fl = 0, orig = 0;
	long long q = -1;
	struct fsxattr fx;
	struct file_clone_range cr;
	struct {
		struct file_dedupe_range r;
		struct file_dedupe_range_info info[2];
	} dd;

	pipe(p);
	write(p[1], "hello", 5);
	ioctl(p[0], FIONREAD, &n);
	ioctl(p[0], FIONREAD, NULL);
	ioctl(p[0], FIONREAD, BAD);
	ioctl(p[0], FIONBIO, &one);
	ioctl(p[0], FIONBIO, &zero);
	ioctl(p[0], FIONBIO, NULL);
	ioctl(p[0], FIOASYNC, &zero);
	ioctl(p[0], FIOCLEX);
	ioctl(p[0], FIONCLEX);
	ioctl(p[0], FIOQSIZE, &q);

	fd = open("/tmp/mt/ioc_file", O_RDWR | O_CREAT | O_TRUNC, 0600);
	write(fd, "0123456789", 10);
	lseek(fd, 3, SEEK_SET);
	ioctl(fd, FIONREAD, &n);
	ioctl(fd, FIOQSIZE, &q);
	ioctl(fd, FIOQSIZE, NULL);
	n = 0;
	ioctl(fd, FIGETBSZ, &n);
	n = 0;
	ioctl(p[0], FIBMAP, &n);
	ioctl(devnull, FIBMAP, &n);
	ioctl(fd, FS_IOC_GETFLAGS, &orig);
	ioctl(fd, FS_IOC_GETFLAGS, NULL);
	fl = orig | FS_NOATIME_FL | FS_NODUMP_FL;
	ioctl(fd, FS_IOC_SETFLAGS, &fl);
	ioctl(fd, FS_IOC_GETFLAGS, &fl);
	ioctl(fd, FS_IOC_SETFLAGS, &orig);
	fl = 0x7fffffff;
	ioctl(devnull, FS_IOC_SETFLAGS, &fl);
	ioctl(devnull, FS_IOC_SETFLAGS, NULL);
	ioctl(devnull, FS_IOC32_GETFLAGS, &fl);
	ioctl(fd, FS_IOC_GETVERSION, NULL);
	ioctl(devnull, FS_IOC_GETVERSION, &n);
	ioctl(devnull, FS_IOC_SETVERSION, &n);

	fd2 = open("/tmp/mt/ioc_empty", O_RDWR | O_CREAT | O_TRUNC, 0600);
	memset(&fx, 0, sizeof fx);
	ioctl(fd2, FS_IOC_FSGETXATTR, &fx);
	ioctl(fd2, FS_IOC_FSSETXATTR, &fx);
	fx.fsx_xflags = FS_XFLAG_APPEND | FS_XFLAG_NODUMP | 0x10000000;
	fx.fsx_extsize = 4096;
	fx.fsx_nextents = 3;
	fx.fsx_projid = 7;
	fx.fsx_cowextsize = 8;
	ioctl(devnull, FS_IOC_FSSETXATTR, &fx);
	ioctl(devnull, FS_IOC_FSGETXATTR, &fx);
	ioctl(devnull, FS_IOC_FSGETXATTR, NULL);

	ioctl(fd2, FICLONE, fd);
	ioctl(fd2, FICLONE, -1);
	cr.src_fd = fd;
	cr.src_offset = 0;
	cr.src_length = 4096;
	cr.dest_offset = 8192;
	ioctl(fd2, FICLONERANGE, &cr);
	ioctl(fd2, FICLONERANGE, NULL);

	memset(&dd, 0, sizeof dd);
	dd.r.src_offset = 0;
	dd.r.src_length = 10;
	dd.r.dest_count = 2;
	dd.info[0].dest_fd = fd2;
	dd.info[0].dest_offset = 0;
	dd.info[1].dest_fd = -1;
	dd.info[1].dest_offset = 4096;
	ioctl(fd, FIDEDUPERANGE, &dd);
	dd.r.dest_count = 0;
	ioctl(fd, FIDEDUPERANGE, &dd);
	dd.r.dest_count = 1;
	dd.r.reserved1 = 1;
	ioctl(fd, FIDEDUPERANGE, &dd);
	ioctl(fd, FIDEDUPERANGE, NULL);

	/* never on a real descriptor */
	ioctl(-1, FIFREEZE, 0);
	ioctl(-1, FITHAW, 0);
	ioctl(devnull, FITRIM, NULL);
	{
		struct fstrim_range fr = { 4096, 1 << 20, 512 };
		ioctl(devnull, FITRIM, &fr);
	}
	close(fd2);
	close(fd);
	close(p[0]);
	close(p[1]);
}

static void ifr_set(struct ifreq *r, const char *name)
{
	memset(r, 0, sizeof *r);
	strncpy(r->ifr_name, name, IFNAMSIZ);
}

static void sock_part(void)
{
	int s = socket(AF_INET, SOCK_DGRAM, 0);
	int t = socket(AF_INET, SOCK_STREAM, 0);
	struct ifreq r, rs[8];
	struct ifconf ic;
	struct sockaddr_in *sin;
	int n = -1;

	ic.ifc_len = 0;
	ic.ifc_buf = NULL;
	ioctl(s, SIOCGIFCONF, &ic);
	ic.ifc_len = sizeof rs;
	ic.ifc_req = rs;
	ioctl(s, SIOCGIFCONF, &ic);
	ic.ifc_len = sizeof rs[0];
	ioctl(s, SIOCGIFCONF, &ic);
	ic.ifc_len = 3;
	ioctl(s, SIOCGIFCONF, &ic);
	ioctl(s, SIOCGIFCONF, NULL);
	ic.ifc_len = sizeof rs;
	ioctl(devnull, SIOCGIFCONF, &ic);
	ifr_set(&r, "lo");
	ioctl(devnull, SIOCGIFFLAGS, &r);

	ifr_set(&r, "");
	r.ifr_ifindex = 1;
	ioctl(s, SIOCGIFNAME, &r);
	r.ifr_ifindex = 9999;
	ioctl(s, SIOCGIFNAME, &r);
	ifr_set(&r, "lo");
	ioctl(s, SIOCGIFINDEX, &r);
	ioctl(s, SIOCGIFFLAGS, &r);
	ioctl(s, SIOCGIFMTU, &r);
	ioctl(s, SIOCGIFADDR, &r);
	ioctl(s, SIOCGIFNETMASK, &r);
	ioctl(s, SIOCGIFBRDADDR, &r);
	ioctl(s, SIOCGIFDSTADDR, &r);
	ioctl(s, SIOCGIFHWADDR, &r);
	ioctl(s, SIOCGIFTXQLEN, &r);
	ioctl(s, SIOCGIFMETRIC, &r);
	ioctl(s, SIOCGIFMAP, &r);
	ioctl(s, SIOCGIFSLAVE, &r);
	ifr_set(&r, "eth0");
	ioctl(s, SIOCGIFFLAGS, &r);
	ioctl(s, SIOCGIFBRDADDR, &r);
	ioctl(s, SIOCGIFHWADDR, &r);
	ifr_set(&r, "mtnone0");
	ioctl(s, SIOCGIFINDEX, &r);
	ioctl(s, SIOCGIFFLAGS, &r);
	ioctl(s, SIOCGIFADDR, &r);
	ioctl(s, SIOCGIFINDEX, NULL);
	ioctl(s, SIOCGIFFLAGS, BAD);

	/* the set forms: only on an interface that does not exist */
	ifr_set(&r, "mtnone0");
	r.ifr_flags = IFF_UP | IFF_BROADCAST | IFF_RUNNING | IFF_MULTICAST | 0x8000;
	ioctl(s, SIOCSIFFLAGS, &r);
	ifr_set(&r, "mtnone0");
	r.ifr_mtu = 1280;
	ioctl(s, SIOCSIFMTU, &r);
	ifr_set(&r, "mtnone0");
	sin = (struct sockaddr_in *) &r.ifr_addr;
	sin->sin_family = AF_INET;
	sin->sin_addr.s_addr = inet_addr("10.1.2.3");
	ioctl(s, SIOCSIFADDR, &r);
	ioctl(s, SIOCSIFNETMASK, &r);
	ioctl(s, SIOCSIFBRDADDR, &r);
	ioctl(s, SIOCSIFDSTADDR, &r);
	ifr_set(&r, "mtnone0");
	r.ifr_hwaddr.sa_family = 1;
	memcpy(r.ifr_hwaddr.sa_data, "\x02\x00\x5e\x10\x20\x30", 6);
	ioctl(s, SIOCSIFHWADDR, &r);
	ifr_set(&r, "mtnone0");
	r.ifr_qlen = 500;
	ioctl(s, SIOCSIFTXQLEN, &r);
	ifr_set(&r, "mtnone0");
	strcpy(r.ifr_newname, "mtnone1");
	ioctl(s, SIOCSIFNAME, &r);
	ifr_set(&r, "mtnone0");
	r.ifr_map.mem_start = 0x1000;
	r.ifr_map.mem_end = 0x2000;
	r.ifr_map.base_addr = 0x300;
	r.ifr_map.irq = 5;
	r.ifr_map.dma = 1;
	r.ifr_map.port = 2;
	ioctl(s, SIOCSIFMAP, &r);
	ifr_set(&r, "mtnone0");
	r.ifr_metric = 3;
	ioctl(s, SIOCSIFMETRIC, &r);

	ioctl(t, SIOCATMARK, &n);
	ioctl(s, SIOCATMARK, &n);
	ioctl(s, SIOCGSTAMP, BAD);
	ioctl(s, SIOCGSTAMPNS, BAD);
	ioctl(s, SIOCGSTAMP, NULL);
	ioctl(s, SIOCOUTQ, &n);
	ioctl(s, SIOCINQ, &n);
	ioctl(t, SIOCOUTQ, &n);
	ioctl(t, SIOCINQ, &n);
	n = 0;
	ioctl(s, SIOCGPGRP, &n);
	ioctl(s, SIOCSPGRP, &n);
	ioctl(s, FIOGETOWN, &n);
	ioctl(s, FIOSETOWN, &n);
	ioctl(s, SIOCGPGRP, NULL);
	close(t);
	close(s);
}

static void blk_queries(int b)
{
	long l = -1;
	unsigned long long u64 = 0;
	int i = -1;
	unsigned int ui = 0;
	unsigned short us = 0;
	size_t sz = 0;

	ioctl(b, BLKGETSIZE, &l);
	ioctl(b, BLKGETSIZE64, &u64);
	ioctl(b, BLKSSZGET, &i);
	ioctl(b, BLKPBSZGET, &ui);
	ioctl(b, BLKIOMIN, &ui);
	ioctl(b, BLKIOOPT, &ui);
	ioctl(b, BLKALIGNOFF, &i);
	ioctl(b, BLKROGET, &i);
	ioctl(b, BLKRAGET, &l);
	ioctl(b, BLKFRAGET, &l);
	ioctl(b, BLKSECTGET, &us);
	ioctl(b, BLKBSZGET, &sz);
	ioctl(b, BLKDISCARDZEROES, &ui);
	ioctl(b, BLKROTATIONAL, &us);
	ioctl(b, BLKGETZONESZ, &ui);
	ioctl(b, BLKGETNRZONES, &ui);
}

static void blk_part(void)
{
	int ctl, b = -1, img, num = 0, i;
	char dev[32];
	struct loop_info64 li;
	struct loop_config lc;
	struct blkpg_ioctl_arg ba;
	struct blkpg_partition bp;
	struct blk_zone_range zr;
	struct {
		struct blk_zone_report h;
		struct blk_zone z[1];
	} rep;
	uint64_t range[2];

	blk_queries(devnull);
	ioctl(devnull, BLKGETSIZE64, NULL);
	ioctl(devnull, BLKRRPART);
	ioctl(devnull, BLKFLSBUF);
	ioctl(devnull, BLKROSET, &num);
	memset(&bp, 0, sizeof bp);
	bp.start = 1048576;
	bp.length = 2097152;
	bp.pno = 1;
	strcpy(bp.devname, "mtdev");
	strcpy(bp.volname, "mtvol");
	ba.op = BLKPG_ADD_PARTITION;
	ba.flags = 0;
	ba.datalen = sizeof bp;
	ba.data = &bp;
	ioctl(devnull, BLKPG, &ba);
	ba.op = BLKPG_DEL_PARTITION;
	ba.data = NULL;
	ioctl(devnull, BLKPG, &ba);
	ba.op = 9;
	ioctl(devnull, BLKPG, &ba);
	ioctl(devnull, BLKPG, NULL);
	range[0] = 0;
	range[1] = 4096;
	ioctl(devnull, BLKDISCARD, range);
	ioctl(devnull, BLKZEROOUT, range);
	memset(&zr, 0, sizeof zr);
	zr.sector = 8;
	zr.nr_sectors = 16;
	ioctl(devnull, BLKRESETZONE, &zr);
	memset(&rep, 0, sizeof rep);
	rep.h.sector = 0;
	rep.h.nr_zones = 1;
	ioctl(devnull, BLKREPORTZONE, &rep);

	/* the loop devices: only our own, on our own scratch file */
	ioctl(devnull, LOOP_CTL_GET_FREE);
	ioctl(devnull, LOOP_SET_FD, 3);
	ioctl(devnull, LOOP_CLR_FD);
	memset(&li, 0, sizeof li);
	li.lo_offset = 512;
	li.lo_sizelimit = 4096;
	li.lo_flags = LO_FLAGS_READ_ONLY | LO_FLAGS_AUTOCLEAR;
	strcpy((char *) li.lo_file_name, "/tmp/mt/ioc_img");
	strcpy((char *) li.lo_crypt_name, "none");
	strcpy((char *) li.lo_encrypt_key, "k\001y");
	li.lo_encrypt_type = 1;
	li.lo_encrypt_key_size = 3;
	li.lo_init[0] = 0x10;
	li.lo_init[1] = 7;
	li.lo_number = 3;
	li.lo_device = 0x801;
	li.lo_inode = 12;
	li.lo_rdevice = 0x10300;
	ioctl(devnull, LOOP_SET_STATUS64, &li);
	ioctl(devnull, LOOP_GET_STATUS64, &li);
	ioctl(devnull, LOOP_GET_STATUS64, NULL);
	memset(&lc, 0, sizeof lc);
	lc.fd = 99;
	lc.block_size = 512;
	lc.info = li;
	ioctl(devnull, LOOP_CONFIGURE, &lc);
	ioctl(devnull, LOOP_SET_CAPACITY);
	ioctl(devnull, LOOP_SET_DIRECT_IO, 0);
	ioctl(devnull, LOOP_SET_BLOCK_SIZE, 4096);
	ioctl(devnull, LOOP_CHANGE_FD, 3);
	ioctl(devnull, LOOP_CTL_ADD, 100);
	ioctl(devnull, LOOP_CTL_REMOVE, 100);

	ctl = open("/dev/loop-control", O_RDWR);
	img = open("/tmp/mt/ioc_img", O_RDWR | O_CREAT, 0600);
	if (img >= 0)
		ftruncate(img, 1 << 20);
	num = ctl >= 0 ? ioctl(ctl, LOOP_CTL_GET_FREE) : -1;
	if (num >= 0) {
		snprintf(dev, sizeof dev, "/dev/loop%d", num);
		b = open(dev, O_RDWR);
	}
	if (b >= 0 && ioctl(b, LOOP_SET_FD, img) == 0) {
		ioctl(b, LOOP_SET_FD, img);
		blk_queries(b);
		ioctl(b, BLKRRPART);
		ioctl(b, BLKREPORTZONE, &rep);
		memset(&li, 0, sizeof li);
		ioctl(b, LOOP_GET_STATUS64, &li);
		ioctl(b, LOOP_CLR_FD);
		ioctl(b, LOOP_GET_STATUS64, &li);
		/* the detach completes at the last close; then LOOP_CONFIGURE */
		close(b);
		b = open(dev, O_RDWR);
		memset(&lc, 0, sizeof lc);
		lc.fd = img;
		lc.block_size = 0;
		lc.info.lo_flags = LO_FLAGS_READ_ONLY;
		strcpy((char *) lc.info.lo_file_name, "ioc_img");
		if (b >= 0 && ioctl(b, LOOP_CONFIGURE, &lc) == 0) {
			ioctl(b, BLKGETSIZE64, &range[0]);
			ioctl(b, BLKROGET, &i);
			ioctl(b, LOOP_CLR_FD);
		}
	}
	if (b >= 0)
		close(b);
	if (img >= 0)
		close(img);
	if (ctl >= 0)
		close(ctl);
}

static void ns_part(void)
{
	int u = open("/proc/self/ns/uts", O_RDONLY);
	int us = open("/proc/self/ns/user", O_RDONLY);
	unsigned int uid = 12345;
	int r;

	/* a failing NS_GET_NSTYPE first: after a successful one, strace 6.1
	 * repeats that one's "(CLONE_NEW...)" on the failure's line */
	ioctl(devnull, NS_GET_NSTYPE);
	ioctl(u, NS_GET_NSTYPE);
	ioctl(us, NS_GET_NSTYPE);
	r = ioctl(u, NS_GET_USERNS);
	if (r >= 0)
		close(r);
	ioctl(us, NS_GET_PARENT);
	ioctl(us, NS_GET_OWNER_UID, &uid);
	ioctl(u, NS_GET_OWNER_UID, &uid);
	close(u);
	close(us);
}

static void rtc_part(void)
{
	struct rtc_time tm = { 5, 4, 3, 2, 1, 120, 0, 0, 0 };
	struct rtc_wkalrm wk;
	unsigned long v = 64;

	ioctl(devnull, RTC_RD_TIME, &tm);
	ioctl(devnull, RTC_SET_TIME, &tm);
	ioctl(devnull, RTC_ALM_SET, &tm);
	ioctl(devnull, RTC_ALM_READ, &tm);
	memset(&wk, 0, sizeof wk);
	wk.enabled = 1;
	wk.pending = 0;
	wk.time = tm;
	ioctl(devnull, RTC_WKALM_SET, &wk);
	ioctl(devnull, RTC_WKALM_RD, &wk);
	ioctl(devnull, RTC_IRQP_SET, v);
	ioctl(devnull, RTC_IRQP_READ, &v);
	ioctl(devnull, RTC_EPOCH_SET, 1900);
	ioctl(devnull, RTC_EPOCH_READ, &v);
	ioctl(devnull, RTC_AIE_ON);
	ioctl(devnull, RTC_UIE_OFF);
	ioctl(devnull, RTC_SET_TIME, NULL);
}

static void perf_part(void)
{
	struct perf_event_attr a;
	unsigned long long period = 1000;
	int fd;

	memset(&a, 0, sizeof a);
	a.size = sizeof a;
	a.type = PERF_TYPE_SOFTWARE;
	a.config = PERF_COUNT_SW_DUMMY;
	a.disabled = 1;
	a.exclude_kernel = 1;
	a.exclude_hv = 1;
	fd = syscall(SYS_perf_event_open, &a, 0, -1, -1, 0);
	if (fd < 0)
		fd = devnull;
	ioctl(fd, PERF_EVENT_IOC_ENABLE, 0);
	ioctl(fd, PERF_EVENT_IOC_DISABLE, 0);
	ioctl(fd, PERF_EVENT_IOC_RESET, PERF_IOC_FLAG_GROUP);
	ioctl(fd, PERF_EVENT_IOC_ENABLE, PERF_IOC_FLAG_GROUP | 2);
	ioctl(fd, PERF_EVENT_IOC_REFRESH, 1);
	ioctl(fd, PERF_EVENT_IOC_PERIOD, &period);
	ioctl(fd, PERF_EVENT_IOC_PERIOD, NULL);
	ioctl(fd, PERF_EVENT_IOC_ID, NULL);
	ioctl(fd, PERF_EVENT_IOC_SET_OUTPUT, -1);
	ioctl(fd, PERF_EVENT_IOC_SET_FILTER, "common_pid == 1");
	ioctl(fd, PERF_EVENT_IOC_SET_BPF, -1);
	ioctl(fd, PERF_EVENT_IOC_PAUSE_OUTPUT, 0);
	ioctl(fd, PERF_EVENT_IOC_QUERY_BPF, NULL);
	ioctl(fd, PERF_EVENT_IOC_MODIFY_ATTRIBUTES, &a);
	ioctl(devnull, PERF_EVENT_IOC_ID, &period);
	if (fd != devnull)
		close(fd);
}

static void uffd_part(void)
{
	int u = syscall(SYS_userfaultfd, O_CLOEXEC | O_NONBLOCK);
	struct uffdio_api api;
	struct uffdio_register reg;
	struct uffdio_range rg;
	struct uffdio_copy cp;
	struct uffdio_zeropage zp;
	char *area = mmap((void *) 0x7e0000000000UL, 4 * 4096, PROT_READ | PROT_WRITE,
			  MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	static char src[4096] = "page";

	if (u < 0)
		u = devnull;
	memset(&api, 0, sizeof api);
	api.api = 0x1234;
	ioctl(u, UFFDIO_API, &api);
	api.api = UFFD_API;
	api.features = 0;
	ioctl(u, UFFDIO_API, &api);
	ioctl(u, UFFDIO_API, &api);
	ioctl(u, UFFDIO_API, NULL);
	memset(&reg, 0, sizeof reg);
	reg.range.start = (unsigned long) area;
	reg.range.len = 4 * 4096;
	reg.mode = UFFDIO_REGISTER_MODE_MISSING;
	ioctl(u, UFFDIO_REGISTER, &reg);
	reg.mode = UFFDIO_REGISTER_MODE_MISSING | UFFDIO_REGISTER_MODE_WP | 0x40;
	ioctl(u, UFFDIO_REGISTER, &reg);
	memset(&cp, 0, sizeof cp);
	cp.dst = (unsigned long) area;
	cp.src = (unsigned long) src;
	cp.len = 4096;
	cp.mode = 0;
	ioctl(u, UFFDIO_COPY, &cp);
	cp.mode = UFFDIO_COPY_MODE_DONTWAKE | 4;
	ioctl(u, UFFDIO_COPY, &cp);
	memset(&zp, 0, sizeof zp);
	zp.range.start = (unsigned long) area + 4096;
	zp.range.len = 4096;
	zp.mode = UFFDIO_ZEROPAGE_MODE_DONTWAKE;
	ioctl(u, UFFDIO_ZEROPAGE, &zp);
	ioctl(u, UFFDIO_ZEROPAGE, &zp);
	rg.start = (unsigned long) area + 2 * 4096;
	rg.len = 4096;
	ioctl(u, UFFDIO_WAKE, &rg);
	rg.start = (unsigned long) area;
	rg.len = 4 * 4096;
	ioctl(u, UFFDIO_UNREGISTER, &rg);
	ioctl(u, UFFDIO_UNREGISTER, NULL);
	ioctl(devnull, UFFDIO_WAKE, &rg);
	if (u != devnull)
		close(u);
	munmap(area, 4 * 4096);
}

static void seccomp_part(void)
{
	unsigned long long id = 42;

	ioctl(devnull, SECCOMP_IOCTL_NOTIF_ID_VALID, &id);
	ioctl(devnull, SECCOMP_IOCTL_NOTIF_RECV, NULL);
}

int main(void)
{
	mkdir("/tmp/mt", 0700);
	devnull = open("/dev/null", O_RDWR);
	fio_part();
	sock_part();
	blk_part();
	ns_part();
	rtc_part();
	perf_part();
	uffd_part();
	seccomp_part();
	return 0;
}
