-- The net decoders against strace 6.1's own output (recorded cases), plus
-- hand-made cases for what a real run rarely shows.
package.path = "lua/?.lua;lua/?/init.lua;tests/lua/?.lua;" .. package.path

local replay = require "replay"

describe("recorded net calls match strace 6.1", function()
  for i, c in ipairs(replay.load("net")) do
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

describe("net decoders, by hand", function()
  before_each(function() f.opts = { strsize = 32, verbose = false, xflag = 0, yflag = 0 } end)

  local SIN = string.pack("<I2>I2BBBB", 2, 5000, 127, 0, 0, 1) .. ("\0"):rep(8)

  -- strace ./v: bind(5, {sa_family=AF_INET, sin_port=htons(5000), sin_addr=inet_addr("127.0.0.1")}, 16)
  it("decodes AF_INET, and prints an unreadable or short address raw", function()
    local ev = fake.event{ args = { 5, 0x1000, 16 }, mem = { [0x1000] = SIN } }
    assert.are.equal('5, {sa_family=AF_INET, sin_port=htons(5000), sin_addr=inet_addr("127.0.0.1")}, 16',
      fake.render(D.bind, ev, f))
    ev.args[2] = 0x8
    assert.are.equal("5, 0x8, 16", fake.render(D.bind, ev, f))
    ev.args = { 5, 0x1000, 1 }
    assert.are.equal("5, 0x1000, 1", fake.render(D.connect, ev, f))
  end)

  -- strace ./v: bind(8, {sa_family=AF_UNIX, sun_path=@"abstract"}, 11)
  it("decodes abstract and path AF_UNIX names", function()
    local ev = fake.event{ args = { 8, 0x1000, 11 }, mem = { [0x1000] = "\1\0\0abstract" } }
    assert.are.equal('8, {sa_family=AF_UNIX, sun_path=@"abstract"}, 11', fake.render(D.bind, ev, f))
    ev.mem[0x1000] = "\1\0/a\27b\0zz"
    ev.args[3] = 9
    assert.are.equal('8, {sa_family=AF_UNIX, sun_path="/a\\33b"}, 9', fake.render(D.bind, ev, f))
  end)

  -- strace ./v4: accept4(99, NULL, NULL, SOCK_CLOEXEC) = -1 EBADF: all of it at entry
  it("prints accept4 at entry when there is no address buffer", function()
    local ev = fake.event{ kind = "enter", args = { 99, 0, 0, 0x80000 } }
    assert.are.equal("99, NULL, NULL, SOCK_CLOEXEC", D.accept4.enter(ev, f))
    ev.kind, ev.ret, ev.err = "exit", -1, 9
    assert.are.equal("", D.accept4.exit(ev, f))
  end)

  -- strace ./v: accept(5, {sa_family=AF_INET, ...}, [16]) = 7 and
  -- accept4(5, 0x7ffe52db7310, [11], SOCK_CLOEXEC|SOCK_NONBLOCK) = -1 EAGAIN
  it("prints the peer and its length after the call", function()
    local ev = fake.event{ kind = "enter", args = { 5, 0x1000, 0x2000, 0x80800 },
                           mem = { [0x2000] = string.pack("<i4", 16) } }
    assert.are.equal("5, ", D.accept4.enter(ev, f))
    ev.kind, ev.ret = "exit", 7
    ev.mem[0x1000] = string.pack("<I2>I2BBBB", 2, 39904, 127, 0, 0, 1) .. ("\0"):rep(8)
    assert.are.equal('{sa_family=AF_INET, sin_port=htons(39904), sin_addr=inet_addr("127.0.0.1")}, [16], ' ..
      "SOCK_CLOEXEC|SOCK_NONBLOCK", D.accept4.exit(ev, f))
    ev.ret, ev.err = -1, 11
    assert.are.equal("0x1000, [16], SOCK_CLOEXEC|SOCK_NONBLOCK", D.accept4.exit(ev, f))
  end)

  -- strace ./v: recvfrom(7, "x\0y", 256, MSG_DONTWAIT, {sa_family=AF_UNIX,
  --             sun_path=@"abstract"}, [110 => 11]) = 3
  it("shows a length the kernel changed as old => new", function()
    local ev = fake.event{ kind = "enter", args = { 7, 0x1000, 256, 0x40, 0x2000, 0x3000 },
                           mem = { [0x3000] = string.pack("<i4", 110) } }
    assert.are.equal("7, ", D.recvfrom.enter(ev, f))
    ev.kind, ev.ret = "exit", 3
    ev.mem = { [0x1000] = "x\0y", [0x2000] = "\1\0\0abstract", [0x3000] = string.pack("<i4", 11) }
    assert.are.equal('"x\\0y", 256, MSG_DONTWAIT, {sa_family=AF_UNIX, sun_path=@"abstract"}, [110 => 11]',
      D.recvfrom.exit(ev, f))
  end)

  -- strace ./v: socket(0x3039 /* AF_??? */, SOCK_RAW|0x60 /* SOCK_??? */, 7)
  it("falls back to numbers for unknown families and types", function()
    local ev = fake.event{ args = { 12345, 99, 7 } }
    assert.are.equal("0x3039 /* AF_??? */, SOCK_RAW|0x60 /* SOCK_??? */, 7", fake.render(D.socket, ev, f))
    ev.args = { 17, 3, 0x300 }
    assert.are.equal("AF_PACKET, SOCK_RAW, htons(ETH_P_ALL)", fake.render(D.socket, ev, f))
  end)

  it("writes IPv6 addresses the way inet_ntop does", function()
    local ntop = require("moontrace.decode.net").inet_ntop6
    local function a(hex) return (hex:gsub("..", function(x) return string.char(tonumber(x, 16)) end)) end
    assert.are.equal("::1", ntop(a("00000000000000000000000000000001"), 1))
    assert.are.equal("::", ntop(a("00000000000000000000000000000000"), 1))
    assert.are.equal("::ffff:127.0.0.1", ntop(a("00000000000000000000ffff7f000001"), 1))
    assert.are.equal("2001:db8::1:0:0:1", ntop(a("20010db8000000000001000000000001"), 1))
    assert.are.equal("2001:db8:0:1::1", ntop(a("20010db8000000010000000000000001"), 1))
  end)
end)
