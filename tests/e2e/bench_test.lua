-- bench_test.lua: `make bench`'s harness still runs and reports every case.
-- Tiny sizes, one round: this checks the harness (its cases, its table, its
-- target lines), never the speed; speed is measured by `make bench` only.
local H = dofile((arg[0]:gsub("[^/]*$", "")) .. "harness.lua")

local code, out, err = H.sh(("cd %s && make -s build/bench/workload build/bench/runner >/dev/null && "
  .. "BENCH_REPS=1 BENCH_N=100 BENCH_FILTER_N=200 BENCH_THREADS=4 lua5.4 bench/bench.lua"):format(H.root))
H.ok(code == 0, "bench.lua runs to the end (status " .. tostring(code) .. ")", err)
for _, case in ipairs{ "full trace %-o FILE", "%-f, 4 processes", "| %-c ", "%(filtered%)",
                       "%-f, 4 threads", "no%-op exit hook", "%-%-no%-low%-latency",
                       "%-%-cosched" } do
  H.ok(out:find(case) ~= nil, "bench table has a row for " .. case:gsub("%%", ""), out)
end
-- every row carries numbers in its five columns (a failed run would print "-")
local rows, numeric = 0, 0
for line in out:gmatch("[^\n]+") do
  if line:match("^| ") and not line:match("^| case") then
    rows = rows + 1
    if line:match("|%s+[%d.]+ |%s+[%d.]+ |%s+[%d.]+ |%s+[%d.]+ |%s+[%d.]+ |$") then numeric = numeric + 1 end
  end
end
H.ok(rows >= 10 and numeric == rows, ("every row measured (%d of %d)"):format(numeric, rows), out)
local targets = select(2, out:gsub("\n(PASS) ", "\n%1 ")) + select(2, out:gsub("\n(FAIL) ", "\n%1 "))
H.ok(targets >= 12, "the issue's targets are each checked (" .. targets .. " PASS/FAIL lines)", out)
H.ok(out:find("tracer CPU per stop") ~= nil and out:find("peak RSS") ~= nil,
     "tracer CPU per stop and peak RSS are reported", out)
H.ok(err:find("exited with") == nil, "no run failed", err)
H.done()
