-- summary: strace -c's table of calls, errors and time per syscall.
--
-- Loaded by -c (the summary only) and -C (the summary after the trace);
-- -S sorts it, -U picks its columns, -w charges wall-clock latency instead
-- of system CPU time, -O subtracts a per-call overhead.
--   moontrace -c -f make
--   % time     seconds  usecs/call     calls    errors syscall
--   ------ ----------- ----------- --------- --------- ----------------
--    35.43    0.000495          12        39        19 openat
--
-- By default a call is charged with the system CPU time its thread group
-- used between the entry and exit stops, read from wait4's rusage as
-- strace does (the core's ev.stime), so a call that sleeps costs ~0.  Only
-- finished calls count: one that never returns (exit_group, or a tracee
-- killed inside it) is not in the table.  -z, -Z and -e status= do not
-- change the counts; -e trace= does.  With --json the table is one JSON
-- object {"kind":"summary", ...} instead (see docs/json.md).

local count = require "moontrace.count"

local wall = opts.summary_wall
local overhead = opts.summary_overhead or 0
local selected = opts.trace        -- nil: every syscall the core reports
local stats = count.new()

if not wall then session.t:want_stime(true) end

-- A call is charged with the stime between its entry stop (ev.entry_stime,
-- which the core records: no entry events are needed, so none are asked
-- for) and its exit stop.  A call met first at its exit (attached inside
-- it) has no entry: strace then charges it everything since the process
-- started, so do we.
local function ns(sec)
  return math.floor(sec * 1e9 + 0.5)
end

on("exit", function(ev)
  if selected and not selected[ev.nr] then return end
  local t
  if wall then
    t = ev.dur and ns(ev.dur) or 0
  else
    t = ns((ev.stime or 0) - (ev.entry_seen and ev.entry_stime or 0))
  end
  stats:add(ev.nr, ev.name, ev.err ~= 0, t - overhead)
end)

-- With -c nothing else is loaded, so the summary tells of new tracees on
-- stderr as strace does (with -o it stays quiet, also like strace).
if opts.summary == "only" and not opts.output and not opts.json then
  on("fork", function(ev)
    out:write(("moontrace: Process %d attached\n"):format(ev.child))
  end)
end

local function as_json()
  local json = require "moontrace.json"
  local rows, tot = stats:rows(opts.summary_sort)
  local list = {}
  for i, r in ipairs(rows) do
    list[i] = json.object({
      name = r.name, nr = r.nr, calls = r.calls, errors = r.errors,
      seconds = count.secs(r.time), min = count.secs(r.min),
      max = count.secs(r.max), avg = count.secs(r.avg),
    }, { "name", "nr", "calls", "errors", "seconds", "min", "max", "avg" })
  end
  return json.encode(json.object({
    kind = "summary", clock = wall and "wall" or "system",
    syscalls = json.array(list), calls = tot.calls, errors = tot.errors,
    seconds = count.secs(tot.time),
  }, { "kind", "clock", "syscalls", "calls", "errors", "seconds" })) .. "\n"
end

on("finish", function()
  if opts.json then
    out:write(as_json())
  else
    out:write(count.format(stats, { sortby = opts.summary_sort, columns = opts.summary_columns }))
  end
  out:flush()
end)
