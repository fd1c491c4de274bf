-- tamper: strace's -e inject= / -e fault= (loaded by the command line).
--
-- Makes chosen calls fail, return a value, get a signal or wait, on chosen
-- invocations (counted per thread and syscall):
--   moontrace -e inject=openat:error=ENOENT:when=3 cat /etc/hostname
--   openat(AT_FDCWD, "/etc/hostname", O_RDONLY) = -1 ENOENT (No such file or directory) (INJECTED)

local tamper = require "moontrace.tamper"
local rules = opts.inject or {}

local all, list = {}, {}
for _, r in ipairs(rules) do
  for nr in pairs(r.set) do
    if not all[nr] then all[nr] = true; list[#list + 1] = nr end
  end
end
opts.tampered = all               -- the strace view marks these calls' results

local counts = {}                 -- pid -> nr -> invocations seen
local pending = {}                -- pid -> { injected=, delay_exit= }

on("enter", list, function(ev)
  local per = counts[ev.pid]
  if not per then per = {}; counts[ev.pid] = per end
  local n = (per[ev.nr] or 0) + 1
  per[ev.nr] = n
  for _, r in ipairs(rules) do
    if r.set[ev.nr] and tamper.due(r, n) then
      local p = pending[ev.pid] or {}
      pending[ev.pid] = p
      if r.delay_enter then ev:delay(r.delay_enter); p.delayed = true end
      if r.delay_exit then p.delay_exit = r.delay_exit; p.delayed = true end
      if r.signal then mt.core.kill(ev.pid, r.signal) end
      if r.error then ev:skip(-r.error); p.injected = true
      elseif r.retval then ev:skip(r.retval); p.injected = true end
    end
  end
end)

on("exit", list, function(ev)
  local p = pending[ev.pid]
  pending[ev.pid] = nil
  if p and p.delay_exit then ev:delay(p.delay_exit) end
  ev.injected, ev.delayed = p and p.injected or false, p and p.delayed or false
end)

local function forget(ev) counts[ev.pid] = nil; pending[ev.pid] = nil end
on("exited", forget)
on("killed", forget)
