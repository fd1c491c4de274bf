-- reliability_test.lua: moontrace never harms the traced program and refuses
-- bad input clearly (issue 5; the table in docs/reliability.md names these
-- tests).  Where strace has an answer, moontrace's must be the same.
--
--   lua5.4 tests/e2e/reliability_test.lua
local H = dofile((arg[0]:gsub("[^/]*$", "")) .. "harness.lua")

-- Absolute paths: some tests run in a scratch directory or as another user.
local ROOT = io.popen("cd " .. H.root .. " && pwd"):read("l")
H.moontrace = ROOT .. "/moontrace"
local M = H.moontrace
local function victim(name) return ROOT .. "/" .. H.victim(name):gsub("^%./", "") end

local function sleep(s) os.execute("sleep " .. s) end

-- Poll fn every 50 ms for at most secs seconds; its last answer.
local function wait_for(fn, secs)
  for _ = 1, (secs or 5) * 20 do
    local v = fn()
    if v then return v end
    sleep(0.05)
  end
  return fn()
end

local function state(pid)
  local s = H.read("/proc/" .. pid .. "/stat")
  return s and s:match("^%d+ %(.*%) (%a)")
end

-- It makes progress: its context switches go up (rl_detach and sleep
-- wake up every few milliseconds or at least once in the time given).
local function switches(pid)
  return tonumber((H.read("/proc/" .. pid .. "/status") or ""):match("voluntary_ctxt_switches:%s*(%d+)"))
end
local function runs(pid, secs)
  local before = switches(pid)
  return before ~= nil and wait_for(function() return (switches(pid) or -1) > before end, secs or 1)
end

local function gone(pid)
  local s = state(pid)
  return s == nil or s == "Z" or s == "X"
end

local function tids(pid)
  local list = {}
  local ls = io.popen("ls /proc/" .. pid .. "/task 2>/dev/null")
  for t in ls:lines() do list[#list + 1] = t end
  ls:close()
  return list
end

-- Start a shell command in the background; returns its pid.
local bg_n = 0
local function spawn_bg(cmd)
  bg_n = bg_n + 1
  local pidfile = ("%s/bg%d.pid"):format(H.tmp, bg_n)
  os.execute(("%s & echo $! > %s"):format(cmd, pidfile))
  return tonumber(H.read(pidfile))
end

local function lines_of(text)
  local t = {}
  for l in text:gmatch("([^\n]*)\n") do t[#t + 1] = l end
  return t
end

local function has_line(lines, pattern)
  for _, l in ipairs(lines) do if l:find(pattern) then return true end end
  return false
end

local function skip(desc, why)
  H.ok(true, desc .. " # skip " .. why)
end

local is_root = io.popen("id -u"):read("l") == "0"

-- ---- detach: -p, then SIGINT / SIGTERM / SIGHUP ------------------------------

-- Attach to a 4-thread process, send moontrace sig; every thread must be
-- let go (no tracer, not in t/T state) and keep running.  With hold, a
-- script holds the tracee at a SIGUSR1 delivery stop when the signal comes:
-- that SIGUSR1 must still reach the program.
local hold_script = H.tmp .. "/hold.lua"
H.write(hold_script, [[
-- when the tracee is about to get SIGUSR1, moontrace itself gets SIGTERM
on("signal", function(ev)
  if ev.sig == 10 then mt.core.kill(mt.core.getpid(), 15) end
end)
]])

local function detach_test(signame, hold)
  local desc = ("detach on SIG%s%s"):format(signame, hold and " at a signal stop" or "")
  local pidfile, out = H.tmp .. "/detach.pid", H.tmp .. "/detach.stdout"
  os.remove(pidfile)
  spawn_bg(("%s %s > %s 2>&1"):format(victim("rl_detach"), pidfile, out))
  local pid = wait_for(function() return tonumber(H.read(pidfile) or "") end)
  local err = H.tmp .. "/detach.err"
  local mt = spawn_bg(("%s -o %s/detach.trace %s -p %d 2>%s"):format(
    M, H.tmp, hold and ("-l " .. hold_script) or "", pid, err))
  wait_for(function() return (H.read(err) or ""):find("attached") end)
  sleep(0.2)
  if hold then os.execute("kill -USR1 " .. pid) else os.execute(("kill -%s %d"):format(signame, mt)) end
  local ended = wait_for(function() return gone(mt) end)
  H.ok(ended, desc .. ": moontrace ended")
  local traced, stopped = {}, {}
  for _, tid in ipairs(tids(pid)) do
    local st = H.read(("/proc/%d/task/%s/status"):format(pid, tid)) or ""
    if st:match("TracerPid:%s*(%d+)") ~= "0" then traced[#traced + 1] = tid end
    local s = st:match("State:%s*(%a)")
    if s == "t" or s == "T" then stopped[#stopped + 1] = tid end
  end
  local n = #tids(pid)
  H.ok(n == 4 and #traced == 0, desc .. ": all 4 threads detached",
       ("%d threads, still traced: %s"):format(n, table.concat(traced, " ")))
  H.ok(n == 4 and #stopped == 0, desc .. ": no thread left stopped",
       "stopped: " .. table.concat(stopped, " "))
  local e = H.read(err) or ""
  H.ok(e:find("Process " .. pid .. " attached with 4 threads", 1, true) and
       e:find("Process " .. pid .. " detached", 1, true), desc .. ": attached and detached messages", e)
  if hold then
    H.ok(wait_for(function() return (H.read(out) or ""):find("usr1 1") end, 3),
         desc .. ": the pending SIGUSR1 was delivered after the detach", H.read(out))
  end
  H.ok(not gone(pid) and runs(pid), desc .. ": the process keeps running")
  os.execute("kill -9 " .. pid)
end

detach_test("INT")
detach_test("TERM")
detach_test("HUP")
detach_test("TERM", true)

-- A process stopped by SIGSTOP before the attach stays stopped after the
-- detach (as without tracing), and SIGCONT still wakes it.
do
  local ticks = H.tmp .. "/stopped.ticks"
  local pid = spawn_bg(("%s 100 > %s"):format(victim("rl_ticker"), ticks))
  wait_for(function() return (H.read(ticks) or ""):find("tick 1") end)
  os.execute("kill -STOP " .. pid)
  wait_for(function() return state(pid) == "T" end)
  local err = H.tmp .. "/stopped.err"
  local mt = spawn_bg(("%s -o /dev/null -p %d 2>%s"):format(M, pid, err))
  wait_for(function() return (H.read(err) or ""):find("attached") end)
  sleep(0.2)
  os.execute("kill -INT " .. mt)
  wait_for(function() return gone(mt) end)
  local st = state(pid)
  local n = #lines_of(H.read(ticks) or "")
  H.ok(st == "T", "detach from a stopped process: it is still stopped (state " .. tostring(st) .. ")")
  os.execute("kill -CONT " .. pid)
  H.ok(wait_for(function() return #lines_of(H.read(ticks) or "") > n end, 2),
       "detach from a stopped process: SIGCONT wakes it")
  os.execute("kill -9 " .. pid)
end

-- A process caught sleeping: restart_syscall names the interrupted call, and
-- the line left open at the detach ends the way strace ends it.
do
  local pidfile = H.tmp .. "/sleep.pid"
  spawn_bg(("sh -c 'echo $$ > %s; exec sleep 5'"):format(pidfile))
  local pid = wait_for(function() return tonumber(H.read(pidfile) or "") end)
  wait_for(function() return (H.read("/proc/" .. pid .. "/comm") or ""):find("sleep") end)
  sleep(0.1)
  local trace = H.tmp .. "/sleep.trace"
  local err = H.tmp .. "/sleep.err"
  local mt = spawn_bg(("%s -o %s -p %d 2>%s"):format(M, trace, pid, err))
  wait_for(function() return (H.read(err) or ""):find("attached") end)
  sleep(0.3)
  os.execute("kill -INT " .. mt)
  wait_for(function() return gone(mt) end)
  local text = H.read(trace) or ""
  H.ok(text == "restart_syscall(<... resuming interrupted clock_nanosleep ...> <detached ...>\n",
       "attach to a sleeping process: restart_syscall names clock_nanosleep; <detached ...> ends the line",
       text)
  H.ok(state(pid) == "S", "attach to a sleeping process: it sleeps on after the detach")
  os.execute("kill " .. pid)
end

-- ---- spawned tracees: killed with the tracer, never early ------------------------

do
  -- moontrace dies (SIGKILL): the program it started dies with it (EXITKILL),
  -- and so does a child followed with -f
  local pidfile, kidfile = H.tmp .. "/exitkill.pid", H.tmp .. "/exitkill.kid"
  local mt = spawn_bg(("%s -f -o /dev/null sh -c 'sleep 30 & echo $! > %s; echo $$ > %s; wait' 2>/dev/null"):format(
    M, kidfile, pidfile))
  local pid = wait_for(function() return tonumber(H.read(pidfile) or "") end)
  local kid = tonumber(H.read(kidfile) or "")
  H.ok(pid and kid and not gone(pid), "EXITKILL: the traced command runs")
  os.execute("kill -9 " .. mt)
  H.ok(wait_for(function() return gone(pid) end, 3), "EXITKILL: moontrace killed: its command dies too")
  H.ok(kid and wait_for(function() return gone(kid) end, 3), "EXITKILL: and so does the child followed with -f")
  if pid and not gone(pid) then os.execute("kill -9 " .. pid) end
  if kid and not gone(kid) then os.execute("kill -9 " .. kid) end
end

-- A normal end never kills anything early: a background child outlives the
-- traced shell, with and without -f, with and without the seccomp filter.
for _, opts in ipairs{ "", "-f", "-e trace=write", "-f -e trace=write" } do
  local late = H.tmp .. "/late.txt"
  os.remove(late)
  local code = H.sh(("%s -o /dev/null %s sh -c '(sleep 0.3; echo late > %s) & exit 7'"):format(M, opts, late))
  H.ok(code == 7, ("normal end (%s): the command's exit status (got %s)"):format(opts, tostring(code)))
  H.ok(wait_for(function() return H.read(late) == "late\n" end, 3),
       ("normal end (%s): the background child finished its work"):format(opts))
end

-- SIGTERM to moontrace is passed on to the command it started; tracing goes
-- on until the command has dealt with it.
do
  local ready, got = H.tmp .. "/term.ready", H.tmp .. "/term.got"
  local rc = H.tmp .. "/term.rc"
  local mt = spawn_bg(("sh -c '%s -o /dev/null sh -c \"trap \\\"echo term > %s; exit 3\\\" TERM; touch %s; while :; do sleep 0.05; done\"; echo $? > %s'"):format(
    M, got, ready, rc))
  wait_for(function() return H.read(ready) end)
  os.execute(("pkill -TERM -P %d -x moontrace"):format(mt))
  H.ok(wait_for(function() return H.read(rc) end, 5) == "3\n",
       "SIGTERM to moontrace: forwarded, the command's trap runs and its status is kept", H.read(rc))
  H.ok(H.read(got) == "term\n", "SIGTERM to moontrace: the command got SIGTERM")
end

-- ---- job control --------------------------------------------------------------

do
  local jobctl = victim("rl_jobctl")
  H.same("job control: SIGSTOP/SIGTSTP stop, SIGCONT resumes", {}, { jobctl }, { merge = true })
  local code, out = H.sh(M .. " -o /dev/null " .. jobctl)
  H.ok(code == 0 and out == "SIGSTOP: stopped until SIGCONT\nSIGTSTP: stopped until SIGCONT\n",
       "job control: the program really stopped until SIGCONT", out)
end

-- Stopped and continued from outside: no progress while stopped.
do
  local ticks = H.tmp .. "/ticks.txt"
  local mt = spawn_bg(("%s -o %s/ticker.trace %s 30 > %s"):format(M, H.tmp, victim("rl_ticker"), ticks))
  wait_for(function() return (H.read(ticks) or ""):find("tick 2") end)
  local pid = tonumber(io.popen("pgrep -P " .. mt .. " rl_ticker"):read("l") or "")
  os.execute("kill -STOP " .. pid)
  sleep(0.3)
  local n1 = #lines_of(H.read(ticks) or "")
  sleep(0.5)
  local n2 = #lines_of(H.read(ticks) or "")
  local st = state(pid)
  H.ok(n1 == n2 and (st == "t" or st == "T"), ("SIGSTOP from outside: no progress while stopped (state %s, %d -> %d ticks)"):format(st, n1, n2))
  os.execute("kill -CONT " .. pid)
  H.ok(wait_for(function() return #lines_of(H.read(ticks) or "") > n2 end, 2), "SIGCONT from outside: it runs again")
  os.execute("kill -9 " .. pid)
  wait_for(function() return gone(mt) end)
  local trace = H.read(H.tmp .. "/ticker.trace") or ""
  H.ok(trace:find("--- stopped by SIGSTOP ---", 1, true) and trace:find("--- SIGCONT {", 1, true),
       "SIGSTOP/SIGCONT from outside: both in the trace", trace:sub(-400))
end

-- Ctrl-Z in an interactive shell, then fg: moontrace must behave as strace.
local function ctrl_z(tracer)
  local sock = "rl" .. H.tmp:match("[^/]+$"):gsub("%W", "")
  local tmux = "tmux -L " .. sock .. " "
  local dir = H.tmp .. "/ctrlz-" .. tracer:match("[^/]+$")
  os.execute("mkdir -p " .. dir)
  os.execute(tmux .. "new-session -d -s z -x 200 -y 50 'bash --norc --noprofile -i'")
  sleep(0.3)
  local cmd = ("%s -o %s/trace %s 20 > %s/ticks"):format(tracer, dir, victim("rl_ticker"), dir)
  os.execute(tmux .. "send-keys -t z " .. H.shquote(cmd) .. " Enter")
  wait_for(function() return (H.read(dir .. "/ticks") or ""):find("tick 3") end)
  os.execute(tmux .. "send-keys -t z C-z")
  local r = {}
  local tty = io.popen(tmux .. "display -p -t z '#{pane_tty}'"):read("l")
  local function states()
    local s = {}
    local ps = io.popen("ps -o stat=,comm= -t " .. tty)
    for l in ps:lines() do
      local st, comm = l:match("^(%S+)%s+(%S+)")
      if comm == "rl_ticker" then s.tracee = st:sub(1, 1) end
      if comm == tracer:match("[^/]+$") then s.tracer = st:sub(1, 1) end
    end
    ps:close()
    return s
  end
  wait_for(function() return states().tracer == "T" end, 2)
  sleep(0.2)
  local s = states()
  r.tracer_stopped, r.tracee_stopped = s.tracer, s.tracee
  local n1 = #lines_of(H.read(dir .. "/ticks") or "")
  sleep(0.4)
  r.frozen = #lines_of(H.read(dir .. "/ticks") or "") == n1
  os.execute(tmux .. "send-keys -t z fg Enter")
  sleep(0.3)
  s = states()
  r.tracer_resumed, r.tracee_resumed = s.tracer == "S" or s.tracer == "R", s.tracee == "S" or s.tracee == "R"
  wait_for(function() return #lines_of(H.read(dir .. "/ticks") or "") == 20 end, 5)
  -- (not the rc file: bash runs the rest of the line at Ctrl-Z already)
  wait_for(function() return states().tracer == nil end, 3)
  r.ticks = #lines_of(H.read(dir .. "/ticks") or "")
  local trace = H.read(dir .. "/trace") or ""
  r.sigcont = trace:find("--- SIGCONT {", 1, true) ~= nil
  r.exited = trace:find("+++ exited with 0 +++\n", 1, true) ~= nil
  os.execute(tmux .. "kill-server 2>/dev/null")
  return r
end

if os.execute("command -v tmux >/dev/null 2>&1") then
  local want = ctrl_z("strace")
  local got = ctrl_z(M)
  for _, k in ipairs{ "tracer_stopped", "tracee_stopped", "frozen", "tracer_resumed", "tracee_resumed",
                      "ticks", "sigcont", "exited" } do
    H.ok(want[k] == got[k], ("Ctrl-Z and fg in a shell: %s as strace (%s)"):format(k, tostring(got[k])),
         ("strace: %s, moontrace: %s"):format(tostring(want[k]), tostring(got[k])))
  end
  H.ok(got.tracer_stopped == "T" and got.frozen and got.ticks == 20 and got.exited,
       "Ctrl-Z stops both, fg resumes both, the trace ends with the exit")
else
  skip("Ctrl-Z and fg in a shell", "no tmux")
end

-- ---- signals ----------------------------------------------------------------------

do
  local sigs = victim("rl_signals")
  local _, plain = H.sh(sigs)
  local _, traced = H.sh(M .. " -o /dev/null " .. sigs)
  H.ok(plain ~= "" and plain == traced, "signals: the handler sees the same siginfo traced and untraced",
       "untraced:\n" .. plain .. "traced:\n" .. traced)
  H.same("signals: queued, blocked, real-time and kernel signals", {}, { sigs }, { merge = true })
end

-- A core dump: strace's "(core dumped)"; run where core_pattern puts a file
-- in the current directory.
do
  local dir = H.tmp .. "/core"
  os.execute("mkdir -p " .. dir)
  local pattern = H.read("/proc/sys/kernel/core_pattern") or ""
  local la, lb, ca, cb = H.both({}, { victim("rl_core") }, { env = "cd " .. dir .. " &&", merge = true })
  local same = H.score(la, lb) == math.max(#la, #lb)
  H.ok(same and ca == cb, "core dump: trace and exit status as strace's (" .. tostring(cb) .. ")", H.diff(la, lb))
  if has_line(la, "core dumped") then
    H.ok(has_line(lb, "%+%+%+ killed by SIGSEGV %(core dumped%) %+%+%+"), "core dump: +++ killed by SIGSEGV (core dumped) +++")
  else
    skip("core dump: (core dumped)", "the kernel dumps no core here (core_pattern " .. pattern:gsub("\n", "") .. ")")
  end
  os.execute("rm -rf " .. dir)
end

-- ---- threads and processes ----------------------------------------------------

-- 64 threads x 2,000 calls: -c counts every one (with and without the filter).
for _, extra in ipairs{ { "-e", "trace=getppid" }, { "--no-seccomp-bpf" } } do
  local args = table.concat(extra, " ")
  local code, _, err = H.sh(("%s -f -c -o %s/count.txt %s %s 64 2000"):format(M, H.tmp, args, victim("threads")))
  local count = (H.read(H.tmp .. "/count.txt") or ""):match("%s(%d+)%s+getppid\n")
  H.ok(code == 0 and tonumber(count) == 128000,
       ("64 threads x 2000 getppid (%s): -c counts 128000 (got %s)"):format(args, tostring(count)), err)
end

-- 300 short-lived children under -f: an exit line for each.
do
  local trace = H.tmp .. "/forks.trace"
  local code = H.sh(("%s -f -o %s %s 300"):format(M, trace, victim("rl_forks")))
  local exits = 0
  for _ in (H.read(trace) or ""):gmatch("%+%+%+ exited with %d+ %+%+%+") do exits = exits + 1 end
  H.ok(code == 0, "300 children: every child's status reached the parent (exit 0, got " .. tostring(code) .. ")")
  H.ok(exits == 301, ("300 children: 301 exit lines (got %d)"):format(exits))
end

H.same("execve from a non-leader thread", { "-f" }, { victim("rl_threads") }, { merge = true })
do
  -- the leader outside any call when the thread execs: the execve line ends
  -- "<pid changed to PID ...>" (strace's words), not "<unfinished ...>"
  local _, lb = H.same("execve from a non-leader thread, the leader in user space", { "-f" },
                       { victim("rl_threads"), "busy" }, { merge = true })
  H.ok(has_line(lb, "^P1%.1 execve%(.* <pid changed to P1 %.%.%.>$"),
       "non-leader execve: <pid changed to PID ...>", table.concat(lb, "\n"))
end
H.same("vfork children followed", { "-f" }, { victim("rl_vfork") }, { merge = true })

-- ---- interrupted and restarted calls ----------------------------------------------

do
  local _, lb = H.same("ERESTARTSYS and restart_syscall", {}, { victim("rl_restart") }, { merge = true })
  H.ok(has_line(lb, "^P1 read%(3, 0xADDR, 1%) = %? ERESTARTSYS %(To be restarted if SA_RESTART is set%)$"),
       "read interrupted: = ? ERESTARTSYS (To be restarted if SA_RESTART is set)", table.concat(lb, "\n"))
  H.ok(has_line(lb, "^P1 restart_syscall%(<%.%.%. resuming interrupted clock_nanosleep %.%.%.>%) = 0$"),
       "sleep interrupted: restart_syscall(<... resuming interrupted clock_nanosleep ...>)")
end

-- ---- scripts ------------------------------------------------------------------
-- (cli_test.lua: file:line and traceback, tracing goes on, --strict, Ctrl-C in
-- an endless hook, a syntax error refused before anything starts)

-- A script that asks for strict mode: its first hook error stops tracing
-- cleanly (status 1); the program is let go and finishes its work.
do
  local script, done = H.tmp .. "/strict.lua", H.tmp .. "/strict.done"
  H.write(script, [[
strict()
local n = 0
on("exit", function(ev)
  n = n + 1
  if n == 3 then error("third call") end
end)
]])
  local code, _, err = H.sh(("%s -l %s sh -c 'sleep 0.2; echo done > %s'"):format(M, script, done))
  H.ok(code == 1 and err:find("strict%.lua:5: third call") and err:find("stopping %(strict mode%)"),
       "strict() in a script: the first hook error stops tracing, status 1", err)
  H.ok(wait_for(function() return H.read(done) == "done\n" end, 3),
       "strict() in a script: the program, let go, finishes its work")
end

-- ---- memory: unreadable pointers, bytes that must be escaped ----------------------

do
  local mem = victim("rl_memory")
  H.same("unreadable pointers and escaping", {}, { mem })
  H.same("unreadable pointers and escaping -x", { "-x" }, { mem })
  H.same("unreadable pointers and escaping -s 1000", { "-s", "1000" }, { mem })
  -- nothing in a trace can drive a terminal: printable ASCII and newlines only
  local _, _, err = H.sh(M .. " -s 1000 " .. mem)
  local bad = err:find("[^\n\32-\126]")
  H.ok(not bad, "no control byte reaches the terminal", bad and ("byte %d at %d"):format(err:byte(bad), bad))
end

-- ---- bad command lines: one clear line, exit 1 ------------------------------------

local function refuses(args, pattern)
  local code, _, err = H.sh(M .. " " .. args)
  local one = select(2, err:gsub("\n", "")) == 1
  H.ok(code == 1 and one and err:find(pattern) ~= nil,
       ("refused: moontrace %s"):format(args), ("status %s, stderr: %s"):format(tostring(code), err))
end

refuses("-e signal=bogus true", "^moontrace: invalid signal 'bogus'")
refuses("-e quiet=bogus true", "invalid quiet 'bogus'")
refuses("-e read=x true", "invalid descriptor 'x'")
refuses("-e write=1,y true", "invalid descriptor 'y'")
refuses("-e read=99999999999 true", "invalid descriptor '99999999999'")
refuses("-e decode-fds=bogus true", "invalid decode%-fds 'bogus'")
refuses("-e trace=/[ true", "invalid regular expression '%['")
refuses("-e trace= true", "invalid system call ''")
refuses("-e trace=!nosuch true", "invalid system call 'nosuch'")
refuses("-e abbrev=nosuch true", "invalid system call 'nosuch'")
refuses("-e status= true", "invalid status ''")
refuses("-e bogus=1 true", "invalid %-e qualifier 'bogus'")
refuses("-S bogus -c true", "invalid sortby: 'bogus'")
refuses("-U bogus -c true", "unknown column name: 'bogus'")
refuses("-O 1parsec -c true", "invalid %-O argument")
refuses("-c -C true", "mutually exclusive")
refuses("-w true", "must be given with")
refuses("-s 99999999999999999999 true", "invalid %-s argument")
refuses("-s 3000000000 true", "invalid %-s argument")
refuses("-s 1e3 true", "invalid %-s argument")
refuses("-a x true", "invalid %-a argument")
refuses("-a 99999999999999999999 true", "invalid %-a argument")
refuses("-X bogus true", "invalid %-X argument")
refuses("-I 9 true", "invalid %-I argument")
refuses("--color=x true", "invalid %-%-color argument")
refuses("--decode-pids=x true", "invalid %-%-decode%-pids argument")
refuses("--absolute-timestamps=bogus true", "invalid %-%-absolute%-timestamps argument")
refuses("--strings-in-hex=bogus true", "invalid %-%-strings%-in%-hex argument")
refuses("--unknown true", "unrecognized option '%-%-unknown'")
refuses("--follow-forks=1 true", "doesn't allow an argument")
refuses("-o", "option requires an argument")
refuses("-p 0", "Invalid process id: '0'")
refuses("-p 1,,2", "Invalid process id: ''")
refuses("-p 1e3", "Invalid process id: '1e3'")
refuses("-p 99999999999", "Invalid process id: '99999999999'")
-- control bytes in the bad text are shown escaped: still one line
refuses([[-e "$(printf 'trace=a\nb\033[2J')" true]], [[invalid system call 'a\012b\033%[2J']])

-- ---- permissions --------------------------------------------------------------------

local nobody = "setpriv --reuid=65534 --regid=65534 --clear-groups "
if is_root and os.execute("command -v setpriv >/dev/null 2>&1") then
  -- attaching to a process we may not trace: EPERM, said clearly, as strace says it
  local pid = spawn_bg("sleep 5")
  local code, _, err = H.sh(nobody .. M .. " -p " .. pid)
  local _, _, serr = H.sh(nobody .. "strace -p " .. pid)
  H.ok(code == 1 and err == ("moontrace: attach: ptrace(PTRACE_SEIZE, %d): Operation not permitted\n"):format(pid),
       "attach without permission: EPERM in one clear line, exit 1", err)
  H.ok(err == serr:gsub("^strace:", "moontrace:"), "attach without permission: strace's message", serr)
  os.execute("kill " .. pid)

  -- a setuid-root program traced by an unprivileged user runs without its
  -- privileges (the kernel's rule), and moontrace says so
  local dir = H.tmp .. "/suid"
  os.execute(("mkdir -p %s && chmod 755 %s %s && cp %s %s/ && chmod 4755 %s/rl_euid"):format(
    dir, H.tmp, dir, victim("rl_euid"), dir, dir))
  local prog = dir .. "/rl_euid"
  local _, plain = H.sh(nobody .. prog)
  if plain == "uid=65534 euid=0\n" then
    local c, out, e = H.sh(nobody .. M .. " -o /dev/null " .. prog)
    local _, sout = H.sh(nobody .. "strace -o /dev/null " .. prog)
    H.ok(c == 0 and out == "uid=65534 euid=65534\n" and out == sout,
         "setuid program traced: runs without its privileges, as under strace", out .. e)
    H.ok(e == ("moontrace: %s is setuid: it runs without its privileges while traced\n"):format(prog),
         "setuid program traced: moontrace says so in one line", e)
    c, out, e = H.sh(M .. " -o /dev/null " .. prog)
    H.ok(c == 0 and out == "uid=0 euid=0\n" and e == "", "setuid program traced by root: privileges kept, no notice", out .. e)
  else
    skip("setuid program traced", "setuid bits have no effect here: " .. plain)
  end
else
  skip("permissions", "needs root and setpriv")
end

-- ---- entries only where a hook wants them --------------------------------------------
-- A script hooked on exits gets no entry events (the core records the
-- entries and resumes at once), yet its exit events carry the arguments,
-- the memory they point to, the entry time, and ev:format() the whole line.

do
  local script = H.tmp .. "/exits.lua"
  H.write(script, [[
local writes = 0
on("enter", "write", function(ev) writes = writes + 1 end)
on("exit", "openat", function(ev)
  if ev.ret >= 0 and ev:str(ev.args[2], 64) == "/etc/hostname" then
    print("OPEN", ev.entry_seen, ev.dur >= 0, ev:format())
  end
end)
on("exit", "read", function(ev) if ev.ret > 0 then print("READ", ev:read(ev.args[2], ev.ret)) end end)
at_exit(function() print("WRITE_ENTRIES", writes) end)
]])
  -- dd reads and writes (cat, writing to a file, would copy_file_range)
  local c, out, e = H.sh(("%s -l %s -o %s/exits.out dd if=/etc/hostname status=none"):format(M, script, H.tmp))
  local text = H.read(H.tmp .. "/exits.out") or ""
  local host = (H.read("/etc/hostname") or "")
  H.ok(c == 0 and text:find('OPEN\ttrue\ttrue\topenat%(AT_FDCWD, "/etc/hostname", O_RDONLY%) = %d+\n') ~= nil,
       "exit-only hook: arguments, memory, entry time and the whole line at exit", text .. e)
  H.ok(text:find("READ\t" .. host, 1, true) ~= nil, "exit-only hook: the buffer a read filled", text)
  H.ok(text:find("WRITE_ENTRIES\t1\n") ~= nil, "an enter hook on write: its entries still come", text)
end

-- ---- no garbage per event ---------------------------------------------------------
-- The event tables are the tracees' own, refilled at each stop, and the
-- dispatch makes nothing either: with the collector stopped, a no-op hook
-- (or -c) on 8,000 syscalls leaves the Lua heap as it found it.

do
  local script = H.tmp .. "/garbage.lua"
  H.write(script, [[
local n, before = 0, nil
on("exit", function(ev)
  n = n + 1
  if n == 100 then collectgarbage("collect"); collectgarbage("stop"); before = collectgarbage("count") end
end)
at_exit(function()
  io.stderr:write(("GROWTH %d %.0f\n"):format(n - 100, (collectgarbage("count") - before) * 1024))
end)
]])
  H.sh("make -s -C " .. ROOT .. " build/bench/workload >/dev/null 2>&1")
  local loop = ROOT .. "/build/bench/workload loop 2000"
  for _, how in ipairs{ { "a no-op exit hook", "" }, { "-c", "-c -o /dev/null" } } do
    local _, _, e = H.sh(("%s %s -l %s %s"):format(M, how[2], script, loop))
    local calls, bytes = e:match("GROWTH (%d+) (%-?%d+)")
    calls, bytes = tonumber(calls), tonumber(bytes)
    H.ok(calls and calls >= 7900 and bytes < 1024,
         ("no garbage per event with %s: %s bytes over %s calls"):format(how[1], tostring(bytes), tostring(calls)), e)
  end
end

-- ---- the fuzz corpus (tests/fuzz) ------------------------------------------------

do
  local code, out = H.sh(("lua5.4 %s/tests/fuzz/replay.lua %s"):format(ROOT, ROOT))
  H.ok(code == 0 and out:find("filter: %d+ inputs, 0 failed") and out:find("decode: %d+ inputs, 0 failed"),
       "fuzz corpus: every input runs through the -e parser and the decoders cleanly", out)
end

H.done()
