-- Decoders that fit no other family: getrandom, futex, sleeping and clocks,
-- uname/sysinfo, groups and affinity, prctl, time of day and timers (itimers,
-- POSIX timers, timerfd), membarrier, getcpu.

local random_x = require "moontrace.xlat.random"
local futex_x = require "moontrace.xlat.futex"
local time_x = require "moontrace.xlat.time"
local prctl_x = require "moontrace.xlat.prctl"
local sched_x = require "moontrace.xlat.sched"

local D = {}

-- The random bytes exist only after the call, and strace always shows them in hex.
D.getrandom = {
  exit = function(ev, f)
    local a = ev.args
    local buf = ev.err ~= 0 and f.ptr(a[1]) or f.buf(ev, a[1], ev.ret, { hex = "all" })
    return buf .. ", " .. f.udec(a[2]) .. ", " .. f.flags(random_x.flags, a[3] & 0xffffffff, "GRND_???")
  end,
}

local FUTEX = {
  WAIT = 0, WAKE = 1, FD = 2, REQUEUE = 3, CMP_REQUEUE = 4, WAKE_OP = 5, LOCK_PI = 6,
  UNLOCK_PI = 7, TRYLOCK_PI = 8, WAIT_BITSET = 9, WAKE_BITSET = 10, WAIT_REQUEUE_PI = 11,
  CMP_REQUEUE_PI = 12, LOCK_PI2 = 13,
}

-- FUTEX_WAKE_OP's packed operation: op<<28 | cmp<<24 | oparg<<12 | cmparg.
-- -X verbose names the number ("0x4 /* FUTEX_OP_CMP_GT */<<24"); -X raw
-- prints numbers and calls every op and comparison unknown ("0<<28 /* FUTEX_OP_??? */").
local function wake_op(f, v)
  local style = f.opts.xstyle
  local function part(tbl, n, shift, unknown)
    local name = style ~= "raw" and f.lookup(tbl, n)
    if not name then return f.hex(n) .. "<<" .. shift .. " /* " .. unknown .. " */" end
    if style == "verbose" then return f.hex(n) .. " /* " .. name .. " */<<" .. shift end
    return name .. "<<" .. shift
  end
  local text = ""
  if (v >> 28) & 8 ~= 0 then
    text = (style == "raw" and "0x8" or style == "verbose" and "0x8 /* FUTEX_OP_OPARG_SHIFT */"
      or "FUTEX_OP_OPARG_SHIFT") .. "<<28|"
  end
  text = text .. part(futex_x.wakeops, (v >> 28) & 7, 28, "FUTEX_OP_???")
  text = text .. "|" .. f.hex((v >> 12) & 0xfff) .. "<<12"
  text = text .. "|" .. part(futex_x.wakecmps, (v >> 24) & 0xf, 24, "FUTEX_OP_CMP_???")
  return text .. "|" .. f.hex(v & 0xfff)
end

D.futex = {
  enter = function(ev, f)
    local a = ev.args
    local op = a[2] & 0xffffffff
    local cmd = op & 127
    local val, val2, val3 = a[3] & 0xffffffff, a[4] & 0xffffffff, a[6] & 0xffffffff
    local out = { f.ptr(a[1]), f.xval(futex_x.ops, op, "FUTEX_???") }
    local function add(s) out[#out + 1] = s end
    if cmd == FUTEX.WAIT then
      add(f.udec(val)); add(f.timespec(ev, a[4]))
    elseif cmd == FUTEX.LOCK_PI or cmd == FUTEX.LOCK_PI2 then
      add(f.timespec(ev, a[4]))
    elseif cmd == FUTEX.WAIT_BITSET then
      add(f.udec(val)); add(f.timespec(ev, a[4])); add(f.xval(futex_x.bitset, val3))
    elseif cmd == FUTEX.WAKE_BITSET then
      add(f.udec(val)); add(f.xval(futex_x.bitset, val3))
    elseif cmd == FUTEX.REQUEUE then
      add(f.udec(val)); add(f.udec(val2)); add(f.ptr(a[5]))
    elseif cmd == FUTEX.CMP_REQUEUE or cmd == FUTEX.CMP_REQUEUE_PI then
      add(f.udec(val)); add(f.udec(val2)); add(f.ptr(a[5])); add(f.udec(val3))
    elseif cmd == FUTEX.WAKE_OP then
      add(f.udec(val)); add(f.udec(val2)); add(f.ptr(a[5])); add(wake_op(f, val3))
    elseif cmd == FUTEX.WAIT_REQUEUE_PI then
      add(f.udec(val)); add(f.timespec(ev, a[4])); add(f.ptr(a[5]))
    elseif cmd == FUTEX.FD or cmd == FUTEX.WAKE then
      add(f.udec(val))
    elseif cmd == FUTEX.UNLOCK_PI or cmd == FUTEX.TRYLOCK_PI then
      -- no further arguments
    else
      add(f.udec(val)); add(f.ptr(a[4])); add(f.ptr(a[5])); add(f.hex(val3))
    end
    return table.concat(out, ", ")
  end,
}

-- ---- time ---------------------------------------------------------------------

-- The kernel's "restart" errors: an interrupted sleep then reports what is left.
local function interrupted(ev) return ev.err >= 512 and ev.err <= 516 end

-- strace 6.1 is built without CLOCKID_TO_FD, so CPU-time and fd clock ids show
-- as unknown numbers too.
local function clock_name(f, v) return f.xval(time_x.clocks, v & 0xffffffff, "CLOCK_???") end

D.nanosleep = {
  enter = function(ev, f) return f.timespec(ev, ev.args[1]) .. ", " end,
  exit = function(ev, f)
    if interrupted(ev) then return f.timespec(ev, ev.args[2]) end
    return f.ptr(ev.args[2])
  end,
}

D.clock_nanosleep = {
  enter = function(ev, f)
    return clock_name(f, ev.args[1]) .. ", " ..
      f.flags(time_x.clock_flags, ev.args[2] & 0xffffffff, "TIMER_???") .. ", " ..
      f.timespec(ev, ev.args[3]) .. ", "
  end,
  exit = function(ev, f)
    if ev.args[2] == 0 and interrupted(ev) then return f.timespec(ev, ev.args[4]) end
    return f.ptr(ev.args[4])
  end,
}

-- The second half of a sleep (or poll, futex wait) a signal interrupted: the
-- session notes which call it resumes in ev.resumes (moontrace/init.lua).
D.restart_syscall = {
  enter = function(ev)
    return ("<... resuming interrupted %s ...>"):format(ev.resumes or "system call")
  end,
}

D.alarm = {
  enter = function(ev, f) return f.udec(ev.args[1] & 0xffffffff) end,
}

D.clock_gettime = {
  enter = function(ev, f) return clock_name(f, ev.args[1]) .. ", " end,
  exit = function(ev, f)
    local b = f.umove_exit(ev, ev.args[2], 16)
    return b and f.timespec_bytes(b) or f.ptr(ev.args[2])
  end,
}
D.clock_getres = D.clock_gettime

D.fadvise64 = {
  enter = function(ev, f)
    return f.fd(ev, ev.args[1]) .. ", " .. f.long(ev.args[2]) .. ", " .. f.udec(ev.args[3]) .. ", " ..
      f.xval(time_x.fadvise, ev.args[4] & 0xffffffff, "POSIX_FADV_???")
  end,
}

-- ---- system information -------------------------------------------------------------

D.uname = {
  exit = function(ev, f)
    local b = f.umove_exit(ev, ev.args[1], 390)
    if not b then return f.ptr(ev.args[1]) end
    local function field(i) return f.cstring(b:sub(i * 65 + 1, i * 65 + 65)) end
    local text = "{sysname=" .. field(0) .. ", nodename=" .. field(1)
    if not f.opts.verbose then return text .. ", ...}" end
    return text .. ", release=" .. field(2) .. ", version=" .. field(3) .. ", machine=" ..
      field(4) .. ", domainname=" .. field(5) .. "}"
  end,
}

D.sysinfo = {
  exit = function(ev, f)
    local b = f.umove_exit(ev, ev.args[1], 112)
    if not b then return f.ptr(ev.args[1]) end
    -- uptime, loads[3], 6 memory counters, procs (+ padding), 2 more, mem_unit
    local v = { string.unpack("<i8I8I8I8I8I8I8I8I8I8I2xxxxxxI8I8I4", b) }
    return ("{uptime=%s, loads=[%s, %s, %s], totalram=%s, freeram=%s, sharedram=%s, bufferram=%s, " ..
      "totalswap=%s, freeswap=%s, procs=%d, totalhigh=%s, freehigh=%s, mem_unit=%d}"):format(
      f.udec(v[1]), f.udec(v[2]), f.udec(v[3]), f.udec(v[4]), f.udec(v[5]), f.udec(v[6]),
      f.udec(v[7]), f.udec(v[8]), f.udec(v[9]), f.udec(v[10]), v[11], f.udec(v[12]), f.udec(v[13]), v[14])
  end,
}

local NGROUPS_MAX = 65536

local function uid(v) return v == 0xffffffff and "-1" or ("%d"):format(v) end

D.getgroups = {
  enter = function(ev, f) return f.int(ev.args[1]) .. ", " end,
  exit = function(ev, f)
    local n = ev.err ~= 0 and 0xffffffff or ev.ret & 0xffffffff
    if n > NGROUPS_MAX then return f.ptr(ev.args[2]) end
    return f.array(ev, ev.args[2], n, 4, function(b) return uid(string.unpack("<I4", b)) end, true)
  end,
}
D.setgroups = {
  enter = function(ev, f)
    local n = f.s32(ev.args[1])
    local list
    if n < 0 or n > NGROUPS_MAX then list = f.ptr(ev.args[2])
    else list = f.array(ev, ev.args[2], n, 4, function(b) return uid(string.unpack("<I4", b)) end) end
    return n .. ", " .. list
  end,
}

-- The kernel's cpumask size, as strace finds it by probing (128 bytes on any
-- machine with up to 1024 CPUs).
local CPUSET_SIZE = 128

local function cpu_list(ev, f, addr, len)
  if addr == 0 or (ev.kind == "exit" and ev.err ~= 0) then return f.ptr(addr) end
  if len == 0 then return "[]" end
  local take = len < CPUSET_SIZE and len or CPUSET_SIZE
  local size = (take + 7) // 8 * 8
  local b = f.umove(ev, addr, take)
  if not b then return f.ptr(addr) end
  local cpus = {}
  for i = 0, take * 8 - 1 do
    if b:byte(i // 8 + 1) >> (i % 8) & 1 == 1 then cpus[#cpus + 1] = ("%d"):format(i) end
  end
  if size < len then cpus[#cpus + 1] = "..." end
  return "[" .. table.concat(cpus, " ") .. "]"
end

D.sched_getaffinity = {
  enter = function(ev, f) return f.pid(ev.args[1]) .. ", " .. f.uint(ev.args[2]) .. ", " end,
  exit = function(ev, f) return cpu_list(ev, f, ev.args[3], ev.ret & 0xffffffff) end,
}
D.sched_setaffinity = {
  enter = function(ev, f)
    return f.pid(ev.args[1]) .. ", " .. f.uint(ev.args[2]) .. ", " ..
      cpu_list(ev, f, ev.args[3], ev.args[2] & 0xffffffff)
  end,
}

D.umask = { enter = function(ev, f) return f.oct(ev.args[1] & 0xffff) end, ret = "oct" }
D.fchdir = { enter = function(ev, f) return f.fd(ev, ev.args[1]) end }

-- ---- prctl -----------------------------------------------------------------------

local PR = {
  SET_PDEATHSIG = 1, GET_PDEATHSIG = 2, GET_DUMPABLE = 3, SET_DUMPABLE = 4,
  GET_KEEPCAPS = 7, SET_KEEPCAPS = 8, GET_FPEMU = 9, SET_FPEMU = 10, GET_FPEXC = 11,
  SET_FPEXC = 12, GET_TIMING = 13, SET_TIMING = 14, SET_NAME = 15, GET_NAME = 16,
  GET_ENDIAN = 19, SET_ENDIAN = 20, GET_SECCOMP = 21, CAPBSET_READ = 23, CAPBSET_DROP = 24,
  GET_TIMERSLACK = 30, SET_TIMERSLACK = 29, TASK_PERF_EVENTS_DISABLE = 31,
  TASK_PERF_EVENTS_ENABLE = 32, SET_CHILD_SUBREAPER = 36, GET_CHILD_SUBREAPER = 37,
  SET_NO_NEW_PRIVS = 38, SET_THP_DISABLE = 41, SET_IO_FLUSHER = 57,
}
local TASK_COMM_LEN = 16

local function rest_hex(ev, f, first)
  local out = {}
  for i = first + 1, 5 do out[#out + 1] = ", " .. f.hex(ev.args[i]) end
  return table.concat(out)
end

-- What prctl shows at entry for each option (the option name comes first).
local PRCTL_ENTER = {
  [PR.GET_KEEPCAPS] = function() return "" end,
  [PR.GET_SECCOMP] = function() return "" end,
  [PR.GET_TIMERSLACK] = function() return "" end,
  [PR.GET_TIMING] = function() return "" end,
  [PR.TASK_PERF_EVENTS_DISABLE] = function() return "" end,
  [PR.TASK_PERF_EVENTS_ENABLE] = function() return "" end,
  [PR.GET_DUMPABLE] = function() return "" end,
  [PR.GET_CHILD_SUBREAPER] = function() return ", " end,
  [PR.GET_ENDIAN] = function() return ", " end,
  [PR.GET_FPEMU] = function() return ", " end,
  [PR.GET_FPEXC] = function() return ", " end,
  [PR.GET_NAME] = function() return ", " end,
  [PR.GET_PDEATHSIG] = function() return ", " end,
  [PR.SET_NAME] = function(ev, f) return ", " .. f.str(ev, ev.args[2], TASK_COMM_LEN - 1) end,
  [PR.SET_PDEATHSIG] = function(ev, f)
    local v = ev.args[2]
    return ", " .. (math.ult(128, v) and f.udec(v) or f.signame(v))
  end,
  [PR.SET_DUMPABLE] = function(ev, f) return ", " .. f.xval(prctl_x.dumpable, ev.args[2], "SUID_DUMP_???") end,
  [PR.CAPBSET_READ] = function(ev, f) return ", " .. f.xval(prctl_x.caps, ev.args[2], "CAP_???") end,
  [PR.CAPBSET_DROP] = function(ev, f) return ", " .. f.xval(prctl_x.caps, ev.args[2], "CAP_???") end,
  [PR.SET_TIMERSLACK] = function(ev, f) return ", " .. f.long(ev.args[2]) end,
}
for _, o in ipairs { PR.SET_CHILD_SUBREAPER, PR.SET_ENDIAN, PR.SET_FPEMU, PR.SET_FPEXC,
  PR.SET_KEEPCAPS, PR.SET_TIMING } do
  PRCTL_ENTER[o] = function(ev, f) return ", " .. f.udec(ev.args[2]) end
end
for _, o in ipairs { PR.SET_NO_NEW_PRIVS, PR.SET_THP_DISABLE, PR.SET_IO_FLUSHER } do
  PRCTL_ENTER[o] = function(ev, f) return ", " .. f.udec(ev.args[2]) .. rest_hex(ev, f, 2) end
end

D.prctl = {
  enter = function(ev, f)
    local option = ev.args[1] & 0xffffffff
    local head = f.xval(prctl_x.options, option, "PR_???")
    local show = PRCTL_ENTER[option]
    return head .. (show and show(ev, f) or rest_hex(ev, f, 1))
  end,
  exit = function(ev, f)
    local option = ev.args[1] & 0xffffffff
    if option == PR.GET_NAME then
      if ev.err ~= 0 then return f.ptr(ev.args[2]) end
      return f.str(ev, ev.args[2], TASK_COMM_LEN - 1)
    elseif option == PR.GET_PDEATHSIG then
      return f.num_at(ev, ev.args[2], "<I4", f.signame, true)
    elseif option == PR.GET_CHILD_SUBREAPER or option == PR.GET_ENDIAN or option == PR.GET_FPEMU
      or option == PR.GET_FPEXC then
      return f.num_at(ev, ev.args[2], "<I4", nil, true)
    end
    return ""
  end,
  ret = function(ev, f)
    if (ev.args[1] & 0xffffffff) == PR.GET_DUMPABLE then
      local name = f.lookup(prctl_x.dumpable, ev.ret)
      return f.long(ev.ret) .. (name and (" (" .. name .. ")") or "")
    end
    return f.long(ev.ret)
  end,
}

-- ---- time of day, interval timers -------------------------------------------------

-- exiting: the kernel wrote it, so a failed call shows only the address.
local function fetch(ev, f, addr, len, exiting)
  return (exiting and f.umove_exit or f.umove)(ev, addr, len)
end

local function timeval_at(ev, f, addr, exiting)
  local b = fetch(ev, f, addr, 16, exiting)
  return b and f.timeval_bytes(b) or f.ptr(addr)
end

local function timezone_at(ev, f, addr, exiting)
  local b = fetch(ev, f, addr, 8, exiting)
  if not b then return f.ptr(addr) end
  return ("{tz_minuteswest=%d, tz_dsttime=%d}"):format(string.unpack("<i4i4", b))
end

D.gettimeofday = {
  exit = function(ev, f)
    return timeval_at(ev, f, ev.args[1], true) .. ", " .. timezone_at(ev, f, ev.args[2], true)
  end,
}
D.settimeofday = {
  enter = function(ev, f) return timeval_at(ev, f, ev.args[1]) .. ", " .. timezone_at(ev, f, ev.args[2]) end,
}

-- struct itimerval (microseconds) and struct itimerspec (nanoseconds).
local function itimerval_at(ev, f, addr, exiting)
  local b = fetch(ev, f, addr, 32, exiting)
  if not b then return f.ptr(addr) end
  return "{it_interval=" .. f.timeval_bytes(b:sub(1, 16)) .. ", it_value=" .. f.timeval_bytes(b:sub(17, 32)) .. "}"
end
local function itimerspec_at(ev, f, addr, exiting)
  local b = fetch(ev, f, addr, 32, exiting)
  if not b then return f.ptr(addr) end
  return "{it_interval=" .. f.timespec_bytes(b:sub(1, 16)) .. ", it_value=" .. f.timespec_bytes(b:sub(17, 32)) .. "}"
end

local function which(f, v) return f.xval(time_x.itimer_which, v & 0xffffffff, "ITIMER_???") end

D.getitimer = {
  enter = function(ev, f) return which(f, ev.args[1]) .. ", " end,
  exit = function(ev, f) return itimerval_at(ev, f, ev.args[2], true) end,
}
D.setitimer = {
  enter = function(ev, f) return which(f, ev.args[1]) .. ", " .. itimerval_at(ev, f, ev.args[2]) .. ", " end,
  exit = function(ev, f) return itimerval_at(ev, f, ev.args[3], true) end,
}

-- ---- POSIX timers, timerfd --------------------------------------------------------

local SIGEV_SIGNAL, SIGEV_THREAD, SIGEV_THREAD_ID = 0, 2, 4

-- struct sigevent as strace reads it: value, signo, notify, then the tid or
-- the thread function and attributes.
local function sigevent_at(ev, f, addr)
  local b = f.umove(ev, addr, 32)
  if not b then return f.ptr(addr) end
  local value, signo, notify, fn, attr = string.unpack("<i8i4i4i8i8", b)
  local out = {}
  if value ~= 0 then
    out[1] = ("sigev_value={sival_int=%d, sival_ptr=%s}"):format(f.s32(value), f.ptr(value))
  end
  local by_name = notify == SIGEV_SIGNAL or notify == SIGEV_THREAD or notify == SIGEV_THREAD_ID
  out[#out + 1] = "sigev_signo=" .. (by_name and f.signame(signo) or f.uint(signo))
  out[#out + 1] = "sigev_notify=" .. f.xval(time_x.sigev_notify, notify & 0xffffffff, "SIGEV_???")
  if notify == SIGEV_THREAD_ID then
    out[#out + 1] = "sigev_notify_thread_id=" .. f.int(fn)
  elseif notify == SIGEV_THREAD then
    out[#out + 1] = "sigev_notify_function=" .. f.ptr(fn)
    out[#out + 1] = "sigev_notify_attributes=" .. f.ptr(attr)
  end
  return "{" .. table.concat(out, ", ") .. "}"
end
D.sigevent_at = sigevent_at         -- mq_notify's too (decode/ipc.lua)

D.timer_create = {
  enter = function(ev, f) return clock_name(f, ev.args[1]) .. ", " .. sigevent_at(ev, f, ev.args[2]) .. ", " end,
  exit = function(ev, f) return f.num_at(ev, ev.args[3], "<i4", nil, true) end,
}

local function timer_flags(f, v) return f.flags(time_x.clock_flags, v & 0xffffffff, "TIMER_???") end

D.timer_settime = {
  enter = function(ev, f)
    return f.int(ev.args[1]) .. ", " .. timer_flags(f, ev.args[2]) .. ", " .. itimerspec_at(ev, f, ev.args[3]) .. ", "
  end,
  exit = function(ev, f) return itimerspec_at(ev, f, ev.args[4], true) end,
}
D.timer_gettime = {
  enter = function(ev, f) return f.int(ev.args[1]) .. ", " end,
  exit = function(ev, f) return itimerspec_at(ev, f, ev.args[2], true) end,
}
D.timer_delete = { enter = function(ev, f) return f.int(ev.args[1]) end }

local function tfd_flags(f, v) return f.flags(time_x.timerfd_flags, v & 0xffffffff, "TFD_???") end

D.timerfd_create = {
  enter = function(ev, f) return clock_name(f, ev.args[1]) .. ", " .. tfd_flags(f, ev.args[2]) end,
  ret = "fd",
}
D.timerfd_settime = {
  enter = function(ev, f)
    return f.fd(ev, ev.args[1]) .. ", " .. tfd_flags(f, ev.args[2]) .. ", " .. itimerspec_at(ev, f, ev.args[3]) .. ", "
  end,
  exit = function(ev, f) return itimerspec_at(ev, f, ev.args[4], true) end,
}
D.timerfd_gettime = {
  enter = function(ev, f) return f.fd(ev, ev.args[1]) .. ", " end,
  exit = function(ev, f) return itimerspec_at(ev, f, ev.args[2], true) end,
}

-- ---- membarrier, getcpu ---------------------------------------------------------------

local MEMBARRIER_CMD_FLAG_CPU = 1

-- MEMBARRIER_CMD_QUERY answers with the supported commands, in hex and by name.
D.membarrier = {
  enter = function(ev, f)
    local flags = ev.args[2] & 0xffffffff
    local text = f.xval(sched_x.membarrier_cmds, ev.args[1] & 0xffffffff, "MEMBARRIER_CMD_???") .. ", " ..
      f.flags(sched_x.membarrier_flags, flags, "MEMBARRIER_CMD_FLAG_???")
    if flags & MEMBARRIER_CMD_FLAG_CPU ~= 0 then text = text .. ", " .. f.int(ev.args[3]) end
    return text
  end,
  exit = function() return "" end,
  ret = function(ev, f)
    if ev.args[1] & 0xffffffff ~= 0 or ev.ret == 0 then return f.long(ev.ret) end
    return f.hex(ev.ret) .. " (" .. f.flags(sched_x.membarrier_cmds, ev.ret) .. ")"
  end,
}

D.getcpu = {
  exit = function(ev, f)
    local function u32(addr) return f.num_at(ev, addr, "<I4", nil, true) end
    return u32(ev.args[1]) .. ", " .. u32(ev.args[2]) .. ", " .. f.ptr(ev.args[3])
  end,
}

return D
