/*
 * l_sys.c: the process-wide part of "moontrace.core": signals (caught,
 * breaking into endless hooks), hook calls with tracebacks, clocks and
 * timers, and the few system calls Lua lacks (readlink, stat, isatty,
 * access, kill, POSIX regular expressions).  l_core.c holds the tracer.
 */
#include <errno.h>
#include <fcntl.h>
#include <regex.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/time.h>
#include <sys/xattr.h>
#include <sys/pidfd.h>
#include <sys/socket.h>
#include <net/if.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/sock_diag.h>
#include <linux/unix_diag.h>
#include <time.h>
#include <unistd.h>

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

#include "l_core.h"

/* io-library style failure: nil, message, errno name */
int mt_lua_fail(lua_State *L, int err)
{
	const char *name = strerrorname_np(err);

	lua_pushnil(L);
	lua_pushstring(L, strerror(err));
	lua_pushstring(L, name ? name : "EUNKNOWN");
	return 3;
}

/* true, or the failure of the last call (errno) */
int mt_lua_result(lua_State *L, int r)
{
	if (r < 0)
		return mt_lua_fail(L, errno);
	lua_pushboolean(L, 1);
	return 1;
}

static double timespec_seconds(const struct timespec *ts)
{
	return (double)ts->tv_sec + (double)ts->tv_nsec / 1e9;
}


static volatile sig_atomic_t pending[65];
static volatile sig_atomic_t any_pending;

/* While a script's hook runs, a caught signal also breaks into it, as
 * lua.c does for Ctrl-C: an endless loop in a hook can be interrupted. */
static lua_State *volatile hook_L;
static volatile sig_atomic_t in_hook;

static void interrupt_hook(lua_State *L, lua_Debug *ar)
{
	(void)ar;
	lua_sethook(L, NULL, 0, 0);
	if (in_hook)
		luaL_error(L, "interrupted by a signal");
}

static void on_signal(int sig)
{
	pending[sig] = 1;
	any_pending = 1;
	if (in_hook && hook_L && sig != SIGALRM)
		lua_sethook(hook_L, interrupt_hook,
			    LUA_MASKCALL | LUA_MASKRET | LUA_MASKCOUNT, 1);
}

/* The message handler of call_hooks: debug.traceback's answer. */
static int hook_msgh(lua_State *L)
{
	const char *msg = lua_tostring(L, 1);

	if (msg == NULL && !lua_isnoneornil(L, 1))
		return 1;  /* an error object that is not a string: as is */
	luaL_traceback(L, L, msg, 1);
	return 1;
}

/*
 * core.call_hooks(list, ev, first) -> nil | failed hook, message, its index
 *
 * Session dispatch at every stop: runs the hooks list[first..] that want
 * ev (h.nrs, a set of syscall numbers, holds ev.nr or is nil; h.pred(ev)
 * is nil or true), one protected call each with debug.traceback's message
 * and interruptible by a caught signal (a failing predicate counts as its
 * hook failing).  Stops at the first failure and
 * returns it: the caller reports it and calls again from the next index.
 * The keys "fn", "nrs", "pred" and "nr" are its upvalues, made once.
 */
static int l_call_hooks(lua_State *L)
{
	lua_Integer i = luaL_optinteger(L, 3, 1), n;
	int has_nr;

	luaL_checktype(L, 1, LUA_TTABLE);
	lua_settop(L, 2);
	n = (lua_Integer)lua_rawlen(L, 1);
	lua_pushvalue(L, lua_upvalueindex(4));
	lua_rawget(L, 2);                  /* 3: ev.nr */
	has_nr = !lua_isnil(L, 3);
	lua_pushcfunction(L, hook_msgh);   /* 4: message handler */
	for (; i <= n; i++) {
		int ok;

		lua_rawgeti(L, 1, i);          /* 5: h */
		lua_pushvalue(L, lua_upvalueindex(2));
		if (lua_rawget(L, 5) != LUA_TNIL) {   /* h.nrs */
			int wanted;

			if (!has_nr) {
				lua_settop(L, 4);
				continue;
			}
			lua_pushvalue(L, 3);
			wanted = lua_rawget(L, -2) != LUA_TNIL &&
				 lua_toboolean(L, -1);
			if (!wanted) {
				lua_settop(L, 4);
				continue;
			}
		}
		lua_settop(L, 5);
		lua_pushvalue(L, lua_upvalueindex(3));
		hook_L = L;
		in_hook = 1;
		if (lua_rawget(L, 5) != LUA_TNIL) {   /* h.pred */
			lua_pushvalue(L, 2);
			ok = lua_pcall(L, 1, 1, 4) == LUA_OK;
			if (!ok)
				goto failed;
			if (!lua_toboolean(L, -1)) {
				in_hook = 0;
				lua_settop(L, 4);
				continue;
			}
		}
		lua_settop(L, 5);
		lua_pushvalue(L, lua_upvalueindex(1));
		lua_rawget(L, 5);              /* h.fn */
		lua_pushvalue(L, 2);
		ok = lua_pcall(L, 1, 0, 4) == LUA_OK;
		if (!ok)
			goto failed;
		in_hook = 0;
		lua_settop(L, 4);
		continue;
failed:
		in_hook = 0;
		/* stack: ..., h, message */
		lua_pushvalue(L, 5);
		lua_insert(L, -2);
		lua_pushinteger(L, i);
		return 3;
	}
	return 0;
}

/* core.hook_guard(on): a script hook starts (true) or ends (false). */
static int l_hook_guard(lua_State *L)
{
	hook_L = L;
	in_hook = lua_toboolean(L, 1);
	return 0;
}

/* core.catch_signal(sig): note sig instead of dying; waiting for events
 * is interrupted (no SA_RESTART) so the caller can act on it. */
static int l_catch_signal(lua_State *L)
{
	lua_Integer sig = luaL_checkinteger(L, 1);
	struct sigaction sa;

	luaL_argcheck(L, sig > 0 && sig < 65, 1, "not a signal");
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction((int)sig, &sa, NULL);
	return 0;
}

/* core.set_signal_action(sig, "ignore"|"default") */
static int l_set_signal_action(lua_State *L)
{
	lua_Integer sig = luaL_checkinteger(L, 1);
	static const char *const what[] = { "ignore", "default", NULL };
	int w = luaL_checkoption(L, 2, NULL, what);

	luaL_argcheck(L, sig > 0 && sig < 65, 1, "not a signal");
	signal((int)sig, w == 0 ? SIG_IGN : SIG_DFL);
	return 0;
}

/* core.call_hooks, with its upvalues (the keys it reads), set in the
 * table on top of the stack. */
void mt_lua_set_call_hooks(lua_State *L)
{
	lua_pushliteral(L, "fn");
	lua_pushliteral(L, "nrs");
	lua_pushliteral(L, "pred");
	lua_pushliteral(L, "nr");
	lua_pushcclosure(L, l_call_hooks, 4);
	lua_setfield(L, -2, "call_hooks");
}

/* Is a caught signal waiting for core.pending_signal()?  t:next() does
 * not wait for tracees then: the caller handles it first. */
int mt_lua_signal_pending(void)
{
	return any_pending;
}

/* core.pending_signal() -> the lowest caught signal, cleared, or nil */
static int l_pending_signal(lua_State *L)
{
	int s;

	if (!any_pending)
		return 0;
	any_pending = 0;
	for (s = 1; s < 65; s++)
		if (pending[s]) {
			pending[s] = 0;
			lua_pushinteger(L, s);
			for (s = s + 1; s < 65; s++)
				if (pending[s])
					any_pending = 1;
			return 1;
		}
	return 0;
}

static int l_kill(lua_State *L)
{
	pid_t pid = (pid_t)luaL_checkinteger(L, 1);
	int sig = (int)luaL_checkinteger(L, 2);

	return mt_lua_result(L, kill(pid, sig));
}

static int l_raise_default(lua_State *L)
{
	int sig = (int)luaL_checkinteger(L, 1);

	signal(sig, SIG_DFL);
	raise(sig);
	return 0;
}

static int l_strerror(lua_State *L)
{
	lua_pushstring(L, strerror((int)luaL_checkinteger(L, 1)));
	return 1;
}

static int l_now(lua_State *L)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	lua_pushnumber(L, timespec_seconds(&ts));
	return 1;
}

static int l_monotonic(lua_State *L)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	lua_pushnumber(L, timespec_seconds(&ts));
	return 1;
}

static int l_readlink(lua_State *L)
{
	const char *path = luaL_checkstring(L, 1);
	char buf[4096];
	ssize_t n = readlink(path, buf, sizeof buf);

	if (n < 0)
		return mt_lua_fail(L, errno);
	lua_pushlstring(L, buf, (size_t)n);
	return 1;
}

static int l_isatty(lua_State *L)
{
	lua_pushboolean(L, isatty((int)luaL_checkinteger(L, 1)));
	return 1;
}

/* core.cloexec(file): a Lua file is not inherited by traced programs */
static int l_cloexec(lua_State *L)
{
	luaL_Stream *p = luaL_checkudata(L, 1, LUA_FILEHANDLE);

	luaL_argcheck(L, p->closef != NULL && p->f != NULL, 1, "closed file");
	return mt_lua_result(L, fcntl(fileno(p->f), F_SETFD, FD_CLOEXEC));
}

static int l_access(lua_State *L)
{
	static const char *const modes[] = { "f", "r", "w", "x", NULL };
	static const int bits[] = { F_OK, R_OK, W_OK, X_OK };
	const char *path = luaL_checkstring(L, 1);
	int m = luaL_checkoption(L, 2, "f", modes);

	lua_pushboolean(L, access(path, bits[m]) == 0);
	return 1;
}

/* core.stat(path) -> { mode=, uid=, gid=, type=, major=, minor= } (following
 * symlinks), or nil, msg, errname: what the diagnoses check a tracee's access
 * against; type is "dir", "file", "char", "block" or "other", and a device
 * has its major and minor numbers (strace -yy: "/dev/null<char 1:3>") */
static int l_stat(lua_State *L)
{
	const char *path = luaL_checkstring(L, 1);
	struct stat st;

	if (stat(path, &st) < 0)
		return mt_lua_fail(L, errno);
	lua_createtable(L, 0, 4);
	lua_pushinteger(L, st.st_mode & 07777);
	lua_setfield(L, -2, "mode");
	lua_pushinteger(L, st.st_uid);
	lua_setfield(L, -2, "uid");
	lua_pushinteger(L, st.st_gid);
	lua_setfield(L, -2, "gid");
	lua_pushstring(L, S_ISDIR(st.st_mode) ? "dir" : S_ISREG(st.st_mode) ? "file" :
			  S_ISCHR(st.st_mode) ? "char" : S_ISBLK(st.st_mode) ? "block" :
			  "other");
	lua_setfield(L, -2, "type");
	if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) {
		lua_pushinteger(L, major(st.st_rdev));
		lua_setfield(L, -2, "major");
		lua_pushinteger(L, minor(st.st_rdev));
		lua_setfield(L, -2, "minor");
	}
	return 1;
}

static int l_getpid(lua_State *L)
{
	lua_pushinteger(L, getpid());
	return 1;
}

/* core.if_indextoname(index) -> name, or nil: in our network namespace
 * (an ioctl on a socket; /sys/class/net may be another namespace's) */
static int l_if_indextoname(lua_State *L)
{
	char name[IF_NAMESIZE];
	lua_Integer index = luaL_checkinteger(L, 1);

	if (index <= 0 || index > 0x7fffffff || !if_indextoname((unsigned)index, name))
		return 0;
	lua_pushstring(L, name);
	return 1;
}

/* core.environ() -> { "NAME=value", ... }: our environment, in order */
static int l_environ(lua_State *L)
{
	extern char **environ;
	int i;

	lua_newtable(L);
	for (i = 0; environ && environ[i]; i++) {
		lua_pushstring(L, environ[i]);
		lua_rawseti(L, -2, i + 1);
	}
	return 1;
}

/* core.ncpus() -> CPUs online */
static int l_ncpus(lua_State *L)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	lua_pushinteger(L, n > 0 ? n : 1);
	return 1;
}

static int l_exit(lua_State *L)
{
	fflush(NULL);
	_exit((int)luaL_optinteger(L, 1, 0));
	return 0;
}

/*
 * core.escape(s, n, mode, quote) -> text, nul_ended
 *
 * The first n bytes of s as strace shows tracee strings: printable ASCII
 * as is, \t \n \v \f \r \" \\ as such, anything else in octal, the
 * shortest form unless the byte after it is an octal digit (then three
 * digits, so that it cannot be read as part of the escape).  mode 1 stops
 * at a NUL byte, mode 2 drops a NUL that is the last byte shown; the
 * second result says whether a NUL ended the text.  quote: in double
 * quotes.  The hot path of fmt.escape: every string of a trace goes
 * through it, and no tracee byte reaches the output unescaped.
 */
static int l_escape(lua_State *L)
{
	size_t len, i;
	const unsigned char *p = (const unsigned char *)luaL_checklstring(L, 1, &len);
	lua_Integer n = luaL_checkinteger(L, 2);
	lua_Integer mode = luaL_optinteger(L, 3, 0);
	int quote = lua_toboolean(L, 4), nul = 0;
	size_t stop = n < 0 ? 0 : (size_t)n < len ? (size_t)n : len;
	luaL_Buffer b;

	if (mode == 1) {
		const unsigned char *z = memchr(p, 0, stop);

		if (z) {
			stop = (size_t)(z - p);
			nul = 1;
		}
	} else if (mode == 2 && stop > 0 && p[stop - 1] == 0) {
		stop--;
		nul = 1;
	}
	luaL_buffinit(L, &b);
	if (quote)
		luaL_addchar(&b, '"');
	for (i = 0; i < stop; i++) {
		unsigned c = p[i];
		char *o;

		if (c >= 32 && c < 127 && c != '"' && c != '\\') {
			luaL_addchar(&b, (char)c);
			continue;
		}
		o = luaL_prepbuffsize(&b, 4);
		o[0] = '\\';
		switch (c) {
		case '\t': o[1] = 't'; luaL_addsize(&b, 2); continue;
		case '\n': o[1] = 'n'; luaL_addsize(&b, 2); continue;
		case '\v': o[1] = 'v'; luaL_addsize(&b, 2); continue;
		case '\f': o[1] = 'f'; luaL_addsize(&b, 2); continue;
		case '\r': o[1] = 'r'; luaL_addsize(&b, 2); continue;
		case '"': o[1] = '"'; luaL_addsize(&b, 2); continue;
		case '\\': o[1] = '\\'; luaL_addsize(&b, 2); continue;
		default: break;
		}
		if (c >= 64 || (i + 1 < stop && p[i + 1] >= '0' && p[i + 1] <= '7')) {
			o[1] = (char)('0' + (c >> 6));
			o[2] = (char)('0' + ((c >> 3) & 7));
			o[3] = (char)('0' + (c & 7));
			luaL_addsize(&b, 4);
		} else if (c >= 8) {
			o[1] = (char)('0' + (c >> 3));
			o[2] = (char)('0' + (c & 7));
			luaL_addsize(&b, 3);
		} else {
			o[1] = (char)('0' + c);
			luaL_addsize(&b, 2);
		}
	}
	if (quote)
		luaL_addchar(&b, '"');
	luaL_pushresult(&b);
	lua_pushboolean(L, nul);
	return 2;
}

/* core.regex_filter(ere, { name, ... }) -> { matching names } | nil, msg
 * POSIX extended regular expressions, as strace's -e trace=/REGEX. */
static int l_regex_filter(lua_State *L)
{
	const char *re = luaL_checkstring(L, 1);
	lua_Integer i, n, k = 1;
	regex_t rx;
	int rc;

	luaL_checktype(L, 2, LUA_TTABLE);
	rc = regcomp(&rx, re, REG_EXTENDED | REG_NOSUB);
	if (rc != 0) {
		char msg[256];

		regerror(rc, &rx, msg, sizeof msg);
		lua_pushnil(L);
		lua_pushstring(L, msg);
		return 2;
	}
	n = luaL_len(L, 2);
	lua_createtable(L, 0, 0);
	for (i = 1; i <= n; i++) {
		lua_geti(L, 2, i);
		if (lua_type(L, -1) == LUA_TSTRING &&
		    regexec(&rx, lua_tostring(L, -1), 0, NULL, 0) == 0)
			lua_rawseti(L, -2, k++);
		else
			lua_pop(L, 1);
	}
	regfree(&rx);
	return 1;
}

/* core.set_timer(seconds): SIGALRM every `seconds` (0 stops it); pair
 * with core.catch_signal(14) for periodic callbacks in the event loop. */
static int l_set_timer(lua_State *L)
{
	double sec = luaL_checknumber(L, 1);
	struct itimerval it;

	luaL_argcheck(L, sec >= 0, 1, "negative interval");
	memset(&it, 0, sizeof it);
	it.it_interval.tv_sec = (time_t)sec;
	it.it_interval.tv_usec = (suseconds_t)((sec - (double)(time_t)sec) * 1e6);
	it.it_value = it.it_interval;
	return mt_lua_result(L, setitimer(ITIMER_REAL, &it, NULL));
}

/* core.sleep(seconds) */
static int l_sleep(lua_State *L)
{
	double sec = luaL_checknumber(L, 1);
	struct timespec ts;

	luaL_argcheck(L, sec >= 0, 1, "negative duration");
	ts.tv_sec = (time_t)sec;
	ts.tv_nsec = (long)((sec - (double)ts.tv_sec) * 1e9);
	while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
		;
	return 0;
}

/* core.getxattr(path, name) -> value | nil, msg, errname (for -yy: the
 * "system.sockprotoname" of /proc/PID/fd/N names a socket's protocol) */
static int l_getxattr(lua_State *L)
{
	const char *path = luaL_checkstring(L, 1);
	const char *name = luaL_checkstring(L, 2);
	char buf[256];
	ssize_t n = getxattr(path, name, buf, sizeof buf);

	if (n < 0)
		return mt_lua_fail(L, errno);
	while (n > 0 && buf[n - 1] == '\0')
		n--;
	lua_pushlstring(L, buf, (size_t)n);
	return 1;
}

/* "a.b.c.d:port" or "[v6]:port" of an inet address; "" when unbound */
static void push_inet(lua_State *L, const struct sockaddr_storage *ss)
{
	char ip[INET6_ADDRSTRLEN];

	if (ss->ss_family == AF_INET) {
		const struct sockaddr_in *a = (const void *)ss;

		if (a->sin_addr.s_addr == 0 && a->sin_port == 0) {
			lua_pushliteral(L, "");
			return;
		}
		inet_ntop(AF_INET, &a->sin_addr, ip, sizeof ip);
		lua_pushfstring(L, "%s:%d", ip, (int)ntohs(a->sin_port));
	} else if (ss->ss_family == AF_INET6) {
		const struct sockaddr_in6 *a = (const void *)ss;

		if (IN6_IS_ADDR_UNSPECIFIED(&a->sin6_addr) && a->sin6_port == 0) {
			lua_pushliteral(L, "");
			return;
		}
		inet_ntop(AF_INET6, &a->sin6_addr, ip, sizeof ip);
		lua_pushfstring(L, "[%s]:%d", ip, (int)ntohs(a->sin6_port));
	} else {
		lua_pushliteral(L, "");
	}
}

/* core.sockaddrs(pid, fd) -> local, remote ("" when none), tcp state |
 * nil, msg: a copy of the tracee's socket (pidfd_getfd) asked getsockname,
 * getpeername and TCP_INFO, for -yy's endpoints. */
static int l_sockaddrs(lua_State *L)
{
	pid_t pid = (pid_t)luaL_checkinteger(L, 1);
	int fd = (int)luaL_checkinteger(L, 2);
	struct sockaddr_storage ss;
	socklen_t len;
	int pidfd = pidfd_open(pid, 0), mine, err;

	if (pidfd < 0)
		return mt_lua_fail(L, errno);
	mine = pidfd_getfd(pidfd, fd, 0);
	err = errno;
	close(pidfd);
	if (mine < 0)
		return mt_lua_fail(L, err);
	memset(&ss, 0, sizeof ss);
	len = sizeof ss;
	if (getsockname(mine, (struct sockaddr *)&ss, &len) < 0)
		ss.ss_family = AF_UNSPEC;
	push_inet(L, &ss);
	memset(&ss, 0, sizeof ss);
	len = sizeof ss;
	if (getpeername(mine, (struct sockaddr *)&ss, &len) < 0)
		ss.ss_family = AF_UNSPEC;
	push_inet(L, &ss);
	{
		struct tcp_info ti;
		socklen_t tl = sizeof ti;

		if (getsockopt(mine, IPPROTO_TCP, TCP_INFO, &ti, &tl) == 0)
			lua_pushinteger(L, ti.tcpi_state);
		else
			lua_pushnil(L);
	}
	close(mine);
	return 3;
}

/* core.unix_peer(inode) -> the peer's inode | nil: a UNIX socket's other
 * end, which only the kernel's sock_diag knows (for -yy). */
static int l_unix_peer(lua_State *L)
{
	lua_Integer ino = luaL_checkinteger(L, 1);
	struct {
		struct nlmsghdr nlh;
		struct unix_diag_req req;
	} msg;
	union {
		char buf[8192];
		struct nlmsghdr align;
	} ans;
	struct sockaddr_nl nl = { .nl_family = AF_NETLINK };
	int fd = socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
	ssize_t n;

	if (fd < 0)
		return 0;
	memset(&msg, 0, sizeof msg);
	msg.nlh.nlmsg_len = sizeof msg;
	msg.nlh.nlmsg_type = SOCK_DIAG_BY_FAMILY;
	msg.nlh.nlmsg_flags = NLM_F_REQUEST;
	msg.req.sdiag_family = AF_UNIX;
	msg.req.udiag_states = ~0u;
	msg.req.udiag_ino = (unsigned)ino;
	msg.req.udiag_show = UDIAG_SHOW_PEER;
	msg.req.udiag_cookie[0] = msg.req.udiag_cookie[1] = ~0u;
	if (sendto(fd, &msg, sizeof msg, 0, (struct sockaddr *)&nl, sizeof nl) < 0 ||
	    (n = recv(fd, ans.buf, sizeof ans.buf, 0)) <= 0) {
		close(fd);
		return 0;
	}
	close(fd);
	{
		struct nlmsghdr *h = &ans.align;
		struct unix_diag_msg *m;
		struct rtattr *a;
		int len;

		if (!NLMSG_OK(h, (unsigned)n) || h->nlmsg_type != SOCK_DIAG_BY_FAMILY)
			return 0;
		m = NLMSG_DATA(h);
		len = (int)(h->nlmsg_len - NLMSG_LENGTH(sizeof *m));
		for (a = (struct rtattr *)(m + 1); RTA_OK(a, len); a = RTA_NEXT(a, len))
			if (a->rta_type == UNIX_DIAG_PEER &&
			    RTA_PAYLOAD(a) >= sizeof(uint32_t)) {
				uint32_t peer;

				memcpy(&peer, RTA_DATA(a), sizeof peer);
				lua_pushinteger(L, peer);
				return 1;
			}
	}
	return 0;
}

const luaL_Reg mt_sys_funcs[] = {
	{ "unix_peer", l_unix_peer },
	{ "sockaddrs", l_sockaddrs },
	{ "getxattr", l_getxattr },
	{ "hook_guard", l_hook_guard },
	{ "set_timer", l_set_timer },
	{ "sleep", l_sleep },
	{ "regex_filter", l_regex_filter },
	{ "escape", l_escape },
	{ "catch_signal", l_catch_signal },
	{ "set_signal_action", l_set_signal_action },
	{ "pending_signal", l_pending_signal },
	{ "kill", l_kill },
	{ "raise_default", l_raise_default },
	{ "strerror", l_strerror },
	{ "now", l_now },
	{ "monotonic", l_monotonic },
	{ "readlink", l_readlink },
	{ "isatty", l_isatty },
	{ "cloexec", l_cloexec },
	{ "access", l_access },
	{ "stat", l_stat },
	{ "getpid", l_getpid },
	{ "environ", l_environ },
	{ "if_indextoname", l_if_indextoname },
	{ "ncpus", l_ncpus },
	{ "_exit", l_exit },
	{ NULL, NULL }
};
