-- bench.lua: moontrace against strace and the untraced program, side by side.
--
-- Answers "how much does tracing cost, and do we beat strace?"  Every case
-- runs the untraced workload, strace and moontrace, alternated in one run
-- (round after round, so that a noisy neighbour hurts all three alike),
-- and prints medians and the ratios moontrace/strace, moontrace/untraced.
--
--   make bench                       (builds, then runs this)
--   BENCH_REPS=3 BENCH_N=5000 lua5.4 bench/bench.lua
--   BENCH_MT_OPTS="--some-option" ... adds options to every moontrace run
--
-- Environment: BENCH_REPS rounds (5); BENCH_N loop rounds of the full traces
-- (20000: 80000 syscalls); BENCH_FILTER_N rounds of the filtered trace
-- (50000); BENCH_THREADS (100).  Example line of the table:
--   full trace -o FILE       0.0245   5.8123   5.1234   0.88   209

local root = (arg and arg[0] or ""):match("^(.*)/bench/[^/]*$") or "."
local BIN = root .. "/build/bench"
local MT = root .. "/moontrace"
local REPS = tonumber(os.getenv("BENCH_REPS") or "") or 5
local N = tonumber(os.getenv("BENCH_N") or "") or 20000
local FN = tonumber(os.getenv("BENCH_FILTER_N") or "") or 50000
local THREADS = tonumber(os.getenv("BENCH_THREADS") or "") or 100
local MT_OPTS = {}
for o in (os.getenv("BENCH_MT_OPTS") or ""):gmatch("%S+") do MT_OPTS[#MT_OPTS + 1] = o end

local tmp = os.tmpname()
os.remove(tmp)
os.execute("mkdir -p " .. tmp)

local function shquote(s)
  if s:match("^[%w%./_=,%%:@+-]+$") then return s end
  return "'" .. s:gsub("'", "'\\''") .. "'"
end

local function sh(cmd)
  local p = assert(io.popen(cmd, "r"))
  local out = p:read("a")
  p:close()
  return out
end

local function cat(...)
  local all = {}
  for _, list in ipairs({ ... }) do
    for _, a in ipairs(list) do all[#all + 1] = a end
  end
  return all
end

-- One measured run: wall seconds, the process's own CPU seconds, peak RSS.
-- argv.lowlat: run it while the runner holds a zero wake-up latency request.
local function run(argv)
  local q = {}
  for i, a in ipairs(argv) do q[i] = shquote(a) end
  local line = sh((argv.lowlat and "BENCH_LOWLAT=1 " or "") .. BIN .. "/runner " .. table.concat(q, " "))
  local wall, cpu, rss, status = line:match("^(%S+) (%S+) (%S+) (%S+)")
  if not wall then error("runner failed: " .. table.concat(q, " ") .. ": " .. line) end
  return { wall = tonumber(wall), cpu = tonumber(cpu), rss = tonumber(rss),
           status = tonumber(status) }
end

local function lines_of(path)
  local f = io.open(path)
  if not f then return 0 end
  local n = 0
  for _ in f:lines() do n = n + 1 end
  f:close()
  return n
end

local function median(xs)
  local s = {}
  for i, x in ipairs(xs) do s[i] = x end
  table.sort(s)
  local n = #s
  if n == 0 then return nil end
  if n % 2 == 1 then return s[(n + 1) // 2] end
  return (s[n // 2] + s[n // 2 + 1]) / 2
end

-- ---- the cases ---------------------------------------------------------------

local W = BIN .. "/workload"
local loop = { W, "loop", tostring(N) }
local procs = { W, "procs", "4", tostring(N) }
local floop = { W, "loop", tostring(FN) }
local threads = { W, "threads", tostring(THREADS), "200" }
local noop = root .. "/bench/noop.lua"
local function out(tool) return tmp .. "/" .. tool .. ".out" end
local function mt(opts) return cat({ MT }, MT_OPTS, opts) end
local function lowlat(argv) argv.lowlat = true; return argv end
-- Whether the latency request can be made here (root): else the
-- low-latency rows measure nothing and are left out.
local has_lowlat = os.execute("BENCH_LOWLAT=1 " .. BIN .. "/runner true >/dev/null 2>&1") == true

local has_summary = os.execute(MT .. " -c -o /dev/null true >/dev/null 2>&1") == true

-- Each case: tools in the order they run each round; `stops` = the trace
-- has one line per syscall, two stops each.
local cases = {
  { key = "full", name = "full trace -o FILE", stops = true, tools = {
    { "untraced", loop },
    { "strace", cat({ "strace", "-o", out("strace") }, loop) },
    { "moontrace", cat(mt{ "-o", out("moontrace") }, loop) },
    { "hook", cat(mt{ "-l", "strace", "-l", noop, "-o", out("hook") }, loop) },
    { "cosched", cat(mt{ "--no-low-latency", "--cosched", "-o", out("cosched") }, loop) },
    { "nolat", cat(mt{ "--no-low-latency", "-o", out("nolat") }, loop) },
    { "strace_lat", lowlat(cat({ "strace", "-o", out("strace_lat") }, loop)), lowlat = true },
  } },
  { key = "follow", name = "-f, 4 processes", tools = {
    { "untraced", procs },
    { "strace", cat({ "strace", "-f", "-o", out("strace") }, procs) },
    { "moontrace", cat(mt{ "-f", "-o", out("moontrace") }, procs) },
    { "cosched", cat(mt{ "--no-low-latency", "--cosched", "-f", "-o", out("cosched") }, procs) },
    { "nolat", cat(mt{ "--no-low-latency", "-f", "-o", out("nolat") }, procs) },
    { "strace_lat", lowlat(cat({ "strace", "-f", "-o", out("strace_lat") }, procs)), lowlat = true },
  } },
  { key = "summary", name = "-c", skip = not has_summary and "moontrace -c fails", tools = {
    { "untraced", loop },
    { "strace", cat({ "strace", "-c", "-o", out("strace") }, loop) },
    { "moontrace", cat(mt{ "-c", "-o", out("moontrace") }, loop) },
    { "cosched", cat(mt{ "--no-low-latency", "--cosched", "-c", "-o", out("cosched") }, loop) },
    { "nolat", cat(mt{ "--no-low-latency", "-c", "-o", out("nolat") }, loop) },
    { "strace_lat", lowlat(cat({ "strace", "-c", "-o", out("strace_lat") }, loop)), lowlat = true },
  } },
  { key = "filtered", name = "-e trace=%network (filtered)", tools = {
    { "untraced", floop },
    { "strace", cat({ "strace", "-e", "trace=%network", "-o", out("strace") }, floop) },
    { "moontrace", cat(mt{ "-e", "trace=%network", "-o", out("moontrace") }, floop) },
    { "strace_bpf", cat({ "strace", "-f", "--seccomp-bpf", "-e", "trace=%network", "-o",
                          out("strace_bpf") }, floop) },
  } },
  { key = "threads", name = ("-f, %d threads"):format(THREADS), stops = true, tools = {
    { "untraced", threads },
    { "strace", cat({ "strace", "-f", "-o", out("strace") }, threads) },
    { "moontrace", cat(mt{ "-f", "-o", out("moontrace") }, threads) },
  } },
}

-- ---- running -------------------------------------------------------------------

local results = {}     -- key -> tool -> { runs }
local stops = {}       -- key -> tool -> stops in one run
for _, c in ipairs(cases) do
  results[c.key], stops[c.key] = {}, {}
  for _, t in ipairs(c.tools) do results[c.key][t[1]] = {} end
end

io.stderr:write(("bench: %d rounds; workload %d rounds (%d syscalls), filtered %d rounds\n")
  :format(REPS, N, 4 * N, FN))
for rep = 1, REPS do
  for _, c in ipairs(cases) do
    if not c.skip then
      for _, t in ipairs(c.tools) do
        if t.lowlat and not has_lowlat then goto next_tool end
        local r = run(t[2])
        if r.status ~= 0 then
          io.stderr:write(("bench: %s / %s exited with %d\n"):format(c.name, t[1], r.status))
        end
        table.insert(results[c.key][t[1]], r)
        if rep == 1 and c.stops and t[1] ~= "untraced" then
          stops[c.key][t[1]] = 2 * lines_of(out(t[1]))
        end
        ::next_tool::
      end
    end
  end
  io.stderr:write(("bench: round %d/%d done\n"):format(rep, REPS))
end

-- ---- the report ----------------------------------------------------------------

local function med(key, tool, field)
  local rs = results[key] and results[key][tool]
  if not rs or #rs == 0 then return nil end
  local xs = {}
  for i, r in ipairs(rs) do xs[i] = r[field or "wall"] end
  return median(xs)
end

local function num(x, f) return x and (f or "%.3f"):format(x) or "-" end
local function ratio(a, b) return (a and b and b > 0) and a / b or nil end

local function uname() return (sh("uname -r"):gsub("%s+$", "")) end
local function nproc() return (sh("nproc"):gsub("%s+$", "")) end
local sv = sh("strace -V 2>/dev/null"):match("version (%S+)") or "?"
print(("moontrace bench: %s CPUs, Linux %s, strace %s, %d rounds, medians of wall time (s)")
  :format(nproc(), uname(), sv, REPS))
print()
print(("| %-46s | %9s | %9s | %9s | %9s | %11s |"):format(
  "case", "untraced", "strace", "moontrace", "mt/strace", "mt/untraced"))
print("|" .. ("-"):rep(48) .. "|" .. (("-"):rep(11) .. "|"):rep(4) .. ("-"):rep(13) .. "|")
local function row(name, u, s, m)
  print(("| %-46s | %9s | %9s | %9s | %9s | %11s |"):format(
    name, num(u), num(s), num(m), num(ratio(m, s), "%.2f"), num(ratio(m, u), "%.2f")))
end
for _, c in ipairs(cases) do
  if c.skip then
    print(("| %-46s | %-63s |"):format(c.name, "skipped: " .. c.skip))
  else
    row(c.name, med(c.key, "untraced"), med(c.key, "strace"), med(c.key, "moontrace"))
    if results[c.key].nolat then
      row(c.name .. ", --no-low-latency", med(c.key, "untraced"), med(c.key, "strace"), med(c.key, "nolat"))
    end
    if results[c.key].cosched then
      row(c.name .. ", --no-low-latency --cosched", med(c.key, "untraced"), med(c.key, "strace"), med(c.key, "cosched"))
    end
  end
end
row("full trace + no-op exit hook", med("full", "untraced"), med("full", "strace"), med("full", "hook"))
row("filtered, strace -f --seccomp-bpf", med("filtered", "untraced"), med("filtered", "strace_bpf"),
    med("filtered", "moontrace"))
print()
-- Both tracers under the same zero-latency request: what is left is the
-- tracers' own cost per stop.
if has_lowlat then
  print("Both tracers with idle CPUs polling (strace run under the same PM QoS request as")
  print("moontrace's --low-latency makes; moontrace in its default mode):")
  print()
  print(("| %-46s | %9s | %9s | %9s | %9s | %11s |"):format(
    "case", "untraced", "strace", "moontrace", "mt/strace", "mt/untraced"))
  print("|" .. ("-"):rep(48) .. "|" .. (("-"):rep(11) .. "|"):rep(4) .. ("-"):rep(13) .. "|")
  for _, c in ipairs(cases) do
    if results[c.key].strace_lat and #results[c.key].strace_lat > 0 then
      row(c.name, med(c.key, "untraced"), med(c.key, "strace_lat"), med(c.key, "moontrace"))
    end
  end
  print()
end

local function per_stop(key, tool)
  local cpu, n = med(key, tool, "cpu"), stops[key][tool]
  if not cpu or not n or n == 0 then return nil end
  return cpu / n * 1e6
end
print(("tracer CPU per stop (us), full trace, %d stops:  strace %s  moontrace %s;  --no-low-latency: moontrace %s  with --cosched %s;  strace with idle polling %s")
  :format(stops.full.moontrace or 0, num(per_stop("full", "strace"), "%.2f"), num(per_stop("full", "moontrace"), "%.2f"),
          num(per_stop("full", "nolat"), "%.2f"), num(per_stop("full", "cosched"), "%.2f"),
          num(per_stop("full", "strace_lat"), "%.2f")))
print(("%d threads traced:  tracer CPU per stop (us) strace %s  moontrace %s;  peak RSS (MB) strace %s  moontrace %s  untraced %s")
  :format(THREADS, num(per_stop("threads", "strace"), "%.2f"), num(per_stop("threads", "moontrace"), "%.2f"),
          num(med("threads", "strace", "rss") and med("threads", "strace", "rss") / 1024, "%.1f"),
          num(med("threads", "moontrace", "rss") and med("threads", "moontrace", "rss") / 1024, "%.1f"),
          num(med("threads", "untraced", "rss") and med("threads", "untraced", "rss") / 1024, "%.1f")))
print()

-- The targets of issue 6.
local function check(desc, ok)
  print(("%-4s %s"):format(ok == nil and "n/a" or ok and "PASS" or "FAIL", desc))
  io.stdout:flush()
end
local function le(a, b) if a and b then return a <= b end end
for _, v in ipairs{ { "moontrace", "" }, { "nolat", " (--no-low-latency)" },
                    { "cosched", " (--no-low-latency --cosched)" } } do
  local tool, how = v[1], v[2]
  check("full trace: moontrace <= 0.9 x strace" .. how, le(med("full", tool), med("full", "strace") and 0.9 * med("full", "strace")))
  check("-f: moontrace <= strace" .. how, le(med("follow", tool), med("follow", "strace")))
  check("-c: moontrace <= strace" .. how, le(med("summary", tool), med("summary", "strace")))
end
check("filtered: moontrace <= 1.5 x untraced", le(med("filtered", "moontrace"), med("filtered", "untraced") and 1.5 * med("filtered", "untraced")))
check("filtered: untraced >= 50 x faster than strace", le(med("filtered", "untraced") and 50 * med("filtered", "untraced"), med("filtered", "strace")))
check("no-op exit hook: <= 1.1 x the default view", le(med("full", "hook"), med("full", "moontrace") and 1.1 * med("full", "moontrace")))

os.execute("rm -rf " .. tmp)
