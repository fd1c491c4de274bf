-- The mem decoders against strace 6.1's own output (recorded cases), plus
-- hand-made cases for what a real run rarely shows.
package.path = "lua/?.lua;lua/?/init.lua;tests/lua/?.lua;" .. package.path

local replay = require "replay"

replay.describe_recorded("mem", _ENV)

local f = require "moontrace.fmt"
local fake = require "fake_event"
local D = require("moontrace.decode").decoders

-- Each case is a line of `strace -f ./v10` (tests/lua/victims/v10.c).
describe("mem decoders of v10 calls, by hand", function()
  before_each(function() f.opts = { strsize = 32, verbose = false, xflag = 0, yflag = 0 } end)

  -- mincore(0x7ffff7fbd000, 12288, [1, 1, 0]) = 0
  -- mincore(0x7ffff7fbd000, 4097, [1, 1]) = 0
  -- mincore(0x7ffff7fbd000, 4096, 0x1) = -1 EFAULT
  -- mincore(0x7ffff7fbd001, 4096, 0x7fffffffec9c) = -1 EINVAL
  it("shows one residency bit per page after the call", function()
    local ev = fake.event{ kind = "enter", args = { 0x7ffff7fbd000, 12288, 0x1000 }, mem = { [0x1000] = "\1\3\0\0" } }
    assert.are.equal("0x7ffff7fbd000, 12288, ", D.mincore.enter(ev, f))
    ev.kind = "exit"
    assert.are.equal("[1, 1, 0]", D.mincore.exit(ev, f))
    ev.args[2] = 4097
    assert.are.equal("[1, 1]", D.mincore.exit(ev, f))
    ev.args[3] = 1
    assert.are.equal("0x1", D.mincore.exit(ev, f))
    ev.args[3], ev.err = 0x1000, 22
    assert.are.equal("0x1000", D.mincore.exit(ev, f))
  end)
end)
