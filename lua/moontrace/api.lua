-- moontrace.api: the globals a script sees (documented in docs/scripting.md).
--
-- Each script gets its own environment from api.environment(); the
-- standard library shows through, the script's own globals stay its own.

local mt = require "moontrace"
local core = mt.core
local proc = require "moontrace.proc"
local paths = require "moontrace.paths"

local M = {}

-- ---- counters and histograms -------------------------------------------

local Counter = {}
Counter.__index = function(c, k)
  local m = Counter[k]
  if m then return m end
  return 0
end

function Counter:add(key, n)
  rawset(self, key, (rawget(self, key) or 0) + (n or 1))
end

-- The n largest entries: { {key, count}, ... }, largest first.
function Counter:top(n)
  local list = {}
  for k, v in pairs(self) do list[#list + 1] = { k, v } end
  table.sort(list, function(a, b)
    if a[2] ~= b[2] then return a[2] > b[2] end
    return tostring(a[1]) < tostring(b[1])
  end)
  if n and #list > n then
    for i = #list, n + 1, -1 do list[i] = nil end
  end
  return list
end

function M.counter() return setmetatable({}, Counter) end

-- Power-of-two histogram (like bpftrace's hist()).
local Histogram = {}
Histogram.__index = Histogram

function Histogram:add(v)
  self.count = self.count + 1
  self.sum = self.sum + v
  if v > self.max then self.max = v end
  local b = 0
  local x = v * self.scale
  while x >= 1 do x = x / 2; b = b + 1 end
  self.buckets[b] = (self.buckets[b] or 0) + 1
  if b > self.top then self.top = b end
end

-- Text lines: "[lo, hi) count |@@@@@@ |"
function Histogram:lines(unit)
  local out, most = {}, 0
  for b = 0, self.top do most = math.max(most, self.buckets[b] or 0) end
  if most == 0 then return out end
  local lowest = 0
  while (self.buckets[lowest] or 0) == 0 and lowest < self.top do lowest = lowest + 1 end
  for b = lowest, self.top do
    local n = self.buckets[b] or 0
    local lo = b == 0 and 0 or 2 ^ (b - 1)
    local hi = 2 ^ b
    local bar = ("@"):rep(math.floor(n / most * 40 + 0.5))
    out[#out + 1] = ("[%6s, %6s) %8d |%-40s|"):format(
      ("%g"):format(lo), ("%g"):format(hi), n, bar) .. (unit and (" " .. unit) or "")
  end
  return out
end

-- scale: values are multiplied by it before bucketing (e.g. 1e6 for µs).
function M.histogram(scale)
  return setmetatable({ buckets = {}, top = 0, count = 0, sum = 0, max = 0,
                        scale = scale or 1 }, Histogram)
end

-- ---- per-process state ---------------------------------------------------

-- A table keyed by thread-group id whose entries are made on first use by
-- init(pid) and dropped when the process dies.
local function per_process(session, init)
  local t = {}
  local mtbl = { __index = function(tbl, pid)
    local v = init and init(pid) or {}
    rawset(tbl, pid, v)
    return v
  end }
  setmetatable(t, mtbl)
  local function drop(ev) if ev.pid == ev.tgid then rawset(t, ev.pid, nil) end end
  session:on("exited", drop)
  session:on("killed", drop)
  return t
end

-- ---- duration strings: "5ms", "2s", "150us" ---------------------------------

function M.seconds(s)
  if type(s) == "number" then return s end
  local n, unit = tostring(s):match("^%s*([%d%.]+)%s*(%a*)%s*$")
  n = tonumber(n)
  if not n then return nil end
  local mult = ({ [""] = 1, s = 1, ms = 1e-3, us = 1e-6, ["µs"] = 1e-6, ns = 1e-9, m = 60 })[unit]
  if not mult then return nil end
  return n * mult
end

-- ---- the environment -----------------------------------------------------

function M.environment(script, session, opts)
  local out = opts.out or io.stderr
  local env = setmetatable({}, { __index = _G })
  local args = script.args or {}

  env.mt, env.session, env.opts, env.args, env.out = mt, session, opts, args, out
  env.SCRIPT = script
  env.proc = proc
  env.paths = paths
  env.counter = M.counter
  env.histogram = M.histogram
  env.seconds = M.seconds
  env.now = core.now

  -- hooks: on(kind, [selector], fn)
  function env.on(kind, sel, fn)
    if fn == nil then sel, fn = nil, sel end
    if kind == "enter" or kind == "exit" then
      if sel == nil then script.wants_all = true
      else
        script.wants = script.wants or {}
        for nr in pairs(mt.select(sel)) do script.wants[nr] = true end
      end
    end
    local h = session:on(kind, sel, fn, script)
    h.pred = script.pred
    script.hooks[#script.hooks + 1] = h
    return h
  end

  -- trace(selector): the syscalls this script needs stopped at
  function env.trace(sel)
    script.declared = script.declared or {}
    for nr in pairs(mt.select(sel)) do script.declared[nr] = true end
  end

  -- filter{ syscalls=, errno=, pid=, path=, failed= }: which events reach
  -- this script's syscall hooks (registered after the call)
  function env.filter(f)
    if f.syscalls then env.trace(f.syscalls) end
    local errs
    if f.errno then
      errs = {}
      local en = require "moontrace.xlat.errno"
      for _, e in ipairs(type(f.errno) == "table" and f.errno or { f.errno }) do
        errs[type(e) == "number" and e or en.by_name[e] or error("unknown errno " .. tostring(e), 2)] = true
      end
    end
    local pids
    if f.pid then
      pids = {}
      for _, p in ipairs(type(f.pid) == "table" and f.pid or { f.pid }) do pids[p] = true end
    end
    local prefix = f.path
    script.pred = function(ev)
      if pids and not (pids[ev.pid] or pids[ev.tgid]) then return false end
      if errs and not (ev.kind == "exit" and errs[ev.err]) then return false end
      if f.failed ~= nil and ev.kind == "exit" and (ev.err ~= 0) ~= f.failed then return false end
      if prefix then
        for _, p in ipairs(paths.resolved(ev)) do
          if p and p:sub(1, #prefix) == prefix then return true end
        end
        return false
      end
      return true
    end
    for _, h in ipairs(script.hooks) do h.pred = script.pred end
  end

  -- decoder(name, { enter=, exit=, ret= }): add or replace a decoder
  function env.decoder(name, d)
    local decode = require "moontrace.decode"
    decode.decoders[name] = d
  end

  -- output: always the trace output (stderr or -o FILE), never stdout
  function env.print(...)
    local n = select("#", ...)
    local parts = {}
    for i = 1, n do parts[i] = tostring((select(i, ...))) end
    out:write(table.concat(parts, "\t"), "\n")
  end
  function env.printf(fmt, ...) out:write(fmt:format(...)) end
  function env.report(fmt, ...) out:write(fmt:format(...), "\n") end

  -- control
  function env.exit(status) session:stop(status or 0) end
  function env.detach(pid) return session:detach(pid) end
  function env.kill(pid, sig)
    if pid then return core.kill(pid, sig or 9) end
    session.t:kill_spawned()
  end

  -- follow(): trace the children too, as -f does (before they are made)
  function env.follow(on)
    if on == nil then on = true end
    opts.follow = on
    session.t:follow(on)
  end

  -- strict(): an error in a hook stops tracing (as --strict does)
  function env.strict() session.strict = true end

  -- state helpers
  function env.per_process(init) return per_process(session, init) end
  function env.every(interval, fn)
    local sec = M.seconds(interval)
    if not sec or sec <= 0 then error("every(): bad interval " .. tostring(interval), 2) end
    session:every(sec, fn)
  end
  function env.at_exit(fn) return env.on("finish", fn) end
  function env.format(ev) return session:format(ev) end

  return env
end

return M
