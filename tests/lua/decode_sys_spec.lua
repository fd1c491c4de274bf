-- The sys decoders (lua/moontrace/decode/sys.lua) on hand-made events.  Each
-- expected string is a line strace 6.1 printed for tests/lua/victims/v12.c
-- (`strace [-v] ./v12`, with ASLR off), the addresses changed to the fake
-- memory's.
package.path = "lua/?.lua;lua/?/init.lua;tests/lua/?.lua;" .. package.path

local f = require "moontrace.fmt"
local fake = require "fake_event"
local D = require("moontrace.decode").decoders

local u32, u64 = fake.u32, fake.u64
local NOPID = 1073741808
local NOKEY = 1073741809
local EINVAL, EFAULT, ESRCH, E2BIG, ENOKEY = 22, 14, 3, 7, 126
local NEG1 = -1   -- all 64 bits set

local function opts(verbose)
  f.opts = { strsize = 32, verbose = verbose or false, xflag = 0, yflag = 0 }
end

-- The text between the parentheses for a call with these registers.
local function render(name, args, t)
  t = t or {}
  local ev = fake.event{ name = name, args = args, mem = t.mem, err = t.err, ret = t.ret }
  return fake.render(D[name], ev, f), ev
end

local function pack(fmt, ...) return string.pack(fmt, ...) end

describe("sys decoders: priorities", function()
  before_each(function() opts() end)

  it("names the which of getpriority/setpriority", function()
    assert.are.equal("PRIO_PROCESS, 0", render("getpriority", { 0, 0 }))
    assert.are.equal("PRIO_USER, 0", render("getpriority", { 2, 0 }))
    assert.are.equal("0x7 /* PRIO_??? */, 0", render("getpriority", { 7, 0 }))
    assert.are.equal("PRIO_PROCESS, -1", render("getpriority", { 0, NEG1 }))
    assert.are.equal("PRIO_PGRP, 1073741808, -5", render("setpriority", { 1, NOPID, -5 }))
    assert.are.equal("0x9 /* PRIO_??? */, 0, 0", render("setpriority", { 9, 0, 0 }))
    assert.are.equal("PRIO_PROCESS, 1073741808, 2147483647", render("setpriority", { 0, NOPID, 0x7fffffff }))
  end)

  -- ioprio_get(IOPRIO_WHO_PGRP, 0)          = 16388 (IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4))
  it("shows I/O priorities as IOPRIO_PRIO_VALUE(class, data)", function()
    local text, ev = render("ioprio_get", { 2, 0 }, { ret = 16388 })
    assert.are.equal("IOPRIO_WHO_PGRP, 0", text)
    assert.are.equal("16388 (IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4))", D.ioprio_get.ret(ev, f))
    ev.ret = 0
    assert.are.equal("0 (IOPRIO_PRIO_VALUE(IOPRIO_CLASS_NONE, 0))", D.ioprio_get.ret(ev, f))
    assert.are.equal("0x5 /* IOPRIO_WHO_??? */, 0", render("ioprio_get", { 5, 0 }))
    assert.are.equal("IOPRIO_WHO_PGRP, 1073741808, IOPRIO_PRIO_VALUE(IOPRIO_CLASS_RT, 7)",
      render("ioprio_set", { 2, NOPID, 0x2007 }))
    assert.are.equal("IOPRIO_WHO_PROCESS, 1073741808, IOPRIO_PRIO_VALUE(0x5 /* IOPRIO_CLASS_??? */, 3)",
      render("ioprio_set", { 1, NOPID, 0xa003 }))
    assert.are.equal("0x6 /* IOPRIO_WHO_??? */, 0, IOPRIO_PRIO_VALUE(0x9 /* IOPRIO_CLASS_??? */, 837)",
      render("ioprio_set", { 6, 0, 0x12345 }))
    assert.are.equal("IOPRIO_WHO_PROCESS, 1073741808, IOPRIO_PRIO_VALUE(0x7ffff /* IOPRIO_CLASS_??? */, 8191)",
      render("ioprio_set", { 1, NOPID, 0xffffffff }))
  end)
end)

describe("sys decoders: clocks", function()
  before_each(function() opts() end)

  it("shows the time clock_settime would set", function()
    local mem = { [0x1000] = u64(100, 0xffffffffffffffff) }
    assert.are.equal("CLOCK_REALTIME, {tv_sec=100, tv_nsec=18446744073709551615}",
      render("clock_settime", { 0, 0x1000 }, { mem = mem, err = EINVAL }))
    assert.are.equal("0x4d /* CLOCK_??? */, 0x1", render("clock_settime", { 77, 1 }, { err = EFAULT }))
    assert.are.equal("CLOCK_REALTIME, NULL", render("clock_settime", { 0, 0 }, { err = EFAULT }))
  end)

  local function timex(modes, sec, usec)
    return pack("<I4xxxxi8i8i8i8i4xxxxi8i8i8i8i8i8i8i8i4xxxxi8i8i8i8i8i4", modes, 0, 0, 16000000,
      16000000, 0x40, 2, 1, 32768000, sec, usec, 10000, 0, 0, 0, 0, 0, 0, 0, 0, 0) .. ("\0"):rep(44)
  end

  -- adjtimex({modes=0, ..., time={tv_sec=1795752551, tv_usec=968117}, ...}) = 5 (TIME_ERROR)
  it("shows struct timex after a successful adjtimex, and the clock state", function()
    local mem = { [0x2000] = timex(0, 1795752551, 968117) }
    local text, ev = render("adjtimex", { 0x2000 }, { mem = mem, ret = 5 })
    assert.are.equal("{modes=0, offset=0, freq=0, maxerror=16000000, esterror=16000000, " ..
      "status=STA_UNSYNC, constant=2, precision=1, tolerance=32768000, " ..
      "time={tv_sec=1795752551, tv_usec=968117}, tick=10000, ppsfreq=0, jitter=0, shift=0, " ..
      "stabil=0, jitcnt=0, calcnt=0, errcnt=0, stbcnt=0, tai=0}", text)
    assert.are.equal("5 (TIME_ERROR)", D.adjtimex.ret(ev, f))
    mem[0x2000] = timex(0xffff, 1, 2)
    assert.truthy(render("adjtimex", { 0x2000 }, { mem = mem, ret = 5 }):find(
      "^{modes=ADJ_OFFSET_SS_READ|ADJ_FREQUENCY|ADJ_MAXERROR|ADJ_ESTERROR|ADJ_STATUS|ADJ_TIMECONST|" ..
      "ADJ_TAI|ADJ_SETOFFSET|ADJ_MICRO|ADJ_TICK|0xe40, offset=0,"))
    -- adjtimex(0x7fffffffebc0)                = -1 EINVAL (Invalid argument)
    assert.are.equal("0x2000", render("adjtimex", { 0x2000 }, { mem = mem, err = EINVAL }))
    assert.are.equal("NULL", render("adjtimex", { 0 }, { err = EFAULT }))
    assert.are.equal("CLOCK_MONOTONIC, 0x2000", render("clock_adjtime", { 1, 0x2000 }, { mem = mem, err = 95 }))
    mem[0x2000] = timex(0xa001, 1795753821, 854769)
    assert.truthy(render("clock_adjtime", { 0, 0x2000 }, { mem = mem, ret = 5 }):find(
      "^CLOCK_REALTIME, {modes=ADJ_OFFSET_SS_READ, offset=0, freq=0,"))
  end)

  -- time([1795752551 /* 2026-11-27T04:09:11+0000 */]) = 1795752551 (2026-11-27T04:09:11+0000)
  it("shows time's result as a date", function()
    local text, ev = render("time", { 0x3000 }, { mem = { [0x3000] = u64(1795752551) }, ret = 1795752551 })
    local old = os.getenv("TZ")
    if old == nil or old == "UTC" then
      assert.are.equal("[1795752551 /* 2026-11-27T04:09:11+0000 */]", text)
      assert.are.equal("1795752551 (2026-11-27T04:09:11+0000)", D.time.ret(ev, f))
    end
    assert.are.equal("NULL", render("time", { 0 }, { ret = 1795752551 }))
    assert.are.equal("0x1", render("time", { 1 }, { err = EFAULT }))
  end)

  it("shows sched_rr_get_interval's interval after the call", function()
    assert.are.equal("0, {tv_sec=0, tv_nsec=0}",
      render("sched_rr_get_interval", { 0, 0x3000 }, { mem = { [0x3000] = u64(0, 0) } }))
    assert.are.equal("-1, 0x3000", render("sched_rr_get_interval", { NEG1, 0x3000 }, { err = EINVAL }))
  end)
end)

describe("sys decoders: sched_attr", function()
  before_each(function() opts() end)

  local function attr(size, policy, flags, nice, prio, rt, dl, per, umin, umax)
    return pack("<I4I4I8i4I4I8I8I8I4I4", size, policy, flags, nice, prio, rt, dl, per, umin or 0, umax or 0)
  end

  it("shows struct sched_attr as far as its size goes", function()
    local mem = { [0x4000] = attr(56, 0, 0, 0, 0, 1400000, 0, 0) }
    assert.are.equal("0, {size=56, sched_policy=SCHED_OTHER, sched_flags=0, sched_nice=0, sched_priority=0, " ..
      "sched_runtime=1400000, sched_deadline=0, sched_period=0, sched_util_min=0, sched_util_max=0}, 56, 0",
      render("sched_getattr", { 0, 0x4000, 56, 0 }, { mem = mem }))
    mem[0x4000] = attr(48, 0, 0, 0, 0, 1400000, 0, 0)
    assert.are.equal("0, {size=48, sched_policy=SCHED_OTHER, sched_flags=0, sched_nice=0, sched_priority=0, " ..
      "sched_runtime=1400000, sched_deadline=0, sched_period=0}, 48, 0",
      render("sched_getattr", { 0, 0x4000, 48, 0 }, { mem = mem }))
    assert.are.equal("0, 0x4000, 20, 0", render("sched_getattr", { 0, 0x4000, 20, 0 }, { mem = mem, err = EINVAL }))
    mem[0x4000] = attr(56, 6, 0x100, -3, 5, 1000, 2000, 3000, 1, 2)
    assert.are.equal("1073741808, {size=56, sched_policy=SCHED_DEADLINE, sched_flags=0x100 /* SCHED_FLAG_??? */, " ..
      "sched_nice=-3, sched_priority=5, sched_runtime=1000, sched_deadline=2000, sched_period=3000, " ..
      "sched_util_min=1, sched_util_max=2}, 1",
      render("sched_setattr", { NOPID, 0x4000, 1 }, { mem = mem, err = EINVAL }))
    mem[0x4000] = attr(0, 42, 0x100, -3, 5, 1000, 2000, 3000)
    assert.are.equal("1073741808, {size=0, sched_policy=0x2a /* SCHED_??? */, sched_flags=0x100 /* SCHED_FLAG_??? */, " ..
      "sched_nice=-3, sched_priority=5, sched_runtime=1000, sched_deadline=2000, sched_period=3000}, 0",
      render("sched_setattr", { NOPID, 0x4000, 0 }, { mem = mem, err = ESRCH }))
    assert.are.equal("0, 0x1, 0", render("sched_setattr", { 0, 1, 0 }, { err = EFAULT }))
  end)

  it("leaves out what SCHED_FLAG_KEEP_POLICY and KEEP_PARAMS keep", function()
    local mem = { [0x4000] = attr(56, 1, 0x7f, -3, 5, 1000, 2000, 3000, 1, 2) }
    assert.are.equal("1073741808, {size=56, sched_flags=SCHED_FLAG_RESET_ON_FORK|SCHED_FLAG_RECLAIM|" ..
      "SCHED_FLAG_DL_OVERRUN|SCHED_FLAG_KEEP_POLICY|SCHED_FLAG_KEEP_PARAMS|SCHED_FLAG_UTIL_CLAMP_MIN|" ..
      "SCHED_FLAG_UTIL_CLAMP_MAX, sched_util_min=1, sched_util_max=2}, 0",
      render("sched_setattr", { NOPID, 0x4000, 0 }, { mem = mem, err = ESRCH }))
    mem[0x4000] = attr(56, 0, 0x10, 0, 0, 1400000, 0, 0)
    assert.are.equal("1073741808, {size=56, sched_flags=SCHED_FLAG_KEEP_PARAMS, sched_util_min=0, sched_util_max=0}, 0",
      render("sched_setattr", { NOPID, 0x4000, 0 }, { mem = mem, err = ESRCH }))
    mem[0x4000] = attr(0, 0, 0x08, 0, 0, 1400000, 0, 0)
    assert.are.equal("1073741808, {size=0, sched_flags=SCHED_FLAG_KEEP_POLICY, sched_nice=0, sched_priority=0, " ..
      "sched_runtime=1400000, sched_deadline=0, sched_period=0}, 0",
      render("sched_setattr", { NOPID, 0x4000, 0 }, { mem = mem, err = ESRCH }))
  end)

  -- sched_setattr(1073741808, {size=20} => {size=56}, 0) = -1 E2BIG (Argument list too long)
  it("shows the size the kernel wrote back on E2BIG, and '...' past the known fields", function()
    local mem = { [0x4000] = attr(20, 3, 0, 0, 0, 0, 0, 0) }
    local ev = fake.event{ kind = "enter", args = { NOPID, 0x4000, 0 }, mem = mem }
    assert.are.equal("1073741808, {size=20}", D.sched_setattr.enter(ev, f))
    ev.kind, ev.err = "exit", E2BIG
    mem[0x4000] = attr(56, 3, 0, 0, 0, 0, 0, 0)
    assert.are.equal(" => {size=56}, 0", D.sched_setattr.exit(ev, f))
    mem[0x4000] = attr(64, 3, 0, 0, 0, 0, 0, 0) .. u64(0)
    assert.are.equal("1073741808, {size=64, sched_policy=SCHED_BATCH, sched_flags=0, sched_nice=0, " ..
      "sched_priority=0, sched_runtime=0, sched_deadline=0, sched_period=0, sched_util_min=0, " ..
      "sched_util_max=0, ...}, 0", render("sched_setattr", { NOPID, 0x4000, 0 }, { mem = mem, err = ESRCH }))
  end)
end)

describe("sys decoders: processes", function()
  before_each(function() opts() end)

  it("shows get_robust_list's head and length after the call", function()
    local mem = { [0x5000] = u64(0x7ffff7dd0a20), [0x5008] = u64(24) }
    assert.are.equal("0, [0x7ffff7dd0a20], [24]", render("get_robust_list", { 0, 0x5000, 0x5008 }, { mem = mem }))
    assert.are.equal("1073741808, 0x5000, 0x5008",
      render("get_robust_list", { NOPID, 0x5000, 0x5008 }, { mem = mem, err = ESRCH }))
  end)

  it("shows kcmp's indexes by type", function()
    assert.are.equal("6728, 6728, KCMP_FILE, 0, 1", render("kcmp", { 6728, 6728, 0, 0, 1 }))
    assert.are.equal("6728, 6728, KCMP_VM", render("kcmp", { 6728, 6728, 1, 0, 0 }))
    assert.are.equal("6728, 6728, KCMP_EPOLL_TFD, 0, {efd=3, tfd=4, toff=5}",
      render("kcmp", { 6728, 6728, 7, 0, 0x5000 }, { mem = { [0x5000] = u32(3, 4, 5) } }))
    assert.are.equal("6728, 6728, KCMP_EPOLL_TFD, 0, 0x1", render("kcmp", { 6728, 6728, 7, 0, 1 }))
    assert.are.equal("6728, 6728, 0x63 /* KCMP_??? */, 0x7, 0x8", render("kcmp", { 6728, 6728, 99, 7, 8 }))
    assert.are.equal("-1, -1, KCMP_FILE, -1, -1", render("kcmp", { NEG1, NEG1, 0, NEG1, NEG1 }))
  end)

  it("decodes pidfd_getfd, process_madvise and process_mrelease", function()
    assert.are.equal("3, 0, 0", render("pidfd_getfd", { 3, 0, 0 }))
    assert.are.equal("-1, -1, 0xffffffff", render("pidfd_getfd", { NEG1, NEG1, NEG1 }))
    local mem = { [0x6000] = u64(0x7ffff7fbe000, 4096, 0x7ffff7fbf000, 4096) }
    assert.are.equal("3, [{iov_base=0x7ffff7fbe000, iov_len=4096}, {iov_base=0x7ffff7fbf000, iov_len=4096}], " ..
      "2, MADV_COLD, 0", render("process_madvise", { 3, 0x6000, 2, 20, 0 }, { mem = mem }))
    assert.are.equal("-1, [{iov_base=0x7ffff7fbe000, iov_len=4096}, {iov_base=0x7ffff7fbf000, iov_len=4096}], " ..
      "2, 0x3039 /* MADV_??? */, 0", render("process_madvise", { NEG1, 0x6000, 2, 12345, 0 }, { mem = mem }))
    assert.are.equal("-1, [], 0, MADV_COLD, 0", render("process_madvise", { NEG1, 0x6000, 0, 20, 0 }, { mem = mem }))
    assert.are.equal("3, 0x1", render("process_mrelease", { 3, 1 }))
  end)
end)

describe("sys decoders: ptrace", function()
  before_each(function() opts() end)

  it("shows each request's arguments", function()
    assert.are.equal("PTRACE_TRACEME", render("ptrace", { 0, 0, 0, 0 }, { err = 1 }))
    assert.are.equal("PTRACE_KILL, 1073741808", render("ptrace", { 8, NOPID, 0, 0 }, { err = ESRCH }))
    assert.are.equal("PTRACE_PEEKTEXT, 1073741808, 0x1000, 0x7fffffffec98",
      render("ptrace", { 1, NOPID, 0x1000, 0x7fffffffec98 }, { err = ESRCH }))
    assert.are.equal("PTRACE_POKEDATA, 1073741808, 0x1000, 0x1234", render("ptrace", { 5, NOPID, 0x1000, 0x1234 }))
    assert.are.equal("PTRACE_CONT, 1073741808, NULL, SIGUSR1", render("ptrace", { 7, NOPID, 0, 10 }))
    assert.are.equal("PTRACE_CONT, 1073741808, NULL, 99", render("ptrace", { 7, NOPID, 0, 99 }))
    assert.are.equal("PTRACE_GETREGS, 1073741808, 0x7fffffffec50",
      render("ptrace", { 12, NOPID, 0, 0x7fffffffec50 }, { err = ESRCH }))
    assert.are.equal("PTRACE_SETOPTIONS, 1073741808, NULL, PTRACE_O_TRACESYSGOOD|PTRACE_O_TRACEFORK|PTRACE_O_EXITKILL",
      render("ptrace", { 0x4200, NOPID, 0, 0x100003 }))
    assert.are.equal("PTRACE_SETOPTIONS, 1073741808, NULL, 0x800000 /* PTRACE_O_??? */",
      render("ptrace", { 0x4200, NOPID, 0, 0x800000 }))
    assert.are.equal("PTRACE_SEIZE, 1073741808, NULL, 0", render("ptrace", { 0x4206, NOPID, 0, 0 }))
    assert.are.equal("PTRACE_GETSIGMASK, 1073741808, 8, 0x7fffffffec50",
      render("ptrace", { 0x420a, NOPID, 8, 0x7fffffffec50 }, { err = ESRCH }))
    assert.are.equal("PTRACE_SETSIGMASK, 1073741808, 8, [INT USR1]",
      render("ptrace", { 0x420b, NOPID, 8, 0x7000 }, { mem = { [0x7000] = u64(0x202) } }))
    assert.are.equal("PTRACE_PEEKSIGINFO, 1073741808, {off=0, flags=PTRACE_PEEKSIGINFO_SHARED, nr=4}, 0x7fffffffec50",
      render("ptrace", { 0x4209, NOPID, 0x7000, 0x7fffffffec50 }, { mem = { [0x7000] = pack("<I8I4i4", 0, 1, 4) }, err = ESRCH }))
    assert.are.equal("PTRACE_ARCH_PRCTL, 1073741808, 0x1234, 0x1003", render("ptrace", { 30, NOPID, 0x1234, 0x1003 }))
    assert.are.equal("0x4321 /* PTRACE_??? */, 1073741808, 0x10, 0x20", render("ptrace", { 0x4321, NOPID, 0x10, 0x20 }))
    assert.are.equal("PTRACE_GETREGSET, 1073741808, NT_PRSTATUS, {iov_base=0x7fffffffec50, iov_len=64}",
      render("ptrace", { 0x4204, NOPID, 1, 0x7000 }, { mem = { [0x7000] = u64(0x7fffffffec50, 64) }, err = ESRCH }))
  end)

  it("names struct user offsets", function()
    local function peek(off) return render("ptrace", { 3, NOPID, off, 0x10 }, { err = ESRCH }) end
    assert.are.equal("PTRACE_PEEKUSER, 1073741808, 8*R14, 0x10", peek(8))
    assert.are.equal("PTRACE_PEEKUSER, 1073741808, 8*R15+7, 0x10", peek(7))
    assert.are.equal("PTRACE_PEEKUSER, 1073741808, offsetof(struct user, u_fpvalid)+4, 0x10", peek(220))
    assert.are.equal("PTRACE_PEEKUSER, 1073741808, offsetof(struct user, u_debugreg)+56, 0x10", peek(904))
    assert.are.equal("PTRACE_PEEKUSER, 1073741808, sizeof(struct user), 0x10", peek(912))
    assert.are.equal("PTRACE_PEEKUSER, 1073741808, 0x3e8, 0x10", peek(1000))
    assert.are.equal("PTRACE_POKEUSER, 1073741808, 8*RIP, NULL", render("ptrace", { 6, NOPID, 128, 0 }))
    -- ptrace(PTRACE_PEEKUSER, CPID, offsetof(struct user, u_debugreg), [NULL]) = 0
    assert.are.equal("PTRACE_PEEKUSER, 1073741808, offsetof(struct user, u_debugreg), [NULL]",
      render("ptrace", { 3, NOPID, 848, 0x7000 }, { mem = { [0x7000] = u64(0) } }))
    assert.are.equal("PTRACE_PEEKDATA, 1073741808, 0x55555555b068, [0x1234567]",
      render("ptrace", { 2, NOPID, 0x55555555b068, 0x7000 }, { mem = { [0x7000] = u64(0x1234567) } }))
  end)

  local regs = {}
  for i = 0, 63 do regs[#regs + 1] = i * 0x1000 + i end
  local REGS = u64(table.unpack(regs))
  local REGS_TEXT = "{r15=0, r14=0x1001, r13=0x2002, r12=0x3003, rbp=0x4004, rbx=0x5005, r11=0x6006, " ..
    "r10=0x7007, r9=0x8008, r8=0x9009, rax=0xa00a, rcx=0xb00b, rdx=0xc00c, rsi=0xd00d, rdi=0xe00e, " ..
    "orig_rax=0xf00f, rip=0x10010, cs=0x11011, eflags=0x12012, rsp=0x13013, ss=0x14014, " ..
    "fs_base=0x15015, gs_base=0x16016, ds=0x17017, es=0x18018, fs=0x19019, gs=0x1a01a}"

  it("shows registers and FPU state", function()
    local mem = { [0x8000] = REGS, [0x7000] = u64(0x8000, 216) }
    assert.are.equal("PTRACE_SETREGS, 1073741808, " .. REGS_TEXT, render("ptrace", { 13, NOPID, 0, 0x8000 }, { mem = mem }))
    assert.are.equal("PTRACE_SETREGSET, 1073741808, NT_PRSTATUS, {iov_base=" .. REGS_TEXT .. ", iov_len=216}",
      render("ptrace", { 0x4205, NOPID, 1, 0x7000 }, { mem = mem }))
    mem[0x7000] = u64(0x8000, 64)
    assert.are.equal("PTRACE_SETREGSET, 1073741808, NT_FPREGSET, {iov_base={cwd=0, swd=0, ftw=0, fop=0, " ..
      "rip=0x1001, rdp=0x2002, mxcsr=0x3003, mxcr_mask=0, st_space=[0x4004, 0, 0x5005, 0, 0x6006, 0, 0x7007, 0]}, " ..
      "iov_len=64}", render("ptrace", { 0x4205, NOPID, 2, 0x7000 }, { mem = mem }))
    local fp = render("ptrace", { 15, NOPID, 0, 0x8000 }, { mem = mem })
    assert.truthy(fp:find("xmm_space=[0x14014, 0, ", 1, true))
    assert.truthy(fp:find("0x23023, 0, ...], padding=[0x34034, 0, ", 1, true))
    assert.truthy(fp:find("0x3f03f, 0]}$"))
    mem[0x7000] = u64(0x8000, 40)
    assert.are.equal("PTRACE_GETREGSET, 1073741808, NT_PRSTATUS, {iov_base={r15=0, r14=0x1001, r13=0x2002, " ..
      "r12=0x3003, rbp=0x4004}, iov_len=40}", render("ptrace", { 0x4204, NOPID, 1, 0x7000 }, { mem = mem }))
  end)

  it("shows siginfo and syscall info", function()
    local si = pack("<i4i4i4xxxxi4I4", 10, 0, 0, 1, 2) .. ("\0"):rep(104)
    assert.are.equal("PTRACE_SETSIGINFO, 1073741808, NULL, {si_signo=SIGUSR1, si_code=SI_USER, si_pid=1, si_uid=2}",
      render("ptrace", { 0x4203, NOPID, 0, 0x9000 }, { mem = { [0x9000] = si } }))
    assert.are.equal("PTRACE_PEEKSIGINFO, 1073741808, {off=0, flags=0, nr=1}, []",
      render("ptrace", { 0x4209, NOPID, 0x7000, 0x9000 }, { mem = { [0x7000] = pack("<I8I4i4", 0, 0, 1) }, ret = 0 }))
    f.syscall_name = function(nr) return nr == 3 and "close" or nil end
    local info = pack("<BxxxI4I8I8I8", 1, 0xc000003e, 0x7ffff7ed4829, 0x7fffffffe8f8, 3) ..
      u64(0xffffffff, 0x7ffff7ed4829, 0x7ffff7ed4829, 0, 0, 0)
    local head = "PTRACE_GET_SYSCALL_INFO, 1073741808, "
    assert.are.equal(head .. "128, {op=PTRACE_SYSCALL_INFO_ENTRY, arch=AUDIT_ARCH_X86_64, " ..
      "instruction_pointer=0x7ffff7ed4829, stack_pointer=0x7fffffffe8f8, entry={nr=__NR_close, " ..
      "args=[0xffffffff, 0x7ffff7ed4829, 0x7ffff7ed4829, 0, 0, 0]}}",
      render("ptrace", { 0x420e, NOPID, 128, 0x9000 }, { mem = { [0x9000] = info }, ret = 80 }))
    assert.are.equal(head .. "40, {op=PTRACE_SYSCALL_INFO_ENTRY, arch=AUDIT_ARCH_X86_64, " ..
      "instruction_pointer=0x7ffff7ed4829, stack_pointer=0x7fffffffe8f8, entry={nr=__NR_close, args=[0xffffffff]}}",
      render("ptrace", { 0x420e, NOPID, 40, 0x9000 }, { mem = { [0x9000] = info }, ret = 80 }))
    info = pack("<BxxxI4I8I8i8B", 2, 0xc000003e, 0x7ffff7ea6dd0, 0x7fffffffe988, -514, 1)
    assert.are.equal(head .. "128, {op=PTRACE_SYSCALL_INFO_EXIT, arch=AUDIT_ARCH_X86_64, " ..
      "instruction_pointer=0x7ffff7ea6dd0, stack_pointer=0x7fffffffe988, exit={rval=-ERESTARTNOHAND, is_error=1}}",
      render("ptrace", { 0x420e, NOPID, 128, 0x9000 }, { mem = { [0x9000] = info }, ret = 33 }))
    assert.are.equal(head .. "8, {op=PTRACE_SYSCALL_INFO_EXIT, arch=AUDIT_ARCH_X86_64}",
      render("ptrace", { 0x420e, NOPID, 8, 0x9000 }, { mem = { [0x9000] = info }, ret = 33 }))
    f.syscall_name = function() return nil end
  end)
end)

describe("sys decoders: seccomp", function()
  before_each(function() opts() end)

  local function insn(code, jt, jf, k) return pack("<I2BBI4", code, jt, jf, k) end
  local FILTER = insn(0x20, 0, 0, 4) .. insn(0x15, 1, 0, 0xc000003e) .. insn(0x06, 0, 0, 0x80000000) ..
    insn(0x20, 0, 0, 0) .. insn(0x15, 0, 1, 39) .. insn(0x06, 0, 0, 0x50001) .. insn(0x06, 0, 0, 0x7fff0000)

  it("shows each operation's arguments", function()
    local mem = { [0xa000] = u32(0x80000000), [0xa004] = u32(0x12345678), [0xa010] = pack("<I2I2I2", 80, 24, 64) }
    assert.are.equal("SECCOMP_GET_ACTION_AVAIL, 0, [SECCOMP_RET_KILL_PROCESS]", render("seccomp", { 2, 0, 0xa000 }, { mem = mem }))
    assert.are.equal("SECCOMP_GET_ACTION_AVAIL, 0, [0x12345678 /* SECCOMP_RET_??? */]",
      render("seccomp", { 2, 0, 0xa004 }, { mem = mem, err = 95 }))
    assert.are.equal("SECCOMP_GET_NOTIF_SIZES, 0, {seccomp_notif=80, seccomp_notif_resp=24, seccomp_data=64}",
      render("seccomp", { 3, 0, 0xa010 }, { mem = mem }))
    assert.are.equal("SECCOMP_GET_NOTIF_SIZES, 0x1, 0xa010", render("seccomp", { 3, 1, 0xa010 }, { mem = mem, err = EINVAL }))
    assert.are.equal("SECCOMP_SET_MODE_STRICT, 0x1, NULL", render("seccomp", { 0, 1, 0 }, { err = EINVAL }))
    assert.are.equal("0x63 /* SECCOMP_SET_MODE_??? */, 0x5, 0x1", render("seccomp", { 99, 5, 1 }, { err = EINVAL }))
  end)

  it("shows a filter program, its instructions with -v", function()
    local mem = { [0xb000] = u64(7, 0xc000), [0xc000] = FILTER }
    assert.are.equal("SECCOMP_SET_MODE_FILTER, 0x10000 /* SECCOMP_FILTER_FLAG_??? */, {len=7, filter=0xc000}",
      render("seccomp", { 1, 0x10000, 0xb000 }, { mem = mem, err = EINVAL }))
    assert.are.equal("SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_TSYNC|SECCOMP_FILTER_FLAG_LOG|" ..
      "SECCOMP_FILTER_FLAG_SPEC_ALLOW, {len=7, filter=0xc000}", render("seccomp", { 1, 7, 0xb000 }, { mem = mem }))
    opts(true)
    assert.are.equal("SECCOMP_SET_MODE_FILTER, 0x10000 /* SECCOMP_FILTER_FLAG_??? */, {len=7, filter=[" ..
      "BPF_STMT(BPF_LD|BPF_W|BPF_ABS, 0x4), BPF_JUMP(BPF_JMP|BPF_K|BPF_JEQ, 0xc000003e, 0x1, 0), " ..
      "BPF_STMT(BPF_RET|BPF_K, SECCOMP_RET_KILL_PROCESS), BPF_STMT(BPF_LD|BPF_W|BPF_ABS, 0), " ..
      "BPF_JUMP(BPF_JMP|BPF_K|BPF_JEQ, 0x27, 0, 0x1), BPF_STMT(BPF_RET|BPF_K, SECCOMP_RET_ERRNO|0x1), " ..
      "BPF_STMT(BPF_RET|BPF_K, SECCOMP_RET_ALLOW)]}",
      render("seccomp", { 1, 0x10000, 0xb000 }, { mem = mem, err = EINVAL }))
    mem[0xb000] = u64(0, 0xc000)
    assert.are.equal("SECCOMP_SET_MODE_FILTER, 0, {len=0, filter=[]}", render("seccomp", { 1, 0, 0xb000 }, { mem = mem }))
    mem[0xb000] = u64(4, 0xc000)
    mem[0xc000] = insn(0x04, 0, 0, 5) .. insn(0x6b, 1, 0, 0) .. insn(0xffff, 0, 0, 0xdead) .. insn(0x16, 0, 0, 0x12345678)
    assert.are.equal("SECCOMP_SET_MODE_FILTER, 0, {len=4, filter=[BPF_STMT(BPF_ALU|BPF_K|BPF_ADD, 0x5), " ..
      "BPF_JUMP(BPF_STX|0x68 /* BPF_??? */, 0, 0x1, 0), " ..
      "BPF_STMT(BPF_MISC|0xf8 /* BPF_??? */|0xff00 /* BPF_??? */, 0xdead), " ..
      "BPF_STMT(BPF_RET|BPF_A, 0x12340000 /* SECCOMP_RET_??? */|0x5678)]}",
      render("seccomp", { 1, 0, 0xb000 }, { mem = mem }))
    mem[0xb000] = u64(5000, 0xc000)
    local text = render("seccomp", { 1, 0, 0xb000 }, { mem = mem })
    assert.are.equal(", ... /* 0xc020 */]}", text:sub(-#", ... /* 0xc020 */]}"))
  end)

  -- From `strace -v [-X verbose|raw] ./v20` (tests/lua/victims/v20.c): each
  -- field of an instruction's code is a named constant -X styles, bits no
  -- field takes keep their comment even with -X raw.
  it("styles the instructions with -X verbose and -X raw", function()
    local mem = { [0xb000] = u64(3, 0xc000),
                  [0xc000] = insn(0x06, 0, 0, 0x7fff0000) .. insn(0xffff, 0, 0, 0xffffffff) .. insn(0x06, 0, 0, 0x7fff0000) }
    opts(true)
    assert.are.equal("SECCOMP_SET_MODE_FILTER, 0, {len=3, filter=[BPF_STMT(BPF_RET|BPF_K, SECCOMP_RET_ALLOW), " ..
      "BPF_STMT(BPF_MISC|0xf8 /* BPF_??? */|0xff00 /* BPF_??? */, 0xffffffff), " ..
      "BPF_STMT(BPF_RET|BPF_K, SECCOMP_RET_ALLOW)]}", render("seccomp", { 1, 0, 0xb000 }, { mem = mem, err = EINVAL }))
    f.opts.xstyle = "verbose"
    assert.are.equal("0x1 /* SECCOMP_SET_MODE_FILTER */, 0, {len=3, filter=[" ..
      "BPF_STMT(0x6 /* BPF_RET */|0 /* BPF_K */, 0x7fff0000 /* SECCOMP_RET_ALLOW */), " ..
      "BPF_STMT(0x7 /* BPF_MISC */|0xf8 /* BPF_??? */|0xff00 /* BPF_??? */, 0xffffffff), " ..
      "BPF_STMT(0x6 /* BPF_RET */|0 /* BPF_K */, 0x7fff0000 /* SECCOMP_RET_ALLOW */)]}",
      render("seccomp", { 1, 0, 0xb000 }, { mem = mem, err = EINVAL }))
    f.opts.xstyle = "raw"
    assert.are.equal("0x1, 0, {len=3, filter=[BPF_STMT(0x6|0, 0x7fff0000), " ..
      "BPF_STMT(0x7|0xf8|0xff00 /* BPF_??? */, 0xffffffff), BPF_STMT(0x6|0, 0x7fff0000)]}",
      render("seccomp", { 1, 0, 0xb000 }, { mem = mem, err = EINVAL }))
    -- the action and its data; an instruction with jump offsets is a BPF_JUMP
    mem[0xc000] = insn(0x06, 0, 0, 0x5ffff) .. insn(0x02, 0xff, 0xff, 2) .. insn(0x06, 0, 0, 0xffffffff)
    assert.are.equal("0x1, 0, {len=3, filter=[BPF_STMT(0x6|0, 0x50000|0xffff), BPF_JUMP(0x2, 0x2, 0xff, 0xff), " ..
      "BPF_STMT(0x6|0, 0xffff0000|0xffff)]}", render("seccomp", { 1, 0, 0xb000 }, { mem = mem }))
    f.opts.xstyle = "verbose"
    assert.are.equal("0x1 /* SECCOMP_SET_MODE_FILTER */, 0, {len=3, filter=[" ..
      "BPF_STMT(0x6 /* BPF_RET */|0 /* BPF_K */, 0x50000 /* SECCOMP_RET_ERRNO */|0xffff), " ..
      "BPF_JUMP(0x2 /* BPF_ST */, 0x2, 0xff, 0xff), " ..
      "BPF_STMT(0x6 /* BPF_RET */|0 /* BPF_K */, 0xffff0000 /* SECCOMP_RET_??? */|0xffff)]}",
      render("seccomp", { 1, 0, 0xb000 }, { mem = mem }))
    -- prctl(PR_SET_SECCOMP) shows the same program
    mem[0xb000] = u64(1, 0xc000)
    mem[0xc000] = insn(0x06, 0, 0, 0x7fff0000)
    assert.are.equal("0x16 /* PR_SET_SECCOMP */, 0x2 /* SECCOMP_MODE_FILTER */, {len=1, filter=[" ..
      "BPF_STMT(0x6 /* BPF_RET */|0 /* BPF_K */, 0x7fff0000 /* SECCOMP_RET_ALLOW */)]}",
      render("prctl", { 0x16, 2, 0xb000 }, { mem = mem }))
  end)

  it("shows no more than BPF_MAXINSNS instructions", function()
    local mem = { [0xb000] = u64(4097, 0xc000), [0xc000] = insn(0, 0, 0, 0):rep(4097) }
    opts(true)
    local text = render("seccomp", { 1, 0, 0xb000 }, { mem = mem, err = EINVAL })
    local tail = "BPF_STMT(BPF_LD|BPF_W|BPF_IMM, 0), ...]}"
    assert.are.equal(tail, text:sub(-#tail))
    assert.are.equal(4096, select(2, text:gsub("BPF_STMT", "")))
  end)

  -- setsockopt(3, SOL_SOCKET, SO_ATTACH_FILTER|SO_ATTACH_REUSEPORT_CBPF, ...)
  -- and getsockopt(SO_GET_FILTER): socket filters, whose absolute loads at
  -- the special offsets are decoded instead of the seccomp return values.
  it("shows socket filters with their special offsets", function()
    local mem = { [0xb000] = u64(2, 0xc000), [0xc000] = insn(0x20, 0, 0, 0xfffff040) .. insn(0x06, 0, 0, 0) }
    local function setf(code, k) mem[0xc000] = insn(code, 0, 0, k) .. insn(0x06, 0, 0, 0) end
    assert.are.equal("3, SOL_SOCKET, SO_ATTACH_FILTER, {len=2, filter=0xc000}, 16",
      render("setsockopt", { 3, 1, 26, 0xb000, 16 }, { mem = mem, err = EINVAL }))
    assert.are.equal("3, SOL_SOCKET, SO_ATTACH_FILTER, 0xb000, 15",
      render("setsockopt", { 3, 1, 26, 0xb000, 15 }, { mem = mem, err = EINVAL }))
    opts(true)
    assert.are.equal("3, SOL_SOCKET, SO_ATTACH_FILTER, {len=2, filter=[BPF_STMT(BPF_LD|BPF_W|BPF_ABS, " ..
      "SKF_AD_OFF+0x40 /* SKF_AD_??? */), BPF_STMT(BPF_RET|BPF_K, 0)]}, 16",
      render("setsockopt", { 3, 1, 26, 0xb000, 16 }, { mem = mem, err = EINVAL }))
    assert.are.equal("3, SOL_SOCKET, SO_ATTACH_FILTER, 0xb000, 8",
      render("setsockopt", { 3, 1, 26, 0xb000, 8 }, { mem = mem, err = EINVAL }))
    setf(0x30, 0xffe00000)
    assert.are.equal("3, SOL_SOCKET, SO_ATTACH_FILTER, {len=2, filter=[BPF_STMT(BPF_LD|BPF_B|BPF_ABS, " ..
      "SKF_LL_OFF+0), BPF_STMT(BPF_RET|BPF_K, 0)]}, 16", render("setsockopt", { 3, 1, 26, 0xb000, 16 }, { mem = mem }))
    setf(0x30, 0xffdfffff)
    assert.are.equal("3, SOL_SOCKET, SO_ATTACH_FILTER, {len=2, filter=[BPF_STMT(BPF_LD|BPF_B|BPF_ABS, " ..
      "0xffdfffff), BPF_STMT(BPF_RET|BPF_K, 0)]}, 16", render("setsockopt", { 3, 1, 26, 0xb000, 16 }, { mem = mem }))
    setf(0x21, 0xfffff014)
    assert.are.equal("3, SOL_SOCKET, SO_ATTACH_FILTER, {len=2, filter=[BPF_STMT(BPF_LDX|BPF_W|BPF_ABS, " ..
      "0xfffff014), BPF_STMT(BPF_RET|BPF_K, 0)]}, 16",
      render("setsockopt", { 3, 1, 26, 0xb000, 16 }, { mem = mem, err = EINVAL }))
    setf(0x30, 0xfff00000)
    f.opts.xstyle = "verbose"
    assert.are.equal("3, 0x1 /* SOL_SOCKET */, 0x1a /* SO_ATTACH_FILTER */, {len=2, filter=[" ..
      "BPF_STMT(0 /* BPF_LD */|0x10 /* BPF_B */|0x20 /* BPF_ABS */, 0xfff00000 /* SKF_NET_OFF */+0), " ..
      "BPF_STMT(0x6 /* BPF_RET */|0 /* BPF_K */, 0)]}, 16", render("setsockopt", { 3, 1, 26, 0xb000, 16 }, { mem = mem }))
    setf(0x20, 0xfffff040)
    f.opts.xstyle = "raw"
    assert.are.equal("3, 0x1, 0x1a, {len=2, filter=[BPF_STMT(0|0|0x20, 0xfffff000+0x40), BPF_STMT(0x6|0, 0)]}, 16",
      render("setsockopt", { 3, 1, 26, 0xb000, 16 }, { mem = mem, err = EINVAL }))
    f.opts.xstyle = nil
    mem[0xb000] = u64(3, 0xc000)
    mem[0xc000] = insn(0x20, 0, 0, 0xfffff024) .. insn(0x54, 0, 0, 1) .. insn(0x16, 0, 0, 0)
    assert.are.equal("3, SOL_SOCKET, SO_ATTACH_REUSEPORT_CBPF, {len=3, filter=[BPF_STMT(BPF_LD|BPF_W|BPF_ABS, " ..
      "SKF_AD_OFF+SKF_AD_CPU), BPF_STMT(BPF_ALU|BPF_K|BPF_AND, 0x1), BPF_STMT(BPF_RET|BPF_A, 0)]}, 16",
      render("setsockopt", { 3, 1, 51, 0xb000, 16 }, { mem = mem }))
    -- read back: optlen counts instructions
    mem[0xa000] = u32(3)
    local ev = fake.event{ name = "getsockopt", args = { 3, 1, 26, 0xc000, 0xa000 }, mem = mem }
    local text = D.getsockopt.enter(ev, f)
    mem[0xa000] = u32(2)
    mem[0xc000] = insn(0x28, 0, 0, 12) .. insn(0x15, 0, 0x1e, 0x800)
    assert.are.equal("3, SOL_SOCKET, SO_GET_FILTER, [BPF_STMT(BPF_LD|BPF_H|BPF_ABS, 0xc), " ..
      "BPF_JUMP(BPF_JMP|BPF_K|BPF_JEQ, 0x800, 0, 0x1e)], [3 => 2]", text .. D.getsockopt.exit(ev, f))
    assert.are.equal("3, SOL_SOCKET, SO_GET_FILTER, 0xc000, [2]",
      render("getsockopt", { 3, 1, 26, 0xc000, 0xa000 }, { mem = mem, err = EINVAL }))
    opts()
    assert.are.equal("3, SOL_SOCKET, SO_GET_FILTER, 0xc000, [2]",
      render("getsockopt", { 3, 1, 26, 0xc000, 0xa000 }, { mem = mem }))
  end)
end)

describe("sys decoders: names, logs, reboot, swap, modules", function()
  before_each(function() opts() end)

  it("shows a host name only when its length is one the kernel takes", function()
    local mem = { [0xd000] = "sys_host_name_that_is_longer_than_32_bytes\0", [0xe000] = "ab\0cd" }
    assert.are.equal('"sys_host", 8', render("sethostname", { 0xd000, 8 }, { mem = mem }))
    assert.are.equal('"sys_host_name_that_is_longer_tha"..., 42', render("sethostname", { 0xd000, 42 }, { mem = mem }))
    assert.are.equal('"ab\\0cd", 5', render("sethostname", { 0xe000, 5 }, { mem = mem }))
    assert.are.equal('"", 0', render("sethostname", { 0xe000, 0 }, { mem = mem }))
    assert.are.equal("0xd000, 100", render("sethostname", { 0xd000, 100 }, { mem = mem, err = EINVAL }))
    assert.are.equal("0xd000, 4294967295", render("sethostname", { 0xd000, NEG1 }, { mem = mem, err = EINVAL }))
    assert.are.equal('"sys_", 4', render("setdomainname", { 0xd000, 4 }, { mem = mem }))
    assert.are.equal("0x1, 3", render("setdomainname", { 1, 3 }, { err = EFAULT }))
  end)

  it("decodes syslog by action", function()
    assert.are.equal("10 /* SYSLOG_ACTION_SIZE_BUFFER */", render("syslog", { 10, 0, 0 }, { ret = 131072 }))
    assert.are.equal("2 /* SYSLOG_ACTION_READ */, NULL, 10", render("syslog", { 2, 0, 10 }, { err = EINVAL }))
    assert.are.equal('3 /* SYSLOG_ACTION_READ_ALL */, "", 0', render("syslog", { 3, 0xd000, 0 }, { mem = { [0xd000] = "x" } }))
    assert.are.equal("8 /* SYSLOG_ACTION_CONSOLE_LEVEL */, NULL, 0 /* LOGLEVEL_EMERG */",
      render("syslog", { 8, 0, 0 }, { err = EINVAL }))
    assert.are.equal("8 /* SYSLOG_ACTION_CONSOLE_LEVEL */, NULL, 9 /* LOGLEVEL_??? */",
      render("syslog", { 8, 0, 9 }, { err = EINVAL }))
    assert.are.equal("99 /* SYSLOG_ACTION_??? */, 0x1, 3", render("syslog", { 99, 1, 3 }, { err = EINVAL }))
    assert.are.equal("-1 /* SYSLOG_ACTION_??? */, NULL, 0", render("syslog", { NEG1, 0, 0 }, { err = EINVAL }))
  end)

  it("decodes acct, reboot and swapon/swapoff", function()
    local mem = { [0xd000] = "/tmp/mt/sys_nonexistent\0", [0xe000] = "sys_arg\0" }
    assert.are.equal('"/tmp/mt/sys_nonexistent"', render("acct", { 0xd000 }, { mem = mem }))
    assert.are.equal("0x1", render("swapoff", { 1 }, { err = EFAULT }))
    assert.are.equal("0xfee1deaf /* LINUX_REBOOT_MAGIC_??? */, LINUX_REBOOT_MAGIC2, LINUX_REBOOT_CMD_RESTART",
      render("reboot", { 0xfee1deaf, 672274793, 0x01234567, 0 }, { err = EINVAL }))
    assert.are.equal('0x2 /* LINUX_REBOOT_MAGIC_??? */, LINUX_REBOOT_MAGIC2B, LINUX_REBOOT_CMD_RESTART2, "sys_arg"',
      render("reboot", { 2, 369367448, 0xa1b2c3d4, 0xe000 }, { mem = mem, err = EINVAL }))
    mem[0xe100] = "0123456789012345678901234567890123456789\0"
    assert.are.equal('0x2 /* LINUX_REBOOT_MAGIC_??? */, LINUX_REBOOT_MAGIC2, LINUX_REBOOT_CMD_RESTART2, ' ..
      '"01234567890123456789012345678901"...', render("reboot", { 2, 672274793, 0xa1b2c3d4, 0xe100 }, { mem = mem }))
    assert.are.equal("0x4 /* LINUX_REBOOT_MAGIC_??? */, 0x12345 /* LINUX_REBOOT_MAGIC_??? */, LINUX_REBOOT_CMD_HALT",
      render("reboot", { 4, 0x12345, 0xcdef0123, 0 }, { err = EINVAL }))
    assert.are.equal("0x9 /* LINUX_REBOOT_MAGIC_??? */, LINUX_REBOOT_MAGIC2, 0x12345678 /* LINUX_REBOOT_CMD_??? */",
      render("reboot", { 9, 672274793, 0x12345678, 0 }, { err = EINVAL }))
    local path = '"/tmp/mt/sys_nonexistent", '
    assert.are.equal(path .. "0", render("swapon", { 0xd000, 0 }, { mem = mem }))
    assert.are.equal(path .. "7", render("swapon", { 0xd000, 7 }, { mem = mem }))
    assert.are.equal(path .. "SWAP_FLAG_PREFER|SWAP_FLAG_DISCARD|5", render("swapon", { 0xd000, 0x18005 }, { mem = mem }))
    assert.are.equal(path .. "SWAP_FLAG_DISCARD_PAGES|0", render("swapon", { 0xd000, 0x40000 }, { mem = mem }))
    assert.are.equal(path .. "0xf0000000 /* SWAP_FLAG_??? */|0", render("swapon", { 0xd000, 0xf0000000 }, { mem = mem }))
  end)

  it("decodes the module calls", function()
    local mem = { [0xd000] = "sys_param=1\0", [0xe000] = "sys_nonexistent_mod\0" }
    assert.are.equal('0x7fffffffec80, 16, "sys_param=1"', render("init_module", { 0x7fffffffec80, 16, 0xd000 }, { mem = mem }))
    assert.are.equal("0x7fffffffec80, 0, NULL", render("init_module", { 0x7fffffffec80, 0, 0 }))
    assert.are.equal('-1, "sys_param=1", MODULE_INIT_IGNORE_MODVERSIONS|MODULE_INIT_IGNORE_VERMAGIC',
      render("finit_module", { NEG1, 0xd000, 3 }, { mem = mem }))
    assert.are.equal("3, 0x1, 0x100 /* MODULE_INIT_??? */", render("finit_module", { 3, 1, 0x100 }))
    assert.are.equal('"sys_nonexistent_mod", O_NONBLOCK|O_TRUNC', render("delete_module", { 0xe000, 0xa00 }, { mem = mem }))
    assert.are.equal('"sys_nonexistent_mod", 0x10000 /* O_??? */', render("delete_module", { 0xe000, 0x10000 }, { mem = mem }))
    assert.are.equal('"sys_nonexistent_mod", 0', render("delete_module", { 0xe000, 0 }, { mem = mem }))
  end)
end)

describe("sys decoders: keys", function()
  before_each(function() opts() end)

  local mem = { [0xd000] = "user\0", [0xd100] = "sys_desc\0", [0xd200] = "payload\1\2",
                [0xd300] = "user;0;0;3f010000;sys_desc\0" }

  it("decodes add_key and request_key", function()
    assert.are.equal('"user", "sys_desc", "payload\\1\\2", 9, 1073741809',
      render("add_key", { 0xd000, 0xd100, 0xd200, 9, NOKEY }, { mem = mem, err = ENOKEY }))
    assert.are.equal('"user", NULL, NULL, 0, KEY_SPEC_THREAD_KEYRING',
      render("add_key", { 0xd000, 0, 0, 0, NEG1 }, { mem = mem }))
    assert.are.equal("0x1, 0x1, 0x1, 5, 1073741809", render("add_key", { 1, 1, 1, 5, NOKEY }, { err = EFAULT }))
    assert.are.equal('"user", "sys_desc", NULL, KEY_SPEC_REQKEY_AUTH_KEY',
      render("request_key", { 0xd000, 0xd100, 0, -7 }, { mem = mem, err = ENOKEY }))
  end)

  it("decodes keyctl by command", function()
    local function k(args, t) t = t or {}; t.mem = t.mem or mem; return render("keyctl", args, t) end
    assert.are.equal("KEYCTL_GET_KEYRING_ID, KEY_SPEC_THREAD_KEYRING, 0", k({ 0, NEG1, 0 }, { err = ENOKEY }))
    assert.are.equal("KEYCTL_GET_KEYRING_ID, -9, 0", k({ 0, -9, 0 }, { err = EINVAL }))
    assert.are.equal("KEYCTL_JOIN_SESSION_KEYRING, 0x1", k({ 1, 1 }, { err = EFAULT }))
    assert.are.equal('KEYCTL_UPDATE, 1073741809, "payl", 4', k({ 2, NOKEY, 0xd200, 4 }, { err = ENOKEY }))
    assert.are.equal("KEYCTL_REVOKE, 1073741809", k({ 3, NOKEY }, { err = ENOKEY }))
    assert.are.equal("KEYCTL_CHOWN, 1073741809, 1000, -1", k({ 4, NOKEY, 1000, NEG1 }, { err = ENOKEY }))
    assert.are.equal("KEYCTL_SETPERM, 1073741809, KEY_POS_VIEW|KEY_POS_READ|KEY_POS_WRITE|KEY_POS_SEARCH|" ..
      "KEY_POS_LINK|KEY_POS_SETATTR|KEY_USR_VIEW", k({ 5, NOKEY, 0x3f010000 }, { err = ENOKEY }))
    assert.are.equal("KEYCTL_DESCRIBE, 1073741809, 0x7fffffffec60, 64", k({ 6, NOKEY, 0x7fffffffec60, 64 }, { err = ENOKEY }))
    -- keyctl(KEYCTL_DESCRIBE, 846875263, "user;", 5) = 27
    assert.are.equal('KEYCTL_DESCRIBE, 846875263, "user;0;0;3f010000;sys_desc", 64', k({ 6, 846875263, 0xd300, 64 }, { ret = 27 }))
    assert.are.equal('KEYCTL_DESCRIBE, 846875263, "user;", 5', k({ 6, 846875263, 0xd300, 5 }, { ret = 27 }))
    assert.are.equal("KEYCTL_DESCRIBE, 846875263, NULL, 0", k({ 6, 846875263, 0, 0 }, { ret = 27 }))
    assert.are.equal('KEYCTL_READ, 846875263, "pay", 3', k({ 11, 846875263, 0xd200, 3 }, { ret = 7 }))
    assert.are.equal("KEYCTL_LINK, 1073741809, 1073741810", k({ 8, NOKEY, NOKEY + 1 }, { err = ENOKEY }))
    assert.are.equal('KEYCTL_SEARCH, KEY_SPEC_THREAD_KEYRING, "user", "sys_desc", 0', k({ 10, NEG1, 0xd000, 0xd100, 0 }))
    assert.are.equal("KEYCTL_NEGATE, 1073741809, 10, 1073741810", k({ 13, NOKEY, 10, NOKEY + 1 }, { err = 1 }))
    assert.are.equal("KEYCTL_SET_REQKEY_KEYRING, KEY_REQKEY_DEFL_NO_CHANGE", k({ 14, NEG1 }))
    assert.are.equal("KEYCTL_REJECT, 1073741809, 10, EKEYREJECTED, 1073741810", k({ 19, NOKEY, 10, 129, NOKEY + 1 }, { err = 1 }))
    mem[0xd400] = u64(0xd000, 2, 0xd100, 3)
    assert.are.equal('KEYCTL_INSTANTIATE_IOV, 1073741809, [{iov_base="us", iov_len=2}, {iov_base="sys", iov_len=3}], ' ..
      "2, 1073741810", k({ 20, NOKEY, 0xd400, 2, NOKEY + 1 }, { err = 1 }))
    assert.are.equal("KEYCTL_GET_PERSISTENT, -1, 1073741809", k({ 22, NEG1, NOKEY }, { err = ENOKEY }))
    assert.are.equal("KEYCTL_MOVE, 1073741809, 1073741810, 1073741811, KEYCTL_MOVE_EXCL",
      k({ 30, NOKEY, NOKEY + 1, NOKEY + 2, 1 }, { err = ENOKEY }))
    assert.are.equal('KEYCTL_RESTRICT_KEYRING, 1073741809, "user", NULL', k({ 29, NOKEY, 0xd000, 0 }, { err = ENOKEY }))
    assert.are.equal("0x3e7 /* KEYCTL_??? */, 0x1, 0x2, 0x3, 0x4", k({ 999, 1, 2, 3, 4 }, { err = 95 }))
  end)

  it("decodes keyctl structures", function()
    local function k(args, t) t = t or {}; t.mem = t.mem or mem; return render("keyctl", args, t) end
    mem[0xd500] = "\xeb\3"
    assert.are.equal("KEYCTL_CAPABILITIES, [KEYCTL_CAPS0_CAPABILITIES|KEYCTL_CAPS0_PERSISTENT_KEYRINGS|" ..
      "KEYCTL_CAPS0_PUBLIC_KEY|KEYCTL_CAPS0_INVALIDATE|KEYCTL_CAPS0_RESTRICT_KEYRING|KEYCTL_CAPS0_MOVE, " ..
      "KEYCTL_CAPS1_NS_KEYRING_NAME|KEYCTL_CAPS1_NS_KEY_TAG], 8", k({ 31, 0xd500, 8 }, { ret = 2 }))
    assert.are.equal("KEYCTL_CAPABILITIES, 0x1, 2", k({ 31, 1, 2 }, { err = EFAULT }))
    mem[0xd600] = pack("<i4i4i4", NOKEY, -100, -1) .. ("\0"):rep(32)
    mem[0xd700] = u64(0xd000, 0xd100) .. u32(5) .. u32(1, 0, 0, 0, 0, 0, 0, 0, 0)
    assert.are.equal('KEYCTL_DH_COMPUTE, {private=1073741809, prime=-100, base=KEY_SPEC_THREAD_KEYRING}, 0x7000, 64, ' ..
      '{hashname="user", otherinfo="sys_d", otherinfolen=5, __spare=[0x1, 0, 0, 0, 0, 0, 0, 0]}',
      k({ 23, 0xd600, 0x7000, 64, 0xd700 }, { err = 95 }))
    assert.are.equal("KEYCTL_DH_COMPUTE, {private=1073741809, prime=-100, base=KEY_SPEC_THREAD_KEYRING}, 0x7000, 64, NULL",
      k({ 23, 0xd600, 0x7000, 64, 0 }, { err = 95 }))
    mem[0xd800] = pack("<i4I4I4", NOKEY, 4, 8) .. ("\0"):rep(28)
    assert.are.equal('KEYCTL_PKEY_ENCRYPT, {key_id=1073741809, in_len=4, out_len=8}, "user", "sys_", 0x7000',
      k({ 25, 0xd800, 0xd000, 0xd100, 0x7000 }, { err = ENOKEY }))
    assert.are.equal('KEYCTL_PKEY_VERIFY, {key_id=1073741809, in_len=4, in2_len=8}, "user", "sys_", "payload\\1"',
      k({ 28, 0xd800, 0xd000, 0xd100, 0xd200 }, { err = ENOKEY }))
    assert.are.equal("KEYCTL_PKEY_QUERY, 1073741809, 0x5, NULL, NULL", k({ 24, NOKEY, 5, 0, 0 }, { err = EINVAL }))
  end)
end)

describe("sys decoders under -X and -y", function()
  after_each(function() opts() end)

  -- strace -X verbose / -X raw ./v12
  it("styles the packed values as strace does", function()
    opts(); f.opts.xstyle = "verbose"
    assert.are.equal("0x1 /* IOPRIO_WHO_PROCESS */, 1073741808, 16388 /* IOPRIO_PRIO_VALUE(0x2 /* IOPRIO_CLASS_BE */, 4) */",
      render("ioprio_set", { 1, NOPID, 16388 }))
    local _, ev = render("ioprio_get", { 2, 0 }, { ret = 16388 })
    assert.are.equal("16388 (IOPRIO_PRIO_VALUE(0x2 /* IOPRIO_CLASS_BE */, 4))", D.ioprio_get.ret(ev, f))
    assert.are.equal("0x3 /* PTRACE_PEEKUSER */, 1073741808, 0xd8 /* offsetof(struct user, u_fpvalid) */, 0x10",
      render("ptrace", { 3, NOPID, 216, 0x10 }, { err = ESRCH }))
    f.opts.xstyle = "raw"
    assert.are.equal("0x1, 1073741808, 16388", render("ioprio_set", { 1, NOPID, 16388 }))
    assert.are.equal("16388", D.ioprio_get.ret(ev, f))
    assert.are.equal("0x3, 1073741808, 0x8, 0x10", render("ptrace", { 3, NOPID, 8, 0x10 }, { err = ESRCH }))
    assert.are.equal("10 /* SYSLOG_ACTION_SIZE_BUFFER */", render("syslog", { 10, 0, 0 }))
  end)

  -- strace -y: kcmp(PID, PID, KCMP_FILE, 0</dev/null>, 1<pipe:[1183245]>) = 1
  it("shows kcmp's descriptors as the two processes have them", function()
    opts(); f.opts.yflag = 1
    local seen = {}
    f.fdpath = function(pid, fd)
      seen[#seen + 1] = pid .. ":" .. fd
      if pid == 6728 then return fd == 0 and "/dev/null" or "pipe:[1183245]" end
    end
    assert.are.equal("6728, 6728, KCMP_FILE, 0</dev/null>, 1<pipe:[1183245]>", render("kcmp", { 6728, 6728, 0, 0, 1 }))
    assert.are.equal("6728, 1073741808, KCMP_FILE, 0</dev/null>, 0", render("kcmp", { 6728, NOPID, 0, 0, 0 }))
    assert.are.same({ "6728:0", "6728:1", "6728:0", NOPID .. ":0" }, seen)
    f.fdpath = function() return nil end
  end)
end)

describe("sys decoders: kexec", function()
  before_each(function() opts() end)

  it("decodes kexec_load's segments and flags", function()
    local mem = { [0xf000] = u64(0x555555558004, 3, 0x100000, 4096, 0, 0, 0x200000, 8192) }
    assert.are.equal("0x1000000, 2, [{buf=0x555555558004, bufsz=3, mem=0x100000, memsz=4096}, " ..
      "{buf=NULL, bufsz=0, mem=0x200000, memsz=8192}], KEXEC_ARCH_386|KEXEC_ON_CRASH",
      render("kexec_load", { 0x1000000, 2, 0xf000, 0x30001 }, { mem = mem }))
    assert.are.equal("0x1000000, 17, 0xf000, KEXEC_ARCH_DEFAULT", render("kexec_load", { 0x1000000, 17, 0xf000, 0 }, { mem = mem }))
    assert.are.equal("NULL, 17, NULL, 0x80000000 /* KEXEC_ARCH_??? */|KEXEC_ON_CRASH|KEXEC_PRESERVE_CONTEXT|0xfc",
      render("kexec_load", { 0, 17, 0, 0x800000ff }))
    assert.are.equal("NULL, 0, [], KEXEC_ARCH_386|0x80 /* KEXEC_??? */", render("kexec_load", { 0, 0, 0xf000, 0x30080 }, { mem = mem }))
  end)

  it("shows kexec_file_load's command line as cmdline_len bytes", function()
    local mem = { [0xf000] = "sys_cmd\0", [0xf100] = "ab\0cd\0" }
    assert.are.equal('3, 4, 5, "sys_c", KEXEC_FILE_UNLOAD|KEXEC_FILE_ON_CRASH|0x80000000',
      render("kexec_file_load", { 3, 4, 5, 0xf000, 0x80000003 }, { mem = mem }))
    assert.are.equal('-1, -1, 6, "ab\\0cd\\0", 0x40000000 /* KEXEC_FILE_??? */',
      render("kexec_file_load", { NEG1, NEG1, 6, 0xf100, 0x40000000 }, { mem = mem }))
    assert.are.equal("-1, -1, 0, NULL, KEXEC_FILE_NO_INITRAMFS|0x80000000",
      render("kexec_file_load", { NEG1, NEG1, 0, 0, 0x80000004 }))
  end)
end)
