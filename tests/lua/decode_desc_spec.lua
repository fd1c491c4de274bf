-- The desc decoders against strace 6.1's own output (recorded cases), plus
-- hand-made cases for what a real run rarely shows.
package.path = "lua/?.lua;lua/?/init.lua;tests/lua/?.lua;" .. package.path

local replay = require "replay"

describe("recorded desc calls match strace 6.1", function()
  for i, c in ipairs(replay.load("desc")) do
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

describe("desc decoders, by hand", function()
  before_each(function() f.opts = { strsize = 32, verbose = false, xflag = 0, yflag = 0 } end)

  -- read's data exists only after the call
  it("splits read after the descriptor", function()
    local ev = fake.event{ kind = "enter", args = { 3, 0x1000, 832 } }
    assert.are.equal("3, ", D.read.enter(ev, f))
    ev.kind, ev.ret = "exit", 4
    ev.mem[0x1000] = "\127ELF"
    assert.are.equal('"\\177ELF", 832', D.read.exit(ev, f))
    ev.ret, ev.err = -1, 9
    assert.are.equal("0x1000, 832", D.read.exit(ev, f))
  end)

  -- strace ./v3: write(1, "\33[31m\0011\n\"\\\377", 11) = 11
  it("escapes terminal control sequences in written data", function()
    local ev = fake.event{ args = { 1, 0x1000, 11 }, mem = { [0x1000] = "\27[31m\0011\n\"\\\255" } }
    assert.are.equal([[1, "\33[31m\0011\n\"\\\377", 11]], fake.render(D.write, ev, f))
  end)

  -- strace ./v4: fcntl(3, F_GETFL) = 0x18000 (flags O_RDONLY|O_LARGEFILE|O_DIRECTORY)
  it("decodes fcntl answers beside the number", function()
    local ev = fake.event{ args = { 3, 3 }, ret = 0x18000 }
    assert.are.equal("3, F_GETFL", fake.render(D.fcntl, ev, f))
    assert.are.equal("0x18000 (flags O_RDONLY|O_LARGEFILE|O_DIRECTORY)", D.fcntl.ret(ev, f))
    ev.args, ev.ret = { 3, 1 }, 1
    assert.are.equal("0x1 (flags FD_CLOEXEC)", D.fcntl.ret(ev, f))
    ev.ret = 0
    assert.are.equal("0", D.fcntl.ret(ev, f))
    ev.args = { 3, 9999, 5 }
    assert.are.equal("3, 0x270f /* F_??? */, 0x5", fake.render(D.fcntl, ev, f))
  end)

  -- strace ./v5: fcntl(3, F_GETLK, {l_type=F_UNLCK, ..., l_pid=0}) and F_GETLK, 0x8 on EFAULT
  it("shows a lock the kernel filled in after the call", function()
    local ev = fake.event{ kind = "enter", args = { 3, 5, 0x2000 } }
    assert.are.equal("3, F_GETLK", D.fcntl.enter(ev, f))
    ev.kind = "exit"
    ev.mem[0x2000] = string.pack("<i2i2xxxxi8i8i4xxxx", 2, 0, 10, 20, 0)
    assert.are.equal(", {l_type=F_UNLCK, l_whence=SEEK_SET, l_start=10, l_len=20, l_pid=0}",
      D.fcntl.exit(ev, f))
    ev.err = 14
    assert.are.equal(", 0x2000", D.fcntl.exit(ev, f))
  end)

  it("prints lseek offsets signed and unknown whence in hex", function()
    local ev = fake.event{ args = { 3, -10, 7 } }
    assert.are.equal("3, -10, 0x7 /* SEEK_??? */", fake.render(D.lseek, ev, f))
  end)
end)
