-- Decoders for process calls: execve, clone/clone3/fork/vfork, wait4, exit, the
-- start-up calls of every program (arch_prctl, set_tid_address, set_robust_list,
-- rseq, prlimit64), the argument-less getters, waitid, getrusage/times,
-- capabilities, scheduling, personality, namespaces and process_vm_*.

local clone_x = require "moontrace.xlat.clone"
local wait_x = require "moontrace.xlat.wait"
local res_x = require "moontrace.xlat.resource"
local prctl_x = require "moontrace.xlat.prctl"
local sched_x = require "moontrace.xlat.sched"

local D = {}

-- ---- execve -----------------------------------------------------------------------

-- argv/envp as an array of strings: at most -s elements unless -v, and a read
-- failure after the first element ends it with "... /* addr */".
local function string_array(ev, f, addr)
  if addr == 0 then return "NULL" end
  local out, n = {}, 0
  while true do
    local p = f.umove(ev, addr, 8)
    if not p then
      if n == 0 then return f.ptr(addr) end
      out[#out + 1] = "... /* " .. f.ptr(addr) .. " */"
      break
    end
    local word = string.unpack("<i8", p)
    if word == 0 then break end
    if not f.opts.verbose and n >= f.opts.strsize then
      out[#out + 1] = "..."
      break
    end
    out[#out + 1] = f.str(ev, word)
    n, addr = n + 1, addr + 8
  end
  return "[" .. table.concat(out, ", ") .. "]"
end
D.string_array = string_array

-- The environment in short: its address and how many variables it holds.
local function env_count(ev, f, addr)
  local text = f.ptr(addr)
  if addr == 0 then return text end
  local n, unterminated = 0, false
  while true do
    local p = f.umove(ev, addr + 8 * n, 8)
    if not p then
      if n == 0 then return text end
      unterminated = true
      break
    end
    if string.unpack("<i8", p) == 0 then break end
    n = n + 1
  end
  return ("%s /* %d var%s%s */"):format(text, n, n == 1 and "" or "s",
    unterminated and ", unterminated" or "")
end

local function execve_tail(ev, f, i)
  local env = f.opts.verbose and string_array or env_count
  return f.path(ev, ev.args[i]) .. ", " .. string_array(ev, f, ev.args[i + 1]) .. ", " ..
    env(ev, f, ev.args[i + 2])
end

D.execve = { enter = function(ev, f) return execve_tail(ev, f, 1) end }
D.execveat = {
  enter = function(ev, f)
    return f.dirfd(ev.args[1], ev) .. ", " .. execve_tail(ev, f, 2) .. ", " ..
      f.flags(require("moontrace.xlat.at").flags, ev.args[5] & 0xffffffff, "AT_???")
  end,
}

-- ---- clone, clone3, fork -----------------------------------------------------------

local CSIGNAL = 0xff
local CLONE_PIDFD, CLONE_SETTLS = 0x1000, 0x80000
local CLONE_PARENT_SETTID, CLONE_CHILD_CLEARTID, CLONE_CHILD_SETTID = 0x100000, 0x200000, 0x1000000
local CLONE_INTO_CGROUP = 0x200000000
local CLONE_EXIT_HALF = CLONE_PARENT_SETTID | CLONE_PIDFD | CLONE_CHILD_SETTID |
  CLONE_CHILD_CLEARTID | CLONE_SETTLS

-- x86_64 argument order: flags, stack, parent_tid, child_tid, tls.
D.clone = {
  enter = function(ev, f)
    local flags = ev.args[1] & ~CSIGNAL
    local sig = ev.args[1] & CSIGNAL
    local ftext
    if flags ~= 0 then
      ftext = f.flags(clone_x.flags, flags, "CLONE_???")
      if sig ~= 0 then ftext = ftext .. "|" .. f.signame(sig) end
    else
      ftext = f.signame(sig)
    end
    return "child_stack=" .. f.ptr(ev.args[2]) .. ", flags=" .. ftext
  end,
  ret = "pid",
  -- The tids are written by the kernel: strace shows them after the call.
  exit = function(ev, f)
    local flags = ev.args[1] & ~CSIGNAL
    if flags & CLONE_EXIT_HALF == 0 then return "" end
    local out = {}
    if flags & (CLONE_PARENT_SETTID | CLONE_PIDFD) ~= 0 then
      local num = flags & CLONE_PARENT_SETTID ~= 0 and f.num_at(ev, ev.args[3], "<i4", nil, true)
        or f.num_at(ev, ev.args[3], "<i4", function(v) return f.fd(ev, v) end, true)
      out[#out + 1] = ", parent_tid=" .. num
    end
    if flags & CLONE_SETTLS ~= 0 then out[#out + 1] = ", tls=" .. f.ptr(ev.args[5]) end
    if flags & (CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID) ~= 0 then
      out[#out + 1] = ", child_tidptr=" .. f.ptr(ev.args[4])
    end
    return table.concat(out)
  end,
}

local CLONE_ARGS_MIN, CLONE_ARGS_SIZE = 64, 88

-- clone3 flags come from two tables: the classic clone flags, then clone3's own.
local CLONE3_FLAGS = {}
for _, e in ipairs(clone_x.flags) do CLONE3_FLAGS[#CLONE3_FLAGS + 1] = e end
for _, e in ipairs(clone_x.flags3) do CLONE3_FLAGS[#CLONE3_FLAGS + 1] = e end

local function clone3_struct(ev, f, b, fetch)
  local flags, pidfd, child_tid, parent_tid, exit_signal, stack, stack_size, tls =
    string.unpack("<i8i8i8i8i8i8i8i8", b)
  local set_tid, set_tid_size, cgroup = 0, 0, 0
  if fetch >= 80 then set_tid, set_tid_size = string.unpack("<i8i8", b, 65) end
  if fetch >= 88 then cgroup = string.unpack("<i8", b, 81) end
  local out = { "flags=" .. f.flags(CLONE3_FLAGS, flags, "CLONE_???") }
  if flags & CLONE_PIDFD ~= 0 then out[#out + 1] = "pidfd=" .. f.ptr(pidfd) end
  if flags & (CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID) ~= 0 then
    out[#out + 1] = "child_tid=" .. f.ptr(child_tid)
  end
  if flags & CLONE_PARENT_SETTID ~= 0 then out[#out + 1] = "parent_tid=" .. f.ptr(parent_tid) end
  if math.ult(exit_signal, 0x7fffffff) then
    out[#out + 1] = "exit_signal=" .. f.signame(exit_signal)
  else
    out[#out + 1] = "exit_signal=" .. f.udec(exit_signal)
  end
  out[#out + 1] = "stack=" .. f.ptr(stack)
  out[#out + 1] = "stack_size=" .. f.hex(stack_size)
  if flags & CLONE_SETTLS ~= 0 then out[#out + 1] = "tls=" .. f.ptr(tls) end
  if set_tid ~= 0 or set_tid_size ~= 0 then
    if set_tid == 0 or set_tid_size == 0 or math.ult(32, set_tid_size) then
      out[#out + 1] = "set_tid=" .. f.ptr(set_tid)
    else
      local ids = f.umove(ev, set_tid, 4 * set_tid_size)
      if ids then
        local list = {}
        for i = 1, set_tid_size do list[i] = ("%d"):format(string.unpack("<i4", ids, 4 * i - 3)) end
        out[#out + 1] = "set_tid=[" .. table.concat(list, ", ") .. "]"
      else
        out[#out + 1] = "set_tid=" .. f.ptr(set_tid)
      end
    end
    out[#out + 1] = "set_tid_size=" .. f.udec(set_tid_size)
  end
  if fetch > 80 and (cgroup ~= 0 or flags & CLONE_INTO_CGROUP ~= 0) then
    out[#out + 1] = "cgroup=" .. f.udec(cgroup)
  end
  return "{" .. table.concat(out, ", ") .. "}", flags
end

D.clone3 = {
  enter = function(ev, f)
    local addr, size = ev.args[1], ev.args[2]
    local fetch = math.ult(size, CLONE_ARGS_SIZE) and size or CLONE_ARGS_SIZE
    ev.priv = nil
    local b = not math.ult(fetch, CLONE_ARGS_MIN) and f.umove(ev, addr, fetch)
    if not b then return f.ptr(addr) .. ", " .. f.udec(size) end
    local text, flags = clone3_struct(ev, f, b, fetch)
    if flags & (CLONE_PIDFD | CLONE_PARENT_SETTID) ~= 0 then
      ev.priv = { clone3_flags = flags, fetch = fetch }
      return text
    end
    return text .. ", " .. f.udec(size)
  end,
  -- What the kernel wrote back: the pidfd and the parent's copy of the tid.
  exit = function(ev, f)
    local p = ev.priv
    if type(p) ~= "table" or not p.clone3_flags then return "" end
    local addr, size = ev.args[1], ev.args[2]
    if ev.err ~= 0 then return ", " .. f.udec(size) end
    local b = f.umove(ev, addr, p.fetch)
    if not b then return " => " .. f.ptr(addr) .. ", " .. f.udec(size) end
    local _, pidfd, _, parent_tid = string.unpack("<i8i8i8i8", b)
    local out = {}
    if p.clone3_flags & CLONE_PIDFD ~= 0 then
      out[#out + 1] = "pidfd=" .. f.num_at(ev, pidfd, "<i4", function(v) return f.fd(ev, v) end)
    end
    if p.clone3_flags & CLONE_PARENT_SETTID ~= 0 then
      out[#out + 1] = "parent_tid=" .. f.num_at(ev, parent_tid, "<i4")
    end
    return " => {" .. table.concat(out, ", ") .. "}, " .. f.udec(size)
  end,
  ret = "pid",
}

D.fork = { enter = function() return "" end, ret = "pid" }
D.vfork = D.fork

-- ---- wait4 ----------------------------------------------------------------------------

-- A wait status as strace shows it: "[{WIFEXITED(s) && WEXITSTATUS(s) == 0}]".
function D.wait_status(status, f)
  f = f or require "moontrace.fmt"
  status = status & 0xffffffff
  local text
  if status & 0xff == 0x7f then
    local sig = (status >> 8) & 0xff
    text = ("{WIFSTOPPED(s) && WSTOPSIG(s) == %s%s}"):format(f.plain(f.signame, sig & 0x7f),
      sig & 0x80 ~= 0 and " | 0x80" or "")
    status = status & ~((sig << 8) | 0x7f)
  elseif status & 0x7f ~= 0 and status & 0x7f ~= 0x7f then
    local sig = status & 0x7f
    text = ("{WIFSIGNALED(s) && WTERMSIG(s) == %s%s}"):format(f.plain(f.signame, sig),
      status & 0x80 ~= 0 and " && WCOREDUMP(s)" or "")
    status = status & ~(sig | 0x80)
  elseif status & 0x7f == 0 then
    local code = (status >> 8) & 0xff
    text = ("{WIFEXITED(s) && WEXITSTATUS(s) == %d}"):format(code)
    status = status & ~(code << 8)
  elseif status == 0xffff then
    text = "{WIFCONTINUED(s)}"
    status = 0
  else
    return "[" .. f.hex(status) .. "]"
  end
  local event = status >> 16
  if event ~= 0 then
    text = text .. "|" .. f.xval(wait_x.ptrace_events, event, "PTRACE_EVENT_???") .. "<<16"
    status = status & 0xffff
  end
  if status ~= 0 then text = text .. "|" .. f.hex(status) end
  return "[" .. text .. "]"
end

local function rusage_at(ev, f, addr)
  local b = f.umove_exit(ev, addr, 144)
  if not b then return f.ptr(addr) end
  local v = { string.unpack("<i8i8i8i8" .. ("i8"):rep(14), b) }
  local text = ("{ru_utime={tv_sec=%d, tv_usec=%s}, ru_stime={tv_sec=%d, tv_usec=%s}"):format(
    v[1], f.udec(v[2]), v[3], f.udec(v[4]))
  if not f.opts.verbose then return text .. ", ...}" end
  local names = { "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt",
    "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals",
    "ru_nvcsw", "ru_nivcsw" }
  for i, n in ipairs(names) do text = text .. ", " .. n .. "=" .. f.udec(v[4 + i]) end
  return text .. "}"
end
D.rusage_at = rusage_at

D.wait4 = {
  enter = function(ev, f) return f.pid(ev.args[1]) .. ", " end,
  ret = "pid",
  exit = function(ev, f)
    local status
    if ev.err == 0 and ev.ret == 0 then
      status = f.ptr(ev.args[2])
    else
      local b = f.umove_exit(ev, ev.args[2], 4)
      status = b and D.wait_status(string.unpack("<I4", b), f) or f.ptr(ev.args[2])
    end
    local ru = (ev.err == 0 and ev.ret > 0) and rusage_at(ev, f, ev.args[4]) or f.ptr(ev.args[4])
    return status .. ", " .. f.flags(wait_x.options, ev.args[3] & 0xffffffff, "W???") .. ", " .. ru
  end,
}

-- ---- waitid, getrusage, times -----------------------------------------------------

local P_PID, P_PIDFD = 1, 3

D.waitid = {
  enter = function(ev, f)
    local idtype = ev.args[1] & 0xffffffff
    local id = idtype == P_PIDFD and f.fd(ev, ev.args[2])
      or idtype == P_PID and f.pid(ev.args[2]) or f.int(ev.args[2])
    return f.xval(wait_x.idtypes, idtype, "P_???") .. ", " .. id .. ", "
  end,
  exit = function(ev, f)
    local b = f.umove_exit(ev, ev.args[3], 128)
    local si = b and require("moontrace.decode.signal").siginfo(b, f) or f.ptr(ev.args[3])
    return si .. ", " .. f.flags(wait_x.options, ev.args[4] & 0xffffffff, "W???") .. ", " ..
      rusage_at(ev, f, ev.args[5])
  end,
}

D.getrusage = {
  enter = function(ev, f) return f.xval(res_x.usage_who, ev.args[1] & 0xffffffff, "RUSAGE_???") .. ", " end,
  exit = function(ev, f) return rusage_at(ev, f, ev.args[2]) end,
}

D.times = {
  exit = function(ev, f)
    local b = f.umove_exit(ev, ev.args[1], 32)
    if not b then return f.ptr(ev.args[1]) end
    local u, s, cu, cs = string.unpack("<i8i8i8i8", b)
    return ("{tms_utime=%s, tms_stime=%s, tms_cutime=%s, tms_cstime=%s}"):format(
      f.clock_t(u), f.clock_t(s), f.clock_t(cu), f.clock_t(cs))
  end,
}

-- ---- capabilities ------------------------------------------------------------------

local CAP_V2, CAP_V3 = 0x20071026, 0x20080522

-- The capability sets are two 32-bit words: "1<<CAP_CHOWN|..." for each.
local CAP_MASK0, CAP_MASK1 = {}, {}
for _, e in ipairs(prctl_x.caps) do
  if e[1] < 32 then CAP_MASK0[#CAP_MASK0 + 1] = { 1 << e[1], "1<<" .. e[2] }
  else CAP_MASK1[#CAP_MASK1 + 1] = { 1 << (e[1] - 32), "1<<" .. e[2] } end
end

local function cap_bits(f, lo, hi)
  local text = ""
  if lo ~= 0 or hi == 0 then text = f.flags(CAP_MASK0, lo, "CAP_???") end
  if hi ~= 0 then text = text .. (lo ~= 0 and "|" or "") .. f.flags(CAP_MASK1, hi, "CAP_???") end
  return text
end

-- The header as strace reads it, both at entry and (capget) after the call.
local function cap_header(ev, f, addr)
  if addr == 0 then return nil end
  local b = f.umove(ev, addr, 8)
  return b and { string.unpack("<I4i4", b) } or nil
end

local function cap_header_text(f, addr, h)
  if not h then return f.ptr(addr) end
  return "{version=" .. f.xval(sched_x.cap_versions, h[1], "_LINUX_CAPABILITY_VERSION_???") ..
    ", pid=" .. f.pid(h[2]) .. "}"
end

local function cap_data(ev, f, addr, h)
  if addr == 0 or not h then return f.ptr(addr) end
  local n = (h[1] == CAP_V2 or h[1] == CAP_V3) and 2 or 1
  local b = (ev.kind == "exit" and f.umove_exit or f.umove)(ev, addr, 12 * n)
  if not b then return f.ptr(addr) end
  local e0, p0, i0 = string.unpack("<I4I4I4", b)
  local e1, p1, i1 = 0, 0, 0
  if n == 2 then e1, p1, i1 = string.unpack("<I4I4I4", b, 13) end
  return "{effective=" .. cap_bits(f, e0, e1) .. ", permitted=" .. cap_bits(f, p0, p1) ..
    ", inheritable=" .. cap_bits(f, i0, i1) .. "}"
end

D.capget = {
  enter = function(ev, f)
    return cap_header_text(f, ev.args[1], cap_header(ev, f, ev.args[1])) .. ", "
  end,
  exit = function(ev, f)
    local h = ev.err == 0 and cap_header(ev, f, ev.args[1]) or nil
    return cap_data(ev, f, ev.args[2], h)
  end,
}
D.capset = {
  enter = function(ev, f)
    local h = cap_header(ev, f, ev.args[1])
    return cap_header_text(f, ev.args[1], h) .. ", " .. cap_data(ev, f, ev.args[2], h)
  end,
}

-- ---- scheduling ------------------------------------------------------------------

local function policy(f, v) return f.xval(sched_x.schedulers, v & 0xffffffff, "SCHED_???") end

D.sched_getscheduler = {
  enter = function(ev, f) return f.pid(ev.args[1]) end,
  exit = function() return "" end,
  ret = function(ev, f)
    local name = f.lookup(sched_x.schedulers, ev.ret)
    return f.long(ev.ret) .. (name and (" (" .. name .. ")") or "")
  end,
}
D.sched_setscheduler = {
  enter = function(ev, f)
    return f.pid(ev.args[1]) .. ", " .. policy(f, ev.args[2]) .. ", " .. f.num_at(ev, ev.args[3])
  end,
}
D.sched_getparam = {
  enter = function(ev, f) return f.pid(ev.args[1]) .. ", " end,
  exit = function(ev, f) return f.num_at(ev, ev.args[2], "<i4", nil, true) end,
}
D.sched_setparam = {
  enter = function(ev, f) return f.pid(ev.args[1]) .. ", " .. f.num_at(ev, ev.args[2]) end,
}
D.sched_get_priority_min = { enter = function(ev, f) return policy(f, ev.args[1]) end }
D.sched_get_priority_max = D.sched_get_priority_min

-- ---- personality, namespaces, pidfd_open ---------------------------------------------

local PER_MASK = 0xff

-- The type by name, then the flags; strace shows the old persona this way too.
local function persona(f, v)
  local text = f.xval(sched_x.personality_types, v & PER_MASK, "PER_???")
  v = v & ~PER_MASK
  if v ~= 0 then text = text .. "|" .. f.flags(sched_x.personality_flags, v) end
  return text
end

D.personality = {
  enter = function(ev, f)
    local v = ev.args[1] & 0xffffffff
    if v == 0xffffffff then return "0xffffffff" end
    return persona(f, v)
  end,
  exit = function() return "" end,
  ret = function(ev, f) return f.hex(ev.ret) .. " (" .. persona(f, ev.ret & 0xffffffff) .. ")" end,
}

D.unshare = { enter = function(ev, f) return f.flags(sched_x.unshare, ev.args[1], "CLONE_???") end }
D.setns = {
  enter = function(ev, f)
    return f.fd(ev, ev.args[1]) .. ", " .. f.flags(sched_x.setns, ev.args[2] & 0xffffffff, "CLONE_NEW???")
  end,
}

D.pidfd_open = {
  enter = function(ev, f)
    return f.pid(ev.args[1]) .. ", " .. f.flags(sched_x.pidfd_open, ev.args[2] & 0xffffffff, "PIDFD_???")
  end,
  ret = "fd",
}

-- ---- process_vm_readv, process_vm_writev ----------------------------------------------

-- The remote iovecs are addresses in the other process: never dereferenced.
local function vm_tail(ev, f, desc)
  local a = ev.args
  return ", " .. f.udec(a[3]) .. ", " .. desc.iovec(ev, f, a[4], a[5], nil, true) .. ", " ..
    f.udec(a[5]) .. ", " .. f.udec(a[6])
end

D.process_vm_readv = {
  enter = function(ev, f) return f.pid(ev.args[1]) .. ", " end,
  exit = function(ev, f)
    local desc = require "moontrace.decode.desc"
    local failed = ev.err ~= 0
    return desc.iovec(ev, f, ev.args[2], ev.args[3], failed and -1 or ev.ret, failed) .. vm_tail(ev, f, desc)
  end,
}
D.process_vm_writev = {
  enter = function(ev, f)
    local desc = require "moontrace.decode.desc"
    return f.pid(ev.args[1]) .. ", " .. desc.iovec(ev, f, ev.args[2], ev.args[3]) .. vm_tail(ev, f, desc)
  end,
}

-- ---- exit --------------------------------------------------------------------------

D.exit = { enter = function(ev, f) return f.int(ev.args[1]) end, noreturn = true }
D.exit_group = D.exit

-- ---- start-up calls -------------------------------------------------------------------

D.set_tid_address = { enter = function(ev, f) return f.hex(ev.args[1]) end }
D.set_robust_list = {
  enter = function(ev, f) return f.ptr(ev.args[1]) .. ", " .. f.udec(ev.args[2]) end,
}
D.rseq = {
  enter = function(ev, f)
    local a = ev.args
    return f.hex(a[1]) .. ", " .. f.hex(a[2]) .. ", " .. f.hex(a[3]) .. ", " .. f.hex(a[4])
  end,
}

local ARCH_GET_FS, ARCH_GET_GS, ARCH_GET_CPUID = 0x1003, 0x1004, 0x1011

D.arch_prctl = {
  enter = function(ev, f)
    local code = ev.args[1] & 0xffffffff
    local text = f.xval(prctl_x.arch, code, "ARCH_???")
    if code == ARCH_GET_FS or code == ARCH_GET_GS then return text .. ", " end
    if code == ARCH_GET_CPUID then return text end
    return text .. ", " .. f.hex(ev.args[2])
  end,
  exit = function(ev, f)
    local code = ev.args[1] & 0xffffffff
    if code ~= ARCH_GET_FS and code ~= ARCH_GET_GS then return "" end
    return f.num_at(ev, ev.args[2], "<i8", f.ptr, true)
  end,
}

-- rlim values: infinity by name, multiples of 1024 as "N*1024".
-- -X raw: the number; -X verbose: "8388608 /* 8192*1024 */".
local function rlim(f, v)
  if v == -1 then return f.styled(f.udec(v), "RLIM64_INFINITY") end
  if math.ult(1024, v) and v % 1024 == 0 then return f.styled(f.udec(v), f.udec(v // 1024) .. "*1024") end
  return f.udec(v)
end

local function rlimit(f, b)
  local cur, max = string.unpack("<i8i8", b)
  return ("{rlim_cur=%s, rlim_max=%s}"):format(rlim(f, cur), rlim(f, max))
end

local function rlimit_at(ev, f, addr, exiting)
  local b = (exiting and f.umove_exit or f.umove)(ev, addr, 16)
  return b and rlimit(f, b) or f.ptr(addr)
end

local function resource(f, v) return f.xval(res_x.resources, v & 0xffffffff, "RLIMIT_???") end

D.prlimit64 = {
  enter = function(ev, f)
    return f.pid(ev.args[1]) .. ", " .. resource(f, ev.args[2]) .. ", " ..
      rlimit_at(ev, f, ev.args[3]) .. ", "
  end,
  exit = function(ev, f) return rlimit_at(ev, f, ev.args[4], true) end,
}
D.getrlimit = {
  enter = function(ev, f) return resource(f, ev.args[1]) .. ", " end,
  exit = function(ev, f) return rlimit_at(ev, f, ev.args[2], true) end,
}
D.setrlimit = {
  enter = function(ev, f) return resource(f, ev.args[1]) .. ", " .. rlimit_at(ev, f, ev.args[2]) end,
}

-- ---- ids ---------------------------------------------------------------------------

local function id(v)
  v = v & 0xffffffff
  return v == 0xffffffff and "-1" or ("%d"):format(v)
end

local function ids(n) return {
  enter = function(ev, f)
    local out = {}
    for i = 1, n do out[i] = id(ev.args[i]) end
    return table.concat(out, ", ")
  end,
} end
D.setuid, D.setgid, D.setfsuid, D.setfsgid = ids(1), ids(1), ids(1), ids(1)
D.setreuid, D.setregid = ids(2), ids(2)
D.setresuid, D.setresgid = ids(3), ids(3)

-- getresuid: three ids the kernel writes.
local function id_at(ev, f, addr) return f.num_at(ev, addr, "<I4", id, true) end
D.getresuid = {
  exit = function(ev, f)
    return id_at(ev, f, ev.args[1]) .. ", " .. id_at(ev, f, ev.args[2]) .. ", " .. id_at(ev, f, ev.args[3])
  end,
}
D.getresgid = D.getresuid

D.getpgid = { enter = function(ev, f) return f.pid(ev.args[1]) end }
D.getsid = D.getpgid
D.setpgid = { enter = function(ev, f) return f.pid(ev.args[1]) .. ", " .. f.int(ev.args[2]) end }

-- ---- calls without arguments -------------------------------------------------------

local none = { enter = function() return "" end }
-- with -Y, the ids these return are followed by the command name
local pid_getter = { enter = none.enter, ret = "pid" }
D.getpid, D.getppid, D.gettid = pid_getter, pid_getter, pid_getter
for _, name in ipairs { "getuid", "geteuid", "getgid",
  "getegid", "getpgrp", "setsid", "sched_yield", "pause", "sync", "munlockall",
  "vhangup", "inotify_init" } do
  D[name] = none
end

return D
