-- harness.lua: end-to-end tests, moontrace against the installed strace.
--
-- Each test runs the same command under `strace -o A OPTS` and
-- `moontrace -o B OPTS`, normalises both traces (addresses, pids, random
-- bytes, clock readings) and compares them.  Output is TAP.
--
--   local H = dofile("tests/e2e/harness.lua")
--   H.same("date", { }, { "date" })
--   H.done()

local H = {}

local root = (arg and arg[0] or ""):match("^(.*)/tests/e2e/[^/]*$") or "."
H.root = root
H.moontrace = root .. "/moontrace"
H.tmp = os.tmpname()
os.remove(H.tmp)
os.execute("mkdir -p " .. H.tmp)

local n, failed = 0, 0

function H.ok(cond, desc, detail)
  n = n + 1
  io.write(cond and "ok " or "not ok ", n, " - ", desc, "\n")
  if not cond then
    failed = failed + 1
    if detail then io.stderr:write("# ", desc, "\n", detail, "\n") end
  end
  io.stdout:flush()
  return cond
end

function H.done()
  os.execute("rm -rf " .. H.tmp)
  os.exit(failed == 0 and 0 or 1)
end

local function shquote(s)
  if s:match("^[%w%./_=,%%:@+-]+$") then return s end
  return "'" .. s:gsub("'", "'\\''") .. "'"
end
H.shquote = shquote

local function join(list)
  local t = {}
  for i, a in ipairs(list) do t[i] = shquote(a) end
  return table.concat(t, " ")
end
H.join = join

function H.read(path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local s = f:read("a")
  f:close()
  return s
end

function H.write(path, s)
  local f = assert(io.open(path, "wb"))
  f:write(s)
  f:close()
end

-- Run a shell command; returns exit code, stdout, stderr.
function H.sh(cmd)
  local o, e = H.tmp .. "/sh.out", H.tmp .. "/sh.err"
  local ok, how, code = os.execute(cmd .. " >" .. o .. " 2>" .. e)
  if how == "signal" then code = 128 + code end
  return code, H.read(o) or "", H.read(e) or ""
end

-- Build a victim from tests/victims/NAME.c (once); returns its path.
local built = {}
function H.victim(name)
  if built[name] then return built[name] end
  local bin = root .. "/build/victims/" .. name
  local src = root .. "/tests/victims/" .. name .. ".c"
  os.execute("mkdir -p " .. root .. "/build/victims")
  -- build aside and rename: another test run may be executing the old one
  local tmp = ("%s.%s.tmp"):format(bin, H.tmp:match("[^/]+$"))
  local code, _, err = H.sh(("cc -O1 -g -o %s %s -lpthread"):format(tmp, src))
  assert(code == 0, "cannot build victim " .. name .. ": " .. err)
  assert(os.rename(tmp, bin))
  built[name] = bin
  return bin
end

-- ---- normalising -----------------------------------------------------------

-- Return values that are pids or tids.
local PID_RETURNS = { set_tid_address = true, getpid = true, gettid = true, getppid = true,
  clone = true, clone3 = true, fork = true, vfork = true, wait4 = true, waitid = true }
local FORKS = { clone = true, clone3 = true, fork = true, vfork = true }

-- Replace pids by names from the process tree: the first process is P1,
-- the children it makes are P1.1, P1.2... in the order of its own fork
-- calls, theirs P1.1.1...  That order is the same under both tracers,
-- whatever the interleaving of lines.  Other pids get Xn.
local function line_pid(l)
  return l:match("^(%d+)[ <]") or l:match("^%[pid +(%d+)[%]<]")
end

local function pid_map(lines)
  local map, others = {}, 0
  local root
  for _, l in ipairs(lines) do root = root or line_pid(l) end
  root = root or "ROOT"
  -- a child's name needs its parent's: repeat until nothing new is named
  local named = -1
  while true do
    map = { [root] = "P1" }
    local kids, count = {}, 1
    for _, l in ipairs(lines) do
      local p = line_pid(l) or root
      -- (patterns that stay linear on lines of 100 KB: -v of long arrays)
      local ret = l:match("%) += (%d+)$")
      local name = ret and (l:match("^[^(]-([%w_]+)%(") or l:match("<%.%.%. ([%w_]+) resumed>"))
      if map[p] and name and FORKS[name] and ret ~= "0" and not map[ret] then
        kids[p] = (kids[p] or 0) + 1
        map[ret] = map[p] .. "." .. kids[p]
        count = count + 1
      end
    end
    if count == named then break end
    named = count
  end
  -- processes made by untraced calls: named in the order of their first
  -- line's text (the same under both tracers), not of their appearance
  local first, unnamed = {}, {}
  for _, l in ipairs(lines) do
    local p = line_pid(l)
    if p and not map[p] and not first[p] then
      first[p] = l:gsub("^%S+%s+", "")
      unnamed[#unnamed + 1] = p
    end
  end
  table.sort(unnamed, function(a, b)
    if first[a] ~= first[b] then return first[a] < first[b] end
    return tonumber(a) < tonumber(b)
  end)
  for _, p in ipairs(unnamed) do others = others + 1; map[p] = "X" .. others end
  -- pids seen elsewhere (si_pid of untraced children, returns, messages)
  local function other(p)
    if not map[p] then others = others + 1; map[p] = "X" .. others end
  end
  for _, l in ipairs(lines) do
    local ret = l:match("^.*%) += (%d+)%f[%D]")
    local name = ret and l:match("([%w_]+)%(")
    if name and PID_RETURNS[name] and ret ~= "0" then other(ret) end
    local p = l:match("Process (%d+) attached") or l:match("si_pid=(%d+)")
    if p then other(p) end
  end
  return map
end

-- Calls whose first argument is a pid.
local PID_ARGS = { kill = true, tkill = true, tgkill = true, wait4 = true, pidfd_open = true,
  getpgid = true, setpgid = true, getsid = true, prlimit64 = true, sched_getaffinity = true,
  sched_setaffinity = true, sched_getparam = true, sched_getscheduler = true,
  process_vm_readv = true, process_vm_writev = true, rt_sigqueueinfo = true }

-- Whether the number at text[at, after) stands where only a pid can.
local function pid_context(text, at, after)
  local before = text:sub(math.max(1, at - 24), at - 1)
  if before:find("/proc/$") or before:find("pid=$") or before:find("pid ?$")
    or before:find("tgkill%(%d+, $") or before:find("P_PID, $") then return true end
  local name = before:match("([%w_]+)%($")
  if name and PID_ARGS[name] then return true end
  if before:find("= $") and text:sub(after) == "" then
    name = text:match("<%.%.%. ([%w_]+) resumed>") or text:match("([%w_]+)%(")
    return name ~= nil and PID_RETURNS[name] ~= nil
  end
  return false
end

-- Rename pids in lines.  A pid also turns up in text (a victim printing
-- it, a kill argument), so whole numbers are renamed anywhere, except the
-- numbers in keep: those the other tracer's trace shows as plain values
-- (a pid of 12288 in one run must not rename an mmap length of 12288).
-- The line's own pid prefix is always renamed.
local function normalise_pids(lines, keep)
  local map = pid_map(lines)
  keep = keep or {}
  local out = {}
  for i, l in ipairs(lines) do
    local head, rest = l:match("^(%d+)([ <].*)$")
    if not head then
      local a, p, b = l:match("^(%[pid +)(%d+)([%]<].*)$")
      if a then head, rest = a .. map[p], b end
    else
      head = map[head]
    end
    -- whole numbers only: not the digits of 0x8000 or of a name
    rest = rest or l
    rest = rest:gsub("()%f[%w](%d+)()%f[%W]", function(at, d, after)
      if not keep[d] or pid_context(rest, at, after) then return map[d] end
    end)
    out[i] = (head or "") .. rest
  end
  return out
end

local function split_lines(text)
  local lines = {}
  for l in text:gmatch("([^\n]*)\n") do lines[#lines + 1] = l end
  return lines
end

-- The whole numbers of text that are not pids in it: values that the
-- other trace of the same program must not rename.
function H.plain_numbers(text)
  local map, set = pid_map(split_lines(text)), {}
  for d in text:gmatch("%f[%w](%d+)%f[%W]") do
    if not map[d] then set[d] = true end
  end
  return set
end

-- The default rules; tests may add their own.
H.rules = {
  { "0x%x%x%x%x%x%x%x+", "0xADDR" },              -- pointers
  { "^strace: ", "moontrace: " },
  { "<strace>", "<moontrace>" },                -- -Y: the child before its exec
  { "getrandom%(\"[^\"]*\"", "getrandom(\"RANDOM\"" },
  { "%d%d:%d%d:%d%d", "HH:MM:SS" },              -- clock readings printed by victims
  { "/%* %d%d%d%d%-%d%d%-%d%dT[^*]* %*/", "/* DATE */" }, -- -v timestamps of fresh files
  { "htons%(%d%d%d%d%d%)", "htons(EPHEMERAL)" },  -- ports the kernel picked
  -- CPU time a child used (SIGCHLD), in clock ticks: whether a tick fell in it is luck
  -- (a tick count of 1 may have been renamed as a pid: 1 is one in a PID namespace)
  { "(si_[us]time=)[%w%.]+ /%* [%d.]+ s %*/", "%1T" }, { "(si_[us]time=)[%w%.]+", "%1T" },
}

function H.normalise(text, extra, keep)
  local lines = normalise_pids(split_lines(text), keep)
  for i, l in ipairs(lines) do
    for _, r in ipairs(H.rules) do l = l:gsub(r[1], r[2]) end
    for _, r in ipairs(extra or {}) do l = l:gsub(r[1], r[2]) end
    lines[i] = l
  end
  return lines
end

-- Join "<unfinished ...>" halves with their "<... resumed>" halves, so that
-- traces of several processes compare whatever the scheduling was.
function H.merge_unfinished(lines)
  local open, out = {}, {}
  for _, l in ipairs(lines) do
    local pfx, head = l:match("^(%S+ +)(.*) <unfinished %.%.%.>$")
    if not pfx then
      local p2, h2 = l:match("^(%[pid +[^%]]+%] )(.*) <unfinished %.%.%.>$")
      pfx, head = p2, h2
    end
    if not pfx then
      head = l:match("^(.*) <unfinished %.%.%.>$")
      if head then pfx = "" end
    end
    if pfx then
      open[pfx] = { index = #out + 1, head = head }
      out[#out + 1] = false
    else
      local p, name, rest = l:match("^(.-)<%.%.%. ([%w_]+) resumed>(.*)$")
      if p and open[p] then
        out[open[p].index] = p .. open[p].head .. rest
        open[p] = nil
      else
        out[#out + 1] = l
      end
    end
  end
  local res = {}
  for _, l in ipairs(out) do if l then res[#res + 1] = l end end
  return res
end

-- Group lines by their pid prefix (after normalising), keeping order.
-- Signals arrive when the scheduler says, so each process's "---" lines
-- are compared as a sorted list after its calls.
function H.by_pid(lines)
  local groups, sigs = {}, {}
  for _, l in ipairs(lines) do
    local p = l:match("^([PX][%d%.]+) ") or "P1"
    local body = l:gsub("^[PX][%d%.]+ +", "")
    groups[p] = groups[p] or {}
    sigs[p] = sigs[p] or {}
    body = body:gsub("%s+= ", " = ")
    table.insert(body:match("^%-%-%- ") and sigs[p] or groups[p], body)
  end
  for p, list in pairs(sigs) do
    table.sort(list)
    for _, l in ipairs(list) do table.insert(groups[p], l) end
  end
  local flat = {}
  local keys = {}
  for k in pairs(groups) do keys[#keys + 1] = k end
  table.sort(keys)
  for _, k in ipairs(keys) do
    for _, l in ipairs(groups[k]) do flat[#flat + 1] = k .. " " .. l end
  end
  return flat
end

-- A readable diff of two line lists (first differences only).
function H.diff(a, b, max)
  max = max or 12
  local out, shown = {}, 0
  local len = math.max(#a, #b)
  for i = 1, len do
    if a[i] ~= b[i] then
      out[#out + 1] = ("  line %d\n    strace:    %s\n    moontrace: %s"):format(i, a[i] or "<none>", b[i] or "<none>")
      shown = shown + 1
      if shown >= max then break end
    end
  end
  return table.concat(out, "\n")
end

-- Count equal lines for fidelity figures: the longest common subsequence,
-- so that one extra line (a call restarted after a signal, which depends
-- on timing) costs one line, not every line after it.  Returns the count,
-- the total, and per line of a whether it was matched.
function H.score(a, b)
  local n, m = #a, #b
  local prev, cur = {}, {}
  for j = 0, m do prev[j] = 0 end
  local rows = {}
  for i = 1, n do
    cur = { [0] = 0 }
    local ai = a[i]
    for j = 1, m do
      if ai == b[j] then cur[j] = prev[j - 1] + 1
      else cur[j] = math.max(prev[j], cur[j - 1]) end
    end
    rows[i] = cur
    prev = cur
  end
  rows[0] = setmetatable({}, { __index = function() return 0 end })
  -- walk back to mark matched lines of a
  local matched, i, j = {}, n, m
  while i > 0 and j > 0 do
    if a[i] == b[j] then matched[i] = true; i, j = i - 1, j - 1
    elseif (rows[i - 1][j] or 0) >= (rows[i][j - 1] or 0) then i = i - 1
    else j = j - 1 end
  end
  return n > 0 and m > 0 and rows[n][m] or 0, math.max(n, m), matched
end

H.totals = { same = 0, lines = 0 }

-- Trace cmd (a list) under both tracers with the option list opts.
-- Returns the two normalised line lists and both exit codes.
function H.both(opts, cmd, t)
  t = t or {}
  local a, b = H.tmp .. "/strace.out", H.tmp .. "/moontrace.out"
  local env = t.env and (t.env .. " ") or ""
  local stdin = t.stdin and (" <" .. t.stdin) or " </dev/null"
  if t.pre then os.execute(t.pre) end    -- reset what the victim changes
  local ca = H.sh(("%sstrace -o %s %s -- %s%s"):format(env, a, join(opts), join(cmd), stdin))
  if t.pre then os.execute(t.pre) end
  local mopts = join(opts) .. (t.mt_extra and (" " .. join(t.mt_extra)) or "")
  local cb = H.sh(("%s%s -o %s %s -- %s%s"):format(env, H.moontrace, b, mopts, join(cmd), stdin))
  local ta, tb = H.read(a) or "", H.read(b) or ""
  local la = H.normalise(ta, t.rules, H.plain_numbers(tb))
  local lb = H.normalise(tb, t.rules, H.plain_numbers(ta))
  if t.merge then
    la, lb = H.merge_unfinished(la), H.merge_unfinished(lb)
    la, lb = H.by_pid(la), H.by_pid(lb)
  end
  if t.filter then
    local fa, fb = {}, {}
    for _, l in ipairs(la) do if t.filter(l) then fa[#fa + 1] = l end end
    for _, l in ipairs(lb) do if t.filter(l) then fb[#fb + 1] = l end end
    la, lb = fa, fb
  end
  return la, lb, ca, cb
end

-- The main check: moontrace's trace equals strace's, and so do exit codes.
-- Two tracers' runs of one program can differ by scheduling alone (which
-- child a signal finds first, a pid equal to a constant).  A comparison
-- that differs is run once more, and fails only if it differs again; the
-- first difference is still printed ("# rerun:" lines, which tests/run
-- shows), so a flaky comparison is seen, and a real difference fails.
function H.same(desc, opts, cmd, t)
  local la, lb, ca, cb = H.both(opts, cmd, t)
  local same, total = H.score(la, lb)
  if (same ~= total or total == 0 or ca ~= cb) and not (t and t.no_rerun) then
    io.write("# rerun: ", desc, " (", same, "/", total, " lines, exit ", tostring(ca), "/",
             tostring(cb), ")\n", (H.diff(la, lb, 3):gsub("[^\n]+", "#   %0")), "\n")
    la, lb, ca, cb = H.both(opts, cmd, t)
    same, total = H.score(la, lb)
  end
  H.totals.same = H.totals.same + same
  H.totals.lines = H.totals.lines + total
  local equal = same == total and total > 0
  H.ok(equal, ("%s: %d/%d lines identical to strace"):format(desc, same, total),
       equal and nil or H.diff(la, lb))
  H.ok(ca == cb, desc .. ": same exit status (" .. tostring(ca) .. ")",
       ("strace exited %s, moontrace %s"):format(tostring(ca), tostring(cb)))
  return la, lb
end

return H
