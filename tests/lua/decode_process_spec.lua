-- The process decoders against strace 6.1's own output (recorded cases), plus
-- hand-made cases for what a real run rarely shows.
package.path = "lua/?.lua;lua/?/init.lua;tests/lua/?.lua;" .. package.path

local replay = require "replay"

replay.describe_recorded("process", _ENV)

local f = require "moontrace.fmt"
local fake = require "fake_event"
local decode = require "moontrace.decode"
local D = decode.decoders

local function ptrs(...) return string.pack(("<" .. ("i8"):rep(select("#", ...))), ...) end

describe("process decoders, by hand", function()
  before_each(function() f.opts = { strsize = 32, verbose = false, xflag = 0, yflag = 0 } end)

  -- strace ./v3: execve("/nonexistent", ["a", "b", ... /* 0x200001000 */],
  --                     0x200000ff0 /* 2 vars, unterminated */)
  it("ends argv at unreadable memory and counts an unterminated environment", function()
    local ev = fake.event{ kind = "enter", args = { 0x100, 0x200000ff0, 0x200000ff0 }, mem = {
      [0x100] = "/nonexistent\0", [0x200000ff0] = ptrs(0x300, 0x302), [0x300] = "a\0b\0" } }
    assert.are.equal('"/nonexistent", ["a", "b", ... /* 0x200001000 */], 0x200000ff0 /* 2 vars, unterminated */',
      D.execve.enter(ev, f))
  end)

  it("lists the environment with -v and cuts long argv at -s elements otherwise", function()
    local mem = { [0x100] = "/bin/x\0", [0x400] = "A=1\0", [0x500] = "arg\0" }
    local argv = {}
    for i = 1, 34 do argv[i] = 0x500 end
    argv[35] = 0
    mem[0x1000] = ptrs(table.unpack(argv))
    mem[0x2000] = ptrs(0x400, 0)
    local ev = fake.event{ kind = "enter", args = { 0x100, 0x1000, 0x2000 }, mem = mem }
    local args32 = ('"arg", '):rep(32)
    assert.are.equal('"/bin/x", [' .. args32 .. '...], 0x2000 /* 1 var */', D.execve.enter(ev, f))
    f.opts.verbose = true
    assert.are.equal('"/bin/x", [' .. ('"arg", '):rep(33) .. '"arg"], ["A=1"]', D.execve.enter(ev, f))
  end)

  -- strace -f ./v: the parent's clone is split where the child's output can interleave
  it("prints clone's flags at entry and the child tid pointer after the call", function()
    local ev = fake.event{ kind = "enter", args = { 0x1200011, 0, 0, 0x7f913e857a10, 0 } }
    assert.are.equal("child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD",
      D.clone.enter(ev, f))
    ev.kind, ev.ret = "exit", 10018
    assert.are.equal(", child_tidptr=0x7f913e857a10", D.clone.exit(ev, f))
  end)

  -- strace -f ./v: clone3({flags=..., exit_signal=SIGCHLD, stack=NULL, stack_size=0}
  --                       => {parent_tid=[10021]}, 88) = 10021
  it("shows clone3's struct at entry and the parent tid it got at exit", function()
    local args = string.pack("<I8I8I8I8I8I8I8I8I8I8I8", 0x1300000, 0, 0x7ffe52db735c, 0x7ffe52db735c,
      17, 0, 0, 0, 0, 0, 0)
    local ev = fake.event{ kind = "enter", args = { 0x5000, 88 },
      mem = { [0x5000] = args, [0x7ffe52db735c] = string.pack("<i4", 0) } }
    assert.are.equal("{flags=CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID, " ..
      "child_tid=0x7ffe52db735c, parent_tid=0x7ffe52db735c, exit_signal=SIGCHLD, stack=NULL, stack_size=0}",
      D.clone3.enter(ev, f))
    ev.kind, ev.ret = "exit", 10021
    ev.mem[0x7ffe52db735c] = string.pack("<i4", 10021)
    assert.are.equal(" => {parent_tid=[10021]}, 88", D.clone3.exit(ev, f))
    ev.ret, ev.err = -1, 22
    assert.are.equal(", 88", D.clone3.exit(ev, f))
  end)

  -- strace -f ./v: wait4(10018,  <unfinished ...> then
  -- <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 3}], 0, NULL) = 10018
  it("prints wait4's pid at entry and the status after the call", function()
    local ev = fake.event{ kind = "enter", args = { 10018, 0x7ffc, 0, 0 } }
    assert.are.equal("10018, ", D.wait4.enter(ev, f))
    ev.kind, ev.ret = "exit", 10018
    ev.mem[0x7ffc] = string.pack("<i4", 0x300)
    assert.are.equal("[{WIFEXITED(s) && WEXITSTATUS(s) == 3}], 0, NULL", D.wait4.exit(ev, f))
    ev.ret, ev.err = -1, 10
    assert.are.equal("0x7ffc, 0, NULL", D.wait4.exit(ev, f))
  end)

  it("decodes wait statuses", function()
    local ws = decode.wait_status
    assert.are.equal("[{WIFEXITED(s) && WEXITSTATUS(s) == 0}]", ws(0))
    assert.are.equal("[{WIFSIGNALED(s) && WTERMSIG(s) == SIGKILL}]", ws(9))
    assert.are.equal("[{WIFSIGNALED(s) && WTERMSIG(s) == SIGSEGV && WCOREDUMP(s)}]", ws(0x8b))
    assert.are.equal("[{WIFSTOPPED(s) && WSTOPSIG(s) == SIGSTOP}]", ws(0x137f))
    assert.are.equal("[{WIFSTOPPED(s) && WSTOPSIG(s) == SIGTRAP | 0x80}]", ws(0x857f))
    assert.are.equal("[{WIFSTOPPED(s) && WSTOPSIG(s) == SIGTRAP}|PTRACE_EVENT_CLONE<<16]", ws(0x3057f))
    assert.are.equal("[{WIFCONTINUED(s)}]", ws(0xffff))
  end)

  it("marks exit and exit_group as not returning", function()
    local ev = fake.event{ kind = "enter", args = { 3 } }
    assert.are.equal("3", D.exit_group.enter(ev, f))
    assert.is_true(D.exit_group.noreturn)
    assert.is_true(D.exit.noreturn)
    ev.args[1] = 0xffffffff
    assert.are.equal("-1", D.exit.enter(ev, f))
  end)

  -- strace ./v: prlimit64(0, RLIMIT_STACK, NULL, {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY})
  it("prints rlimits in units of 1024 and a failed call's buffer as an address", function()
    local ev = fake.event{ kind = "enter", args = { 0, 3, 0, 0x7ffe } }
    assert.are.equal("0, RLIMIT_STACK, NULL, ", D.prlimit64.enter(ev, f))
    ev.kind = "exit"
    ev.mem[0x7ffe] = string.pack("<i8i8", 8192 * 1024, -1)
    assert.are.equal("{rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}", D.prlimit64.exit(ev, f))
    ev.mem[0x7ffe] = string.pack("<i8i8", 1024, 1025)
    assert.are.equal("{rlim_cur=1024, rlim_max=1025}", D.prlimit64.exit(ev, f))
    ev.err = 1
    assert.are.equal("0x7ffe", D.prlimit64.exit(ev, f))
  end)

  -- strace ./v: arch_prctl(ARCH_GET_FS, [0x7f913e857740]), arch_prctl(0x9999 /* ARCH_??? */, 0)
  it("reads arch_prctl's result after the call", function()
    local ev = fake.event{ kind = "enter", args = { 0x1003, 0x7ff0 } }
    assert.are.equal("ARCH_GET_FS, ", D.arch_prctl.enter(ev, f))
    ev.kind = "exit"
    ev.mem[0x7ff0] = string.pack("<i8", 0x7f913e857740)
    assert.are.equal("[0x7f913e857740]", D.arch_prctl.exit(ev, f))
    ev.args = { 0x9999, 0 }
    assert.are.equal("0x9999 /* ARCH_??? */, 0", fake.render(D.arch_prctl, ev, f))
  end)
end)

-- Each case is a line of `strace -f ./v10` (tests/lua/victims/v10.c).
describe("process decoders of v10 calls, by hand", function()
  before_each(function() f.opts = { strsize = 32, verbose = false, xflag = 0, yflag = 0 } end)

  local function siginfo_chld(pid, status)
    return string.pack("<i4i4i4xxxxi4I4i4xxxxi8i8", 17, 0, 1, pid, 0, status, 0, 0) .. ("\0"):rep(80)
  end

  -- waitid(P_PID, 5104, {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=5104, si_uid=0, si_status=3,
  --   si_utime=0, si_stime=0}, WEXITED, NULL) = 0
  -- waitid(P_ALL, 0, {}, WNOHANG|WEXITED, {ru_utime={tv_sec=0, tv_usec=0}, ru_stime=..., ...}) = 0
  -- waitid(0x9 /* P_??? */, 0, 0x1, WEXITED, NULL) = -1 EFAULT
  it("decodes waitid: the id at entry, siginfo and rusage after the call", function()
    local ev = fake.event{ kind = "enter", args = { 1, 5104, 0x1000, 4, 0 },
      mem = { [0x1000] = siginfo_chld(5104, 3), [0x2000] = ("\0"):rep(128), [0x3000] = ("\0"):rep(144) } }
    assert.are.equal("P_PID, 5104, ", D.waitid.enter(ev, f))
    ev.kind = "exit"
    assert.are.equal("{si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=5104, si_uid=0, si_status=3, " ..
      "si_utime=0, si_stime=0}, WEXITED, NULL", D.waitid.exit(ev, f))
    ev.args = { 0, 0, 0x2000, 5, 0x3000 }
    assert.are.equal("{}, WNOHANG|WEXITED, {ru_utime={tv_sec=0, tv_usec=0}, ru_stime={tv_sec=0, tv_usec=0}, ...}",
      D.waitid.exit(ev, f))
    ev.err = 10
    assert.are.equal("0x2000, WNOHANG|WEXITED, 0x3000", D.waitid.exit(ev, f))
    ev.kind, ev.args = "enter", { 9, 0, 1, 4, 0 }
    assert.are.equal("0x9 /* P_??? */, 0, ", D.waitid.enter(ev, f))
  end)

  -- times({tms_utime=0, tms_stime=0, tms_cutime=0, tms_cstime=0}) = 1718810716
  -- getrusage(RUSAGE_CHILDREN, 0x1) = -1 EFAULT; getrusage(0x5 /* RUSAGE_??? */, 0x7fffffffeb90) = -1 EINVAL
  it("prints times after the call and getrusage's who", function()
    local ev = fake.event{ kind = "exit", args = { 0x1000 }, mem = { [0x1000] = string.pack("<i8i8i8i8", 0, 150, 0, 0) } }
    assert.is_nil(D.times.enter)
    assert.are.equal("{tms_utime=0, tms_stime=150 /* 1.50 s */, tms_cutime=0, tms_cstime=0}", D.times.exit(ev, f))
    ev.args[1] = 0
    assert.are.equal("NULL", D.times.exit(ev, f))
    ev.args[1], ev.err = 1, 14
    assert.are.equal("0x1", D.times.exit(ev, f))
    ev.kind, ev.args = "enter", { 0xffffffff, 1 }
    assert.are.equal("RUSAGE_CHILDREN, ", D.getrusage.enter(ev, f))
    ev.args[1] = 5
    assert.are.equal("0x5 /* RUSAGE_??? */, ", D.getrusage.enter(ev, f))
    ev.kind = "exit"
    assert.are.equal("0x1", D.getrusage.exit(ev, f))
  end)

  -- capget({version=_LINUX_CAPABILITY_VERSION_3, pid=0}, {effective=1<<CAP_CHOWN|...|1<<CAP_CHECKPOINT_RESTORE, ...})
  -- capget({version=0 /* _LINUX_CAPABILITY_VERSION_??? */, pid=0}, 0x7fffffffeb70) = -1 EINVAL
  -- capget(0x1, 0x7fffffffeb70) = -1 EFAULT
  it("decodes capability sets as 1<<CAP_ names over two words", function()
    local ev = fake.event{ kind = "enter", args = { 0x1000, 0x2000 },
      mem = { [0x1000] = string.pack("<I4i4", 0x20080522, 0),
              [0x2000] = string.pack("<I4I4I4I4I4I4", 0x21, 0x1, 0x100, 0x101, 0, 0) } }
    assert.are.equal("{version=_LINUX_CAPABILITY_VERSION_3, pid=0}, ", D.capget.enter(ev, f))
    ev.kind = "exit"
    assert.are.equal("{effective=1<<CAP_CHOWN|1<<CAP_KILL|1<<CAP_MAC_OVERRIDE|1<<CAP_CHECKPOINT_RESTORE, " ..
      "permitted=1<<CAP_CHOWN, inheritable=1<<CAP_SETPCAP}", D.capget.exit(ev, f))
    -- version 1 has one word
    ev.mem[0x1000] = string.pack("<I4i4", 0x19980330, 0)
    assert.are.equal("{effective=1<<CAP_CHOWN|1<<CAP_KILL, permitted=1<<CAP_CHOWN, inheritable=1<<CAP_SETPCAP}",
      D.capget.exit(ev, f))
    -- only the high word set
    ev.mem[0x1000] = string.pack("<I4i4", 0x20080522, 0)
    ev.mem[0x2000] = string.pack("<I4I4I4I4I4I4", 0, 0, 0, 2, 0, 0)
    assert.are.equal("{effective=1<<CAP_MAC_ADMIN, permitted=0, inheritable=0}", D.capget.exit(ev, f))
    ev.mem[0x2000] = string.pack("<I4I4I4I4I4I4", 0x21, 0x1, 0x100, 0x101, 0, 0)
    ev.mem[0x1000] = string.pack("<I4i4", 0, 0)
    ev.err = 22
    assert.are.equal("0x2000", D.capget.exit(ev, f))
    ev.kind, ev.args = "enter", { 1, 0x2000 }
    assert.are.equal("0x1, ", D.capget.enter(ev, f))
    ev.args = { 0x1000, 0x2000 }
    assert.are.equal("{version=0 /* _LINUX_CAPABILITY_VERSION_??? */, pid=0}, {effective=1<<CAP_CHOWN|1<<CAP_KILL, " ..
      "permitted=1<<CAP_CHOWN, inheritable=1<<CAP_SETPCAP}", D.capset.enter(ev, f))
  end)

  -- sched_getscheduler(0) = 0 (SCHED_OTHER); sched_setscheduler(0, 0x40000003 /* SCHED_??? */, [0]) = 0
  -- sched_getparam(0, 0x1) = -1 EFAULT; sched_get_priority_max(0x63 /* SCHED_??? */) = -1 EINVAL
  it("decodes the scheduling calls", function()
    local ev = fake.event{ kind = "enter", args = { 0, 0x40000003, 0x1000 }, mem = { [0x1000] = string.pack("<i4", 0) } }
    assert.are.equal("0, 0x40000003 /* SCHED_??? */, [0]", fake.render(D.sched_setscheduler, ev, f))
    assert.are.equal("0", D.sched_getscheduler.enter(ev, f))
    ev.kind, ev.ret = "exit", 0
    assert.are.equal("0 (SCHED_OTHER)", D.sched_getscheduler.ret(ev, f))
    ev.ret = 77
    assert.are.equal("77", D.sched_getscheduler.ret(ev, f))
    ev.args = { 0, 1 }
    ev.err = 14
    assert.are.equal("0, 0x1", fake.render(D.sched_getparam, ev, f))
    ev.args = { 99 }
    assert.are.equal("0x63 /* SCHED_??? */", fake.render(D.sched_get_priority_max, ev, f))
    ev.args = { 2 }
    assert.are.equal("SCHED_RR", fake.render(D.sched_get_priority_min, ev, f))
  end)

  -- personality(0xffffffff) = 0x40000 (PER_LINUX|ADDR_NO_RANDOMIZE)
  -- personality(PER_LINUX|ADDR_NO_RANDOMIZE|READ_IMPLIES_EXEC) = 0x40000 (PER_LINUX|ADDR_NO_RANDOMIZE)
  -- unshare(CLONE_FS|CLONE_FILES) = 0; setns(-1, 0x1 /* CLONE_NEW??? */) = -1 EBADF
  it("decodes personality, unshare, setns and pidfd_open", function()
    local ev = fake.event{ kind = "enter", args = { 0xffffffff } }
    assert.are.equal("0xffffffff", D.personality.enter(ev, f))
    ev.args = { 0x440000 }
    assert.are.equal("PER_LINUX|ADDR_NO_RANDOMIZE|READ_IMPLIES_EXEC", D.personality.enter(ev, f))
    ev.kind, ev.ret = "exit", 0x40000
    assert.are.equal("0x40000 (PER_LINUX|ADDR_NO_RANDOMIZE)", D.personality.ret(ev, f))
    ev.ret = 0x8
    assert.are.equal("0x8 (PER_LINUX32)", D.personality.ret(ev, f))
    ev.args = { 0x600 }
    assert.are.equal("CLONE_FS|CLONE_FILES", fake.render(D.unshare, ev, f))
    ev.args = { 1 }
    assert.are.equal("0x1 /* CLONE_??? */", fake.render(D.unshare, ev, f))
    ev.args = { -1, 1 }
    assert.are.equal("-1, 0x1 /* CLONE_NEW??? */", fake.render(D.setns, ev, f))
    ev.args = { 5, 0x4000000 }
    assert.are.equal("5, CLONE_NEWUTS", fake.render(D.setns, ev, f))
    ev.args = { 1234, 1 }
    assert.are.equal("1234, 0x1 /* PIDFD_??? */", fake.render(D.pidfd_open, ev, f))
  end)

  -- process_vm_readv(5102, [{iov_base="remote-data\0", iov_len=16}], 1, [{iov_base=0x7fffffffeb50, iov_len=12}], 1, 0) = 12
  -- process_vm_readv(5102, [{iov_base=0x7fffffffeb40, iov_len=16}], 1, 0x1, 1, 0) = -1 EFAULT
  it("shows the local data of process_vm_readv and the remote iovecs as addresses", function()
    local ev = fake.event{ kind = "enter", args = { 5102, 0x1000, 1, 0x2000, 1, 0 },
      mem = { [0x1000] = ptrs(0x3000, 16), [0x2000] = ptrs(0x7fffffffeb50, 12), [0x3000] = "remote-data\0xxxx" } }
    assert.are.equal("5102, ", D.process_vm_readv.enter(ev, f))
    ev.kind, ev.ret = "exit", 12
    assert.are.equal('[{iov_base="remote-data\\0", iov_len=16}], 1, [{iov_base=0x7fffffffeb50, iov_len=12}], 1, 0',
      D.process_vm_readv.exit(ev, f))
    ev.args[4], ev.ret, ev.err = 1, -1, 14
    assert.are.equal("[{iov_base=0x3000, iov_len=16}], 1, 0x1, 1, 0", D.process_vm_readv.exit(ev, f))
    ev.kind, ev.args = "enter", { 5102, 0x1000, 1, 0x2000, 1, 3 }
    assert.are.equal('5102, [{iov_base="remote-data\\0xxxx", iov_len=16}], 1, [{iov_base=0x7fffffffeb50, iov_len=12}], 1, 3',
      D.process_vm_writev.enter(ev, f))
  end)
end)

-- strace -X raw / -X verbose ./v2 and a child that burns 0.51 s.
describe("process decoders under -X raw|verbose", function()
  after_each(function() f.opts = { strsize = 32, verbose = false, xflag = 0, yflag = 0 } end)

  -- wait4(21968, [{WIFSTOPPED(s) && WSTOPSIG(s) == SIGSTOP}], 0x2 /* WSTOPPED */, NULL) = 21968
  -- wait4(21969, [{WIFSIGNALED(s) && WTERMSIG(s) == SIGABRT}], 0, NULL) = 21969
  it("keeps the signal names of wait statuses", function()
    local ev = fake.event{ args = { 21968, 0x7ffc, 2, 0 }, ret = 21968,
                           mem = { [0x7ffc] = string.pack("<i4", 0x137f) } }
    f.opts.xstyle = "verbose"
    assert.are.equal("[{WIFSTOPPED(s) && WSTOPSIG(s) == SIGSTOP}], 0x2 /* WSTOPPED */, NULL", D.wait4.exit(ev, f))
    f.opts.xstyle = "raw"
    assert.are.equal("[{WIFSTOPPED(s) && WSTOPSIG(s) == SIGSTOP}], 0x2, NULL", D.wait4.exit(ev, f))
    ev.args[3], ev.mem[0x7ffc] = 0, string.pack("<i4", 6)
    assert.are.equal("[{WIFSIGNALED(s) && WTERMSIG(s) == SIGABRT}], 0, NULL", D.wait4.exit(ev, f))
    f.opts.xstyle = "verbose"
    assert.are.equal("[{WIFSIGNALED(s) && WTERMSIG(s) == SIGABRT}], 0, NULL", D.wait4.exit(ev, f))
  end)

  -- times({tms_utime=0, tms_stime=0, tms_cutime=51, tms_cstime=0}) = 1720125961
  it("leaves the seconds of clock ticks out with raw", function()
    local ev = fake.event{ args = { 0x1000 }, ret = 1720125961,
                           mem = { [0x1000] = string.pack("<i8i8i8i8", 0, 0, 51, 0) } }
    f.opts.xstyle = "raw"
    assert.are.equal("{tms_utime=0, tms_stime=0, tms_cutime=51, tms_cstime=0}", fake.render(D.times, ev, f))
    f.opts.xstyle = "verbose"
    assert.are.equal("{tms_utime=0, tms_stime=0, tms_cutime=51 /* 0.51 s */, tms_cstime=0}", fake.render(D.times, ev, f))
  end)
end)
