-- first-eacces: who was refused access first, and by which part of the path?
--
-- Stops at the first call that fails with EACCES or EPERM, in the program or
-- any of its children, and prints the process (argv, cwd, credentials), the
-- path, the component that refuses access with its mode and owner (checked
-- with the tracee's uid, gid and groups), and the call's stack; then exits 1.
--
--   moontrace -l first-eacces python3 main.py
--   moontrace -l first-eacces,hold python3 main.py   # leave it stopped for gdb
--   moontrace -l first-eacces,errno=EPERM,depth=30 -p 1234
--
--   first-eacces: openat(AT_FDCWD, "/root/test", O_RDONLY|O_CLOEXEC) = -1 EACCES (Permission denied)
--     denied   /root  drwx------ root:root: uid 1000(sutkin) is neither the owner nor in group root (others): ---, needs x
--
-- Probes that programs expect to fail (python looking into ~/.local as
-- another user...) are passed over; `all` stops at those too.
--
-- With `hold`, the process is left stopped (SIGSTOP) and detached, and the
-- gdb command to take over is printed; moontrace waits while a process it
-- started is held, so that the stop survives (an orphaned, stopped process
-- group would get SIGHUP).

local perm = require "moontrace.perm"
local noise = require "moontrace.noise"
local errno = require "moontrace.xlat.errno"

session.t:follow(true)          -- the refusal may come from a child
local wanted = args.errno and { [args.errno] = true } or { EACCES = true, EPERM = true }
local done = false

-- "0x7f12... __open64+0x5a in /usr/lib/x86_64-linux-gnu/libc.so.6 (+0xf8011)"
local function where(pid, ip, name, offset)
  local file, off
  local maps = io.open(("/proc/%d/maps"):format(pid))
  if maps then
    for line in maps:lines() do
      local lo, hi, foff, path = line:match("^(%x+)-(%x+) %S+ (%x+) %S+ %S+%s+(.*)$")
      lo, hi = tonumber(lo, 16), tonumber(hi, 16)
      if lo and ip >= lo and ip < hi then
        file, off = path ~= "" and path or "?", ip - lo + tonumber(foff, 16)
        break
      end
    end
    maps:close()
  end
  local s = ("0x%x"):format(ip)
  if name and name ~= "" then s = s .. (" %s+0x%x"):format(name, offset or 0) end
  if file then s = s .. (" in %s (+0x%x)"):format(file, off) end
  return s
end

local function stack(ev)
  if not session.t.backtrace then
    report("  stack    %s  (only the syscall's address: this moontrace has no unwinder)",
           where(ev.pid, ev.ip))
    return
  end
  local frames, msg = session.t:backtrace(ev.pid, tonumber(args.depth) or 12)
  if not frames then
    report("  stack    %s  (backtrace failed: %s)", where(ev.pid, ev.ip), tostring(msg))
    return
  end
  for i, f in ipairs(frames) do
    report("  %-8s #%-2d %s", i == 1 and "stack" or "", i - 1, where(ev.pid, f.ip, f.name, f.offset))
  end
end

-- Keep the process stopped for a debugger, and let it go.
local function hold(pid, tgid)
  mt.core.kill(tgid, 19)        -- SIGSTOP: it stops as soon as we detach
  detach(pid)
  report("  held     pid %d is stopped and detached; take over with:  gdb -p %d", tgid, tgid)
  report("           (or let it go on: kill -CONT %d)", tgid)
  local stat = io.open(("/proc/%d/stat"):format(tgid))
  local ours = io.open("/proc/self/stat")
  local same_group = stat and ours and
    stat:read("a"):match("%) %a %d+ (%d+)") == ours:read("a"):match("%) %a %d+ (%d+)")
  if stat then stat:close() end
  if ours then ours:close() end
  if not same_group then return end
  report("           moontrace waits until pid %d ends (its stop would not outlive moontrace)", tgid)
  out:flush()
  at_exit(function()
    while true do
      local f = io.open(("/proc/%d/stat"):format(tgid))
      local state = f and f:read("a"):match("%) (%a)")
      if f then f:close() end
      if not state or state == "Z" or state == "X" then break end
      mt.core.sleep(0.2)
    end
  end)
end

on("exit", function(ev)
  if done or ev.err == 0 or not wanted[ev.errname] then return end
  local path = paths.resolved(ev)[1]
  if not args.all and noise.why(ev.pid, ev.name, ev.errname, path or nil) then return end
  done = true
  local line = ev.name .. "(...) = -1 " .. ev.errname
  local ok, text = pcall(ev.format, ev)
  if ok and text then line = text end
  local p = proc(ev.pid)
  report("first-eacces: %s", line)
  report("  process  %d `%s`%s", ev.pid, table.concat(p.argv or { p.comm or "?" }, " "),
         ev.pid ~= ev.tgid and (" (thread of %d)"):format(ev.tgid) or "")
  report("  exe      %s", p.exe or "?")
  report("  cwd      %s", p.cwd or "?")
  local who = perm.creds(ev.pid)
  report("  creds    %s", who.text)
  if path then
    report("  path     %s", path)
    local need, creates = perm.need(ev)
    local d = perm.denial(who, path, need, creates)
    if d then
      report("  denied   %s  %s %s:%s: %s", d.path, d.mode, d.owner, d.group, d.why)
    else
      report("  denied   not by file modes: look at ACLs (getfacl), AppArmor/SELinux, " ..
             "read-only or noexec mounts, immutable files (lsattr)")
    end
  elseif ev.errname == "EPERM" then
    report("  denied   %s: the operation needs a privilege (a capability) or is " ..
           "forbidden by a policy (seccomp, LSM)", errno.msg[ev.err] or ev.errname)
  end
  stack(ev)
  if args.hold then hold(ev.pid, ev.tgid) end
  exit(1)
end)

at_exit(function()
  if not done then report("first-eacces: no call failed with %s",
    args.errno or "EACCES or EPERM") end
end)
