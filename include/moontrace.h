/*
 * moontrace.h: the embeddable C API of the moontrace ptrace core.
 *
 * The core traces processes with ptrace and hands out one event per stop.
 * It knows nothing of Lua: the Lua binding (moontrace.core) is built on
 * this header only.
 *
 * The loop is pull-style: mt_next() resumes the tracee of the previous
 * event and waits for the next one.  The tracee of the returned event
 * stays stopped until the following mt_next() call, so its memory and
 * registers can be read and changed in between.  mt_run() is the push
 * form: it calls the callbacks of an mt_callbacks table from the same loop.
 *
 * Errors: functions returning int return -1 and set errno.
 */
#ifndef MOONTRACE_H
#define MOONTRACE_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

#define MOONTRACE_VERSION "0.1.0"

/* ---- the syscall table (x86_64) ---------------------------------- */

/* Class bits: strace's %classes, plus two properties. */
enum mt_class {
	MT_CLASS_FILE = 1u << 0,      /* %file */
	MT_CLASS_DESC = 1u << 1,      /* %desc */
	MT_CLASS_PROCESS = 1u << 2,   /* %process */
	MT_CLASS_NETWORK = 1u << 3,   /* %network (%net) */
	MT_CLASS_SIGNAL = 1u << 4,    /* %signal */
	MT_CLASS_IPC = 1u << 5,       /* %ipc */
	MT_CLASS_MEMORY = 1u << 6,    /* %memory */
	MT_CLASS_CREDS = 1u << 7,     /* %creds */
	MT_CLASS_CLOCK = 1u << 8,     /* %clock */
	MT_CLASS_STAT = 1u << 9,      /* %stat */
	MT_CLASS_LSTAT = 1u << 10,    /* %lstat */
	MT_CLASS_FSTAT = 1u << 11,    /* %fstat */
	MT_CLASS_STAT_LIKE = 1u << 12, /* %%stat */
	MT_CLASS_STATFS = 1u << 13,   /* %statfs */
	MT_CLASS_FSTATFS = 1u << 14,  /* %fstatfs */
	MT_CLASS_STATFS_LIKE = 1u << 15, /* %%statfs */
	MT_CLASS_PURE = 1u << 16,     /* %pure */
	MT_SYS_MAPS = 1u << 17,       /* changes the memory map (-k cache) */
	MT_SYS_NEVER_FAILS = 1u << 18
};

typedef struct mt_syscall {
	int nr;
	const char *name;
	int nargs;
	unsigned classes;
} mt_syscall;

/* The entry of syscall nr, or NULL when there is none. */
const mt_syscall *mt_syscall_get(long nr);
/* The number of the syscall called name, or -1. */
long mt_syscall_lookup(const char *name);
/* Iterate the table: i in [0, mt_syscall_count()). */
size_t mt_syscall_count(void);
const mt_syscall *mt_syscall_at(size_t i);
/* One more than the highest syscall number in the table. */
long mt_syscall_limit(void);

/* ---- events ------------------------------------------------------- */

enum mt_event_kind {
	MT_EV_ENTER = 1, /* syscall entry */
	MT_EV_EXIT,      /* syscall exit */
	MT_EV_SIGNAL,    /* signal-delivery stop: sig is about to be delivered */
	MT_EV_STOP,      /* group-stop (stopped by sig) */
	MT_EV_FORK,      /* pid created child (fork, vfork or clone) */
	MT_EV_EXEC,      /* pid completed execve (old_pid: the tid that called it) */
	MT_EV_EXITED,    /* pid exited with status */
	MT_EV_KILLED,    /* pid was killed by sig (core_dumped) */
	MT_EV_DETACHED   /* pid is no longer traced */
};

enum mt_fork_how { MT_HOW_FORK, MT_HOW_VFORK, MT_HOW_CLONE };

/* A point in time: seconds and nanoseconds since the epoch. */
typedef struct mt_time {
	int64_t sec;
	int64_t nsec;
} mt_time;

typedef struct mt_event {
	enum mt_event_kind kind;
	pid_t pid;            /* the tracee (a thread id) */
	pid_t tgid;           /* its thread group */
	/* syscalls */
	long nr;
	uint32_t arch;        /* AUDIT_ARCH_* of the call */
	uint64_t args[6];
	int64_t ret;          /* exit: raw return value */
	int err;              /* exit: errno when the call failed, else 0 */
	int entry_seen;       /* exit: the matching entry was seen (entry_ts,
			       * entry_stime hold for it) */
	int entry_reported;   /* exit: ...and reported as an event (see
			       * mt_report_entry) */
	uint64_t ip, sp;
	mt_time ts;       /* when the stop happened (CLOCK_REALTIME) */
	mt_time entry_ts; /* exit: when the entry happened */
	mt_time entry_stime; /* exit, with mt_want_stime: stime at the entry */
	/* with mt_want_stime: the thread group's system CPU time at this stop
	 * (wait4's ru_stime), what strace -c measures; else sec is -1 */
	mt_time stime;
	/* signals, stops, deaths */
	int sig;
	unsigned char siginfo[128];
	/* fork */
	pid_t child;
	enum mt_fork_how how;
	uint64_t clone_flags; /* CLONE_* of the call that made child */
	int thread;           /* child is a thread of pid's process */
	/* exec */
	pid_t old_pid;
	/* exited / killed */
	int status;
	int core_dumped;
} mt_event;

/* ---- the tracer --------------------------------------------------- */

typedef struct mt_tracer mt_tracer;

mt_tracer *mt_new(void);
/* Detaches from attached processes, kills spawned ones, frees. */
void mt_free(mt_tracer *t);

/* Follow forks, vforks and clones (strace -f).  Set before spawn/attach. */
void mt_set_follow(mt_tracer *t, int on);
/* The set of syscalls reported.  By default every syscall is. */
void mt_trace_all(mt_tracer *t, int on);
int mt_trace_syscall(mt_tracer *t, long nr, int on);
/* Fill mt_event.stime: costs a getrusage per stop, so it is off by default. */
void mt_want_stime(mt_tracer *t, int on);
int mt_is_traced(const mt_tracer *t, long nr);
/*
 * Entry events.  By default the entry of every traced syscall is reported.
 * A caller that needs only exits (a summary; hooks on exits) turns them
 * off: the entry stop still happens, as ptrace needs it, but it is
 * recorded and resumed at once, and the exit event carries what the entry
 * had (args, entry_ts, entry_stime) with entry_reported == 0.  Half the
 * events, for a caller that would have ignored them.
 */
void mt_report_entries(mt_tracer *t, int on);
int mt_report_entry(mt_tracer *t, long nr, int on);

/*
 * seccomp-bpf stop selection (on by default): a spawned tracee gets a
 * filter, built from the traced set at mt_spawn(), so that it stops only
 * at traced syscalls (and execve, clone, fork, vfork) and runs every
 * other one at native speed.  No filter when every syscall is traced;
 * attached processes stop everywhere.  Set before mt_spawn(); widening
 * the traced set afterwards is not seen by filtered tracees.
 *
 * Children inherit the filter, and with no tracer a filtered call fails
 * with ENOSYS: so without mt_set_follow() they are still followed, but
 * quietly (never reported), and mt_detach() of a filtered tracee only
 * makes it quiet.  mt_next() returns 0 when nothing but quiet tracees is
 * left: then call mt_drain().
 */
void mt_set_seccomp(mt_tracer *t, int on);
/* Does pid run under moontrace's filter? */
int mt_seccomp_active(const mt_tracer *t, pid_t pid);
/* Stop reporting: detach from every tracee that can be let go and serve
 * the filtered ones until they exit.  0, or -1 (EINTR: call again). */
int mt_drain(mt_tracer *t);

/* Co-scheduling (opt-in): the tracer pins itself to the CPU its tracee
 * last ran on and runs as SCHED_IDLE, so that the scheduler wakes the
 * tracee on that CPU and a stop is two context switches, not two
 * cross-CPU wake-ups.  The tracee's affinity is not touched; the tracer
 * goes back to normal when it waits too long for its CPU. */
int mt_set_cosched(mt_tracer *t, int on);

/* Low wake-up latency (lowlat.c): while tracing, hold a PM QoS request
 * (/dev/cpu_dma_latency = 0) so that idle CPUs poll instead of halting;
 * a stop then costs a fraction of the time.  MT_LOWLAT_AUTO holds it only
 * while stops come faster than 5,000 a second, and drops it within 10 ms
 * of a quiet trace; MT_LOWLAT_ON holds it until mt_free.  The kernel drops
 * it when the process exits.  -1 when unavailable (not root, EACCES). */
enum mt_lowlat_mode { MT_LOWLAT_OFF, MT_LOWLAT_ON, MT_LOWLAT_AUTO };
int mt_set_low_latency(mt_tracer *t, enum mt_lowlat_mode mode);
/* How often it was made (-1 when the mode is off), how long it was held
 * in all, and whether it is held now. */
int mt_low_latency_stats(const mt_tracer *t, double *held_s, int *engaged);

/*
 * Start path with argv (and envp, or the caller's environment when NULL),
 * traced from its first instruction; it dies if the tracer dies.
 * Returns the pid, or -1.
 */
pid_t mt_spawn(mt_tracer *t, const char *path, char *const argv[],
	       char *const envp[]);
/*
 * strace -D: the caller becomes the traced program (it stays its parent's
 * child) and the tracer goes on in a grandchild; mode 2: the tracer in its
 * own process group, 3: in its own session.  Returns the program's pid in
 * the tracer, or -1; in the caller it never returns (it execs the program).
 */
pid_t mt_spawn_daemon(mt_tracer *t, const char *path, char *const argv[],
		      char *const envp[], int mode);
/*
 * Spawn as user (strace -u): the next mt_spawn's program runs with the
 * user's uid, gid and groups, and a set-user-ID (set-group-ID) program
 * with its file's owner (group) as effective id, as it would run started
 * by that user.  NULL: as ourselves.  Returns 0, or -1 with errno ENOENT
 * (no such user) or EPERM (only root can).  Set before mt_spawn.
 */
int mt_set_spawn_user(mt_tracer *t, const char *user);
/* Attach to every thread of a running process.  Returns threads attached. */
int mt_attach(mt_tracer *t, pid_t pid);

/*
 * Resume the previous event's tracee and wait for the next event.
 * Returns 1 with *ev filled, 0 when nothing is traced any more, -1 on
 * error (errno EINTR: a signal arrived while waiting; nothing is lost,
 * call again).
 */
int mt_next(mt_tracer *t, mt_event *ev);

/* Number of live tracees. */
int mt_tracee_count(const mt_tracer *t);
/* Is pid a live tracee of t? */
int mt_is_tracee(const mt_tracer *t, pid_t pid);

/* On the stopped event's tracee: the signal to deliver when it resumes
 * (signal-delivery stops; 0 suppresses it). */
int mt_set_signal(mt_tracer *t, pid_t pid, int sig);

/* Detach from one tracee (it keeps running) or from all. */
int mt_detach(mt_tracer *t, pid_t pid);
int mt_detach_all(mt_tracer *t);
/* Detach from every tracee that was attached (not spawned, nor a child of
 * a spawned one).  Fills pids (up to max); returns how many. */
int mt_detach_attached(mt_tracer *t, pid_t *pids, int max);
/* SIGKILL every tracee that was spawned by t (not attached ones). */
void mt_kill_spawned(mt_tracer *t);

/* ---- the stopped tracee's memory and registers -------------------- */

/* Read len bytes at addr.  Returns bytes read (less at an unmapped page),
 * or -1. */
ssize_t mt_read(mt_tracer *t, pid_t pid, uint64_t addr, void *buf, size_t len);
/* Read a NUL-terminated string of at most max bytes into buf (no NUL is
 * stored).  Returns its length; *complete is 1 when the NUL was found. */
ssize_t mt_read_str(mt_tracer *t, pid_t pid, uint64_t addr, char *buf,
		    size_t max, int *complete);
/* Write len bytes at addr. */
ssize_t mt_write(mt_tracer *t, pid_t pid, uint64_t addr, const void *buf,
		 size_t len);

/* At a syscall entry stop: change argument i (0..5) or the number
 * (-1 skips the call).  At an exit stop: change the return value. */
int mt_set_arg(mt_tracer *t, pid_t pid, int i, uint64_t value);
int mt_set_syscall(mt_tracer *t, pid_t pid, long nr);
int mt_set_return(mt_tracer *t, pid_t pid, int64_t value);

/* ---- the stopped tracee's call stack (libunwind-ptrace) ------------ */

typedef struct mt_frame {
	uint64_t ip;       /* the frame's instruction pointer */
	uint64_t sp;       /* its stack pointer */
	uint64_t offset;   /* ip - the start of the function, when named */
	char name[128];    /* the function's symbol, "" when unknown */
} mt_frame;

/* Unwind the stack of pid, which must be stopped at an event (held).
 * Fills frames[0..max), innermost first; returns how many, or -1. */
int mt_backtrace(mt_tracer *t, pid_t pid, mt_frame *frames, int max);

/* ---- push form ------------------------------------------------------ */

typedef struct mt_callbacks {
	/* Each returns 0 to go on, non-zero to stop mt_run(). */
	int (*on_enter)(mt_tracer *t, const mt_event *ev, void *ud);
	int (*on_exit)(mt_tracer *t, const mt_event *ev, void *ud);
	/* every other kind */
	int (*on_other)(mt_tracer *t, const mt_event *ev, void *ud);
} mt_callbacks;

/* Run until nothing is traced or a callback asks to stop: 0, or -1. */
int mt_run(mt_tracer *t, const mt_callbacks *cb, void *ud);

#ifdef __cplusplus
}
#endif
#endif
