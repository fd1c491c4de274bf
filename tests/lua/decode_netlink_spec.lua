-- Netlink messages in socket data (lua/moontrace/decode/netlink.lua), by
-- hand: every expected string is strace 6.1's own output on
-- tests/lua/victims/v14.c or on getaddrinfo (the bytes rebuilt here).
package.path = "lua/?.lua;lua/?/init.lua;tests/lua/?.lua;" .. package.path

local f = require "moontrace.fmt"
local fake = require "fake_event"
local D = require("moontrace.decode").decoders
local nl = require "moontrace.decode.netlink"

local pack = string.pack

local function hdr(len, ty, flags, seq, pid) return pack("<I4I2I2I4i4", len, ty, flags, seq, pid) end
local function nla(ty, data)
  local s = pack("<I2I2", 4 + #data, ty) .. data
  return s .. ("\0"):rep((4 - #s % 4) % 4)
end
local function be(...) return pack(">" .. ("B"):rep(select("#", ...)), ...) end

-- RTM_NEWADDR for 127.0.0.1 on lo, as the kernel sends it
local LO_ADDR = hdr(76, 20, 2, 1795752542, 6064) .. pack("<BBBBI4", 2, 8, 0x80, 254, 1) ..
  nla(1, be(127, 0, 0, 1)) .. nla(2, be(127, 0, 0, 1)) .. nla(3, "lo\0") .. nla(8, pack("<I4", 0x80)) ..
  nla(6, pack("<I4I4I4I4", 0xffffffff, 0xffffffff, 22, 22))
local LO_ADDR_TEXT = "[{nlmsg_len=76, nlmsg_type=RTM_NEWADDR, nlmsg_flags=NLM_F_MULTI, nlmsg_seq=1795752542, " ..
  "nlmsg_pid=6064}, {ifa_family=AF_INET, ifa_prefixlen=8, ifa_flags=IFA_F_PERMANENT, ifa_scope=RT_SCOPE_HOST, " ..
  'ifa_index=if_nametoindex("lo")}, [[{nla_len=8, nla_type=IFA_ADDRESS}, inet_addr("127.0.0.1")], ' ..
  '[{nla_len=8, nla_type=IFA_LOCAL}, inet_addr("127.0.0.1")], [{nla_len=7, nla_type=IFA_LABEL}, "lo"], ' ..
  "[{nla_len=8, nla_type=IFA_FLAGS}, IFA_F_PERMANENT], [{nla_len=20, nla_type=IFA_CACHEINFO}, " ..
  "{ifa_prefered=4294967295, ifa_valid=4294967295, cstamp=22, tstamp=22}]]]"

describe("netlink messages", function()
  local lookup, ifname = nl.lookup, f.ifname
  local asked
  before_each(function()
    f.opts = { strsize = 32, verbose = false, xflag = 0, yflag = 0 }
    f.ifname = function(i) return ({ [1] = "lo", [2] = "eth0" })[i] end
    asked = {}
    -- every descriptor below 10 is a NETLINK_ROUTE socket, 10..19 NETLINK_SOCK_DIAG
    nl.lookup = function(pid, fd)
      asked[#asked + 1] = fd
      if fd < 10 then return 0 end
      if fd < 20 then return 4 end
      return nil
    end
  end)
  after_each(function() nl.lookup, f.ifname = lookup, ifname end)

  -- getaddrinfo with AI_ADDRCONFIG:
  -- sendto(3, [{nlmsg_len=20, nlmsg_type=RTM_GETADDR, ...}, {ifa_family=AF_UNSPEC, ...}], 20, 0, {...}, 12)
  it("prints a request with a short ifaddrmsg", function()
    local req = hdr(20, 22, 0x301, 1795752499, 0) .. pack("<BBBB", 0, 0, 0, 0)
    local ev = fake.event{ kind = "enter", args = { 3, 0x1000, 20, 0, 0x2000, 12 },
                           mem = { [0x1000] = req, [0x2000] = pack("<I2I2I4I4", 16, 0, 0, 0) } }
    assert.are.equal("3, [{nlmsg_len=20, nlmsg_type=RTM_GETADDR, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, " ..
      "nlmsg_seq=1795752499, nlmsg_pid=0}, {ifa_family=AF_UNSPEC, ...}], 20, 0, " ..
      "{sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12", fake.render(D.sendto, ev, f))
  end)

  it("decodes addresses and their attributes, and the NLMSG_DONE after them", function()
    local ev = fake.event{ kind = "enter", args = { 3, 0x1000, 4096, 0, 0, 0 } }
    assert.are.equal("3, ", D.recvfrom.enter(ev, f))
    ev.kind, ev.ret, ev.mem = "exit", #LO_ADDR * 2, { [0x1000] = LO_ADDR .. LO_ADDR }
    assert.are.equal("[" .. LO_ADDR_TEXT .. ", " .. LO_ADDR_TEXT .. "], 4096, 0, NULL, NULL", D.recvfrom.exit(ev, f))
    ev.ret, ev.mem = 20, { [0x1000] = hdr(20, 3, 2, 101, 20608) .. pack("<i4", 0) }
    assert.are.equal("[{nlmsg_len=20, nlmsg_type=NLMSG_DONE, nlmsg_flags=NLM_F_MULTI, nlmsg_seq=101, " ..
      "nlmsg_pid=20608}, 0], 4096, 0, NULL, NULL", D.recvfrom.exit(ev, f))
  end)

  -- strace -s 2: two attributes, two messages, strings cut
  it("shows at most -s messages and attributes", function()
    f.opts.strsize = 2
    local text = nl.decode(f, LO_ADDR .. LO_ADDR .. LO_ADDR, 0)
    local want = "[[{nlmsg_len=76, nlmsg_type=RTM_NEWADDR, nlmsg_flags=NLM_F_MULTI, nlmsg_seq=1795752542, " ..
      "nlmsg_pid=6064}, {ifa_family=AF_INET, ifa_prefixlen=8, ifa_flags=IFA_F_PERMANENT, " ..
      'ifa_scope=RT_SCOPE_HOST, ifa_index=if_nametoindex("lo")}, [[{nla_len=8, nla_type=IFA_ADDRESS}, ' ..
      'inet_addr("127.0.0.1")], [{nla_len=8, nla_type=IFA_LOCAL}, inet_addr("127.0.0.1")], ...]], '
    assert.are.equal(want, text:sub(1, #want))
    assert.are.equal("...]", text:sub(-4))
    -- v14: the label of lo cut at 2 bytes, and an attribute cut by the buffer
    local label = hdr(32, 20, 2, 1, 1) .. pack("<BBBBI4", 2, 8, 0x80, 254, 1)
    assert.are.equal('ifa_index=if_nametoindex("lo")}, [{nla_len=7, nla_type=IFA_LABEL}, "lo"...]]',
      nl.decode(f, label .. nla(3, "lo\0"), 0):match('ifa_index=.*$'))
  end)

  -- v14: recvmsg(3, {..., iov_len=60}], ..., msg_flags=MSG_TRUNC}, 0) = 60
  it("prints what the buffer holds of a message cut short", function()
    local m = hdr(80, 20, 2, 102, 20608) .. pack("<BBBBI4", 10, 128, 0x80, 254, 1) ..
      nla(1, ("\0"):rep(15) .. "\1") .. nla(6, pack("<I4I4I4I4", 0xffffffff, 0xffffffff, 22, 22))
    assert.are.equal("[{nlmsg_len=80, nlmsg_type=RTM_NEWADDR, nlmsg_flags=NLM_F_MULTI, nlmsg_seq=102, " ..
      "nlmsg_pid=20608}, {ifa_family=AF_INET6, ifa_prefixlen=128, ifa_flags=IFA_F_PERMANENT, " ..
      'ifa_scope=RT_SCOPE_HOST, ifa_index=if_nametoindex("lo")}, [[{nla_len=20, nla_type=IFA_ADDRESS}, ' ..
      'inet_pton(AF_INET6, "::1")], [{nla_len=20, nla_type=IFA_CACHEINFO}, ' ..
      '"\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\x16\\x00\\x00\\x00"]]]', nl.decode(f, m:sub(1, 60), 0))
    -- recvfrom(3, {nlmsg_len=1468, nlmsg_type=RTM_NEWLINK, ...}, 16, 0, NULL, NULL) = 16
    assert.are.equal("{nlmsg_len=1468, nlmsg_type=RTM_NEWLINK, nlmsg_flags=NLM_F_MULTI, nlmsg_seq=104, " ..
      "nlmsg_pid=20608}", nl.decode(f, hdr(1468, 16, 2, 104, 20608), 0))
  end)

  -- v14: sendmsg with a GETLINK request and IFLA_EXT_MASK; then the
  -- GETROUTE request in two iovecs, each decoded on its own
  it("decodes each iovec of sendmsg", function()
    local req = hdr(40, 18, 0x301, 103, 0) .. pack("<BxI2i4I4I4", 0, 0, 0, 0, 0) .. nla(29, pack("<I4", 1))
    local msg = pack("<i8I4xxxxi8i8i8i8i4xxxx", 0, 0, 0x3000, 1, 0, 0, 0)
    local ev = fake.event{ kind = "enter", args = { 3, 0x2000, 0 },
      mem = { [0x2000] = msg, [0x3000] = pack("<i8i8", 0x1000, 40), [0x1000] = req } }
    assert.are.equal("3, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=[{nlmsg_len=40, " ..
      "nlmsg_type=RTM_GETLINK, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=103, nlmsg_pid=0}, " ..
      "{ifi_family=AF_UNSPEC, ifi_type=ARPHRD_NETROM, ifi_index=0, ifi_flags=0, ifi_change=0}, " ..
      "[{nla_len=8, nla_type=IFLA_EXT_MASK}, RTEXT_FILTER_VF]], iov_len=40}], msg_iovlen=1, " ..
      "msg_controllen=0, msg_flags=0}, 0", fake.render(D.sendmsg, ev, f))
    ev.mem = { [0x2000] = pack("<i8I4xxxxi8i8i8i8i4xxxx", 0, 0, 0x3000, 2, 0, 0, 0),
               [0x3000] = pack("<i8i8i8i8", 0x1000, 16, 0x1010, 12),
               [0x1000] = hdr(28, 26, 0x301, 106, 0) .. pack("<BBBBBBBBI4", 2, 0, 0, 0, 0, 0, 0, 0, 0) }
    assert.are.equal("3, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base={nlmsg_len=28, " ..
      "nlmsg_type=RTM_GETROUTE, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=106, nlmsg_pid=0}, " ..
      'iov_len=16}, {iov_base="\\x02\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00", iov_len=12}], ' ..
      "msg_iovlen=2, msg_controllen=0, msg_flags=0}, 0", fake.render(D.sendmsg, ev, f))
  end)

  it("decodes routes", function()
    local m = hdr(52, 24, 2, 106, 20608) .. pack("<BBBBBBBBI4", 2, 0, 0, 0, 254, 3, 0, 1, 0) ..
      nla(15, pack("<I4", 254)) .. nla(5, be(192, 0, 2, 1)) .. nla(4, pack("<I4", 2))
    assert.are.equal("[{nlmsg_len=52, nlmsg_type=RTM_NEWROUTE, nlmsg_flags=NLM_F_MULTI, nlmsg_seq=106, " ..
      "nlmsg_pid=20608}, {rtm_family=AF_INET, rtm_dst_len=0, rtm_src_len=0, rtm_tos=0, rtm_table=RT_TABLE_MAIN, " ..
      "rtm_protocol=RTPROT_BOOT, rtm_scope=RT_SCOPE_UNIVERSE, rtm_type=RTN_UNICAST, rtm_flags=0}, " ..
      "[[{nla_len=8, nla_type=RTA_TABLE}, RT_TABLE_MAIN], [{nla_len=8, nla_type=RTA_GATEWAY}, " ..
      'inet_addr("192.0.2.1")], [{nla_len=8, nla_type=RTA_OIF}, if_nametoindex("eth0")]]]', nl.decode(f, m, 0))
  end)

  -- v14: errors, acks and extended acks
  it("decodes NLMSG_ERROR and the request it answers", function()
    local req = hdr(32, 18, 5, 109, 0) .. pack("<BxI2i4I4I4", 0, 0, 99999, 0, 0)
    assert.are.equal("[{nlmsg_len=52, nlmsg_type=NLMSG_ERROR, nlmsg_flags=0, nlmsg_seq=109, nlmsg_pid=20608}, " ..
      "{error=-ENODEV, msg=[{nlmsg_len=32, nlmsg_type=RTM_GETLINK, nlmsg_flags=NLM_F_REQUEST|NLM_F_ACK, " ..
      "nlmsg_seq=109, nlmsg_pid=0}, {ifi_family=AF_UNSPEC, ifi_type=ARPHRD_NETROM, ifi_index=99999, " ..
      "ifi_flags=0, ifi_change=0}]}]", nl.decode(f, hdr(52, 2, 0, 109, 20608) .. pack("<i4", -19) .. req, 0))
    assert.are.equal("[{nlmsg_len=36, nlmsg_type=NLMSG_ERROR, nlmsg_flags=NLM_F_CAPPED, nlmsg_seq=105, " ..
      "nlmsg_pid=20608}, {error=0, msg={nlmsg_len=40, nlmsg_type=RTM_GETLINK, " ..
      "nlmsg_flags=NLM_F_REQUEST|NLM_F_ACK, nlmsg_seq=105, nlmsg_pid=0}}]",
      nl.decode(f, hdr(36, 2, 0x100, 105, 20608) .. pack("<i4", 0) .. hdr(40, 18, 5, 105, 0), 0))
    -- recvfrom(3, [{nlmsg_len=52, nlmsg_type=NLMSG_ERROR, ...}, "\xa1\xff\xff\xff\x20\x00\x00\x00"], 24, ...)
    assert.are.equal("[{nlmsg_len=52, nlmsg_type=NLMSG_ERROR, nlmsg_flags=0, nlmsg_seq=111, nlmsg_pid=20608}, " ..
      '"\\xa1\\xff\\xff\\xff\\x20\\x00\\x00\\x00"]',
      nl.decode(f, hdr(52, 2, 0, 111, 20608) .. pack("<i4I4", -95, 32), 0))
    local policy = pack("<I2I2I4I2I2I4", 8, 7, 15, 8, 1, 11)
    local ext = hdr(104, 2, 0x300, 115, 20840) .. pack("<i4", -34) .. hdr(56, 18, 5, 115, 0) ..
      nla(1, "Attribute failed policy validation\0") .. nla(2, pack("<I4", 32)) .. nla(0x8004, policy)
    assert.are.equal("[{nlmsg_len=104, nlmsg_type=NLMSG_ERROR, nlmsg_flags=NLM_F_CAPPED|NLM_F_ACK_TLVS, " ..
      "nlmsg_seq=115, nlmsg_pid=20840}, [{error=-ERANGE, msg={nlmsg_len=56, nlmsg_type=RTM_GETLINK, " ..
      "nlmsg_flags=NLM_F_REQUEST|NLM_F_ACK, nlmsg_seq=115, nlmsg_pid=0}}, [[{nla_len=39, " ..
      'nla_type=NLMSGERR_ATTR_MSG}, "Attribute failed policy validati"...], [{nla_len=8, ' ..
      "nla_type=NLMSGERR_ATTR_OFFS}, 32], [{nla_len=20, nla_type=NLA_F_NESTED|NLMSGERR_ATTR_POLICY}, " ..
      '"\\x08\\x00\\x07\\x00\\x0f\\x00\\x00\\x00\\x08\\x00\\x01\\x00\\x0b\\x00\\x00\\x00"]]]]', nl.decode(f, ext, 0))
  end)

  -- v14: buffers the kernel ignores
  it("prints short buffers, short messages and loose bytes", function()
    local noop = hdr(16, 1, 1, 0, 0)
    assert.are.equal('"\\x10\\x00\\x00\\x00\\x01\\x00\\x01\\x00"', nl.decode(f, noop:sub(1, 8), 0))
    assert.are.equal("[{nlmsg_len=48, nlmsg_type=NLMSG_NOOP, nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=0, " ..
      'nlmsg_pid=0}, "\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00"]', nl.decode(f, hdr(48, 1, 1, 0, 0) .. ("\0"):rep(8), 0))
    assert.are.equal("{nlmsg_len=0, nlmsg_type=NLMSG_NOOP, nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=0, nlmsg_pid=0}",
      nl.decode(f, hdr(0, 1, 1, 0, 0) .. ("\0"):rep(16), 0))
    assert.are.equal("[{nlmsg_len=16, nlmsg_type=NLMSG_NOOP, nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=0, " ..
      'nlmsg_pid=0}, "\\x61\\x62\\x63\\x64\\x65"]', nl.decode(f, noop .. "abcde", 0))
    assert.are.equal("[{nlmsg_len=16, nlmsg_type=NLMSG_NOOP, nlmsg_flags=NLM_F_REQUEST|NLM_F_ACK, nlmsg_seq=112, " ..
      "nlmsg_pid=0}, {nlmsg_len=16, nlmsg_type=NLMSG_NOOP, nlmsg_flags=NLM_F_REQUEST|NLM_F_ACK, nlmsg_seq=113, " ..
      "nlmsg_pid=0}]", nl.decode(f, hdr(16, 1, 5, 112, 0) .. hdr(16, 1, 5, 113, 0), 0))
  end)

  it("names flags by the kind of message", function()
    local function one(ty, flags) return nl.decode(f, hdr(20, ty, flags, 7, 0) .. pack("<i4", 3), 0) end
    local function head(ty, flags) return one(ty, flags):match("^%[(%b{})") end
    assert.are.equal("[{nlmsg_len=20, nlmsg_type=NLMSG_DONE, nlmsg_flags=NLM_F_MULTI, nlmsg_seq=7, nlmsg_pid=0}, 3]",
      one(3, 2))
    assert.are.equal("[{nlmsg_len=20, nlmsg_type=NLMSG_OVERRUN, nlmsg_flags=NLM_F_ECHO|NLM_F_DUMP_INTR|0x8000, " ..
      'nlmsg_seq=7, nlmsg_pid=0}, "\\x03\\x00\\x00\\x00"]', one(4, 0x8018))
    assert.are.equal("[{nlmsg_len=20, nlmsg_type=RTM_NEWLINK, " ..
      "nlmsg_flags=NLM_F_REPLACE|NLM_F_EXCL|NLM_F_CREATE|NLM_F_APPEND, nlmsg_seq=7, nlmsg_pid=0}, " ..
      "{ifi_family=AF_AX25, ...}]", one(16, 0xf00))
    assert.are.equal("{nlmsg_len=20, nlmsg_type=RTM_DELROUTE, nlmsg_flags=NLM_F_NONREC|NLM_F_BULK, nlmsg_seq=7, " ..
      "nlmsg_pid=0}", head(25, 0x300))
    assert.are.equal("{nlmsg_len=20, nlmsg_type=RTM_GETROUTE, nlmsg_flags=NLM_F_DUMP_FILTERED|NLM_F_ROOT|" ..
      "NLM_F_ATOMIC, nlmsg_seq=7, nlmsg_pid=0}", head(26, 0x520))
    assert.are.equal("[{nlmsg_len=20, nlmsg_type=0x200 /* RTM_??? */, nlmsg_flags=NLM_F_REPLACE|NLM_F_EXCL, " ..
      'nlmsg_seq=7, nlmsg_pid=0}, {family=AF_AX25, data="\\x00\\x00\\x00"}]', one(0x200, 0x300))
    assert.are.equal("{nlmsg_len=20, nlmsg_type=NLMSG_NOOP, nlmsg_flags=0x700 /* NLM_F_??? */, nlmsg_seq=7, " ..
      "nlmsg_pid=0}", head(1, 0x700))
    assert.are.equal("{nlmsg_len=20, nlmsg_type=NLMSG_ERROR, nlmsg_flags=NLM_F_CAPPED|NLM_F_ACK_TLVS|0x400, " ..
      "nlmsg_seq=7, nlmsg_pid=0}", head(2, 0x700))
    assert.are.equal("{nlmsg_len=20, nlmsg_type=RTM_SETLINK, nlmsg_flags=0x700 /* NLM_F_??? */, nlmsg_seq=7, " ..
      "nlmsg_pid=0}", head(19, 0x700))
    assert.are.equal("{nlmsg_len=20, nlmsg_type=RTM_GETADDR, nlmsg_flags=NLM_F_DUMP|NLM_F_ATOMIC|0x1800, " ..
      "nlmsg_seq=7, nlmsg_pid=0}", head(22, 0x1f00))
  end)

  -- v14: an empty, a nested and a short attribute
  it("prints attributes without data, nested flags and short data", function()
    local m = hdr(48, 22, 0, 7, 0) .. pack("<BBBBI4", 2, 8, 0, 0, 1) .. pack("<I2I2", 4, 3) ..
      pack("<I2I2", 12, 0x8001) .. pack("<I2I2I4", 8, 8, 0x80) .. pack("<I2I2I2xx", 6, 2, 0x7f)
    assert.are.equal("[{nlmsg_len=48, nlmsg_type=RTM_GETADDR, nlmsg_flags=0, nlmsg_seq=7, nlmsg_pid=0}, " ..
      "{ifa_family=AF_INET, ifa_prefixlen=8, ifa_flags=0, ifa_scope=RT_SCOPE_UNIVERSE, " ..
      'ifa_index=if_nametoindex("lo")}, [{nla_len=4, nla_type=IFA_LABEL}, [{nla_len=12, ' ..
      'nla_type=NLA_F_NESTED|IFA_ADDRESS}, inet_addr("8.0.8.0")], [{nla_len=6, nla_type=IFA_LOCAL}, ' ..
      '"\\x7f\\x00"]]]', nl.decode(f, m, 0))
  end)

  -- v14 and ss: a NETLINK_SOCK_DIAG request
  it("decodes inet_diag requests", function()
    local q = hdr(72, 20, 0x301, 114, 0) .. pack("<BBBxI4", 2, 6, 0, 0) .. pack(">I2I2", 1, 0) ..
      ("\0"):rep(32) .. pack("<I4I4I4", 0, 0xffffffff, 0xffffffff)
    local ev = fake.event{ kind = "enter", args = { 13, 0x1000, 72, 0, 0, 0 }, mem = { [0x1000] = q } }
    assert.are.equal("13, [{nlmsg_len=72, nlmsg_type=SOCK_DIAG_BY_FAMILY, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, " ..
      "nlmsg_seq=114, nlmsg_pid=0}, {sdiag_family=AF_INET, sdiag_protocol=IPPROTO_TCP, idiag_ext=0, " ..
      "idiag_states=0, id={idiag_sport=htons(1), idiag_dport=htons(0), idiag_src=inet_addr(\"0.0.0.0\"), " ..
      'idiag_dst=inet_addr("0.0.0.0"), idiag_if=0, idiag_cookie=[4294967295, 4294967295]}}], 72, 0, NULL, 0',
      fake.render(D.sendto, ev, f))
  end)

  it("leaves other sockets' data alone, and asks only when data is printed", function()
    local ev = fake.event{ kind = "enter", args = { 25, 0x1000, 16, 0, 0, 0 }, mem = { [0x1000] = hdr(16, 1, 1, 0, 0) } }
    assert.are.equal('25, "\\20\\0\\0\\0\\1\\0\\1\\0\\0\\0\\0\\0\\0\\0\\0\\0", 16, 0, NULL, 0', fake.render(D.sendto, ev, f))
    assert.are.same({ 25 }, asked)
    -- a failed recvfrom prints no data: nothing to ask
    ev = fake.event{ kind = "enter", args = { 3, 0x1000, 16, 0, 0, 0 } }
    D.recvfrom.enter(ev, f)
    ev.kind, ev.ret, ev.err = "exit", -1, 11
    assert.are.equal("0x1000, 16, 0, NULL, NULL", D.recvfrom.exit(ev, f))
    assert.are.same({ 25 }, asked)
  end)

  -- strace -x / -xx hex a string attribute whole, NUL included
  it("follows -x in string attributes and names", function()
    f.opts.xflag = 1
    local text = nl.decode(f, LO_ADDR, 0)
    assert.truthy(text:find('[{nla_len=7, nla_type=IFA_LABEL}, "\\x6c\\x6f\\x00"...]', 1, true))
    assert.truthy(text:find('if_nametoindex("lo")', 1, true))
    f.opts.xflag = 2
    text = nl.decode(f, LO_ADDR, 0)
    assert.truthy(text:find('if_nametoindex("\\x6c\\x6f")', 1, true))
  end)
  -- round 2, strace 6.1 on tests/lua/victims/v17.c and ss -x
  it("decodes unix_diag requests and replies", function()
    local q = hdr(40, 20, 0x301, 123456, 0) .. pack("<BBI2I4I4I4I4I4", 1, 0, 0, 0xb37, 0, 0x15, 0, 0)
    assert.are.equal("[{nlmsg_len=40, nlmsg_type=SOCK_DIAG_BY_FAMILY, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, " ..
      "nlmsg_seq=123456, nlmsg_pid=0}, {sdiag_family=AF_UNIX, sdiag_protocol=0, udiag_states=1<<TCP_ESTABLISHED|" ..
      "1<<TCP_SYN_SENT|1<<TCP_FIN_WAIT1|1<<TCP_FIN_WAIT2|1<<TCP_CLOSE_WAIT|1<<TCP_LAST_ACK|1<<TCP_CLOSING|0x1, " ..
      "udiag_ino=0, udiag_show=UDIAG_SHOW_NAME|UDIAG_SHOW_PEER|UDIAG_SHOW_RQLEN, udiag_cookie=[0, 0]}]",
      nl.decode(f, q, 4))
    local m = hdr(96, 20, 2, 1, 5) .. pack("<BBBxI4I4I4", 1, 1, 10, 4242, 7, 0) ..
      nla(0, "/tmp/mt/nl2_sock\0") .. nla(1, pack("<I4I4", 123, 0x803)) .. nla(2, pack("<I4", 4243)) ..
      nla(4, pack("<I4I4", 5, 6)) .. nla(6, "\3")
    assert.are.equal("[{nlmsg_len=96, nlmsg_type=SOCK_DIAG_BY_FAMILY, nlmsg_flags=NLM_F_MULTI, nlmsg_seq=1, " ..
      "nlmsg_pid=5}, {udiag_family=AF_UNIX, udiag_type=SOCK_STREAM, udiag_state=TCP_LISTEN, udiag_ino=4242, " ..
      'udiag_cookie=[7, 0]}, [[{nla_len=21, nla_type=UNIX_DIAG_NAME}, "/tmp/mt/nl2_sock"], [{nla_len=12, ' ..
      "nla_type=UNIX_DIAG_VFS}, {udiag_vfs_dev=makedev(0x8, 0x3), udiag_vfs_ino=123}], [{nla_len=8, " ..
      "nla_type=UNIX_DIAG_PEER}, 4243], [{nla_len=12, nla_type=UNIX_DIAG_RQLEN}, {udiag_rqueue=5, " ..
      "udiag_wqueue=6}], [{nla_len=5, nla_type=UNIX_DIAG_SHUTDOWN}, 3]]]", nl.decode(f, m, 4))
    local a = hdr(48, 20, 2, 1, 5) .. pack("<BBBxI4I4I4", 1, 2, 7, 1, 0, 0) .. nla(0, "\0abstract")
    assert.truthy(nl.decode(f, a, 4):find('[{nla_len=13, nla_type=UNIX_DIAG_NAME}, "\\0abstract"...]', 1, true))
  end)

  it("decodes INET_DIAG_SOCKOPT bits, all of them with -v", function()
    local m = hdr(104, 20, 2, 1, 5) .. pack("<BBBB", 2, 10, 0, 0) .. pack(">I2I2", 80, 0) .. ("\0"):rep(32) ..
      pack("<I4I4I4", 0, 1, 0) .. pack("<I4I4I4I4I4", 0, 0, 0, 0, 99) .. nla(22, "\x52\0") .. nla(22, "\xff\xff")
    local text = nl.decode(f, m, 4)
    assert.truthy(text:find("[[{nla_len=6, nla_type=INET_DIAG_SOCKOPT}, {is_icsk=1, mc_loop=1, mc_all=1}], " ..
      "[{nla_len=6, nla_type=INET_DIAG_SOCKOPT}, {recverr=1, is_icsk=1, freebind=1, hdrincl=1, mc_loop=1, " ..
      "transparent=1, mc_all=1, nodefrag=1, bind_address_no_port=1, recverr_rfc4884=1, defer_connect=1, " ..
      "unused=0x1f /* bits 3..8 */}]]]", 1, true))
    f.opts.verbose = true
    assert.truthy(nl.decode(f, m, 4):find("{recverr=0, is_icsk=1, freebind=0, hdrincl=0, mc_loop=1, " ..
      "transparent=0, mc_all=1, nodefrag=0, bind_address_no_port=0, recverr_rfc4884=0, defer_connect=0, " ..
      "unused=0 /* bits 3..8 */}", 1, true))
  end)

  it("decodes IFLA_PROTINFO and IFLA_AF_SPEC of AF_INET6, IFLA_XDP, IFLA_LINKINFO", function()
    local inet6 = nla(1, pack("<I4", 0x80000000)) .. nla(2, pack("<i4i4i4", 0, 64, -1)) .. nla(8, "\0")
    local m = hdr(0, 16, 2, 1, 5) .. pack("<BxI2i4I4I4", 10, 772, 1, 0, 0) .. nla(12, inet6) ..
      nla(43, nla(2, "\0")) .. nla(18, nla(1, "ifb\0"))
    m = pack("<I4", #m) .. m:sub(5)
    assert.are.equal("[{nlmsg_len=92, nlmsg_type=RTM_NEWLINK, nlmsg_flags=NLM_F_MULTI, nlmsg_seq=1, nlmsg_pid=5}, " ..
      '{ifi_family=AF_INET6, ifi_type=ARPHRD_LOOPBACK, ifi_index=if_nametoindex("lo"), ifi_flags=0, ifi_change=0}, ' ..
      "[[{nla_len=36, nla_type=IFLA_PROTINFO}, [[{nla_len=8, nla_type=IFLA_INET6_FLAGS}, IF_READY], " ..
      "[{nla_len=16, nla_type=IFLA_INET6_CONF}, [[DEVCONF_FORWARDING]=0, [DEVCONF_HOPLIMIT]=64, " ..
      "[DEVCONF_MTU6]=-1]], [{nla_len=5, nla_type=IFLA_INET6_ADDR_GEN_MODE}, IN6_ADDR_GEN_MODE_EUI64]]], " ..
      "[{nla_len=12, nla_type=IFLA_XDP}, [{nla_len=5, nla_type=IFLA_XDP_ATTACHED}, XDP_ATTACHED_NONE]], " ..
      '[{nla_len=12, nla_type=IFLA_LINKINFO}, [{nla_len=8, nla_type=IFLA_INFO_KIND}, "ifb"]]]]', nl.decode(f, m, 0))
    local spec = nla(26, nla(2, nla(1, pack("<i4i4", 0, 1))))
    assert.truthy(nl.decode(f, hdr(16 + 16 + #spec, 16, 2, 1, 5) .. pack("<BxI2i4I4I4", 0, 1, 1, 0, 0) .. spec, 0)
      :find("[{nla_len=20, nla_type=IFLA_AF_SPEC}, [{nla_len=16, nla_type=AF_INET}, [{nla_len=12, " ..
        "nla_type=IFLA_INET_CONF}, [[IPV4_DEVCONF_FORWARDING-1]=0, [IPV4_DEVCONF_MC_FORWARDING-1]=1]]]]", 1, true))
  end)

  it("decodes rules, netconf, qdiscs and nexthops", function()
    local r = hdr(44, 32, 2, 1, 5) .. pack("<BBBBBxxBI4", 2, 24, 0, 0, 100, 1, 2) .. nla(15, pack("<I4", 100)) ..
      nla(21, "\4")
    assert.are.equal("[{nlmsg_len=44, nlmsg_type=RTM_NEWRULE, nlmsg_flags=NLM_F_MULTI, nlmsg_seq=1, nlmsg_pid=5}, " ..
      "{family=AF_INET, dst_len=24, src_len=0, tos=0, table=0x64 /* RT_TABLE_??? */, action=FR_ACT_TO_TBL, " ..
      "flags=FIB_RULE_INVERT}, [[{nla_len=8, nla_type=FRA_TABLE}, 0x64], [{nla_len=5, nla_type=FRA_PROTOCOL}, " ..
      "RTPROT_STATIC]]]", nl.decode(f, r, 0))
    assert.are.equal("[{nlmsg_len=28, nlmsg_type=RTM_NEWNETCONF, nlmsg_flags=NLM_F_MULTI, nlmsg_seq=1, " ..
      "nlmsg_pid=5}, {ncm_family=AF_INET}, [{nla_len=8, nla_type=NETCONFA_IFINDEX}, 4294967295]]",
      nl.decode(f, hdr(28, 80, 2, 1, 5) .. pack("<Bxxx", 2) .. nla(1, pack("<i4", -1)), 0))
    local qd = hdr(0, 36, 2, 1, 5) .. pack("<Bxxxi4I4I4I4", 0, 1, 0, 0xffffffff, 2) .. nla(1, "noqueue\0") ..
      nla(7, nla(1, pack("<i8I4", 0, 0)))
    qd = pack("<I4", #qd) .. qd:sub(5)
    assert.are.equal("[{nlmsg_len=68, nlmsg_type=RTM_NEWQDISC, nlmsg_flags=NLM_F_MULTI, nlmsg_seq=1, nlmsg_pid=5}, " ..
      '{tcm_family=AF_UNSPEC, tcm_ifindex=if_nametoindex("lo"), tcm_handle=0, tcm_parent=4294967295, tcm_info=2}, ' ..
      '[[{nla_len=12, nla_type=TCA_KIND}, "noqueue"], [{nla_len=20, nla_type=TCA_STATS2}, [{nla_len=16, ' ..
      "nla_type=TCA_STATS_BASIC}, {bytes=0, packets=0}]]]]", nl.decode(f, qd, 0))
    assert.are.equal("[{nlmsg_len=24, nlmsg_type=RTM_GETNEXTHOP, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=1, " ..
      "nlmsg_pid=0}, {nh_family=AF_UNSPEC, nh_scope=RT_SCOPE_UNIVERSE, nh_protocol=RTPROT_UNSPEC, nh_flags=0}]",
      nl.decode(f, hdr(24, 106, 0x301, 1, 0) .. pack("<BBBxI4", 0, 0, 0, 0), 0))
  end)

  -- ip tcp_metrics show: generic netlink families by name, learnt from nlctrl
  it("names generic netlink families", function()
    assert.are.equal('[{nlmsg_len=20, nlmsg_type=0x7ff0 /* GENERIC_FAMILY_??? */, nlmsg_flags=NLM_F_REQUEST|' ..
      'NLM_F_ACK|0x300, nlmsg_seq=1, nlmsg_pid=0}, "\\x01\\x01\\x00\\x00"]',
      nl.decode(f, hdr(20, 0x7ff0, 0x305, 1, 0) .. "\1\1\0\0", 16))
    local reply = hdr(0, 0x10, 0, 1, 5) .. "\1\2\0\0" .. nla(2, "nl2_fam\0") .. nla(1, pack("<I2", 0x7ff0))
    reply = pack("<I4", #reply) .. reply:sub(5)
    assert.truthy(nl.decode(f, reply, 16):find("nlmsg_type=nlctrl, nlmsg_flags=0,", 1, true))
    assert.are.equal('[{nlmsg_len=20, nlmsg_type=nl2_fam, nlmsg_flags=NLM_F_REQUEST|0x300, nlmsg_seq=1, ' ..
      'nlmsg_pid=0}, "\\x01\\x01\\x00\\x00"]', nl.decode(f, hdr(20, 0x7ff0, 0x301, 1, 0) .. "\1\1\0\0", 16))
  end)
end)

-- -X raw and -X verbose: strace 6.1's output on tests/lua/victims/v14.c,
-- v17.c and `ip addr` (the bytes rebuilt here).
describe("netlink messages with -X", function()
  local ifname = f.ifname
  before_each(function()
    f.opts = { strsize = 32, verbose = false, xflag = 0, yflag = 0 }
    f.ifname = function(i) return ({ [1] = "lo", [4] = "eth0" })[i] end
  end)
  after_each(function() f.ifname = ifname; f.opts.xstyle = nil end)

  local function styled(style, fn)
    f.opts.xstyle = style
    local ok, text = pcall(fn)
    f.opts.xstyle = nil
    assert(ok, text)
    return text
  end

  it("prints enums in hex, interface indexes and addresses as numbers and bytes", function()
    local function lo() return nl.decode(f, LO_ADDR, 0) end
    assert.are.equal("[{nlmsg_len=76, nlmsg_type=0x14 /* RTM_NEWADDR */, nlmsg_flags=0x2 /* NLM_F_MULTI */, " ..
      "nlmsg_seq=1795752542, nlmsg_pid=6064}, {ifa_family=0x2 /* AF_INET */, ifa_prefixlen=8, " ..
      'ifa_flags=0x80 /* IFA_F_PERMANENT */, ifa_scope=0xfe /* RT_SCOPE_HOST */, ifa_index=1 /* if_nametoindex("lo") */}, ' ..
      '[[{nla_len=8, nla_type=0x1 /* IFA_ADDRESS */}, "\\x7f\\x00\\x00\\x01" /* inet_addr("127.0.0.1") */], ' ..
      '[{nla_len=8, nla_type=0x2 /* IFA_LOCAL */}, "\\x7f\\x00\\x00\\x01" /* inet_addr("127.0.0.1") */], ' ..
      '[{nla_len=7, nla_type=0x3 /* IFA_LABEL */}, "lo"], [{nla_len=8, nla_type=0x8 /* IFA_FLAGS */}, ' ..
      "0x80 /* IFA_F_PERMANENT */], [{nla_len=20, nla_type=0x6 /* IFA_CACHEINFO */}, {ifa_prefered=4294967295, " ..
      "ifa_valid=4294967295, cstamp=22, tstamp=22}]]]", styled("verbose", lo))
    assert.are.equal("[{nlmsg_len=76, nlmsg_type=0x14, nlmsg_flags=0x2, nlmsg_seq=1795752542, nlmsg_pid=6064}, " ..
      "{ifa_family=0x2, ifa_prefixlen=8, ifa_flags=0x80, ifa_scope=0xfe, ifa_index=1}, " ..
      '[[{nla_len=8, nla_type=0x1}, "\\x7f\\x00\\x00\\x01"], [{nla_len=8, nla_type=0x2}, "\\x7f\\x00\\x00\\x01"], ' ..
      '[{nla_len=7, nla_type=0x3}, "lo"], [{nla_len=8, nla_type=0x8}, 0x80], [{nla_len=20, nla_type=0x6}, ' ..
      "{ifa_prefered=4294967295, ifa_valid=4294967295, cstamp=22, tstamp=22}]]]", styled("raw", lo))
    assert.are.equal(LO_ADDR_TEXT, lo())

    local route = hdr(60, 24, 2, 106, 26416) .. pack("<BBBBBBBBI4", 2, 24, 0, 0, 254, 2, 253, 1, 0) ..
      nla(15, pack("<I4", 254)) .. nla(1, be(192, 0, 2, 0)) .. nla(7, be(192, 0, 2, 2)) .. nla(4, pack("<I4", 4))
    local function rt() return nl.decode(f, route, 0) end
    assert.are.equal("[{nlmsg_len=60, nlmsg_type=0x18 /* RTM_NEWROUTE */, nlmsg_flags=0x2 /* NLM_F_MULTI */, " ..
      "nlmsg_seq=106, nlmsg_pid=26416}, {rtm_family=0x2 /* AF_INET */, rtm_dst_len=24, rtm_src_len=0, rtm_tos=0, " ..
      "rtm_table=0xfe /* RT_TABLE_MAIN */, rtm_protocol=0x2 /* RTPROT_KERNEL */, rtm_scope=0xfd /* RT_SCOPE_LINK */, " ..
      "rtm_type=0x1 /* RTN_UNICAST */, rtm_flags=0}, [[{nla_len=8, nla_type=0xf /* RTA_TABLE */}, " ..
      '0xfe /* RT_TABLE_MAIN */], [{nla_len=8, nla_type=0x1 /* RTA_DST */}, "\\xc0\\x00\\x02\\x00" /* ' ..
      'inet_addr("192.0.2.0") */], [{nla_len=8, nla_type=0x7 /* RTA_PREFSRC */}, "\\xc0\\x00\\x02\\x02" /* ' ..
      'inet_addr("192.0.2.2") */], [{nla_len=8, nla_type=0x4 /* RTA_OIF */}, 4 /* if_nametoindex("eth0") */]]]',
      styled("verbose", rt))
    assert.are.equal("[{nlmsg_len=60, nlmsg_type=0x18, nlmsg_flags=0x2, nlmsg_seq=106, nlmsg_pid=26416}, " ..
      "{rtm_family=0x2, rtm_dst_len=24, rtm_src_len=0, rtm_tos=0, rtm_table=0xfe, rtm_protocol=0x2, " ..
      "rtm_scope=0xfd, rtm_type=0x1, rtm_flags=0}, [[{nla_len=8, nla_type=0xf}, 0xfe], [{nla_len=8, " ..
      'nla_type=0x1}, "\\xc0\\x00\\x02\\x00"], [{nla_len=8, nla_type=0x7}, "\\xc0\\x00\\x02\\x02"], ' ..
      "[{nla_len=8, nla_type=0x4}, 4]]]", styled("raw", rt))
    assert.are.equal("[{nlmsg_len=60, nlmsg_type=RTM_NEWROUTE, nlmsg_flags=NLM_F_MULTI, nlmsg_seq=106, " ..
      "nlmsg_pid=26416}, {rtm_family=AF_INET, rtm_dst_len=24, rtm_src_len=0, rtm_tos=0, rtm_table=RT_TABLE_MAIN, " ..
      "rtm_protocol=RTPROT_KERNEL, rtm_scope=RT_SCOPE_LINK, rtm_type=RTN_UNICAST, rtm_flags=0}, " ..
      "[[{nla_len=8, nla_type=RTA_TABLE}, RT_TABLE_MAIN], [{nla_len=8, nla_type=RTA_DST}, " ..
      'inet_addr("192.0.2.0")], [{nla_len=8, nla_type=RTA_PREFSRC}, inet_addr("192.0.2.2")], ' ..
      '[{nla_len=8, nla_type=RTA_OIF}, if_nametoindex("eth0")]]]', rt())
  end)

  it("prints errors as numbers and NLA_F_NESTED as a flag of its own", function()
    local e = hdr(104, 2, 0x300, 115, 26416) .. pack("<i4", -34) .. hdr(56, 18, 5, 115, 0) ..
      nla(1, "Attribute failed policy validation\0") .. nla(2, pack("<I4", 32)) ..
      nla(0x8004, pack("<I2I2I4I2I2I4", 8, 7, 15, 8, 1, 11))
    local function err() return nl.decode(f, e, 0) end
    assert.are.equal("[{nlmsg_len=104, nlmsg_type=0x2 /* NLMSG_ERROR */, nlmsg_flags=0x300 /* NLM_F_CAPPED|" ..
      "NLM_F_ACK_TLVS */, nlmsg_seq=115, nlmsg_pid=26416}, [{error=-34 /* -ERANGE */, msg={nlmsg_len=56, " ..
      "nlmsg_type=0x12 /* RTM_GETLINK */, nlmsg_flags=0x5 /* NLM_F_REQUEST|NLM_F_ACK */, nlmsg_seq=115, " ..
      'nlmsg_pid=0}}, [[{nla_len=39, nla_type=0x1 /* NLMSGERR_ATTR_MSG */}, "Attribute failed policy validati"...], ' ..
      "[{nla_len=8, nla_type=0x2 /* NLMSGERR_ATTR_OFFS */}, 32], [{nla_len=20, nla_type=0x8000 /* NLA_F_NESTED */|" ..
      '0x4 /* NLMSGERR_ATTR_POLICY */}, "\\x08\\x00\\x07\\x00\\x0f\\x00\\x00\\x00\\x08\\x00\\x01\\x00\\x0b\\x00' ..
      '\\x00\\x00"]]]]', styled("verbose", err))
    assert.are.equal("[{nlmsg_len=104, nlmsg_type=0x2, nlmsg_flags=0x300, nlmsg_seq=115, nlmsg_pid=26416}, " ..
      "[{error=-34, msg={nlmsg_len=56, nlmsg_type=0x12, nlmsg_flags=0x5, nlmsg_seq=115, nlmsg_pid=0}}, " ..
      '[[{nla_len=39, nla_type=0x1}, "Attribute failed policy validati"...], [{nla_len=8, nla_type=0x2}, 32], ' ..
      '[{nla_len=20, nla_type=0x8000|0x4}, "\\x08\\x00\\x07\\x00\\x0f\\x00\\x00\\x00\\x08\\x00\\x01\\x00\\x0b' ..
      '\\x00\\x00\\x00"]]]]', styled("raw", err))
    assert.truthy(err():find("{error=-ERANGE, msg=", 1, true))
    assert.truthy(err():find("nla_type=NLA_F_NESTED|NLMSGERR_ATTR_POLICY}", 1, true))
  end)

  it("prints sock_diag ports, addresses and states as their bytes and numbers", function()
    local req = hdr(72, 20, 0x301, 116, 0) .. pack("<BBBxI4", 2, 6, 0, 0) .. be(0, 1, 0, 0) ..
      ("\0"):rep(32) .. pack("<I4I4I4", 0, 0xffffffff, 0xffffffff)
    local z16 = '"' .. ("\\x00"):rep(16) .. '"'
    assert.are.equal("[{nlmsg_len=72, nlmsg_type=0x14 /* SOCK_DIAG_BY_FAMILY */, nlmsg_flags=0x301 /* " ..
      "NLM_F_REQUEST|NLM_F_DUMP */, nlmsg_seq=116, nlmsg_pid=0}, {sdiag_family=0x2 /* AF_INET */, " ..
      "sdiag_protocol=0x6 /* IPPROTO_TCP */, idiag_ext=0, idiag_states=0, id={idiag_sport=\"\\x00\\x01\" /* " ..
      'htons(1) */, idiag_dport="\\x00\\x00" /* htons(0) */, idiag_src=' .. z16 .. ' /* inet_addr("0.0.0.0") */, ' ..
      "idiag_dst=" .. z16 .. ' /* inet_addr("0.0.0.0") */, idiag_if=0, idiag_cookie=[4294967295, 4294967295]}}]',
      styled("verbose", function() return nl.decode(f, req, 4) end))
    assert.are.equal("[{nlmsg_len=72, nlmsg_type=0x14, nlmsg_flags=0x301, nlmsg_seq=116, nlmsg_pid=0}, " ..
      "{sdiag_family=0x2, sdiag_protocol=0x6, idiag_ext=0, idiag_states=0, id={idiag_sport=\"\\x00\\x01\", " ..
      'idiag_dport="\\x00\\x00", idiag_src=' .. z16 .. ", idiag_dst=" .. z16 .. ", idiag_if=0, " ..
      "idiag_cookie=[4294967295, 4294967295]}}]", styled("raw", function() return nl.decode(f, req, 4) end))

    local unix = hdr(40, 20, 0x301, 1, 0) .. pack("<BBxxI4I4I4I4I4", 1, 0, 0xffffffff, 0, 0xff, 0, 0)
    local text = styled("verbose", function() return nl.decode(f, unix, 4) end)
    assert.truthy(text:find("{sdiag_family=0x1 /* AF_UNIX */, sdiag_protocol=0, udiag_states=0xffffffff /* " ..
      "1<<TCP_ESTABLISHED|1<<TCP_SYN_SENT|1<<TCP_SYN_RECV|1<<TCP_FIN_WAIT1|1<<TCP_FIN_WAIT2|1<<TCP_TIME_WAIT|" ..
      "1<<TCP_CLOSE|1<<TCP_CLOSE_WAIT|1<<TCP_LAST_ACK|1<<TCP_LISTEN|1<<TCP_CLOSING|1<<TCP_NEW_SYN_RECV|" ..
      "0xffffe001 */, udiag_ino=0, udiag_show=0xff /* UDIAG_SHOW_NAME|UDIAG_SHOW_VFS|UDIAG_SHOW_PEER|" ..
      "UDIAG_SHOW_ICONS|UDIAG_SHOW_RQLEN|UDIAG_SHOW_MEMINFO|UDIAG_SHOW_UID|0x80 */, udiag_cookie=[0, 0]}", 1, true))
    assert.truthy(styled("raw", function() return nl.decode(f, unix, 4) end):find("{sdiag_family=0x1, " ..
      "sdiag_protocol=0, udiag_states=0xffffffff, udiag_ino=0, udiag_show=0xff, udiag_cookie=[0, 0]}", 1, true))

    local nlreq = hdr(36, 20, 0x301, 1, 0) .. pack("<BBxxI4I4I4I4", 16, 255, 0, 0xf, 0xffffffff, 0xffffffff)
    assert.truthy(styled("verbose", function() return nl.decode(f, nlreq, 4) end):find("{sdiag_family=0x10 /* " ..
      "AF_NETLINK */, sdiag_protocol=0xff /* NDIAG_PROTO_ALL */, ndiag_ino=0, ndiag_show=0xf /* NDIAG_SHOW_MEMINFO|" ..
      "NDIAG_SHOW_GROUPS|NDIAG_SHOW_RING_CFG|NDIAG_SHOW_FLAGS */, ndiag_cookie=[4294967295, 4294967295]}", 1, true))
    assert.truthy(styled("raw", function() return nl.decode(f, nlreq, 4) end):find("{sdiag_family=0x10, " ..
      "sdiag_protocol=0xff, ndiag_ino=0, ndiag_show=0xf, ndiag_cookie=[4294967295, 4294967295]}", 1, true))

    local vfs = hdr(0, 20, 2, 1, 5) .. pack("<BBBxI4I4I4", 1, 1, 10, 7, 0, 0) .. nla(1, pack("<I4I4", 123, 0x803))
    vfs = pack("<I4", #vfs) .. vfs:sub(5)
    assert.truthy(styled("verbose", function() return nl.decode(f, vfs, 4) end):find("{nla_len=12, nla_type=0x1 " ..
      "/* UNIX_DIAG_VFS */}, {udiag_vfs_dev=0x803 /* makedev(0x8, 0x3) */, udiag_vfs_ino=123}]", 1, true))
    assert.truthy(styled("raw", function() return nl.decode(f, vfs, 4) end):find("{nla_len=12, nla_type=0x1}, " ..
      "{udiag_vfs_dev=0x803, udiag_vfs_ino=123}]", 1, true))
  end)

  it("prints hardware addresses as bytes and generic families as numbers", function()
    local link = hdr(0, 16, 2, 1, 5) .. pack("<BxI2i4I4I4", 0, 1, 4, 0, 0) .. nla(1, be(0x0a, 0x3f, 0xa3, 0x23, 0x75, 0x7c))
    link = pack("<I4", #link) .. link:sub(5)
    assert.truthy(styled("verbose", function() return nl.decode(f, link, 0) end):find("[{nla_len=10, nla_type=0x1 " ..
      '/* IFLA_ADDRESS */}, "\\x0a\\x3f\\xa3\\x23\\x75\\x7c" /* 0a:3f:a3:23:75:7c */]', 1, true))
    assert.truthy(styled("raw", function() return nl.decode(f, link, 0) end):find("[{nla_len=10, nla_type=0x1}, " ..
      '"\\x0a\\x3f\\xa3\\x23\\x75\\x7c"]', 1, true))
    assert.truthy(nl.decode(f, link, 0):find("[{nla_len=10, nla_type=IFLA_ADDRESS}, 0a:3f:a3:23:75:7c]", 1, true))

    local get = hdr(32, 16, 1, 220, 0) .. "\3\1\0\0" .. nla(2, "nlctrl\0")
    assert.are.equal("[{nlmsg_len=32, nlmsg_type=0x10 /* nlctrl */, nlmsg_flags=0x1 /* NLM_F_REQUEST */, " ..
      'nlmsg_seq=220, nlmsg_pid=0}, "\\x03\\x01\\x00\\x00\\x0b\\x00\\x02\\x00\\x6e\\x6c\\x63\\x74\\x72\\x6c\\x00\\x00"]',
      styled("verbose", function() return nl.decode(f, get, 16) end))
    assert.are.equal("[{nlmsg_len=32, nlmsg_type=0x10, nlmsg_flags=0x1, nlmsg_seq=220, nlmsg_pid=0}, " ..
      '"\\x03\\x01\\x00\\x00\\x0b\\x00\\x02\\x00\\x6e\\x6c\\x63\\x74\\x72\\x6c\\x00\\x00"]',
      styled("raw", function() return nl.decode(f, get, 16) end))
  end)

  -- strace 6.1 on sendto()s of 20-byte messages (payload "\x01\x02\x03\x04")
  -- to netlink sockets of each protocol: a socket not bound yet, or of
  -- another network namespace, has no protocol strace can learn (nl.UNKNOWN)
  local function msg(ty, flags) return hdr(20, ty, flags, 1, 0) .. "\1\2\3\4" end
  local function text(ty, flags, payload)
    return ("[{nlmsg_len=20, nlmsg_type=%s, nlmsg_flags=%s, nlmsg_seq=1, nlmsg_pid=0}, %s]"):format(ty, flags,
      payload or '"\\x01\\x02\\x03\\x04"')
  end
  it("prints messages of a socket of unknown protocol with the generic names", function()
    assert.are.equal(text("0x12 /* NLMSG_??? */", "NLM_F_REQUEST|0x300"), nl.decode(f, msg(0x12, 0x301), nl.UNKNOWN))
    assert.are.equal(text("NLMSG_DONE", "NLM_F_MULTI", "67305985"), nl.decode(f, msg(3, 2), nl.UNKNOWN))
    -- NETLINK_USERSOCK, NETLINK_CONNECTOR: the same
    assert.are.equal(text("0x100 /* NLMSG_??? */", "NLM_F_REQUEST|0x500"), nl.decode(f, msg(0x100, 0x501), 2))
    assert.are.equal(text("0x3e8 /* NLMSG_??? */", "NLM_F_REQUEST|0x300"), nl.decode(f, msg(1000, 0x301), 11))
  end)

  it("names the messages of NETLINK_XFRM, NETLINK_SELINUX, NETLINK_AUDIT", function()
    assert.are.equal(text("XFRM_MSG_NEWSA", "NLM_F_REQUEST|NLM_F_REPLACE|NLM_F_EXCL|NLM_F_CREATE|NLM_F_APPEND"),
      nl.decode(f, msg(0x10, 0xf01), 6))
    assert.are.equal(text("XFRM_MSG_GETSA", "NLM_F_REQUEST|NLM_F_DUMP"), nl.decode(f, msg(0x12, 0x301), 6))
    assert.are.equal(text("XFRM_MSG_UPDSA", "NLM_F_REQUEST|0x700"), nl.decode(f, msg(0x1a, 0x701), 6))
    assert.are.equal(text("0x3e8 /* XFRM_MSG_??? */", "NLM_F_REQUEST|0x300"), nl.decode(f, msg(1000, 0x301), 6))
    assert.are.equal(text("SELNL_MSG_SETENFORCE", "NLM_F_REQUEST|0xf00", "{val=67305985}"),
      nl.decode(f, msg(0x10, 0xf01), 7))
    assert.are.equal(text("0x12 /* SELNL_MSG_??? */", "NLM_F_REQUEST|0x300"), nl.decode(f, msg(0x12, 0x301), 7))
    assert.are.equal(text("AUDIT_GET", "NLM_F_REQUEST|0x300"), nl.decode(f, msg(1000, 0x301), 9))
    assert.are.equal(text("0x10 /* AUDIT_??? */", "NLM_F_REQUEST|0xf00"), nl.decode(f, msg(0x10, 0xf01), 9))
    assert.are.equal(text("TCPDIAG_GETSOCK", "NLM_F_REQUEST|NLM_F_DUMP", "{sdiag_family=AF_UNIX, ...}"),
      nl.decode(f, msg(0x12, 0x301), 4))
  end)

  it("gives NETLINK_ROUTE types without a name no struct, and knows strace's names", function()
    local m = hdr(56, 0x17, 0x701, 1, 0) .. pack("BBBB", 2, 3, 4, 5) .. ("\0"):rep(36)
    assert.truthy(nl.decode(f, m, 0):find("nlmsg_type=0x17 /* RTM_??? */, nlmsg_flags=NLM_F_REQUEST|0x700, " ..
      'nlmsg_seq=1, nlmsg_pid=0}, {family=AF_INET, data="\\x03\\x04\\x05', 1, true))
    assert.truthy(nl.decode(f, msg(0x6e, 0x301), 0):find("nlmsg_type=RTM_GETLINKPROP,", 1, true))
    assert.truthy(nl.decode(f, msg(0x5f, 0x301), 0):find("nlmsg_type=0x5f /* RTM_??? */,", 1, true))
    assert.truthy(nl.decode(f, msg(0x78, 0x301), 0):find("nlmsg_type=0x78 /* RTM_??? */,", 1, true))
  end)
end)

describe("netlink.lookup", function()
  local saved_core, saved_proc
  local table_text
  before_each(function()
    saved_core, saved_proc = package.loaded["moontrace.core"], package.loaded["moontrace.proc"]
    package.loaded["moontrace.core"] = {
      readlink = function(path) return path:match("/fd/(%d+)$") and ("socket:[" .. (7000 + tonumber(path:match("(%d+)$"))) .. "]") end,
      getxattr = function() return "NETLINK" end,
    }
    package.loaded["moontrace.proc"] = { read_file = function(path)
      assert.are.equal("/proc/self/net/netlink", path)   -- moontrace's own namespace, as strace's sock_diag
      return table_text
    end }
  end)
  after_each(function()
    package.loaded["moontrace.core"], package.loaded["moontrace.proc"] = saved_core, saved_proc
  end)

  local function row(proto, inode)
    return ("0000000000000000 %d 1234 00000000 0 0 0 2 0 %d\n"):format(proto, inode)
  end

  it("asks again about a socket not bound yet, and prints uevents as bytes", function()
    table_text = "sk Eth Pid Groups Rmem Wmem Dump Locks Drops Inode\n"
    assert.are.equal(nl.UNKNOWN, nl.lookup(4242, 3))
    table_text = table_text .. row(0, 7003) .. row(15, 7005)
    assert.are.equal(0, nl.lookup(4242, 3))
    assert.is_nil(nl.lookup(4242, 5))
  end)
end)
