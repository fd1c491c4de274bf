-- moontrace: the Lua API over the ptrace core.
--
--   local mt = require "moontrace"
--   local s = mt.session{ follow = true }
--   s:on("exit", "openat", function(ev) print(ev.name, ev.ret) end)
--   s:spawn{ "ls", "/" }
--   os.exit(s:run())
--
-- A session owns one tracer, the hooks registered on it and the output.
-- Hooks run under xpcall: an error in one is reported with file:line and a
-- traceback, and the tracee is resumed as if nothing happened.

local core = require "moontrace.core"

local M = { core = core, version = core.version }

-- ---- the syscall table -------------------------------------------------

M.syscalls = core.syscalls()          -- [nr] = { nr, name, nargs, classes }
M.classes = core.classes              -- class name -> bit
M.nr_of = {}                          -- name -> nr
for nr, s in pairs(M.syscalls) do M.nr_of[s.name] = nr end

-- ---- finding executables, as strace does before it forks -----------------

-- Resolve a command name to a path: names with a '/' are used as they are,
-- others are looked up in $PATH.  Returns path, or nil and strace's message.
function M.find_command(name)
  local function usable(p) return core.access(p, "f") end
  if name:find("/", 1, true) then
    if usable(name) then return name end
    return nil, ("Can't stat '%s': No such file or directory"):format(name)
  end
  for dir in ((os.getenv("PATH") or "/usr/local/bin:/usr/bin:/bin") .. ":"):gmatch("([^:]*):") do
    local p = (dir == "" and "." or dir) .. "/" .. name
    if usable(p) and core.access(p, "x") then return p end
  end
  return nil, ("Can't stat '%s': No such file or directory"):format(name)
end

-- ---- sessions -------------------------------------------------------------

local Session = {}
Session.__index = Session

-- A sleep interrupted by a signal without a handler: the kernel restarts it
-- as restart_syscall once the signal is dealt with.
local ERESTART_RESTARTBLOCK = 516

local KINDS = {
  enter = true, exit = true, signal = true, stop = true, fork = true,
  exec = true, exited = true, killed = true, detached = true,
  attach = true, finish = true,
}
M.KINDS = KINDS

-- Methods every event has: reads of the stopped tracee's memory.  Fields
-- computed on demand (errname, signame, syscall) come from LAZY.
local LAZY = {
  errname = function(ev)
    if not ev.err or ev.err == 0 then return nil end
    return require("moontrace.xlat.errno").name[ev.err]
  end,
  signame = function(ev)
    return ev.sig and require("moontrace.xlat.signals").name[ev.sig]
  end,
  syscall = function(ev) return ev.nr and M.syscalls[ev.nr] end,
  failed = function(ev) return ev.err ~= nil and ev.err ~= 0 end,
}

local function event_meta(t, session)
  local m = {}
  function m.read(ev, addr, len) return t:read(ev.pid, addr, len) end
  function m.str(ev, addr, max) return t:str(ev.pid, addr, max) end
  function m.peek(ev, addr, fmt)
    local s = t:read(ev.pid, addr, string.packsize(fmt))
    if not s then return nil end
    return (string.unpack(fmt, s))
  end
  function m.write(ev, addr, bytes) return t:write(ev.pid, addr, bytes) end

  -- Tampering.  At entry: change an argument, or skip the call and make
  -- it return ret (a number) or fail with an errno name.  At exit: change
  -- the result.  delay() holds the tracee that long.
  function m.set_arg(ev, i, v)
    local ok, err = t:set_arg(ev.pid, i, v)
    if ok then ev.args[i] = v end
    return ok, err
  end
  function m.skip(ev, ret)
    if ev.kind ~= "enter" then error("skip() works at syscall entry", 2) end
    local ok, err = t:set_syscall(ev.pid, -1)
    if ok then session.inject[ev.pid] = ret or 0 end
    return ok, err
  end
  function m.set_return(ev, v)
    if ev.kind ~= "exit" then error("set_return() works at syscall exit", 2) end
    if type(v) == "string" then
      local e = require("moontrace.xlat.errno").by_name[v]
      if not e then error("unknown errno name " .. v, 2) end
      v = -e
    end
    local ok, err = t:set_return(ev.pid, v)
    if ok then
      ev.ret = v
      ev.err = (v < 0 and v > -4096) and -v or 0
    end
    return ok, err
  end
  m.set_errno = m.set_return
  function m.delay(ev, seconds) core.sleep(seconds) end
  function m.format(ev) return session:format(ev) end
  return {
    methods = m,
    __index = function(ev, k)
      local f = m[k]
      if f then return f end
      local g = LAZY[k]
      if g then return g(ev) end
      return nil
    end,
  }
end

function M.session(opts)
  opts = opts or {}
  local t = core.new()
  local s = setmetatable({
    t = t,
    opts = opts,
    hooks = {},            -- kind -> { {fn=, nrs=set|nil, owner=} ... }
    inject = {},           -- pid -> result of a skipped call
    timers = {},
    first_pid = nil,       -- whose status moontrace exits with
    exit_status = 0,
    stopping = false,
    on_error = nil,
  }, Session)
  for k in pairs(KINDS) do s.hooks[k] = {} end
  s.meta = event_meta(t, s)
  s.methods = s.meta.methods
  t:set_event_meta(s.meta)
  -- Entry events only for the syscalls an "enter" hook wants (Session:on):
  -- the others' entries are recorded by the core for their exit events.
  t:report_entries(false)
  t:follow(opts.follow and true or false)
  return s
end

-- Resolve a syscall selector ("openat", "%file", 257, or a list of them)
-- into a set of numbers; nil means every syscall.
function M.select(spec)
  if spec == nil then return nil end
  if type(spec) ~= "table" then spec = { spec } end
  local set = {}
  for _, item in ipairs(spec) do
    if type(item) == "number" then
      set[item] = true
    elseif item:sub(1, 1) == "%" then
      local bit = M.classes[item:sub(2)] or (item == "%net" and M.classes.network)
      if not bit then error(("unknown syscall class '%s'"):format(item), 3) end
      for nr, sc in pairs(M.syscalls) do
        if sc.classes & bit ~= 0 then set[nr] = true end
      end
    else
      local nr = M.nr_of[item]
      if not nr then error(("unknown syscall '%s'"):format(item), 3) end
      set[nr] = true
    end
  end
  return set
end

-- s:on(kind, [selector], fn): register a hook.  Syscall hooks ("enter",
-- "exit") may be limited to some syscalls.  Returns a handle for s:off().
function Session:on(kind, sel, fn, owner)
  if fn == nil then sel, fn = nil, sel end
  if not KINDS[kind] then error(("unknown event kind '%s'"):format(tostring(kind)), 2) end
  if type(fn) ~= "function" then error("hook function expected", 2) end
  local h = { fn = fn, nrs = M.select(sel), owner = owner, kind = kind }
  table.insert(self.hooks[kind], h)
  if kind == "enter" then
    if h.nrs == nil then self.t:report_entries(true)
    else for nr in pairs(h.nrs) do self.t:report_entry(nr, true) end end
  end
  return h
end

function Session:off(h)
  local list = self.hooks[h.kind]
  for i = #list, 1, -1 do
    if list[i] == h then table.remove(list, i) end
  end
end

-- The stop set: which syscalls the core reports.  nil = all.
function Session:set_traced(set)
  local t = self.t
  if set == nil then t:trace_all(true) return end
  t:trace_all(false)
  for nr in pairs(set) do t:trace(nr, true) end
end

-- Start a command.  argv[1] is looked up in $PATH as strace does.
function Session:spawn(argv, env)
  local path, err = M.find_command(argv[1])
  if not path then return nil, err end
  local pid, msg = self.t:spawn(path, argv, env)
  if not pid then return nil, ("exec: %s"):format(msg) end
  self.first_pid = self.first_pid or pid
  self:emit_attach(pid, "spawn")
  return pid
end

function Session:attach(pid)
  local n, msg, errname = self.t:attach(pid)
  if not n then
    return nil, ("attach: ptrace(PTRACE_SEIZE, %d): %s"):format(pid, msg), errname
  end
  self.attached = self.attached or {}
  self.attached[pid] = n
  -- Threads caught sleeping go on with restart_syscall: note their calls.
  self.caught_in_call = self.caught_in_call or {}
  for tid, name in pairs(M.calls_in_progress(pid)) do self.caught_in_call[tid] = name end
  self:emit_attach(pid, "attach", n)
  return n
end

-- The syscall each thread of pid is blocked in, from /proc: { [tid] = name }.
function M.calls_in_progress(pid)
  local calls = {}
  local ls = io.popen(("ls /proc/%d/task 2>/dev/null"):format(pid))
  if not ls then return calls end
  for tid in ls:lines() do
    local f = io.open(("/proc/%d/task/%s/syscall"):format(pid, tid))
    local nr = f and tonumber((f:read("l") or ""):match("^%d+"))
    if f then f:close() end
    local sc = nr and M.syscalls[nr]
    if sc then calls[tonumber(tid)] = sc.name end
  end
  ls:close()
  return calls
end

-- "attach" is a session event, not a core one: a tracee we started or
-- attached to before the loop began.
function Session:emit_attach(pid, how, nthreads)
  local ev = { kind = "attach", pid = pid, tgid = pid, how = how, threads = nthreads,
               time = core.now() }
  self:dispatch(ev)
end

-- A hook failed: say where, with the traceback, and go on; in strict
-- mode (s.strict) stop tracing, as cleanly as on exit().
local function report_error(s, h, err)
  local msg = tostring(err)
  if s.on_error then return s.on_error(h, msg) end
  io.stderr:write("moontrace: error in hook: ", msg, "\n")
  if s.strict then
    io.stderr:write("moontrace: stopping (strict mode)\n")
    s:stop(1)
  end
end

-- The hooks of ev's kind that want it (h.nrs holds ev.nr, h.pred(ev)),
-- each called protected, with a traceback, interruptible (core.call_hooks,
-- in C: it runs at every stop).  A failure is reported and the hooks after
-- it still run.
local call_hooks = core.call_hooks
local function dispatch(self, ev)
  local list = self.hooks[ev.kind]
  ev.quiet = false    -- a hook sets it to keep the default view's line out
  if #list == 0 then return end
  local h, err, i = call_hooks(list, ev)
  while h do
    report_error(self, h, err)
    h, err, i = call_hooks(list, ev, i + 1)
  end
end
Session.dispatch = dispatch

-- Stop tracing: detach from attached processes, kill spawned ones.
function Session:stop(status)
  self.stopping = true
  if status then self.forced_status = status end
end

function Session:detach(pid)
  if pid then return self.t:detach(pid) end
  self.t:detach_all()
end

-- What a dead tracee means for moontrace's own exit status.
local function note_death(s, ev)
  if ev.pid ~= s.first_pid then return end
  if ev.kind == "exited" then s.exit_status = ev.status
  else s.exit_status = 128 + ev.sig end
end

-- Handle caught signals (see core.catch_signal): s.on_signal(sig), or
-- by default stop.
function Session:poll_signals()
  local sig = core.pending_signal()
  while sig do
    if sig == 14 and #self.timers > 0 then
      self:run_timers()
    elseif self.on_signal then
      self.on_signal(sig)
    else
      self.stopping = true
    end
    sig = core.pending_signal()
  end
end

-- s:every(seconds, fn): call fn(now) about every `seconds` while tracing
-- (SIGALRM interrupts the wait for events, so idle tracees don't delay it).
function Session:every(seconds, fn)
  local first = #self.timers == 0
  table.insert(self.timers, { every = seconds, fn = fn, due = core.monotonic() + seconds })
  local tick = seconds
  for _, tm in ipairs(self.timers) do tick = math.min(tick, tm.every) end
  if first then core.catch_signal(14) end
  core.set_timer(math.min(tick, 1))
end

function Session:run_timers()
  local now = core.monotonic()
  for _, tm in ipairs(self.timers) do
    if now >= tm.due then
      -- from the schedule, not from now: the alarm rings on the schedule,
      -- and now + every would fall just after the next ring (a skipped tick)
      tm.due = math.max(tm.due + tm.every, now)
      local ok, err = xpcall(tm.fn, debug.traceback, core.now())
      if not ok then io.stderr:write("moontrace: error in timer: ", tostring(err), "\n") end
    end
  end
end

-- A strace-style line for an event (the line module renders it).
function Session:format(ev)
  return require("moontrace.line").format(ev)
end

-- One event: wait for it, dispatch it to the hooks, return it.  The
-- tracee stays stopped until the next step.  Returns nil when nothing is
-- traced any more, false when interrupted by a caught signal.
-- (This runs at every stop: plain field reads, the common kinds first.)
local t_next          -- the tracer method next(), looked up once
function Session:step()
  local t = self.t
  t_next = t_next or t.next
  local ev, msg, errname = t_next(t)
  if not ev then
    if ev == nil then return nil end
    -- EINTR: a caught signal (or timer) is pending, handled here
    if errname ~= "EINTR" then error("waiting for tracees: " .. tostring(msg)) end
    self:poll_signals()
    return false
  end
  local kind = ev.kind
  if kind == "exit" then
    local inject = self.inject
    local v = inject[ev.pid]
    if v ~= nil then
      inject[ev.pid] = nil
      ev:set_return(v)
    elseif ev.err == ERESTART_RESTARTBLOCK then
      -- the kernel goes on with restart_syscall, whose line names this call
      -- (the event table is the pid's own, kept from stop to stop)
      ev.resumes = ev.name
    end
  elseif kind == "exited" or kind == "killed" then
    note_death(self, ev)
    self.inject[ev.pid] = nil
  end
  local caught = self.caught_in_call
  if caught and caught[ev.pid] then
    ev.resumes = caught[ev.pid]
    caught[ev.pid] = nil
  end
  self:dispatch(ev)    -- a method: the REPL wraps it per session
  if kind == "exec" and self.detach_on_exec then self:exec_detach(ev) end
  return ev
end

-- strace -b execve: let a process go at its execve, except the spawned
-- command's own first one (s.detach_on_exec = { [pid] = "keep once" }).
function Session:exec_detach(ev)
  local keep = self.detach_on_exec
  if keep[ev.pid] then keep[ev.pid] = nil; return end
  if self.t:detach(ev.pid) then
    -- the view closes the execve line left open: " <detached ...>"
    self:dispatch({ kind = "detached", pid = ev.pid, time = core.now() })
  end
end

-- End the session: detach what is left (when stopping early) and run the
-- "finish" hooks.  Returns moontrace's exit status.
function Session:finish()
  if self.finished then return self.forced_status or self.exit_status end
  self.finished = true
  if #self.timers > 0 then core.set_timer(0) end
  if self.stopping then self.t:detach_all() end
  self:dispatch({ kind = "finish", time = core.now() })
  return self.forced_status or self.exit_status
end

-- Run until nothing is traced or a hook calls s:stop().
function Session:run()
  -- signals caught meanwhile make step() return false after handling them
  -- (t:next() does not wait while one is pending)
  self:poll_signals()
  local step = self.step
  while not self.stopping do
    if step(self) == nil then break end
  end
  return self:finish()
end

function Session:close()
  self.t:close()
end

return M
