/*
 * l_core.h: the Lua binding of the core (module "moontrace.core").
 */
#ifndef MT_L_CORE_H
#define MT_L_CORE_H

#include <lauxlib.h>
#include <lua.h>

int luaopen_moontrace_core(lua_State *L);

/* io-library style results shared by the binding's files (l_sys.c):
 * nil, message, "ERRNO_NAME"; and true-or-that for a -1/errno call */
int mt_lua_fail(lua_State *L, int err);
int mt_lua_result(lua_State *L, int r);

/* sets core.call_hooks in the module table on top of the stack (l_sys.c) */
void mt_lua_set_call_hooks(lua_State *L);
/* a signal caught by core.catch_signal not yet taken (l_sys.c) */
int mt_lua_signal_pending(void);

/* the process-wide functions of moontrace.core (l_sys.c) */
extern const luaL_Reg mt_sys_funcs[];
/* "moontrace.readline" (l_readline.c): in the moontrace binary only */
int luaopen_moontrace_readline(lua_State *L);

#endif
