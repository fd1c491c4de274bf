-- opensnoop: which files does the program open, or fail to open?
--
-- One line per open, openat, openat2 and creat, like BCC's opensnoop.
--   moontrace -l opensnoop ./app
--   moontrace -f -l opensnoop,failed,timestamp make
--
--   PID     COMM              FD ERR      FLAGS                  PATH
--   48213   app                3 0        O_RDONLY|O_CLOEXEC     /etc/ld.so.cache
--   48213   app               -1 ENOENT   O_RDONLY               /home/me/.apprc
--
-- Paths are made absolute (from the directory fd or the cwd at the call).
-- Options: failed (only the opens that failed), timestamp (seconds since the
-- start, in a first column), pid=N (only that process or thread), name=TEXT
-- (only paths containing TEXT).

local f = require "moontrace.fmt"
local open_x = require "moontrace.xlat.open"

filter{ syscalls = { "open", "openat", "openat2", "creat" },
        failed = args.failed and true or nil, pid = tonumber(args.pid) }

local start = now()

local function flag_names(v)
  local mode = f.lookup(open_x.access_modes, v & 3) or "O_ACCMODE"
  local rest = f.flags(open_x.flags, v & ~3)
  return rest == "" and mode or mode .. "|" .. rest
end

local function flags_of(ev)
  local a = ev.args
  if ev.name == "open" then return flag_names(a[2]) end
  if ev.name == "openat" then return flag_names(a[3]) end
  if ev.name == "creat" then return flag_names(0x241) end   -- O_WRONLY|O_CREAT|O_TRUNC
  local how = ev:peek(a[3], "<i8")                         -- openat2: struct open_how
  return how and flag_names(how) or "?"
end

local function row(time, pid, comm, fd, err, flags, path)
  if args.timestamp then printf("%-9s ", time) end
  printf("%-7s %-16s %3s %-8s %-22s %s\n", pid, comm, fd, err, flags, path)
end

row("TIME(s)", "PID", "COMM", "FD", "ERR", "FLAGS", "PATH")

on("exit", { "open", "openat", "openat2", "creat" }, function(ev)
  local path = paths.resolved(ev)[1] or "?"
  if args.name and not path:find(args.name, 1, true) then return end
  row(("%.3f"):format(ev.time - start), ev.pid, proc(ev.pid).comm or "?",
      ev.err == 0 and ev.ret or -1, ev.errname or "0", flags_of(ev), path)
end)
