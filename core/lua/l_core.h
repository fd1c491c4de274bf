/*
 * l_core.h: the Lua binding of the core (module "moontrace.core").
 */
#ifndef MT_L_CORE_H
#define MT_L_CORE_H

#include <lua.h>

int luaopen_moontrace_core(lua_State *L);
/* "moontrace.readline" (l_readline.c): in the moontrace binary only */
int luaopen_moontrace_readline(lua_State *L);

#endif
