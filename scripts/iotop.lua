-- iotop: which files does the program read and write, and how much?
--
-- Bytes read and written per file (sockets and pipes included), shown live
-- for the busiest files every few seconds, and in a table of totals at the end.
--   moontrace -f -l iotop,interval=2 ./app
--
--   14:02:11
--      READS  WRITES        READ     WRITTEN  FILE
--          0       2         0 B   128.0 KiB  /tmp/out.dat
--
-- Options: interval=SECONDS (default 1; 0 turns the live view off), top=N
-- (files per table, default 10).  Counted: read, write, their p/v variants,
-- send/recv calls, sendfile, splice and copy_file_range.

local READS = { "read", "pread64", "readv", "preadv", "preadv2", "recvfrom", "recvmsg" }
local WRITES = { "write", "pwrite64", "writev", "pwritev", "pwritev2", "sendto", "sendmsg" }
local COPIES = { sendfile = { 2, 1 }, splice = { 1, 3 }, copy_file_range = { 1, 3 } }  -- in fd, out fd

local interval = tonumber(args.interval) or 1
local top = tonumber(args.top) or 10
local total, recent = {}, {}      -- file -> { reads, writes, rbytes, wbytes }

local function add(stats, file, dir, bytes)
  local s = stats[file] or { reads = 0, writes = 0, rbytes = 0, wbytes = 0 }
  stats[file] = s
  if dir == "r" then s.reads, s.rbytes = s.reads + 1, s.rbytes + bytes
  else s.writes, s.wbytes = s.writes + 1, s.wbytes + bytes end
end

local function account(ev, fd, dir, bytes)
  fd = fd & 0xffffffff
  local file = proc(ev.pid):fd(fd) or ("fd " .. fd)
  add(total, file, dir, bytes)
  add(recent, file, dir, bytes)
end

on("exit", READS, function(ev) if ev.err == 0 then account(ev, ev.args[1], "r", ev.ret) end end)
on("exit", WRITES, function(ev) if ev.err == 0 then account(ev, ev.args[1], "w", ev.ret) end end)
on("exit", { "sendfile", "splice", "copy_file_range" }, function(ev)
  if ev.err ~= 0 then return end
  local fds = COPIES[ev.name]
  account(ev, ev.args[fds[1]], "r", ev.ret)
  account(ev, ev.args[fds[2]], "w", ev.ret)
end)

local function size(n)
  if n < 1024 then return ("%d B"):format(n) end
  if n < 1024 * 1024 then return ("%.1f KiB"):format(n / 1024) end
  return ("%.1f MiB"):format(n / 1024 / 1024)
end

local function show(stats)
  local list = {}
  for file, s in pairs(stats) do list[#list + 1] = { file = file, s = s } end
  table.sort(list, function(a, b)
    local x, y = a.s.rbytes + a.s.wbytes, b.s.rbytes + b.s.wbytes
    if x ~= y then return x > y end
    return a.file < b.file
  end)
  report("  %6s  %6s  %10s  %10s  %s", "READS", "WRITES", "READ", "WRITTEN", "FILE")
  for i = 1, math.min(top, #list) do
    local s = list[i].s
    report("  %6d  %6d  %10s  %10s  %s", s.reads, s.writes, size(s.rbytes), size(s.wbytes), list[i].file)
  end
end

if interval > 0 then
  every(interval, function(t)
    if not next(recent) then return end
    report("%s", os.date("%H:%M:%S", math.floor(t)))
    show(recent)
    recent = {}
  end)
end

at_exit(function()
  report("total:")
  show(total)
end)
