-- repl_test.lua: moontrace -i and repl() in scripts, driven through a pipe
-- (commands on stdin) and through a pseudo-terminal (tmux): breakpoints,
-- stepping, tampering seen by the program, memory reads, the stack,
-- scripts loaded live, attach/detach, Ctrl-C, completion, history.
local H = dofile((arg[0]:gsub("[^/]*$", "")) .. "harness.lua")
local M = H.moontrace

-- A victim whose every step the tests can see: it opens a path given on
-- its command line from a function of its own (for bt()), then prints what
-- it got, and its pid (for ret()).
local victim = H.tmp .. "/victim"
H.write(victim .. ".c", [[
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

__attribute__((noinline)) static int open_it(const char *path)
{
	return open(path, O_RDONLY);
}

int main(int argc, char **argv)
{
	int fd = open_it(argc > 1 ? argv[1] : "/etc/hostname");

	printf("open=%d errno=%s\n", fd, fd < 0 ? strerrorname_np(errno) : "0");
	printf("pid=%d\n", (int)getpid());
	return fd < 0 ? 3 : 0;
}
]])
local cc = H.sh(("cc -O0 -g -o %s %s.c"):format(victim, victim))
assert(cc == 0, "cannot build the victim")

local target = H.tmp .. "/target.txt"
H.write(target, "hello\n")
local cfg, state = H.tmp .. "/cfg", H.tmp .. "/state"
local ENV = ("env XDG_CONFIG_HOME=%s XDG_STATE_HOME=%s "):format(cfg, state)
local AT_TARGET = ('brk{"openat", when = function(ev) return ev:str(ev.args[2]) == %q end}'):format(target)

-- Run moontrace -i ARGS with the command lines on stdin.
local function repl(args, lines)
  H.write(H.tmp .. "/cmds", table.concat(lines, "\n") .. "\n")
  return H.sh(("%s%s %s < %s/cmds"):format(ENV, M, args, H.tmp))
end

local function has(s, text) return s:find(text, 1, true) ~= nil end

-- ---- through a pipe ----------------------------------------------------------

local code, out, err = repl("-i -o /dev/null " .. victim .. " " .. target, {
  "ev.name, ev.kind",
  "{ 1, 2, x = 'y' }",
  "function twice(n)",
  "  return 2 * n",
  "end",
  "twice(21)",
  "nosuch.field",
  AT_TARGET,
  "cont()",
  "str(ev.args[2])",
  "#mem(ev.args[2], 4)",
  "ps()",
  "bt()",
  "cont()",
})
H.ok(has(out, '"execve"\t"enter"'), "pipe: the program starts stopped at execve's entry", out .. err)
H.ok(has(out, '{ 1, 2, x = "y" }'), "pipe: tables are pretty-printed", out)
H.ok(has(out, "42\n"), "pipe: a function defined over three lines works", out)
H.ok(has(out, "attempt to index a nil value"), "pipe: an error is reported and the prompt goes on", out)
H.ok(has(out, "-- breakpoint 1: openat enter when fn(ev)"), "pipe: cont() stops at the breakpoint", out)
H.ok(has(out, ('"%s"'):format(target)), "pipe: str() reads the tracee's string", out)
H.ok(out:find("\n4\n") ~= nil, "pipe: mem() reads tracee bytes", out)
H.ok(out:find("%d+ +%d+ +at entry of openat +" .. victim:gsub("%p", "%%%0")) ~= nil,
     "pipe: ps() lists the stopped tracee and its call", out)
H.ok(out:find("#%d+ +0x%x+ in open_it%+0x%x+ %(" .. victim:gsub("%p", "%%%0")) ~= nil
     and out:find("in main%+0x") ~= nil, "pipe: bt() shows the victim's frames", out)
H.ok(has(out, "open=3 errno=0") and code == 0, "pipe: cont() runs to the end (" .. tostring(code) .. ")", out)

-- quit() detaches a spawned program: it goes on untraced.
local done = H.tmp .. "/done"
code = repl(("-i -o /dev/null sh -c 'sleep 0.3; echo finished > %s'"):format(done), { "quit()" })
for _ = 1, 30 do
  if H.read(done) then break end
  os.execute("sleep 0.1")
end
H.ok(code == 0 and H.read(done) == "finished\n", "quit(): the spawned program goes on untraced")

-- detach(): the prompt stays, nothing is traced, the program goes on.
os.remove(done)
code, out = repl(("-i -o /dev/null sh -c 'sleep 0.3; echo finished > %s'"):format(done),
  { "detach()", "ps()", "step()", "quit()" })
for _ = 1, 30 do
  if H.read(done) then break end
  os.execute("sleep 0.1")
end
H.ok(has(out, "detached; nothing is traced any more\nnothing is traced\nnothing is traced any more"),
     "detach(): the prompt stays, with nothing traced", out)
H.ok(H.read(done) == "finished\n", "detach(): the program goes on untraced")

-- errno() at entry: the call is skipped and fails as told.
code, out = repl("-i -o /dev/null " .. victim .. " " .. target,
  { AT_TARGET, "cont()", 'errno("EACCES")', "cont()" })
H.ok(has(out, "openat is skipped and returns -1 EACCES"), "errno(): confirmed", out)
H.ok(has(out, "open=-1 errno=EACCES"), "errno(): the program sees EACCES", out)
H.ok(code == 3, "errno(): the program's exit status is moontrace's (" .. tostring(code) .. ")")
H.ok(has(out, "the program ended with status 3"), "cont() runs to the end, then a last prompt", out)

-- ret() at exit: the program sees the value.
code, out = repl("-i -o /dev/null " .. victim .. " " .. target,
  { 'brk("getpid")', "cont()", "step()", "ev.kind, ev.ret > 0", "ret(4242)", "cont()" })
H.ok(has(out, '"exit"\ttrue'), "step() goes from entry to exit", out)
H.ok(has(out, "pid=4242"), "ret(): the program sees the new result", out)

-- brk{errno=...} stops at a failed call; step() prints stops itself
-- when the trace goes to a file.
code, out = repl("-i -o /dev/null " .. victim .. " /nonexistent/file",
  { 'brk{errno="ENOENT"}', "cont()", "ev.name, ev.errname", "step()", "quit()" })
H.ok(has(out, '"openat"\t"ENOENT"') or has(out, '"access"\t"ENOENT"'),
     "brk{errno=...} stops at the failing call", out)
H.ok(out:find("\n[%w_]+%(.*\n") ~= nil, "step() prints the stop when the view is not on the terminal", out)

-- -e trace= narrows what is shown, not where the program starts, nor
-- where breakpoints stop.
code, out = repl("-i -e trace=write -o /dev/null " .. victim .. " " .. target,
  { "ev.name", 'brk("getpid")', "cont()", "ev.name", "step()", "quit()" })
H.ok(out:find('^[^\n]*\n"execve"\n') ~= nil, "-e trace=write: the first stop is still execve", out)
H.ok(has(out, '-- breakpoint 1: getpid\n"getpid"\ngetpid()'), "-e trace=write: brk() outside the set stops, step() shows its exit", out)

-- The strace view on stderr: the line cut by a prompt is resumed strace's way.
code, out, err = repl("-i " .. victim .. " " .. target, { AT_TARGET, "cont()", "step()", "quit()" })
H.ok(err:find('openat%(AT_FDCWD, "' .. target:gsub("%p", "%%%0") .. '", O_RDONLY <unfinished %.%.%.>\n<%.%.%. openat resumed>%) += 3') ~= nil,
     "view: <unfinished ...> before the prompt, <... resumed> after", err)

-- load() attaches a script live; reload() re-reads it after an edit.
local script = H.tmp .. "/live.lua"
H.write(script, 'on("exit", "getpid", function(ev) print("LIVE-ONE", ev.name) end)\n')
local trace = H.tmp .. "/trace.txt"
code, out = repl("-i -o " .. trace .. " " .. victim .. " " .. target, {
  ("load(%q)"):format(script),
  ("io.open(%q, 'w'):write('on(\"exit\", \"getpid\", function(ev) print(\"LIVE-TWO\") end)'):close()"):format(script),
  "reload()", "cont()" })
local tr = H.read(trace) or ""
H.ok(has(out, "loaded " .. script .. " (1 hook)") and has(out, "1 script reloaded"), "load() and reload() say so", out)
H.ok(has(tr, "LIVE-TWO") and not has(tr, "LIVE-ONE"), "reload(): the edited hook replaced the old one", tr)

-- The rc file runs at start, in the prompt's globals.
os.execute(("mkdir -p %s/moontrace"):format(cfg))
H.write(cfg .. "/moontrace/rc.lua", 'function team_helper() return "from-rc" end\n')
code, out = repl("-i -o /dev/null true", { "team_helper()", "quit()" })
H.ok(has(out, '"from-rc"'), "the rc file's helpers are there", out)
os.remove(cfg .. "/moontrace/rc.lua")

-- repl() in a hook, without -i: the prompt at that very call, then the
-- hook goes on.
local bp = H.tmp .. "/bp.lua"
H.write(bp, ([[
on("enter", "openat", function(ev)
  if ev:str(ev.args[2]) ~= %q then return end
  print("BEFORE")
  repl()
  print("AFTER", ev.name)
end)
]]):format(target))
H.write(H.tmp .. "/cmds", "ev.name\nerrno('ENOENT')\ncont()\n")
code, out, err = H.sh(("%s%s -l %s %s %s < %s/cmds"):format(ENV, M, bp, victim, target, H.tmp))
H.ok(has(out, '"openat"') and has(out, "repl() at " .. bp .. ":4"), "repl() in a hook: a prompt at that call", out .. err)
H.ok(err:find("BEFORE\nAFTER\topenat") ~= nil, "repl() in a hook: the hook goes on after cont()", err)
H.ok(has(out, "open=-1 errno=ENOENT") and code == 3, "repl() in a hook: tampering works there too", out)

-- -p: attach, look, quit: the process keeps running.
local _, bg = H.sh("sleep 30 >/dev/null 2>&1 & echo $!")
local pid = tonumber(bg:match("%d+"))
code, out, err = repl("-i -o /dev/null -p " .. pid, { "ps()", "quit()" })
H.ok(out:find("\n +" .. pid .. " +" .. pid .. " ") ~= nil, "-p: ps() lists the attached process", out .. err)
H.ok(os.execute("kill -0 " .. pid .. " 2>/dev/null") == true, "-p: quit() left the process running")
os.execute("kill " .. pid .. " 2>/dev/null")

-- SIGINT while cont() runs a long program: back to the prompt, program stopped.
local fifo = H.tmp .. "/fifo"
os.execute("mkfifo " .. fifo)
local long = [[sh -c "while :; do sleep 0.05; done"]]
local driver = H.tmp .. "/ctrl-c.sh"
H.write(driver, ([[
%s sh -c 'echo $$ > %s/mt.pid; exec %s -i -o /dev/null %s' < %s > %s/ctrl-c.out 2>&1 &
exec 3> %s
echo 'print("READY")' >&3
for i in $(seq 100); do grep -q READY %s/ctrl-c.out && break; sleep 0.1; done
echo 'cont()' >&3
sleep 1
kill -INT "$(cat %s/mt.pid)"
# wait for the prompt (not a fixed time: a loaded machine is slow)
for i in $(seq 100); do grep -q -- '-- interrupted' %s/ctrl-c.out && break; sleep 0.1; done
echo 'print("AT", ev and ev.kind, ev and ev.name)' >&3
echo 'kill()' >&3
exec 3>&-
wait
]]):format(ENV, H.tmp, M, long, fifo, H.tmp, fifo, H.tmp, H.tmp, H.tmp))
H.sh("timeout 20 sh " .. driver)
out = H.read(H.tmp .. "/ctrl-c.out") or ""
H.ok(has(out, "-- interrupted") and out:find("AT\t%a+\t") ~= nil, "SIGINT during cont(): a prompt with the program stopped", out)

-- ---- through a pseudo-terminal (tmux) ---------------------------------------------

if os.execute("command -v tmux >/dev/null 2>&1") ~= true then
  for _, what in ipairs{ "completion", "history", "Ctrl-C" } do
    io.write("ok - tmux missing: pty test of ", what, " # SKIP\n")
  end
  H.done()
end

-- one tmux server per session, on a socket of its own
local sock, nsock = nil, 0
local function tmux(args) return H.sh(("tmux -S %s -f /dev/null %s"):format(sock, args)) end
local function screen() local _, s = tmux("capture-pane -p -J -t t -S -200"); return s end
local function keys(...)
  local list = {}
  for i, k in ipairs{ ... } do list[i] = H.shquote(k) end
  tmux("send-keys -t t " .. table.concat(list, " "))
end
-- Wait until the screen shows text (after `after`, if given).
local function wait_for(text, after, seconds)
  local s
  for _ = 1, (seconds or 10) * 10 do
    s = screen()
    local from = after and select(2, s:find(after, 1, true)) or 0
    if from and s:find(text, from + 1, true) then return true, s end
    os.execute("sleep 0.1")
  end
  return false, s
end
local function start(cmd)
  if sock then tmux("kill-server") end
  nsock = nsock + 1
  sock = ("%s/tmux%d.sock"):format(H.tmp, nsock)
  tmux(("new-session -d -s t -x 160 -y 50 %s"):format(H.shquote(
    ("cd %s && %sTERM=xterm %s; echo EXIT=$?; sleep 60"):format(H.root, ENV, cmd))))
  return wait_for("moontrace> ")
end

local ok, s = start(M .. " -i -o /dev/null " .. victim .. " " .. target)
H.ok(ok, "pty: the prompt shows", s)
keys("ev.na", "Tab")
ok, s = wait_for("moontrace> ev.name")
H.ok(ok, "pty: Tab completes an event field (ev.na -> ev.name)", s)
keys("Enter")
keys('brk("exit_gr', "Tab")
ok, s = wait_for('brk("exit_group"')
H.ok(ok, "pty: Tab completes a syscall name in a string", s)
keys(")", "Enter")
keys("ev:re", "Tab")
ok, s = wait_for("ev:read(")
H.ok(ok, "pty: Tab completes an event method", s)
keys("C-u", 'load("opensn', "Tab")
ok, s = wait_for('load("opensnoop"')
H.ok(ok, "pty: Tab completes a bundled script name", s)
keys("C-u", "this is not run", "C-c")
ok, s = wait_for("moontrace> ", "this is not run^C")
H.ok(ok, "pty: Ctrl-C at the prompt drops the line", s)
keys("quit()", "Enter")
ok, s = wait_for("EXIT=0")
H.ok(ok, "pty: quit() ends", s)
local hist = H.read(state .. "/moontrace/history") or ""
H.ok(has(hist, "ev.name") and has(hist, 'brk("exit_group")') and has(hist, "quit()")
     and not has(hist, "this is not run"), "pty: the history file is written", hist)

-- history comes back in the next run
ok, s = start(M .. " -i -o /dev/null true")
H.ok(ok, "pty: a second run", s)
keys("Up")
ok, s = wait_for("moontrace> quit()")
H.ok(ok, "pty: Up recalls the previous run's last line", s)
keys("Enter")
-- let that quit() finish before the next start() closes this terminal: an
-- ASan build killed in the middle of its exit once kept spinning
ok, s = wait_for("EXIT=0")
H.ok(ok, "pty: the recalled quit() ends", s)

-- Ctrl-C while cont() runs a long program; the program's own SIGINT
-- from the terminal is kept from it.
ok, s = start(M .. " -i -o /dev/null -e trace=write " ..
  [[sh -c 'i=0; while [ $i -lt 600 ]; do i=$((i+1)); echo tick $i; sleep 0.05; done']])
keys("cont()", "Enter")
wait_for("tick 5")
keys("C-c")
ok, s = wait_for("-- interrupted", "tick 5")
H.ok(ok, "pty: Ctrl-C during cont() returns to the prompt", s)
keys("ps()", "Enter")
ok, s = wait_for("stopped by us", "-- interrupted")
if not ok then ok, s = wait_for(" at ", "-- interrupted") end
H.ok(ok, "pty: the program is stopped there", s)
keys("kill()", "Enter")
ok, s = wait_for("EXIT=137")
H.ok(ok, "pty: kill() ends the program and moontrace (137)", s)

-- The terminal goes away under the prompt (window closed, tmux killed): the
-- prompt sees the end of its input and moontrace ends, with its program,
-- instead of spinning on a hung-up tty.
ok, s = start(M .. " -i -o /dev/null sleep 30")
H.ok(ok, "pty: a prompt to hang up on", s)
local _, panes = tmux("list-panes -t t -F '#{pane_pid}'")
local shell = tonumber(panes:match("%d+"))
local _, kids = H.sh("pgrep -P " .. tostring(shell) .. " -x moontrace")
local mt = tonumber(kids:match("%d+"))
local _, grandkids = H.sh("pgrep -P " .. tostring(mt))
local prog = tonumber(grandkids:match("%d+"))
tmux("kill-server")
sock = nil
local function gone(pid)
  for _ = 1, 50 do
    if not pid or not H.read("/proc/" .. pid .. "/stat") then return true end
    local st = H.read("/proc/" .. pid .. "/stat"):match("^%d+ %(.-%) (%a)")
    if st == "Z" then return true end
    os.execute("sleep 0.1")
  end
  return false
end
H.ok(mt and prog and gone(mt), "pty: hung up at the prompt, moontrace ends (no spinning)",
     ("moontrace %s, program %s"):format(tostring(mt), tostring(prog)))
H.ok(prog and gone(prog), "pty: and so does the program it held")
if mt and not gone(mt) then os.execute("kill -9 " .. mt) end
if prog and not gone(prog) then os.execute("kill -9 " .. prog) end

H.done()
