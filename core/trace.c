/*
 * trace.c: the ptrace engine: spawn, attach, the event loop, detach.
 *
 * Every tracee is seized (PTRACE_SEIZE), so group-stops are told apart
 * from signal-delivery stops and a stopped tracee can be left stopped
 * with PTRACE_LISTEN.  Each syscall stop is read with one
 * PTRACE_GET_SYSCALL_INFO, which also says whether it is an entry or an
 * exit: no toggling guesswork, even right after an attach.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sched.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <linux/filter.h>
#include <grp.h>
#include <pwd.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"

extern char **environ;

#define TRACED_BITS 1024  /* covers the x86_64 and x32 numbers */
#define NR_EXECVE 59
#define NR_EXECVEAT 322
#define NR_CLONE 56
#define NR_CLONE3 435

/* Children inherit the seccomp filter, so they stay traced even without
 * -f (quietly): a traced call with no tracer fails with ENOSYS. */
#define FORK_OPTIONS \
	(PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK | PTRACE_O_TRACECLONE)

static void forget(mt_tracer *t, struct mt_tracee *tr);
static void let_go(mt_tracer *t, struct mt_tracee *tr);

static unsigned options_for(const mt_tracer *t, int spawned)
{
	unsigned o = PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACEEXEC;

	if (t->follow)
		o |= PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK |
		     PTRACE_O_TRACECLONE;
	if (spawned)
		o |= PTRACE_O_EXITKILL;
	return o;
}

mt_tracer *mt_new(void)
{
	mt_tracer *t = calloc(1, sizeof *t);

	if (!t)
		return NULL;
	t->traced = malloc(TRACED_BITS / 8);
	if (!t->traced) {
		free(t);
		return NULL;
	}
	t->traced_limit = TRACED_BITS;
	t->entry_quiet = calloc(TRACED_BITS / 8, 1);
	if (!t->entry_quiet) {
		free(t->traced);
		free(t);
		return NULL;
	}
	t->stop_stime.sec = -1;
	mt_trace_all(t, 1);
	t->seccomp = 1;
	return t;
}

void mt_free(mt_tracer *t)
{
	if (!t)
		return;
	int i;

	mt_kill_spawned(t);
	mt_cosched_free(t);
	mt_lowlat_free(t);
	/* for real: a filtered tracee is not kept quietly past this point */
	for (i = 0; i < MT_TRACEE_BUCKETS; i++)
		while (t->buckets[i])
			let_go(t, t->buckets[i]);
	free(t->traced);
	free(t->entry_quiet);
	free(t->run_user);
	free(t);
}

int mt_set_spawn_user(mt_tracer *t, const char *user)
{
	struct passwd *pw;
	char *copy;

	if (!user) {
		free(t->run_user);
		t->run_user = NULL;
		return 0;
	}
	if (geteuid() != 0) {
		errno = EPERM;
		return -1;
	}
	errno = 0;
	pw = getpwnam(user);
	if (!pw) {
		if (errno == 0)
			errno = ENOENT;
		return -1;
	}
	copy = strdup(user);
	if (!copy)
		return -1;
	free(t->run_user);
	t->run_user = copy;
	t->run_uid = pw->pw_uid;
	t->run_gid = pw->pw_gid;
	return 0;
}

/* In the spawned child, before exec: become t->run_user (strace -u). */
static int become_user(const mt_tracer *t, const char *path)
{
	struct stat st;
	uid_t euid = t->run_uid;
	gid_t egid = t->run_gid;

	if (stat(path, &st) == 0) {
		if (st.st_mode & S_ISUID)
			euid = st.st_uid;
		if (st.st_mode & S_ISGID)
			egid = st.st_gid;
	}
	if (initgroups(t->run_user, t->run_gid) < 0 ||
	    setregid(t->run_gid, egid) < 0 || setreuid(t->run_uid, euid) < 0)
		return -1;
	return 0;
}

void mt_set_follow(mt_tracer *t, int on)
{
	t->follow = !!on;
}

void mt_want_stime(mt_tracer *t, int on)
{
	t->want_stime = !!on;
}

void mt_trace_all(mt_tracer *t, int on)
{
	memset(t->traced, on ? 0xff : 0, (size_t)t->traced_limit / 8);
	t->trace_unknown = !!on;
}

int mt_trace_syscall(mt_tracer *t, long nr, int on)
{
	if (nr < 0 || nr >= t->traced_limit) {
		errno = EINVAL;
		return -1;
	}
	if (on)
		t->traced[nr / 8] |= (unsigned char)(1u << (nr % 8));
	else
		t->traced[nr / 8] &= (unsigned char)~(1u << (nr % 8));
	return 0;
}

int mt_is_traced(const mt_tracer *t, long nr)
{
	if (nr < 0 || nr >= t->traced_limit)
		return t->trace_unknown;
	return (t->traced[nr / 8] >> (nr % 8)) & 1;
}

void mt_report_entries(mt_tracer *t, int on)
{
	memset(t->entry_quiet, on ? 0 : 0xff, (size_t)t->traced_limit / 8);
	t->entry_quiet_unknown = !on;
}

int mt_report_entry(mt_tracer *t, long nr, int on)
{
	if (nr < 0 || nr >= t->traced_limit) {
		errno = EINVAL;
		return -1;
	}
	if (on)
		t->entry_quiet[nr / 8] &= (unsigned char)~(1u << (nr % 8));
	else
		t->entry_quiet[nr / 8] |= (unsigned char)(1u << (nr % 8));
	return 0;
}

static int entry_reported(const mt_tracer *t, long nr)
{
	if (nr < 0 || nr >= t->traced_limit)
		return !t->entry_quiet_unknown;
	return !((t->entry_quiet[nr / 8] >> (nr % 8)) & 1);
}

/* ---- starting to trace ---------------------------------------------- */

/* The traced side of a spawn, once its tracer holds it: the seccomp
 * filter (saying so on filter_fd), the user of -u, the program. */
static void exec_traced(const mt_tracer *t, const char *path,
			char *const argv[], char *const envp[],
			const struct sock_filter *filter, size_t flen,
			int filter_fd)
{
	if (filter && mt_seccomp_install(filter, flen) == 0)
		(void)!write(filter_fd, "", 1);
	/* after the filter: as root it needs no PR_SET_NO_NEW_PRIVS,
	 * which would keep a set-user-ID program from its owner's id */
	if (t->run_user && become_user(t, path) < 0) {
		dprintf(2, "moontrace: -u %s: %s\n", t->run_user,
			strerror(errno));
		_exit(1);
	}
	execve(path, argv, envp ? envp : environ);
	dprintf(2, "moontrace: exec: %s\n", strerror(errno));
	_exit(1);
}

pid_t mt_spawn(mt_tracer *t, const char *path, char *const argv[],
	       char *const envp[])
{
	struct mt_tracee *tr;
	int status, saved, pipefd[2] = { -1, -1 };
	size_t flen = 0;
	struct sock_filter *filter = t->seccomp ? mt_seccomp_build(t, &flen) :
						  NULL;
	unsigned opts = options_for(t, 1);
	pid_t pid;

	/* The child says on this pipe whether its filter is in place. */
	if (filter && pipe2(pipefd, O_CLOEXEC) < 0) {
		free(filter);
		filter = NULL;
	}
	if (filter)
		opts |= PTRACE_O_TRACESECCOMP;
	pid = fork();
	if (pid < 0) {
		saved = errno;
		free(filter);
		if (filter) {
			close(pipefd[0]);
			close(pipefd[1]);
		}
		errno = saved;
		return -1;
	}
	if (pid == 0) {
		mt_cosched_child(t);
		/* Stop until the parent has seized us: tracing then starts
		 * before the first instruction of the new program.  Only
		 * then the filter: with no tracer its traced calls (kill
		 * itself, maybe) would fail with ENOSYS. */
		kill(getpid(), SIGSTOP);
		exec_traced(t, path, argv, envp, filter, flen, pipefd[1]);
	}
	free(filter);
	if (filter) {
		close(pipefd[1]);
		fcntl(pipefd[0], F_SETFL, O_NONBLOCK);
		if (pipefd[0] == 0) {
			/* 0 means "no pipe" in a tracee */
			pipefd[1] = fcntl(0, F_DUPFD_CLOEXEC, 3);
			close(0);
			pipefd[0] = pipefd[1];
		}
	}
	if (waitpid(pid, &status, WSTOPPED) < 0 || !WIFSTOPPED(status)) {
		saved = errno ? errno : ECHILD;
		goto fail;
	}
	if (ptrace(PTRACE_SEIZE, pid, 0L, (long)opts) < 0) {
		saved = errno;
		goto fail;
	}
	tr = mt_tracee_add(t, pid);
	if (!tr) {
		saved = ENOMEM;
		goto fail;
	}
	tr->spawned = 1;
	tr->tgid_known = 1;
	tr->pre_exec = 1;
	tr->filter_fd = pipefd[0] > 0 ? pipefd[0] : 0;
	kill(pid, SIGCONT);
	return pid;
fail:
	if (pipefd[0] > 0)
		close(pipefd[0]);
	kill(pid, SIGKILL);
	waitpid(pid, &status, 0);
	errno = saved;
	return -1;
}

/*
 * strace -D: the calling process becomes the traced program, so that it
 * stays its parent's child (a shell's job, a service's main process), and
 * the tracer goes on in a grandchild.  mode 2 puts the tracer in a process
 * group of its own, 3 in a session of its own.  Returns the program's pid
 * in the tracer only; in the caller it execs the program (or _exits 1).
 */
pid_t mt_spawn_daemon(mt_tracer *t, const char *path, char *const argv[],
		      char *const envp[], int mode)
{
	struct mt_tracee *tr;
	int go[2], filt[2] = { -1, -1 }, status, saved;
	size_t flen = 0;
	struct sock_filter *filter = t->seccomp ? mt_seccomp_build(t, &flen) :
						  NULL;
	unsigned opts = options_for(t, 1);
	pid_t me = getpid(), child, tracer;
	char c;

	if (pipe2(go, O_CLOEXEC) < 0) {
		free(filter);
		return -1;
	}
	if (filter && pipe2(filt, O_CLOEXEC) < 0) {
		free(filter);
		filter = NULL;
	}
	if (filter)
		opts |= PTRACE_O_TRACESECCOMP;
	/* Yama (ptrace_scope 1) lets only ancestors trace, unless told */
	if (geteuid() != 0)
		prctl(PR_SET_PTRACER, PR_SET_PTRACER_ANY, 0L, 0L, 0L);
	child = fork();
	if (child < 0) {
		saved = errno;
		free(filter);
		close(go[0]);
		close(go[1]);
		if (filter) {
			close(filt[0]);
			close(filt[1]);
		}
		errno = saved;
		return -1;
	}
	if (child > 0) {
		/* the program: wait until the tracer holds us, then go */
		close(go[1]);
		if (filter)
			close(filt[0]);
		while (waitpid(child, &status, 0) < 0 && errno == EINTR)
			;
		if (read(go[0], &c, 1) != 1) {
			dprintf(2, "moontrace: -D: the tracer could not attach\n");
			_exit(1);
		}
		close(go[0]);
		if (geteuid() != 0)
			prctl(PR_SET_PTRACER, 0L, 0L, 0L, 0L);
		exec_traced(t, path, argv, envp, filter, flen, filt[1]);
	}
	/* the child: it makes the tracer and leaves it to init */
	tracer = fork();
	if (tracer != 0)
		_exit(tracer < 0);
	if (filter)
		close(filt[1]);
	free(filter);
	close(go[0]);
	if (mode >= 3)
		setsid();
	else if (mode == 2)
		setpgid(0, 0);
	if (ptrace(PTRACE_SEIZE, me, 0L, (long)opts) < 0) {
		saved = errno;
		goto fail;
	}
	ptrace(PTRACE_INTERRUPT, me, 0L, 0L);
	tr = mt_tracee_add(t, me);
	if (!tr) {
		saved = ENOMEM;
		ptrace(PTRACE_DETACH, me, 0L, 0L);
		goto fail;
	}
	tr->spawned = 1;
	tr->tgid = me;
	tr->tgid_known = 1;
	tr->pre_exec = 1;
	tr->filter_fd = filt[0] > 0 ? filt[0] : 0;
	(void)!write(go[1], "", 1);
	close(go[1]);
	return me;
fail:
	if (filt[0] >= 0)
		close(filt[0]);
	close(go[1]);      /* the program reads EOF: it says so and ends */
	errno = saved;
	return -1;
}

static int seize(mt_tracer *t, pid_t tid, pid_t tgid)
{
	struct mt_tracee *tr;

	if (ptrace(PTRACE_SEIZE, tid, 0L, (long)options_for(t, 0)) < 0)
		return -1;
	/* Stop it so that it can be resumed in syscall-tracing mode. */
	ptrace(PTRACE_INTERRUPT, tid, 0L, 0L);
	tr = mt_tracee_add(t, tid);
	if (!tr) {
		ptrace(PTRACE_DETACH, tid, 0L, 0L);
		errno = ENOMEM;
		return -1;
	}
	tr->tgid = tgid;
	tr->tgid_known = 1;
	return 0;
}

int mt_attach(mt_tracer *t, pid_t pid)
{
	char path[64];
	int n = 0, added, first_err = 0;

	if (pid <= 0) {
		errno = ESRCH;
		return -1;
	}
	snprintf(path, sizeof path, "/proc/%d/task", (int)pid);
	/* Threads may be created while we attach: scan until stable. */
	do {
		struct dirent *de;
		DIR *d = opendir(path);

		if (!d) {
			if (n)
				break;
			errno = errno == ENOENT ? ESRCH : errno;
			return -1;
		}
		added = 0;
		while ((de = readdir(d)) != NULL) {
			pid_t tid = (pid_t)atoi(de->d_name);

			if (tid <= 0 || mt_tracee_find(t, tid))
				continue;
			if (seize(t, tid, pid) < 0) {
				if (!first_err)
					first_err = errno;
				continue;
			}
			n++;
			added++;
		}
		closedir(d);
	} while (added);
	if (n == 0) {
		errno = first_err ? first_err : ESRCH;
		return -1;
	}
	return n;
}

/* ---- the loop ------------------------------------------------------ */

static void hold(mt_tracer *t, struct mt_tracee *tr, int req, int sig)
{
	tr->state = MT_TS_HELD;
	tr->resume_req = req;
	tr->resume_sig = sig;
	t->held = tr;
}

/* Under the filter, the stops outside a traced call come from the filter
 * alone: PTRACE_CONT.  Inside one, PTRACE_SYSCALL for its exit stop. */
static int resume_request(const struct mt_tracee *tr)
{
	if (tr->resume_req == PTRACE_SYSCALL &&
	    (tr->quiet || (tr->filtered && !tr->in_syscall)))
		return PTRACE_CONT;
	return tr->resume_req;
}

static void resume(mt_tracer *t, struct mt_tracee *tr)
{
	/* ESRCH: it died meanwhile (SIGKILL); its death is still to come. */
	ptrace((enum __ptrace_request)resume_request(tr), tr->pid, 0L,
	       (long)tr->resume_sig);
	tr->state = MT_TS_RUNNING;
	tr->resume_sig = 0;
	if (t->held == tr)
		t->held = NULL;
}

static pid_t read_tgid(pid_t pid)
{
	char path[64], line[128];
	pid_t tgid = pid;
	FILE *f;

	snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
	f = fopen(path, "r");
	if (!f)
		return pid;
	while (fgets(line, sizeof line, f))
		if (strncmp(line, "Tgid:", 5) == 0) {
			tgid = (pid_t)atoi(line + 5);
			break;
		}
	fclose(f);
	return tgid;
}

static void start_event(struct mt_tracee *tr, mt_event *ev,
			enum mt_event_kind kind)
{
	struct timespec now;

	memset(ev, 0, offsetof(mt_event, siginfo));
	ev->kind = kind;
	ev->pid = tr->pid;
	ev->tgid = tr->tgid;
	ev->nr = -1;
	clock_gettime(CLOCK_REALTIME, &now);
	ev->ts.sec = now.tv_sec;
	ev->ts.nsec = now.tv_nsec;
}

static long peek_orig_rax(pid_t pid)
{
	errno = 0;
	return ptrace(PTRACE_PEEKUSER, pid, 8L * 15 /* ORIG_RAX */, 0L);
}

static void make_quiet(mt_tracer *t, struct mt_tracee *tr)
{
	if (!tr->quiet)
		t->nquiet++;
	tr->quiet = 1;
}

/* At the spawned child's first execve: did it install its filter?  Then
 * from now on PTRACE_CONT outside traced calls, and its children are
 * followed (quietly without -f) since they inherit the filter. */
static void filter_check(mt_tracer *t, struct mt_tracee *tr)
{
	char c;

	if (read(tr->filter_fd, &c, 1) == 1) {
		tr->filtered = 1;
		ptrace(PTRACE_SETOPTIONS, tr->pid, 0L,
		       (long)(options_for(t, tr->spawned) | FORK_OPTIONS |
			      PTRACE_O_TRACESECCOMP));
	}
	close(tr->filter_fd);
	tr->filter_fd = 0;
}

static int syscall_stop(mt_tracer *t, struct mt_tracee *tr, mt_event *ev)
{
	/* zeroed: valgrind cannot see PTRACE_GET_SYSCALL_INFO fill it */
	struct __ptrace_syscall_info info = { 0 };
	long n = ptrace(PTRACE_GET_SYSCALL_INFO, tr->pid,
			(void *)sizeof info, &info);

	hold(t, tr, PTRACE_SYSCALL, 0);
	if (n <= 0 || info.op == PTRACE_SYSCALL_INFO_NONE ||
	    (info.op == PTRACE_SYSCALL_INFO_SECCOMP && tr->in_syscall &&
	     tr->entry_stopped)) {
		/* (the seccomp stop of a call already seen at its entry
		 * stop: resumed with PTRACE_SYSCALL before the filter was
		 * known to be there) */
		tr->entry_stopped = 0;
		resume(t, tr);
		return 0;
	}
	if (info.op == PTRACE_SYSCALL_INFO_ENTRY ||
	    info.op == PTRACE_SYSCALL_INFO_SECCOMP) {
		tr->entry_stopped = info.op == PTRACE_SYSCALL_INFO_ENTRY;
		tr->in_syscall = 1;
		tr->entry_seen = 1;
		tr->nr = (long)info.entry.nr;
		tr->arch = info.arch;
		memcpy(tr->args, info.entry.args, sizeof tr->args);
		if (tr->pre_exec &&
		    (tr->nr == NR_EXECVE || tr->nr == NR_EXECVEAT)) {
			tr->pre_exec = 0;
			if (tr->filter_fd)
				filter_check(t, tr);
		}
		tr->hidden = tr->pre_exec || !mt_is_traced(t, tr->nr);
		if (tr->hidden) {
			resume(t, tr);
			return 0;
		}
		tr->entry_stime = t->stop_stime;
		tr->entry_reported = entry_reported(t, tr->nr);
		if (!tr->entry_reported) {
			/* recorded for the exit event, not reported */
			struct timespec now;

			clock_gettime(CLOCK_REALTIME, &now);
			tr->entry_ts.sec = now.tv_sec;
			tr->entry_ts.nsec = now.tv_nsec;
			resume(t, tr);
			return 0;
		}
		start_event(tr, ev, MT_EV_ENTER);
		tr->entry_ts = ev->ts;
	} else {
		if (!tr->in_syscall) {
			/* attached in the middle of this call */
			tr->entry_seen = 0;
			tr->nr = peek_orig_rax(tr->pid);
			tr->arch = info.arch;
			memset(tr->args, 0, sizeof tr->args);
			tr->hidden = tr->pre_exec || !mt_is_traced(t, tr->nr);
		}
		tr->in_syscall = 0;
		tr->entry_stopped = 0;
		if (tr->hidden) {
			resume(t, tr);
			return 0;
		}
		start_event(tr, ev, MT_EV_EXIT);
		ev->ret = info.exit.rval;
		ev->err = info.exit.is_error ? (int)-info.exit.rval : 0;
		ev->entry_seen = tr->entry_seen;
		ev->entry_reported = tr->entry_seen && tr->entry_reported;
		ev->entry_ts = tr->entry_ts;
		ev->entry_stime = tr->entry_stime;
	}
	ev->nr = tr->nr;
	ev->arch = tr->arch;
	memcpy(ev->args, tr->args, sizeof ev->args);
	ev->ip = info.instruction_pointer;
	ev->sp = info.stack_pointer;
	return 1;
}

static int fork_event(mt_tracer *t, struct mt_tracee *tr, int event,
		      mt_event *ev)
{
	unsigned long msg = 0;
	struct mt_tracee *child;

	hold(t, tr, PTRACE_SYSCALL, 0);
	if (ptrace(PTRACE_GETEVENTMSG, tr->pid, 0L, &msg) < 0) {
		resume(t, tr);
		return 0;
	}
	start_event(tr, ev, MT_EV_FORK);
	ev->child = (pid_t)msg;
	ev->how = event == PTRACE_EVENT_FORK ? MT_HOW_FORK :
		  event == PTRACE_EVENT_VFORK ? MT_HOW_VFORK : MT_HOW_CLONE;
	ev->nr = tr->in_syscall ? tr->nr : -1;
	/* the clone flags say thread or process */
	if (tr->in_syscall && tr->nr == NR_CLONE)
		ev->clone_flags = tr->args[0];
	else if (tr->in_syscall && tr->nr == NR_CLONE3)
		mt_read(t, tr->pid, tr->args[0], &ev->clone_flags,
			sizeof ev->clone_flags);
	else if (event == PTRACE_EVENT_VFORK)
		ev->clone_flags = CLONE_VM | CLONE_VFORK | SIGCHLD;
	else if (event == PTRACE_EVENT_FORK)
		ev->clone_flags = SIGCHLD;
	ev->thread = (ev->clone_flags & CLONE_THREAD) != 0;
	child = mt_tracee_add(t, (pid_t)msg);
	if (child) {
		child->filtered = tr->filtered;
		if (!t->follow)
			make_quiet(t, child);
	}
	if (child && child->state == MT_TS_NEW) {
		child->spawned = tr->spawned;
		child->tgid = ev->thread ? tr->tgid : child->pid;
		child->tgid_known = 1;
	}
	if (!t->follow) {
		/* followed only for the filter's sake: not news */
		resume(t, tr);
		return 0;
	}
	return 1;
}

static int exec_event(mt_tracer *t, struct mt_tracee *tr, mt_event *ev)
{
	unsigned long msg = 0;
	pid_t old;

	hold(t, tr, PTRACE_SYSCALL, 0);
	if (ptrace(PTRACE_GETEVENTMSG, tr->pid, 0L, &msg) < 0)
		msg = (unsigned long)tr->pid;
	old = (pid_t)msg;
	if (old != tr->pid) {
		/* A non-leader thread exec'd and took over the leader's
		 * pid: the old leader is gone, the caller's syscall goes on
		 * under the new pid. */
		struct mt_tracee *o = mt_tracee_find(t, old);

		if (o) {
			tr->in_syscall = o->in_syscall;
			tr->hidden = o->hidden;
			tr->entry_seen = o->entry_seen;
			/* reported, but under the old tid: the exit event
			 * of this pid carries the call's fields again */
			tr->entry_reported = 0;
			tr->nr = o->nr;
			tr->arch = o->arch;
			memcpy(tr->args, o->args, sizeof tr->args);
			tr->entry_ts = o->entry_ts;
			tr->entry_stime = o->entry_stime;
			tr->pre_exec = o->pre_exec;
			if (o->quiet)
				make_quiet(t, tr);
			forget(t, o);
		}
	}
	tr->tgid = tr->pid;
	start_event(tr, ev, MT_EV_EXEC);
	ev->old_pid = old;
	ev->nr = tr->nr;
	if (tr->pre_exec) {
		resume(t, tr);
		return 0;
	}
	return 1;
}

static int is_stop_signal(int sig)
{
	return sig == SIGSTOP || sig == SIGTSTP || sig == SIGTTIN ||
	       sig == SIGTTOU;
}

/* One waitpid report: 1 when it makes an event, 0 when it was handled
 * silently (and the tracee resumed). */
static int handle(mt_tracer *t, pid_t pid, int status, mt_event *ev)
{
	struct mt_tracee *tr = mt_tracee_find(t, pid);
	int sig, event;

	if (WIFEXITED(status) || WIFSIGNALED(status)) {
		if (!tr)
			return 0;
		if (WIFEXITED(status)) {
			start_event(tr, ev, MT_EV_EXITED);
			ev->status = WEXITSTATUS(status);
		} else {
			start_event(tr, ev, MT_EV_KILLED);
			ev->sig = WTERMSIG(status);
			ev->core_dumped = WCOREDUMP(status) ? 1 : 0;
		}
		if (tr->in_syscall)
			ev->nr = tr->nr;  /* the call it died in (strace -n) */
		if (tr->quiet) {
			forget(t, tr);
			return 0;
		}
		forget(t, tr);
		return 1;
	}
	if (!WIFSTOPPED(status))
		return 0;
	if (!tr) {
		/* a new child, stopped before its parent's fork event */
		tr = mt_tracee_add(t, pid);
		if (!tr)
			return 0;
		if (!t->follow)
			make_quiet(t, tr);
	}
	if (tr->state == MT_TS_NEW && !tr->tgid_known) {
		tr->tgid = read_tgid(pid);
		tr->tgid_known = 1;
	}
	sig = WSTOPSIG(status);
	event = (unsigned)status >> 16;
	if (sig == (SIGTRAP | 0x80))
		return syscall_stop(t, tr, ev);
	switch (event) {
	case PTRACE_EVENT_SECCOMP:
		return syscall_stop(t, tr, ev);
	case PTRACE_EVENT_FORK:
	case PTRACE_EVENT_VFORK:
	case PTRACE_EVENT_CLONE:
		if (fork_event(t, tr, event, ev) && !tr->pre_exec)
			return 1;
		if (t->held == tr)
			resume(t, tr);
		return 0;
	case PTRACE_EVENT_EXEC:
		return exec_event(t, tr, ev);
	case PTRACE_EVENT_STOP:
		if (is_stop_signal(sig)) {
			hold(t, tr, PTRACE_LISTEN, 0);
			if (tr->pre_exec) {
				resume(t, tr);
				return 0;
			}
			start_event(tr, ev, MT_EV_STOP);
			ev->sig = sig;
			return 1;
		}
		/* the first stop of a new tracee, or an interrupt */
		hold(t, tr, PTRACE_SYSCALL, 0);
		resume(t, tr);
		return 0;
	case 0:
		hold(t, tr, PTRACE_SYSCALL, sig);
		if (tr->pre_exec) {
			resume(t, tr);
			return 0;
		}
		start_event(tr, ev, MT_EV_SIGNAL);
		ev->sig = sig;
		memset(ev->siginfo, 0, sizeof ev->siginfo);
		ptrace(PTRACE_GETSIGINFO, pid, 0L, ev->siginfo);
		return 1;
	default:
		hold(t, tr, PTRACE_SYSCALL, 0);
		resume(t, tr);
		return 0;
	}
}

int mt_next(mt_tracer *t, mt_event *ev)
{
	if (t->held)
		resume(t, t->held);
	for (;;) {
		int status, reported;
		pid_t pid;
		struct rusage ru;

		/* quiet tracees are served, but they alone make no session */
		if (t->ntracees <= t->nquiet)
			return 0;
		pid = wait4(-1, &status, __WALL, t->want_stime ? &ru : NULL);
		if (pid < 0) {
			if (errno == ECHILD) {
				t->ntracees = 0;
				t->nquiet = 0;
				return 0;
			}
			return -1;
		}
		if (t->lowlat)
			mt_lowlat_stop(t);
		t->stop_stime.sec = t->want_stime ? ru.ru_stime.tv_sec : -1;
		t->stop_stime.nsec = t->want_stime ? ru.ru_stime.tv_usec * 1000L : 0;
		if (t->cosched && WIFSTOPPED(status))
			mt_cosched_stop(t, pid);
		reported = handle(t, pid, status, ev);
		if (reported && t->held && t->held->quiet) {
			/* a stop of a quiet tracee: never reported */
			resume(t, t->held);
			reported = 0;
		}
		if (reported) {
			ev->stime.sec = t->want_stime ? ru.ru_stime.tv_sec : -1;
			ev->stime.nsec = t->want_stime ?
				ru.ru_stime.tv_usec * 1000L : 0;
			return 1;
		}
	}
}

int mt_set_signal(mt_tracer *t, pid_t pid, int sig)
{
	struct mt_tracee *tr = mt_tracee_find(t, pid);

	if (!tr || tr->state != MT_TS_HELD) {
		errno = ESRCH;
		return -1;
	}
	if (tr->resume_req == PTRACE_LISTEN) {
		errno = EINVAL;
		return -1;
	}
	tr->resume_sig = sig;
	return 0;
}

/* ---- letting go ---------------------------------------------------- */

/* Every removal goes through here: the counts and the pipe follow. */
static void forget(mt_tracer *t, struct mt_tracee *tr)
{
	if (tr->quiet)
		t->nquiet--;
	if (tr->filter_fd)
		close(tr->filter_fd);
	mt_tracee_remove(t, tr);
}

static void let_go(mt_tracer *t, struct mt_tracee *tr)
{
	pid_t pid = tr->pid;
	int status;

	if (tr->state == MT_TS_HELD) {
		int sig = tr->resume_req == PTRACE_LISTEN ? 0 : tr->resume_sig;

		ptrace(PTRACE_DETACH, pid, 0L, (long)sig);
		forget(t, tr);
		return;
	}
	/* Running: stop it first; PTRACE_DETACH needs a ptrace-stop. */
	if (ptrace(PTRACE_INTERRUPT, pid, 0L, 0L) < 0) {
		forget(t, tr);
		return;
	}
	for (;;) {
		int sig = 0, event;

		if (waitpid(pid, &status, __WALL) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		if (!WIFSTOPPED(status))
			break;  /* it died meanwhile */
		sig = WSTOPSIG(status);
		event = (unsigned)status >> 16;
		/* a signal-delivery stop: pass the signal on, not lose it;
		 * a group-stop: leave it stopped, as it would be untraced */
		if (event != 0 || sig == (SIGTRAP | 0x80))
			sig = 0;
		if (ptrace(PTRACE_DETACH, pid, 0L, (long)sig) == 0)
			break;
		if (errno == ESRCH)
			break;
	}
	forget(t, tr);
}

/* A tracee under the filter cannot be let go (its traced calls would
 * fail with ENOSYS): it is only no longer reported, and served until it
 * exits (mt_drain). */
int mt_detach(mt_tracer *t, pid_t pid)
{
	struct mt_tracee *tr = mt_tracee_find(t, pid);

	if (!tr) {
		errno = ESRCH;
		return -1;
	}
	if (!tr->filtered) {
		let_go(t, tr);
		return 0;
	}
	make_quiet(t, tr);
	if (tr->state == MT_TS_HELD)
		resume(t, tr);
	return 0;
}

int mt_detach_all(mt_tracer *t)
{
	int i;
	struct mt_tracee *tr, *next;

	for (i = 0; i < MT_TRACEE_BUCKETS; i++)
		for (tr = t->buckets[i]; tr; tr = next) {
			next = tr->next;
			mt_detach(t, tr->pid);
		}
	return 0;
}

int mt_drain(mt_tracer *t)
{
	mt_event ev;

	mt_detach_all(t);
	while (t->ntracees > 0) {
		int status;
		pid_t pid = waitpid(-1, &status, __WALL);

		if (pid < 0) {
			int i;

			if (errno != ECHILD)
				return -1;
			for (i = 0; i < MT_TRACEE_BUCKETS; i++)
				while (t->buckets[i])
					forget(t, t->buckets[i]);
			break;
		}
		/* everything left is quiet: handle() reports nothing */
		if (handle(t, pid, status, &ev) && t->held)
			resume(t, t->held);
	}
	return 0;
}

int mt_detach_attached(mt_tracer *t, pid_t *pids, int max)
{
	int i, n = 0;
	struct mt_tracee *tr, *next;

	for (i = 0; i < MT_TRACEE_BUCKETS; i++)
		for (tr = t->buckets[i]; tr; tr = next) {
			pid_t pid = tr->pid;

			next = tr->next;
			if (tr->spawned)
				continue;
			if (n < max && pids)
				pids[n] = pid;
			n++;
			mt_detach(t, pid);
		}
	return n;
}

void mt_kill_spawned(mt_tracer *t)
{
	int i;
	struct mt_tracee *tr;

	for (i = 0; i < MT_TRACEE_BUCKETS; i++)
		for (tr = t->buckets[i]; tr; tr = tr->next)
			if (tr->spawned)
				kill(tr->pid, SIGKILL);
}

/* ---- push form ------------------------------------------------------ */

int mt_run(mt_tracer *t, const mt_callbacks *cb, void *ud)
{
	mt_event ev;

	for (;;) {
		int r = mt_next(t, &ev), stop = 0;

		if (r == 0)
			return 0;
		if (r < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		if (ev.kind == MT_EV_ENTER && cb->on_enter)
			stop = cb->on_enter(t, &ev, ud);
		else if (ev.kind == MT_EV_EXIT && cb->on_exit)
			stop = cb->on_exit(t, &ev, ud);
		else if (ev.kind != MT_EV_ENTER && ev.kind != MT_EV_EXIT &&
			 cb->on_other)
			stop = cb->on_other(t, &ev, ud);
		if (stop)
			return 0;
	}
}
