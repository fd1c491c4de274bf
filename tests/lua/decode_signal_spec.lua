-- The signal decoders against strace 6.1's own output (recorded cases), plus
-- hand-made cases for what a real run rarely shows.
package.path = "lua/?.lua;lua/?/init.lua;tests/lua/?.lua;" .. package.path

local replay = require "replay"

describe("recorded signal calls match strace 6.1", function()
  for i, c in ipairs(replay.load("signal")) do
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
