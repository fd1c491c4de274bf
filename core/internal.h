/*
 * internal.h: the tracer's and tracees' state, shared by the core's files.
 */
#ifndef MT_INTERNAL_H
#define MT_INTERNAL_H

#include "moontrace.h"

/* Where a tracee is, as far as the tracer knows. */
enum mt_tracee_state {
	MT_TS_NEW,      /* attached, its first stop not seen yet */
	MT_TS_RUNNING,  /* resumed */
	MT_TS_HELD      /* in a ptrace-stop, reported, waiting for mt_next */
};

struct mt_tracee {
	pid_t pid;
	pid_t tgid;
	enum mt_tracee_state state;
	unsigned spawned : 1;   /* started by us: killed if we die */
	unsigned pre_exec : 1;  /* spawned, its first execve not yet entered */
	unsigned in_syscall : 1;
	unsigned hidden : 1;    /* current syscall is outside the traced set */
	unsigned entry_seen : 1;
	unsigned tgid_known : 1;
	/* seccomp-bpf (seccomp.c): runs under our filter, so it is resumed
	 * with PTRACE_CONT outside traced syscalls */
	unsigned filtered : 1;
	/* followed only because it inherited the filter (no -f): without a
	 * tracer its traced calls would fail with ENOSYS; never reported */
	unsigned quiet : 1;
	/* entered the current call at a syscall-entry stop: the seccomp
	 * stop that may follow for the same call is not a new entry */
	unsigned entry_stopped : 1;
	/* the current call's entry was reported (else only recorded: see
	 * mt_report_entry) */
	unsigned entry_reported : 1;
	/* spawned with a filter: read end of the pipe on which the child
	 * says it installed it (read at its first execve); 0 when none */
	int filter_fd;
	/* the current syscall, kept from entry to exit */
	long nr;
	uint32_t arch;
	uint64_t args[6];
	mt_time entry_ts;
	mt_time entry_stime;  /* with want_stime: the stime at the entry stop */
	/* how to resume after a held stop */
	int resume_req;   /* PTRACE_SYSCALL, PTRACE_LISTEN, ... */
	int resume_sig;
	struct mt_tracee *next;  /* hash chain */
};

#define MT_TRACEE_BUCKETS 256

struct mt_tracer {
	int follow;
	unsigned char *traced;   /* bitmap over syscall numbers */
	long traced_limit;       /* bits in traced */
	int trace_unknown;       /* report numbers outside the bitmap */
	int want_stime;          /* wait4 with rusage: mt_event.stime */
	mt_time stop_stime;      /* ... of the stop being handled (sec -1: none) */
	unsigned char *entry_quiet;  /* bitmap: entries recorded, not reported */
	int entry_quiet_unknown;     /* the same for numbers outside it */
	struct mt_tracee *buckets[MT_TRACEE_BUCKETS];
	int ntracees;
	struct mt_tracee *held;  /* tracee of the last event, if still stopped */
	int vm_readv_broken;     /* process_vm_readv unusable: use PEEKDATA */
	int seccomp;             /* give spawned tracees a seccomp filter */
	int nquiet;              /* tracees that are quiet */
	struct mt_cosched *cosched;  /* cosched.c: NULL when off */
	struct mt_lowlat *lowlat;    /* lowlat.c: NULL when off */
	char *run_user;          /* mt_set_spawn_user: NULL, or who spawns */
	uid_t run_uid;
	gid_t run_gid;
};

struct mt_tracee *mt_tracee_find(const mt_tracer *t, pid_t pid);
struct mt_tracee *mt_tracee_add(mt_tracer *t, pid_t pid);
void mt_tracee_remove(mt_tracer *t, struct mt_tracee *tr);

/* seccomp.c: the filter of the traced set (NULL when every syscall is
 * traced, or on error), and its installation in a spawned child. */
struct sock_filter;
struct sock_filter *mt_seccomp_build(const mt_tracer *t, size_t *len);
int mt_seccomp_install(const struct sock_filter *filter, size_t len);

/* cosched.c: after each stop of tid; in a spawned child; at mt_free */
void mt_cosched_stop(mt_tracer *t, pid_t tid);
void mt_cosched_child(const mt_tracer *t);
void mt_cosched_free(mt_tracer *t);

/* lowlat.c: a helper thread with every signal blocked (also cosched.c) */
#include <pthread.h>
int mt_thread_start(pthread_t *th, void *(*fn)(void *), void *arg);

/* lowlat.c: after each stop; at mt_free */
void mt_lowlat_stop(mt_tracer *t);
void mt_lowlat_free(mt_tracer *t);

#endif
