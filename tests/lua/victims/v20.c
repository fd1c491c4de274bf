/* v20: classic BPF programs (struct sock_fprog) as seccomp(2), prctl(2)
 * PR_SET_SECCOMP and setsockopt(2) SO_ATTACH_FILTER/SO_ATTACH_REUSEPORT_CBPF
 * take them, for the BPF printer of lua/moontrace/decode/sys.lua.
 * Build: cc -O0 -w -o v20 v20.c
 *
 * Every instruction class and mode (ld/ldx/st/stx/alu/jmp/ret/misc, K and X
 * sources, unknown fields and high bits), every seccomp_data offset, every
 * SECCOMP_RET_* action with and without data, and the socket filter's
 * ancillary loads (SKF_AD_OFF+..., SKF_NET_OFF, SKF_LL_OFF).
 *
 * Safety: only the victim itself is affected.  Every seccomp program here
 * starts with BPF_STMT(BPF_RET|BPF_K, SECCOMP_RET_ALLOW): whatever follows is
 * never run, so the few the kernel accepts (and installs, for good) allow
 * every call.  The others are refused (EINVAL, EFAULT) before anything is
 * installed: an instruction seccomp does not take, a bad length, a bad
 * pointer, unknown flags.  The socket filters go on sockets of the victim's
 * own that carry no traffic.  Every call goes through syscall(2).  Pointers
 * are statics or one mapping (same addresses under setarch -R).  Never
 * blocks.
 *
 * `./v20 long` also passes programs of BPF_MAXINSNS and more instructions,
 * all readable: strace -v prints 4096 of them on one line (some 150 KB), too
 * long for the differential suite's line matching, so it runs without. */
#define _GNU_SOURCE
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <netinet/in.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>

#define BAD 1L                        /* never mapped */
#define ALLOW BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW)
#define RET_K(k) BPF_STMT(BPF_RET | BPF_K, (k))
#define OFF(f) offsetof(struct seccomp_data, f)

static long sc(unsigned int op, unsigned long flags, const void *args)
{
	return syscall(SYS_seccomp, op, flags, args);
}

static long prs(const void *prog)
{
	return syscall(SYS_prctl, PR_SET_SECCOMP, SECCOMP_MODE_FILTER, prog, 0, 0);
}

#define PROG(p, a) do { (p).len = sizeof(a) / sizeof((a)[0]); (p).filter = (a); } while (0)

/* A filter as one would write it: the arch, the syscall number, the
 * arguments; installed (it starts by allowing everything). */
static struct sock_filter typical[] = {
	ALLOW,
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, OFF(arch)),
	BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 1, 0),
	RET_K(SECCOMP_RET_KILL_PROCESS),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, OFF(nr)),
	BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_getpid, 0, 1),
	RET_K(SECCOMP_RET_ERRNO | 1),
	BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_openat, 0, 4),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, OFF(args[2])),
	BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, 0x40, 0, 1),
	RET_K(SECCOMP_RET_ERRNO | 13),
	RET_K(SECCOMP_RET_LOG),
	BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, 0x40000000, 0, 1),
	RET_K(SECCOMP_RET_KILL_THREAD),
	BPF_JUMP(BPF_JMP | BPF_JGT | BPF_K, 500, 1, 0),
	RET_K(SECCOMP_RET_ALLOW),
	RET_K(SECCOMP_RET_TRACE | 0x1234),
};

/* Every seccomp_data word. */
static struct sock_filter offsets[] = {
	ALLOW,
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 0),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 4),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 8),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 12),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 16),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 20),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 24),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 28),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 32),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 36),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 40),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 44),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 48),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 52),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 56),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 60),
	BPF_STMT(BPF_LD | BPF_W | BPF_LEN, 0),
	BPF_STMT(BPF_LDX | BPF_W | BPF_LEN, 0),
	BPF_STMT(BPF_LD | BPF_IMM, 0x12345678),
	BPF_STMT(BPF_LDX | BPF_IMM, 8),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, OFF(args[5]) + 4),
	RET_K(SECCOMP_RET_ALLOW),
};

/* Every return action, with and without data; unknown ones. */
static struct sock_filter actions[] = {
	ALLOW,
	RET_K(SECCOMP_RET_KILL_PROCESS),
	RET_K(SECCOMP_RET_KILL_PROCESS | 1),
	RET_K(SECCOMP_RET_KILL_THREAD),
	RET_K(SECCOMP_RET_KILL_THREAD | 0x2a),
	RET_K(SECCOMP_RET_TRAP),
	RET_K(SECCOMP_RET_TRAP | 0xbeef),
	RET_K(SECCOMP_RET_ERRNO),
	RET_K(SECCOMP_RET_ERRNO | 1),
	RET_K(SECCOMP_RET_ERRNO | 38),
	RET_K(SECCOMP_RET_ERRNO | 133),
	RET_K(SECCOMP_RET_ERRNO | 134),
	RET_K(SECCOMP_RET_ERRNO | 511),
	RET_K(SECCOMP_RET_ERRNO | 512),
	RET_K(SECCOMP_RET_ERRNO | 4095),
	RET_K(SECCOMP_RET_ERRNO | 4096),
	RET_K(SECCOMP_RET_ERRNO | 0xffff),
	RET_K(SECCOMP_RET_USER_NOTIF),
	RET_K(SECCOMP_RET_USER_NOTIF | 7),
	RET_K(SECCOMP_RET_TRACE),
	RET_K(SECCOMP_RET_TRACE | 1),
	RET_K(SECCOMP_RET_TRACE | 0xffff),
	RET_K(SECCOMP_RET_LOG),
	RET_K(SECCOMP_RET_LOG | 3),
	RET_K(SECCOMP_RET_ALLOW),
	RET_K(SECCOMP_RET_ALLOW | 0x10),
	RET_K(0x00010000),
	RET_K(0x00040000),
	RET_K(0x12340000),
	RET_K(0x7ffd0000 | 5),
	RET_K(0xffff0000),
	RET_K(0xffffffff),
	RET_K(0x80010000),
	BPF_STMT(BPF_RET | BPF_A, 0),
	BPF_STMT(BPF_RET | BPF_A, SECCOMP_RET_ALLOW),
	RET_K(SECCOMP_RET_ALLOW),
};

/* Arithmetic, jumps, scratch memory, misc: all of them seccomp takes. */
static struct sock_filter alu[] = {
	ALLOW,
	BPF_STMT(BPF_ALU | BPF_ADD | BPF_K, 1),
	BPF_STMT(BPF_ALU | BPF_SUB | BPF_K, 2),
	BPF_STMT(BPF_ALU | BPF_MUL | BPF_K, 3),
	BPF_STMT(BPF_ALU | BPF_DIV | BPF_K, 4),
	BPF_STMT(BPF_ALU | BPF_OR | BPF_K, 0x10),
	BPF_STMT(BPF_ALU | BPF_AND | BPF_K, 0xff),
	BPF_STMT(BPF_ALU | BPF_LSH | BPF_K, 5),
	BPF_STMT(BPF_ALU | BPF_RSH | BPF_K, 6),
	BPF_STMT(BPF_ALU | BPF_NEG, 0),
	BPF_STMT(BPF_ALU | BPF_MOD | BPF_K, 7),
	BPF_STMT(BPF_ALU | BPF_XOR | BPF_K, 0xffffffff),
	BPF_STMT(BPF_ALU | BPF_ADD | BPF_X, 0),
	BPF_STMT(BPF_ALU | BPF_SUB | BPF_X, 0),
	BPF_STMT(BPF_ALU | BPF_MUL | BPF_X, 0),
	BPF_STMT(BPF_ALU | BPF_DIV | BPF_X, 0),
	BPF_STMT(BPF_ALU | BPF_OR | BPF_X, 0),
	BPF_STMT(BPF_ALU | BPF_AND | BPF_X, 0),
	BPF_STMT(BPF_ALU | BPF_LSH | BPF_X, 0),
	BPF_STMT(BPF_ALU | BPF_RSH | BPF_X, 0),
	BPF_STMT(BPF_ALU | BPF_MOD | BPF_X, 0),
	BPF_STMT(BPF_ALU | BPF_XOR | BPF_X, 0),
	BPF_STMT(BPF_ST, 0),
	BPF_STMT(BPF_STX, 15),
	BPF_STMT(BPF_LD | BPF_MEM, 0),
	BPF_STMT(BPF_LDX | BPF_MEM, 15),
	BPF_STMT(BPF_MISC | BPF_TAX, 0),
	BPF_STMT(BPF_MISC | BPF_TXA, 0),
	BPF_JUMP(BPF_JMP | BPF_JA, 0, 0, 0),
	BPF_STMT(BPF_JMP | BPF_JA, 1),
	BPF_STMT(BPF_ALU | BPF_NEG, 0),
	BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0, 0, 0),
	BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 1, 1, 0),
	BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_X, 0, 0, 1),
	BPF_JUMP(BPF_JMP | BPF_JGT | BPF_K, 0xffffffff, 2, 2),
	BPF_JUMP(BPF_JMP | BPF_JGT | BPF_X, 0, 1, 1),
	BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, 10, 0, 0),
	BPF_JUMP(BPF_JMP | BPF_JGE | BPF_X, 0, 1, 0),
	BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, 0x80000000, 0, 1),
	BPF_JUMP(BPF_JMP | BPF_JSET | BPF_X, 0, 1, 0),
	BPF_STMT(BPF_RET | BPF_A, 0),
	RET_K(SECCOMP_RET_ALLOW),
};

/* Instructions seccomp refuses (each in a program of its own: EINVAL). */
static struct sock_filter refused[][3] = {
	{ ALLOW, BPF_STMT(BPF_LD | BPF_H | BPF_ABS, OFF(nr)), ALLOW },
	{ ALLOW, BPF_STMT(BPF_LD | BPF_B | BPF_ABS, OFF(arch)), ALLOW },
	{ ALLOW, BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 2), ALLOW },
	{ ALLOW, BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 64), ALLOW },
	{ ALLOW, BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 0x1000), ALLOW },
	{ ALLOW, BPF_STMT(BPF_LD | BPF_W | BPF_ABS, SKF_AD_OFF + SKF_AD_PROTOCOL), ALLOW },
	{ ALLOW, BPF_STMT(BPF_LD | BPF_W | BPF_IND, 4), ALLOW },
	{ ALLOW, BPF_STMT(BPF_LD | BPF_H | BPF_IND, 0), ALLOW },
	{ ALLOW, BPF_STMT(BPF_LDX | BPF_B | BPF_MSH, 14), ALLOW },
	{ ALLOW, BPF_STMT(BPF_LD | 0x18 | BPF_ABS, 0), ALLOW },
	{ ALLOW, BPF_STMT(BPF_LD | BPF_W | 0xc0, 0), ALLOW },
	{ ALLOW, BPF_STMT(BPF_LD | BPF_W | 0xe0, 0), ALLOW },
	{ ALLOW, BPF_STMT(BPF_LDX | BPF_W | BPF_ABS, 0), ALLOW },
	{ ALLOW, BPF_STMT(BPF_LDX | BPF_H | BPF_IND, 0), ALLOW },
	{ ALLOW, BPF_STMT(BPF_LDX | BPF_W | BPF_MEM, 16), ALLOW },
	{ ALLOW, BPF_STMT(BPF_ST | 0x08, 1), ALLOW },
	{ ALLOW, BPF_STMT(BPF_STX | 0xf0, 1), ALLOW },
	{ ALLOW, BPF_STMT(BPF_ALU | BPF_NEG | BPF_X, 0), ALLOW },
	{ ALLOW, BPF_STMT(BPF_ALU | 0xb0 | BPF_K, 0), ALLOW },
	{ ALLOW, BPF_STMT(BPF_ALU | 0xc0 | BPF_X, 0), ALLOW },
	{ ALLOW, BPF_STMT(BPF_ALU | 0xd0 | BPF_K, 0), ALLOW },
	{ ALLOW, BPF_STMT(BPF_ALU | 0xe0 | BPF_K, 0), ALLOW },
	{ ALLOW, BPF_STMT(BPF_ALU | 0xf0 | BPF_X, 0), ALLOW },
	{ ALLOW, BPF_STMT(BPF_ALU | BPF_DIV | BPF_K, 0), ALLOW },
	{ ALLOW, BPF_STMT(BPF_ALU | BPF_LSH | BPF_K, 32), ALLOW },
	{ ALLOW, BPF_JUMP(BPF_JMP | 0x50 | BPF_K, 0, 0, 0), ALLOW },
	{ ALLOW, BPF_JUMP(BPF_JMP | 0x60 | BPF_X, 0, 1, 0), ALLOW },
	{ ALLOW, BPF_JUMP(BPF_JMP | 0x70 | BPF_K, 0, 0, 0), ALLOW },
	{ ALLOW, BPF_JUMP(BPF_JMP | 0x80 | BPF_K, 0, 0, 0), ALLOW },
	{ ALLOW, BPF_JUMP(BPF_JMP | 0x90 | BPF_K, 0, 0, 0), ALLOW },
	{ ALLOW, BPF_JUMP(BPF_JMP | 0xa0 | BPF_K, 0, 0, 0), ALLOW },
	{ ALLOW, BPF_JUMP(BPF_JMP | 0xb0 | BPF_K, 0, 0, 0), ALLOW },
	{ ALLOW, BPF_JUMP(BPF_JMP | 0xc0 | BPF_K, 0, 0, 0), ALLOW },
	{ ALLOW, BPF_JUMP(BPF_JMP | 0xd0 | BPF_X, 0, 0, 0), ALLOW },
	{ ALLOW, BPF_JUMP(BPF_JMP | 0xe0 | BPF_K, 0, 0, 0), ALLOW },
	{ ALLOW, BPF_JUMP(BPF_JMP | 0xf0 | BPF_K, 0, 0, 0), ALLOW },
	{ ALLOW, BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0, 5, 0), ALLOW },
	{ ALLOW, BPF_JUMP(BPF_JMP | BPF_JA, 7, 0, 0), ALLOW },
	{ ALLOW, BPF_STMT(BPF_RET | BPF_X, 0), ALLOW },
	{ ALLOW, BPF_STMT(BPF_RET | 0x18, 0), ALLOW },
	{ ALLOW, BPF_STMT(BPF_RET | BPF_K | 0x20, 0), ALLOW },
	{ ALLOW, BPF_STMT(BPF_RET | BPF_A | 0xe0, SECCOMP_RET_LOG), ALLOW },
	{ ALLOW, BPF_STMT(BPF_MISC | 0x08, 0), ALLOW },
	{ ALLOW, BPF_STMT(BPF_MISC | 0x88, 0), ALLOW },
	{ ALLOW, BPF_STMT(BPF_MISC | 0x40, 0), ALLOW },
	{ ALLOW, BPF_STMT(BPF_MISC | 0xf8, 0), ALLOW },
	{ ALLOW, BPF_STMT(0x100 | BPF_RET | BPF_K, 0), ALLOW },
	{ ALLOW, BPF_STMT(0xff00 | BPF_LD | BPF_W | BPF_ABS, 0), ALLOW },
	{ ALLOW, BPF_STMT(0x8000 | BPF_MISC | BPF_TAX, 0), ALLOW },
	{ ALLOW, BPF_STMT(0xffff, 0xffffffff), ALLOW },
	{ ALLOW, BPF_JUMP(BPF_LD | BPF_W | BPF_ABS, OFF(nr), 1, 0), ALLOW },
	{ ALLOW, BPF_JUMP(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | 1, 0, 1), ALLOW },
	{ ALLOW, BPF_JUMP(BPF_ST, 2, 0xff, 0xff), ALLOW },
	{ ALLOW, BPF_JUMP(BPF_MISC | BPF_TXA, 0, 0, 1), ALLOW },
	{ ALLOW, ALLOW, BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 0) },   /* no final RET */
};

static struct sock_filter one[] = { ALLOW };
static struct sock_filter toolong[BPF_MAXINSNS + 1];
static struct sock_fprog prog;
static struct sock_fprog progs[4];
static int long_programs;

static void seccomp_filters(void)
{
	unsigned int i;
	unsigned char *page;

	for (i = 0; i < sizeof(refused) / sizeof(refused[0]); i++) {
		PROG(prog, refused[i]);
		sc(SECCOMP_SET_MODE_FILTER, 0, &prog);
	}
	/* the same through prctl */
	PROG(prog, refused[0]);
	prs(&prog);
	PROG(prog, refused[25]);
	prs(&prog);

	/* lengths */
	prog.len = 0;
	prog.filter = one;
	sc(SECCOMP_SET_MODE_FILTER, 0, &prog);
	prs(&prog);
	prog.len = 0;
	prog.filter = NULL;
	sc(SECCOMP_SET_MODE_FILTER, 0, &prog);
	prog.len = 1;
	prog.filter = NULL;
	sc(SECCOMP_SET_MODE_FILTER, 0, &prog);
	prs(&prog);
	prog.len = 3;
	prog.filter = (struct sock_filter *) BAD;
	sc(SECCOMP_SET_MODE_FILTER, 0, &prog);
	prs(&prog);
	/* more than BPF_MAXINSNS: EINVAL (all of it readable: "long" only) */
	for (i = 0; i < BPF_MAXINSNS + 1; i++)
		toolong[i] = (struct sock_filter) ALLOW;
	toolong[7] = (struct sock_filter) BPF_STMT(BPF_LD | BPF_W | BPF_ABS, OFF(nr));
	if (long_programs) {
		prog.len = BPF_MAXINSNS + 1;
		prog.filter = toolong;
		sc(SECCOMP_SET_MODE_FILTER, 0, &prog);
		prs(&prog);
		/* exactly BPF_MAXINSNS, but with an unknown flag: EINVAL */
		prog.len = BPF_MAXINSNS;
		sc(SECCOMP_SET_MODE_FILTER, 0x80, &prog);
	}
	/* a program running into an unreadable page */
	page = mmap(NULL, 2 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (page != MAP_FAILED) {
		mprotect(page + 4096, 4096, PROT_NONE);
		memcpy(page + 4096 - 2 * sizeof(struct sock_filter), actions, 2 * sizeof(struct sock_filter));
		prog.len = 5;
		prog.filter = (struct sock_filter *) (page + 4096 - 2 * sizeof(struct sock_filter));
		sc(SECCOMP_SET_MODE_FILTER, 0, &prog);
		prs(&prog);
		prog.len = 0xffff;
		sc(SECCOMP_SET_MODE_FILTER, 0, &prog);
		prog.len = BPF_MAXINSNS + 1;
		prs(&prog);
		prog.filter = (struct sock_filter *) (page + 4096);
		prog.len = 2;
		sc(SECCOMP_SET_MODE_FILTER, 0, &prog);
		/* the sock_fprog itself cut short */
		memcpy(page + 4096 - 8, &prog, 8);
		sc(SECCOMP_SET_MODE_FILTER, 0, page + 4096 - 8);
		prs(page + 4096 - 8);
	}
	/* the sock_fprog pointer */
	sc(SECCOMP_SET_MODE_FILTER, 0, NULL);
	sc(SECCOMP_SET_MODE_FILTER, 0, (void *) BAD);
	prs(NULL);
	prs((void *) BAD);
	/* unknown flags, unknown operations */
	PROG(prog, typical);
	sc(SECCOMP_SET_MODE_FILTER, 0x40, &prog);
	sc(SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_LOG | 0x100, &prog);
	sc(SECCOMP_SET_MODE_FILTER, -1UL, &prog);
	sc(4, 0, &prog);
	/* length and pointer of a good one: the fields after len are ignored */
	progs[0].len = 2;
	progs[0].filter = one;
	sc(SECCOMP_SET_MODE_FILTER, 0x80000000UL, &progs[0]);
}

/* Installed for good: each allows everything at its first instruction. */
static void seccomp_install(void)
{
	PROG(progs[0], typical);
	sc(SECCOMP_SET_MODE_FILTER, 0, &progs[0]);
	PROG(progs[1], offsets);
	sc(SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_LOG, &progs[1]);
	PROG(progs[2], actions);
	prs(&progs[2]);
	PROG(progs[3], alu);
	sc(SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_SPEC_ALLOW, &progs[3]);
	PROG(prog, one);
	prs(&prog);
	syscall(SYS_prctl, PR_GET_SECCOMP, 0, 0, 0, 0);
}

/* A socket filter: loads of every size and mode, ancillary data. */
static struct sock_filter sockf[] = {
	BPF_STMT(BPF_LD | BPF_H | BPF_ABS, 12),
	BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 0x800, 0, 30),
	BPF_STMT(BPF_LD | BPF_B | BPF_ABS, 23),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 26),
	BPF_STMT(BPF_LDX | BPF_B | BPF_MSH, 14),
	BPF_STMT(BPF_LD | BPF_H | BPF_IND, 16),
	BPF_STMT(BPF_LD | BPF_B | BPF_IND, 0),
	BPF_STMT(BPF_LD | BPF_W | BPF_IND, 2),
	BPF_STMT(BPF_LD | BPF_W | BPF_LEN, 0),
	BPF_STMT(BPF_LDX | BPF_W | BPF_LEN, 0),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, SKF_AD_OFF + SKF_AD_PROTOCOL),
	BPF_STMT(BPF_LD | BPF_H | BPF_ABS, SKF_AD_OFF + SKF_AD_PKTTYPE),
	BPF_STMT(BPF_LD | BPF_B | BPF_ABS, SKF_AD_OFF + SKF_AD_IFINDEX),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, SKF_AD_OFF + SKF_AD_NLATTR),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, SKF_AD_OFF + SKF_AD_NLATTR_NEST),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, SKF_AD_OFF + SKF_AD_MARK),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, SKF_AD_OFF + SKF_AD_QUEUE),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, SKF_AD_OFF + SKF_AD_HATYPE),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, SKF_AD_OFF + SKF_AD_RXHASH),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, SKF_AD_OFF + SKF_AD_CPU),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, SKF_AD_OFF + SKF_AD_ALU_XOR_X),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, SKF_AD_OFF + SKF_AD_VLAN_TAG),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, SKF_AD_OFF + SKF_AD_VLAN_TAG_PRESENT),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, SKF_AD_OFF + SKF_AD_PAY_OFFSET),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, SKF_AD_OFF + SKF_AD_RANDOM),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, SKF_AD_OFF + SKF_AD_VLAN_TPID),
	BPF_STMT(BPF_LD | BPF_B | BPF_ABS, SKF_NET_OFF + 9),
	BPF_STMT(BPF_LD | BPF_H | BPF_ABS, SKF_LL_OFF + 12),
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, SKF_NET_OFF - 4),
	BPF_STMT(BPF_LD | BPF_IMM, 0xffffffff),
	BPF_STMT(BPF_ST, 3),
	BPF_STMT(BPF_LDX | BPF_MEM, 3),
	RET_K(0x40000),
	RET_K(0),
	BPF_STMT(BPF_RET | BPF_A, 0),
};

static struct sock_filter sock_bad[][2] = {
	{ BPF_STMT(BPF_LD | BPF_W | BPF_ABS, SKF_AD_OFF + SKF_AD_MAX), RET_K(0) },
	{ BPF_STMT(BPF_LD | BPF_W | BPF_ABS, SKF_AD_OFF + 0x100), RET_K(0) },
	{ BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 0xffffffff), RET_K(0) },
	{ BPF_STMT(BPF_RET | BPF_X, 0), RET_K(0) },
	{ BPF_STMT(BPF_ALU | BPF_MOD | BPF_K, 0), RET_K(0) },
	{ BPF_STMT(0x1234, 0x5678), RET_K(SECCOMP_RET_ALLOW) },
	/* only absolute loads of the accumulator read the special offsets */
	{ BPF_STMT(BPF_LDX | BPF_W | BPF_ABS, SKF_AD_OFF + SKF_AD_MARK), RET_K(0) },
	{ BPF_STMT(BPF_LD | BPF_W | BPF_IND, SKF_AD_OFF + SKF_AD_MARK), RET_K(0) },
	{ BPF_STMT(BPF_LD | BPF_W | BPF_MEM, SKF_NET_OFF), RET_K(0) },
	{ BPF_JUMP(BPF_LD | BPF_W | BPF_ABS, SKF_AD_OFF, 1, 0), RET_K(0) },
	{ BPF_STMT(BPF_LD | BPF_B | BPF_ABS, SKF_NET_OFF), RET_K(0) },
	{ BPF_STMT(BPF_LD | BPF_B | BPF_ABS, SKF_LL_OFF), RET_K(0) },
	{ BPF_STMT(BPF_LD | BPF_B | BPF_ABS, SKF_LL_OFF - 1), RET_K(0) },
	{ BPF_STMT(BPF_LD | BPF_H | BPF_ABS, SKF_AD_OFF - 1), RET_K(0) },
	{ BPF_STMT(0xff00 | BPF_LD | BPF_W | BPF_ABS, SKF_AD_OFF + SKF_AD_RANDOM), RET_K(0) },
};

static struct sock_filter reuse[] = {
	BPF_STMT(BPF_LD | BPF_W | BPF_ABS, SKF_AD_OFF + SKF_AD_CPU),
	BPF_STMT(BPF_ALU | BPF_AND | BPF_K, 1),
	BPF_STMT(BPF_RET | BPF_A, 0),
};

static struct sock_filter got[64];

static void socket_filters(void)
{
	int fd, fd2, one_ = 1;
	unsigned int i;
	socklen_t len;

	fd = syscall(SYS_socket, AF_INET, SOCK_DGRAM, 0);
	PROG(prog, sockf);
	syscall(SYS_setsockopt, fd, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof(prog));
	/* the filter read back */
	len = 0;
	syscall(SYS_getsockopt, fd, SOL_SOCKET, SO_GET_FILTER, NULL, &len);
	len = 64;
	syscall(SYS_getsockopt, fd, SOL_SOCKET, SO_GET_FILTER, got, &len);
	len = 2;
	syscall(SYS_getsockopt, fd, SOL_SOCKET, SO_GET_FILTER, got, &len);
	len = 0;
	syscall(SYS_getsockopt, fd, SOL_SOCKET, SO_GET_FILTER, got, &len);
	len = 64;
	syscall(SYS_getsockopt, fd, SOL_SOCKET, SO_GET_FILTER, NULL, &len);
	len = 64;
	syscall(SYS_getsockopt, fd, SOL_SOCKET, SO_GET_FILTER, BAD, &len);
	syscall(SYS_getsockopt, fd, SOL_SOCKET, SO_GET_FILTER, got, NULL);
	for (i = 0; i < sizeof(sock_bad) / sizeof(sock_bad[0]); i++) {
		PROG(prog, sock_bad[i]);
		syscall(SYS_setsockopt, fd, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof(prog));
	}
	/* seccomp-looking programs on a socket */
	PROG(prog, typical);
	syscall(SYS_setsockopt, fd, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof(prog));
	PROG(prog, offsets);
	syscall(SYS_setsockopt, fd, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof(prog));
	PROG(prog, actions);
	syscall(SYS_setsockopt, fd, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof(prog));
	PROG(prog, alu);
	syscall(SYS_setsockopt, fd, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof(prog));
	/* lengths and pointers */
	PROG(prog, sockf);
	syscall(SYS_setsockopt, fd, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof(prog) - 1);
	syscall(SYS_setsockopt, fd, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof(prog) + 1);
	syscall(SYS_setsockopt, fd, SOL_SOCKET, SO_ATTACH_FILTER, &prog, 8);
	syscall(SYS_setsockopt, fd, SOL_SOCKET, SO_ATTACH_FILTER, NULL, sizeof(prog));
	syscall(SYS_setsockopt, fd, SOL_SOCKET, SO_ATTACH_FILTER, BAD, sizeof(prog));
	syscall(SYS_setsockopt, fd, SOL_SOCKET, SO_ATTACH_FILTER, &prog, 0);
	prog.len = 0;
	syscall(SYS_setsockopt, fd, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof(prog));
	prog.len = 2;
	prog.filter = NULL;
	syscall(SYS_setsockopt, fd, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof(prog));
	prog.filter = (struct sock_filter *) BAD;
	syscall(SYS_setsockopt, fd, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof(prog));
	if (long_programs) {
		prog.len = BPF_MAXINSNS + 1;
		prog.filter = toolong;
		syscall(SYS_setsockopt, fd, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof(prog));
	}
	/* the same at another level: not a filter */
	PROG(prog, reuse);
	syscall(SYS_setsockopt, fd, SOL_IP, SO_ATTACH_FILTER, &prog, sizeof(prog));
	syscall(SYS_setsockopt, fd, SOL_SOCKET, SO_LOCK_FILTER, &one_, sizeof(one_));
	syscall(SYS_setsockopt, fd, SOL_SOCKET, SO_DETACH_FILTER, &one_, sizeof(one_));
	close(fd);

	/* SO_ATTACH_REUSEPORT_CBPF on a socket with SO_REUSEPORT */
	fd2 = syscall(SYS_socket, AF_INET, SOCK_DGRAM, 0);
	syscall(SYS_setsockopt, fd2, SOL_SOCKET, SO_REUSEPORT, &one_, sizeof(one_));
	PROG(prog, reuse);
	syscall(SYS_setsockopt, fd2, SOL_SOCKET, SO_ATTACH_REUSEPORT_CBPF, &prog, sizeof(prog));
	syscall(SYS_setsockopt, fd2, SOL_SOCKET, SO_ATTACH_REUSEPORT_CBPF, &prog, 4);
	PROG(prog, sock_bad[3]);
	syscall(SYS_setsockopt, fd2, SOL_SOCKET, SO_ATTACH_REUSEPORT_CBPF, &prog, sizeof(prog));
	syscall(SYS_setsockopt, fd2, SOL_SOCKET, SO_DETACH_REUSEPORT_BPF, &one_, sizeof(one_));
	close(fd2);
}

int main(int argc, char **argv)
{
	long_programs = argc > 1 && strcmp(argv[1], "long") == 0;
	socket_filters();
	syscall(SYS_prctl, PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	seccomp_filters();
	/* last: cannot be undone (and every one allows everything) */
	seccomp_install();
	syscall(SYS_getpid);
	return 0;
}
