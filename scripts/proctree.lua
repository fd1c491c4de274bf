-- proctree: the tree of processes and threads a program made -- process or thread?
--
-- Follows every fork, vfork and clone, and prints, when tracing ends, who
-- made whom and how: a thread (clone with CLONE_THREAD: same memory, files
-- and signal handlers), a process made by vfork (borrows its parent's memory
-- until it execs), or by fork/clone (its own copy of the memory); with each
-- the clone flags, the commands it exec'd, how it ended and how long it lived.
--
--   moontrace -l proctree python3 main.py
--   moontrace -l proctree -p $(pgrep -o nginx)      # Ctrl-C prints the tree so far
--
--   proctree: 2 processes, 1 thread
--   4242 /usr/bin/python3 main.py  exit 0     139.5 ms
--   ├─ 4243 sleep 6                exit 0      6.00 s  process (vfork: shares memory until exec)
--   └─ 4244 [thread]               exit 0     103.4 ms  thread (clone3: CLONE_VM|CLONE_FS|...|CLONE_THREAD|...)

local clone_flags = require("moontrace.xlat.clone").flags

session.t:follow(true)
local tasks, roots = {}, {}     -- tid -> { tid, kids, how, thread, flags, cmds, start, stop, result }
local creating = {}             -- tid -> the syscall that is making a child

local function task(tid, time)
  local t = tasks[tid]
  if not t then
    t = { tid = tid, kids = {}, cmds = {}, start = time }
    tasks[tid] = t
  end
  return t
end

local function argv(pid)
  local a = proc(pid).argv
  return a and table.concat(a, " ") or nil
end

on("attach", function(ev)
  local t = task(ev.pid, ev.time)
  t.cmds, t.copy = { argv(ev.pid) }, ev.how == "spawn"   -- spawned: moontrace's own until exec
  roots[#roots + 1] = t
end)

on("enter", { "clone", "clone3", "fork", "vfork" }, function(ev) creating[ev.pid] = ev.name end)

on("fork", function(ev)
  local parent = task(ev.pid, ev.time)
  local t = task(ev.child, ev.time)
  t.start, t.parent = ev.time, parent
  t.how, t.thread, t.flags = creating[ev.pid] or ev.how, ev.thread, ev.clone_flags
  t.vfork = ev.how == "vfork" or (ev.clone_flags & 0x4000) ~= 0
  if not ev.thread then t.cmds, t.copy = { parent.cmds[#parent.cmds] }, true end  -- until it execs
  parent.kids[#parent.kids + 1] = t
end)

on("exec", function(ev)
  local t = task(ev.pid, ev.time)
  local cmd = argv(ev.pid)
  if t.copy then t.cmds, t.copy = {}, nil end
  t.cmds[#t.cmds + 1] = cmd
  if ev.old_pid ~= ev.pid and tasks[ev.old_pid] then
    tasks[ev.old_pid].result = ("exec'd, took over pid %d"):format(ev.pid)
    tasks[ev.old_pid].stop = ev.time
  end
end)

on("exited", function(ev)
  local t = task(ev.pid, ev.time)
  t.stop, t.result = ev.time, ("exit %d"):format(ev.status)
end)

on("killed", function(ev)
  local t = task(ev.pid, ev.time)
  t.stop, t.result = ev.time, ("killed by %s%s"):format(ev.signame or ev.sig, ev.core and " (core)" or "")
end)

-- "thread (clone3: CLONE_VM|...)" or "process (vfork: shares memory until exec)"
local function kind(t)
  if not t.parent then return "" end
  local names = {}
  for _, f in ipairs(clone_flags) do
    if t.flags & f[1] ~= 0 then names[#names + 1] = f[2] end
  end
  local flags = #names > 0 and table.concat(names, "|") or "no sharing flags"
  if t.thread then return ("thread (%s: %s)"):format(t.how, flags) end
  if t.vfork then return ("process (%s: shares memory until exec)"):format(t.how) end
  if t.flags & 0x100 ~= 0 then return ("process (%s, sharing memory: %s)"):format(t.how, flags) end
  return ("process (%s: own copy of memory)"):format(t.how)
end

local function duration(t, now)
  local d = (t.stop or now) - (t.start or now)
  if d < 1 then return ("%.1f ms"):format(d * 1e3) end
  return ("%.2f s"):format(d)
end

at_exit(function()
  local now, nproc, nthread = mt.core.now(), 0, 0
  for _, t in pairs(tasks) do
    if t.thread then nthread = nthread + 1 else nproc = nproc + 1 end
  end
  report("proctree: %d process%s, %d thread%s", nproc, nproc == 1 and "" or "es",
         nthread, nthread == 1 and "" or "s")
  -- rows first, to align the columns after the tree
  local rows, width = {}, 0
  local function walk(t, lead, branch)
    local cmd = t.thread and "[thread]" or table.concat(t.cmds, " => ")
    if t.copy and t.parent and not t.thread then cmd = "(no exec) " .. cmd end
    if #cmd > 60 then cmd = cmd:sub(1, 57) .. "..." end
    local left = ("%s%d %s"):format(branch, t.tid, cmd)
    local len = utf8.len(left) or #left
    width = math.max(width, len)
    rows[#rows + 1] = { left, len, t }
    for i, k in ipairs(t.kids) do
      local last = i == #t.kids
      walk(k, lead .. (last and "   " or "│  "), lead .. (last and "└─ " or "├─ "))
    end
  end
  for _, r in ipairs(roots) do walk(r, "", "") end
  for _, row in ipairs(rows) do
    local t = row[3]
    local line = ("%s%s  %-9s %9s  %s"):format(row[1], (" "):rep(width - row[2]),
      t.result or "running", duration(t, now), kind(t))
    report("%s", (line:gsub("%s+$", "")))
  end
end)
