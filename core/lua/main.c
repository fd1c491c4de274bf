/*
 * main.c: the moontrace executable.  A Lua state with the core binding
 * and the bundled Lua library; everything else, the command line
 * included, is Lua (lua/moontrace/cli.lua).
 *
 * Module lookup order: package.preload, then $MOONTRACE_PATH (a list of
 * directories separated by ':'; each is searched as DIR/?.lua and
 * DIR/?/init.lua), then the copy compiled into this binary, then Lua's
 * usual package.path.  So an edited copy overrides the bundled one
 * without a rebuild.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

#include "bundle.h"
#include "l_core.h"

static const struct mt_bundle_file *bundle_find(const char *key)
{
	const struct mt_bundle_file *f;

	for (f = mt_bundle; f->key; f++)
		if (strcmp(f->key, key) == 0)
			return f;
	return NULL;
}

/* bundle.get(key) -> text | nil */
static int l_bundle_get(lua_State *L)
{
	const struct mt_bundle_file *f = bundle_find(luaL_checkstring(L, 1));

	if (!f)
		return 0;
	lua_pushlstring(L, f->text, (size_t)f->len);
	return 1;
}

/* bundle.list() -> { key, ... } */
static int l_bundle_list(lua_State *L)
{
	const struct mt_bundle_file *f;
	int i = 1;

	lua_newtable(L);
	for (f = mt_bundle; f->key; f++) {
		lua_pushstring(L, f->key);
		lua_rawseti(L, -2, i++);
	}
	return 1;
}

/* package.path fragment for $MOONTRACE_PATH, or NULL */
static void push_env_path(lua_State *L)
{
	const char *env = getenv("MOONTRACE_PATH");
	luaL_Buffer b;

	if (!env || !*env) {
		lua_pushnil(L);
		return;
	}
	luaL_buffinit(L, &b);
	while (*env) {
		const char *end = strchr(env, ':');
		size_t n = end ? (size_t)(end - env) : strlen(env);

		if (n) {
			luaL_addlstring(&b, env, n);
			luaL_addstring(&b, "/?.lua;");
			luaL_addlstring(&b, env, n);
			luaL_addstring(&b, "/?/init.lua;");
		}
		env += n + (end ? 1 : 0);
	}
	luaL_pushresult(&b);
}

/* A package.searchers entry: $MOONTRACE_PATH first, then the bundle. */
static int searcher(lua_State *L)
{
	const char *name = luaL_checkstring(L, 1);
	const struct mt_bundle_file *f;

	push_env_path(L);
	if (!lua_isnil(L, -1)) {
		const char *path;

		lua_getglobal(L, "package");
		lua_getfield(L, -1, "searchpath");
		lua_pushvalue(L, 1);
		lua_pushvalue(L, -4);
		lua_call(L, 2, 1);
		path = lua_tostring(L, -1);
		if (path) {
			if (luaL_loadfile(L, path) != LUA_OK)
				return lua_error(L);
			lua_pushstring(L, path);
			return 2;
		}
	}
	lua_settop(L, 1);
	f = bundle_find(name);
	if (!f) {
		lua_pushfstring(L, "no bundled module '%s'", name);
		return 1;
	}
	lua_pushfstring(L, "=[bundled]/%s.lua", name);
	if (luaL_loadbuffer(L, f->text, (size_t)f->len,
			    lua_tostring(L, -1)) != LUA_OK)
		return lua_error(L);
	lua_pushfstring(L, "[bundled]/%s.lua", name);
	return 2;
}

static void install_searcher(lua_State *L)
{
	lua_getglobal(L, "package");
	lua_getfield(L, -1, "searchers");
	/* shift entries 2.. up by one, put ours at 2 */
	for (lua_Integer i = (lua_Integer)luaL_len(L, -1); i >= 2; i--) {
		lua_rawgeti(L, -1, i);
		lua_rawseti(L, -2, i + 1);
	}
	lua_pushcfunction(L, searcher);
	lua_rawseti(L, -2, 2);
	lua_pop(L, 2);
}

static int traceback(lua_State *L)
{
	const char *msg = lua_tostring(L, 1);

	if (!msg)
		msg = lua_pushfstring(L, "(error object is a %s value)",
				      luaL_typename(L, 1));
	luaL_traceback(L, L, msg, 1);
	return 1;
}

static int run(lua_State *L)
{
	int argc = (int)lua_tointeger(L, 1);
	char **argv = lua_touserdata(L, 2);
	int i;

	luaL_openlibs(L);
	luaL_requiref(L, "moontrace.core", luaopen_moontrace_core, 0);
	lua_pop(L, 1);
	luaL_requiref(L, "moontrace.readline", luaopen_moontrace_readline, 0);
	lua_pop(L, 1);
	lua_getglobal(L, "package");
	lua_getfield(L, -1, "loaded");
	lua_newtable(L);
	lua_pushcfunction(L, l_bundle_get);
	lua_setfield(L, -2, "get");
	lua_pushcfunction(L, l_bundle_list);
	lua_setfield(L, -2, "list");
	lua_setfield(L, -2, "moontrace.bundle");
	lua_pop(L, 2);
	install_searcher(L);

	lua_createtable(L, argc, 1);
	for (i = 0; i < argc; i++) {
		lua_pushstring(L, argv[i]);
		lua_rawseti(L, -2, i);
	}
	lua_setglobal(L, "arg");

	lua_getglobal(L, "require");
	lua_pushliteral(L, "moontrace.cli");
	lua_call(L, 1, 1);
	lua_getfield(L, -1, "main");
	lua_getglobal(L, "arg");
	lua_call(L, 1, 1);
	return 1;
}

int main(int argc, char **argv)
{
	lua_State *L = luaL_newstate();
	int status;

	if (!L) {
		fprintf(stderr, "moontrace: cannot create a Lua state\n");
		return 1;
	}
	lua_pushcfunction(L, traceback);
	lua_pushcfunction(L, run);
	lua_pushinteger(L, argc);
	lua_pushlightuserdata(L, argv);
	if (lua_pcall(L, 2, 1, 1) != LUA_OK) {
		fflush(stdout);
		fprintf(stderr, "moontrace: %s\n", lua_tostring(L, -1));
		lua_close(L);
		return 1;
	}
	status = (int)lua_tointeger(L, -1);
	lua_close(L);
	return status;
}
