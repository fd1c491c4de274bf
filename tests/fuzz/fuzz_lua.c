/*
 * fuzz_lua.c: a libFuzzer target that runs moontrace's Lua code on fuzz
 * input: the -e expression parser or the syscall decoders, as chosen by
 * FUZZ_TARGET ("filter" or "decode", see tests/fuzz/targets.lua).
 *
 * The Lua library is loaded from the source tree (MT_LUA_DIR) with the
 * real moontrace.core binding linked in.  Any Lua error escaping the
 * target is a crash: the message goes to stderr and we abort(), so that
 * libFuzzer saves the input.
 *
 * Coverage: the C code is instrumented as usual, but the code under test
 * is Lua, which libFuzzer cannot see.  A line hook feeds it: each pair
 * (previous line, current line) of Lua code bumps a counter in libFuzzer's
 * extra-counters section, a rough edge coverage of the Lua program.
 *
 *   make fuzz FUZZ_SECONDS=60     (tests/fuzz/README.md)
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

#include "l_core.h"

#ifndef FUZZ_TARGET
#define FUZZ_TARGET "decode"
#endif
#ifndef MT_LUA_DIR
#define MT_LUA_DIR "lua"
#endif
#ifndef MT_FUZZ_DIR
#define MT_FUZZ_DIR "tests/fuzz"
#endif

#define COUNTERS (1u << 16)

__attribute__((section("__libfuzzer_extra_counters")))
static uint8_t lua_edges[COUNTERS];

static lua_State *L;
static int target_ref = LUA_NOREF;
static uintptr_t prev_loc;

/* Only the line number (lua_getinfo per line would cost more than the code
 * under test): the pair (previous line, line) still tells most edges of
 * the program apart, across files too. */
static void line_hook(lua_State *l, lua_Debug *ar)
{
	uintptr_t loc = (uintptr_t)ar->currentline * 2654435761u;

	(void)l;
	loc ^= loc >> 15;
	lua_edges[(loc ^ (prev_loc >> 1)) & (COUNTERS - 1)]++;
	prev_loc = loc;
}

static int traceback(lua_State *l)
{
	const char *msg = lua_tostring(l, 1);

	luaL_traceback(l, l, msg ? msg : "(error object is not a string)", 1);
	return 1;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	L = luaL_newstate();
	if (!L)
		abort();
	luaL_openlibs(L);
	luaL_requiref(L, "moontrace.core", luaopen_moontrace_core, 0);
	lua_pop(L, 1);
	lua_getglobal(L, "package");
	lua_pushliteral(L, MT_LUA_DIR "/?.lua;" MT_LUA_DIR "/?/init.lua;"
			MT_FUZZ_DIR "/?.lua");
	lua_setfield(L, -2, "path");
	lua_pop(L, 1);
	/* targets.lua returns { filter = fn, decode = fn } */
	lua_pushcfunction(L, traceback);
	lua_getglobal(L, "require");
	lua_pushliteral(L, "targets");
	if (lua_pcall(L, 1, 1, -3) != LUA_OK) {
		fprintf(stderr, "fuzz: %s\n", lua_tostring(L, -1));
		abort();
	}
	lua_getfield(L, -1, FUZZ_TARGET);
	if (!lua_isfunction(L, -1)) {
		fprintf(stderr, "fuzz: no target '%s'\n", FUZZ_TARGET);
		abort();
	}
	target_ref = luaL_ref(L, LUA_REGISTRYINDEX);
	lua_settop(L, 0);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int ok;

	lua_pushcfunction(L, traceback);
	lua_rawgeti(L, LUA_REGISTRYINDEX, target_ref);
	lua_pushlstring(L, (const char *)data, size);
	prev_loc = 0;
	lua_sethook(L, line_hook, LUA_MASKLINE, 0);
	ok = lua_pcall(L, 1, 0, 1) == LUA_OK;
	lua_sethook(L, NULL, 0, 0);
	if (!ok) {
		fprintf(stderr, "fuzz: Lua error in target '%s':\n%s\n",
			FUZZ_TARGET, lua_tostring(L, -1));
		abort();
	}
	lua_settop(L, 0);
	return 0;
}
