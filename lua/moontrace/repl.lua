-- moontrace.repl: the Lua prompt of `moontrace -i`, and repl() in scripts.
--
--   moontrace -i cat /etc/hostname     stopped at the program's first syscall
--   moontrace -i -p 1234               stopped at the first syscall after attaching
--   on("enter", "openat", function(ev) repl() end)    a breakpoint in a script
--
-- A prompt opens inside the session's dispatch, after every hook has seen
-- the event, so the tracee of `ev` stays stopped while the prompt is open.
-- step() runs one event in place; cont() leaves the prompt (the rest of its
-- line is dropped) and the session runs on until a breakpoint, a
-- predicate, Ctrl-C or the end, where the next prompt opens.  So a hook
-- that called repl() goes on once its prompt is left.
--
-- On a terminal lines are read with readline (moontrace.readline: history,
-- completion); otherwise with io.read and no prompt, so a pipe of commands
-- gives clean output.

local mt = require "moontrace"
local scripts = require "moontrace.scripts"
local errnos = require "moontrace.xlat.errno"
local signals = require "moontrace.xlat.signals"
local core = mt.core

local M = {}

-- Raised by cont(), quit() and kill(): ends the line and the prompt.
local LEAVE = setmetatable({}, { __tostring = function() return "(prompt left)" end })

local SI_KERNEL = 0x80     -- si_code of a signal sent by the terminal driver

local HELP = [[
  ev                     the current event (ev.name, ev.args[2], ev:str(addr), ...)
  step([n])              run to the next stop (n times) and show it
  cont([fn])             run until a breakpoint, fn(ev) is true, Ctrl-C or the end
  brk("openat")          stop at entry of a syscall (or "%file", {"read","write"})
  brk{errno="EACCES"}    stop when a call fails so; also signal=, pid=, kind=, exit=true
  brk(fn)  brk()         stop when fn(ev) is true; list the breakpoints
  unbrk([n])             remove breakpoint n, or all
  ps()                   the traced processes
  mem(addr, len)         tracee memory, as a string of bytes
  str(addr)              a NUL-terminated string of the tracee
  bt([pid])              the stopped tracee's call stack
  ret(v)  errno("ENOENT")  change the current call's result (skips it at entry)
  load("script")         attach a script's hooks now; reload() re-reads scripts
  detach([pid])  kill()  let go of the tracees; kill the spawned ones and end
  quit([status])         end (spawned programs go on untraced); also Ctrl-D
Expressions print their value; Ctrl-C stops a running program.]]

local function say(...)
  io.stdout:write(...)
  io.stdout:write("\n")
  io.stdout:flush()
end

local read_file = require("moontrace.proc").read_file

local function xdg(var, fallback)
  local d, home = os.getenv(var), os.getenv("HOME")
  if d and d ~= "" then return d end
  return home and (home .. "/" .. fallback) or nil
end

-- ---- printing values ---------------------------------------------------

local ESC = { ["\n"] = "\\n", ["\t"] = "\\t", ["\r"] = "\\r", ['"'] = '\\"', ["\\"] = "\\\\" }

local function quote(s, max)
  max = max or 256
  local body = s:sub(1, max):gsub('[%c"\\\128-\255]', function(c)
    return ESC[c] or ("\\x%02x"):format(c:byte())
  end)
  if #s > max then return ('"%s"... (%d bytes)'):format(body, #s) end
  return '"' .. body .. '"'
end

-- Integers past 32 bits are nearly always addresses: hex reads better.
local function scalar(v, top)
  if math.type(v) == "integer" then
    if top and (v >= 0x10000 or v < -0x10000) then return ("%d (0x%x)"):format(v, v) end
    if not top and (v >= 1 << 32 or v < -(1 << 32)) then return ("0x%x"):format(v) end
  elseif type(v) == "string" then
    return quote(v)
  end
  return tostring(v)
end

local function key_order(a, b)
  local ta, tb = type(a), type(b)
  if ta ~= tb then return ta < tb end
  if ta == "number" or ta == "string" then return a < b end
  return tostring(a) < tostring(b)
end

local function pretty(v, top, indent, seen)
  local meta = getmetatable(v)
  if type(v) ~= "table" or (meta and meta.__tostring) then return scalar(v, top) end
  seen, indent = seen or {}, indent or ""
  if seen[v] then return "<cycle>" end
  if #indent >= 8 then return "{...}" end
  seen[v] = true
  local items, n, keys = {}, rawlen(v), {}
  for i = 1, n do items[i] = pretty(rawget(v, i), false, indent .. "  ", seen) end
  for k in next, v do
    if not (math.type(k) == "integer" and k >= 1 and k <= n) then keys[#keys + 1] = k end
  end
  table.sort(keys, key_order)
  for _, k in ipairs(keys) do
    local name = type(k) == "string" and k:match("^[%a_][%w_]*$") and k or "[" .. scalar(k) .. "]"
    items[#items + 1] = name .. " = " .. pretty(rawget(v, k), false, indent .. "  ", seen)
  end
  seen[v] = nil
  if #items == 0 then return "{}" end
  local one = "{ " .. table.concat(items, ", ") .. " }"
  if #one + #indent <= 78 and not one:find("\n", 1, true) then return one end
  return "{\n" .. indent .. "  " .. table.concat(items, ",\n" .. indent .. "  ") .. "\n" .. indent .. "}"
end
M.pretty = function(v) return pretty(v, true) end

-- ---- the line the strace view leaves open ---------------------------------

-- The strace view writes a syscall's line in two halves, at entry and at
-- exit.  A prompt in between would land inside the line, so before a prompt
-- the line is closed with " <unfinished ...>" and its second half is
-- announced with "<... name resumed>", as strace does when another process
-- cuts in.  cli.lua wraps the trace output with this when -i writes to stderr.
function M.wrap_output(real)
  local w = { open = "" }
  function w.write(self, ...)
    for i = 1, select("#", ...) do
      local s = tostring((select(i, ...)))
      local b = s ~= "" and self.broken
      if b then
        self.broken = nil
        if s:sub(1, 17) == " <unfinished ...>" then   -- the view closes it itself
          s = s:sub(18):gsub("^\n", "", 1)
        else
          real:write(b.prefix, "<... ", b.name, " resumed>")
        end
      end
      if s ~= "" then
        real:write(s)
        local tail = s:match("[^\n]*$")
        self.open = s:find("\n", 1, true) and tail or self.open .. tail
      end
    end
    return self
  end
  function w.break_line(self)
    if self.open ~= "" then
      local prefix = self.open:match("^%[pid +%d+%] ") or self.open:match("^%d+ +") or ""
      local name = self.open:sub(#prefix + 1):match("^([%w_]+)%(")
      real:write(" <unfinished ...>\n")
      self.open, self.broken = "", name and { prefix = prefix, name = name }
    end
    real:flush()
  end
  function w.close()
    if real ~= io.stderr and real ~= io.stdout then return real:close() end
    return true
  end
  return setmetatable(w, { __index = function(_, k)
    local f = real[k]
    if type(f) ~= "function" then return f end
    return function(_, ...) return f(real, ...) end
  end })
end

-- ---- the REPL and when it stops ----------------------------------------------

local R = {}
R.__index = R

-- One REPL per session: prompts, breakpoints and history are shared by
-- `moontrace -i` and by every repl() a script calls.
function M.get(session, opts)
  if session.repl then return session.repl end
  local self = setmetatable({ s = session, t = session.t, opts = opts or session.opts or {},
    breaks = {}, nbreaks = 0, depth = 0, known = {}, extra = {}, tty = core.isatty(0) }, R)
  session.repl = self
  if self.tty then
    local ok, rl = pcall(require, "moontrace.readline")
    if ok then self.rl = rl else self.tty = false end
  end
  self.env = self:environment()
  -- Prompts come after every hook: this session's dispatch is wrapped, so
  -- the view has printed the line when the prompt shows.
  local base = session.dispatch
  self.base_dispatch = getmetatable(session).dispatch   -- Session.dispatch, for repl()
  session.t:report_entries(true)     -- the prompt stops at entries too
  session.dispatch = function(sess, ev)
    if ev.kind == "attach" or ev.kind == "finish" then return base(sess, ev) end
    if ev.kind == "signal" then self:filter_ctrl_c(ev) end
    self.current = ev
    base(sess, ev)
    self:after(ev)
  end
  self:open_history()
  return self
end

-- Ctrl-C reaches the spawned program too (same terminal process group).
-- Like gdb, keep it from the program: it means "stop", not "die".
function R:filter_ctrl_c(ev)
  if not self.interactive or ev.sig ~= 2 or not ev.siginfo then return end
  local _, _, code = string.unpack("<i4i4i4", ev.siginfo)
  if code ~= SI_KERNEL then return end
  self.t:set_signal(ev.pid, 0)
  self.ctrl_c, self.ctrl_c_at = true, core.monotonic()
end

-- Stops of syscalls outside -e trace= and the breakpoints' are not shown
-- (the view shows only -e trace=).
function R:visible(ev, by_view)
  local sel = self.opts.trace
  return sel == nil or (ev.kind ~= "enter" and ev.kind ~= "exit") or sel[ev.nr]
    or not by_view and self.extra[ev.nr] or false
end

-- Why ev stops the program, or nil.
function R:stop_reason(ev)
  if self.ctrl_c then
    self.ctrl_c = false
    return "interrupted (the program's SIGINT from Ctrl-C is not delivered)"
  end
  local want = self.stop_next
  if want == "any" and self:visible(ev) or want == "syscall" and (ev.kind == "enter" or ev.kind == "exit") then
    self.stop_next = nil
    self:narrow_again()
    return self.stop_why
  end
  for _, b in ipairs(self.breaks) do
    if b.match(ev) then
      b.hits = b.hits + 1
      return ("breakpoint %d: %s"):format(b.id, b.desc)
    end
  end
  if self.until_fn then
    local ok, yes = pcall(self.until_fn, ev)
    if not ok or yes then
      self.until_fn = nil
      return ok and "cont(): condition met" or ("cont(): condition failed: " .. tostring(yes))
    end
  end
end

function R:after(ev)
  self.known[ev.pid] = not (ev.kind == "exited" or ev.kind == "killed") or nil
  if ev.kind == "fork" and ev.child then self.known[ev.child] = true end
  if self.stepping then self.ctrl_c = false end   -- step() shows the stop itself
  if self.quitting or self.killing or self.stepping then return end
  local why = self:stop_reason(ev)
  if why then self:prompt(ev, why) end
end

-- ---- input ---------------------------------------------------------------

function R:open_history()
  if not self.tty then return end
  self.rl.set_completer(function(word, line, start) return self:complete(word, line, start) end)
  local dir = xdg("XDG_STATE_HOME", ".local/state")
  if not dir or not self.rl.mkdir_p(dir .. "/moontrace") then return end
  self.histfile = dir .. "/moontrace/history"
  self.rl.read_history(self.histfile)
  self.rl.truncate_history(self.histfile, 1000)
end

function R:remember(line)
  if not self.tty or not line:find("%S") or line == self.last_line then return end
  self.last_line = line
  self.rl.add_history(line)
  if self.histfile then self.rl.append_history(self.histfile) end
end

-- A line of input, or nil at the end of input.
function R:read_line(prompt)
  while true do
    if self.tty then
      local line = self.rl.readline(prompt)
      if line ~= false then return line end    -- false: Ctrl-C dropped the line
    else
      local line, _, code = io.stdin:read("l")
      if line or code ~= 4 then return line end  -- 4: EINTR, a signal: read on
      self.s:poll_signals()
      self.interrupted = false
    end
  end
end

-- ---- the prompt --------------------------------------------------------------

function R:describe(ev)
  local ok, text = pcall(self.s.format, self.s, ev)
  if not ok then text = ev.kind .. " " .. tostring(ev.signame or ev.name or "") end
  if ev.kind == "enter" then text = text .. " <unfinished ...>" end
  if self.t:count() > 1 then text = ("[pid %5d] "):format(ev.pid) .. text end
  return text
end

-- Show a stop: the strace view, when it writes to the terminal, has shown
-- it already (unless -e trace= keeps it out); else a line of our own.
function R:show(ev)
  local out, view = self.opts.out, false
  if out and out.break_line then out:break_line() elseif out then out:flush() end
  for _, list in pairs(self.opts.out_is_stderr and self.s.hooks or {}) do
    for _, h in ipairs(list) do view = view or (h.owner and h.owner.name == "strace") end
  end
  if ev and (not view or not self:visible(ev, true)) then say(self:describe(ev)) end
end

function R:set_ev(ev)
  self.ev, self.env.ev = ev, ev
end

function R:cancel_timer()
  if self.timer_armed then core.set_timer(0) end
  self.timer_armed = false
end

local function compile(src, env)
  local f = load("return " .. src, "=stdin", "t", env)
  if f then return f end
  return load(src, "=stdin", "t", env)
end

local function on_error(e)
  if e == LEAVE then return e end
  return tostring(e)
end

-- Run one chunk and print what it returns; true when the prompt is left.
function R:eval(f)
  local res = table.pack(xpcall(f, on_error))
  if not res[1] then
    if res[2] == LEAVE then return true end
    say(res[2])
  elseif res.n > 1 then
    local parts = {}
    for i = 2, res.n do parts[#parts + 1] = pretty(res[i], true) end
    say(table.concat(parts, "\t"))
  end
  return false
end

-- The prompt at ev (nil: no tracee is stopped), until cont() or quit().
function R:prompt(ev, why)
  self:cancel_timer()
  self.depth = self.depth + 1
  self:set_ev(ev)
  self:show(ev)
  if why and why ~= "" then say("-- " .. why) end
  local mark = self.depth > 1 and ("moontrace[%d]> "):format(self.depth) or "moontrace> "
  while not self.quitting and not self.killing do
    local src = self:read_line(mark)
    if src == nil then                   -- Ctrl-D, or the end of the commands
      if self.tty then say("") end
      self:quit_now()
      break
    end
    local f, err = compile(src, self.env)
    while not f and err:match("<eof>$") do   -- an unfinished statement: read on
      local more = self:read_line(">> ")
      if more == nil then break end
      src = src .. "\n" .. more
      f, err = compile(src, self.env)
    end
    self:remember(src)
    if not f then say(err) elseif self:eval(f) then break end
  end
  self.depth = self.depth - 1
end

function R:quit_now(status)
  self.quitting = true
  self.s:stop(status)
end

-- ---- running -----------------------------------------------------------------

-- One shown event, the prompt kept open: nil at the end, false on Ctrl-C.
function R:step_one()
  if self.quitting or self.killing or self.s.stopping then return nil end
  self.stepping = true
  local ev
  repeat
    ev = self.s:step()
    if ev == false and not self.interrupted then ev = true end   -- a timer tick
  until ev ~= true and (not ev or self:visible(ev) or self.s.stopping)
  self.stepping, self.interrupted = false, false
  return ev
end

function R:step(n)
  if self.depth == 0 then error("step() works at the prompt", 3) end
  if self.at_end then return say("nothing is traced any more") end
  for _ = 1, n or 1 do
    if self.quitting or self.killing then return end
    local ev = self:step_one()
    if ev == nil then
      self:set_ev(nil)
      return say("nothing is traced any more")
    elseif ev == false then
      return say("-- interrupted")
    end
    self:set_ev(ev)
    self:show(ev)
    for _, b in ipairs(self.breaks) do
      if b.match(ev) then say(("-- breakpoint %d: %s"):format(b.id, b.desc)) end
    end
  end
end

-- Stop at the next event, or open the prompt anyway when none comes within
-- `timeout` seconds (the program sits in a blocking call).
function R:wait_stop(mode, why, timeout)
  self.stop_next, self.stop_why = mode, why
  if #self.s.timers == 0 then
    core.catch_signal(14)
    core.set_timer(timeout)
    self.timer_armed = true
  end
  local r
  repeat r = self.s:step() until not r or self.stop_next == nil or self.s.stopping
  self:cancel_timer()
  if r == false and self.stop_next and not self.s.stopping then
    self.stop_next, self.interrupted = nil, false
    self:prompt(nil, (why ~= "" and why .. ": " or "")
      .. "the program is running (in a blocking call); step() waits for its next stop")
  end
  return r
end

-- The first stop is the program's first syscall, whatever -e trace= says:
-- stop everywhere until then, and narrow again before the first prompt.
function R:widen()
  local t, saved, all = self.t, {}, true
  for nr in pairs(mt.syscalls) do
    if t:is_traced(nr) then saved[#saved + 1] = nr else all = false end
  end
  if all then return end
  t:trace_all(true)
  self.narrow_again = function()
    self.narrow_again = R.narrow_again
    t:trace_all(false)
    for _, nr in ipairs(saved) do t:trace(nr, true) end
  end
end
function R.narrow_again() end

-- `moontrace -i`: the program starts stopped at its first syscall.
function M.run(session, opts)
  local self = M.get(session, opts)
  self.interactive = true
  local cli_signal = session.on_signal
  session.on_signal = function(sig)
    if sig == 14 then return end           -- wait_stop's timer
    if sig ~= 2 then
      if cli_signal then return cli_signal(sig) end
      session.stopping = true
    elseif not (self.ctrl_c_at and core.monotonic() - self.ctrl_c_at < 1) then
      self.interrupted = true               -- (unless the program's copy stopped it)
    end
  end
  if self.tty then
    say(("moontrace %s: the program is stopped at its first syscall; help() lists the commands")
      :format(mt.version))
  end
  self.stop_next = "syscall"
  self:run_rc()
  local s = self.s
  if self.stop_next and not s.stopping then
    self:widen()
    self:wait_stop("syscall", "", 0.5)
    self:narrow_again()
  end
  while not s.stopping do
    if self.interrupted then
      self.interrupted = false
      if self:wait_stop("any", "interrupted", 0.3) == nil then break end
    elseif s:step() == nil then
      break
    end
  end
  if not s.stopping and not self.killing and not self.quitting then
    self.at_end = true
    local why = "nothing is traced any more"
    if s.first_pid and not self.known[s.first_pid] then
      why = ("the program ended with status %d; quit() or Ctrl-D to leave"):format(s.exit_status)
    end
    self:prompt(nil, why)
  end
  return s:finish()
end

-- repl() in a hook: a prompt at the event the hook is handling.
function M.breakpoint(session, opts, ev)
  local self = M.get(session, opts)
  if self.quitting or self.killing then return end
  -- Up the stack: the hook that called (past cli.lua's stub), then
  -- Session.dispatch, whose argument is the event.
  local where = ""
  for level = 2, 64 do
    local info = debug.getinfo(level, "fSl")
    if not info then break end
    if where == "" and info.currentline > 0 and not info.short_src:match("moontrace%.cli") then
      where = (" at %s:%d"):format(info.short_src, info.currentline)
    end
    if info.func == self.base_dispatch then
      local name, value = debug.getlocal(level, 2)
      if not ev and name == "ev" then ev = value end
      break
    end
  end
  self:prompt(ev or self.current, "repl()" .. where .. "; cont() goes on")
end

function R:run_rc()
  local dir = xdg("XDG_CONFIG_HOME", ".config")
  local path = dir and dir .. "/moontrace/rc.lua"
  if not path or not read_file(path) then return end
  local f, err = loadfile(path, "t", self.env)
  local ok, e = f ~= nil, err
  if f then ok, e = xpcall(f, on_error) end
  if not ok and e ~= LEAVE then say("moontrace: rc file: ", tostring(e)) end
end

-- ---- commands ----------------------------------------------------------------

local function number(v, what)
  local n = math.tointeger(type(v) == "string" and tonumber(v) or v)
  if not n then error(what .. ": an integer expected, got " .. tostring(v), 3) end
  return n
end

local function errno_of(v, what)
  if type(v) == "number" then return number(v, what) end
  return errnos.by_name[tostring(v)] or error(what .. ": unknown errno " .. tostring(v), 3)
end

local function signal_of(v)
  if type(v) == "number" then return v end
  return signals.by_name[tostring(v)] or error("unknown signal " .. tostring(v), 3)
end

function R:need_ev(what, syscall)
  local ev = self.ev
  if not ev then error(what .. ": no tracee is stopped (step() first)", 3) end
  if syscall and ev.kind ~= "enter" and ev.kind ~= "exit" then
    error(what .. ": the current stop is not a syscall (" .. ev.kind .. ")", 3)
  end
  return ev
end

function R:add_break(spec)
  local b, nrs, kind, err, sig, pid, fn = { id = self.nbreaks + 1, hits = 0 }
  if type(spec) == "function" then
    fn, b.desc = spec, "a function of ev"
  elseif type(spec) == "string" or type(spec) == "number" then
    nrs, kind, b.desc = mt.select(spec), "enter", tostring(spec)
  elseif type(spec) == "table" then
    local sel = spec.syscall or spec.name or (spec[1] ~= nil and { table.unpack(spec) }) or nil
    if sel then nrs = mt.select(sel) end
    if spec.errno then err, kind = errno_of(spec.errno, "brk()"), "exit" end
    if spec.signal then sig, kind = signal_of(spec.signal), "signal" end
    if spec.exit then kind = "exit" end
    kind = spec.kind or kind or (nrs and "enter")
    pid, fn = spec.pid, spec.when or spec.fn
    local parts = {}
    for _, p in ipairs{ type(sel) == "table" and table.concat(sel, ",") or sel and tostring(sel) or false,
        kind or false, err and errnos.name[err] or false, sig and signals.name[sig] or false,
        pid and "pid " .. pid or false, fn and "when fn(ev)" or false } do
      if p then parts[#parts + 1] = p end
    end
    b.desc = table.concat(parts, " ")
  else
    error("brk(): a syscall name, a table or a function expected", 3)
  end
  b.match = function(ev)
    if kind and ev.kind ~= kind or nrs and not (ev.nr and nrs[ev.nr]) or err and ev.err ~= err
      or sig and ev.sig ~= sig or pid and ev.pid ~= pid and ev.tgid ~= pid then
      return false
    end
    if not fn then return true end
    local ok, yes = pcall(fn, ev)
    return ok and yes and true or false
  end
  -- the core must stop where the breakpoint looks
  if nrs then
    for nr in pairs(nrs) do self.t:trace(nr, true); self.extra[nr] = true end
  elseif kind == nil or kind == "enter" or kind == "exit" then
    self.t:trace_all(true)
  end
  self.nbreaks = b.id
  self.breaks[#self.breaks + 1] = b
  say(("breakpoint %d: %s"):format(b.id, b.desc))
end

local STATES = { R = "running", S = "sleeping", D = "in disk wait", t = "stopped by us",
                 T = "stopped", Z = "zombie" }

-- The live tracees, found from the pids seen through their threads and
-- children (a tracee that forked before repl() was first called is found too).
function R:ps()
  local seen, queue, list = {}, {}, {}
  local function push(pid)
    if pid and not seen[pid] then seen[pid] = true; queue[#queue + 1] = pid end
  end
  push(self.s.first_pid)
  for pid in pairs(self.s.attached or {}) do push(pid) end
  for pid in pairs(self.known) do push(pid) end
  push(self.ev and self.ev.pid)
  for _, pid in ipairs(queue) do        -- (grows while it is walked)
    if self.t:is_tracee(pid) then list[#list + 1] = pid end
    local ls = io.popen(("ls /proc/%d/task 2>/dev/null"):format(pid))
    for tid in ls:lines() do
      push(tonumber(tid))
      for c in (read_file(("/proc/%d/task/%s/children"):format(pid, tid)) or ""):gmatch("%d+") do
        push(tonumber(c))
      end
    end
    ls:close()
  end
  table.sort(list)
  if #list == 0 then return say("nothing is traced") end
  say(("%7s %7s  %-30s %s"):format("PID", "TGID", "STATE", "COMMAND"))
  for _, pid in ipairs(list) do
    local status = read_file(("/proc/%d/status"):format(pid)) or ""
    local stat = read_file(("/proc/%d/stat"):format(pid)) or ""
    local cmd = (read_file(("/proc/%d/cmdline"):format(pid)) or ""):gsub("%z$", ""):gsub("%z", " ")
    local state, ev = STATES[stat:match("%) (%a)")] or "?", self.ev
    if ev and ev.pid == pid then
      local syscall = ev.kind == "enter" or ev.kind == "exit"
      state = ("at %s %s"):format(syscall and (ev.kind == "enter" and "entry of" or "exit of") or ev.kind,
        syscall and ev.name or ev.signame or "")
    end
    say(("%7d %7s  %-30s %s"):format(pid, status:match("Tgid:%s*(%d+)") or "?", state, cmd:sub(1, 60)))
  end
end

function R:bt(pid, max)
  pid = pid or self:need_ev("bt()").pid
  local frames, msg = self.t:backtrace(pid, max or 64)
  if not frames then error(("bt(): pid %d: %s (only the stopped tracee can be unwound)"):format(pid, msg), 3) end
  local maps = {}
  for line in (read_file(("/proc/%d/maps"):format(pid)) or ""):gmatch("[^\n]+") do
    local lo, hi, path = line:match("^(%x+)-(%x+) %S+ %S+ %S+ %S+%s*(.*)$")
    if lo then maps[#maps + 1] = { tonumber(lo, 16), tonumber(hi, 16), path } end
  end
  for i, f in ipairs(frames) do
    local file = ""
    for _, m in ipairs(maps) do
      if math.ult(f.ip, m[2]) and not math.ult(f.ip, m[1]) then file = m[3]; break end
    end
    say(("#%-2d 0x%016x in %s%s"):format(i - 1, f.ip, f.name and ("%s+0x%x"):format(f.name, f.offset) or "??",
      file ~= "" and (" (" .. file .. ")") or ""))
  end
end

-- Change the result of the current call: at entry the call is skipped.
function R:set_result(v, how)
  local ev = self:need_ev(how, true)
  local ok, msg
  if ev.kind == "enter" then ok, msg = ev:skip(v) else ok, msg = ev:set_return(v) end
  if not ok then error(how .. ": " .. tostring(msg), 3) end
  local name = v < 0 and v > -4096 and errnos.name[-v]
  say(("%s %s %s"):format(ev.name, ev.kind == "enter" and "is skipped and returns" or "now returns",
    name and "-1 " .. name or tostring(v)))
end

function R:load_script(spec)
  local sc, err = scripts.load(spec, self.s, self.opts)
  if not sc then return nil, err end
  if sc.declared then
    for nr in pairs(sc.declared) do self.t:trace(nr, true) end
  elseif sc.wants_all then
    self.t:trace_all(true)
  end
  for nr in pairs(sc.wants or {}) do self.t:trace(nr, true) end
  return sc
end

-- Re-read every script loaded from a file (the hooks' owners); a script
-- that no longer loads keeps its old hooks.
function R:reload()
  local n, owners, seen = 0, {}, {}
  for _, list in pairs(self.s.hooks) do
    for _, h in ipairs(list) do
      local sc = h.owner
      if sc and sc.hooks and sc.name and not seen[sc] then seen[sc] = true; owners[#owners + 1] = sc end
    end
  end
  for _, sc in ipairs(owners) do
    local _, chunk = scripts.find(sc.name)
    if chunk and not chunk:match("^@scripts/") then    -- bundled ones cannot change
      local spec = { sc.name }
      for k, v in pairs(sc.args or {}) do spec[#spec + 1] = v == true and k or (k .. "=" .. v) end
      local new, err = self:load_script(table.concat(spec, ","))
      if new then
        for _, old in ipairs(sc.hooks) do self.s:off(old) end
        n = n + 1
      else
        say("reload(): ", sc.name, ": ", err)
      end
    end
  end
  say(("%d script%s reloaded"):format(n, n == 1 and "" or "s"))
end

function R:environment()
  local env = setmetatable({ mt = mt, session = self.s, opts = self.opts, pretty = M.pretty },
                           { __index = _G })
  function env.help() say(HELP) end
  function env.step(n) self:step(n and number(n, "step()")) end
  function env.cont(fn)
    if fn ~= nil and type(fn) ~= "function" then error("cont(): a function of ev expected", 2) end
    self.until_fn = fn
    if self.depth == 0 then self.stop_next = nil; return end   -- the rc file: do not stop at start
    if self.at_end then return say("nothing is traced any more") end
    error(LEAVE, 0)
  end
  function env.brk(spec)
    if spec ~= nil then return self:add_break(spec) end
    for _, b in ipairs(self.breaks) do say(("%d: %s (%d hits)"):format(b.id, b.desc, b.hits)) end
  end
  function env.unbrk(id)
    for i = #self.breaks, 1, -1 do
      if id == nil or self.breaks[i].id == id then table.remove(self.breaks, i) end
    end
  end
  function env.ps() self:ps() end
  function env.mem(addr, len, pid)
    pid, addr = pid or self:need_ev("mem()").pid, number(addr, "mem()")
    local bytes, msg = self.t:read(pid, addr, number(len or 64, "mem()"))
    return bytes or error(("mem(0x%x): %s"):format(addr, msg), 2)
  end
  function env.str(addr, max, pid)
    pid, addr = pid or self:need_ev("str()").pid, number(addr, "str()")
    local s, msg = self.t:str(pid, addr, max or 4096)
    return s or error(("str(0x%x): %s"):format(addr, msg), 2)
  end
  function env.bt(pid, max) self:bt(pid, max) end
  function env.ret(v) self:set_result(number(v, "ret()"), "ret()") end
  function env.errno(name) self:set_result(-errno_of(name, "errno()"), "errno()") end
  function env.load(spec, ...)
    -- a script by name or path; anything else is Lua's own load()
    if type(spec) == "string" and select("#", ...) == 0 and not spec:find("\n")
      and scripts.find((scripts.parse_spec(spec))) then
      local sc, err = self:load_script(spec)
      if not sc then error(err, 2) end
      return say(("loaded %s (%d hook%s)"):format(sc.name, #sc.hooks, #sc.hooks == 1 and "" or "s"))
    end
    return load(spec, ...)
  end
  function env.reload() self:reload() end
  function env.detach(pid)
    if pid then
      local ok, msg = self.t:detach(number(pid, "detach()"))
      if not ok then error("detach(): " .. msg, 2) end
    else
      self.t:detach_all()
    end
    if self.ev and (not pid or self.ev.pid == pid) then self:set_ev(nil) end
    say(pid and ("detached from %d"):format(pid) or "detached; nothing is traced any more")
  end
  function env.kill(pid, sig)
    if pid then return core.kill(number(pid, "kill()"), signal_of(sig or 9)) end
    self.t:kill_spawned()
    for _, p in ipairs(self.t:detach_attached()) do say(("Process %d detached"):format(p)) end
    self.killing = true
    error(LEAVE, 0)
  end
  function env.quit(status)
    self:quit_now(status and number(status, "quit()"))
    error(LEAVE, 0)
  end
  env.exit = env.quit
  return env
end

-- ---- completion ------------------------------------------------------------

local KEYWORDS = { "and", "break", "do", "else", "elseif", "end", "false", "for", "function",
  "goto", "if", "in", "local", "nil", "not", "or", "repeat", "return", "then", "true",
  "until", "while" }
-- fields an event computes when asked (init.lua's LAZY)
local EVENT_FIELDS = { "errname", "signame", "syscall", "failed" }

-- Names to offer inside a string, from what the string is an argument of.
local function names_for(before)
  local out = {}
  if before:match("load%s*%(?%s*[\"']$") then
    for _, sc in ipairs(scripts.list()) do out[#out + 1] = sc.name end
  elseif before:match("errno%s*[=(]?%s*[\"']$") then
    for _, name in pairs(errnos.name) do out[#out + 1] = name end
  elseif before:match("signal%s*=%s*[\"']$") or before:match("sig%s*[=(]%s*[\"']$") then
    for _, name in pairs(signals.name) do out[#out + 1] = name end
  else
    for _, sc in pairs(mt.syscalls) do out[#out + 1] = sc.name end
  end
  return out
end

-- The fields of v worth offering after "." (only the methods after ":").
function R:fields(v, methods_only)
  local out, seen = {}, {}
  local function add(k, val)
    if type(k) == "string" and k:match("^[%a_][%w_]*$") and not seen[k]
      and (not methods_only or type(val) == "function") then
      seen[k] = true
      out[#out + 1] = k .. (type(val) == "function" and "(" or "")
    end
  end
  local function walk(t, depth)
    if type(t) ~= "table" or depth > 3 then return end
    for k, val in next, t do add(k, val) end
    local meta = getmetatable(t)
    walk(meta and meta.__index, depth + 1)
  end
  if type(v) == "string" then v = string end
  if type(v) == "userdata" then v = (getmetatable(v) or {}).__index end
  walk(v, 0)
  if type(v) == "table" and getmetatable(v) == self.s.meta then   -- an event
    for k, f in pairs(self.s.methods) do add(k, f) end
    for _, k in ipairs(methods_only and {} or EVENT_FIELDS) do add(k, true) end
  end
  return out
end

-- Candidates that replace `word` (readline's word: "ev.na", "ope" in brk("ope).
function R:complete(word, line, start)
  local before = line:sub(1, start - 1)
  local cands, prefix = {}, ""
  if before:match("[\"']$") then
    if before:match("load%s*%(%s*[\"']$") and word:find("/", 1, true) then return nil end
    cands = names_for(before)
  else
    local path, sep, last = word:match("^(.-)([%.:])([%w_]*)$")
    if path and path:match("^[%a_][%w_%.]*$") then
      local v = self.env
      for name in path:gmatch("[^%.]+") do
        local ok, got = pcall(function() return v[name] end)
        v = ok and got or nil
        if type(v) ~= "table" and type(v) ~= "string" and type(v) ~= "userdata" then return {} end
      end
      cands, prefix, word = self:fields(v, sep == ":"), path .. sep, last
    else
      local seen = {}
      for _, t in ipairs{ self.env, _G } do
        for k, val in pairs(t) do
          if type(k) == "string" and not seen[k] then
            seen[k] = true
            cands[#cands + 1] = k .. (type(val) == "function" and "(" or "")
          end
        end
      end
      for _, k in ipairs(KEYWORDS) do cands[#cands + 1] = k end
    end
  end
  local out = {}
  for _, c in ipairs(cands) do
    if c:sub(1, #word) == word then out[#out + 1] = prefix .. c end
  end
  table.sort(out)
  return out
end

return M
