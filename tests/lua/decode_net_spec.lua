-- The net decoders against strace 6.1's own output (recorded cases), plus
-- hand-made cases for what a real run rarely shows.
package.path = "lua/?.lua;lua/?/init.lua;tests/lua/?.lua;" .. package.path

local replay = require "replay"

replay.describe_recorded("net", _ENV)

local f = require "moontrace.fmt"
local fake = require "fake_event"
local D = require("moontrace.decode").decoders

describe("net decoders, by hand", function()
  before_each(function() f.opts = { strsize = 32, verbose = false, xflag = 0, yflag = 0 } end)

  -- strace 6.1 -e verbose=none, python3 setting IP option 99 to b"abcdef":
  --   setsockopt(3, SOL_IP, 0x63 /* IP_??? */, 0x7f602710e840, 6) = -1 ENOPROTOOPT (Protocol not available)
  it("prints an unknown option's bytes as their address under -e verbose=none", function()
    local ev = fake.event{ kind = "enter", args = { 3, 0, 99, 0x2000, 6 }, mem = { [0x2000] = "abcdef" } }
    assert.are.equal('3, SOL_IP, 0x63 /* IP_??? */, "abcdef", 6', fake.render(D.setsockopt, ev, f))
    f.opts.noderef = true
    assert.are.equal("3, SOL_IP, 0x63 /* IP_??? */, 0x2000, 6", fake.render(D.setsockopt, ev, f))
    f.opts.noderef = nil
  end)

  -- strace 6.1 -X verbose / -X raw (tests/victims/sockaddrs.py):
  --   bind(3, {sa_family=0x2 /* AF_INET */, sin_port="\x13\x88" /* htons(5000) */, sin_addr="\x7f\x00\x00\x01" /* inet_addr("127.0.0.1") */}, 16)
  --   setsockopt(3, 0x1, 0x2, [1], 4)
  it("shows address fields as bytes under -X raw and verbose", function()
    local sin = string.pack("<I2>I2BBBB", 2, 5000, 127, 0, 0, 1) .. ("\0"):rep(8)
    local ev = fake.event{ args = { 3, 0x1000, 16 }, mem = { [0x1000] = sin } }
    f.opts.xstyle = "verbose"
    assert.are.equal('3, {sa_family=0x2 /* AF_INET */, sin_port="\\x13\\x88" /* htons(5000) */, ' ..
      'sin_addr="\\x7f\\x00\\x00\\x01" /* inet_addr("127.0.0.1") */}, 16', fake.render(D.bind, ev, f))
    f.opts.xstyle = "raw"
    assert.are.equal('3, {sa_family=0x2, sin_port="\\x13\\x88", sin_addr="\\x7f\\x00\\x00\\x01"}, 16',
      fake.render(D.bind, ev, f))
    ev = fake.event{ kind = "enter", args = { 3, 1, 2, 0x2000, 4 }, mem = { [0x2000] = fake.u32(1) } }
    assert.are.equal("3, 0x1, 0x2, [1], 4", fake.render(D.setsockopt, ev, f))
    f.opts.xstyle = nil
  end)

  -- strace 6.1 (tests/victims/sockopts.py):
  --   setsockopt(3, SOL_IP, IP_ADD_MEMBERSHIP, {imr_multiaddr=inet_addr("239.1.2.3"), imr_interface=inet_addr("0.0.0.0")}, 8) = 0
  --   setsockopt(4, SOL_IPV6, IPV6_ADD_MEMBERSHIP, {inet_pton(AF_INET6, "ff02::1", &ipv6mr_multiaddr), ipv6mr_interface=if_nametoindex("lo")}, 20) = 0
  --   setsockopt(3, SOL_IP, MCAST_JOIN_GROUP, {gr_interface=if_nametoindex("lo"), gr_group={sa_family=AF_INET, sin_port=htons(0), sin_addr=inet_addr("239.9.9.9")}}, 136) = 0
  --   setsockopt(3, SOL_IP, IP_ADD_MEMBERSHIP, 0x7f4c411dfb90, 3) = -1 EINVAL
  --   getsockopt(3, SOL_SOCKET, SO_LINGER, {l_onoff=1, l_linger=5}, [8]) = 0
  it("decodes multicast membership requests and SO_LINGER both ways", function()
    local ifname = f.ifname
    f.ifname = function(i) return i == 1 and "lo" or nil end
    local mreq = string.char(239, 1, 2, 3, 0, 0, 0, 0)
    local ev = fake.event{ kind = "enter", args = { 3, 0, 35, 0x1000, 8 }, mem = { [0x1000] = mreq } }
    assert.are.equal('3, SOL_IP, IP_ADD_MEMBERSHIP, {imr_multiaddr=inet_addr("239.1.2.3"), ' ..
      'imr_interface=inet_addr("0.0.0.0")}, 8', fake.render(D.setsockopt, ev, f))
    ev.args[5] = 3
    assert.are.equal("3, SOL_IP, IP_ADD_MEMBERSHIP, 0x1000, 3", fake.render(D.setsockopt, ev, f))
    local v6 = string.char(0xff, 2) .. ("\0"):rep(13) .. "\1" .. fake.u32(1)
    ev = fake.event{ kind = "enter", args = { 4, 41, 20, 0x1000, 20 }, mem = { [0x1000] = v6 } }
    assert.are.equal('4, SOL_IPV6, IPV6_ADD_MEMBERSHIP, {inet_pton(AF_INET6, "ff02::1", &ipv6mr_multiaddr), ' ..
      'ipv6mr_interface=if_nametoindex("lo")}, 20', fake.render(D.setsockopt, ev, f))
    local gr = fake.u32(1, 0) .. string.pack("<I2>I2", 2, 0) .. string.char(239, 9, 9, 9) .. ("\0"):rep(120)
    ev = fake.event{ kind = "enter", args = { 3, 0, 42, 0x1000, 136 }, mem = { [0x1000] = gr } }
    assert.are.equal('3, SOL_IP, MCAST_JOIN_GROUP, {gr_interface=if_nametoindex("lo"), gr_group={sa_family=AF_INET, ' ..
      'sin_port=htons(0), sin_addr=inet_addr("239.9.9.9")}}, 136', fake.render(D.setsockopt, ev, f))
    f.ifname = ifname
    ev = fake.event{ kind = "enter", args = { 3, 1, 13, 0x1000, 0x2000 },
                     mem = { [0x1000] = fake.u32(1, 5), [0x2000] = fake.u32(8) } }
    local text = D.getsockopt.enter(ev, f)
    ev.kind = "exit"
    assert.are.equal("3, SOL_SOCKET, SO_LINGER, {l_onoff=1, l_linger=5}, [8]", text .. D.getsockopt.exit(ev, f))
  end)

  -- strace 6.1 on a NETLINK_ROUTE socket:
  --   setsockopt(3, SOL_NETLINK, NETLINK_EXT_ACK, [1], 4) = 0
  --   setsockopt(3, SOL_NETLINK, 0x63 /* NETLINK_??? */, [1], 4) = -1 ENOPROTOOPT
  --   getsockopt(3, SOL_NETLINK, NETLINK_LIST_MEMBERSHIPS, [1, 0], [16 => 8]) = 0
  it("names SOL_NETLINK options and prints the membership bitmap", function()
    local ev = fake.event{ kind = "enter", args = { 3, 270, 11, 0x1000, 4 }, mem = { [0x1000] = fake.u32(1) } }
    assert.are.equal("3, SOL_NETLINK, NETLINK_EXT_ACK, [1], 4", fake.render(D.setsockopt, ev, f))
    ev.args[3] = 99
    assert.are.equal("3, SOL_NETLINK, 0x63 /* NETLINK_??? */, [1], 4", fake.render(D.setsockopt, ev, f))
    ev = fake.event{ kind = "enter", args = { 3, 270, 9, 0x1000, 0x2000 },
                     mem = { [0x1000] = fake.u32(1, 0, 7, 7), [0x2000] = fake.u32(16) } }
    local text = D.getsockopt.enter(ev, f)
    ev.kind, ev.mem[0x2000] = "exit", fake.u32(8)
    assert.are.equal("3, SOL_NETLINK, NETLINK_LIST_MEMBERSHIPS, [1, 0], [16 => 8]", text .. D.getsockopt.exit(ev, f))
  end)

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

-- Each case is a line of `strace -f ./v10` (tests/lua/victims/v10.c).
describe("net decoders of v10 calls, by hand", function()
  before_each(function() f.opts = { strsize = 32, verbose = false, xflag = 0, yflag = 0 } end)

  -- struct mmsghdr: a struct msghdr without a name or control data, then msg_len.
  local function mmsg(iov, msg_len, flags, name, namelen)
    return string.pack("<i8I4xxxxi8i8i8i8i4xxxxI4xxxx", name or 0, namelen or 0, iov, 1, 0, 0, flags or 0, msg_len)
  end
  local function iovec(base, len) return string.pack("<i8i8", base, len) end

  -- sendmmsg(7, [{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="one", iov_len=3}], msg_iovlen=1,
  --   msg_controllen=0, msg_flags=0}, msg_len=3}, {msg_hdr={...}, msg_len=6}], 2, MSG_DONTWAIT) = 2
  -- sendmmsg(-1, [{msg_hdr={...}}, {msg_hdr={...}}], 2, 0) = -1 EBADF; sendmmsg(7, 0x1, 2, 0) = -1 EFAULT
  it("prints sendmmsg's vector after the call, msg_len for the messages sent", function()
    local ev = fake.event{ kind = "enter", args = { 7, 0x1000, 2, 0x40 }, mem = {
      [0x1000] = mmsg(0x2000, 3) .. mmsg(0x2010, 6), [0x2000] = iovec(0x3000, 3) .. iovec(0x3010, 6),
      [0x3000] = "one", [0x3010] = "second" } }
    local one = '{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="one", iov_len=3}], msg_iovlen=1, ' ..
      'msg_controllen=0, msg_flags=0}'
    local two = '{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="second", iov_len=6}], msg_iovlen=1, ' ..
      'msg_controllen=0, msg_flags=0}'
    assert.are.equal("7, ", D.sendmmsg.enter(ev, f))
    ev.kind, ev.ret = "exit", 2
    assert.are.equal("[" .. one .. ", msg_len=3}, " .. two .. ", msg_len=6}], 2, MSG_DONTWAIT", D.sendmmsg.exit(ev, f))
    ev.ret = 1
    assert.are.equal("[" .. one .. ", msg_len=3}, " .. two .. "}], 2, MSG_DONTWAIT", D.sendmmsg.exit(ev, f))
    ev.ret, ev.err = -1, 9
    assert.are.equal("[" .. one .. "}, " .. two .. "}], 2, MSG_DONTWAIT", D.sendmmsg.exit(ev, f))
    ev.args[2], ev.err = 1, 14
    assert.are.equal("0x1, 2, MSG_DONTWAIT", D.sendmmsg.exit(ev, f))
  end)

  -- recvmmsg(6, [{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="one", iov_len=8}], msg_iovlen=1,
  --   msg_controllen=0, msg_flags=0}, msg_len=3}], 3, MSG_WAITFORONE, {tv_sec=0, tv_nsec=1000}) = 1 (left {...})
  -- recvmmsg(6, 0x7fffffffea90, 3, MSG_DONTWAIT, {tv_sec=0, tv_nsec=1000}) = -1 EAGAIN
  -- recvmmsg(6, [...], 3, MSG_DONTWAIT, NULL) = 2
  it("prints recvmmsg's received messages, data cut to msg_len, and the time left", function()
    local ev = fake.event{ kind = "enter", args = { 6, 0x1000, 3, 0x10000, 0x4000 }, mem = {
      [0x1000] = mmsg(0x2000, 0) .. mmsg(0x2010, 0) .. mmsg(0x2020, 0),
      [0x2000] = iovec(0x3000, 8) .. iovec(0x3010, 4) .. iovec(0x3020, 8),
      [0x4000] = string.pack("<i8i8", 0, 1000) } }
    assert.are.equal("6, ", D.recvmmsg.enter(ev, f))
    ev.kind, ev.ret = "exit", 1
    ev.mem[0x1000] = mmsg(0x2000, 3) .. mmsg(0x2010, 0) .. mmsg(0x2020, 0)
    ev.mem[0x3000] = "one\0\0\0\0\0"
    ev.mem[0x4000] = string.pack("<i8i8", 0, 0)
    assert.are.equal('[{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="one", iov_len=8}], msg_iovlen=1, ' ..
      'msg_controllen=0, msg_flags=0}, msg_len=3}], 3, MSG_WAITFORONE, {tv_sec=0, tv_nsec=1000}', D.recvmmsg.exit(ev, f))
    assert.are.equal("1 (left {tv_sec=0, tv_nsec=0})", D.recvmmsg.ret(ev, f))
    ev.ret = 0
    assert.are.equal("0 (Timeout)", D.recvmmsg.ret(ev, f))
    ev.ret, ev.err = -1, 11
    assert.are.equal("0x1000, 3, MSG_WAITFORONE, {tv_sec=0, tv_nsec=1000}", D.recvmmsg.exit(ev, f))
    -- a bad vector, no timeout
    ev.kind, ev.args, ev.err = "enter", { 6, 1, 3, 0x40, 0 }, 0
    assert.are.equal("6, ", D.recvmmsg.enter(ev, f))
    ev.kind, ev.ret, ev.err = "exit", -1, 14
    assert.are.equal("0x1, 3, MSG_DONTWAIT, NULL", D.recvmmsg.exit(ev, f))
  end)
end)

-- -yy: strace's sock_diag sees its own network namespace only; a socket of a
-- process in another one (unshare -n) prints as "TCP:[1828770]", its unix
-- sockets without their paths (strace 6.1 on unshare -n python3)
describe("sockinfo of another network namespace", function()
  local saved
  before_each(function()
    saved = package.loaded["moontrace.core"]
    package.loaded["moontrace.core"] = {
      readlink = function(path)
        if path == "/proc/self/ns/net" then return "net:[4026531840]" end
        return "net:[4026532999]"
      end,
      getxattr = function() return "TCP" end,
      sockaddrs = function() return "127.0.0.1:55155", "", 10 end,
    }
  end)
  after_each(function() package.loaded["moontrace.core"] = saved end)

  it("prints the protocol and the inode", function()
    local sockinfo = require "moontrace.sockinfo"
    assert.are.equal("TCP:[1828770]", sockinfo.describe(4242, "socket:[1828770]", 3))
    assert.is_false(sockinfo.same_netns(4242))
  end)
end)
