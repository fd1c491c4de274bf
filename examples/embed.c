/*
 * embed.c: moontrace's C API in a small program, no Lua involved.
 *
 *   make examples && build/examples/embed cat /etc/hostname
 *   embed: step 1: enter execve
 *   ...
 *   embed: [4711] openat("/etc/hostname") = 3
 *   embed: [4711] exited with 0
 *   embed: 35 syscalls; the most frequent: mmap (8)
 *
 * It follows forks, prints every openat with its path and result, and
 * counts syscalls.  The first events are pulled one at a time with
 * mt_next(), the way a debugger steps; the rest run under mt_run() with
 * callbacks.  Build it against an installed moontrace with
 *
 *   cc -o embed embed.c $(pkg-config --cflags --libs moontrace)
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <moontrace.h>

#define MAX_NR 1024

static const char *const kinds[] = {
	[MT_EV_ENTER] = "enter", [MT_EV_EXIT] = "exit", [MT_EV_SIGNAL] = "signal",
	[MT_EV_STOP] = "stop", [MT_EV_FORK] = "fork", [MT_EV_EXEC] = "exec",
	[MT_EV_EXITED] = "exited", [MT_EV_KILLED] = "killed",
	[MT_EV_DETACHED] = "detached",
};

struct stats {
	long openat_nr;             /* looked up once: the table is data */
	unsigned long calls[MAX_NR];
	unsigned long total;
	pid_t first;
	int status;
};

static int on_enter(mt_tracer *t, const mt_event *ev, void *ud)
{
	struct stats *st = ud;

	(void)t;
	if (ev->nr >= 0 && ev->nr < MAX_NR)
		st->calls[ev->nr]++;
	st->total++;
	return 0;
}

static int on_exit_(mt_tracer *t, const mt_event *ev, void *ud)
{
	struct stats *st = ud;
	char path[4096];
	int complete;
	ssize_t n;

	if (ev->nr != st->openat_nr)
		return 0;
	/* The tracee is stopped until we return: its memory still holds
	 * the path it passed at entry. */
	n = mt_read_str(t, ev->pid, ev->args[1], path, sizeof path - 1, &complete);
	path[n < 0 ? 0 : n] = '\0';
	if (ev->err)
		fprintf(stderr, "embed: [%d] openat(\"%s\") = -1 %s\n", (int)ev->pid,
			path, strerrorname_np(ev->err));
	else
		fprintf(stderr, "embed: [%d] openat(\"%s\") = %lld\n", (int)ev->pid,
			path, (long long)ev->ret);
	return 0;
}

static int on_other(mt_tracer *t, const mt_event *ev, void *ud)
{
	struct stats *st = ud;

	(void)t;
	switch (ev->kind) {
	case MT_EV_FORK:
		fprintf(stderr, "embed: [%d] new tracee %d\n", (int)ev->pid, (int)ev->child);
		break;
	case MT_EV_EXITED:
		fprintf(stderr, "embed: [%d] exited with %d\n", (int)ev->pid, ev->status);
		if (ev->pid == st->first)
			st->status = ev->status;
		break;
	case MT_EV_KILLED:
		fprintf(stderr, "embed: [%d] killed by signal %d\n", (int)ev->pid, ev->sig);
		if (ev->pid == st->first)
			st->status = 128 + ev->sig;
		break;
	default:
		break;
	}
	return 0;
}

/* mt_spawn() takes a path: look a bare name up in $PATH, as a shell does. */
static const char *find_command(const char *name, char *buf, size_t size)
{
	const char *dirs = getenv("PATH");

	if (strchr(name, '/') || !dirs)
		return name;
	while (*dirs) {
		size_t len = strcspn(dirs, ":");

		snprintf(buf, size, "%.*s/%s", (int)len, dirs, name);
		if (access(buf, X_OK) == 0)
			return buf;
		dirs += len + (dirs[len] == ':');
	}
	return name;
}

static void summary(const struct stats *st)
{
	const mt_syscall *top = NULL;
	unsigned long most = 0;
	long nr;

	for (nr = 0; nr < MAX_NR; nr++)
		if (st->calls[nr] > most && mt_syscall_get(nr)) {
			most = st->calls[nr];
			top = mt_syscall_get(nr);
		}
	fprintf(stderr, "embed: %lu syscalls; the most frequent: %s (%lu)\n",
		st->total, top ? top->name : "none", most);
}

int main(int argc, char **argv)
{
	static struct stats st;
	const mt_callbacks cb = {
		.on_enter = on_enter, .on_exit = on_exit_, .on_other = on_other,
	};
	mt_tracer *t;
	mt_event ev;
	char buf[4096];
	int i;

	if (argc < 2 || (strcmp(argv[1], "-p") == 0 && argc != 3)) {
		fprintf(stderr, "usage: embed COMMAND [ARGS] | embed -p PID\n");
		return 2;
	}
	t = mt_new();
	if (!t)
		return 1;
	st.openat_nr = mt_syscall_lookup("openat");
	mt_set_follow(t, 1);
	if (strcmp(argv[1], "-p") == 0) {
		st.first = (pid_t)atoi(argv[2]);
		if (mt_attach(t, st.first) < 0) {
			fprintf(stderr, "embed: attach %s: %s\n", argv[2], strerror(errno));
			return 1;
		}
	} else {
		st.first = mt_spawn(t, find_command(argv[1], buf, sizeof buf), argv + 1, NULL);
		if (st.first < 0) {
			fprintf(stderr, "embed: %s: %s\n", argv[1], strerror(errno));
			return 1;
		}
	}

	/* Pull form: three events, one at a time.  Between two mt_next()
	 * calls the tracee of the last event is stopped. */
	for (i = 1; i <= 3; i++) {
		int r = mt_next(t, &ev);
		const mt_syscall *sc;

		if (r < 0 && errno == EINTR) {
			i--;
			continue;
		}
		if (r <= 0)
			break;
		sc = mt_syscall_get(ev.nr);
		fprintf(stderr, "embed: step %d: %s %s\n", i, kinds[ev.kind],
			sc ? sc->name : "");
		if (ev.kind == MT_EV_ENTER)
			on_enter(t, &ev, &st);
		else if (ev.kind == MT_EV_EXIT)
			on_exit_(t, &ev, &st);
		else
			on_other(t, &ev, &st);
	}

	/* Push form: callbacks until nothing is traced. */
	if (mt_run(t, &cb, &st) < 0)
		fprintf(stderr, "embed: %s\n", strerror(errno));
	summary(&st);
	mt_free(t);
	return st.status;
}
