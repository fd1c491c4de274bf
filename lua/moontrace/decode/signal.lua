-- Decoders for signal calls (rt_sigaction, rt_sigprocmask, kill, signalfd4,
-- sigaltstack, rt_sigtimedwait ...) and the siginfo printer used for
-- "--- SIGCHLD {...} ---" lines.

local sig_x = require "moontrace.xlat.sigact"

local D = {}

local NSIG_BYTES = 8
local SA_RESTORER = 0x04000000

-- A sigset_t of `len` bytes at addr; a size the kernel would refuse prints the
-- address only.
local function sigset_at(ev, f, addr, len, exiting)
  if math.ult(len, 8) or math.ult(NSIG_BYTES, len) then return f.ptr(addr) end
  local b = (exiting and f.umove_exit or f.umove)(ev, addr, len)
  return b and f.sigset(b) or f.ptr(addr)
end
D.sigset_at = sigset_at

local function handler(f, v)
  local name = f.lookup(sig_x.sa_handler, v)
  if name then return f.styled(f.hex(v), name) end
  return f.ptr(v)
end

-- struct sigaction as the kernel takes it: handler, flags, restorer, mask.
local function sigaction_at(ev, f, addr, exiting)
  local b = (exiting and f.umove_exit or f.umove)(ev, addr, 32)
  if not b then return f.ptr(addr) end
  local h, flags, restorer = string.unpack("<i8i8i8", b)
  local text = "{sa_handler=" .. handler(f, h) .. ", sa_mask=" .. f.sigset(b:sub(25, 32)) ..
    ", sa_flags=" .. f.flags(sig_x.sa_flags, flags, "SA_???")
  if flags & SA_RESTORER ~= 0 then text = text .. ", sa_restorer=" .. f.ptr(restorer) end
  return text .. "}"
end

D.rt_sigaction = {
  enter = function(ev, f)
    return f.signame(f.s32(ev.args[1])) .. ", " .. sigaction_at(ev, f, ev.args[2]) .. ", "
  end,
  exit = function(ev, f)
    return sigaction_at(ev, f, ev.args[3], true) .. ", " .. f.udec(ev.args[4])
  end,
}

D.rt_sigprocmask = {
  enter = function(ev, f)
    return f.xval(sig_x.how, ev.args[1] & 0xffffffff, "SIG_???") .. ", " ..
      sigset_at(ev, f, ev.args[2], ev.args[4]) .. ", "
  end,
  exit = function(ev, f)
    return sigset_at(ev, f, ev.args[3], ev.args[4], true) .. ", " .. f.udec(ev.args[4])
  end,
}

D.rt_sigpending = {
  exit = function(ev, f)
    return sigset_at(ev, f, ev.args[1], ev.args[2], true) .. ", " .. f.udec(ev.args[2])
  end,
}

D.rt_sigsuspend = {
  enter = function(ev, f) return sigset_at(ev, f, ev.args[1], ev.args[2]) .. ", " .. f.udec(ev.args[2]) end,
}

-- The mask being restored sits in the signal frame on the stack: the frame
-- starts a word below the stack pointer, the mask 304 bytes into it (glibc's
-- ucontext_t after the return address).
local SIGFRAME_MASK_OFFSET = 304

D.rt_sigreturn = {
  enter = function(ev, f)
    if not ev.sp or ev.sp == 0 then return "" end
    local addr = ev.sp - 8 + SIGFRAME_MASK_OFFSET
    local b = f.umove(ev, addr, NSIG_BYTES)
    return "{mask=" .. (b and f.sigset(b) or f.ptr(addr)) .. "}"
  end,
}

D.kill = {
  enter = function(ev, f) return f.pid(ev.args[1]) .. ", " .. f.signame(f.s32(ev.args[2])) end,
}
D.tkill = D.kill
D.tgkill = {
  enter = function(ev, f)
    return f.pid(ev.args[1]) .. ", " .. f.pid(ev.args[2]) .. ", " .. f.signame(f.s32(ev.args[3]))
  end,
}

-- ---- siginfo ------------------------------------------------------------------

local SIGILL, SIGTRAP, SIGBUS, SIGFPE, SIGSEGV, SIGCHLD, SIGIO, SIGPROF, SIGSYS =
  4, 5, 7, 8, 11, 17, 29, 27, 31
local CODES = {
  [SIGTRAP] = sig_x.TRAP, [SIGCHLD] = sig_x.CHLD, [SIGIO] = sig_x.POLL, [SIGPROF] = sig_x.PROF,
  [SIGILL] = sig_x.ILL, [SIGFPE] = sig_x.FPE, [SIGSEGV] = sig_x.SEGV, [SIGBUS] = sig_x.BUS,
  [SIGSYS] = sig_x.SYS,
}
local SI_USER, SI_TIMER, SI_SIGIO, SI_TKILL = 0, -2, -5, -6
local CLD_EXITED = 1
local AUDIT_ARCH_X86_64 = 0xc000003e
local AUDIT_ARCHES = { { 0x40000003, "AUDIT_ARCH_I386" }, { 0xc000003e, "AUDIT_ARCH_X86_64" } }

local function errname(n)
  local ok, errno = pcall(require, "moontrace.xlat.errno")
  return ok and errno.name[n] or nil
end

-- siginfo_t as the x86_64 kernel lays it out (128 bytes).
function D.siginfo(raw, f)
  f = f or require "moontrace.fmt"
  raw = raw .. ("\0"):rep(128 - #raw)
  local signo, errno, code = string.unpack("<i4i4i4", raw)
  if signo == 0 then return "{}" end
  local out = { "si_signo=" .. f.signame(signo) }
  local ucode = code & 0xffffffff
  -- (with -X raw|verbose, the number as unsigned hex: "0xfffffffa /* SI_TKILL */")
  local cname = f.lookup(sig_x.si_codes, ucode)
  if not cname and CODES[signo] then cname = f.lookup(CODES[signo], ucode) end
  out[#out + 1] = "si_code=" .. (cname and f.styled(f.hex(ucode), cname) or f.hex(ucode))
  local function i32(off) return (string.unpack("<i4", raw, off + 1)) end
  local function u32(off) return (string.unpack("<I4", raw, off + 1)) end
  local function i64(off) return (string.unpack("<i8", raw, off + 1)) end
  local function source()
    local uid = u32(20)
    out[#out + 1] = "si_pid=" .. f.pid(i32(16))
    out[#out + 1] = "si_uid=" .. (uid == 0xffffffff and "-1" or uid)
  end
  local function sigval()
    out[#out + 1] = "si_int=" .. i32(24)
    out[#out + 1] = "si_ptr=" .. f.ptr(i64(24))
  end
  if errno ~= 0 then
    local name = errname(errno)
    out[#out + 1] = "si_errno=" .. (name or f.udec(errno & 0xffffffff))
  end
  if code <= 0 then
    if code == SI_USER or code == SI_TKILL then
      source()
    elseif code == SI_TIMER then
      out[#out + 1] = "si_timerid=" .. f.hex(u32(16))
      out[#out + 1] = "si_overrun=" .. i32(20)
      sigval()
    elseif code == SI_SIGIO then
      out[#out + 1] = "si_band=" .. i64(16)
      out[#out + 1] = "si_fd=" .. i32(24)
    else
      source()
      if i64(24) ~= 0 then sigval() end
    end
  elseif signo == SIGCHLD then
    source()
    local status = i32(24)
    out[#out + 1] = "si_status=" .. (code == CLD_EXITED and ("%d"):format(status) or f.signame(status))
    out[#out + 1] = "si_utime=" .. f.clock_t(i64(32))
    out[#out + 1] = "si_stime=" .. f.clock_t(i64(40))
  elseif signo == SIGILL or signo == SIGFPE or signo == SIGBUS or signo == SIGSEGV
    or signo == SIGTRAP then
    out[#out + 1] = "si_addr=" .. f.ptr(i64(16))
    if signo == SIGSEGV and code == 3 then        -- SEGV_BNDERR
      out[#out + 1] = "si_lower=" .. f.ptr(i64(32))
      out[#out + 1] = "si_upper=" .. f.ptr(i64(40))
    elseif signo == SIGSEGV and code == 4 then    -- SEGV_PKUERR
      out[#out + 1] = "si_pkey=" .. u32(32)
    elseif signo == SIGBUS and (code == 4 or code == 5) then   -- BUS_MCEERR_A[RO]
      out[#out + 1] = "si_addr_lsb=" .. f.hex(string.unpack("<i2", raw, 25) & 0xffff)
    end
  elseif signo == SIGIO then
    if code >= 1 and code <= 6 then
      out[#out + 1] = "si_band=" .. i64(16)
      out[#out + 1] = "si_fd=" .. i32(24)
    end
  elseif signo == SIGSYS then
    out[#out + 1] = "si_call_addr=" .. f.ptr(i64(16))
    local nr, arch = i32(24), u32(28)
    local name = arch == AUDIT_ARCH_X86_64 and f.syscall_name(nr)
    out[#out + 1] = "si_syscall=" .. (name and ("__NR_" .. name) or ("%d"):format(nr & 0xffffffff))
    out[#out + 1] = "si_arch=" .. f.xval(AUDIT_ARCHES, arch, "AUDIT_ARCH_???")
  else
    if i32(16) ~= 0 or u32(20) ~= 0 then source() end
    if i64(24) ~= 0 then sigval() end
  end
  return "{" .. table.concat(out, ", ") .. "}"
end

local function siginfo_at(ev, f, addr)
  local b = f.umove(ev, addr, 128)
  return b and D.siginfo(b, f) or f.ptr(addr)
end

D.rt_sigqueueinfo = {
  enter = function(ev, f)
    return f.pid(ev.args[1]) .. ", " .. f.signame(f.s32(ev.args[2])) .. ", " .. siginfo_at(ev, f, ev.args[3])
  end,
}
D.rt_tgsigqueueinfo = {
  enter = function(ev, f)
    return f.pid(ev.args[1]) .. ", " .. f.pid(ev.args[2]) .. ", " .. f.signame(f.s32(ev.args[3])) ..
      ", " .. siginfo_at(ev, f, ev.args[4])
  end,
}

-- ---- signalfd4, sigaltstack, rt_sigtimedwait, pidfd_send_signal ----------------------

D.signalfd4 = {
  enter = function(ev, f)
    local a = ev.args
    return f.fd(ev, a[1]) .. ", " .. sigset_at(ev, f, a[2], a[3]) .. ", " .. f.udec(a[3]) .. ", " ..
      f.flags(sig_x.sfd_flags, a[4] & 0xffffffff, "SFD_???")
  end,
  ret = "fd",
}

-- stack_t: ss_sp, ss_flags (an int, padded), ss_size.
local function stack_at(ev, f, addr, exiting)
  local b = (exiting and f.umove_exit or f.umove)(ev, addr, 24)
  if not b then return f.ptr(addr) end
  local sp, flags, size = string.unpack("<i8I4xxxxi8", b)
  return "{ss_sp=" .. f.ptr(sp) .. ", ss_flags=" .. f.flags(sig_x.ss_flags, flags, "SS_???") ..
    ", ss_size=" .. f.udec(size) .. "}"
end

D.sigaltstack = {
  enter = function(ev, f) return stack_at(ev, f, ev.args[1]) .. ", " end,
  exit = function(ev, f) return stack_at(ev, f, ev.args[2], true) end,
}

-- With somewhere to put the siginfo, strace keeps the rest for the exit and
-- remembers the timeout as it was at entry; without (or when -e verbose=
-- leaves this call out), all is shown at entry.
D.rt_sigtimedwait = {
  enter = function(ev, f)
    local a = ev.args
    local text = sigset_at(ev, f, a[1], a[4]) .. ", "
    if a[2] == 0 or f.opts.noderef then
      ev.priv = nil
      return text .. f.ptr(a[2]) .. ", " .. f.timespec(ev, a[3]) .. ", " .. f.udec(a[4])
    end
    ev.priv = { timeout = f.timespec(ev, a[3]) }
    return text
  end,
  exit = function(ev, f)
    local p = ev.priv
    if type(p) ~= "table" or not p.timeout then return "" end
    local b = f.umove_exit(ev, ev.args[2], 128)
    return (b and D.siginfo(b, f) or f.ptr(ev.args[2])) .. ", " .. p.timeout .. ", " .. f.udec(ev.args[4])
  end,
  ret = function(ev, f)
    if ev.ret == 0 then return "0" end
    return f.long(ev.ret) .. " (" .. f.plain(f.signame, ev.ret) .. ")"
  end,
}

D.pidfd_send_signal = {
  enter = function(ev, f)
    local a = ev.args
    return f.fd(ev, a[1]) .. ", " .. f.signame(f.s32(a[2])) .. ", " .. siginfo_at(ev, f, a[3]) .. ", " ..
      f.hex(a[4] & 0xffffffff)
  end,
}

return D
