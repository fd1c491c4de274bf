-- slow: which system calls take long, and how long do the others take?
--
-- Calls that take longer than a threshold are printed as they finish, with
-- their duration; at the end, a latency histogram (in microseconds) of every
-- call of each syscall that was slow at least once.
--   moontrace -f -l slow,threshold=5ms ./app
--
--       20.114 ms  48213  clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=20000000}, NULL) = 0
--
-- Options: threshold=DURATION (default 10ms; also 500us, 1s...), all (a
-- histogram for every syscall, slow or not).  The duration is wall-clock time
-- from entry to exit: a call that blocks (read, wait4, poll) is slow too.

local threshold = seconds(args.threshold or "10ms")
  or error("slow: bad threshold '" .. tostring(args.threshold) .. "' (try 5ms)")

local latency = {}     -- syscall name -> histogram of its calls, in µs
local slow = counter() -- syscall name -> calls over the threshold

on("exit", function(ev)
  local d = ev.dur
  if not d then return end      -- its entry was before we attached
  local h = latency[ev.name]
  if not h then h = histogram(1e6); latency[ev.name] = h end
  h:add(d)
  if d >= threshold then
    slow:add(ev.name)
    report("%10.3f ms  %-6d %s", d * 1e3, ev.pid, ev:format())
  end
end)

at_exit(function()
  local names = {}
  for name in pairs(latency) do
    if args.all or slow[name] > 0 then names[#names + 1] = name end
  end
  table.sort(names, function(a, b) return latency[a].sum > latency[b].sum end)
  for _, name in ipairs(names) do
    local h = latency[name]
    report("\n%s: %d calls, %d over %g ms, max %.3f ms, total %.3f ms", name, h.count,
           slow[name], threshold * 1e3, h.max * 1e3, h.sum * 1e3)
    for _, l in ipairs(h:lines("us")) do report("  %s", l) end
  end
end)
