/*
 * test_core.c: the ptrace core on real processes, no Lua involved.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "moontrace.h"
#include "tap.h"

struct run {
	int enters, exits, unmatched, exited, killed, status, sig, forks;
	int write_seen;
	char write_buf[64];
};

/* Trace `sh -c script` to the end, counting events. */
static void trace_sh(mt_tracer *t, const char *script, struct run *r)
{
	char *argv[] = { "sh", "-c", (char *)script, NULL };
	mt_event ev;
	int depth[65536] = { 0 };
	pid_t first = mt_spawn(t, "/bin/sh", argv, NULL);

	memset(r, 0, sizeof *r);
	if (first < 0) {
		r->status = -1;
		return;
	}
	while (mt_next(t, &ev) > 0) {
		switch (ev.kind) {
		case MT_EV_ENTER:
			r->enters++;
			depth[ev.pid & 0xffff]++;
			break;
		case MT_EV_EXIT:
			r->exits++;
			if (depth[ev.pid & 0xffff]-- != 1)
				r->unmatched++;
			if (ev.nr == 1 && !r->write_seen && ev.ret > 0) {
				int complete;

				r->write_seen = 1;
				mt_read_str(t, ev.pid, ev.args[1], r->write_buf,
					    (size_t)ev.ret < sizeof r->write_buf - 1 ?
						    (size_t)ev.ret : sizeof r->write_buf - 1,
					    &complete);
			}
			break;
		case MT_EV_FORK:
			r->forks++;
			break;
		case MT_EV_EXITED:
			if (ev.pid == first) {
				r->exited = 1;
				r->status = ev.status;
			}
			break;
		case MT_EV_KILLED:
			if (ev.pid == first) {
				r->killed = 1;
				r->sig = ev.sig;
			}
			break;
		default:
			break;
		}
	}
}

/* Do the threads of this process other than the main one all block
 * SIGINT, SIGALRM and SIGTERM?  -1 when there is no other thread. */
static int helpers_block_signals(void)
{
	char path[128], line[256];
	int tid, found = 0, all = 1;
	DIR *d = opendir("/proc/self/task");
	struct dirent *e;

	if (!d)
		return -1;
	while ((e = readdir(d))) {
		FILE *f;

		tid = atoi(e->d_name);
		if (tid <= 0 || tid == getpid())
			continue;
		snprintf(path, sizeof path, "/proc/self/task/%d/status", tid);
		f = fopen(path, "r");
		if (!f)
			continue;
		while (fgets(line, sizeof line, f))
			if (strncmp(line, "SigBlk:", 7) == 0) {
				unsigned long long m = strtoull(line + 7, NULL, 16);
				unsigned long long want = (1ULL << (SIGINT - 1)) |
					(1ULL << (SIGALRM - 1)) | (1ULL << (SIGTERM - 1));

				found = 1;
				if ((m & want) != want)
					all = 0;
			}
		fclose(f);
	}
	closedir(d);
	return found ? all : -1;
}

/* Does this process hold /dev/cpu_dma_latency open (lowlat.c's request)? */
static int holds_latency_request(void)
{
	char path[64], target[64];
	int fd, n = 0;

	for (fd = 0; fd < 1024; fd++) {
		ssize_t len;

		snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
		len = readlink(path, target, sizeof target - 1);
		if (len <= 0)
			continue;
		target[len] = 0;
		if (strcmp(target, "/dev/cpu_dma_latency") == 0)
			n++;
	}
	return n;
}

int main(void)
{
	struct run r;
	mt_tracer *t;

	/* the syscall table */
	ok(mt_syscall_lookup("read") == 0, "read is syscall 0");
	ok(mt_syscall_lookup("execve") == 59, "execve is syscall 59");
	ok(mt_syscall_lookup("no_such_call") == -1, "unknown names give -1");
	ok(mt_syscall_get(257) && strcmp(mt_syscall_get(257)->name, "openat") == 0 &&
		   (mt_syscall_get(257)->classes & MT_CLASS_FILE) &&
		   (mt_syscall_get(257)->classes & MT_CLASS_DESC),
	   "openat is %%file and %%desc");
	ok(mt_syscall_count() > 350, "table has %zu syscalls", mt_syscall_count());
	ok(mt_syscall_get(100000) == NULL, "out of range numbers give NULL");

	/* exit status, balanced entries and exits */
	t = mt_new();
	trace_sh(t, "echo hello; exit 7", &r);
	ok(r.exited && r.status == 7, "exit status 7 seen (got %d)", r.status);
	ok(r.enters > 20 && r.unmatched == 0,
	   "%d entries, %d exits, %d unmatched", r.enters, r.exits, r.unmatched);
	ok(r.write_seen && strcmp(r.write_buf, "hello\n") == 0,
	   "write buffer read from tracee memory (%zu bytes)", strlen(r.write_buf));
	ok(mt_tracee_count(t) == 0, "no tracee left");
	mt_free(t);

	/* killed by a signal */
	t = mt_new();
	trace_sh(t, "kill -9 $$", &r);
	ok(r.killed && r.sig == SIGKILL, "killed by SIGKILL seen (sig %d)", r.sig);
	mt_free(t);

	/* the stop set: only write is reported */
	t = mt_new();
	mt_trace_all(t, 0);
	mt_trace_syscall(t, 1, 1);
	trace_sh(t, "echo one; echo two", &r);
	ok(r.enters == 2 && r.exits == 2, "only the 2 writes reported (%d/%d)",
	   r.enters, r.exits);
	mt_free(t);

	/* entries recorded, not reported: exits carry the call's arguments */
	{
		char *argv[] = { "sh", "-c", "echo hello", NULL };
		mt_event ev;
		int enters = 0, oenters = 0, exits = 0, unreported = 0, later = 1;
		char buf[16] = "";

		t = mt_new();
		mt_trace_all(t, 0);
		mt_trace_syscall(t, 1, 1);      /* write */
		mt_trace_syscall(t, 257, 1);    /* openat */
		mt_report_entries(t, 0);
		mt_report_entry(t, 257, 1);     /* but openat's */
		if (mt_spawn(t, "/bin/sh", argv, NULL) > 0)
			while (mt_next(t, &ev) > 0) {
				if (ev.kind == MT_EV_ENTER) {
					enters += ev.nr == 1;
					oenters += ev.nr == 257;
					continue;
				}
				if (ev.kind != MT_EV_EXIT || ev.nr != 1)
					continue;
				exits++;
				unreported += ev.entry_seen && !ev.entry_reported;
				if (ev.entry_ts.sec > ev.ts.sec ||
				    (ev.entry_ts.sec == ev.ts.sec && ev.entry_ts.nsec > ev.ts.nsec))
					later = 0;
				mt_read(t, ev.pid, ev.args[1], buf, 6);
			}
		ok(enters == 0 && exits == 1 && unreported == 1 && later &&
			   memcmp(buf, "hello\n", 6) == 0,
		   "entries off: no write entry, its exit has the buffer (%d/%d/%d)",
		   enters, exits, unreported);
		ok(oenters > 0, "entries off but openat's: %d openat entries", oenters);
		mt_free(t);
	}

	/* system CPU time at each stop (strace -c): only when asked for.  The
	 * workload is 64 MiB from /dev/urandom (about 0.2 s of system time in
	 * few syscalls): CPU time is counted in ticks, and the 20 ms of copying
	 * the test used before once ended at zero ticks on a loaded machine. */
	{
		char *argv[] = { "sh", "-c",
			"exec dd if=/dev/urandom of=/dev/null bs=1M count=64 2>/dev/null",
			NULL };
		mt_event ev;
		int n = 0, off = 0, backwards = 0;
		double last = 0, s;

		t = mt_new();
		if (mt_spawn(t, "/bin/sh", argv, NULL) > 0)
			while (mt_next(t, &ev) > 0) {
				s = (double)ev.stime.sec + (double)ev.stime.nsec / 1e9;
				if (ev.stime.sec < 0)
					off++;
				else if (s < last)
					backwards++;
				else
					last = s;
				n++;
				mt_want_stime(t, 1);  /* from the next stop on */
			}
		ok(off == 1 && backwards == 0 && last > 0,
		   "stime: off until asked, then never decreasing, %.3fs at the end (%d stops)",
		   last, n);
		mt_free(t);
	}

	/* low wake-up latency: held while stops come fast, dropped when the
	 * trace is quiet, never held with the mode off (root only) */
	if (geteuid() == 0 && access("/dev/cpu_dma_latency", W_OK) == 0) {
		char *argv[] = { "sh", "-c",
			"exec dd if=/dev/zero of=/dev/null bs=1 count=15000 2>/dev/null",
			NULL };
		mt_event ev;
		int n = 0, during = 0, quiet_after = -1, engaged = -1, made;
		double held = 0;

		t = mt_new();
		ok(mt_set_low_latency(t, MT_LOWLAT_ON) == 0 && holds_latency_request() == 1,
		   "on: the request is made at once");
		ok(mt_set_low_latency(t, MT_LOWLAT_OFF) == 0 && holds_latency_request() == 0 &&
			   mt_low_latency_stats(t, NULL, NULL) == -1,
		   "off: the request is withdrawn");
		ok(mt_set_low_latency(t, MT_LOWLAT_AUTO) == 0 && holds_latency_request() == 0,
		   "auto: no request before any stop");
		ok(helpers_block_signals() == 1,
		   "auto: its watchdog thread blocks signals (they go to the tracer's wait)");
		if (mt_spawn(t, "/bin/sh", argv, NULL) > 0)
			while (mt_next(t, &ev) > 0) {
				n++;
				if (n == 20000) {
					during = holds_latency_request();
					/* hold the tracee: no stops for 150 ms */
					usleep(150000);
					quiet_after = holds_latency_request();
					mt_low_latency_stats(t, NULL, &engaged);
				}
			}
		made = mt_low_latency_stats(t, &held, NULL);
		ok(during == 1 && quiet_after == 0 && engaged == 0,
		   "auto: held after %d busy stops (%d), dropped after 150 ms without stops (%d)",
		   n < 20000 ? n : 20000, during, quiet_after);
		ok(made >= 2 && held > 0,
		   "auto: made %d times, held %.3f s in all", made, held);
		mt_free(t);
		ok(holds_latency_request() == 0, "mt_free withdraws it");
	} else {
		ok(1, "# SKIP low latency: not root or no /dev/cpu_dma_latency");
	}

	/* forks: without -f the child is not traced, with it it is */
	t = mt_new();
	trace_sh(t, "/bin/true; /bin/true; exit 0", &r);
	ok(r.forks == 0, "no fork events without follow");
	mt_free(t);
	t = mt_new();
	mt_set_follow(t, 1);
	trace_sh(t, "/bin/true; /bin/true; exit 0", &r);
	ok(r.forks == 2 && r.exited && r.status == 0,
	   "two children followed (%d forks)", r.forks);
	mt_free(t);

	/* a missing program: spawn works, exec fails in the child, status 1 */
	t = mt_new();
	{
		char *argv[] = { "nope", NULL };
		mt_event ev;
		int status = -1;
		pid_t p = mt_spawn(t, "/nonexistent/nope", argv, NULL);

		while (p > 0 && mt_next(t, &ev) > 0)
			if (ev.kind == MT_EV_EXITED)
				status = ev.status;
		ok(p > 0 && status == 1, "failed exec exits 1 (%d)", status);
	}
	mt_free(t);

	/* attach to a running process, then detach: it keeps running */
	{
		pid_t child = fork();
		mt_event ev;
		int n, status, seen = 0;
		char state = '?';

		if (child == 0) {
			for (;;)
				usleep(1000);
		}
		usleep(20000);
		t = mt_new();
		n = mt_attach(t, child);
		ok(n == 1, "attached to 1 thread of %d", (int)child);
		while (seen < 6 && mt_next(t, &ev) > 0)
			if (ev.kind == MT_EV_ENTER || ev.kind == MT_EV_EXIT)
				seen++;
		ok(seen == 6, "saw syscalls of the attached process");
		mt_detach_all(t);
		ok(mt_tracee_count(t) == 0, "detached");
		usleep(20000);
		{
			char path[64], buf[512];
			FILE *f;

			snprintf(path, sizeof path, "/proc/%d/stat", (int)child);
			f = fopen(path, "r");
			if (f && fgets(buf, sizeof buf, f)) {
				char *p = strrchr(buf, ')');
				if (p)
					state = p[2];
			}
			if (f)
				fclose(f);
		}
		ok(state == 'S' || state == 'R', "still running after detach (state %c)", state);
		kill(child, SIGKILL);
		waitpid(child, &status, 0);
		mt_free(t);
		t = mt_new();
		ok(mt_attach(t, 999999999) < 0 && errno == ESRCH,
		   "attaching to a missing pid fails with ESRCH");
		mt_free(t);
	}
	/* mt_set_spawn_user (strace -u) */
	{
		struct run r;

		t = mt_new();
		ok(mt_set_spawn_user(t, "no_such_user_x") < 0 &&
		   errno == (geteuid() == 0 ? ENOENT : EPERM),
		   "spawn user: an unknown user is refused (errno %d)", errno);
		if (geteuid() == 0) {
			ok(mt_set_spawn_user(t, "nobody") == 0, "spawn user: nobody");
			trace_sh(t, "test \"$(id -u):$(id -g)\" = 65534:65534", &r);
			ok(r.exited && r.status == 0, "the program ran as nobody (status %d)",
			   r.status);
		} else {
			ok(mt_set_spawn_user(t, "nobody") < 0 && errno == EPERM,
			   "spawn user: only root may");
		}
		mt_free(t);
	}
	/* mt_spawn_daemon (strace -D): the caller becomes the program, the
	 * tracer a grandchild that reports on a pipe what it saw */
	{
		int report[2], status = -1;
		pid_t program;
		char line[64] = "";

		if (pipe(report) == 0 && (program = fork()) == 0) {
			char *argv[] = { "sh", "-c", "exit 5", NULL };
			mt_event ev;
			pid_t pid;
			int exited = -1, events = 0;

			close(report[0]);
			t = mt_new();
			pid = mt_spawn_daemon(t, "/bin/sh", argv, NULL, 2);
			/* only the tracer gets here */
			while (pid > 0 && mt_next(t, &ev) > 0) {
				events++;
				if (ev.kind == MT_EV_EXITED && ev.pid == pid)
					exited = ev.status;
			}
			dprintf(report[1], "%d %d %d %d\n", (int)pid, exited,
				events > 10, getpgrp() == getpid());
			_exit(0);
		} else if (program > 0) {
			ssize_t n;
			int pid = 0, exited = 0, many = 0, own_group = 0;

			close(report[1]);
			waitpid(program, &status, 0);
			n = read(report[0], line, sizeof line - 1);
			if (n > 0)
				line[n] = 0;
			close(report[0]);
			sscanf(line, "%d %d %d %d", &pid, &exited, &many, &own_group);
			ok(WIFEXITED(status) && WEXITSTATUS(status) == 5,
			   "spawn daemon: the caller became the program (status 5)");
			ok(pid == program && exited == 5 && many && own_group,
			   "spawn daemon: the grandchild traced it to its exit, in its own group (%s)",
			   line);
		}
	}
	return tap_failed ? 1 : 0;
}
