-- json: one JSON object per event (JSON Lines), for programs to read.
--
-- Loaded by --json in place of the strace view; honours -e trace=, -z, -Z,
-- -e status=, -e signal=, -s, -v and -o like it.  The schema is in
-- docs/json.md.
--   moontrace --json -o trace.jsonl ls /
--   {"kind":"syscall","pid":4242,"tgid":4242,"name":"openat","nr":257,"args":["AT_FDCWD","/etc/ld.so.cache",["O_RDONLY","O_CLOEXEC"]],...}
--
-- A syscall is one object, written when it returns (or when its tracee
-- dies inside it, or tracing ends first: "unfinished": true).  Arguments
-- come three ways: args_raw (the registers), args_text (what strace
-- prints, one string per argument) and args (that text read back as
-- typed values by moontrace.typed).

local json = require "moontrace.json"
local typed = require "moontrace.typed"
local fmt = require "moontrace.fmt"
local line = require "moontrace.line"
local decode = require "moontrace.decode"
local errno = require "moontrace.xlat.errno"
local core = mt.core

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
local W = out

local SYSCALL_KEYS = {
  "kind", "pid", "tgid", "name", "nr", "args", "args_text", "args_raw",
  "ret", "ret_raw", "ret_text", "errno", "error", "strerror",
  "time", "exit_time", "dur", "entry_seen", "unfinished",
}
local OTHER_KEYS = {
  "kind", "pid", "tgid", "time", "sig", "signal", "siginfo", "siginfo_text",
  "status", "core", "child", "how", "thread", "old_pid",
}

local function emit(obj, order)
  W:write(json.encode(json.object(obj, order)), "\n")
end

local function typed_args(texts)
  local vals = {}
  for i, t in ipairs(texts) do vals[i] = typed.value(t) end
  return json.array(vals)
end

local function raw_args(ev)
  local sc = mt.syscalls[ev.nr]
  local raw = {}
  for i = 1, sc and sc.nargs or 6 do raw[i] = ev.args[i] end
  return json.array(raw)
end

local calls = {}       -- pid -> the call in progress, as seen at its entry

on("enter", function(ev)
  if selected and not selected[ev.nr] then return end
  if ev.quiet then return end
  local d = line.decoder(ev.name)
  calls[ev.pid] = {
    name = ev.name, nr = ev.nr, tgid = ev.tgid, time = ev.time, dec = d,
    text = line.enter_text(ev, d), raw = raw_args(ev),
  }
end)

local function wanted(failed)
  if not status then return true end
  if failed then return status.failed end
  return status.successful
end

-- Every key is always there (null when it does not apply), so readers
-- can rely on the shape.
local null = json.null
local function syscall_object(c, pid)
  local texts = typed.split(c.text)
  return {
    kind = "syscall", pid = pid, tgid = c.tgid, name = c.name, nr = c.nr,
    args = typed_args(texts), args_text = json.array(texts), args_raw = c.raw,
    ret = null, ret_raw = null, ret_text = null, errno = null, error = null,
    strerror = null, time = c.time or null, exit_time = null, dur = null,
    entry_seen = c.entry_seen ~= false, unfinished = false,
  }
end

on("exit", function(ev)
  if selected and not selected[ev.nr] then return end
  local c = calls[ev.pid]
  calls[ev.pid] = nil
  if ev.quiet or not wanted(ev.err ~= 0) then return end
  local d = c and c.dec or line.decoder(ev.name)
  if not c then   -- attached inside the call: only its exit half is known
    c = { name = ev.name, nr = ev.nr, tgid = ev.tgid, time = ev.entry_time,
          text = "", raw = raw_args(ev), entry_seen = false }
  end
  c.text = c.text .. line.exit_text(ev, d)
  local o = syscall_object(c, ev.pid)
  o.ret_raw = ev.ret
  o.ret_text = line.result_text(ev, d)
  o.exit_time, o.dur = ev.time, ev.dur or null
  if ev.err ~= 0 then
    o.ret, o.errno = -1, ev.err
    local name = errno.name[ev.err]
    o.error = name and name ~= "" and name or null
    o.strerror = errno.msg[ev.err] or null
  else
    o.ret = ev.ret
  end
  emit(o, SYSCALL_KEYS)
end)

-- A call its tracee never returned from (exit_group, a fatal signal, the
-- end of tracing): strace's "= ?" and "<unfinished ...>".
local function unfinished(pid)
  local c = calls[pid]
  if not c then return end
  calls[pid] = nil
  if status and not status.unfinished then return end
  local o = syscall_object(c, pid)
  o.unfinished = true
  emit(o, SYSCALL_KEYS)
end

local function other(ev, fields)
  local o = { kind = ev.kind, pid = ev.pid, tgid = ev.tgid, time = ev.time }
  for k, v in pairs(fields or {}) do o[k] = v end
  emit(o, OTHER_KEYS)
end

local function signame(sig) return line.signame(sig) end

on("signal", function(ev)
  if signal_set and not signal_set[ev.sig] then return end
  local text = decode.siginfo(ev.siginfo, fmt)
  other(ev, { sig = ev.sig, signal = signame(ev.sig), siginfo = typed.value(text),
              siginfo_text = text })
end)

on("stop", function(ev)
  if signal_set and not signal_set[ev.sig] then return end
  other(ev, { sig = ev.sig, signal = signame(ev.sig) })
end)

on("exited", function(ev)
  unfinished(ev.pid)
  other(ev, { status = ev.status })
end)

on("killed", function(ev)
  unfinished(ev.pid)
  other(ev, { sig = ev.sig, signal = signame(ev.sig), core = ev.core and true or false })
end)

on("fork", function(ev)
  other(ev, { child = ev.child, how = ev.how, thread = ev.thread })
end)

on("exec", function(ev)
  if ev.old_pid ~= ev.pid then
    calls[ev.pid] = calls[ev.old_pid]
    calls[ev.old_pid] = nil
  end
  other(ev, { old_pid = ev.old_pid })
end)

on("attach", function(ev) other(ev, { how = ev.how }) end)
on("detached", function(ev) other(ev) end)

on("finish", function()
  local pids = {}
  for pid in pairs(calls) do pids[#pids + 1] = pid end
  table.sort(pids)
  for _, pid in ipairs(pids) do unfinished(pid) end
  W:flush()
end)
