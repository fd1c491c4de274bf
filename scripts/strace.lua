-- strace: the default view, strace's own output format.
--
-- Runs when no other script is given (or with `-l strace` next to others).
--   moontrace -f -o trace.txt make
--   openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3
--
-- Each syscall prints "name(" and the arguments known at entry, then the
-- rest and "= result" at exit.  When another tracee prints in between, the
-- line is closed with " <unfinished ...>" and resumed later with
-- "<... name resumed>", as strace does.
--
-- Another script's hook can keep a call out of this view by setting
-- ev.quiet = true at its entry (or at its exit, with -z/-Z, where lines
-- wait for the result).

local fmt = require "moontrace.fmt"
local decode = require "moontrace.decode"
local line = require "moontrace.line"
local core = mt.core

local decoders = decode.decoders
fmt.opts.strsize = opts.strsize or 32
fmt.opts.verbose = opts.verbose or false
fmt.opts.xflag = opts.xflag or 0
fmt.opts.yflag = opts.yflag or 0
fmt.fdpath = function(pid, fd)
  return core.readlink(("/proc/%d/fd/%d"):format(pid, fd))
end

local selected = opts.trace          -- nil: every syscall the core reports
local status = opts.status           -- nil: every call, whatever its result
local signal_set = opts.signals      -- nil: every signal
local to_file = opts.output ~= nil
local W = out

local cur = nil        -- pid whose line is open (no newline yet)
local col = 0          -- column reached on that line
local calls = {}       -- pid -> the syscall in progress: { name, dec, text }
local nprocs = 0
local known = {}

local function write(s)
  W:write(s)
  col = col + #s
end

local function prefix(pid)
  if to_file and (opts.follow or #opts.pids > 1) then
    return ("%-5d "):format(pid)
  end
  if nprocs > 1 then return ("[pid %5d] "):format(pid) end
  return ""
end

-- Start a line for pid, closing another tracee's open line first.
local function begin_line(pid)
  if cur and cur ~= pid then
    W:write(" <unfinished ...>\n")
    local c = calls[cur]
    if c then c.unfinished = true end
  end
  cur = nil
  col = 0
  write(prefix(pid))
end

local function end_line()
  W:write("\n")
  cur = nil
  col = 0
end

local function note_process(pid)
  if known[pid] then return end
  known[pid] = true
  nprocs = nprocs + 1
end

local function say_attached(pid)
  -- strace writes this to stderr; with -o it stays out of the trace
  if not to_file then W:write(("moontrace: Process %d attached\n"):format(pid)) end
end

-- ") = result", padded to strace's column
local function finish(result)
  local t = line.tail(col, result)
  W:write(t)
  end_line()
end

local function wanted_status(ev)
  if not status then return true end
  if ev.err ~= 0 then return status.failed end
  return status.successful
end

-- ---- hooks -------------------------------------------------------------

on("attach", function(ev)
  note_process(ev.pid)
end)

on("enter", function(ev)
  if selected and not selected[ev.nr] then return end
  note_process(ev.pid)
  local d = decoders[ev.name]
  local c = { name = ev.name, dec = d }
  calls[ev.pid] = c
  if ev.quiet then c.quiet = true return end
  local text = line.enter_text(ev, d)
  if status then
    c.text = text          -- the line waits for the result
    return
  end
  begin_line(ev.pid)
  write(ev.name .. "(" .. text)
  cur = ev.pid
end)

on("exit", function(ev)
  if selected and not selected[ev.nr] then return end
  note_process(ev.pid)
  local c = calls[ev.pid]
  calls[ev.pid] = nil
  if c and c.quiet then return end
  local d = c and c.dec or decoders[ev.name]
  if status then
    if ev.quiet then return end
    if not wanted_status(ev) then return end
    local text = line.exit_text(ev, d)
    begin_line(ev.pid)
    write(ev.name .. "(" .. (c and c.text or "") .. text)
    finish(line.result_text(ev, d))
    return
  end
  local text = line.exit_text(ev, d)
  if cur ~= ev.pid then
    begin_line(ev.pid)
    write("<... " .. ev.name .. " resumed>")
  end
  write(text)
  finish(line.result_text(ev, d))
end)

-- A tracee that dies inside a syscall (exit_group, or killed) gets "= ?".
local function close_call(pid)
  local c = calls[pid]
  if not c then return end
  calls[pid] = nil
  if status or c.quiet then return end
  if cur ~= pid then
    begin_line(pid)
    write("<... " .. c.name .. " resumed>")
  elseif not (c.dec and c.dec.noreturn) then
    -- strace's mark for a call the tracee never returned from
    write(" <unfinished ...>")
  end
  finish("?")
end

on("exited", function(ev)
  close_call(ev.pid)
  begin_line(ev.pid)
  write(("+++ exited with %d +++"):format(ev.status))
  end_line()
  if known[ev.pid] then known[ev.pid] = nil; nprocs = nprocs - 1 end
end)

on("killed", function(ev)
  close_call(ev.pid)
  begin_line(ev.pid)
  write(line.format(ev))
  end_line()
  if known[ev.pid] then known[ev.pid] = nil; nprocs = nprocs - 1 end
end)

on("signal", function(ev)
  note_process(ev.pid)
  if signal_set and not signal_set[ev.sig] then return end
  begin_line(ev.pid)
  write(line.signal_text(ev))
  end_line()
end)

on("stop", function(ev)
  note_process(ev.pid)
  if signal_set and not signal_set[ev.sig] then return end
  begin_line(ev.pid)
  write(line.format(ev))
  end_line()
end)

on("fork", function(ev)
  if not known[ev.child] then
    note_process(ev.child)
    say_attached(ev.child)
  end
end)

on("exec", function(ev)
  if ev.old_pid == ev.pid then return end
  -- a non-leader thread exec'd: the leader is gone, the caller is now pid
  local leader = calls[ev.pid]
  if leader then calls[ev.pid] = nil end
  begin_line(ev.pid)
  write(("+++ superseded by execve in pid %d +++"):format(ev.old_pid))
  end_line()
  calls[ev.pid] = calls[ev.old_pid]
  calls[ev.old_pid] = nil
  if known[ev.old_pid] then known[ev.old_pid] = nil; nprocs = nprocs - 1 end
end)

on("finish", function()
  if cur then
    W:write("\n")   -- never leave a half line behind
    cur = nil
  end
  W:flush()
end)
