-- syscount: how many system calls does each process make, and which fail?
--
-- Calls per process and per syscall, with their errors, like BCC's
-- syscount -P broken down by syscall; printed when tracing ends.
--   moontrace -f -l syscount make
--
--   PID     COMM                CALLS  ERRORS
--   48213   make                 1234      56
--     openat                      210      48  ENOENT 46, EACCES 2
--     read                        180
--
-- Options: top=N (syscalls shown per process, default 10; 0 for all).

local top = tonumber(args.top) or 10
local procs = {}     -- tgid -> { comm, calls = counter, failed = counter, errors = { name -> counter } }
local order = {}     -- tgids in order of first call

local function process(ev)
  local p = procs[ev.tgid]
  if not p then
    p = { comm = proc(ev.pid).comm or "?", total = 0, nfailed = 0,
          calls = counter(), failed = counter(), errors = {} }
    procs[ev.tgid] = p
    order[#order + 1] = ev.tgid
  end
  return p
end

-- Counted at entry, so that exit_group and a successful execve count too.
on("enter", function(ev)
  local p = process(ev)
  p.total = p.total + 1
  p.calls:add(ev.name)
end)

on("exit", function(ev)
  if ev.err == 0 then return end
  local p = process(ev)
  p.nfailed = p.nfailed + 1
  p.failed:add(ev.name)
  p.errors[ev.name] = p.errors[ev.name] or counter()
  p.errors[ev.name]:add(ev.errname or tostring(ev.err))
end)

on("exec", function(ev) process(ev).comm = proc(ev.pid).comm or "?" end)

at_exit(function()
  table.sort(order, function(a, b) return procs[a].total > procs[b].total end)
  report("%-7s %-16s %8s %7s", "PID", "COMM", "CALLS", "ERRORS")
  for _, tgid in ipairs(order) do
    local p = procs[tgid]
    report("%-7d %-16s %8d %7d", tgid, p.comm, p.total, p.nfailed)
    for _, kv in ipairs(p.calls:top(top > 0 and top or nil)) do
      local name, n = kv[1], kv[2]
      local errs = {}
      for _, e in ipairs(p.errors[name] and p.errors[name]:top() or {}) do
        errs[#errs + 1] = e[1] .. " " .. e[2]
      end
      if #errs > 0 then
        report("  %-22s %8d %7d  %s", name, n, p.failed[name], table.concat(errs, ", "))
      else
        report("  %-22s %8d", name, n)
      end
    end
  end
end)
