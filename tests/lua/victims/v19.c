/* v19: prctl(2) with every option strace 6.1 decodes on x86_64, each with
 * good and bad arguments, for the prctl part of lua/moontrace/decode/misc.lua.
 * Build: cc -O0 -w -o v19 v19.c
 *
 * Only the victim's own state is changed: its securebits (KEEP_CAPS, set and
 * cleared), its ambient set (only lowered and cleared; a raise is refused
 * while the inheritable set is empty), its MCE policy, timer slack, THP,
 * TSC mode, pdeathsig, name, tid address (put back at once), the name of an
 * anonymous mapping of its own.  Everything that could reach further
 * (PR_SET_MM, PR_SET_SECCOMP, PR_SCHED_CORE other than GET, PR_SET_IO_FLUSHER,
 * syscall user dispatch ON, forced speculation settings, bounding-set drops)
 * is only made in a form the kernel refuses before acting: a non-zero arg5
 * for PR_SET_MM, a filter not ending in RET, a non-zero uaddr for the
 * sched-core commands, a wrapping region, a non-zero arg4.  Options of other
 * architectures (SVE, SME, PAC, tagged addresses, FP mode, unalign, endian,
 * FPEMU/FPEXC, MPX) fail with EINVAL on x86_64 but are decoded at entry.
 * Every call goes through syscall(2) so that all five arguments are known.
 * Pointers are statics (same addresses under setarch -R).  Never blocks. */
#define _GNU_SOURCE
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <linux/filter.h>
#include <linux/securebits.h>
#include <linux/seccomp.h>

#define BAD 1L                        /* never mapped */
#define PR_GET_AUXV_ 0x41555856       /* newer than strace 6.1: unknown to it */

static long pr(long option, long a2, long a3, long a4, long a5)
{
	return syscall(SYS_prctl, option, a2, a3, a4, a5);
}

static int ival;
static uint64_t u64;
static unsigned int mapsize;
static char name[16];
static unsigned char auxv[512];

static void securebits(void)
{
	pr(PR_GET_SECUREBITS, 0, 0, 0, 0);
	pr(PR_SET_SECUREBITS, SECBIT_KEEP_CAPS, 0, 0, 0);
	pr(PR_GET_SECUREBITS, 0, 0, 0, 0);
	pr(PR_SET_SECUREBITS, 0, 0, 0, 0);
	/* unknown bits: refused (EPERM) before any lock is taken */
	pr(PR_SET_SECUREBITS, 0xff | 0x10000, 0, 0, 0);
	pr(PR_SET_SECUREBITS, 0x10000, 0, 0, 0);
	pr(PR_SET_SECUREBITS, SECBIT_NOROOT | SECBIT_NO_CAP_AMBIENT_RAISE_LOCKED | 0x1000000, 0, 0, 0);
	pr(PR_SET_SECUREBITS, 0x100000010L, 0, 0, 0);
	/* keepcaps is the same bit */
	pr(PR_GET_KEEPCAPS, 0, 0, 0, 0);
	pr(PR_SET_KEEPCAPS, 1, 0, 0, 0);
	pr(PR_GET_SECUREBITS, 0, 0, 0, 0);
	pr(PR_GET_KEEPCAPS, 0, 0, 0, 0);
	pr(PR_SET_KEEPCAPS, 0, 0, 0, 0);
	pr(PR_SET_KEEPCAPS, 2, 0, 0, 0);
}

static void capabilities(void)
{
	pr(PR_CAP_AMBIENT, PR_CAP_AMBIENT_IS_SET, 0 /* CAP_CHOWN */, 0, 0);
	pr(PR_CAP_AMBIENT, PR_CAP_AMBIENT_IS_SET, 21, 1, 0);
	pr(PR_CAP_AMBIENT, PR_CAP_AMBIENT_IS_SET, 99, 0, 0);
	/* refused while the inheritable set is empty; lowered again if not */
	pr(PR_CAP_AMBIENT, PR_CAP_AMBIENT_RAISE, 10, 0, 0);
	pr(PR_CAP_AMBIENT, PR_CAP_AMBIENT_LOWER, 10, 0, 0);
	pr(PR_CAP_AMBIENT, PR_CAP_AMBIENT_LOWER, 13, 0, 0);
	pr(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
	pr(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 1, 2, 3);
	pr(PR_CAP_AMBIENT, 0, 1, 2, 3);
	pr(PR_CAP_AMBIENT, 5, 0, 0, 0);
	pr(PR_CAPBSET_READ, 21, 0, 0, 0);
	pr(PR_CAPBSET_READ, 40, 0, 0, 0);
	pr(PR_CAPBSET_READ, 41, 0, 0, 0);
	pr(PR_CAPBSET_READ, 99, 0, 0, 0);
	pr(PR_CAPBSET_READ, -1, 0, 0, 0);
	pr(PR_CAPBSET_DROP, 99, 0, 0, 0);
}

static void mce(void)
{
	pr(PR_MCE_KILL_GET, 0, 0, 0, 0);
	pr(PR_MCE_KILL, PR_MCE_KILL_SET, PR_MCE_KILL_EARLY, 0, 0);
	pr(PR_MCE_KILL_GET, 0, 0, 0, 0);
	pr(PR_MCE_KILL, PR_MCE_KILL_SET, PR_MCE_KILL_LATE, 0, 0);
	pr(PR_MCE_KILL_GET, 0, 0, 0, 0);
	pr(PR_MCE_KILL, PR_MCE_KILL_CLEAR, 0, 0, 0);
	pr(PR_MCE_KILL, PR_MCE_KILL_SET, PR_MCE_KILL_DEFAULT, 0, 0);
	pr(PR_MCE_KILL, PR_MCE_KILL_SET, 7, 0, 0);
	pr(PR_MCE_KILL, 5, 1, 0, 0);
	pr(PR_MCE_KILL, PR_MCE_KILL_CLEAR, 0, 1, 2);
	pr(PR_MCE_KILL_GET, 1, 2, 3, 4);
	pr(PR_MCE_KILL, PR_MCE_KILL_CLEAR, 0, 0, 0);
	pr(PR_MCE_KILL_GET, 0, 0, 0, 0);
}

static void set_mm(void)
{
	/* only the size is asked for; every other form has arg5 != 0 (EINVAL
	   before the capability check) or a map the kernel cannot read */
	pr(PR_SET_MM, PR_SET_MM_MAP_SIZE, (long) &mapsize, 0, 0);
	pr(PR_SET_MM, PR_SET_MM_MAP, BAD, mapsize, 0);
	pr(PR_SET_MM, PR_SET_MM_MAP, (long) auxv, 1, 0);
	for (long op = 0; op <= 16; op++)
		pr(PR_SET_MM, op, 0x1000, 0, 1);
	pr(PR_SET_MM, PR_SET_MM_BRK, 0x1000, 1, 0);
	pr(PR_SET_MM, PR_SET_MM_AUXV, BAD, 8, 1);
	pr(PR_SET_MM, 0x100000001L, -1, -1, -1);
}

static void ptracer(void)
{
	pr(PR_SET_PTRACER, -1, 0, 0, 0);             /* PR_SET_PTRACER_ANY */
	pr(PR_SET_PTRACER, 0xffffffffL, 0, 0, 0);
	pr(PR_SET_PTRACER, 1, 0, 0, 0);
	pr(PR_SET_PTRACER, 0x7ffffff0, 0, 0, 0);
	pr(PR_SET_PTRACER, -2, 0, 0, 0);
	pr(PR_SET_PTRACER, 0x17fffffffL, 0, 0, 0);
	pr(PR_SET_PTRACER, 0, 0, 0, 0);
}

static void vma(void)
{
	void *m = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	long a = (long) m;

	pr(PR_SET_VMA, PR_SET_VMA_ANON_NAME, a, 8192, (long) "moontrace-v19");
	pr(PR_SET_VMA, PR_SET_VMA_ANON_NAME, a, 4096, (long) "0123456789abcdef0123456789abcdef");
	pr(PR_SET_VMA, PR_SET_VMA_ANON_NAME, a, 4096, (long) "a name longer than thirty-two bytes, still valid");
	pr(PR_SET_VMA, PR_SET_VMA_ANON_NAME, a, 8192, (long) "bad[name]");
	pr(PR_SET_VMA, PR_SET_VMA_ANON_NAME, a, 8192, (long) "tab\there\377\001");
	pr(PR_SET_VMA, PR_SET_VMA_ANON_NAME, a, 8192, BAD);
	pr(PR_SET_VMA, PR_SET_VMA_ANON_NAME, a, 8192, 0);
	pr(PR_SET_VMA, PR_SET_VMA_ANON_NAME, BAD, -1, (long) "x");
	pr(PR_SET_VMA, 1, a, 8192, 0);
	pr(PR_SET_VMA, -1, 1, 2, 3);
	munmap(m, 8192);
}

static void arch(void)
{
	/* TSC */
	pr(PR_GET_TSC, (long) &ival, 0, 0, 0);
	pr(PR_GET_TSC, 0, 0, 0, 0);
	pr(PR_GET_TSC, BAD, 0, 0, 0);
	pr(PR_SET_TSC, PR_TSC_ENABLE, 0, 0, 0);
	pr(PR_SET_TSC, 0x100000001L, 0, 0, 0);
	pr(PR_SET_TSC, 3, 0, 0, 0);
	pr(PR_SET_TSC, 0, 0, 0, 0);
	pr(PR_GET_TSC, (long) &ival, 0, 0, 0);
	/* unaligned access, FP mode, endianness, FP emulation and exceptions:
	   none on x86_64 */
	pr(PR_GET_UNALIGN, (long) &ival, 0, 0, 0);
	pr(PR_GET_UNALIGN, 0, 0, 0, 0);
	pr(PR_SET_UNALIGN, PR_UNALIGN_NOPRINT | PR_UNALIGN_SIGBUS, 0, 0, 0);
	pr(PR_SET_UNALIGN, 4, 0, 0, 0);
	pr(PR_SET_UNALIGN, 6, 0, 0, 0);
	pr(PR_SET_UNALIGN, 0, 0, 0, 0);
	pr(PR_SET_UNALIGN, 0x100000002L, 0, 0, 0);
	pr(PR_GET_FP_MODE, 0, 0, 0, 0);
	pr(PR_SET_FP_MODE, PR_FP_MODE_FR | PR_FP_MODE_FRE, 0, 0, 0);
	pr(PR_SET_FP_MODE, 4, 0, 0, 0);
	pr(PR_SET_FP_MODE, 5, 0, 0, 0);
	pr(PR_SET_FP_MODE, 0, 0, 0, 0);
	pr(PR_GET_ENDIAN, (long) &ival, 0, 0, 0);
	pr(PR_SET_ENDIAN, PR_ENDIAN_LITTLE, 0, 0, 0);
	pr(PR_GET_FPEMU, (long) &ival, 0, 0, 0);
	pr(PR_SET_FPEMU, PR_FPEMU_SIGFPE, 0, 0, 0);
	pr(PR_GET_FPEXC, (long) &ival, 0, 0, 0);
	pr(PR_SET_FPEXC, PR_FP_EXC_DIV, 0, 0, 0);
	/* SVE, SME, pointer authentication, tagged addresses, MPX */
	pr(PR_SVE_SET_VL, 0x20, 1, 2, 3);
	pr(PR_SVE_SET_VL, PR_SVE_SET_VL_ONEXEC | PR_SVE_VL_INHERIT | 0x10, 0, 0, 0);
	pr(PR_SVE_SET_VL, 0x80000 | 0x40, 0, 0, 0);
	pr(PR_SVE_SET_VL, PR_SVE_VL_INHERIT, 0, 0, 0);
	pr(PR_SVE_SET_VL, 0, 0, 0, 0);
	pr(PR_SVE_GET_VL, 0, 0, 0, 0);
	pr(PR_SME_SET_VL, 0x100, 0, 0, 0);
	pr(PR_SME_SET_VL, PR_SME_SET_VL_ONEXEC | 0x1000000 | 0x30, 0, 0, 0);
	pr(PR_SME_SET_VL, PR_SME_VL_INHERIT | 0x10, 0, 0, 0);
	pr(PR_SME_GET_VL, 1, 2, 3, 4);
	pr(PR_PAC_RESET_KEYS, PR_PAC_APIAKEY | PR_PAC_APGAKEY | 0x20, 0, 0, 0);
	pr(PR_PAC_RESET_KEYS, 0, 1, 2, 3);
	pr(PR_PAC_RESET_KEYS, 0x40, 0, 0, 0);
	pr(PR_PAC_RESET_KEYS, PR_PAC_APIBKEY | PR_PAC_APDAKEY | PR_PAC_APDBKEY, 0, 0, 0);
	pr(PR_PAC_SET_ENABLED_KEYS, PR_PAC_APIAKEY | PR_PAC_APDBKEY, PR_PAC_APIBKEY | 0x10, 0, 0);
	pr(PR_PAC_SET_ENABLED_KEYS, 0, 0x100, 1, 2);
	pr(PR_PAC_GET_ENABLED_KEYS, 0, 0, 0, 0);
	pr(PR_SET_TAGGED_ADDR_CTRL, 0, 0, 0, 0);
	pr(PR_SET_TAGGED_ADDR_CTRL, PR_TAGGED_ADDR_ENABLE, 0, 0, 0);
	pr(PR_SET_TAGGED_ADDR_CTRL, PR_TAGGED_ADDR_ENABLE | PR_MTE_TCF_SYNC | (0xfff << PR_MTE_TAG_SHIFT), 0, 0, 0);
	pr(PR_SET_TAGGED_ADDR_CTRL, PR_TAGGED_ADDR_ENABLE | PR_MTE_TCF_MASK | 0x100000, 1, 2, 3);
	pr(PR_SET_TAGGED_ADDR_CTRL, PR_MTE_TCF_ASYNC | 0x8000000000000000L, 0, 0, 0);
	pr(PR_GET_TAGGED_ADDR_CTRL, 0, 0, 0, 0);
	pr(PR_MPX_ENABLE_MANAGEMENT, 0, 0, 0, 0);
	pr(PR_MPX_DISABLE_MANAGEMENT, 1, 2, 3, 4);
}

static void speculation(void)
{
	pr(PR_GET_SPECULATION_CTRL, PR_SPEC_STORE_BYPASS, 0, 0, 0);
	pr(PR_GET_SPECULATION_CTRL, PR_SPEC_INDIRECT_BRANCH, 0, 0, 0);
	pr(PR_GET_SPECULATION_CTRL, PR_SPEC_L1D_FLUSH, 0, 0, 0);
	pr(PR_GET_SPECULATION_CTRL, 3, 0, 0, 0);
	pr(PR_GET_SPECULATION_CTRL, PR_SPEC_STORE_BYPASS, 1, 0, 0);
	/* settings that stick are asked for with arg4 != 0: EINVAL at once */
	pr(PR_SET_SPECULATION_CTRL, PR_SPEC_STORE_BYPASS, PR_SPEC_FORCE_DISABLE, 1, 0);
	pr(PR_SET_SPECULATION_CTRL, PR_SPEC_STORE_BYPASS, PR_SPEC_DISABLE_NOEXEC, 1, 0);
	pr(PR_SET_SPECULATION_CTRL, PR_SPEC_INDIRECT_BRANCH, PR_SPEC_DISABLE, 1, 0);
	pr(PR_SET_SPECULATION_CTRL, PR_SPEC_L1D_FLUSH, PR_SPEC_DISABLE, 0, 0);
	pr(PR_SET_SPECULATION_CTRL, PR_SPEC_STORE_BYPASS, 0x20, 0, 0);
	pr(PR_SET_SPECULATION_CTRL, PR_SPEC_STORE_BYPASS, PR_SPEC_PRCTL, 0, 0);
	pr(PR_SET_SPECULATION_CTRL, PR_SPEC_STORE_BYPASS, 0, 0, 0);
	pr(PR_SET_SPECULATION_CTRL, 7, PR_SPEC_DISABLE, 0, 0);
	pr(PR_GET_SPECULATION_CTRL, PR_SPEC_L1D_FLUSH, 0, 0, 0);
}

static void tid_address(void)
{
	pr(PR_GET_TID_ADDRESS, (long) &u64, 0, 0, 0);
	pr(PR_GET_TID_ADDRESS, 0, 0, 0, 0);
	pr(PR_GET_TID_ADDRESS, BAD, 0, 0, 0);
	/* a NULL clear_child_tid for a moment: the victim has one thread */
	uint64_t saved = u64;
	syscall(SYS_set_tid_address, NULL);
	pr(PR_GET_TID_ADDRESS, (long) &u64, 0, 0, 0);
	syscall(SYS_set_tid_address, (void *) saved);
}

static void seccomp(void)
{
	/* no filter ends in something other than a return: EINVAL */
	static struct sock_filter insns[] = {
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 5, 0, 1),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 0),
	};
	static struct sock_fprog prog = { 2, insns }, empty = { 0, NULL };

	pr(PR_GET_SECCOMP, 0, 0, 0, 0);
	pr(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, (long) &prog, 1, 2);
	pr(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, (long) &empty, 0, 0);
	pr(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, BAD, 0, 0);
	pr(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, 0, 0, 0);
	pr(PR_SET_SECCOMP, SECCOMP_MODE_DISABLED, 1, 2, 3);
	pr(PR_SET_SECCOMP, 7, 1, 2, 3);
	pr(PR_GET_SECCOMP, 0, 0, 0, 0);
}

static void sched_core(void)
{
	/* GET reads the victim's own cookie; the other commands get a
	   non-zero uaddr, which the kernel refuses before looking further */
	pr(PR_SCHED_CORE, PR_SCHED_CORE_GET, 0, 0 /* PIDTYPE_PID */, (long) &u64);
	pr(PR_SCHED_CORE, PR_SCHED_CORE_GET, 0, 0, BAD);
	pr(PR_SCHED_CORE, PR_SCHED_CORE_GET, 0, 1, (long) &u64);
	pr(PR_SCHED_CORE, PR_SCHED_CORE_GET, 0x7ffffff0, 0, (long) &u64);
	pr(PR_SCHED_CORE, PR_SCHED_CORE_CREATE, 0, 2, 8);
	pr(PR_SCHED_CORE, PR_SCHED_CORE_SHARE_TO, 1, 1, 8);
	pr(PR_SCHED_CORE, PR_SCHED_CORE_SHARE_FROM, -5, 3, 8);
	pr(PR_SCHED_CORE, 9, -1, 7, 0);
	pr(PR_SCHED_CORE, 0x100000000L, 0, 0x100000000L, 0);
}

static void misc(void)
{
	/* I/O flusher: EPERM without CAP_SYS_RESOURCE, else clear / EINVAL */
	pr(PR_GET_IO_FLUSHER, 0, 0, 0, 0);
	pr(PR_SET_IO_FLUSHER, 0, 0, 0, 0);
	pr(PR_SET_IO_FLUSHER, 1, 2, 3, 4);
	/* syscall user dispatch: off, and ON with a region that wraps */
	pr(PR_SET_SYSCALL_USER_DISPATCH, PR_SYS_DISPATCH_OFF, 0, 0, 0);
	pr(PR_SET_SYSCALL_USER_DISPATCH, PR_SYS_DISPATCH_OFF, 1, 2, BAD);
	pr(PR_SET_SYSCALL_USER_DISPATCH, PR_SYS_DISPATCH_ON, 1, -1, (long) &ival);
	pr(PR_SET_SYSCALL_USER_DISPATCH, 2, 1, -1, 0);
	/* THP */
	pr(PR_GET_THP_DISABLE, 0, 0, 0, 0);
	pr(PR_SET_THP_DISABLE, 1, 0, 0, 0);
	pr(PR_GET_THP_DISABLE, 0, 0, 0, 0);
	pr(PR_SET_THP_DISABLE, 0, 0, 0, 0);
	pr(PR_SET_THP_DISABLE, 1, 0, 1, 0);
	pr(PR_GET_THP_DISABLE, 1, 0, 0, 0);
	/* timer slack: the default comes back with 0 */
	pr(PR_GET_TIMERSLACK, 0, 0, 0, 0);
	pr(PR_SET_TIMERSLACK, 100000, 0, 0, 0);
	pr(PR_GET_TIMERSLACK, 0, 0, 0, 0);
	pr(PR_SET_TIMERSLACK, -1, 0, 0, 0);
	pr(PR_SET_TIMERSLACK, 0, 0, 0, 0);
	pr(PR_GET_TIMERSLACK, 0, 0, 0, 0);
	/* timing, perf events */
	pr(PR_GET_TIMING, 0, 0, 0, 0);
	pr(PR_SET_TIMING, PR_TIMING_STATISTICAL, 0, 0, 0);
	pr(PR_SET_TIMING, PR_TIMING_TIMESTAMP, 0, 0, 0);
	pr(PR_TASK_PERF_EVENTS_DISABLE, 0, 0, 0, 0);
	pr(PR_TASK_PERF_EVENTS_ENABLE, 1, 2, 3, 4);
	/* death signal, name, dumpable, subreaper */
	pr(PR_SET_PDEATHSIG, 40, 0, 0, 0);
	pr(PR_GET_PDEATHSIG, (long) &ival, 0, 0, 0);
	pr(PR_SET_PDEATHSIG, 65, 0, 0, 0);
	pr(PR_SET_PDEATHSIG, 200, 0, 0, 0);
	pr(PR_SET_PDEATHSIG, 0, 0, 0, 0);
	pr(PR_GET_PDEATHSIG, (long) &ival, 0, 0, 0);
	pr(PR_GET_PDEATHSIG, BAD, 0, 0, 0);
	pr(PR_SET_NAME, (long) "v19", 0, 0, 0);
	pr(PR_SET_NAME, BAD, 0, 0, 0);
	pr(PR_GET_NAME, (long) name, 0, 0, 0);
	pr(PR_GET_NAME, BAD, 0, 0, 0);
	pr(PR_GET_DUMPABLE, 0, 0, 0, 0);
	pr(PR_SET_DUMPABLE, 2, 0, 0, 0);
	pr(PR_SET_DUMPABLE, 3, 0, 0, 0);
	pr(PR_GET_CHILD_SUBREAPER, (long) &ival, 0, 0, 0);
	pr(PR_GET_CHILD_SUBREAPER, BAD, 0, 0, 0);
	pr(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0);
	pr(PR_SET_NO_NEW_PRIVS, 2, 0, 0, 0);
	pr(PR_SET_NO_NEW_PRIVS, 1, 1, 0, 0);
}

static void unknown(void)
{
	pr(0, 1, 2, 3, 4);
	pr(1000, 0, 0, 0, 0);
	pr(0x7fffffff, -1, -1, -1, -1);
	pr(66, 0, 0, 0, 0);                       /* PR_GET_MDWE since Linux 6.3 */
	pr(68, 0, 0, 0, 0);                       /* PR_GET_MEMORY_MERGE since 6.4 */
	pr(PR_GET_AUXV_, (long) auxv, sizeof(auxv), 0, 0);
	/* only the low 32 bits name the option */
	pr(0xffffffff00000000L | PR_GET_KEEPCAPS, 0, 0, 0, 0);
	pr(0x100000000L | PR_GET_SECUREBITS, 0, 0, 0, 0);
}

int main(void)
{
	securebits();
	capabilities();
	mce();
	set_mm();
	ptracer();
	vma();
	arch();
	speculation();
	tid_address();
	seccomp();
	sched_core();
	misc();
	unknown();
	/* last: cannot be undone */
	pr(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	pr(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0);
	return 0;
}
