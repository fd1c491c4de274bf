-- The poll decoders against strace 6.1's own output (recorded cases), plus
-- hand-made cases for what a real run rarely shows.
package.path = "lua/?.lua;lua/?/init.lua;tests/lua/?.lua;" .. package.path

local replay = require "replay"

replay.describe_recorded("poll", _ENV)

local f = require "moontrace.fmt"
local fake = require "fake_event"
local D = require("moontrace.decode").decoders

-- Each case is a line of `strace -f ./v10` (tests/lua/victims/v10.c).
describe("poll decoders of v10 calls, by hand", function()
  before_each(function() f.opts = { strsize = 32, verbose = false, xflag = 0, yflag = 0 } end)

  -- epoll_pwait2(5, [{events=EPOLLIN, data={u32=5, u64=5}}], 4, {tv_sec=0, tv_nsec=0}, NULL, 8) = 1
  -- epoll_pwait2(5, [], 4, {tv_sec=0, tv_nsec=0}, [], 8) = 0
  -- epoll_pwait2(5, 0x7fffffffec50, 4, 0x1, NULL, 8) = -1 EFAULT
  it("prints epoll_pwait2 after the call, its timeout a timespec", function()
    local ev = fake.event{ kind = "enter", args = { 5, 0x1000, 4, 0x2000, 0, 8 }, mem = {
      [0x1000] = string.pack("<I4i8", 1, 5), [0x2000] = string.pack("<i8i8", 0, 0), [0x3000] = ("\0"):rep(8) } }
    assert.are.equal("5, ", D.epoll_pwait2.enter(ev, f))
    ev.kind, ev.ret = "exit", 1
    assert.are.equal("[{events=EPOLLIN, data={u32=5, u64=5}}], 4, {tv_sec=0, tv_nsec=0}, NULL, 8",
      D.epoll_pwait2.exit(ev, f))
    ev.ret, ev.args[5] = 0, 0x3000
    assert.are.equal("[], 4, {tv_sec=0, tv_nsec=0}, [], 8", D.epoll_pwait2.exit(ev, f))
    ev.ret, ev.err, ev.args[4], ev.args[5] = -1, 14, 1, 0
    assert.are.equal("0x1000, 4, 0x1, NULL, 8", D.epoll_pwait2.exit(ev, f))
    ev.err, ev.args[4] = 9, 0x2000
    assert.are.equal("0x1000, 4, 0x2000, NULL, 8", D.epoll_pwait2.exit(ev, f))
  end)
end)

-- `xargs --version` polls 64 closed descriptors: strace stops the list of
-- ready ones at 32 entries, or where 1 KiB would not hold another (-X verbose: 26
-- entries of "{fd=N, revents=0x20 /* POLLNVAL */}").
describe("poll result lists", function()
  local function result(opts)
    f.opts = opts
    local mem = {}
    for i = 0, 63 do mem[0x1000 + 8 * i] = string.pack("<i4I2I2", i, 5, 0x20) end
    local ev = fake.event{ kind = "exit", args = { 0x1000, 64, 0 }, mem = mem }
    ev.ret = 64
    return D.poll.ret(ev, f)
  end
  it("stop at -s entries, or when 1 KiB is full", function()
    local short = result{ strsize = 32, verbose = false, xflag = 0, yflag = 0 }
    local _, n = short:gsub("revents=", "")
    assert.are.equal(32, n)
    assert.truthy(short:find("{fd=31, revents=POLLNVAL}, ...])", 1, true))
    local long = result{ strsize = 32, verbose = false, xflag = 0, yflag = 0, xstyle = "verbose" }
    _, n = long:gsub("revents=", "")
    assert.are.equal(26, n)
    assert.truthy(long:find("{fd=25, revents=0x20 /* POLLNVAL */}, ...])", 1, true))
    local all = result{ strsize = 32, verbose = true, xflag = 0, yflag = 0 }
    _, n = all:gsub("revents=", "")
    assert.are.equal(37, n)   -- -v: no count limit, only the buffer's
  end)
end)
