-- The process decoders against strace 6.1's own output (recorded cases), plus
-- hand-made cases for what a real run rarely shows.
package.path = "lua/?.lua;lua/?/init.lua;tests/lua/?.lua;" .. package.path

local replay = require "replay"

describe("recorded process calls match strace 6.1", function()
  for i, c in ipairs(replay.load("process")) do
    it(replay.title(i, c), function()
      local why = replay.skip_reason(c)
      if why then return pending(why) end
      local args, result = replay.run(c)
      assert.are.equal(c.expect, args)
      -- a decoder that renders its own result ("= 1 ([{fd=3, revents=POLLIN}])")
      if result then assert.are.equal(c.result, result) end
    end)
  end
end)

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
