-- moontrace.tamper: strace's -e inject= and -e fault= expressions.
--
--   -e inject=SET[:error=ERRNO|:retval=N][:signal=SIG][:delay_enter=D][:delay_exit=D][:when=WHEN]
--   -e fault=SET[:error=ERRNO][:when=WHEN]      (error defaults to ENOSYS)
--
-- WHEN is FIRST, FIRST+, FIRST+STEP, FIRST..LAST or FIRST..LAST+STEP:
-- which invocations of the call, counted per thread and per syscall, are
-- tampered with (default: every one).  The work is done by scripts/tamper.lua
-- with the same API any script has (ev:skip, ev:delay, ...).

local filter = require "moontrace.filter"

local M = {}

-- "10", "10us", "5ms", "1s", "100ns" -> seconds (bare numbers are µs)
local function delay(s)
  local n, unit = s:match("^(%d+)(%a*)$")
  n = tonumber(n)
  if not n then return nil end
  local mult = ({ [""] = 1e-6, us = 1e-6, ms = 1e-3, s = 1, ns = 1e-9 })[unit]
  return mult and n * mult
end

local function when(s)
  local first, rest = s:match("^(%d+)(.*)$")
  first = tonumber(first)
  if not first or first < 1 then return nil end
  local r = { first = first, last = first, step = 1 }
  if rest == "" then return r end
  local last, tail = rest:match("^%.%.(%d+)(.*)$")
  if last then
    r.last = tonumber(last)
    if r.last < first then return nil end
    rest = tail
    if rest == "" then return r end
  else
    r.last = math.huge
  end
  local step = rest:match("^%+(%d*)$")
  if not step then return nil end
  if r.last == first and not last then r.last = math.huge end
  r.step = step == "" and 1 or tonumber(step)
  if r.step < 1 then return nil end
  return r
end

-- Parse one expression; kind is "inject" or "fault".  Returns a rule or
-- nil and a message.
function M.parse(spec, kind)
  local errno = require "moontrace.xlat.errno"
  local signals = require "moontrace.xlat.signals"
  local parts = {}
  for p in (spec .. ":"):gmatch("([^:]*):") do parts[#parts + 1] = p end
  local set, err = filter.syscalls(parts[1])
  if not set then return nil, err end
  local r = { set = set, first = 1, last = math.huge, step = 1 }
  for i = 2, #parts do
    local k, v = parts[i]:match("^([%w_]+)=(.*)$")
    if not k then return nil, ("invalid %s argument '%s'"):format(kind, parts[i]) end
    if k == "error" then
      r.error = tonumber(v) or errno.by_name[v:upper()]
      if not r.error or r.error < 1 or r.error > 4095 then return nil, ("invalid error '%s'"):format(v) end
    elseif k == "retval" and kind == "inject" then
      r.retval = tonumber(v)
      if not r.retval or r.retval ~= math.floor(r.retval) then return nil, ("invalid retval '%s'"):format(v) end
    elseif k == "signal" and kind == "inject" then
      r.signal = tonumber(v) or signals.by_name[v:upper()]
      if not r.signal then return nil, ("invalid signal '%s'"):format(v) end
    elseif (k == "delay_enter" or k == "delay_exit") and kind == "inject" then
      r[k] = delay(v)
      if not r[k] then return nil, ("invalid delay '%s'"):format(v) end
    elseif k == "when" then
      local w = when(v)
      if not w then return nil, ("invalid when '%s'"):format(v) end
      r.first, r.last, r.step = w.first, w.last, w.step
    else
      return nil, ("invalid %s argument '%s'"):format(kind, parts[i])
    end
  end
  if r.error and r.retval then return nil, "error= and retval= are mutually exclusive" end
  if kind == "fault" and not r.error then r.error = 38 end        -- ENOSYS
  if kind == "inject" and not (r.error or r.retval or r.signal or r.delay_enter or r.delay_exit) then
    return nil, "inject: missing error=, retval=, signal=, delay_enter= or delay_exit="
  end
  return r
end

-- Does invocation n (1-based) fall under the rule's WHEN?
function M.due(r, n)
  return n >= r.first and n <= r.last and (n - r.first) % r.step == 0
end

return M
