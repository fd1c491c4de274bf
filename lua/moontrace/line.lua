-- moontrace.line: the pieces of a strace line, shared by the strace view
-- and by ev:format() in scripts.
--
--   line.format(ev)  -> 'openat(AT_FDCWD, "/etc/passwd", O_RDONLY) = 3'
--
-- A syscall line is name(ENTER EXIT) = RESULT: ENTER is what the decoder
-- prints at entry, EXIT what it prints after the call, RESULT the return
-- value or the error.

local mt = require "moontrace"
local fmt = require "moontrace.fmt"
local decode = require "moontrace.decode"
local errno = require "moontrace.xlat.errno"
local signals = require "moontrace.xlat.signals"

local M = {}

local function raw_args(ev, n)
  local parts = {}
  for i = 1, n do
    local v = ev.args[i]
    parts[i] = v == 0 and "0" or ("0x%x"):format(v)
  end
  return table.concat(parts, ", ")
end

function M.decoder(name) return decode.decoders[name] end

-- The arguments printed at entry: the decoder's, or raw ones in hex for
-- syscalls without a decoder.
function M.enter_text(ev, d)
  if d and d.enter then return d.enter(ev, fmt) or "" end
  if d then return "" end
  local sc = mt.syscalls[ev.nr]
  return raw_args(ev, sc and sc.nargs or 6)
end

function M.exit_text(ev, d)
  if d and d.exit then return d.exit(ev, fmt) or "" end
  return ""
end

function M.error_text(e)
  local name = errno.name[e]
  if name and name ~= "" then
    if errno.restart and errno.restart[e] then
      return ("? %s (%s)"):format(name, errno.msg[e])
    end
    return ("-1 %s (%s)"):format(name, errno.msg[e])
  end
  return ("-1 (errno %d)"):format(e)
end

local dec = fmt.dec                -- decimal text, kept once made

function M.result_text(ev, d)
  local err = ev.err
  if err ~= 0 then return M.error_text(err) end
  local r = d and d.ret
  if r == nil or r == "dec" then
    return dec(ev.ret)
  end
  if type(r) == "function" then return r(ev, fmt) end
  if r == "hex" then return fmt.hex(ev.ret) end
  if r == "fd" then return fmt.fd(ev, ev.ret) end
  if r == "pid" then return fmt.pid(ev.ret) end
  if r == "oct" then return ("%#03o"):format(ev.ret) end
  if r == "udec" then return ("%u"):format(ev.ret) end
  return tostring(ev.ret)
end

function M.signame(sig)
  return signals.name[sig] or tostring(sig)
end

function M.signal_text(ev)
  return ("--- %s %s ---"):format(M.signame(ev.sig), decode.siginfo(ev.siginfo, fmt))
end

-- ") = result" padded the way strace pads: "=" at the alignment column
-- (-a, default 40) when the line is shorter, else after one space.
local TAILS = {}                 -- ")" and the padding after it, by width
-- ") = " with the padding that puts "=" at `column` after `col` columns
function M.tail_head(col, column)
  local stop = (column or 40) - 1
  local n = col + 1 < stop and stop - col - 1 or 0
  local head = TAILS[n]
  if not head then
    head = ")" .. (" "):rep(n) .. " = "
    if n < 256 then TAILS[n] = head end
  end
  return head
end
local tail_head = M.tail_head

function M.tail(col, result, column)
  return tail_head(col, column) .. result
end

-- -e raw=SET: every argument in hex, the result too.
M.RAW = {
  enter = function(ev)
    local sc = mt.syscalls[ev.nr]
    return raw_args(ev, sc and sc.nargs or 6)
  end,
  ret = function(ev) return ev.ret == 0 and "0" or ("0x%x"):format(ev.ret) end,
}

-- -N: put each argument's name before it.  text is a run of arguments as
-- a decoder printed them (maybe ending in ", "), `first` the index of its
-- first argument; returns the named text and the index after it.  Commas
-- inside strings, brackets and comments do not separate arguments, and an
-- argument that already names itself (clone's "flags=...") is kept.
local ARGNAMES
function M.name_args(name, text, first)
  ARGNAMES = ARGNAMES or require "moontrace.xlat.argnames"
  local names = ARGNAMES[name]
  if not names or text == "" then return text, first end
  local out, i, n, depth, start, idx = {}, 1, #text, 0, 1, first
  local function piece(stop)
    local arg = text:sub(start, stop)
    if arg ~= "" and names[idx] and not arg:match("^[%a_][%w_]*=") then
      arg = names[idx] .. "=" .. arg
    end
    out[#out + 1] = arg
    idx = idx + 1
  end
  while i <= n do
    local c = text:sub(i, i)
    if c == '"' then
      i = i + 1
      while i <= n and text:sub(i, i) ~= '"' do
        if text:sub(i, i) == "\\" then i = i + 1 end
        i = i + 1
      end
    elseif c == "/" and text:sub(i + 1, i + 1) == "*" then
      i = (text:find("*/", i + 2, true) or n) + 1
    elseif c == "(" or c == "[" or c == "{" then
      depth = depth + 1
    elseif c == ")" or c == "]" or c == "}" then
      depth = depth - 1
    elseif c == "," and depth == 0 and text:sub(i + 1, i + 1) == " " then
      piece(i - 1)
      out[#out + 1] = ", "
      i = i + 1
      start = i + 1
    end
    i = i + 1
  end
  if start <= n then piece(n) end
  return table.concat(out), idx
end

-- Set the formatter from the command line's options (-s, -v, -x, -y, -X).
function M.setup(opts)
  local core = require "moontrace.core"
  fmt.opts.strsize = opts.strsize or 32
  fmt.opts.verbose = opts.verbose or false
  fmt.opts.xflag = opts.hex or 0
  fmt.opts.yflag = opts.decode_fds or 0
  fmt.opts.fd_details = opts.fd_details or
    (fmt.opts.yflag >= 2 and { path = true, socket = true, dev = true, pidfd = true })
    or (fmt.opts.yflag == 1 and { path = true }) or {}
  fmt.opts.pidcomm = (opts.decode_pids or 0) > 0
  fmt.opts.pidns = opts.pidns or false
  if fmt.opts.pidcomm or fmt.opts.pidns then
    fmt.pid_outer = require("moontrace.pidns").outer
  end
  fmt.opts.xstyle = opts.xlat_style or "abbrev"
  fmt.fdpath = function(pid, fd)
    if fd == fmt.AT_FDCWD then return core.readlink(("/proc/%d/cwd"):format(pid)) end
    return core.readlink(("/proc/%d/fd/%d"):format(pid, fd))
  end
  if (opts.decode_fds or 0) >= 2 then
    local sockinfo = require "moontrace.sockinfo"
    fmt.fdextra = function(pid, fd, path) return sockinfo.describe(pid, path, fd) end
    fmt.fddevice = function(pid, fd)
      local st = core.stat(("/proc/%d/fd/%d"):format(pid, fd))
      if st and st.major then return ("%s %d:%d"):format(st.type, st.major, st.minor) end
      return nil
    end
  end
  fmt.syscall_name = function(nr)
    local sc = mt.syscalls[nr]
    return sc and sc.name
  end
end

-- A whole line for one event (no pid prefix, no newline).
function M.format(ev)
  local k = ev.kind
  if k == "enter" or k == "exit" then
    local d = M.decoder(ev.name)
    local head = ev.name .. "(" .. M.enter_text(ev, d)
    if k == "enter" then return head end
    head = head .. M.exit_text(ev, d)
    return head .. M.tail(#head, M.result_text(ev, d))
  elseif k == "signal" then
    return M.signal_text(ev)
  elseif k == "stop" then
    return ("--- stopped by %s ---"):format(M.signame(ev.sig))
  elseif k == "exited" then
    return ("+++ exited with %d +++"):format(ev.status)
  elseif k == "killed" then
    return ("+++ killed by %s%s +++"):format(M.signame(ev.sig), ev.core and " (core dumped)" or "")
  elseif k == "fork" then
    return ("%s %d -> %d (%s)"):format(ev.how, ev.pid, ev.child, ev.thread and "thread" or "process")
  elseif k == "exec" then
    return ("exec in %d"):format(ev.pid)
  end
  return k
end

return M
