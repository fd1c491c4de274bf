/* mini: a minimal ptrace loop that runs the moontrace Lua decoders on a real
 * process, so that their output can be diffed against strace's and the memory
 * they read recorded for the specs (see gen_specs.py).  Test tooling only: the
 * product's tracer is core/.  Single process, no -f. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <signal.h>
#include <unistd.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <sys/uio.h>
#include <linux/ptrace.h>
#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>

static const char *names[600];
static void init_names(void) {
#define MT_SYSCALL(nr, name, nargs, cls) names[nr] = #name;
#define TF 0
#define TD 0
#define TP 0
#define TN 0
#define TS 0
#define TI 0
#define TM 0
#define TC 0
#define TCL 0
#define TST 0
#define TLST 0
#define TFST 0
#define TSTA 0
#define TSF 0
#define TFSF 0
#define TSFA 0
#define TPU 0
#define SI 0
#define NF 0
#include "syscalls.def"
}

static pid_t cur;
static int l_read(lua_State *L) {
  lua_Integer addr = luaL_checkinteger(L, 2), len = luaL_checkinteger(L, 3);
  if (len == 0) { lua_pushliteral(L, ""); return 1; }
  char *buf = malloc(len);
  struct iovec l = { buf, len }, r = { (void *)addr, len };
  ssize_t n = process_vm_readv(cur, &l, 1, &r, 1, 0);
  if (n != len) { free(buf); lua_pushnil(L); lua_pushstring(L, "Bad address"); lua_pushstring(L, "EFAULT"); return 3; }
  lua_pushlstring(L, buf, len); free(buf); return 1;
}
static int l_str(lua_State *L) {
  unsigned long addr = luaL_checkinteger(L, 2); lua_Integer max = luaL_checkinteger(L, 3);
  luaL_Buffer b; luaL_buffinit(L, &b);
  lua_Integer got = 0;
  while (got < max) {
    char c; struct iovec l = { &c, 1 }, r = { (void *)(addr + got), 1 };
    if (process_vm_readv(cur, &l, 1, &r, 1, 0) != 1) { lua_pushnil(L); return 1; }
    if (c == 0) { luaL_pushresult(&b); lua_pushboolean(L, 1); return 2; }
    luaL_addchar(&b, c); got++;
  }
  luaL_pushresult(&b); lua_pushboolean(L, 0); return 2;
}

int main(int argc, char **argv) {
  init_names();
  pid_t pid = fork();
  if (pid == 0) {
    /* the victim must see the same environment as under strace */
    unsetenv("MT_REPO"); unsetenv("MT_WORK"); unsetenv("MT_RECORD_LUA");
    ptrace(PTRACE_TRACEME, 0, 0, 0); raise(SIGSTOP); execvp(argv[1], argv + 1); _exit(127); }
  int st; waitpid(pid, &st, 0);
  lua_State *L = luaL_newstate(); luaL_openlibs(L);
  if (luaL_dofile(L, getenv("MT_RECORD_LUA"))) { fprintf(stderr, "%s\n", lua_tostring(L, -1)); return 1; }
  lua_newtable(L); /* methods */
  lua_pushcfunction(L, l_read); lua_setfield(L, -2, "read");
  lua_pushcfunction(L, l_str); lua_setfield(L, -2, "str");
  lua_setglobal(L, "METHODS");

  ptrace(PTRACE_SETOPTIONS, pid, 0, PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACEEXEC | PTRACE_O_EXITKILL);
  cur = pid;
  int sig = 0;
  for (;;) {
    ptrace(PTRACE_SYSCALL, pid, 0, sig); sig = 0;
    if (waitpid(pid, &st, 0) < 0) break;
    if (WIFEXITED(st)) { lua_getglobal(L, "on_exit"); lua_pushinteger(L, WEXITSTATUS(st)); lua_call(L, 1, 0); break; }
    if (WIFSIGNALED(st)) { printf("+++ killed by %d +++\n", WTERMSIG(st)); break; }
    if (!WIFSTOPPED(st)) continue;
    if (WSTOPSIG(st) == (SIGTRAP | 0x80)) {
      struct ptrace_syscall_info si;
      ptrace(PTRACE_GET_SYSCALL_INFO, pid, sizeof si, &si);
      lua_getglobal(L, "on_syscall");
      lua_newtable(L);
      if (si.op == PTRACE_SYSCALL_INFO_ENTRY) {
        lua_pushstring(L, "enter"); lua_setfield(L, -2, "kind");
        lua_pushinteger(L, si.entry.nr); lua_setfield(L, -2, "nr");
        lua_pushstring(L, si.entry.nr < 600 && names[si.entry.nr] ? names[si.entry.nr] : "?"); lua_setfield(L, -2, "name");
        lua_newtable(L);
        for (int i = 0; i < 6; i++) { lua_pushinteger(L, si.entry.args[i]); lua_rawseti(L, -2, i + 1); }
        lua_setfield(L, -2, "args");
        lua_pushinteger(L, (lua_Integer)si.stack_pointer); lua_setfield(L, -2, "sp");
      } else if (si.op == PTRACE_SYSCALL_INFO_EXIT) {
        lua_pushstring(L, "exit"); lua_setfield(L, -2, "kind");
        long long rv = si.exit.rval;
        if (si.exit.is_error) { lua_pushinteger(L, -1); lua_setfield(L, -2, "ret"); lua_pushinteger(L, -rv); lua_setfield(L, -2, "err"); }
        else { lua_pushinteger(L, rv); lua_setfield(L, -2, "ret"); lua_pushinteger(L, 0); lua_setfield(L, -2, "err"); }
      } else { lua_pop(L, 2); continue; }
      lua_pushinteger(L, pid); lua_setfield(L, -2, "pid");
      if (lua_pcall(L, 1, 0, 0)) { fprintf(stderr, "lua: %s\n", lua_tostring(L, -1)); lua_pop(L, 1); }
    } else if (WSTOPSIG(st) == SIGTRAP && (st >> 16) == PTRACE_EVENT_EXEC) {
      continue;
    } else {
      siginfo_t info; ptrace(PTRACE_GETSIGINFO, pid, 0, &info);
      lua_getglobal(L, "on_signal");
      lua_pushlstring(L, (const char *)&info, sizeof info);
      if (lua_pcall(L, 1, 0, 0)) { fprintf(stderr, "lua: %s\n", lua_tostring(L, -1)); lua_pop(L, 1); }
      sig = WSTOPSIG(st);
    }
  }
  return 0;
}
