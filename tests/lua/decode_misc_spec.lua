-- The misc decoders against strace 6.1's own output (recorded cases), plus
-- hand-made cases for what a real run rarely shows.
package.path = "lua/?.lua;lua/?/init.lua;tests/lua/?.lua;" .. package.path

local replay = require "replay"

describe("recorded misc calls match strace 6.1", function()
  for i, c in ipairs(replay.load("misc")) do
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
