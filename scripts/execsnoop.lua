-- execsnoop: which programs were run, by whom, with what arguments?
--
-- One line per execve, like BCC's execsnoop.  Children are always followed
-- (as with -f): a process rarely execs more than once.
--   moontrace -l execsnoop make
--   moontrace -l execsnoop,timestamp,failed sh ./configure
--
--   PCOMM            PID     PPID    RET     ARGS
--   cc               48213   48210   0       /usr/bin/cc -c -o main.o main.c
--   sh               48214   48210   ENOENT  /no/such/prog --help
--
-- PCOMM is the program's name after the exec (the caller's when it failed).
-- Options: timestamp (seconds since the start, in a first column), failed
-- (only the execs that failed), maxargs=N (arguments shown, default 20).

session.t:follow(true)

local maxargs = tonumber(args.maxargs) or 20
local start = now()
local pending = {}   -- tid -> { argv } read at entry: a successful exec replaces the memory

local function read_argv(ev, addr)
  local argv = {}
  for i = 0, maxargs - 1 do
    local p = ev:peek(addr + 8 * i, "<i8")
    if not p or p == 0 then return argv end
    local a = ev:str(p, 256) or "?"
    argv[#argv + 1] = a:find("^[%w%p]+$") and a or ("%q"):format(a)   -- quote "b c"
  end
  argv[#argv + 1] = "..."
  return argv
end

local function row(time, comm, pid, ppid, ret, argv)
  if args.timestamp then printf("%-9s ", time) end
  printf("%-16s %-7s %-7s %-7s %s\n", comm, pid, ppid, ret, argv)
end

row("TIME(s)", "PCOMM", "PID", "PPID", "RET", "ARGS")

on("enter", { "execve", "execveat" }, function(ev)
  local addr = ev.name == "execve" and ev.args[2] or ev.args[3]
  pending[ev.pid] = read_argv(ev, addr)
end)

-- A thread other than the leader exec'd: the call returns in the leader's pid.
on("exec", function(ev)
  if ev.old_pid ~= ev.pid then pending[ev.pid], pending[ev.old_pid] = pending[ev.old_pid], nil end
end)

on("exit", { "execve", "execveat" }, function(ev)
  local argv = pending[ev.pid]
  pending[ev.pid] = nil
  if not argv or (args.failed and ev.err == 0) then return end
  local p = proc(ev.pid)
  row(("%.3f"):format(ev.time - start), p.comm or "?", ev.tgid, p.ppid or "?",
      ev.err == 0 and "0" or ev.errname, table.concat(argv, " "))
end)
