-- fdleaks: which descriptors did the program never close, and where were they opened?
--
-- When a process exits, lists the descriptors it opened and left open: the
-- file (or socket, pipe...), the call that made it, the connect that gave a
-- socket its peer, and the stack of the opening call (its instruction pointer
-- when the tracer cannot unwind).
--   moontrace -f -l fdleaks ./server
--
--   pid 48213 (server): 1 descriptor left open
--     fd 3   /var/log/server.log
--            openat(AT_FDCWD, "/var/log/server.log", O_WRONLY|O_CREAT|O_APPEND, 0644) = 3
--            at __open64+0x51 <- log_open+0x2e <- main+0x91 <- __libc_start_main+0x85
--   fdleaks: 1 descriptor left open in 1 process
--
-- Descriptors the process inherited (0, 1, 2...) are not its leaks, and one
-- closed by exec (O_CLOEXEC) is no leak.  Options: frames=N (stack depth, default 8).

local OPENERS = { "open", "openat", "openat2", "creat", "socket", "socketpair", "accept",
  "accept4", "dup", "dup2", "dup3", "fcntl", "pipe", "pipe2", "eventfd", "eventfd2",
  "epoll_create", "epoll_create1", "timerfd_create", "signalfd", "signalfd4", "memfd_create",
  "inotify_init", "inotify_init1", "pidfd_open", "userfaultfd" }
local PAIRS = { pipe = 1, pipe2 = 1, socketpair = 4 }   -- the argument pointing to int[2]
local F_DUPFD, F_DUPFD_CLOEXEC = 0, 1030

local depth = tonumber(args.frames) or 8
local open = {}        -- tgid -> { [fd] = { call=, path=, peer=, where= } }
local comm = {}        -- tgid -> program name, for processes that die without exit_group
local leaks, procs = 0, 0

-- The opening call's stack, or its instruction pointer.
local function where(ev)
  local frames = session.t.backtrace and session.t:backtrace(ev.pid, depth)
  if not frames or #frames == 0 then return ("ip 0x%x"):format(ev.ip) end
  local names = {}
  for i, fr in ipairs(frames) do
    names[i] = fr.name and fr.name ~= "" and ("%s+0x%x"):format(fr.name, fr.offset or 0)
      or ("0x%x"):format(fr.ip)
  end
  return "at " .. table.concat(names, " <- ")
end

local function opened(ev, fd)
  local fds = open[ev.tgid] or {}
  open[ev.tgid] = fds
  comm[ev.tgid] = comm[ev.tgid] or proc(ev.pid).comm
  fds[fd] = { call = ev:format(), path = proc(ev.pid):fd(fd) or "?", where = where(ev) }
end

on("exit", OPENERS, function(ev)
  if ev.err ~= 0 then return end
  if ev.name == "fcntl" then
    local cmd = ev.args[2] & 0xffffffff
    if cmd ~= F_DUPFD and cmd ~= F_DUPFD_CLOEXEC then return end
  end
  local arg = PAIRS[ev.name]
  if arg then
    local pair = ev:read(ev.args[arg], 8)
    if pair then
      local a, b = string.unpack("<i4i4", pair)
      opened(ev, a)
      opened(ev, b)
    end
  else
    opened(ev, ev.ret)
  end
end)

on("exit", "connect", function(ev)
  local rec = open[ev.tgid] and open[ev.tgid][ev.args[1] & 0xffffffff]
  if rec then rec.peer = ev:format() end
end)

on("exit", { "close", "close_range" }, function(ev)
  local fds = open[ev.tgid]
  if not fds or ev.err ~= 0 then return end
  local first, last = ev.args[1] & 0xffffffff, ev.args[1] & 0xffffffff
  if ev.name == "close_range" then
    if ev.args[3] & 4 ~= 0 then return end          -- CLOSE_RANGE_CLOEXEC: closed at exec
    last = ev.args[2] & 0xffffffff
  end
  for fd in pairs(fds) do
    if fd >= first and fd <= last then fds[fd] = nil end
  end
end)

-- exec closes the O_CLOEXEC ones; the process is stopped, so /proc tells.
local function prune(pid, fds)
  local p = proc(pid)
  for fd in pairs(fds) do
    if not p:fd(fd) then fds[fd] = nil end
  end
end

on("exec", function(ev)
  if open[ev.tgid] then prune(ev.pid, open[ev.tgid]) end
end)

local function report_leaks(tgid, name)
  local fds = open[tgid]
  open[tgid] = nil
  if not fds or not next(fds) then return end
  local list = {}
  for fd in pairs(fds) do list[#list + 1] = fd end
  table.sort(list)
  leaks, procs = leaks + #list, procs + 1
  report("pid %d (%s): %d descriptor%s left open", tgid, name or comm[tgid] or "?",
         #list, #list == 1 and "" or "s")
  for _, fd in ipairs(list) do
    local r = fds[fd]
    report("  fd %-3d %s", fd, r.path)
    report("         %s", r.call)
    if r.peer then report("         %s", r.peer) end
    report("         %s", r.where)
  end
end

-- At exit_group the process still exists: what it really has open is in /proc.
on("enter", "exit_group", function(ev)
  if not open[ev.tgid] then return end
  prune(ev.pid, open[ev.tgid])
  report_leaks(ev.tgid, proc(ev.pid).comm)
end)

-- Killed, or its last thread called exit: report what we know.
on("exited", function(ev) if ev.pid == ev.tgid then report_leaks(ev.pid) end end)
on("killed", function(ev) if ev.pid == ev.tgid then report_leaks(ev.pid) end end)

at_exit(function()
  for tgid in pairs(open) do report_leaks(tgid) end
  report("fdleaks: %d descriptor%s left open in %d process%s", leaks, leaks == 1 and "" or "s",
         procs, procs == 1 and "" or "es")
end)
