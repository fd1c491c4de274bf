/*
 * l_readline.c: module "moontrace.readline", GNU readline for the REPL
 * (lua/moontrace/repl.lua).  Linked into the moontrace binary only: the
 * stock-lua5.4 module (core.so) stays free of a terminal library.
 *
 *   rl.readline(prompt)        -> line | nil (end of input) | false, "interrupted"
 *   rl.set_completer(fn)       fn(word, line, start, stop) -> { candidates } | nil
 *   rl.add_history(line)       rl.read_history(path)   rl.append_history(path)
 *   rl.truncate_history(path, n)   rl.mkdir_p(path)
 *
 * Lines are read with readline's callback interface under our own SIGINT
 * handler, so Ctrl-C drops the line being typed and returns to Lua instead
 * of killing moontrace or leaving readline's handlers in place.  Readline
 * catches no other signal: the session's handlers (SIGTERM, SIGHUP) stay.
 */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

#include <lauxlib.h>
#include <lua.h>

#include "l_core.h"

/* Readline's callbacks carry no user data: these hold the one call in
 * progress (a REPL reads one line at a time). */
static lua_State *reading_L;
static int completer = LUA_NOREF;
static char *got_line;
static int got_done;
static int handler_on;
static volatile sig_atomic_t interrupted;

static void on_sigint(int sig)
{
	(void)sig;
	interrupted = 1;
}

static void on_line(char *line)
{
	got_line = line;
	got_done = 1;
	/* now, or readline shows the prompt again for the next line */
	rl_callback_handler_remove();
	handler_on = 0;
}

/* matches[0] is what replaces the word: the candidates' common prefix. */
static char *common_prefix(char **list, size_t n)
{
	size_t len = strlen(list[0]), i, k;

	for (i = 1; i < n; i++) {
		for (k = 0; k < len && list[i][k] == list[0][k]; k++)
			;
		len = k;
	}
	return strndup(list[0], len);
}

static char **complete(const char *text, int start, int end)
{
	lua_State *L = reading_L;
	char **m;
	size_t n, i, k = 0;

	if (!L || completer == LUA_NOREF)
		return NULL;
	/* no space after a Lua name (a unique name in a string still gets
	 * its closing quote: readline appends the quote that began it) */
	rl_completion_append_character = '\0';
	lua_rawgeti(L, LUA_REGISTRYINDEX, completer);
	lua_pushstring(L, text);
	lua_pushstring(L, rl_line_buffer);
	lua_pushinteger(L, start + 1);
	lua_pushinteger(L, end);
	/* an error in the completer must not longjmp through readline */
	if (lua_pcall(L, 4, 1, 0) != LUA_OK || !lua_istable(L, -1)) {
		lua_pop(L, 1);
		return NULL;   /* readline falls back to file names */
	}
	rl_attempted_completion_over = 1;
	n = lua_rawlen(L, -1);
	m = n ? calloc(n + 2, sizeof *m) : NULL;
	if (!m) {
		lua_pop(L, 1);
		return NULL;
	}
	for (i = 1; i <= n; i++) {
		const char *s;

		lua_rawgeti(L, -1, (lua_Integer)i);
		s = lua_tostring(L, -1);
		if (s && (m[k + 1] = strdup(s)) != NULL)
			k++;
		lua_pop(L, 1);
	}
	lua_pop(L, 1);
	if (k == 0) {
		free(m);
		return NULL;
	}
	if (k == 1) {
		m[0] = m[1];
		m[1] = NULL;
		return m;
	}
	m[0] = common_prefix(m + 1, k);
	return m;
}

static void drop_line(void)
{
	FILE *out = rl_outstream ? rl_outstream : stdout;

	/* readline turned the terminal's echo off: show the ^C ourselves */
	fputs("^C", out);
	rl_crlf();
	fflush(out);
	rl_free_line_state();
	rl_callback_sigcleanup();
}

static int l_readline(lua_State *L)
{
	const char *prompt = luaL_optstring(L, 1, "> ");
	int fd = fileno(rl_instream ? rl_instream : stdin);
	struct sigaction sa, old;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_sigint;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, &old);
	reading_L = L;
	interrupted = 0;
	got_line = NULL;
	got_done = 0;
	rl_callback_handler_install(prompt, on_line);
	handler_on = 1;
	while (!got_done && !interrupted) {
		struct pollfd p = { .fd = fd, .events = POLLIN };

		if (poll(&p, 1, -1) < 0) {
			if (errno == EINTR)
				continue;   /* SIGALRM, SIGWINCH...: read on */
			got_done = 1;   /* as at the end of input */
			break;
		}
		if (p.revents & (POLLHUP | POLLERR | POLLNVAL)) {
			/* the terminal is gone (its window closed, tmux killed):
			 * the end of input.  A hung-up tty stays readable and
			 * readline gets EIO, not EOF, so without this the loop
			 * would spin for ever. */
			got_done = 1;
			break;
		}
		rl_callback_read_char();
	}
	if (!got_done)
		drop_line();
	if (handler_on) {
		/* gives the terminal its own settings back */
		rl_callback_handler_remove();
		handler_on = 0;
	}
	reading_L = NULL;
	sigaction(SIGINT, &old, NULL);
	if (!got_done) {
		lua_pushboolean(L, 0);
		lua_pushliteral(L, "interrupted");
		return 2;
	}
	if (!got_line) {
		lua_pushnil(L);
		return 1;
	}
	lua_pushstring(L, got_line);
	free(got_line);
	return 1;
}

static int l_set_completer(lua_State *L)
{
	luaL_unref(L, LUA_REGISTRYINDEX, completer);
	completer = LUA_NOREF;
	if (!lua_isnoneornil(L, 1)) {
		luaL_checktype(L, 1, LUA_TFUNCTION);
		lua_pushvalue(L, 1);
		completer = luaL_ref(L, LUA_REGISTRYINDEX);
	}
	return 0;
}

static int l_add_history(lua_State *L)
{
	add_history(luaL_checkstring(L, 1));
	return 0;
}

/* history functions return an errno value, 0 on success */
static int history_result(lua_State *L, int err)
{
	if (err == 0) {
		lua_pushboolean(L, 1);
		return 1;
	}
	lua_pushnil(L);
	lua_pushstring(L, strerror(err));
	return 2;
}

static int l_read_history(lua_State *L)
{
	return history_result(L, read_history(luaL_checkstring(L, 1)));
}

/* Add the newest entry to the file, so that no line is lost when
 * moontrace is killed; the file is made on first use. */
static int l_append_history(lua_State *L)
{
	const char *path = luaL_checkstring(L, 1);

	if (access(path, F_OK) < 0) {
		HIST_ENTRY *h = history_get(history_base + history_length - 1);
		FILE *f = fopen(path, "w");

		if (!f)
			return history_result(L, errno);
		if (h)
			fprintf(f, "%s\n", h->line);
		fclose(f);
		return history_result(L, 0);
	}
	return history_result(L, append_history(1, path));
}

static int l_truncate_history(lua_State *L)
{
	const char *path = luaL_checkstring(L, 1);
	lua_Integer n = luaL_checkinteger(L, 2);

	luaL_argcheck(L, n >= 0 && n <= 1000000, 2, "line count out of range");
	stifle_history((int)n);
	return history_result(L, history_truncate_file(path, (int)n));
}

/* rl.mkdir_p(path): make path and its parents (mode 0700: history is
 * private).  true, or nil and a message. */
static int l_mkdir_p(lua_State *L)
{
	size_t len;
	const char *path = luaL_checklstring(L, 1, &len);
	char *p = lua_newuserdatauv(L, len + 1, 0), *s;

	memcpy(p, path, len + 1);
	for (s = p + 1; ; s++) {
		if (*s == '/' || *s == '\0') {
			char c = *s;

			*s = '\0';
			if (mkdir(p, 0700) < 0 && errno != EEXIST)
				return history_result(L, errno);
			*s = c;
			if (c == '\0')
				break;
		}
	}
	return history_result(L, 0);
}

static const luaL_Reg funcs[] = {
	{ "readline", l_readline },
	{ "set_completer", l_set_completer },
	{ "add_history", l_add_history },
	{ "read_history", l_read_history },
	{ "append_history", l_append_history },
	{ "truncate_history", l_truncate_history },
	{ "mkdir_p", l_mkdir_p },
	{ NULL, NULL }
};

int luaopen_moontrace_readline(lua_State *L)
{
	rl_readline_name = "moontrace";
	rl_catch_signals = 0;
	rl_catch_sigwinch = 1;
	/* Lua's operators and brackets end a word, '.' and ':' do not, so
	 * "ev.na" completes as one path */
	rl_basic_word_break_characters = " \t\n\"'`@$><=;|&{([,)+-*/%^#~";
	rl_attempted_completion_function = complete;
	using_history();
	luaL_newlib(L, funcs);
	return 1;
}
