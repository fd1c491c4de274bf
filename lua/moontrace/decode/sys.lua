-- Decoders of system administration: priorities and I/O priorities, setting
-- and tuning clocks (clock_settime, adjtimex), sched_{get,set}attr, robust
-- lists, kcmp, pidfd_getfd, process_madvise/mrelease, ptrace, seccomp, host
-- and domain names, syslog, acct, reboot, swap, modules, keys and kexec.

local sys_x = require "moontrace.xlat.sys"
local time_x = require "moontrace.xlat.time"
local sched_x = require "moontrace.xlat.sched"
local mman_x = require "moontrace.xlat.mman"

local D = {}

local function u32(v) return v & 0xffffffff end
local errno_ok, errno_x = pcall(require, "moontrace.xlat.errno")

-- ---- priorities -----------------------------------------------------------------

D.getpriority = {
  enter = function(ev, f)
    return f.xval(sys_x.prio_which, u32(ev.args[1]), "PRIO_???") .. ", " .. f.int(ev.args[2])
  end,
}
D.setpriority = {
  enter = function(ev, f)
    return f.xval(sys_x.prio_which, u32(ev.args[1]), "PRIO_???") .. ", " .. f.int(ev.args[2]) ..
      ", " .. f.int(ev.args[3])
  end,
}

-- IOPRIO_PRIO_VALUE(class, data): the class in the top 3 bits of 16, data below.
local function ioprio(f, v)
  v = u32(v)
  return "IOPRIO_PRIO_VALUE(" .. f.xval(sys_x.ioprio_class, v >> 13, "IOPRIO_CLASS_???") ..
    ", " .. f.udec(v & 0x1fff) .. ")"
end
D.ioprio_value = ioprio

-- The target: a process id (with -Y its name) for IOPRIO_WHO_PROCESS.
local IOPRIO_WHO_PROCESS = 1
local function ioprio_whom(f, a)
  return u32(a[1]) == IOPRIO_WHO_PROCESS and f.pid(a[2]) or f.int(a[2])
end

D.ioprio_get = {
  enter = function(ev, f)
    return f.xval(sys_x.ioprio_who, u32(ev.args[1]), "IOPRIO_WHO_???") .. ", " .. ioprio_whom(f, ev.args)
  end,
  ret = function(ev, f)
    if f.opts.xstyle == "raw" then return f.long(ev.ret) end
    return f.long(ev.ret) .. " (" .. ioprio(f, ev.ret) .. ")"
  end,
}
D.ioprio_set = {
  enter = function(ev, f)
    return f.xval(sys_x.ioprio_who, u32(ev.args[1]), "IOPRIO_WHO_???") .. ", " .. ioprio_whom(f, ev.args) ..
      ", " .. f.styled(f.int(ev.args[3]), ioprio(f, ev.args[3]))
  end,
}

-- ---- clocks ---------------------------------------------------------------------

local function clock_name(f, v) return f.xval(time_x.clocks, u32(v), "CLOCK_???") end

D.clock_settime = {
  enter = function(ev, f) return clock_name(f, ev.args[1]) .. ", " .. f.timespec(ev, ev.args[2]) end,
}

-- struct timex as the kernel fills it (208 bytes; shown only after success).
local TIMEX = "<I4xxxxi8i8i8i8i4xxxxi8i8i8i8i8i8i8i8i4xxxxi8i8i8i8i8i4"
local function timex_at(ev, f, addr)
  local b = f.umove_exit(ev, addr, 208)
  if not b then return f.ptr(addr) end
  local modes, offset, freq, maxerror, esterror, status, constant, precision, tolerance,
    sec, usec, tick, ppsfreq, jitter, shift, stabil, jitcnt, calcnt, errcnt, stbcnt, tai =
    string.unpack(TIMEX, b)
  return ("{modes=%s, offset=%d, freq=%d, maxerror=%d, esterror=%d, status=%s, constant=%d, " ..
    "precision=%d, tolerance=%d, time={tv_sec=%d, tv_usec=%d}, tick=%d, ppsfreq=%d, jitter=%d, " ..
    "shift=%d, stabil=%d, jitcnt=%d, calcnt=%d, errcnt=%d, stbcnt=%d, tai=%d}"):format(
    f.flags(sys_x.adjtimex_modes, modes, "ADJ_???"), offset, freq, maxerror, esterror,
    f.flags(sys_x.adjtimex_status, status & 0xffffffff, "STA_???"), constant, precision, tolerance,
    sec, usec, tick, ppsfreq, jitter, shift, stabil, jitcnt, calcnt, errcnt, stbcnt, tai)
end

local function time_state(ev, f)
  local name = f.lookup(sys_x.adjtimex_state, ev.ret)
  return f.long(ev.ret) .. (name and (" (" .. name .. ")") or "")
end

D.adjtimex = {
  exit = function(ev, f) return timex_at(ev, f, ev.args[1]) end,
  ret = time_state,
}
D.clock_adjtime = {
  enter = function(ev, f) return clock_name(f, ev.args[1]) .. ", " end,
  exit = function(ev, f) return timex_at(ev, f, ev.args[2]) end,
  ret = time_state,
}

local function iso(f, sec) return f.isotime(sec, 0) end

D.time = {
  exit = function(ev, f)
    local addr = ev.args[1]
    local b = f.umove_exit(ev, addr, 8)
    if not b then return f.ptr(addr) end
    local t = string.unpack("<i8", b)
    local c = iso(f, t)
    return "[" .. t .. (c and (" /* " .. c .. " */") or "") .. "]"
  end,
  ret = function(ev, f)
    local c = iso(f, ev.ret)
    return f.long(ev.ret) .. (c and (" (" .. c .. ")") or "")
  end,
}

D.sched_rr_get_interval = {
  enter = function(ev, f) return f.int(ev.args[1]) .. ", " end,
  exit = function(ev, f)
    local b = f.umove_exit(ev, ev.args[2], 16)
    return b and f.timespec_bytes(b) or f.ptr(ev.args[2])
  end,
}

-- ---- sched_attr -----------------------------------------------------------------

local SCHED_ATTR_SIZE_VER0, SCHED_ATTR_SIZE_VER1 = 48, 56
local KEEP_POLICY, KEEP_PARAMS = 0x08, 0x10

-- struct sched_attr: its own size field says how much of it there is (0 is
-- the first version's 48 bytes; less than that shows the size alone, bytes
-- beyond the known 56 show as "...").
local function sched_attr(ev, f, addr, exiting, usize)
  local fetch = exiting and f.umove_exit or f.umove
  local head = fetch(ev, addr, 4)
  if not head then return f.ptr(addr) end
  local size = string.unpack("<I4", head)
  if size ~= 0 and size < SCHED_ATTR_SIZE_VER0 then return "{size=" .. size .. "}" end
  local b = fetch(ev, addr, SCHED_ATTR_SIZE_VER0)
  if not b then return f.ptr(addr) end
  local _, policy, flags, nice, prio, runtime, deadline, period = string.unpack("<I4I4I8i4I4I8I8I8", b)
  local out = { "size=" .. size }
  if flags & (KEEP_POLICY | KEEP_PARAMS) == 0 then
    out[#out + 1] = "sched_policy=" .. f.xval(sched_x.schedulers, policy, "SCHED_???")
  end
  out[#out + 1] = "sched_flags=" .. f.flags(sys_x.sched_flags, flags, "SCHED_FLAG_???")
  if flags & KEEP_PARAMS == 0 then
    out[#out + 1] = "sched_nice=" .. nice
    out[#out + 1] = "sched_priority=" .. prio
    out[#out + 1] = "sched_runtime=" .. f.udec(runtime)
    out[#out + 1] = "sched_deadline=" .. f.udec(deadline)
    out[#out + 1] = "sched_period=" .. f.udec(period)
  end
  local have = size
  if usize and usize < have then have = usize end
  if have >= SCHED_ATTR_SIZE_VER1 then
    local more = fetch(ev, addr + SCHED_ATTR_SIZE_VER0, 8)
    if more then
      local umin, umax = string.unpack("<I4I4", more)
      out[#out + 1] = "sched_util_min=" .. umin
      out[#out + 1] = "sched_util_max=" .. umax
    end
  end
  if have > SCHED_ATTR_SIZE_VER1 then out[#out + 1] = "..." end
  return "{" .. table.concat(out, ", ") .. "}"
end

-- E2BIG: the kernel wrote back the size it knows.
local E2BIG = 7
D.sched_setattr = {
  enter = function(ev, f) return f.pid(ev.args[1]) .. ", " .. sched_attr(ev, f, ev.args[2]) end,
  exit = function(ev, f)
    local text = ""
    if ev.err == E2BIG then
      local b = f.umove(ev, ev.args[2], 4)
      if b then text = " => {size=" .. string.unpack("<I4", b) .. "}" end
    end
    return text .. ", " .. f.uint(ev.args[3])
  end,
}
D.sched_getattr = {
  enter = function(ev, f) return f.pid(ev.args[1]) .. ", " end,
  exit = function(ev, f)
    return sched_attr(ev, f, ev.args[2], true, u32(ev.args[3])) .. ", " .. f.uint(ev.args[3]) ..
      ", " .. f.uint(ev.args[4])
  end,
}

-- ---- processes ------------------------------------------------------------------

D.get_robust_list = {
  enter = function(ev, f) return f.pid(ev.args[1]) .. ", " end,
  exit = function(ev, f)
    return f.num_at(ev, ev.args[2], "<I8", f.ptr, true) .. ", " ..
      f.num_at(ev, ev.args[3], "<I8", f.udec, true)
  end,
}

-- A descriptor of another process (pid): with -y, the file it has there.
local function fd_of(f, pid, fd)
  return f.fd({ pid = pid, tgid = pid }, fd)
end

-- The process a pidfd of the tracee refers to (its fdinfo's Pid: line).
local function pidfd_pid(ev, fd)
  local h = io.open(("/proc/%d/fdinfo/%d"):format(ev.tgid or ev.pid, fd))
  if not h then return nil end
  local text = h:read("a")
  h:close()
  local pid = text and text:match("\nPid:%s*(%-?%d+)")
  return pid and tonumber(pid)
end

local KCMP_FILE, KCMP_EPOLL_TFD = 0, 7
D.kcmp = {
  enter = function(ev, f)
    local a = ev.args
    local ty = u32(a[3])
    local text = f.pid(a[1]) .. ", " .. f.pid(a[2]) .. ", " .. f.xval(sys_x.kcmp, ty, "KCMP_???")
    if ty == KCMP_FILE then
      return text .. ", " .. fd_of(f, f.s32(a[1]), a[4]) .. ", " .. fd_of(f, f.s32(a[2]), a[5])
    elseif ty == KCMP_EPOLL_TFD then
      local b = f.umove(ev, a[5], 12)
      local slot = f.ptr(a[5])
      if b then
        local efd, tfd, toff = string.unpack("<I4I4I4", b)
        slot = ("{efd=%d, tfd=%d, toff=%d}"):format(efd, tfd, toff)
      end
      return text .. ", " .. fd_of(f, f.s32(a[1]), a[4]) .. ", " .. slot
    elseif f.lookup(sys_x.kcmp, ty) then
      return text
    end
    return text .. ", " .. f.hex(a[4]) .. ", " .. f.hex(a[5])
  end,
}

D.pidfd_getfd = {
  enter = function(ev, f)
    local target = f.int(ev.args[2])
    if f.opts.yflag >= 1 and f.s32(ev.args[1]) >= 0 then
      local pid = pidfd_pid(ev, f.s32(ev.args[1]))
      if pid and pid > 0 then target = fd_of(f, pid, ev.args[2]) end
    end
    return f.fd(ev, ev.args[1]) .. ", " .. target .. ", " .. f.hex(u32(ev.args[3]))
  end,
  ret = "fd",
}

local desc = require "moontrace.decode.desc"
D.process_madvise = {
  enter = function(ev, f)
    local a = ev.args
    return f.fd(ev, a[1]) .. ", " .. desc.iovec(ev, f, a[2], a[3], nil, true) .. ", " ..
      f.udec(a[3]) .. ", " .. f.xval(mman_x.madvise, u32(a[4]), "MADV_???") .. ", " .. f.hex(u32(a[5]))
  end,
}

D.process_mrelease = {
  enter = function(ev, f) return f.fd(ev, ev.args[1]) .. ", " .. f.hex(u32(ev.args[2])) end,
}

-- ---- ptrace -----------------------------------------------------------------------

local PT = {
  TRACEME = 0, PEEKTEXT = 1, PEEKDATA = 2, PEEKUSER = 3, POKETEXT = 4, POKEDATA = 5,
  POKEUSER = 6, CONT = 7, KILL = 8, SINGLESTEP = 9, GETREGS = 12, SETREGS = 13,
  GETFPREGS = 14, SETFPREGS = 15, ATTACH = 16, DETACH = 17, SYSCALL = 24, SYSEMU = 31,
  SYSEMU_SINGLESTEP = 32, SINGLEBLOCK = 33, SETOPTIONS = 0x4200, GETEVENTMSG = 0x4201,
  GETSIGINFO = 0x4202, SETSIGINFO = 0x4203, GETREGSET = 0x4204, SETREGSET = 0x4205,
  SEIZE = 0x4206, INTERRUPT = 0x4207, LISTEN = 0x4208, PEEKSIGINFO = 0x4209,
  GETSIGMASK = 0x420a, SETSIGMASK = 0x420b, SECCOMP_GET_FILTER = 0x420c,
  SECCOMP_GET_METADATA = 0x420d, GET_SYSCALL_INFO = 0x420e, OLDSETOPTIONS = 21,
}
local NT_PRSTATUS, NT_FPREGSET = 1, 2

-- The fields of struct user after the registers, by offset.
local USER_FIELDS = {
  { 216, "u_fpvalid" }, { 224, "i387" }, { 736, "u_tsize" }, { 744, "u_dsize" },
  { 752, "u_ssize" }, { 760, "start_code" }, { 768, "start_stack" }, { 776, "signal" },
  { 784, "reserved" }, { 792, "u_ar0" }, { 800, "u_fpstate" }, { 808, "magic" },
  { 816, "u_comm" }, { 848, "u_debugreg" },
}
local USER_SIZE = 912

-- A PTRACE_PEEKUSER/POKEUSER offset: "8*RIP", "offsetof(struct user, u_debugreg)+8".
local function user_offset_name(f, off)
  if off >= 0 and off < 27 * 8 then
    local text = "8*" .. sys_x.user_regs[off // 8 + 1]:upper()
    return off % 8 == 0 and text or (text .. "+" .. off % 8)
  end
  if off == USER_SIZE then return "sizeof(struct user)" end
  if off > 0 and off < USER_SIZE then
    for i = #USER_FIELDS, 1, -1 do
      local base, name = USER_FIELDS[i][1], USER_FIELDS[i][2]
      if off >= base then
        local text = "offsetof(struct user, " .. name .. ")"
        return off == base and text or (text .. "+" .. (off - base))
      end
    end
  end
  return nil
end
local function user_offset(f, off)
  local name = user_offset_name(f, off)
  -- the number as an address: offset 0 is NULL under -X raw|verbose
  return name and f.styled(f.ptr(off), name) or f.ptr(off)
end

-- struct user_regs_struct, as much of it as `len` bytes hold.
local function regs_text(f, b)
  local out = {}
  for i, name in ipairs(sys_x.user_regs) do
    if #b < i * 8 then break end
    out[#out + 1] = name .. "=" .. f.hex(string.unpack("<I8", b, (i - 1) * 8 + 1))
  end
  return "{" .. table.concat(out, ", ") .. "}"
end

-- struct user_fpregs_struct (512 bytes), cut where the bytes end.
local function fpregs_text(f, b)
  local out = {}
  local scalars = { { "cwd", "<I2", 0 }, { "swd", "<I2", 2 }, { "ftw", "<I2", 4 }, { "fop", "<I2", 6 },
    { "rip", "<I8", 8 }, { "rdp", "<I8", 16 }, { "mxcsr", "<I4", 24 }, { "mxcr_mask", "<I4", 28 } }
  for _, s in ipairs(scalars) do
    if #b < s[3] + string.packsize(s[2]) then return "{" .. table.concat(out, ", ") .. "}" end
    out[#out + 1] = s[1] .. "=" .. f.hex(string.unpack(s[2], b, s[3] + 1))
  end
  for _, arr in ipairs { { "st_space", 32, 32 }, { "xmm_space", 160, 64 }, { "padding", 416, 24 } } do
    local name, off, n = arr[1], arr[2], arr[3]
    local fit = (#b - off) // 4
    if fit <= 0 then break end
    if fit < n then n = fit end
    local items = {}
    for i = 0, n - 1 do
      if not f.opts.verbose and i >= f.opts.strsize then items[#items + 1] = "..."; break end
      items[#items + 1] = f.hex(string.unpack("<I4", b, off + i * 4 + 1))
    end
    out[#out + 1] = name .. "=[" .. table.concat(items, ", ") .. "]"
  end
  return "{" .. table.concat(out, ", ") .. "}"
end

local function regset_data(ev, f, nt, base, len, exiting)
  local fetch = exiting and f.umove_exit or f.umove
  if nt == NT_PRSTATUS then
    local n = len < 27 * 8 and len or 27 * 8
    local b = fetch(ev, base, n)
    if b then return regs_text(f, b) end
  elseif nt == NT_FPREGSET then
    local n = len < 512 and len or 512
    local b = fetch(ev, base, n)
    if b then return fpregs_text(f, b) end
  end
  return f.ptr(base)
end

local function regset_iov(ev, f, nt, addr, exiting)
  local b = f.umove(ev, addr, 16)
  if not b then return f.ptr(addr) end
  local base, len = string.unpack("<I8I8", b)
  local data
  if exiting and ev.err ~= 0 then data = f.ptr(base)
  else data = regset_data(ev, f, nt, base, len, exiting) end
  return "{iov_base=" .. data .. ", iov_len=" .. f.udec(len) .. "}"
end

local signal = require "moontrace.decode.signal"
local function siginfo_at(ev, f, addr, exiting)
  local b = (exiting and f.umove_exit or f.umove)(ev, addr, 128)
  return b and signal.siginfo(b, f) or f.ptr(addr)
end

local function sig_arg(f, v)
  v = u32(v)
  if v == 0 or v > 64 then return f.dec(v) end
  return f.signame(v)
end

local PTRACE_ENTER = {
  [PT.TRACEME] = function() return "" end,
  [PT.PEEKUSER] = function(ev, f) return ", " .. user_offset(f, ev.args[3]) .. ", " end,
  [PT.POKEUSER] = function(ev, f) return ", " .. user_offset(f, ev.args[3]) .. ", " .. f.ptr(ev.args[4]) end,
  [PT.GETREGS] = function() return ", " end,
  [PT.GETFPREGS] = function() return ", " end,
  [PT.SETREGS] = function(ev, f)
    local b = f.umove(ev, ev.args[4], 27 * 8)
    return ", " .. (b and regs_text(f, b) or f.ptr(ev.args[4]))
  end,
  [PT.SETFPREGS] = function(ev, f)
    local b = f.umove(ev, ev.args[4], 512)
    return ", " .. (b and fpregs_text(f, b) or f.ptr(ev.args[4]))
  end,
  [PT.SETOPTIONS] = function(ev, f)
    return ", " .. f.ptr(ev.args[3]) .. ", " .. f.flags(sys_x.ptrace_options, ev.args[4], "PTRACE_O_???")
  end,
  [PT.GETEVENTMSG] = function(ev, f) return ", " .. f.ptr(ev.args[3]) .. ", " end,
  [PT.GETSIGINFO] = function(ev, f) return ", " .. f.ptr(ev.args[3]) .. ", " end,
  [PT.SETSIGINFO] = function(ev, f)
    return ", " .. f.ptr(ev.args[3]) .. ", " .. siginfo_at(ev, f, ev.args[4])
  end,
  [PT.GETREGSET] = function(ev, f)
    return ", " .. f.xval(sys_x.nt_types, ev.args[3], "NT_???") .. ", "
  end,
  [PT.SETREGSET] = function(ev, f)
    return ", " .. f.xval(sys_x.nt_types, ev.args[3], "NT_???") .. ", " ..
      regset_iov(ev, f, ev.args[3], ev.args[4])
  end,
  [PT.PEEKSIGINFO] = function(ev, f)
    local b = f.umove(ev, ev.args[3], 16)
    local args = f.ptr(ev.args[3])
    if b then
      local off, flags, nr = string.unpack("<I8I4i4", b)
      args = ("{off=%s, flags=%s, nr=%d}"):format(f.udec(off),
        f.flags(sys_x.peeksiginfo_flags, flags, "PTRACE_PEEKSIGINFO_???"), nr)
    end
    return ", " .. args .. ", "
  end,
  [PT.GETSIGMASK] = function(ev, f) return ", " .. f.udec(ev.args[3]) .. ", " end,
  [PT.SETSIGMASK] = function(ev, f)
    local n = ev.args[3]
    local set = f.ptr(ev.args[4])
    if n == 8 then
      local b = f.umove(ev, ev.args[4], 8)
      if b then set = f.sigset(b) end
    end
    return ", " .. f.udec(n) .. ", " .. set
  end,
  [PT.SECCOMP_GET_FILTER] = function(ev, f) return ", " .. f.udec(ev.args[3]) .. ", " end,
  [PT.GET_SYSCALL_INFO] = function(ev, f) return ", " .. f.udec(ev.args[3]) .. ", " end,
}
for _, r in ipairs { PT.KILL, PT.ATTACH, PT.INTERRUPT, PT.LISTEN } do
  PTRACE_ENTER[r] = function() return "" end
end
for _, r in ipairs { PT.PEEKTEXT, PT.PEEKDATA } do
  PTRACE_ENTER[r] = function(ev, f) return ", " .. f.ptr(ev.args[3]) .. ", " end
end
for _, r in ipairs { PT.POKETEXT, PT.POKEDATA } do
  PTRACE_ENTER[r] = function(ev, f) return ", " .. f.ptr(ev.args[3]) .. ", " .. f.ptr(ev.args[4]) end
end
for _, r in ipairs { PT.CONT, PT.SINGLESTEP, PT.DETACH, PT.SYSCALL, PT.SYSEMU,
  PT.SYSEMU_SINGLESTEP, PT.SINGLEBLOCK } do
  PTRACE_ENTER[r] = function(ev, f) return ", " .. f.ptr(ev.args[3]) .. ", " .. sig_arg(f, ev.args[4]) end
end
PTRACE_ENTER[PT.SEIZE] = PTRACE_ENTER[PT.SETOPTIONS]
PTRACE_ENTER[PT.OLDSETOPTIONS] = PTRACE_ENTER[PT.SETOPTIONS]
-- struct seccomp_metadata: the filter asked for, then (after the call) its flags.
PTRACE_ENTER[PT.SECCOMP_GET_METADATA] = function(ev, f)
  local b = f.umove(ev, ev.args[4], 8)
  local text = ", " .. f.udec(ev.args[3]) .. ", "
  if not b then return text .. f.ptr(ev.args[4]) end
  return text .. "{filter_off=" .. f.udec(string.unpack("<I8", b))
end

local function word_at(ev, f, addr)
  return f.num_at(ev, addr, "<I8", f.ptr, true)
end

local SYSCALL_INFO = { NONE = 0, ENTRY = 1, EXIT = 2, SECCOMP = 3 }

local function nr_name(f, nr)
  local name = f.syscall_name(nr)
  return name and f.styled(f.udec(nr), "__NR_" .. name) or f.udec(nr)
end

-- struct ptrace_syscall_info: what the kernel filled (the call's result) and
-- the buffer holds; each field shows only when all of it is there.
local function syscall_info(ev, f, addr, size)
  if ev.err ~= 0 then return f.ptr(addr) end
  local n = ev.ret
  if math.ult(size, n) then n = size end
  if n > 88 then n = 88 end
  local b = n > 0 and f.umove(ev, addr, n)
  if not b then return f.ptr(addr) end
  local out = {}
  if n < 1 then return f.ptr(addr) end
  local op = b:byte(1)
  out[1] = "op=" .. f.xval(sys_x.syscall_info_ops, op, "PTRACE_SYSCALL_INFO_???")
  local function u64(off) return (string.unpack("<I8", b, off + 1)) end
  if n >= 8 then
    out[#out + 1] = "arch=" .. f.xval(sys_x.audit_arch, (string.unpack("<I4", b, 5)), "AUDIT_ARCH_???")
  end
  if n >= 16 then out[#out + 1] = "instruction_pointer=" .. f.hex(u64(8)) end
  if n >= 24 then out[#out + 1] = "stack_pointer=" .. f.hex(u64(16)) end
  local function args()
    local items = {}
    for i = 0, 5 do
      if n < 40 + i * 8 then break end
      items[#items + 1] = f.hex(u64(32 + i * 8))
    end
    return "args=[" .. table.concat(items, ", ") .. "]"
  end
  if (op == SYSCALL_INFO.ENTRY or op == SYSCALL_INFO.SECCOMP) and n >= 32 then
    local inner = { "nr=" .. nr_name(f, u64(24)), args() }
    if op == SYSCALL_INFO.SECCOMP and n >= 84 then
      inner[#inner + 1] = "ret_data=" .. string.unpack("<I4", b, 81)
    end
    out[#out + 1] = (op == SYSCALL_INFO.ENTRY and "entry" or "seccomp") .. "={" .. table.concat(inner, ", ") .. "}"
  elseif op == SYSCALL_INFO.EXIT and n >= 32 then
    local rval = string.unpack("<i8", b, 25)
    local is_error = n >= 33 and b:byte(33) or nil
    local rtext = f.dec(rval)
    if is_error and is_error ~= 0 and rval < 0 and rval >= -4095 then
      local name = errno_ok and errno_x.name[-rval]
      if name and name ~= "" then rtext = "-" .. name end
    end
    local inner = { "rval=" .. rtext }
    if is_error then inner[2] = "is_error=" .. is_error end
    out[#out + 1] = "exit={" .. table.concat(inner, ", ") .. "}"
  end
  return "{" .. table.concat(out, ", ") .. "}"
end

local PTRACE_EXIT = {
  [PT.PEEKTEXT] = function(ev, f) return word_at(ev, f, ev.args[4]) end,
  [PT.PEEKDATA] = function(ev, f) return word_at(ev, f, ev.args[4]) end,
  [PT.PEEKUSER] = function(ev, f) return word_at(ev, f, ev.args[4]) end,
  [PT.GETEVENTMSG] = function(ev, f) return f.num_at(ev, ev.args[4], "<I8", f.udec, true) end,
  [PT.GETREGS] = function(ev, f)
    local b = f.umove_exit(ev, ev.args[4], 27 * 8)
    return b and regs_text(f, b) or f.ptr(ev.args[4])
  end,
  [PT.GETFPREGS] = function(ev, f)
    local b = f.umove_exit(ev, ev.args[4], 512)
    return b and fpregs_text(f, b) or f.ptr(ev.args[4])
  end,
  [PT.GETSIGINFO] = function(ev, f) return siginfo_at(ev, f, ev.args[4], true) end,
  [PT.GETREGSET] = function(ev, f) return regset_iov(ev, f, ev.args[3], ev.args[4], true) end,
  [PT.GETSIGMASK] = function(ev, f)
    local b = ev.args[3] == 8 and f.umove_exit(ev, ev.args[4], 8)
    return b and f.sigset(b) or f.ptr(ev.args[4])
  end,
  [PT.PEEKSIGINFO] = function(ev, f)
    if ev.err ~= 0 then return f.ptr(ev.args[4]) end
    return f.array(ev, ev.args[4], ev.ret, 128, function(b) return signal.siginfo(b, f) end, true)
  end,
  -- (the instructions only with -v, as for seccomp's own filter)
  [PT.SECCOMP_GET_FILTER] = function(ev, f)
    if ev.err ~= 0 or not f.opts.verbose then return f.ptr(ev.args[4]) end
    return D.bpf_program(ev, f, ev.args[4], ev.ret, true)
  end,
  [PT.SECCOMP_GET_METADATA] = function(ev, f)
    if not f.umove(ev, ev.args[4], 8) then return "" end
    local b = ev.err == 0 and f.umove(ev, ev.args[4], 16)
    if not b then return "}" end
    return ", flags=" .. f.flags(sys_x.seccomp_filter_flags, string.unpack("<I8", b, 9), "SECCOMP_FILTER_FLAG_???") .. "}"
  end,
  [PT.GET_SYSCALL_INFO] = function(ev, f) return syscall_info(ev, f, ev.args[4], ev.args[3]) end,
}

D.ptrace = {
  enter = function(ev, f)
    local req = ev.args[1]
    local head = f.xval(sys_x.ptrace, req, "PTRACE_???")
    local show = PTRACE_ENTER[req]
    if req == PT.TRACEME then return head end
    head = head .. ", " .. f.pid(ev.args[2])
    if show then return head .. show(ev, f) end
    if f.lookup(sys_x.ptrace, req) then
      return head .. ", " .. f.ptr(ev.args[3]) .. ", " .. f.ptr(ev.args[4])
    end
    return head .. ", " .. f.hex(ev.args[3]) .. ", " .. f.hex(ev.args[4])
  end,
  exit = function(ev, f)
    local show = PTRACE_EXIT[ev.args[1]]
    return show and show(ev, f) or ""
  end,
}

-- ---- seccomp --------------------------------------------------------------------

local SECCOMP = { STRICT = 0, FILTER = 1, ACTION_AVAIL = 2, NOTIF_SIZES = 3 }

-- A filter's return value: the action and its data.
local function seccomp_ret(f, v)
  local text = f.xval(sys_x.seccomp_ret, v & 0xffff0000, "SECCOMP_RET_???")
  local data = v & 0xffff
  if data == 0 then return text end
  return text .. "|" .. f.hex(data)
end

-- ---- classic BPF programs ------------------------------------------------------
-- seccomp(2), prctl(PR_SET_SECCOMP) and PTRACE_SECCOMP_GET_FILTER show seccomp
-- filters, setsockopt(SO_ATTACH_FILTER, SO_ATTACH_REUSEPORT_CBPF) and
-- getsockopt(SO_GET_FILTER) socket filters: the same instructions, with the
-- constant of a return (seccomp) or of an absolute load (socket) decoded.

local bpf_x = require "moontrace.xlat.bpf"

-- Bits no field of the class takes: in hex with a comment, in every style.
local function bpf_rest(f, v) return "|" .. f.hex(v) .. " /* BPF_??? */" end

-- The class, then its fields, each a named value (-X styles it).
local function bpf_code(f, code)
  local class = code & 7
  local text = f.xval(bpf_x.class, class, "BPF_???")
  local function field(tbl, mask) return "|" .. f.xval(tbl, code & mask, "BPF_???") end
  if class == 0 or class == 1 then                    -- ld, ldx: size, mode
    return text .. field(bpf_x.size, 0x18) .. field(bpf_x.mode, 0xe0)
  elseif class == 2 or class == 3 then                -- st, stx: nothing else
    local rest = code & ~7
    return rest ~= 0 and text .. bpf_rest(f, rest) or text
  elseif class == 4 or class == 5 then                -- alu, jmp: source, operation
    return text .. field(bpf_x.src, 0x08) .. field(class == 4 and bpf_x.alu_op or bpf_x.jmp_op, 0xf0)
  elseif class == 6 then                              -- ret: the value returned
    text = text .. field(bpf_x.rval, 0x18)
    local rest = code & ~0x1f
    return rest ~= 0 and text .. bpf_rest(f, rest) or text
  end
  text = text .. field(bpf_x.miscop, 0xf8)            -- misc: tax, txa
  local rest = code & ~0xff
  return rest ~= 0 and text .. bpf_rest(f, rest) or text
end

-- An offset past one of the socket filter's special bases.
local function skf_base(f, base, name)
  return f.styled(f.hex(base), name) .. "+"
end

local BPF_K_SHOW = {
  seccomp = function(f, code, k)
    if code & 7 == 6 then return seccomp_ret(f, k) end
  end,
  socket = function(f, code, k)
    if code & 7 ~= 0 or code & 0xe0 ~= 0x20 then return nil end
    if k >= bpf_x.SKF_AD_OFF then
      return skf_base(f, bpf_x.SKF_AD_OFF, "SKF_AD_OFF") ..
        f.xval(bpf_x.skf_ad, k - bpf_x.SKF_AD_OFF, "SKF_AD_???")
    elseif k >= bpf_x.SKF_NET_OFF then
      return skf_base(f, bpf_x.SKF_NET_OFF, "SKF_NET_OFF") .. (k - bpf_x.SKF_NET_OFF)
    elseif k >= bpf_x.SKF_LL_OFF then
      return skf_base(f, bpf_x.SKF_LL_OFF, "SKF_LL_OFF") .. (k - bpf_x.SKF_LL_OFF)
    end
  end,
}

-- An instruction with a jump offset is a BPF_JUMP whatever its class; the
-- constant of the others is decoded as the kind of filter says.
local function bpf_insn(f, b, kind)
  local code, jt, jf, k = string.unpack("<I2BBI4", b)
  if jt ~= 0 or jf ~= 0 then
    return ("BPF_JUMP(%s, %s, %s, %s)"):format(bpf_code(f, code), f.hex(k), f.hex(jt), f.hex(jf))
  end
  local show = BPF_K_SHOW[kind]
  return ("BPF_STMT(%s, %s)"):format(bpf_code(f, code), show and show(f, code, k) or f.hex(k))
end

-- `len` instructions at addr, no more than the kernel takes (a failed read
-- ends the list with its address).  kind: "seccomp" (the default) or "socket".
function D.bpf_program(ev, f, addr, len, exiting, kind)
  kind = kind or "seccomp"
  local n = len > bpf_x.MAXINSNS and bpf_x.MAXINSNS + 1 or len
  return f.array(ev, addr, n, 8, function(insn, i)
    if i >= bpf_x.MAXINSNS then return "..." end
    return bpf_insn(f, insn, kind)
  end, exiting)
end

-- A struct sock_fprog: its length, and its instructions with -v (else their
-- address).
local function sock_fprog(ev, f, addr, kind)
  local b = f.umove(ev, addr, 16)
  if not b then return f.ptr(addr) end
  local len, filter = string.unpack("<I2xxxxxxI8", b)
  local text
  if not f.opts.verbose then
    text = f.ptr(filter)
  else
    text = D.bpf_program(ev, f, filter, len, false, kind)
  end
  return "{len=" .. len .. ", filter=" .. text .. "}"
end
D.sock_fprog = sock_fprog

D.seccomp = {
  enter = function(ev, f)
    local a = ev.args
    local op = u32(a[1])
    local text = f.xval(sys_x.seccomp_ops, op, "SECCOMP_SET_MODE_???") .. ", "
    if op == SECCOMP.FILTER then
      return text .. f.flags(sys_x.seccomp_filter_flags, u32(a[2]), "SECCOMP_FILTER_FLAG_???") ..
        ", " .. sock_fprog(ev, f, a[3])
    end
    text = text .. f.hex(u32(a[2])) .. ", "
    if op == SECCOMP.ACTION_AVAIL then
      local b = f.umove(ev, a[3], 4)
      if not b then return text .. f.ptr(a[3]) end
      return text .. "[" .. f.xval(sys_x.seccomp_ret, string.unpack("<I4", b), "SECCOMP_RET_???") .. "]"
    elseif op == SECCOMP.NOTIF_SIZES then
      return text
    end
    return text .. f.ptr(a[3])
  end,
  exit = function(ev, f)
    if u32(ev.args[1]) ~= SECCOMP.NOTIF_SIZES then return "" end
    local b = f.umove_exit(ev, ev.args[3], 6)
    if not b then return f.ptr(ev.args[3]) end
    return ("{seccomp_notif=%d, seccomp_notif_resp=%d, seccomp_data=%d}"):format(string.unpack("<I2I2I2", b))
  end,
}

-- ---- names, logs, accounting, reboot, swap ---------------------------------------

-- The name is shown only when its length is one the kernel takes.
local NEW_UTS_LEN = 64
D.sethostname = {
  enter = function(ev, f)
    local len = u32(ev.args[2])
    local name = len <= NEW_UTS_LEN and f.buf(ev, ev.args[1], len) or f.ptr(ev.args[1])
    return name .. ", " .. f.udec(len)
  end,
}
D.setdomainname = D.sethostname

local SYSLOG_READS = { [2] = true, [3] = true, [4] = true }
local SYSLOG_TYPE_ONLY = { [0] = true, [1] = true, [5] = true, [6] = true, [7] = true, [9] = true, [10] = true }
local SYSLOG_CONSOLE_LEVEL = 8

D.syslog = {
  enter = function(ev, f)
    local ty = f.s32(ev.args[1])
    local name = f.lookup(sys_x.syslog, ty)
    -- (the name stays in a comment whatever -X says)
    local text = ty .. " /* " .. (name or "SYSLOG_ACTION_???") .. " */"
    if SYSLOG_TYPE_ONLY[ty] then return text end
    if SYSLOG_READS[ty] then return text .. ", " end
    if ty == SYSLOG_CONSOLE_LEVEL then
      local lvl = f.s32(ev.args[3])
      local lname = f.lookup(sys_x.loglevels, lvl)
      return text .. ", " .. f.ptr(ev.args[2]) .. ", " .. lvl .. " /* " .. (lname or "LOGLEVEL_???") .. " */"
    end
    return text .. ", " .. f.ptr(ev.args[2]) .. ", " .. f.int(ev.args[3])
  end,
  exit = function(ev, f)
    if not SYSLOG_READS[f.s32(ev.args[1])] then return "" end
    local buf
    if ev.err ~= 0 then buf = f.ptr(ev.args[2]) else buf = f.buf(ev, ev.args[2], ev.ret) end
    return buf .. ", " .. f.int(ev.args[3])
  end,
}

D.acct = { enter = function(ev, f) return f.path(ev, ev.args[1]) end }
D.swapoff = D.acct

local REBOOT_RESTART2 = 0xa1b2c3d4
D.reboot = {
  enter = function(ev, f)
    local a = ev.args
    local cmd = u32(a[3])
    local text = f.xval(sys_x.reboot_magic, u32(a[1]), "LINUX_REBOOT_MAGIC_???") .. ", " ..
      f.xval(sys_x.reboot_magic, u32(a[2]), "LINUX_REBOOT_MAGIC_???") .. ", " ..
      f.xval(sys_x.reboot_cmds, cmd, "LINUX_REBOOT_CMD_???")
    if cmd == REBOOT_RESTART2 then text = text .. ", " .. f.str(ev, a[4]) end
    return text
  end,
}

local SWAP_PRIO_MASK = 0x7fff
D.swapon = {
  enter = function(ev, f)
    local flags = u32(ev.args[2])
    local prio = flags & SWAP_PRIO_MASK
    local rest = flags & ~SWAP_PRIO_MASK
    local text
    if rest == 0 then text = f.dec(prio)
    else text = f.flags(sys_x.swap_flags, rest, "SWAP_FLAG_???") .. "|" .. prio end
    return f.path(ev, ev.args[1]) .. ", " .. text
  end,
}

-- ---- modules -----------------------------------------------------------------------

D.init_module = {
  enter = function(ev, f)
    return f.ptr(ev.args[1]) .. ", " .. f.udec(ev.args[2]) .. ", " .. f.str(ev, ev.args[3])
  end,
}
D.finit_module = {
  enter = function(ev, f)
    return f.fd(ev, ev.args[1]) .. ", " .. f.str(ev, ev.args[2]) .. ", " ..
      f.flags(sys_x.module_init, u32(ev.args[3]), "MODULE_INIT_???")
  end,
}
D.delete_module = {
  enter = function(ev, f)
    return f.str(ev, ev.args[1]) .. ", " .. f.flags(sys_x.delete_module, u32(ev.args[2]), "O_???")
  end,
}

-- ---- keys ---------------------------------------------------------------------------

local function key_id(f, v)
  v = f.s32(v)
  local name = f.lookup(sys_x.key_spec, v)
  if name then return f.styled(f.dec(v), name) end
  return f.dec(v)
end
local function uid_text(v)
  v = v & 0xffffffff
  return v == 0xffffffff and "-1" or ("%d"):format(v)
end

D.add_key = {
  enter = function(ev, f)
    local a = ev.args
    return f.str(ev, a[1]) .. ", " .. f.str(ev, a[2]) .. ", " .. f.buf(ev, a[3], a[4]) .. ", " ..
      f.udec(a[4]) .. ", " .. key_id(f, a[5])
  end,
}
D.request_key = {
  enter = function(ev, f)
    local a = ev.args
    return f.str(ev, a[1]) .. ", " .. f.str(ev, a[2]) .. ", " .. f.str(ev, a[3]) .. ", " .. key_id(f, a[4])
  end,
}

local kdf_params, pkey_out_len
local KC = {
  GET_KEYRING_ID = 0, JOIN_SESSION_KEYRING = 1, UPDATE = 2, REVOKE = 3, CHOWN = 4, SETPERM = 5,
  DESCRIBE = 6, CLEAR = 7, LINK = 8, UNLINK = 9, SEARCH = 10, READ = 11, INSTANTIATE = 12,
  NEGATE = 13, SET_REQKEY_KEYRING = 14, SET_TIMEOUT = 15, ASSUME_AUTHORITY = 16,
  GET_SECURITY = 17, SESSION_TO_PARENT = 18, REJECT = 19, INSTANTIATE_IOV = 20, INVALIDATE = 21,
  GET_PERSISTENT = 22, DH_COMPUTE = 23, PKEY_QUERY = 24, PKEY_ENCRYPT = 25, PKEY_DECRYPT = 26,
  PKEY_SIGN = 27, PKEY_VERIFY = 28, RESTRICT_KEYRING = 29, MOVE = 30,
  CAPABILITIES = 31,
}

local function errname(f, v)
  v = u32(v)
  local name = errno_ok and errno_x.name[v]
  if name and name ~= "" then return f.styled(f.dec(v), name) end
  return f.dec(v)
end

-- "__spare=[...]" when a reserved array holds anything.
local function spare(f, b, off, n)
  local items, any = {}, false
  for i = 0, n - 1 do
    local v = string.unpack("<I4", b, off + i * 4 + 1)
    if v ~= 0 then any = true end
    items[#items + 1] = f.hex(v)
  end
  return any and (", __spare=[" .. table.concat(items, ", ") .. "]") or ""
end

-- struct keyctl_kdf_params: hash name, other info (otherinfolen bytes), spare.
function kdf_params(ev, f, addr)
  local b = f.umove(ev, addr, 56)
  if not b then return f.ptr(addr) end
  local hash, other, len = string.unpack("<I8I8I4", b)
  return "{hashname=" .. f.str(ev, hash) .. ", otherinfo=" .. f.buf(ev, other, len) ..
    ", otherinfolen=" .. len .. spare(f, b, 20, 8) .. "}"
end

-- struct keyctl_pkey_params, with its second length named for the command.
local function pkey_params(ev, f, addr, verify)
  local b = f.umove(ev, addr, 40)
  if not b then return f.ptr(addr), nil end
  local id, inlen, len2 = string.unpack("<i4I4I4", b)
  return "{key_id=" .. key_id(f, id) .. ", in_len=" .. inlen .. ", " ..
    (verify and "in2_len=" or "out_len=") .. len2 .. spare(f, b, 12, 7) .. "}", inlen, len2
end
function pkey_out_len(ev, f, addr)
  local b = f.umove(ev, addr, 12)
  return b and (string.unpack("<I4", b, 9)) or 0
end

local function pkey_enter(verify)
  return function(ev, f, a)
    local params, inlen, len2 = pkey_params(ev, f, a[2], verify)
    local text = params .. ", " .. f.str(ev, a[3]) .. ", " ..
      (inlen and f.buf(ev, a[4], inlen) or f.ptr(a[4])) .. ", "
    if verify then text = text .. (len2 and f.buf(ev, a[5], len2) or f.ptr(a[5])) end
    return text
  end
end

local KEYCTL_ENTER = {
  [KC.PKEY_ENCRYPT] = pkey_enter(false),
  [KC.PKEY_DECRYPT] = pkey_enter(false),
  [KC.PKEY_SIGN] = pkey_enter(false),
  [KC.PKEY_VERIFY] = pkey_enter(true),
  [KC.GET_KEYRING_ID] = function(ev, f, a) return key_id(f, a[2]) .. ", " .. f.int(a[3]) end,
  [KC.JOIN_SESSION_KEYRING] = function(ev, f, a) return f.str(ev, a[2]) end,
  [KC.UPDATE] = function(ev, f, a)
    return key_id(f, a[2]) .. ", " .. f.buf(ev, a[3], a[4]) .. ", " .. f.udec(a[4])
  end,
  [KC.CHOWN] = function(ev, f, a) return key_id(f, a[2]) .. ", " .. uid_text(a[3]) .. ", " .. uid_text(a[4]) end,
  [KC.SETPERM] = function(ev, f, a)
    return key_id(f, a[2]) .. ", " .. f.flags(sys_x.key_perms, u32(a[3]), "KEY_???")
  end,
  [KC.DESCRIBE] = function(ev, f, a) return key_id(f, a[2]) .. ", " end,
  [KC.READ] = function(ev, f, a) return key_id(f, a[2]) .. ", " end,
  [KC.GET_SECURITY] = function(ev, f, a) return key_id(f, a[2]) .. ", " end,
  [KC.LINK] = function(ev, f, a) return key_id(f, a[2]) .. ", " .. key_id(f, a[3]) end,
  [KC.UNLINK] = function(ev, f, a) return key_id(f, a[2]) .. ", " .. key_id(f, a[3]) end,
  [KC.SEARCH] = function(ev, f, a)
    return key_id(f, a[2]) .. ", " .. f.str(ev, a[3]) .. ", " .. f.str(ev, a[4]) .. ", " .. key_id(f, a[5])
  end,
  [KC.INSTANTIATE] = function(ev, f, a)
    return key_id(f, a[2]) .. ", " .. f.buf(ev, a[3], a[4]) .. ", " .. f.udec(a[4]) .. ", " .. key_id(f, a[5])
  end,
  [KC.NEGATE] = function(ev, f, a)
    return key_id(f, a[2]) .. ", " .. f.uint(a[3]) .. ", " .. key_id(f, a[4])
  end,
  [KC.SET_REQKEY_KEYRING] = function(ev, f, a)
    return f.xval(sys_x.key_reqkeys, f.s32(a[2]), "KEY_REQKEY_DEFL_???", "d")
  end,
  [KC.SET_TIMEOUT] = function(ev, f, a) return key_id(f, a[2]) .. ", " .. f.uint(a[3]) end,
  [KC.REJECT] = function(ev, f, a)
    return key_id(f, a[2]) .. ", " .. f.uint(a[3]) .. ", " .. errname(f, a[4]) .. ", " .. key_id(f, a[5])
  end,
  [KC.INSTANTIATE_IOV] = function(ev, f, a)
    return key_id(f, a[2]) .. ", " .. desc.iovec(ev, f, a[3], a[4]) .. ", " .. f.udec(a[4]) .. ", " ..
      key_id(f, a[5])
  end,
  [KC.GET_PERSISTENT] = function(ev, f, a) return uid_text(a[2]) .. ", " .. key_id(f, a[3]) end,
  [KC.DH_COMPUTE] = function(ev, f, a)
    local b = f.umove(ev, a[2], 12)
    local params = f.ptr(a[2])
    if b then
      local p, q, g = string.unpack("<i4i4i4", b)
      params = "{private=" .. key_id(f, p) .. ", prime=" .. key_id(f, q) .. ", base=" .. key_id(f, g) .. "}"
    end
    return params .. ", "
  end,
  [KC.PKEY_QUERY] = function(ev, f, a)
    return key_id(f, a[2]) .. ", " .. f.hex(a[3]) .. ", " .. f.str(ev, a[4]) .. ", "
  end,
  [KC.RESTRICT_KEYRING] = function(ev, f, a)
    return key_id(f, a[2]) .. ", " .. f.str(ev, a[3]) .. ", " .. f.str(ev, a[4])
  end,
  [KC.MOVE] = function(ev, f, a)
    return key_id(f, a[2]) .. ", " .. key_id(f, a[3]) .. ", " .. key_id(f, a[4]) .. ", " ..
      f.flags(sys_x.keyctl_move, u32(a[5]), "KEYCTL_MOVE_???")
  end,
  [KC.CAPABILITIES] = function() return "" end,
  [KC.SESSION_TO_PARENT] = function() return "" end,
}
for _, c in ipairs { KC.REVOKE, KC.CLEAR, KC.ASSUME_AUTHORITY, KC.INVALIDATE } do
  KEYCTL_ENTER[c] = function(ev, f, a) return key_id(f, a[2]) end
end

-- The buffer a reading command filled: `len` bytes at most, the call's
-- result says how many it had (a description stops at its NUL).
local function key_buffer(ev, f, addr, len, as_string)
  if ev.err ~= 0 or addr == 0 then return f.ptr(addr) end
  local n = ev.ret
  if math.ult(len, n) then n = len end
  return f.buf(ev, addr, n, as_string and { nul = true } or nil)
end

local KEYCTL_EXIT = {
  [KC.DESCRIBE] = function(ev, f, a) return key_buffer(ev, f, a[3], a[4], true) .. ", " .. f.udec(a[4]) end,
  [KC.GET_SECURITY] = function(ev, f, a) return key_buffer(ev, f, a[3], a[4], true) .. ", " .. f.udec(a[4]) end,
  [KC.READ] = function(ev, f, a) return key_buffer(ev, f, a[3], a[4]) .. ", " .. f.udec(a[4]) end,
  [KC.DH_COMPUTE] = function(ev, f, a)
    return key_buffer(ev, f, a[3], a[4]) .. ", " .. f.udec(a[4]) .. ", " .. kdf_params(ev, f, a[5])
  end,
  [KC.PKEY_ENCRYPT] = function(ev, f, a) return key_buffer(ev, f, a[5], pkey_out_len(ev, f, a[2])) end,
  [KC.PKEY_DECRYPT] = function(ev, f, a) return key_buffer(ev, f, a[5], pkey_out_len(ev, f, a[2])) end,
  [KC.PKEY_SIGN] = function(ev, f, a) return key_buffer(ev, f, a[5], pkey_out_len(ev, f, a[2])) end,
  [KC.PKEY_QUERY] = function(ev, f, a) return f.ptr(a[5]) end,
  [KC.CAPABILITIES] = function(ev, f, a)
    local text
    if ev.err ~= 0 then text = f.ptr(a[2])
    else
      local n = ev.ret
      if math.ult(a[3], n) then n = a[3] end
      text = f.array(ev, a[2], n, 1, function(b, i)
        local tbl = i == 0 and sys_x.keyctl_caps0 or i == 1 and sys_x.keyctl_caps1
        local v = b:byte()
        if tbl then return f.flags(tbl, v, "KEYCTL_CAPS" .. i .. "_???") end
        return f.hex(v)
      end, true)
    end
    return text .. ", " .. f.udec(a[3])
  end,
}

D.keyctl = {
  enter = function(ev, f)
    local a = ev.args
    local cmd = u32(a[1])
    local head = f.xval(sys_x.keyctl, cmd, "KEYCTL_???")
    local show = KEYCTL_ENTER[cmd]
    if show then
      local text = show(ev, f, a)
      return text == "" and head or (head .. ", " .. text)
    end
    return head .. ", " .. f.hex(a[2]) .. ", " .. f.hex(a[3]) .. ", " .. f.hex(a[4]) .. ", " .. f.hex(a[5])
  end,
  exit = function(ev, f)
    local cmd = u32(ev.args[1])
    local show = KEYCTL_EXIT[cmd]
    if not show then return "" end
    local text = show(ev, f, ev.args)
    if cmd == KC.CAPABILITIES then return ", " .. text end
    return text
  end,
}

-- ---- kexec ------------------------------------------------------------------------------

local KEXEC_SEGMENT_MAX = 16
local KEXEC_ARCH_MASK = 0xffff0000

D.kexec_load = {
  enter = function(ev, f)
    local a = ev.args
    local n = a[2]
    local segs
    if math.ult(KEXEC_SEGMENT_MAX, n) then segs = f.ptr(a[3])
    else
      segs = f.array(ev, a[3], n, 32, function(b)
        local buf, bufsz, mem, memsz = string.unpack("<I8I8I8I8", b)
        return ("{buf=%s, bufsz=%s, mem=%s, memsz=%s}"):format(f.ptr(buf), f.udec(bufsz), f.ptr(mem), f.udec(memsz))
      end)
    end
    local flags = a[4]
    local arch = flags & KEXEC_ARCH_MASK
    local text = f.xval(sys_x.kexec_arch, arch, "KEXEC_ARCH_???")
    local low = flags & ~KEXEC_ARCH_MASK
    if low ~= 0 then text = text .. "|" .. f.flags(sys_x.kexec_flags, low, "KEXEC_???") end
    return f.ptr(a[1]) .. ", " .. f.udec(n) .. ", " .. segs .. ", " .. text
  end,
}

D.kexec_file_load = {
  enter = function(ev, f)
    local a = ev.args
    return f.fd(ev, a[1]) .. ", " .. f.fd(ev, a[2]) .. ", " .. f.udec(a[3]) .. ", " ..
      f.buf(ev, a[4], a[3]) .. ", " ..
      f.flags(sys_x.kexec_file_flags, a[5], "KEXEC_FILE_???")
  end,
}

return D
