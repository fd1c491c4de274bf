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
  SET_PDEATHSIG = 1, GET_PDEATHSIG = 2, GET_DUMPABLE = 3, SET_DUMPABLE = 4, GET_UNALIGN = 5,
  SET_UNALIGN = 6, GET_KEEPCAPS = 7, SET_KEEPCAPS = 8, GET_FPEMU = 9, SET_FPEMU = 10,
  GET_FPEXC = 11, SET_FPEXC = 12, GET_TIMING = 13, SET_TIMING = 14, SET_NAME = 15,
  GET_NAME = 16, GET_ENDIAN = 19, SET_ENDIAN = 20, GET_SECCOMP = 21, SET_SECCOMP = 22,
  CAPBSET_READ = 23, CAPBSET_DROP = 24, GET_TSC = 25, SET_TSC = 26, GET_SECUREBITS = 27,
  SET_SECUREBITS = 28, SET_TIMERSLACK = 29, GET_TIMERSLACK = 30, TASK_PERF_EVENTS_DISABLE = 31,
  TASK_PERF_EVENTS_ENABLE = 32, MCE_KILL = 33, MCE_KILL_GET = 34, SET_MM = 35,
  SET_CHILD_SUBREAPER = 36, GET_CHILD_SUBREAPER = 37, SET_NO_NEW_PRIVS = 38,
  GET_TID_ADDRESS = 40, SET_THP_DISABLE = 41, SET_FP_MODE = 45, GET_FP_MODE = 46,
  CAP_AMBIENT = 47, SVE_SET_VL = 50, SVE_GET_VL = 51, GET_SPECULATION_CTRL = 52,
  SET_SPECULATION_CTRL = 53, PAC_RESET_KEYS = 54, SET_TAGGED_ADDR_CTRL = 55,
  GET_TAGGED_ADDR_CTRL = 56, SET_IO_FLUSHER = 57, SET_SYSCALL_USER_DISPATCH = 59,
  PAC_SET_ENABLED_KEYS = 60, PAC_GET_ENABLED_KEYS = 61, SCHED_CORE = 62, SME_SET_VL = 63,
  SME_GET_VL = 64, SET_VMA = 0x53564d41, SET_PTRACER = 0x59616d61,
}
local TASK_COMM_LEN = 16
local CAP_AMBIENT_CLEAR_ALL = 4        -- the one sub-command without a capability
local MCE_KILL_SET = 1                 -- the one whose arg3 is a policy
local SET_VMA_ANON_NAME = 0
local SECCOMP_MODE_STRICT, SECCOMP_MODE_FILTER = 1, 2
local SCHED_CORE_GET = 0               -- the one that writes through arg5
local VL_LEN_MASK = 0xffff             -- PR_SVE_VL_LEN_MASK, PR_SME_VL_LEN_MASK

local function rest_hex(ev, f, first)
  local out = {}
  for i = first + 1, 5 do out[#out + 1] = ", " .. f.hex(ev.args[i]) end
  return table.concat(out)
end

local function u32(v) return v & 0xffffffff end

-- What strace adds in parentheses to a result made of flags ("= 0x10
-- (SECBIT_KEEP_CAPS)"): the names it knows, then the bits left over, but
-- nothing when it knows none of them, and nothing at all with -X raw.  Zero
-- has a name only in a table with a zero entry (PR_SPEC_NOT_AFFECTED).
local function aux_flags(f, tbl, v)
  if f.opts.xstyle == "raw" then return nil end
  if v == 0 then return tbl[1][1] == 0 and tbl[1][2] or nil end
  local names, rest = {}, v
  for _, e in ipairs(tbl) do
    if e[1] ~= 0 and rest & e[1] == e[1] then
      names[#names + 1] = e[2]
      rest = rest & ~e[1]
    end
  end
  if #names == 0 then return nil end
  if rest ~= 0 then names[#names + 1] = f.hex(rest) end
  return table.concat(names, "|")
end

-- A result printed in hex, with text (if any) in parentheses.
local function hex_aux(f, v, text)
  return f.hex(v) .. (text and (" (" .. text .. ")") or "")
end

-- The result in hex with its flags named, as strace shows a non-zero one
-- (a zero result stays a plain "0").
local function ret_flags(tbl)
  return function(ev, f)
    if ev.ret == 0 then return "0" end
    return hex_aux(f, ev.ret, aux_flags(f, tbl, ev.ret))
  end
end

-- The result in decimal with its name in parentheses; strace looks the
-- name up without regard to -X, so it is there even with -X raw.
local function ret_named(tbl)
  return function(ev, f)
    local name = f.lookup(tbl, ev.ret)
    return f.long(ev.ret) .. (name and (" (" .. name .. ")") or "")
  end
end

-- A vector length with the flags above it (PR_SVE_SET_VL, PR_SME_SET_VL):
-- "FLAGS|0xLEN", the length alone when no flag is set.  -X raw: the number;
-- -X verbose: the number with that text as a comment, when a flag is set.
-- As a result's comment (aux): nothing without flags, nor with -X raw.
local function vec_len(f, tbl, v, aux)
  local style = f.opts.xstyle
  if style == "raw" then return not aux and f.hex(v) or nil end
  local flags = v & ~VL_LEN_MASK
  if flags == 0 then return not aux and f.hex(v) or nil end
  -- f.flags without a default prints unknown bits bare ("0x80000")
  local text = f.plain(f.flags, tbl, flags) .. "|" .. f.hex(v & VL_LEN_MASK)
  if not aux and style == "verbose" then return f.hex(v) .. " /* " .. text .. " */" end
  return text
end

local function ret_vec_len(tbl)
  return function(ev, f)
    if ev.ret == 0 then return "0" end
    return hex_aux(f, ev.ret, vec_len(f, tbl, ev.ret, true))
  end
end

-- PR_SET_TAGGED_ADDR_CTRL's word: the enable bit (named also when clear), the
-- MTE fault mode, the tag mask as "0xN<<PR_MTE_TAG_SHIFT", any other bits in
-- hex.  -X raw: the number (nothing as a result's comment); -X verbose: the
-- number with the text as a comment, except in a result's comment.
local function tagged_addr(f, v, aux)
  local style = f.opts.xstyle
  if style == "raw" then return not aux and f.hex(v) or nil end
  local parts = { f.lookup(prctl_x.tagged_addr_enable, v & 1), f.lookup(prctl_x.mte_tcf, v & 6) }
  local tag = (v >> 3) & 0xffff
  if tag ~= 0 then parts[#parts + 1] = f.hex(tag) .. "<<PR_MTE_TAG_SHIFT" end
  local rest = v & ~0x7ffff
  if rest ~= 0 then parts[#parts + 1] = f.hex(rest) end
  local text = table.concat(parts, "|")
  if not aux and style == "verbose" then return f.hex(v) .. " /* " .. text .. " */" end
  return text
end

-- PR_SET_PTRACER's pid: -1 (in the low 32 bits) is PR_SET_PTRACER_ANY.
local function ptracer(f, v)
  if f.s32(v) == -1 then return f.styled("-1", "PR_SET_PTRACER_ANY") end
  return f.pid(v)
end

-- PR_SCHED_CORE's id type: named in a comment even without -X verbose
-- (strace forces that style), bare hex with -X raw.
local function sched_pidtype(f, t)
  if f.opts.xstyle == "raw" then return f.hex(t) end
  return f.hex(t) .. " /* " .. (f.lookup(prctl_x.sched_core_pidtypes, t) or "PIDTYPE_???") .. " */"
end

local function none() return "" end
local function comma() return ", " end

-- How strace 6.1 shows each option: enter is what follows the option's name
-- at entry, exit what the kernel wrote through arg2, ret the result when
-- strace adds to it.  Options not here (unknown ones, PR_GET_NO_NEW_PRIVS,
-- PR_GET_THP_DISABLE, PR_GET_IO_FLUSHER, PR_MPX_*) show their four other
-- arguments in hex.
local PRCTL = {}

-- Getters whose only output is the result.
for _, o in ipairs { PR.GET_KEEPCAPS, PR.GET_SECCOMP, PR.GET_TIMERSLACK, PR.GET_TIMING,
  PR.TASK_PERF_EVENTS_DISABLE, PR.TASK_PERF_EVENTS_ENABLE } do
  PRCTL[o] = { enter = none }
end
PRCTL[PR.GET_DUMPABLE] = { enter = none, ret = ret_named(prctl_x.dumpable) }
PRCTL[PR.GET_SECUREBITS] = { enter = none, ret = ret_flags(prctl_x.secbits) }
PRCTL[PR.GET_FP_MODE] = { enter = none, ret = ret_flags(prctl_x.fp_mode) }
PRCTL[PR.SVE_GET_VL] = { enter = none, ret = ret_vec_len(prctl_x.sve_vl_flags) }
PRCTL[PR.SME_GET_VL] = { enter = none, ret = ret_vec_len(prctl_x.sme_vl_flags) }

-- Getters that show their arguments and add a name to the result.
PRCTL[PR.MCE_KILL_GET] = {
  enter = function(ev, f) return rest_hex(ev, f, 1) end,
  ret = ret_named(prctl_x.mce_kill_policy),
}
PRCTL[PR.PAC_GET_ENABLED_KEYS] = {
  enter = function(ev, f) return rest_hex(ev, f, 1) end,
  -- zero too is printed in hex here (no name matches it)
  ret = function(ev, f) return hex_aux(f, ev.ret, aux_flags(f, prctl_x.pac_enabled_keys, ev.ret)) end,
}
PRCTL[PR.GET_TAGGED_ADDR_CTRL] = {
  enter = function(ev, f) return rest_hex(ev, f, 1) end,
  ret = function(ev, f) return hex_aux(f, ev.ret, tagged_addr(f, ev.ret, true)) end,
}

-- Getters that write an int (or a pointer) through arg2: shown after the
-- call, the address alone when it failed.
local function int_out(conv)
  return {
    enter = comma,
    exit = function(ev, f) return f.num_at(ev, ev.args[2], "<I4", conv and function(v) return conv(f, v) end, true) end,
  }
end
for _, o in ipairs { PR.GET_CHILD_SUBREAPER, PR.GET_ENDIAN, PR.GET_FPEMU, PR.GET_FPEXC } do
  PRCTL[o] = int_out()
end
PRCTL[PR.GET_PDEATHSIG] = int_out(function(f, v) return f.signame(v) end)
PRCTL[PR.GET_TSC] = int_out(function(f, v) return f.xval(prctl_x.tsc, v, "PR_TSC_???") end)
PRCTL[PR.GET_UNALIGN] = int_out(function(f, v) return f.flags(prctl_x.unalign, v, "PR_UNALIGN_???") end)
PRCTL[PR.GET_TID_ADDRESS] = {
  enter = comma,
  exit = function(ev, f) return f.num_at(ev, ev.args[2], "<i8", f.ptr, true) end,
}
PRCTL[PR.GET_NAME] = {
  enter = comma,
  exit = function(ev, f)
    if ev.err ~= 0 then return f.ptr(ev.args[2]) end
    return f.str(ev, ev.args[2], TASK_COMM_LEN - 1)
  end,
}

-- Setters of one value, shown at entry only.
local function one(show) return { enter = function(ev, f) return ", " .. show(f, ev.args[2], ev) end } end
for _, o in ipairs { PR.SET_CHILD_SUBREAPER, PR.SET_ENDIAN, PR.SET_FPEMU, PR.SET_FPEXC,
  PR.SET_KEEPCAPS, PR.SET_TIMING } do
  PRCTL[o] = one(function(f, v) return f.udec(v) end)
end
PRCTL[PR.SET_NAME] = one(function(f, v, ev) return f.str(ev, v, TASK_COMM_LEN - 1) end)
PRCTL[PR.SET_PDEATHSIG] = one(function(f, v) return math.ult(128, v) and f.udec(v) or f.signame(v) end)
PRCTL[PR.SET_DUMPABLE] = one(function(f, v) return f.xval(prctl_x.dumpable, v, "SUID_DUMP_???") end)
PRCTL[PR.CAPBSET_READ] = one(function(f, v) return f.xval(prctl_x.caps, v, "CAP_???") end)
PRCTL[PR.CAPBSET_DROP] = PRCTL[PR.CAPBSET_READ]
PRCTL[PR.SET_TIMERSLACK] = one(function(f, v) return f.long(v) end)
PRCTL[PR.SET_SECUREBITS] = one(function(f, v) return f.flags(prctl_x.secbits, v, "SECBIT_???") end)
-- these three take the value as an unsigned int
PRCTL[PR.SET_TSC] = one(function(f, v) return f.xval(prctl_x.tsc, u32(v), "PR_TSC_???") end)
PRCTL[PR.SET_UNALIGN] = one(function(f, v) return f.flags(prctl_x.unalign, u32(v), "PR_UNALIGN_???") end)
PRCTL[PR.SET_FP_MODE] = one(function(f, v) return f.flags(prctl_x.fp_mode, u32(v), "PR_FP_MODE_???") end)
PRCTL[PR.SET_PTRACER] = one(ptracer)
-- the vector length is all strace shows; the result is decoded as GET_VL's
PRCTL[PR.SVE_SET_VL] = {
  enter = function(ev, f) return ", " .. vec_len(f, prctl_x.sve_vl_flags, ev.args[2]) end,
  ret = ret_vec_len(prctl_x.sve_vl_flags),
}
PRCTL[PR.SME_SET_VL] = {
  enter = function(ev, f) return ", " .. vec_len(f, prctl_x.sme_vl_flags, ev.args[2]) end,
  ret = ret_vec_len(prctl_x.sme_vl_flags),
}

-- Setters whose other arguments the kernel wants zero: shown in hex.
for _, o in ipairs { PR.SET_NO_NEW_PRIVS, PR.SET_THP_DISABLE, PR.SET_IO_FLUSHER } do
  PRCTL[o] = { enter = function(ev, f) return ", " .. f.udec(ev.args[2]) .. rest_hex(ev, f, 2) end }
end
PRCTL[PR.SET_TAGGED_ADDR_CTRL] = {
  enter = function(ev, f) return ", " .. tagged_addr(f, ev.args[2]) .. rest_hex(ev, f, 2) end,
}
PRCTL[PR.PAC_RESET_KEYS] = {
  enter = function(ev, f)
    return ", " .. f.flags(prctl_x.pac_keys, ev.args[2], "PR_PAC_???") .. rest_hex(ev, f, 2)
  end,
}
PRCTL[PR.PAC_SET_ENABLED_KEYS] = {
  enter = function(ev, f)
    local a = ev.args
    return ", " .. f.flags(prctl_x.pac_enabled_keys, a[2], "PR_PAC_???") .. ", " ..
      f.flags(prctl_x.pac_enabled_keys, a[3], "PR_PAC_???") .. rest_hex(ev, f, 3)
  end,
}

-- Options with sub-commands: the sub-command, then what it takes.
PRCTL[PR.CAP_AMBIENT] = {
  enter = function(ev, f)
    local a = ev.args
    local text = ", " .. f.xval(prctl_x.cap_ambient, a[2], "PR_CAP_AMBIENT_???")
    -- IS_SET, RAISE and LOWER name a capability; CLEAR_ALL and unknown ones do not
    if a[2] >= 1 and a[2] < CAP_AMBIENT_CLEAR_ALL then
      return text .. ", " .. f.xval(prctl_x.caps, a[3], "CAP_???") .. rest_hex(ev, f, 3)
    end
    return text .. rest_hex(ev, f, 2)
  end,
}
PRCTL[PR.MCE_KILL] = {
  enter = function(ev, f)
    local a = ev.args
    local policy = a[2] == MCE_KILL_SET and f.xval(prctl_x.mce_kill_policy, a[3], "PR_MCE_KILL_???")
      or f.hex(a[3])
    return ", " .. f.xval(prctl_x.mce_kill, a[2], "PR_MCE_KILL_???") .. ", " .. policy .. rest_hex(ev, f, 3)
  end,
}
PRCTL[PR.SET_MM] = {
  enter = function(ev, f)
    return ", " .. f.xval(prctl_x.set_mm, u32(ev.args[2]), "PR_SET_MM_???") .. rest_hex(ev, f, 2)
  end,
}
PRCTL[PR.SET_VMA] = {
  enter = function(ev, f)
    local a = ev.args
    local text = ", " .. f.xval(prctl_x.set_vma, a[2], "PR_SET_VMA_???")
    if a[2] ~= SET_VMA_ANON_NAME then return text .. rest_hex(ev, f, 2) end
    -- the range and the name to give it (cut at -s like any string)
    return text .. ", " .. f.ptr(a[3]) .. ", " .. f.udec(a[4]) .. ", " .. f.str(ev, a[5])
  end,
}
PRCTL[PR.GET_SPECULATION_CTRL] = {
  enter = function(ev, f) return ", " .. f.xval(prctl_x.spec_cmds, ev.args[2], "PR_SPEC_???") end,
  -- the state of a known control, as flags in hex; anything else in decimal
  ret = function(ev, f)
    if f.lookup(prctl_x.spec_cmds, ev.args[2]) then
      return hex_aux(f, ev.ret, aux_flags(f, prctl_x.spec_get, ev.ret))
    end
    return f.long(ev.ret)
  end,
}
PRCTL[PR.SET_SPECULATION_CTRL] = {
  -- arg4 and arg5 are not shown
  enter = function(ev, f)
    local a = ev.args
    local state = f.lookup(prctl_x.spec_cmds, a[2]) and f.xval(prctl_x.spec_set, a[3], "PR_SPEC_???")
      or f.hex(a[3])
    return ", " .. f.xval(prctl_x.spec_cmds, a[2], "PR_SPEC_???") .. ", " .. state
  end,
}
PRCTL[PR.SET_SYSCALL_USER_DISPATCH] = {
  -- mode, offset and length of the region always allowed, the selector byte
  enter = function(ev, f)
    local a = ev.args
    return ", " .. f.xval(prctl_x.sud_cmds, a[2], "PR_SYS_DISPATCH_???") .. ", " .. f.hex(a[3]) ..
      ", " .. f.hex(a[4]) .. ", " .. f.ptr(a[5])
  end,
}
PRCTL[PR.SET_SECCOMP] = {
  enter = function(ev, f)
    local a = ev.args
    local text = ", " .. f.xval(prctl_x.seccomp_mode, a[2], "SECCOMP_MODE_???")
    if a[2] == SECCOMP_MODE_STRICT then return text end
    if a[2] == SECCOMP_MODE_FILTER then
      -- the filter as seccomp(2) shows it (sys is loaded only now: few programs need it)
      return text .. ", " .. require("moontrace.decode.sys").sock_fprog(ev, f, a[3])
    end
    return text .. rest_hex(ev, f, 2)
  end,
}
PRCTL[PR.SCHED_CORE] = {
  -- command, id, id type, and the cookie's address (written by GET only)
  enter = function(ev, f)
    local a = ev.args
    local cmd, ptype = u32(a[2]), u32(a[4])
    -- the id is a pid of the type given; of an unknown type, a plain int
    local id = f.lookup(prctl_x.sched_core_pidtypes, ptype) and f.pid(a[3]) or f.int(a[3])
    local text = ", " .. f.xval(prctl_x.sched_core_cmds, cmd, "PR_SCHED_CORE_???") .. ", " .. id ..
      ", " .. sched_pidtype(f, ptype) .. ", "
    if cmd == SCHED_CORE_GET then return text end
    return text .. f.ptr(a[5])
  end,
  exit = function(ev, f)
    if u32(ev.args[2]) ~= SCHED_CORE_GET then return "" end
    return f.num_at(ev, ev.args[5], "<i8", f.hex, true)
  end,
}

D.prctl = {
  enter = function(ev, f)
    local option = u32(ev.args[1])
    local p = PRCTL[option]
    return f.xval(prctl_x.options, option, "PR_???") .. (p and p.enter(ev, f) or rest_hex(ev, f, 1))
  end,
  exit = function(ev, f)
    local p = PRCTL[u32(ev.args[1])]
    return p and p.exit and p.exit(ev, f) or ""
  end,
  ret = function(ev, f)
    local p = PRCTL[u32(ev.args[1])]
    if p and p.ret then return p.ret(ev, f) end
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
