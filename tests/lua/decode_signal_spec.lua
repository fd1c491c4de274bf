-- The signal decoders against strace 6.1's own output (recorded cases), plus
-- hand-made cases for what a real run rarely shows.
package.path = "lua/?.lua;lua/?/init.lua;tests/lua/?.lua;" .. package.path

local replay = require "replay"

replay.describe_recorded("signal", _ENV)

local f = require "moontrace.fmt"
local fake = require "fake_event"
local decode = require "moontrace.decode"
local D = decode.decoders

describe("siginfo matches strace 6.1", function()
  for i, c in ipairs(require "siginfo_data") do
    it(("#%d %s: %s"):format(i, c.cmd, c.expect:sub(1, 60)), function()
      assert.are.equal(c.expect, decode.siginfo(c.raw, f))
    end)
  end
end)

describe("signal decoders, by hand", function()
  before_each(function() f.opts = { strsize = 32, verbose = false, xflag = 0, yflag = 0 } end)

  -- strace ./v: rt_sigaction(SIGUSR1, NULL, {sa_handler=0x5624e7a5e4a9, sa_mask=[TERM],
  --             sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x7f913e896050}, 8) = 0
  it("prints the old action after the call, its address when the call failed", function()
    local act = string.pack("<i8i8i8i8", 0x5624e7a5e4a9, 0x14000000, 0x7f913e896050, 1 << 14)
    local ev = fake.event{ kind = "enter", args = { 10, 0, 0x3000, 8 } }
    assert.are.equal("SIGUSR1, NULL, ", D.rt_sigaction.enter(ev, f))
    ev.kind = "exit"
    ev.mem[0x3000] = act
    assert.are.equal("{sa_handler=0x5624e7a5e4a9, sa_mask=[TERM], sa_flags=SA_RESTORER|SA_RESTART, " ..
      "sa_restorer=0x7f913e896050}, 8", D.rt_sigaction.exit(ev, f))
    ev.err = 14
    assert.are.equal("0x3000, 8", D.rt_sigaction.exit(ev, f))
  end)

  it("names SIG_IGN and SIG_DFL handlers", function()
    local ev = fake.event{ kind = "enter", args = { 13, 0x3000, 0, 8 },
      mem = { [0x3000] = string.pack("<i8i8i8i8", 1, 0, 0, 0) } }
    assert.are.equal("SIGPIPE, {sa_handler=SIG_IGN, sa_mask=[], sa_flags=0}, ", D.rt_sigaction.enter(ev, f))
  end)

  -- strace ./v2: rt_sigprocmask(SIG_BLOCK, 0x7fffffffeb70, NULL, 4) = -1 EINVAL
  it("prints a sigset of a size the kernel refuses as its address", function()
    local ev = fake.event{ args = { 0, 0x7fffffffeb70, 0, 4 }, ret = -1, err = 22,
                           mem = { [0x7fffffffeb70] = ("\0"):rep(8) } }
    assert.are.equal("SIG_BLOCK, 0x7fffffffeb70, NULL, 4", fake.render(D.rt_sigprocmask, ev, f))
  end)
end)

-- Each case is a line of `strace -f ./v10` (tests/lua/victims/v10.c).
describe("signal decoders of v10 calls, by hand", function()
  before_each(function() f.opts = { strsize = 32, verbose = false, xflag = 0, yflag = 0 } end)

  local USR1 = string.pack("<I8", 1 << 9)

  -- signalfd4(-1, [USR1], 8, SFD_CLOEXEC|SFD_NONBLOCK) = 3
  -- signalfd4(-1, 0x1, 8, 0) = -1 EFAULT; signalfd4(-1, 0x7fffffffecb0, 4, 0) = -1 EINVAL
  it("decodes signalfd4's mask and flags", function()
    local ev = fake.event{ kind = "enter", args = { -1, 0x1000, 8, 0x80800 }, mem = { [0x1000] = USR1 } }
    assert.are.equal("-1, [USR1], 8, SFD_CLOEXEC|SFD_NONBLOCK", fake.render(D.signalfd4, ev, f))
    ev.args = { -1, 1, 8, 0 }
    assert.are.equal("-1, 0x1, 8, 0", fake.render(D.signalfd4, ev, f))
    ev.args = { -1, 0x1000, 4, 0 }
    assert.are.equal("-1, 0x1000, 4, 0", fake.render(D.signalfd4, ev, f))
  end)

  -- sigaltstack({ss_sp=0x7fffffffac20, ss_flags=0, ss_size=16384}, {ss_sp=NULL, ss_flags=SS_DISABLE, ss_size=0}) = 0
  -- sigaltstack({..., ss_flags=0x10 /* SS_??? */, ...}, NULL) = -1 EINVAL; sigaltstack(0x1, 0x1) = -1 EFAULT
  it("prints the new stack at entry and the old one after the call", function()
    local ev = fake.event{ kind = "enter", args = { 0x1000, 0x2000 }, mem = {
      [0x1000] = string.pack("<i8I4xxxxi8", 0x7fffffffac20, 0, 16384),
      [0x2000] = string.pack("<i8I4xxxxi8", 0, 2, 0) } }
    assert.are.equal("{ss_sp=0x7fffffffac20, ss_flags=0, ss_size=16384}, ", D.sigaltstack.enter(ev, f))
    ev.kind = "exit"
    assert.are.equal("{ss_sp=NULL, ss_flags=SS_DISABLE, ss_size=0}", D.sigaltstack.exit(ev, f))
    ev.err = 14
    assert.are.equal("0x2000", D.sigaltstack.exit(ev, f))
    ev.kind, ev.args = "enter", { 1, 1 }
    assert.are.equal("0x1, ", D.sigaltstack.enter(ev, f))
    ev.mem[0x1000] = string.pack("<i8I4xxxxi8", 0x7fffffffac20, 0x10, 16384)
    ev.args = { 0x1000, 0 }
    assert.are.equal("{ss_sp=0x7fffffffac20, ss_flags=0x10 /* SS_??? */, ss_size=16384}, ", D.sigaltstack.enter(ev, f))
  end)

  -- rt_sigtimedwait([USR1], {si_signo=SIGUSR1, si_code=SI_USER, si_pid=5102, si_uid=0}, {tv_sec=1, tv_nsec=0}, 8) = 10 (SIGUSR1)
  -- rt_sigtimedwait([USR1], NULL, {tv_sec=0, tv_nsec=1000}, 8) = -1 EAGAIN
  -- rt_sigtimedwait([USR1], 0x7fffffffec30, {tv_sec=0, tv_nsec=1000}, 8) = -1 EAGAIN
  it("keeps rt_sigtimedwait's siginfo for the exit, and the timeout as it was at entry", function()
    local info = string.pack("<i4i4i4xxxxi4I4", 10, 0, 0, 5102, 0) .. ("\0"):rep(104)
    local ev = fake.event{ kind = "enter", args = { 0x1000, 0x2000, 0x3000, 8 },
      mem = { [0x1000] = USR1, [0x2000] = info, [0x3000] = string.pack("<i8i8", 1, 0) } }
    assert.are.equal("[USR1], ", D.rt_sigtimedwait.enter(ev, f))
    ev.mem[0x3000] = string.pack("<i8i8", 0, 5)   -- what the kernel leaves does not show
    ev.kind, ev.ret = "exit", 10
    assert.are.equal("{si_signo=SIGUSR1, si_code=SI_USER, si_pid=5102, si_uid=0}, {tv_sec=1, tv_nsec=0}, 8",
      D.rt_sigtimedwait.exit(ev, f))
    assert.are.equal("10 (SIGUSR1)", D.rt_sigtimedwait.ret(ev, f))
    ev.ret, ev.err = -1, 11
    assert.are.equal("0x2000, {tv_sec=1, tv_nsec=0}, 8", D.rt_sigtimedwait.exit(ev, f))
    ev.kind, ev.args = "enter", { 0x1000, 0, 0x3000, 8 }
    assert.are.equal("[USR1], NULL, {tv_sec=0, tv_nsec=5}, 8", D.rt_sigtimedwait.enter(ev, f))
    ev.kind = "exit"
    assert.are.equal("", D.rt_sigtimedwait.exit(ev, f))
    -- -e verbose=none: rt_sigtimedwait(0x1000, 0x2000, 0x3000, 8), all at entry
    f.opts.noderef = true
    ev.kind, ev.args = "enter", { 0x1000, 0x2000, 0x3000, 8 }
    assert.are.equal("0x1000, 0x2000, 0x3000, 8", D.rt_sigtimedwait.enter(ev, f))
    ev.kind = "exit"
    assert.are.equal("", D.rt_sigtimedwait.exit(ev, f))
  end)

  -- pidfd_send_signal(3, 0, NULL, 0) = 0; pidfd_send_signal(3, SIGUSR1, 0x1, 0) = -1 EFAULT
  -- pidfd_send_signal(3, 0, NULL, 0x5) = -1 EINVAL
  it("decodes pidfd_send_signal", function()
    local ev = fake.event{ kind = "enter", args = { 3, 0, 0, 0 } }
    assert.are.equal("3, 0, NULL, 0", fake.render(D.pidfd_send_signal, ev, f))
    ev.args = { 3, 10, 1, 5 }
    assert.are.equal("3, SIGUSR1, 0x1, 0x5", fake.render(D.pidfd_send_signal, ev, f))
  end)
end)

-- strace -X raw / -X verbose ./v2, ./v6, ./v10 and a child that burns 0.51 s.
describe("signal decoders under -X raw|verbose", function()
  after_each(function() f.opts = { strsize = 32, verbose = false, xflag = 0, yflag = 0 } end)

  local function info(signo, code, rest)
    local raw = string.pack("<i4i4i4i4", signo, 0, code, 0) .. (rest or "")
    return raw .. ("\0"):rep(128 - #raw)
  end

  it("prints si_code as unsigned hex, the name in a comment with verbose", function()
    local tkill = info(10, -6, string.pack("<i4I4", 21963, 0))
    f.opts.xstyle = "verbose"
    assert.are.equal("{si_signo=10 /* SIGUSR1 */, si_code=0xfffffffa /* SI_TKILL */, si_pid=21963, si_uid=0}",
      decode.siginfo(tkill, f))
    assert.are.equal("{si_signo=5 /* SIGTRAP */, si_code=0x80 /* SI_KERNEL */, si_addr=NULL}",
      decode.siginfo(info(5, 0x80), f))
    assert.are.equal("{si_signo=11 /* SIGSEGV */, si_code=0x1 /* SEGV_MAPERR */, si_addr=0x8}",
      decode.siginfo(info(11, 1, string.pack("<i8", 8)), f))
    f.opts.xstyle = "raw"
    assert.are.equal("{si_signo=10, si_code=0xfffffffa, si_pid=21963, si_uid=0}", decode.siginfo(tkill, f))
    assert.are.equal("{si_signo=14, si_code=0xfffffffe, si_timerid=0, si_overrun=0, si_int=0, si_ptr=NULL}",
      decode.siginfo(info(14, -2), f))
  end)

  -- --- SIGCHLD {si_signo=17, si_code=0x1, si_pid=29165, si_uid=0, si_status=0, si_utime=51, si_stime=0} ---
  it("leaves the seconds of clock ticks out with raw", function()
    local chld = info(17, 1, string.pack("<i4I4i4i4i8i8", 29165, 0, 0, 0, 51, 0))
    f.opts.xstyle = "raw"
    assert.are.equal("{si_signo=17, si_code=0x1, si_pid=29165, si_uid=0, si_status=0, si_utime=51, si_stime=0}",
      decode.siginfo(chld, f))
    f.opts.xstyle = "verbose"
    assert.are.equal("{si_signo=17 /* SIGCHLD */, si_code=0x1 /* CLD_EXITED */, si_pid=29165, si_uid=0, " ..
      "si_status=0, si_utime=51 /* 0.51 s */, si_stime=0}", decode.siginfo(chld, f))
  end)

  -- rt_sigtimedwait([10 /* USR1 */], {...}, {tv_sec=1, tv_nsec=0}, 8) = 10 (SIGUSR1)
  it("keeps the signal's name after rt_sigtimedwait's answer", function()
    local ev = fake.event{ ret = 10 }
    f.opts.xstyle = "verbose"
    assert.are.equal("10 (SIGUSR1)", D.rt_sigtimedwait.ret(ev, f))
    f.opts.xstyle = "raw"
    assert.are.equal("10 (SIGUSR1)", D.rt_sigtimedwait.ret(ev, f))
  end)
end)
