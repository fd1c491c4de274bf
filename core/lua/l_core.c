/*
 * l_core.c: the Lua binding of the core, module "moontrace.core".
 *
 * Raw functions only: the friendly API (hooks, decoders, views) is Lua
 * code on top (lua/moontrace/).  The module loads inside the moontrace
 * binary and, as moontrace/core.so, in a stock lua5.4.
 *
 * Events are Lua tables, one per tracee, refilled at every stop of that
 * tracee: the hot path makes no garbage.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

#include "moontrace.h"
#include "l_core.h"

#define TRACER "moontrace.tracer"
/* The tracer's metatable is the second upvalue of its methods (the first
 * is the table of event keys, see push_keys). */
#define TRACER_META lua_upvalueindex(2)

struct ltracer {
	mt_tracer *t;
	int events;   /* registry ref: pid -> event table */
	int meta;     /* registry ref: metatable given to event tables */
};

/* Argument 1 as a tracer.  Methods run at every stop: comparing the
 * metatable with an upvalue spares luaL_checkudata's registry lookup by
 * name; anything else goes through it, for its error message. */
static struct ltracer *checktracer(lua_State *L)
{
	struct ltracer *lt = lua_touserdata(L, 1);

	if (lt && lua_getmetatable(L, 1)) {
		int same = lua_rawequal(L, -1, TRACER_META);

		lua_pop(L, 1);
		if (same)
			return lt;
	}
	return luaL_checkudata(L, 1, TRACER);
}

static mt_tracer *tracer_of(lua_State *L)
{
	struct ltracer *lt = checktracer(L);

	luaL_argcheck(L, lt->t != NULL, 1, "tracer is closed");
	return lt->t;
}

static pid_t checkpid(lua_State *L, int i)
{
	lua_Integer p = luaL_checkinteger(L, i);

	luaL_argcheck(L, p > 0 && p <= 0x7fffffff, i, "not a pid");
	return (pid_t)p;
}

/* ---- tracer ---------------------------------------------------------- */

static int l_new(lua_State *L)
{
	struct ltracer *lt = lua_newuserdatauv(L, sizeof *lt, 0);

	lt->t = NULL;
	lt->events = LUA_NOREF;
	lt->meta = LUA_NOREF;
	luaL_setmetatable(L, TRACER);
	lt->t = mt_new();
	if (!lt->t)
		return luaL_error(L, "out of memory");
	lua_newtable(L);
	lt->events = luaL_ref(L, LUA_REGISTRYINDEX);
	return 1;
}

static int l_close(lua_State *L)
{
	struct ltracer *lt = checktracer(L);

	if (lt->t) {
		mt_free(lt->t);
		lt->t = NULL;
	}
	luaL_unref(L, LUA_REGISTRYINDEX, lt->events);
	luaL_unref(L, LUA_REGISTRYINDEX, lt->meta);
	lt->events = lt->meta = LUA_NOREF;
	return 0;
}

static int l_set_event_meta(lua_State *L)
{
	struct ltracer *lt = checktracer(L);

	luaL_checktype(L, 2, LUA_TTABLE);
	luaL_unref(L, LUA_REGISTRYINDEX, lt->meta);
	lua_pushvalue(L, 2);
	lt->meta = luaL_ref(L, LUA_REGISTRYINDEX);
	return 0;
}

static int l_follow(lua_State *L)
{
	mt_set_follow(tracer_of(L), lua_toboolean(L, 2));
	return 0;
}

static int l_want_stime(lua_State *L)
{
	mt_want_stime(tracer_of(L), lua_toboolean(L, 2));
	return 0;
}

static int l_trace_all(lua_State *L)
{
	mt_trace_all(tracer_of(L), lua_toboolean(L, 2));
	return 0;
}

static int l_trace(lua_State *L)
{
	mt_tracer *t = tracer_of(L);
	lua_Integer nr = luaL_checkinteger(L, 2);

	luaL_argcheck(L, mt_trace_syscall(t, (long)nr, lua_toboolean(L, 3)) == 0,
		      2, "syscall number out of range");
	return 0;
}

static int l_is_traced(lua_State *L)
{
	lua_pushboolean(L, mt_is_traced(tracer_of(L),
					(long)luaL_checkinteger(L, 2)));
	return 1;
}

/* t:seccomp(on): stop selection by seccomp-bpf for spawned tracees */
static int l_seccomp(lua_State *L)
{
	mt_set_seccomp(tracer_of(L), lua_toboolean(L, 2));
	return 0;
}

static int l_seccomp_active(lua_State *L)
{
	lua_pushboolean(L, mt_seccomp_active(tracer_of(L), checkpid(L, 2)));
	return 1;
}

/* t:cosched(on): keep the tracer on its tracee's CPU (cosched.c) */
static int l_cosched(lua_State *L)
{
	if (mt_set_cosched(tracer_of(L), lua_toboolean(L, 2)) < 0)
		return mt_lua_fail(L, errno);
	lua_pushboolean(L, 1);
	return 1;
}

/* t:spawn_user(name|nil): the next spawn runs as that user (strace -u) */
static int l_spawn_user(lua_State *L)
{
	if (mt_set_spawn_user(tracer_of(L), luaL_optstring(L, 2, NULL)) < 0)
		return mt_lua_fail(L, errno);
	lua_pushboolean(L, 1);
	return 1;
}

/* t:report_entries(on): entry events for every traced syscall, or none */
static int l_report_entries(lua_State *L)
{
	mt_report_entries(tracer_of(L), lua_toboolean(L, 2));
	return 0;
}

/* t:report_entry(nr, on) -> true | nil, msg, errname */
static int l_report_entry(lua_State *L)
{
	return mt_lua_result(L, mt_report_entry(tracer_of(L), (long)luaL_checkinteger(L, 2),
						lua_toboolean(L, 3)));
}

/* t:low_latency("auto"|"on"|"off") -> true | nil, msg, errname (lowlat.c) */
static int l_low_latency(lua_State *L)
{
	static const char *const modes[] = { "off", "on", "auto", NULL };
	int mode = luaL_checkoption(L, 2, NULL, modes);

	if (mt_set_low_latency(tracer_of(L), (enum mt_lowlat_mode)mode) < 0)
		return mt_lua_fail(L, errno);
	lua_pushboolean(L, 1);
	return 1;
}

/* t:low_latency_stats() -> requests made, seconds held, held now | nil */
static int l_low_latency_stats(lua_State *L)
{
	double held;
	int engaged, n = mt_low_latency_stats(tracer_of(L), &held, &engaged);

	if (n < 0)
		return 0;
	lua_pushinteger(L, n);
	lua_pushnumber(L, held);
	lua_pushboolean(L, engaged);
	return 3;
}

/* t:drain() -> true | nil, msg, errname (EINTR: call again) */
static int l_drain(lua_State *L)
{
	struct ltracer *lt = checktracer(L);

	if (mt_drain(tracer_of(L)) < 0)
		return mt_lua_fail(L, errno);
	lua_newtable(L);
	lua_rawseti(L, LUA_REGISTRYINDEX, lt->events);
	lua_pushboolean(L, 1);
	return 1;
}

/* A NULL-terminated char* array from the table at index i. */
static char **string_array(lua_State *L, int i)
{
	lua_Integer n = luaL_len(L, i), k;
	char **v = lua_newuserdatauv(L, sizeof(char *) * (size_t)(n + 1), 0);

	for (k = 1; k <= n; k++) {
		lua_geti(L, i, k);
		luaL_argcheck(L, lua_type(L, -1) == LUA_TSTRING, i,
			      "array of strings expected");
		v[k - 1] = (char *)lua_tostring(L, -1);
		/* the string stays alive: the table at i holds it */
		lua_pop(L, 1);
	}
	v[n] = NULL;
	return v;
}

/* The (path, argv, env) arguments of t:spawn and t:spawn_daemon. */
static void spawn_args(lua_State *L, const char **path, char ***argv,
		       char ***envp)
{
	*path = luaL_checkstring(L, 2);
	luaL_checktype(L, 3, LUA_TTABLE);
	*argv = string_array(L, 3);
	*envp = NULL;
	if (!lua_isnoneornil(L, 4)) {
		luaL_checktype(L, 4, LUA_TTABLE);
		*envp = string_array(L, 4);
	}
}

static int spawned(lua_State *L, pid_t pid)
{
	if (pid < 0)
		return mt_lua_fail(L, errno);
	lua_pushinteger(L, pid);
	return 1;
}

static int l_spawn(lua_State *L)
{
	const char *path;
	char **argv, **envp;

	lua_settop(L, 4);
	spawn_args(L, &path, &argv, &envp);
	return spawned(L, mt_spawn(tracer_of(L), path, argv, envp));
}

/* t:spawn_daemon(path, argv, env, mode): strace -D; returns in the tracer */
static int l_spawn_daemon(lua_State *L)
{
	const char *path;
	char **argv, **envp;
	int mode;

	lua_settop(L, 5);
	spawn_args(L, &path, &argv, &envp);
	mode = (int)luaL_optinteger(L, 5, 1);
	return spawned(L, mt_spawn_daemon(tracer_of(L), path, argv, envp, mode));
}

static int l_attach(lua_State *L)
{
	int n = mt_attach(tracer_of(L), checkpid(L, 2));

	if (n < 0)
		return mt_lua_fail(L, errno);
	lua_pushinteger(L, n);
	return 1;
}

static int l_detach(lua_State *L)
{
	struct ltracer *lt = checktracer(L);
	pid_t pid = checkpid(L, 2);

	if (mt_detach(tracer_of(L), pid) < 0)
		return mt_lua_fail(L, errno);
	lua_rawgeti(L, LUA_REGISTRYINDEX, lt->events);
	lua_pushnil(L);
	lua_rawseti(L, -2, pid);
	lua_pushboolean(L, 1);
	return 1;
}

static int l_detach_all(lua_State *L)
{
	struct ltracer *lt = checktracer(L);

	mt_detach_all(tracer_of(L));
	lua_newtable(L);
	lua_rawseti(L, LUA_REGISTRYINDEX, lt->events);
	return 0;
}

/* t:detach_attached() -> { pid, ... } */
static int l_detach_attached(lua_State *L)
{
	struct ltracer *lt = checktracer(L);
	mt_tracer *t = tracer_of(L);
	int n = mt_tracee_count(t), i, got;
	pid_t *pids = lua_newuserdatauv(L, sizeof(pid_t) * (size_t)(n + 1), 0);

	got = mt_detach_attached(t, pids, n);
	lua_createtable(L, got, 0);
	lua_rawgeti(L, LUA_REGISTRYINDEX, lt->events);
	for (i = 0; i < got && i < n; i++) {
		lua_pushinteger(L, pids[i]);
		lua_rawseti(L, -3, i + 1);
		lua_pushnil(L);
		lua_rawseti(L, -2, pids[i]);
	}
	lua_pop(L, 1);
	return 1;
}

static int l_kill_spawned(lua_State *L)
{
	mt_kill_spawned(tracer_of(L));
	return 0;
}

static int l_count(lua_State *L)
{
	lua_pushinteger(L, mt_tracee_count(tracer_of(L)));
	return 1;
}

static int l_is_tracee(lua_State *L)
{
	lua_pushboolean(L, mt_is_tracee(tracer_of(L), checkpid(L, 2)));
	return 1;
}

/* ---- events ---------------------------------------------------------- */

static const char *const kind_names[] = {
	[MT_EV_ENTER] = "enter",   [MT_EV_EXIT] = "exit",
	[MT_EV_SIGNAL] = "signal", [MT_EV_STOP] = "stop",
	[MT_EV_FORK] = "fork",     [MT_EV_EXEC] = "exec",
	[MT_EV_EXITED] = "exited", [MT_EV_KILLED] = "killed",
	[MT_EV_DETACHED] = "detached",
};

static const char *const how_names[] = { "fork", "vfork", "clone" };

static double seconds(const mt_time *t)
{
	return (double)t->sec + (double)t->nsec / 1e9;
}

static void set_int(lua_State *L, const char *k, lua_Integer v)
{
	lua_pushinteger(L, v);
	lua_setfield(L, -2, k);
}

/*
 * The keys of event tables, and the strings events hold (kinds, fork
 * kinds, syscall names), made once: a table of them is the first upvalue
 * of every tracer method.  Setting a field through lua_setfield would
 * look its key up among the interned strings at every stop.
 */
enum {
	K_KIND = 1, K_PID, K_TGID, K_TIME, K_STIME, K_NR, K_NAME, K_ARGS,
	K_ARCH, K_IP, K_SP, K_PRIV, K_RET, K_ERR, K_ENTRY_SEEN, K_ENTRY_TIME,
	K_DUR, K_SIG, K_SIGINFO, K_CHILD, K_HOW, K_CLONE_FLAGS, K_THREAD,
	K_OLD_PID, K_STATUS, K_CORE, K_ENTRY_STIME, K_TIME_NS,
	K_KINDS,                        /* + enum mt_event_kind */
	K_HOWS = K_KINDS + 16,          /* + enum mt_fork_how */
	K_NAMES = K_HOWS + 4,           /* + syscall number, made on first use */
	K_NAMES_MAX = 1024              /* numbers cached */
};
#define KEYS lua_upvalueindex(1)

static const char *const key_names[] = {
	[K_KIND] = "kind", [K_PID] = "pid", [K_TGID] = "tgid",
	[K_TIME] = "time", [K_STIME] = "stime", [K_NR] = "nr",
	[K_NAME] = "name", [K_ARGS] = "args", [K_ARCH] = "arch",
	[K_IP] = "ip", [K_SP] = "sp", [K_PRIV] = "priv", [K_RET] = "ret",
	[K_ERR] = "err", [K_ENTRY_SEEN] = "entry_seen",
	[K_ENTRY_TIME] = "entry_time", [K_DUR] = "dur", [K_SIG] = "sig",
	[K_SIGINFO] = "siginfo", [K_CHILD] = "child", [K_HOW] = "how",
	[K_CLONE_FLAGS] = "clone_flags", [K_THREAD] = "thread",
	[K_OLD_PID] = "old_pid", [K_STATUS] = "status", [K_CORE] = "core",
	[K_ENTRY_STIME] = "entry_stime", [K_TIME_NS] = "time_ns",
};

static void push_keys(lua_State *L)
{
	int i;

	lua_createtable(L, K_NAMES, 0);
	for (i = 1; i < K_KINDS; i++) {
		lua_pushstring(L, key_names[i]);
		lua_rawseti(L, -2, i);
	}
	for (i = 0; i < (int)(sizeof kind_names / sizeof kind_names[0]); i++) {
		lua_pushstring(L, kind_names[i]);
		lua_rawseti(L, -2, K_KINDS + i);
	}
	for (i = 0; i < (int)(sizeof how_names / sizeof how_names[0]); i++) {
		lua_pushstring(L, how_names[i]);
		lua_rawseti(L, -2, K_HOWS + i);
	}
}

/* ev[key k] = the value on top of the stack; ev just below it */
static void setk(lua_State *L, int k)
{
	lua_rawgeti(L, KEYS, k);
	lua_insert(L, -2);
	lua_rawset(L, -3);
}

/* ev[key k] = what `push` pushes; ev on top of the stack */
#define SETK(L, k, push) (lua_rawgeti((L), KEYS, (k)), (push), lua_rawset((L), -3))

/* Push the name of syscall nr ("syscall_0x1b3" when unknown). */
static void push_syscall_name(lua_State *L, long nr)
{
	const mt_syscall *s;

	if (nr >= 0 && nr < K_NAMES_MAX && lua_rawgeti(L, KEYS, K_NAMES + (int)nr) == LUA_TSTRING)
		return;
	if (nr >= 0 && nr < K_NAMES_MAX)
		lua_pop(L, 1);
	s = mt_syscall_get(nr);
	if (s)
		lua_pushstring(L, s->name);
	else
		lua_pushfstring(L, "syscall_%p", (void *)(uintptr_t)nr);
	if (nr >= 0 && nr < K_NAMES_MAX) {
		lua_pushvalue(L, -1);
		lua_rawseti(L, KEYS, K_NAMES + (int)nr);
	}
}

/* The event table of pid, made on first use, left on the stack. */
static void push_event_table(lua_State *L, struct ltracer *lt, pid_t pid)
{
	lua_rawgeti(L, LUA_REGISTRYINDEX, lt->events);
	if (lua_rawgeti(L, -1, pid) != LUA_TTABLE) {
		lua_pop(L, 1);
		lua_createtable(L, 0, 24);
		lua_createtable(L, 6, 0);
		setk(L, K_ARGS);
		SETK(L, K_PID, lua_pushinteger(L, pid));
		if (lt->meta != LUA_NOREF) {
			lua_rawgeti(L, LUA_REGISTRYINDEX, lt->meta);
			lua_setmetatable(L, -2);
		}
		lua_pushvalue(L, -1);
		lua_rawseti(L, -3, pid);
	}
	lua_remove(L, -2);
}

static void fill_syscall(lua_State *L, const mt_event *ev)
{
	int i;

	/* The exit of a call whose entry was reported finds nr, name, arch
	 * and args as the entry left them in this table: the tracee's own
	 * table, which only events of this call filled since (fork and exec
	 * events in the middle of a call leave them alone). */
	if (ev->kind == MT_EV_ENTER || !ev->entry_reported) {
		SETK(L, K_NR, lua_pushinteger(L, ev->nr));
		lua_rawgeti(L, KEYS, K_NAME);
		push_syscall_name(L, ev->nr);
		lua_rawset(L, -3);
		lua_rawgeti(L, KEYS, K_ARGS);
		lua_rawget(L, -2);
		for (i = 0; i < 6; i++) {
			lua_pushinteger(L, (lua_Integer)ev->args[i]);
			lua_rawseti(L, -2, i + 1);
		}
		lua_pop(L, 1);
		SETK(L, K_ARCH, lua_pushinteger(L, ev->arch));
		if (ev->kind == MT_EV_EXIT)   /* no entry ran a decoder */
			SETK(L, K_PRIV, lua_pushnil(L));
	}
	SETK(L, K_IP, lua_pushinteger(L, (lua_Integer)ev->ip));
	SETK(L, K_SP, lua_pushinteger(L, (lua_Integer)ev->sp));
	if (ev->kind == MT_EV_ENTER) {
		SETK(L, K_PRIV, lua_pushnil(L));
		SETK(L, K_RET, lua_pushnil(L));
		SETK(L, K_ERR, lua_pushnil(L));
		SETK(L, K_ENTRY_TIME, lua_pushnil(L));
		SETK(L, K_DUR, lua_pushnil(L));
		return;
	}
	SETK(L, K_RET, lua_pushinteger(L, ev->ret));
	SETK(L, K_ERR, lua_pushinteger(L, ev->err));
	SETK(L, K_ENTRY_SEEN, lua_pushboolean(L, ev->entry_seen));
	if (ev->entry_seen && ev->entry_stime.sec >= 0)
		SETK(L, K_ENTRY_STIME, lua_pushnumber(L, seconds(&ev->entry_stime)));
	if (ev->entry_seen) {
		SETK(L, K_ENTRY_TIME, lua_pushnumber(L, seconds(&ev->entry_ts)));
		SETK(L, K_DUR, lua_pushnumber(L, (double)(ev->ts.sec - ev->entry_ts.sec) +
						     (double)(ev->ts.nsec - ev->entry_ts.nsec) / 1e9));
	} else {
		SETK(L, K_ENTRY_TIME, lua_pushnil(L));
		SETK(L, K_DUR, lua_pushnil(L));
	}
}

static void fill_event(lua_State *L, const mt_event *ev)
{
	lua_rawgeti(L, KEYS, K_KIND);
	lua_rawgeti(L, KEYS, K_KINDS + (int)ev->kind);
	lua_rawset(L, -3);
	/* pid: set when the table was made */
	SETK(L, K_TGID, lua_pushinteger(L, ev->tgid));
	SETK(L, K_TIME, lua_pushnumber(L, seconds(&ev->ts)));
	/* the same, exact: nanosecond timestamps (-t/-r precision ns) */
	SETK(L, K_TIME_NS, lua_pushinteger(L, (lua_Integer)ev->ts.sec * 1000000000 +
					     ev->ts.nsec));
	if (ev->stime.sec >= 0)
		SETK(L, K_STIME, lua_pushnumber(L, seconds(&ev->stime)));
	switch (ev->kind) {
	case MT_EV_ENTER:
	case MT_EV_EXIT:
		fill_syscall(L, ev);
		return;
	default:
		break;
	}
	/* not a syscall stop: no registers; nr is the call it is in, if any */
	SETK(L, K_IP, lua_pushnil(L));
	SETK(L, K_SP, lua_pushnil(L));
	if (ev->nr >= 0) {
		SETK(L, K_NR, lua_pushinteger(L, ev->nr));
		lua_rawgeti(L, KEYS, K_NAME);
		push_syscall_name(L, ev->nr);
		lua_rawset(L, -3);
	} else {
		SETK(L, K_NR, lua_pushnil(L));
		SETK(L, K_NAME, lua_pushnil(L));
	}
	switch (ev->kind) {
	case MT_EV_SIGNAL:
		SETK(L, K_SIG, lua_pushinteger(L, ev->sig));
		lua_rawgeti(L, KEYS, K_SIGINFO);
		lua_pushlstring(L, (const char *)ev->siginfo, sizeof ev->siginfo);
		lua_rawset(L, -3);
		return;
	case MT_EV_STOP:
		SETK(L, K_SIG, lua_pushinteger(L, ev->sig));
		return;
	case MT_EV_FORK:
		SETK(L, K_CHILD, lua_pushinteger(L, ev->child));
		lua_rawgeti(L, KEYS, K_HOW);
		lua_rawgeti(L, KEYS, K_HOWS + (int)ev->how);
		lua_rawset(L, -3);
		SETK(L, K_CLONE_FLAGS, lua_pushinteger(L, (lua_Integer)ev->clone_flags));
		SETK(L, K_THREAD, lua_pushboolean(L, ev->thread));
		return;
	case MT_EV_EXEC:
		SETK(L, K_OLD_PID, lua_pushinteger(L, ev->old_pid));
		return;
	case MT_EV_EXITED:
		SETK(L, K_STATUS, lua_pushinteger(L, ev->status));
		return;
	case MT_EV_KILLED:
		SETK(L, K_SIG, lua_pushinteger(L, ev->sig));
		SETK(L, K_CORE, lua_pushboolean(L, ev->core_dumped));
		return;
	default:
		return;
	}
}

/* t:next() -> event | nil (nothing left to trace) | false, msg, errname
 * (EINTR: a caught signal is pending, see core.pending_signal) */
static int l_next(lua_State *L)
{
	struct ltracer *lt = checktracer(L);
	mt_event ev;
	int r;

	luaL_argcheck(L, lt->t != NULL, 1, "tracer is closed");
	if (mt_lua_signal_pending()) {
		r = -1;
		errno = EINTR;
	} else {
		r = mt_next(lt->t, &ev);
	}
	if (r < 0) {
		int err = errno;

		mt_lua_fail(L, err);
		lua_pushboolean(L, 0);
		lua_replace(L, -4);
		return 3;
	}
	if (r == 0) {
		lua_pushnil(L);
		return 1;
	}
	push_event_table(L, lt, ev.pid);
	fill_event(L, &ev);
	if (ev.kind == MT_EV_EXITED || ev.kind == MT_EV_KILLED ||
	    (ev.kind == MT_EV_EXEC && ev.old_pid != ev.pid)) {
		/* forget the table: the tracee (or the old tid) is gone */
		lua_rawgeti(L, LUA_REGISTRYINDEX, lt->events);
		lua_pushnil(L);
		lua_rawseti(L, -2, ev.kind == MT_EV_EXEC ? ev.old_pid : ev.pid);
		lua_pop(L, 1);
	}
	return 1;
}

/* ---- memory and registers -------------------------------------------- */

static int l_read(lua_State *L)
{
	mt_tracer *t = tracer_of(L);
	pid_t pid = checkpid(L, 2);
	uint64_t addr = (uint64_t)luaL_checkinteger(L, 3);
	lua_Integer len = luaL_checkinteger(L, 4);
	luaL_Buffer b;
	ssize_t n;
	char *p;

	luaL_argcheck(L, len >= 0 && len <= (1 << 26), 4, "length out of range");
	p = luaL_buffinitsize(L, &b, (size_t)len);
	n = mt_read(t, pid, addr, p, (size_t)len);
	if (n < 0 || n < len)
		return mt_lua_fail(L, n < 0 ? errno : EFAULT);
	luaL_pushresultsize(&b, (size_t)n);
	return 1;
}

static int l_str(lua_State *L)
{
	mt_tracer *t = tracer_of(L);
	pid_t pid = checkpid(L, 2);
	uint64_t addr = (uint64_t)luaL_checkinteger(L, 3);
	lua_Integer max = luaL_optinteger(L, 4, 4096);
	luaL_Buffer b;
	int complete;
	ssize_t n;
	char *p;

	luaL_argcheck(L, max >= 0 && max <= (1 << 26), 4, "length out of range");
	p = luaL_buffinitsize(L, &b, (size_t)max);
	n = mt_read_str(t, pid, addr, p, (size_t)max, &complete);
	if (n < 0)
		return mt_lua_fail(L, errno);
	luaL_pushresultsize(&b, (size_t)n);
	lua_pushboolean(L, complete);
	return 2;
}

static int l_write(lua_State *L)
{
	mt_tracer *t = tracer_of(L);
	pid_t pid = checkpid(L, 2);
	uint64_t addr = (uint64_t)luaL_checkinteger(L, 3);
	size_t len;
	const char *s = luaL_checklstring(L, 4, &len);
	ssize_t n = mt_write(t, pid, addr, s, len);

	if (n < 0 || (size_t)n < len)
		return mt_lua_fail(L, n < 0 ? errno : EFAULT);
	lua_pushinteger(L, n);
	return 1;
}

static int l_set_signal(lua_State *L)
{
	return mt_lua_result(L, mt_set_signal(tracer_of(L), checkpid(L, 2),
				       (int)luaL_checkinteger(L, 3)));
}

static int l_set_arg(lua_State *L)
{
	lua_Integer i = luaL_checkinteger(L, 3);

	luaL_argcheck(L, i >= 1 && i <= 6, 3, "argument index is 1..6");
	return mt_lua_result(L, mt_set_arg(tracer_of(L), checkpid(L, 2), (int)i - 1,
				    (uint64_t)luaL_checkinteger(L, 4)));
}

static int l_set_syscall(lua_State *L)
{
	return mt_lua_result(L, mt_set_syscall(tracer_of(L), checkpid(L, 2),
					(long)luaL_checkinteger(L, 3)));
}

static int l_set_return(lua_State *L)
{
	return mt_lua_result(L, mt_set_return(tracer_of(L), checkpid(L, 2),
				       (int64_t)luaL_checkinteger(L, 3)));
}

/* t:backtrace(pid, [max]) -> { {ip=, sp=, name=, offset=}, ... }, innermost
 * first (name absent when unknown) | nil, msg, errname */
static int l_backtrace(lua_State *L)
{
	mt_tracer *t = tracer_of(L);
	pid_t pid = checkpid(L, 2);
	lua_Integer max = luaL_optinteger(L, 3, 64);
	mt_frame *frames;
	int n, i;

	luaL_argcheck(L, max > 0 && max <= 4096, 3, "frame count out of range");
	frames = lua_newuserdatauv(L, sizeof *frames * (size_t)max, 0);
	n = mt_backtrace(t, pid, frames, (int)max);
	if (n < 0)
		return mt_lua_fail(L, errno);
	lua_createtable(L, n, 0);
	for (i = 0; i < n; i++) {
		lua_createtable(L, 0, 4);
		set_int(L, "ip", (lua_Integer)frames[i].ip);
		set_int(L, "sp", (lua_Integer)frames[i].sp);
		if (frames[i].name[0]) {
			lua_pushstring(L, frames[i].name);
			lua_setfield(L, -2, "name");
			set_int(L, "offset", (lua_Integer)frames[i].offset);
		}
		lua_rawseti(L, -2, i + 1);
	}
	return 1;
}

static const luaL_Reg tracer_meth[] = {
	{ "set_event_meta", l_set_event_meta },
	{ "follow", l_follow },
	{ "trace_all", l_trace_all },
	{ "want_stime", l_want_stime },
	{ "trace", l_trace },
	{ "is_traced", l_is_traced },
	{ "seccomp", l_seccomp },
	{ "seccomp_active", l_seccomp_active },
	{ "drain", l_drain },
	{ "cosched", l_cosched },
	{ "low_latency", l_low_latency },
	{ "report_entries", l_report_entries },
	{ "report_entry", l_report_entry },
	{ "low_latency_stats", l_low_latency_stats },
	{ "spawn", l_spawn },
	{ "spawn_user", l_spawn_user },
	{ "spawn_daemon", l_spawn_daemon },
	{ "attach", l_attach },
	{ "detach", l_detach },
	{ "detach_all", l_detach_all },
	{ "kill_spawned", l_kill_spawned },
	{ "detach_attached", l_detach_attached },
	{ "count", l_count },
	{ "is_tracee", l_is_tracee },
	{ "next", l_next },
	{ "read", l_read },
	{ "str", l_str },
	{ "write", l_write },
	{ "set_signal", l_set_signal },
	{ "set_arg", l_set_arg },
	{ "set_syscall", l_set_syscall },
	{ "set_return", l_set_return },
	{ "backtrace", l_backtrace },
	{ "close", l_close },
	{ NULL, NULL }
};

static const luaL_Reg tracer_metameth[] = {
	{ "__index", NULL },
	{ "__gc", l_close },
	{ "__close", l_close },
	{ NULL, NULL }
};

/* ---- the syscall table ------------------------------------------------ */

/* core.syscalls() -> { [nr] = {nr=, name=, nargs=, classes=} } */
static int l_syscalls(lua_State *L)
{
	size_t i, n = mt_syscall_count();

	lua_createtable(L, 0, (int)n);
	for (i = 0; i < n; i++) {
		const mt_syscall *s = mt_syscall_at(i);

		lua_createtable(L, 0, 4);
		set_int(L, "nr", s->nr);
		lua_pushstring(L, s->name);
		lua_setfield(L, -2, "name");
		set_int(L, "nargs", s->nargs);
		set_int(L, "classes", s->classes);
		lua_rawseti(L, -2, s->nr);
	}
	return 1;
}

static const struct {
	const char *name;
	unsigned bit;
} class_bits[] = {
	{ "file", MT_CLASS_FILE },     { "desc", MT_CLASS_DESC },
	{ "process", MT_CLASS_PROCESS }, { "network", MT_CLASS_NETWORK },
	{ "signal", MT_CLASS_SIGNAL }, { "ipc", MT_CLASS_IPC },
	{ "memory", MT_CLASS_MEMORY }, { "creds", MT_CLASS_CREDS },
	{ "clock", MT_CLASS_CLOCK },   { "stat", MT_CLASS_STAT },
	{ "lstat", MT_CLASS_LSTAT },   { "fstat", MT_CLASS_FSTAT },
	{ "%stat", MT_CLASS_STAT_LIKE }, { "statfs", MT_CLASS_STATFS },
	{ "fstatfs", MT_CLASS_FSTATFS }, { "%statfs", MT_CLASS_STATFS_LIKE },
	{ "pure", MT_CLASS_PURE },     { "maps", MT_SYS_MAPS },
	{ "never_fails", MT_SYS_NEVER_FAILS },
};

static void push_classes(lua_State *L)
{
	size_t i;

	lua_createtable(L, 0, (int)(sizeof class_bits / sizeof class_bits[0]));
	for (i = 0; i < sizeof class_bits / sizeof class_bits[0]; i++)
		set_int(L, class_bits[i].name, class_bits[i].bit);
}

static const luaL_Reg funcs[] = {
	{ "new", l_new },
	{ "syscalls", l_syscalls },
	{ NULL, NULL }
};

int luaopen_moontrace_core(lua_State *L)
{
	if (luaL_newmetatable(L, TRACER)) {
		/* upvalues of every method: the event keys, the metatable */
		push_keys(L);
		lua_pushvalue(L, -2);
		luaL_setfuncs(L, tracer_metameth, 2);
		luaL_newlibtable(L, tracer_meth);
		push_keys(L);
		lua_pushvalue(L, -3);
		luaL_setfuncs(L, tracer_meth, 2);
		lua_setfield(L, -2, "__index");
	}
	lua_pop(L, 1);
	luaL_newlib(L, funcs);
	luaL_setfuncs(L, mt_sys_funcs, 0);
	mt_lua_set_call_hooks(L);
	push_classes(L);
	lua_setfield(L, -2, "classes");
	lua_pushliteral(L, MOONTRACE_VERSION);
	lua_setfield(L, -2, "version");
	return 1;
}
