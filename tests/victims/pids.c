/* pids.c: every call whose arguments or result name a process, for -Y
 * (--decode-pids=comm): strace follows such a pid with "<comm>" while the
 * process exists.  All calls act on the victim itself or its own child. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/capability.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	pid_t me = getpid(), child;
	cpu_set_t cpus;
	struct sched_param sp;
	struct rlimit rl;
	struct __user_cap_header_struct head = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct caps[2];
	struct f_owner_ex owner = { F_OWNER_TID, 0 };
	struct flock lock = { .l_type = F_WRLCK, .l_whence = SEEK_SET };
	char attr[56];
	void *robust;
	size_t robust_len;
	siginfo_t si;
	sigset_t chld;
	int fd, status;

	syscall(SYS_gettid);
	getppid();
	getpgid(me);
	getsid(me);
	kill(me, 0);
	kill(-me, 0);                        /* a process group: no name */
	syscall(SYS_tkill, me, 0);
	syscall(SYS_tgkill, me, me, 0);
	sched_getaffinity(me, sizeof cpus, &cpus);
	sched_getscheduler(me);
	sched_getparam(me, &sp);
	syscall(SYS_sched_getattr, me, attr, sizeof attr, 0);
	prlimit(me, RLIMIT_NOFILE, NULL, &rl);
	fd = (int)syscall(SYS_pidfd_open, me, 0);
	close(fd);
	syscall(SYS_ioprio_get, 1, me);      /* IOPRIO_WHO_PROCESS */
	syscall(SYS_ioprio_get, 2, me);      /* IOPRIO_WHO_PGRP: no name */
	head.pid = me;
	syscall(SYS_capget, &head, caps);
	fd = open("/dev/null", O_RDWR);
	fcntl(fd, F_SETOWN, me);
	syscall(SYS_fcntl, fd, F_SETOWN, -me);
	owner.pid = me;
	fcntl(fd, F_SETOWN_EX, &owner);
	owner.type = F_OWNER_PGRP;
	fcntl(fd, F_SETOWN_EX, &owner);
	fcntl(fd, F_GETOWN_EX, &owner);
	fcntl(fd, F_GETLK, &lock);
	syscall(SYS_get_robust_list, me, &robust, &robust_len);
	syscall(SYS_kcmp, me, me, 0, fd, fd);   /* KCMP_FILE */
	memset(&si, 0, sizeof si);
	si.si_code = -1;                     /* SI_QUEUE */
	si.si_pid = me;
	syscall(SYS_rt_sigqueueinfo, me, 0, &si);
	syscall(SYS_rt_tgsigqueueinfo, me, me, 0, &si);
	syscall(SYS_sched_setaffinity, me, 0, NULL);
	syscall(SYS_process_vm_readv, me, NULL, 0, NULL, 0, 0);

	child = fork();
	if (child == 0) {
		pause();
		_exit(0);
	}
	kill(child, 0);
	ptrace(PTRACE_PEEKUSER, child, 0, 0);   /* not its tracer: ESRCH */
	waitid(P_PID, child, &si, WEXITED | WNOHANG | WNOWAIT);
	/* SIGCHLD held until the child is surely a zombie (it keeps its
	 * name until wait4), so the signal comes at the same place each run */
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, NULL);
	kill(child, SIGTERM);
	waitid(P_PID, child, &si, WEXITED | WNOWAIT);
	sigprocmask(SIG_UNBLOCK, &chld, NULL);
	wait4(child, &status, 0, NULL);
	wait4(me, &status, WNOHANG, NULL);
	close(fd);
	return 0;
}
