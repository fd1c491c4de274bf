-- The misc decoders against strace 6.1's own output (recorded cases), plus
-- hand-made cases for what a real run rarely shows.
package.path = "lua/?.lua;lua/?/init.lua;tests/lua/?.lua;" .. package.path

local replay = require "replay"

replay.describe_recorded("misc", _ENV)

local f = require "moontrace.fmt"
local fake = require "fake_event"
local D = require("moontrace.decode").decoders

describe("misc decoders, by hand", function()
  before_each(function() f.opts = { strsize = 32, verbose = false, xflag = 0, yflag = 0 } end)

  -- strace ./v: getrandom("\xc2\x80\x9c\xa2\xa4\xc5\x00\x66", 8, GRND_NONBLOCK) = 8,
  -- getrandom(0x7ffe52db7570, 4, 0x80 /* GRND_??? */) = -1 EINVAL
  it("prints getrandom entirely after the call, bytes in hex", function()
    local ev = fake.event{ kind = "enter", args = { 0x1000, 8, 1 } }
    assert.is_nil(D.getrandom.enter)
    ev.kind, ev.ret = "exit", 8
    ev.mem[0x1000] = "\xc2\x80\x9c\xa2\xa4\xc5\x00\x66"
    assert.are.equal([["\xc2\x80\x9c\xa2\xa4\xc5\x00\x66", 8, GRND_NONBLOCK]], D.getrandom.exit(ev, f))
    ev.args, ev.ret, ev.err = { 0x7ffe52db7570, 4, 0x80 }, -1, 22
    assert.are.equal("0x7ffe52db7570, 4, 0x80 /* GRND_??? */", D.getrandom.exit(ev, f))
  end)

  -- strace ./v: futex(0x7ffe52db735c, FUTEX_WAIT_PRIVATE, 1, {tv_sec=0, tv_nsec=1000})
  it("decodes futex operations", function()
    local ev = fake.event{ args = { 0x7ffe52db735c, 128, 1, 0x2000 },
                           mem = { [0x2000] = string.pack("<i8i8", 0, 1000) } }
    assert.are.equal("0x7ffe52db735c, FUTEX_WAIT_PRIVATE, 1, {tv_sec=0, tv_nsec=1000}", fake.render(D.futex, ev, f))
    ev.args = { 0x1000, 0x85, 1, 1, 0x2000, 0x4000001 }
    assert.are.equal("0x1000, FUTEX_WAKE_OP_PRIVATE, 1, 1, 0x2000, FUTEX_OP_SET<<28|0<<12|FUTEX_OP_CMP_GT<<24|0x1",
      fake.render(D.futex, ev, f))
    ev.args = { 0x1000, 0x89, 0, 0, 0, 0xffffffff }
    assert.are.equal("0x1000, FUTEX_WAIT_BITSET_PRIVATE, 0, NULL, FUTEX_BITSET_MATCH_ANY", fake.render(D.futex, ev, f))
    ev.args = { 0x1000, 0x7f, 1, 2, 3, 4 }
    assert.are.equal("0x1000, 0x7f /* FUTEX_??? */, 1, 0x2, 0x3, 0x4", fake.render(D.futex, ev, f))
  end)

  it("shows what is left of an interrupted sleep", function()
    local ev = fake.event{ kind = "enter", args = { 0x1000, 0x2000 },
      mem = { [0x1000] = string.pack("<i8i8", 1, 0), [0x2000] = string.pack("<i8i8", 0, 5000) } }
    assert.are.equal("{tv_sec=1, tv_nsec=0}, ", D.nanosleep.enter(ev, f))
    ev.kind, ev.ret = "exit", 0
    assert.are.equal("0x2000", D.nanosleep.exit(ev, f))
    ev.ret, ev.err = -1, 516   -- ERESTART_RESTARTBLOCK
    assert.are.equal("{tv_sec=0, tv_nsec=5000}", D.nanosleep.exit(ev, f))
  end)
end)

-- Each case is a line of `strace -f ./v10` (tests/lua/victims/v10.c).
describe("misc decoders of v10 calls, by hand", function()
  before_each(function() f.opts = { strsize = 32, verbose = false, xflag = 0, yflag = 0 } end)

  local ITS = string.pack("<i8i8i8i8", 0, 0, 100, 0)
  local ITS_TEXT = "{it_interval={tv_sec=0, tv_nsec=0}, it_value={tv_sec=100, tv_nsec=0}}"

  -- gettimeofday({tv_sec=1795742302, tv_usec=67290}, {tz_minuteswest=0, tz_dsttime=0}) = 0
  -- gettimeofday(0x1, NULL) = -1 EFAULT
  -- settimeofday({tv_sec=0, tv_usec=18446744073709551615}, NULL) = -1 EINVAL
  it("prints gettimeofday after the call, settimeofday at entry", function()
    local ev = fake.event{ kind = "exit", args = { 0x1000, 0x2000 }, mem = {
      [0x1000] = string.pack("<i8i8", 1795742302, 67290), [0x2000] = string.pack("<i4i4", 0, 0),
      [0x3000] = string.pack("<i8i8", 0, -1) } }
    assert.is_nil(D.gettimeofday.enter)
    assert.are.equal("{tv_sec=1795742302, tv_usec=67290}, {tz_minuteswest=0, tz_dsttime=0}", D.gettimeofday.exit(ev, f))
    ev.args, ev.err = { 1, 0 }, 14
    assert.are.equal("0x1, NULL", D.gettimeofday.exit(ev, f))
    ev.kind, ev.args = "enter", { 0x3000, 0 }
    assert.are.equal("{tv_sec=0, tv_usec=18446744073709551615}, NULL", D.settimeofday.enter(ev, f))
  end)

  -- setitimer(ITIMER_VIRTUAL, {it_interval=..., it_value={tv_sec=100, tv_usec=500}}, {it_interval=..., ...}) = 0
  -- getitimer(0x7 /* ITIMER_??? */, 0x7fffffffec40) = -1 EINVAL
  it("decodes the interval timers", function()
    local ev = fake.event{ kind = "enter", args = { 1, 0x1000, 0x2000 }, mem = {
      [0x1000] = string.pack("<i8i8i8i8", 0, 0, 100, 500), [0x2000] = ("\0"):rep(32) } }
    assert.are.equal("ITIMER_VIRTUAL, {it_interval={tv_sec=0, tv_usec=0}, it_value={tv_sec=100, tv_usec=500}}, ",
      D.setitimer.enter(ev, f))
    ev.kind = "exit"
    assert.are.equal("{it_interval={tv_sec=0, tv_usec=0}, it_value={tv_sec=0, tv_usec=0}}", D.setitimer.exit(ev, f))
    ev.kind, ev.args = "enter", { 7, 0x2000 }
    assert.are.equal("0x7 /* ITIMER_??? */, ", D.getitimer.enter(ev, f))
    ev.kind, ev.err = "exit", 22
    assert.are.equal("0x2000", D.getitimer.exit(ev, f))
  end)

  -- timer_create(CLOCK_MONOTONIC, {sigev_signo=12, sigev_notify=SIGEV_NONE}, [0]) = 0
  -- timer_create(CLOCK_REALTIME, {sigev_value={sival_int=4660, sival_ptr=0x1234}, sigev_signo=SIGUSR2,
  --   sigev_notify=SIGEV_SIGNAL}, [1]) = 0
  -- timer_create(CLOCK_BOOTTIME, {sigev_signo=SIGUSR2, sigev_notify=SIGEV_THREAD_ID, sigev_notify_thread_id=5102}, [2])
  -- timer_create(CLOCK_MONOTONIC, NULL, 0x1) = -1 EFAULT
  it("decodes timer_create's sigevent by its notification type", function()
    local ev = fake.event{ kind = "enter", args = { 1, 0x1000, 0x2000 }, mem = {
      [0x1000] = string.pack("<i8i4i4i8i8", 0, 12, 1, 0, 0), [0x2000] = string.pack("<i4", 0),
      [0x3000] = string.pack("<i8i4i4i8i8", 0x1234, 12, 0, 0, 0),
      [0x4000] = string.pack("<i8i4i4i8i8", 0, 12, 4, 5102, 0),
      [0x5000] = string.pack("<i8i4i4i8i8", 0, 12, 2, 0x401000, 0),
      [0x6000] = string.pack("<i8i4i4i8i8", 0, 12, 7, 0, 0) } }
    assert.are.equal("CLOCK_MONOTONIC, {sigev_signo=12, sigev_notify=SIGEV_NONE}, [0]", fake.render(D.timer_create, ev, f))
    ev.args = { 0, 0x3000, 0x2000 }
    assert.are.equal("CLOCK_REALTIME, {sigev_value={sival_int=4660, sival_ptr=0x1234}, sigev_signo=SIGUSR2, " ..
      "sigev_notify=SIGEV_SIGNAL}, [0]", fake.render(D.timer_create, ev, f))
    ev.args = { 7, 0x4000, 0x2000 }
    assert.are.equal("CLOCK_BOOTTIME, {sigev_signo=SIGUSR2, sigev_notify=SIGEV_THREAD_ID, " ..
      "sigev_notify_thread_id=5102}, [0]", fake.render(D.timer_create, ev, f))
    ev.args = { 1, 0x5000, 0x2000 }
    assert.are.equal("CLOCK_MONOTONIC, {sigev_signo=SIGUSR2, sigev_notify=SIGEV_THREAD, " ..
      "sigev_notify_function=0x401000, sigev_notify_attributes=NULL}, [0]", fake.render(D.timer_create, ev, f))
    ev.args = { 1, 0x6000, 0x2000 }
    assert.are.equal("CLOCK_MONOTONIC, {sigev_signo=12, sigev_notify=0x7 /* SIGEV_??? */}, [0]",
      fake.render(D.timer_create, ev, f))
    ev.args, ev.err = { 1, 0, 1 }, 14
    assert.are.equal("CLOCK_MONOTONIC, NULL, 0x1", fake.render(D.timer_create, ev, f))
  end)

  -- timer_settime(0, TIMER_ABSTIME, {it_interval=..., it_value={tv_sec=100, tv_nsec=0}}, NULL) = 0
  -- timerfd_settime(3, 0, {...}, {it_interval={tv_sec=0, tv_nsec=0}, it_value={tv_sec=0, tv_nsec=0}}) = 0
  -- timerfd_gettime(3, 0x1) = -1 EFAULT; timerfd_create(0x63 /* CLOCK_??? */, 0) = -1 EINVAL
  it("decodes the POSIX timers and timerfd", function()
    local ev = fake.event{ kind = "enter", args = { 0, 1, 0x1000, 0 }, mem = { [0x1000] = ITS, [0x2000] = ("\0"):rep(32) } }
    assert.are.equal("0, TIMER_ABSTIME, " .. ITS_TEXT .. ", NULL", fake.render(D.timer_settime, ev, f))
    ev.args = { 3, 0, 0x1000, 0x2000 }
    assert.are.equal("3, 0, " .. ITS_TEXT .. ", {it_interval={tv_sec=0, tv_nsec=0}, it_value={tv_sec=0, tv_nsec=0}}",
      fake.render(D.timerfd_settime, ev, f))
    ev.args = { 1, 0x1000 }
    assert.are.equal("1, " .. ITS_TEXT, fake.render(D.timer_gettime, ev, f))
    ev.args, ev.err = { 3, 1 }, 14
    assert.are.equal("3, 0x1", fake.render(D.timerfd_gettime, ev, f))
    ev.args = { 99, 0 }
    assert.are.equal("0x63 /* CLOCK_??? */, 0", fake.render(D.timerfd_create, ev, f))
    ev.args = { 1, 0x80801 }
    assert.are.equal("CLOCK_MONOTONIC, TFD_TIMER_ABSTIME|TFD_CLOEXEC|TFD_NONBLOCK", fake.render(D.timerfd_create, ev, f))
    ev.args = { 99 }
    assert.are.equal("99", fake.render(D.timer_delete, ev, f))
  end)

  -- membarrier(MEMBARRIER_CMD_QUERY, 0) = 0x3ff (MEMBARRIER_CMD_GLOBAL|...|0x200)
  -- membarrier(MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ, MEMBARRIER_CMD_FLAG_CPU, 0) = -1 EPERM
  -- getcpu([0], [0], NULL) = 0; getcpu(0x1, NULL, 0x1) = -1 EFAULT
  it("decodes membarrier's answer to a query, and getcpu after the call", function()
    local ev = fake.event{ kind = "enter", args = { 0, 0, 0 } }
    assert.are.equal("MEMBARRIER_CMD_QUERY, 0", D.membarrier.enter(ev, f))
    ev.kind, ev.ret = "exit", 0x209
    assert.are.equal("0x209 (MEMBARRIER_CMD_GLOBAL|MEMBARRIER_CMD_PRIVATE_EXPEDITED|0x200)", D.membarrier.ret(ev, f))
    ev.args = { 8, 0, 0 }
    ev.ret = 0
    assert.are.equal("0", D.membarrier.ret(ev, f))
    ev.args = { 0x80, 1, 0 }
    assert.are.equal("MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ, MEMBARRIER_CMD_FLAG_CPU, 0", D.membarrier.enter(ev, f))
    ev.args = { 0x4000, 2, 0 }
    assert.are.equal("0x4000 /* MEMBARRIER_CMD_??? */, 0x2 /* MEMBARRIER_CMD_FLAG_??? */", D.membarrier.enter(ev, f))
    ev.args, ev.mem = { 0x1000, 0x2000, 0 }, { [0x1000] = string.pack("<I4", 1), [0x2000] = string.pack("<I4", 0) }
    assert.is_nil(D.getcpu.enter)
    assert.are.equal("[1], [0], NULL", D.getcpu.exit(ev, f))
    ev.args, ev.err = { 1, 0, 1 }, 14
    assert.are.equal("0x1, NULL, 0x1", D.getcpu.exit(ev, f))
  end)
end)

-- strace -X raw / -X verbose ./v7
describe("misc decoders under -X raw|verbose", function()
  after_each(function() f.opts = { strsize = 32, verbose = false, xflag = 0, yflag = 0 } end)

  it("styles each part of FUTEX_WAKE_OP's operation", function()
    local ev = fake.event{ args = { 0x7fffffffecb8, 0x85, 1, 1, 0x7fffffffecb4, 0x4000001 } }
    f.opts.xstyle = "verbose"
    assert.are.equal("0x7fffffffecb8, 0x85 /* FUTEX_WAKE_OP_PRIVATE */, 1, 1, 0x7fffffffecb4, " ..
      "0 /* FUTEX_OP_SET */<<28|0<<12|0x4 /* FUTEX_OP_CMP_GT */<<24|0x1", fake.render(D.futex, ev, f))
    f.opts.xstyle = "raw"
    assert.are.equal("0x7fffffffecb8, 0x85, 1, 1, 0x7fffffffecb4, " ..
      "0<<28 /* FUTEX_OP_??? */|0<<12|0x4<<24 /* FUTEX_OP_CMP_??? */|0x1", fake.render(D.futex, ev, f))
    ev.args = { 0x7fffffffecb8, 5, 1, 1, 0x7fffffffecb4, 0x99005001 }
    assert.are.equal("0x7fffffffecb8, 0x5, 1, 1, 0x7fffffffecb4, " ..
      "0x8<<28|0x1<<28 /* FUTEX_OP_??? */|0x5<<12|0x9<<24 /* FUTEX_OP_CMP_??? */|0x1", fake.render(D.futex, ev, f))
    f.opts.xstyle = "verbose"
    assert.are.equal("0x7fffffffecb8, 0x5 /* FUTEX_WAKE_OP */, 1, 1, 0x7fffffffecb4, " ..
      "0x8 /* FUTEX_OP_OPARG_SHIFT */<<28|0x1 /* FUTEX_OP_ADD */<<28|0x5<<12|0x9<<24 /* FUTEX_OP_CMP_??? */|0x1",
      fake.render(D.futex, ev, f))
    f.opts.xstyle = "abbrev"
    assert.are.equal("0x7fffffffecb8, FUTEX_WAKE_OP, 1, 1, 0x7fffffffecb4, " ..
      "FUTEX_OP_OPARG_SHIFT<<28|FUTEX_OP_ADD<<28|0x5<<12|0x9<<24 /* FUTEX_OP_CMP_??? */|0x1",
      fake.render(D.futex, ev, f))
  end)
end)

-- prctl options, each case a line of `setarch -R strace [-X raw|verbose] ./v19`
-- (tests/lua/victims/v19.c).
describe("prctl of v19 calls, by hand", function()
  after_each(function() f.opts = { strsize = 32, verbose = false, xflag = 0, yflag = 0 } end)
  before_each(function() f.opts = { strsize = 32, verbose = false, xflag = 0, yflag = 0 } end)

  local function line(ev) return fake.render(D.prctl, ev, f) end

  -- prctl(PR_GET_SECUREBITS) = 0x10 (SECBIT_KEEP_CAPS)
  -- prctl(0x1b /* PR_GET_SECUREBITS */)     = 0x10 (SECBIT_KEEP_CAPS)
  -- prctl(0x1b) = 0x10; prctl(PR_GET_SECUREBITS) = 0
  -- prctl(PR_SET_SECUREBITS, SECBIT_KEEP_CAPS|0x100000000) = -1 EPERM
  -- prctl(0x1c /* PR_SET_SECUREBITS */, 0x10000 /* SECBIT_??? */) = -1 EPERM
  it("shows the securebits asked for and returned", function()
    local ev = fake.event{ args = { 27, 0, 0, 0, 0 }, ret = 0x10 }
    assert.are.equal("PR_GET_SECUREBITS", line(ev))
    assert.are.equal("0x10 (SECBIT_KEEP_CAPS)", D.prctl.ret(ev, f))
    f.opts.xstyle = "verbose"
    assert.are.equal("0x1b /* PR_GET_SECUREBITS */", line(ev))
    assert.are.equal("0x10 (SECBIT_KEEP_CAPS)", D.prctl.ret(ev, f))
    f.opts.xstyle = "raw"
    assert.are.equal("0x1b", line(ev))
    assert.are.equal("0x10", D.prctl.ret(ev, f))
    f.opts.xstyle = nil
    ev.ret = 0
    assert.are.equal("0", D.prctl.ret(ev, f))
    ev = fake.event{ args = { 28, 0x100000010 }, ret = -1, err = 1 }
    assert.are.equal("PR_SET_SECUREBITS, SECBIT_KEEP_CAPS|0x100000000", line(ev))
    f.opts.xstyle = "verbose"
    ev.args[2] = 0x10000
    assert.are.equal("0x1c /* PR_SET_SECUREBITS */, 0x10000 /* SECBIT_??? */", line(ev))
  end)

  -- prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_IS_SET, CAP_CHOWN, 0, 0) = 0
  -- prctl(0x2f /* PR_CAP_AMBIENT */, 0x1 /* PR_CAP_AMBIENT_IS_SET */, 0 /* CAP_CHOWN */, 0, 0) = 0
  -- prctl(0x2f, 0x1, 0, 0, 0) = 0
  -- prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0x1, 0x2, 0x3) = -1 EINVAL
  -- prctl(PR_CAP_AMBIENT, 0x5 /* PR_CAP_AMBIENT_??? */, 0, 0, 0) = -1 EINVAL
  it("names PR_CAP_AMBIENT's sub-command and capability", function()
    local ev = fake.event{ args = { 47, 1, 0, 0, 0 } }
    assert.are.equal("PR_CAP_AMBIENT, PR_CAP_AMBIENT_IS_SET, CAP_CHOWN, 0, 0", line(ev))
    f.opts.xstyle = "verbose"
    assert.are.equal("0x2f /* PR_CAP_AMBIENT */, 0x1 /* PR_CAP_AMBIENT_IS_SET */, 0 /* CAP_CHOWN */, 0, 0", line(ev))
    f.opts.xstyle = "raw"
    assert.are.equal("0x2f, 0x1, 0, 0, 0", line(ev))
    f.opts.xstyle = nil
    ev.args = { 47, 4, 1, 2, 3 }
    assert.are.equal("PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0x1, 0x2, 0x3", line(ev))
    ev.args = { 47, 5, 0, 0, 0 }
    assert.are.equal("PR_CAP_AMBIENT, 0x5 /* PR_CAP_AMBIENT_??? */, 0, 0, 0", line(ev))
  end)

  -- prctl(PR_MCE_KILL, PR_MCE_KILL_SET, PR_MCE_KILL_EARLY, 0, 0) = 0
  -- prctl(PR_MCE_KILL, 0x5 /* PR_MCE_KILL_??? */, 0x1, 0, 0) = -1 EINVAL
  -- prctl(PR_MCE_KILL_GET, 0, 0, 0, 0)      = 2 (PR_MCE_KILL_DEFAULT)
  -- prctl(PR_SET_MM, 0x10 /* PR_SET_MM_??? */, 0x1000, 0, 0x1) = -1 EINVAL
  -- prctl(PR_SET_MM, PR_SET_MM_START_CODE, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff) = -1 EINVAL
  it("decodes PR_MCE_KILL, PR_MCE_KILL_GET and PR_SET_MM", function()
    local ev = fake.event{ args = { 33, 1, 1, 0, 0 } }
    assert.are.equal("PR_MCE_KILL, PR_MCE_KILL_SET, PR_MCE_KILL_EARLY, 0, 0", line(ev))
    ev.args = { 33, 5, 1, 0, 0 }
    assert.are.equal("PR_MCE_KILL, 0x5 /* PR_MCE_KILL_??? */, 0x1, 0, 0", line(ev))
    ev = fake.event{ args = { 34, 0, 0, 0, 0 }, ret = 2 }
    assert.are.equal("PR_MCE_KILL_GET, 0, 0, 0, 0", line(ev))
    assert.are.equal("2 (PR_MCE_KILL_DEFAULT)", D.prctl.ret(ev, f))
    ev = fake.event{ args = { 35, 16, 0x1000, 0, 1 }, ret = -1, err = 22 }
    assert.are.equal("PR_SET_MM, 0x10 /* PR_SET_MM_??? */, 0x1000, 0, 0x1", line(ev))
    ev.args = { 35, 0x100000001, -1, -1, -1 }   -- the sub-command is an unsigned int
    assert.are.equal("PR_SET_MM, PR_SET_MM_START_CODE, 0xffffffffffffffff, 0xffffffffffffffff, 0xffffffffffffffff",
      line(ev))
  end)

  -- prctl(PR_SET_PTRACER, PR_SET_PTRACER_ANY) = -1 EINVAL
  -- prctl(0x59616d61 /* PR_SET_PTRACER */, -1 /* PR_SET_PTRACER_ANY */) = -1 EINVAL
  -- prctl(0x59616d61, -1) = -1 EINVAL; prctl(PR_SET_PTRACER, 2147483647) = -1 EINVAL
  it("prints PR_SET_PTRACER's pid, -1 by name", function()
    local ev = fake.event{ args = { 0x59616d61, 0xffffffff }, ret = -1, err = 22 }
    assert.are.equal("PR_SET_PTRACER, PR_SET_PTRACER_ANY", line(ev))
    f.opts.xstyle = "verbose"
    assert.are.equal("0x59616d61 /* PR_SET_PTRACER */, -1 /* PR_SET_PTRACER_ANY */", line(ev))
    f.opts.xstyle = "raw"
    assert.are.equal("0x59616d61, -1", line(ev))
    f.opts.xstyle = nil
    ev.args[2] = 0x17fffffff
    assert.are.equal("PR_SET_PTRACER, 2147483647", line(ev))
  end)

  -- prctl(PR_SET_VMA, PR_SET_VMA_ANON_NAME, 0x7ffff7fbe000, 4096, "a name longer than thirty-two by"...) = -1 EINVAL
  -- prctl(PR_SET_VMA, 0x1 /* PR_SET_VMA_??? */, 0x7ffff7fbe000, 0x2000, 0) = -1 EINVAL
  it("decodes PR_SET_VMA_ANON_NAME's range and name", function()
    local ev = fake.event{ args = { 0x53564d41, 0, 0x7ffff7fbe000, 4096, 0x1000 }, ret = -1, err = 22,
      mem = { [0x1000] = "a name longer than thirty-two bytes, still valid\0" } }
    assert.are.equal('PR_SET_VMA, PR_SET_VMA_ANON_NAME, 0x7ffff7fbe000, 4096, "a name longer than thirty-two by"...',
      line(ev))
    ev.args = { 0x53564d41, 1, 0x7ffff7fbe000, 8192, 0 }
    assert.are.equal("PR_SET_VMA, 0x1 /* PR_SET_VMA_??? */, 0x7ffff7fbe000, 0x2000, 0", line(ev))
  end)

  -- prctl(PR_GET_TSC, [PR_TSC_ENABLE])      = 0
  -- prctl(0x19 /* PR_GET_TSC */, [0x1 /* PR_TSC_ENABLE */]) = 0
  -- prctl(PR_GET_TSC, 0x1)                  = -1 EFAULT
  -- prctl(PR_GET_TID_ADDRESS, [0x7ffff7dd0a10]) = 0
  it("shows what PR_GET_TSC and PR_GET_TID_ADDRESS wrote", function()
    local ev = fake.event{ kind = "enter", args = { 25, 0x2000 } }
    assert.are.equal("PR_GET_TSC, ", D.prctl.enter(ev, f))
    ev.kind, ev.mem = "exit", { [0x2000] = string.pack("<I4", 1) }
    assert.are.equal("[PR_TSC_ENABLE]", D.prctl.exit(ev, f))
    f.opts.xstyle = "verbose"
    assert.are.equal("[0x1 /* PR_TSC_ENABLE */]", D.prctl.exit(ev, f))
    f.opts.xstyle = nil
    ev.args[2], ev.ret, ev.err = 1, -1, 14
    assert.are.equal("0x1", D.prctl.exit(ev, f))
    ev = fake.event{ args = { 40, 0x2000 }, mem = { [0x2000] = string.pack("<I8", 0x7ffff7dd0a10) } }
    assert.are.equal("PR_GET_TID_ADDRESS, [0x7ffff7dd0a10]", line(ev))
  end)

  -- prctl(PR_SVE_SET_VL, PR_SVE_SET_VL_ONEXEC|PR_SVE_VL_INHERIT|0x10) = -1 EINVAL
  -- prctl(0x32 /* PR_SVE_SET_VL */, 0x60010 /* PR_SVE_SET_VL_ONEXEC|PR_SVE_VL_INHERIT|0x10 */) = -1 EINVAL
  -- prctl(0x32 /* PR_SVE_SET_VL */, 0x20)   = -1 EINVAL
  -- prctl(PR_SVE_SET_VL, 0x80000|0x40)      = -1 EINVAL
  -- prctl(PR_SET_TAGGED_ADDR_CTRL, PR_TAGGED_ADDR_ENABLE|PR_MTE_TCF_SYNC|0xfff<<PR_MTE_TAG_SHIFT, 0, 0, 0) = -1 EINVAL
  -- prctl(0x37 /* PR_SET_TAGGED_ADDR_CTRL */, 0 /* !PR_TAGGED_ADDR_ENABLE|PR_MTE_TCF_NONE */, 0, 0, 0) = -1 EINVAL
  it("splits vector lengths and tagged-address words", function()
    local ev = fake.event{ args = { 50, 0x60010, 0, 0, 0 }, ret = -1, err = 22 }
    assert.are.equal("PR_SVE_SET_VL, PR_SVE_SET_VL_ONEXEC|PR_SVE_VL_INHERIT|0x10", line(ev))
    ev.args[2] = 0x80040
    assert.are.equal("PR_SVE_SET_VL, 0x80000|0x40", line(ev))
    f.opts.xstyle = "verbose"
    ev.args[2] = 0x60010
    assert.are.equal("0x32 /* PR_SVE_SET_VL */, 0x60010 /* PR_SVE_SET_VL_ONEXEC|PR_SVE_VL_INHERIT|0x10 */", line(ev))
    ev.args[2] = 0x20
    assert.are.equal("0x32 /* PR_SVE_SET_VL */, 0x20", line(ev))
    f.opts.xstyle = nil
    ev.args = { 55, 0x7ffb, 0, 0, 0 }
    assert.are.equal("PR_SET_TAGGED_ADDR_CTRL, PR_TAGGED_ADDR_ENABLE|PR_MTE_TCF_SYNC|0xfff<<PR_MTE_TAG_SHIFT, 0, 0, 0",
      line(ev))
    f.opts.xstyle = "verbose"
    ev.args = { 55, 0, 0, 0, 0 }
    assert.are.equal("0x37 /* PR_SET_TAGGED_ADDR_CTRL */, 0 /* !PR_TAGGED_ADDR_ENABLE|PR_MTE_TCF_NONE */, 0, 0, 0",
      line(ev))
  end)

  -- prctl(PR_GET_SPECULATION_CTRL, PR_SPEC_L1D_FLUSH) = 0x8 (PR_SPEC_FORCE_DISABLE)
  -- prctl(0x34, 0x2) = 0x8
  -- prctl(PR_SET_SPECULATION_CTRL, PR_SPEC_STORE_BYPASS, 0x1 /* PR_SPEC_??? */) = -1 ENXIO
  -- prctl(PR_SET_SPECULATION_CTRL, 0x7 /* PR_SPEC_??? */, 0x4) = -1 ENODEV
  it("decodes the speculation controls", function()
    local ev = fake.event{ args = { 52, 2, 0, 0, 0 }, ret = 8 }
    assert.are.equal("PR_GET_SPECULATION_CTRL, PR_SPEC_L1D_FLUSH", line(ev))
    assert.are.equal("0x8 (PR_SPEC_FORCE_DISABLE)", D.prctl.ret(ev, f))
    f.opts.xstyle = "raw"
    assert.are.equal("0x34, 0x2", line(ev))
    assert.are.equal("0x8", D.prctl.ret(ev, f))
    f.opts.xstyle = nil
    ev = fake.event{ args = { 53, 0, 1, 0, 0 }, ret = -1, err = 6 }
    assert.are.equal("PR_SET_SPECULATION_CTRL, PR_SPEC_STORE_BYPASS, 0x1 /* PR_SPEC_??? */", line(ev))
    ev.args = { 53, 7, 4, 0, 0 }
    assert.are.equal("PR_SET_SPECULATION_CTRL, 0x7 /* PR_SPEC_??? */, 0x4", line(ev))
  end)

  -- prctl(PR_SCHED_CORE, PR_SCHED_CORE_GET, 0, 0 /* PIDTYPE_PID */, 0x555555559088) = -1 EINVAL
  -- prctl(0x3e, 0, 0, 0, 0x555555559088) = -1 EINVAL
  -- prctl(PR_SCHED_CORE, 0x9 /* PR_SCHED_CORE_??? */, -1, 0x7 /* PIDTYPE_??? */, NULL) = -1 EINVAL
  -- prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, {len=2, filter=0x555555559030}) = -1 EINVAL
  -- prctl(PR_SET_SECCOMP, 0x7 /* SECCOMP_MODE_??? */, 0x1, 0x2, 0x3) = -1 EINVAL
  -- prctl(PR_SET_SYSCALL_USER_DISPATCH, PR_SYS_DISPATCH_OFF, 0, 0, NULL) = 0
  it("decodes PR_SCHED_CORE, PR_SET_SECCOMP and PR_SET_SYSCALL_USER_DISPATCH", function()
    local ev = fake.event{ kind = "enter", args = { 62, 0, 0, 0, 0x555555559088 } }
    assert.are.equal("PR_SCHED_CORE, PR_SCHED_CORE_GET, 0, 0 /* PIDTYPE_PID */, ", D.prctl.enter(ev, f))
    ev.kind, ev.ret, ev.err = "exit", -1, 22
    assert.are.equal("0x555555559088", D.prctl.exit(ev, f))
    f.opts.xstyle = "raw"
    assert.are.equal("0x3e, 0, 0, 0, 0x555555559088", line(ev))
    f.opts.xstyle = nil
    ev.args = { 62, 9, -1, 7, 0 }
    assert.are.equal("PR_SCHED_CORE, 0x9 /* PR_SCHED_CORE_??? */, -1, 0x7 /* PIDTYPE_??? */, NULL", line(ev))
    ev = fake.event{ args = { 22, 2, 0x3000, 1, 2 }, ret = -1, err = 22,
      mem = { [0x3000] = string.pack("<I2xxxxxxI8", 2, 0x555555559030) } }
    assert.are.equal("PR_SET_SECCOMP, SECCOMP_MODE_FILTER, {len=2, filter=0x555555559030}", line(ev))
    ev.args = { 22, 7, 1, 2, 3 }
    assert.are.equal("PR_SET_SECCOMP, 0x7 /* SECCOMP_MODE_??? */, 0x1, 0x2, 0x3", line(ev))
    ev = fake.event{ args = { 59, 0, 0, 0, 0 } }
    assert.are.equal("PR_SET_SYSCALL_USER_DISPATCH, PR_SYS_DISPATCH_OFF, 0, 0, NULL", line(ev))
  end)
end)
