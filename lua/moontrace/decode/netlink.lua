-- Netlink messages in socket data, printed as strace 6.1 prints them: the
-- helpers net.lua calls for the buffers of sendto, recvfrom, sendmsg and
-- recvmsg when the descriptor is a netlink socket.  Not a syscall family.
--
--   local nl = require "moontrace.decode.netlink"
--   local proto = nl.protocol(ev, fd)          --> 0 (NETLINK_ROUTE) | nil
--   nl.buf(ev, f, addr, len, proto)            --> "[{nlmsg_len=20, ...}, ...]"
--
-- One buffer is a list of messages: "{header}" alone, "[{header}, payload]"
-- with a payload, and "[m1, m2, ...]" when more than one (at most -s of
-- them unless -v, then "...").  Attributes go the same way.  Bytes too few
-- for what they should hold print as a hex string.

local X = require "moontrace.xlat.netlink"
local sock = require "moontrace.xlat.socket"

local M = {}

local NLMSG_HDRLEN, NLA_HDRLEN = 16, 4
local NLMSG_ERROR, NLMSG_DONE = 2, 3
local NLM_F_CAPPED, NLM_F_ACK_TLVS = 0x100, 0x200
local NETLINK_ROUTE, NETLINK_SOCK_DIAG = 0, 4

local AF_INET, AF_INET6 = 2, 10
-- the most of one buffer read from the tracee
local MAX_BUF = 1 << 22

local unpack = string.unpack

local function align4(n) return (n + 3) & ~3 end

-- ---- which sockets are netlink ones --------------------------------------------------

-- lookup(pid, fd) -> the netlink protocol of the socket, M.UNKNOWN for a
-- netlink socket whose protocol is not known, or nil when fd is no netlink
-- socket.  strace learns the protocol from sock_diag, which lists the bound
-- sockets of its own network namespace: a socket not bound yet (before the
-- sendto that binds it) or of another namespace has none, and its messages
-- print with the generic names.  So the list read is moontrace's own
-- (/proc/self/net/netlink), and an unknown protocol is asked again next
-- time.  Asked only for the descriptors of socket calls whose data is
-- printed; kept per (pid, fd) together with the socket's inode, so a
-- descriptor closed and reused is asked again.  The specs replace it.
M.UNKNOWN = -1
local NETLINK_KOBJECT_UEVENT = 15
local cache, cached = {}, 0
local CACHE_MAX = 4096

local function netlink_proto_of_inode(inode)
  local text = require("moontrace.proc").read_file("/proc/self/net/netlink")
  if not text then return nil end
  for line in text:gmatch("[^\n]+") do
    -- sk Eth Pid Groups Rmem Wmem Dump Locks Drops Inode
    local eth, ino = line:match("^%x+%s+(%d+)%s+%S+%s+%x+%s+%d+%s+%d+%s+%S+%s+%d+%s+%d+%s+(%d+)")
    if ino == inode then return tonumber(eth) end
  end
  return nil
end

function M.lookup(pid, fd)
  local ok, core = pcall(require, "moontrace.core")
  if not ok or type(core) ~= "table" or not core.readlink or not core.getxattr then return nil end
  local path = ("/proc/%d/fd/%d"):format(pid, fd)
  local link = core.readlink(path)
  local inode = link and link:match("^socket:%[(%d+)%]$")
  if not inode then return nil end
  local key = pid * 65536 * 65536 + fd
  local c = cache[key]
  if c and c[1] == inode then return c[2] or nil end
  local proto = false
  if core.getxattr(path, "system.sockprotoname") == "NETLINK" then
    proto = netlink_proto_of_inode(inode)
    -- strace has no decoder for uevents: their bytes print as a string
    if proto == NETLINK_KOBJECT_UEVENT then proto = false
    elseif not proto then return M.UNKNOWN end
  end
  if cached >= CACHE_MAX then cache, cached = {}, 0 end
  if not c then cached = cached + 1 end
  cache[key] = { inode, proto }
  return proto or nil
end

-- The netlink protocol of descriptor v (a register value) of ev's process.
function M.protocol(ev, v)
  local fd = v & 0xffffffff
  if fd >= 0x80000000 then return nil end
  return M.lookup(ev.tgid or ev.pid, fd)
end

-- ---- small printers ------------------------------------------------------------------

local HEX = { hex = "all" }
local NUL = { nul = true }

-- bytes as "\x01\x02" (at most -s of them, then "...")
local function hexstr(f, s)
  local limit = f.opts.strsize
  local text = f.escape(s, limit, HEX)
  if #s > limit then text = text .. "..." end
  return text
end

-- a string attribute: up to its NUL; "..." when none ends what is shown
local function cstr(f, s)
  local x = f.opts.xflag
  if x == 2 or (x == 1 and s:sub(1, f.opts.strsize):find("[^\32-\126\t\n\v\f\r]")) then
    -- strace 6.1 with -x/-xx: every byte in hex, the NUL too, never ended
    return f.escape(s, f.opts.strsize, HEX) .. "..."
  end
  local text, ended = f.escape(s, f.opts.strsize, NUL)
  if not ended then text = text .. "..." end
  return text
end

local function more(f, n)
  return not f.opts.verbose and n >= f.opts.strsize
end

-- a text in quotes (all in \x with -xx, as strace does)
local function q(f, s) return (f.escape(s, #s)) end

-- -X raw|verbose: true when numbers are shown (alone or before a comment)
local function xnum(f) return f.opts.xstyle == "raw" or f.opts.xstyle == "verbose" end

-- an enumerated value: with -X raw|verbose strace prints these in hex even
-- where the default style shows an unknown value in decimal (fmt "u")
local function xval(f, tbl, v, dflt, fmt)
  if fmt and xnum(f) then fmt = nil end
  return f.xval(tbl, v, dflt, fmt)
end

local function family(f, v) return f.xval(sock.families, v, "AF_???") end

local function inet4(b, i) return ("%d.%d.%d.%d"):format(b:byte(i, i + 3)) end

-- an address of the family fam: inet_addr("...") / inet_pton(AF_INET6, "...");
-- with -X raw|verbose its bytes (those of the address alone, or all `whole`)
local function address(f, d, fam, whole)
  if fam == AF_INET and #d >= 4 then
    return f.netfield(whole and d or d:sub(1, 4), "inet_addr(" .. q(f, inet4(d, 1)) .. ")")
  end
  if fam == AF_INET6 and #d >= 16 then
    return f.netfield(whole and d or d:sub(1, 16), "inet_pton(AF_INET6, " .. q(f, require("moontrace.decode.net").inet_ntop6(d, 1)) .. ")")
  end
  return hexstr(f, d)
end

-- ---- attribute values ------------------------------------------------------------------

local attrs   -- (below) an attribute list

local function u8(f, d) return #d >= 1 and f.dec(d:byte(1)) or hexstr(f, d) end
local function u16(f, d) return #d >= 2 and f.dec(unpack("<I2", d)) or hexstr(f, d) end
local function u32(f, d) return #d >= 4 and f.dec(unpack("<I4", d)) or hexstr(f, d) end
local function s32(f, d) return #d >= 4 and f.dec(unpack("<i4", d)) or hexstr(f, d) end
local function u64(f, d) return #d >= 8 and f.udec(unpack("<i8", d)) or hexstr(f, d) end
local function be16(f, d) return #d >= 2 and ("htons(%d)"):format(unpack(">I2", d)) or hexstr(f, d) end
local function str(f, d) return cstr(f, d) end
local function hwaddr(f, d)
  local out = {}
  for i = 1, #d do out[i] = ("%02x"):format(d:byte(i)) end
  return f.netfield(d, table.concat(out, ":"))
end
local function ifidx(f, d) return #d >= 4 and f.ifindex(unpack("<I4", d)) or hexstr(f, d) end
local function flags32(tbl, dflt)
  return function(f, d) return #d >= 4 and f.flags(tbl, unpack("<I4", d), dflt) or hexstr(f, d) end
end
local function xval32(tbl, dflt)
  return function(f, d) return #d >= 4 and xval(f, tbl, unpack("<I4", d), dflt, "u") or hexstr(f, d) end
end
local function addr_attr(f, d, ctx) return address(f, d, ctx.family) end

-- a structure of #names fields, each of format `elem` ("I4", "i8": printed
-- unsigned); the last `opt` fields may be missing
local function struct(elem, names, opt)
  local each = string.packsize(elem)
  local min = (#names - (opt or 0)) * each
  local fmt = "<" .. elem
  return function(f, d)
    if #d < min then return hexstr(f, d) end
    local n = math.min(#names, #d // each)
    local out = {}
    for i = 1, n do out[i] = names[i] .. "=" .. f.udec(unpack(fmt, d, 1 + (i - 1) * each)) end
    return "{" .. table.concat(out, ", ") .. "}"
  end
end

-- a nested attribute list
local function nested(names, dflt, decoders)
  return function(f, d, ctx) return attrs(f, d, 1, #d, names, dflt, decoders, ctx or {}) end
end

-- an array of `elem` ("i4": signed, "I4", "i8": unsigned) as
-- [[NAME]=v, ...], names from tbl by index; at most -s elements
local function array(elem, tbl, dflt)
  local each = string.packsize(elem)
  local fmt = "<" .. elem
  local signed = elem == "i4"
  return function(f, d)
    if #d < each then return hexstr(f, d) end
    local n = #d // each
    local out = {}
    for i = 1, n do
      if more(f, i - 1) then out[#out + 1] = "..."; break end
      local v = unpack(fmt, d, 1 + (i - 1) * each)
      out[#out + 1] = "[" .. f.xval(tbl, i - 1, dflt, "u") .. "]=" .. (signed and f.dec(v) or f.udec(v))
    end
    return "[" .. table.concat(out, ", ") .. "]"
  end
end

-- a plain array of u32: [1, 2, ...]
local function u32list(f, d)
  if #d < 4 then return hexstr(f, d) end
  local out = {}
  for i = 1, #d // 4 do
    if more(f, i - 1) then out[#out + 1] = "..."; break end
    out[#out + 1] = f.udec(unpack("<I4", d, 1 + (i - 1) * 4))
  end
  return "[" .. table.concat(out, ", ") .. "]"
end

local function xval8(tbl, dflt)
  return function(f, d) return #d >= 1 and xval(f, tbl, d:byte(1), dflt, "u") or hexstr(f, d) end
end

local stats64 = struct("i8", X.link_stats, 1)
local STATS32 = {}
for i = 1, 24 do STATS32[i] = X.link_stats[i] end
local stats32 = struct("I4", STATS32, 1)

-- IFLA_ADDRESS and the like: of an AF_BRIDGE message strace 6.1 shows the
-- first byte alone (the bytes all with -X raw|verbose)
local function link_hwaddr(f, d, ctx)
  if ctx and ctx.family == 7 and #d > 0 then return f.netfield(d, ("%02x"):format(d:byte(1))) end
  return hwaddr(f, d)
end

local IFLA = {
  [1] = link_hwaddr, [2] = link_hwaddr, [3] = str, [4] = u32, [5] = u32, [6] = str, [7] = stats32,
  [8] = u32, [9] = u32, [10] = u32, [13] = u32,
  [14] = function(f, d)
    if #d < 32 then return hexstr(f, d) end
    local ms, me, base, irq, dma, port = unpack("<i8i8i8I2BB", d)
    return ("{mem_start=%s, mem_end=%s, base_addr=%s, irq=%d, dma=%d, port=%d}"):format(
      f.hex(ms), f.hex(me), f.hex(base), irq, dma, port)
  end,
  [15] = u32, [16] = u8, [17] = u8, [19] = u32, [20] = str, [21] = u32, [23] = stats64,
  [27] = u32, [28] = s32, [29] = flags32(X.rtext_filter, "RTEXT_FILTER_???"), [30] = u32, [31] = u32,
  [32] = u32, [33] = u8, [35] = u32, [37] = s32, [38] = str, [39] = u8, [40] = u32, [41] = u32,
  [44] = xval32(X.ifla_events, "IFLA_EVENT_???"), [45] = s32, [46] = s32, [47] = u32, [48] = u32,
  [49] = s32, [50] = u32, [51] = u32, [53] = str, [54] = link_hwaddr, [56] = str, [57] = str, [58] = u32,
  [59] = u32, [60] = u32, [61] = u32,
}

-- IFLA_PROTINFO and IFLA_AF_SPEC of AF_INET6, AF_INET
local INET6 = {
  [1] = flags32(X.inet6_if_flags, "IF_???"), [2] = array("i4", X.devconf, "DEVCONF_???"),
  [3] = array("i8", X.ipstats_mib, "IPSTATS_MIB_???"),
  [5] = struct("I4", { "max_reasm_len", "tstamp", "reachable_time", "retrans_time" }),
  [6] = array("i8", X.icmp6_mib, "ICMP6_MIB_???"),
  [7] = function(f, d) return address(f, d, AF_INET6) end,
  [8] = xval8(X.in6_addr_gen_mode, "IN6_ADDR_GEN_MODE_???"), [9] = u32,
}
local inet6_attrs = nested(X.ifla_inet6, "IFLA_INET6_???", INET6)
local INET = { [1] = array("i4", X.ipv4_devconf, "IPV4_DEVCONF_???") }
local AF_SPEC = { [AF_INET] = nested(X.ifla_inet, "IFLA_INET_???", INET), [AF_INET6] = inet6_attrs }
-- clock_t in USER_HZ (100) ticks: 854 /* 8.54 s */ (no comment with -X raw)
local function clock_text(f, v)
  if v == 0 or f.opts.xstyle == "raw" then return f.udec(v) end
  return ("%s /* %s.%02d s */"):format(f.udec(v), f.udec(v // 100), v % 100)
end
local function clock64(f, d)
  if #d < 8 then return hexstr(f, d) end
  return clock_text(f, (unpack("<i8", d)))
end
local function clock32(f, d)
  if #d < 4 then return hexstr(f, d) end
  return clock_text(f, (unpack("<I4", d)))
end
-- struct ifla_bridge_id
local function bridge_id(f, d)
  if #d < 8 then return hexstr(f, d) end
  local a = d:sub(3, 8)
  return ("{prio=[%d, %d], addr=%s}"):format(d:byte(1), d:byte(2), hwaddr(f, a))
end
-- IFLA_BRPORT_*: IFLA_PROTINFO of AF_BRIDGE, IFLA_INFO_SLAVE_DATA of a bridge port
local BRPORT = {
  [1] = u8, [2] = u16, [3] = u32, [13] = bridge_id, [14] = bridge_id, [15] = u16, [16] = u16, [17] = u16,
  [18] = u16, [21] = clock64, [22] = clock64, [23] = clock64, [31] = u16, [34] = u32, [37] = u32, [38] = u32,
}
for _, t in ipairs({ 4, 5, 6, 7, 8, 9, 10, 11, 12, 19, 20, 25, 27, 28, 29, 30, 32, 33, 35, 36, 39 }) do BRPORT[t] = u8 end
local brport_attrs = nested(X.ifla_brport, "IFLA_BRPORT_???", BRPORT)
IFLA[12] = function(f, d, ctx)
  if ctx and ctx.family == AF_INET6 then return inet6_attrs(f, d) end
  if ctx and ctx.family == 7 then return brport_attrs(f, d, {}) end
  return hexstr(f, d)
end
-- IFLA_BR_*: IFLA_INFO_DATA of a bridge
local BR = {
  [1] = clock32, [2] = clock32, [3] = clock32, [4] = clock32, [5] = u32, [6] = u16, [7] = u8,
  [8] = function(f, d)
    if #d < 2 then return hexstr(f, d) end
    return "htons(" .. f.xval(sock.ethernet_protocols, (unpack(">I2", d)), "ETH_P_???") .. ")"
  end,
  [9] = function(f, d) return #d >= 2 and f.hex((unpack("<I2", d))) or hexstr(f, d) end,
  [10] = bridge_id, [11] = bridge_id, [12] = u16, [13] = u32, [14] = u8, [15] = u8,
  [16] = clock64, [17] = clock64, [18] = clock64, [19] = clock64, [20] = hwaddr,
  [26] = u32, [27] = u32, [28] = u32, [29] = u32,
  [30] = clock64, [31] = clock64, [32] = clock64, [33] = clock64, [34] = clock64, [35] = clock64,
  [39] = u16,
  -- struct br_boolopt_multi
  [46] = function(f, d)
    if #d < 8 then return hexstr(f, d) end
    local val, mask = unpack("<I4I4", d)
    return ("{optval=%s, optmask=%s}"):format(f.flags(X.br_boolopt, val, "BR_BOOLOPT_???"),
      f.flags(X.br_boolopt, mask, "BR_BOOLOPT_???"))
  end,
  [47] = nested(X.bridge_querier, "BRIDGE_QUERIER_???", {
    [1] = function(f, d) return address(f, d, AF_INET) end,
    [5] = function(f, d) return address(f, d, AF_INET6) end }),
}
for _, t in ipairs({ 22, 23, 24, 25, 36, 37, 38, 41, 42, 43, 44, 45 }) do BR[t] = u8 end
local br_attrs = nested(X.ifla_br, "IFLA_BR_???", BR)
-- a kind name: up to its NUL, quoted as any text (also with -x)
local function kind(f, d)
  local name = d:match("^[^%z]*")
  local text = f.escape(name, f.opts.strsize)
  if #name == #d or #name > f.opts.strsize then text = text .. "..." end
  return text
end
-- IFLA_LINKINFO: the kinds named, then the data of a kind known (of a
-- bridge, and the slave data of a bridge port)
local LINKINFO = {
  [1] = function(f, d, ctx) ctx.kind = d:match("^[^%z]*"); return kind(f, d) end,
  [2] = function(f, d, ctx)
    if ctx.kind == "bridge" then return br_attrs(f, d, {}) end
    return hexstr(f, d)
  end,
  [4] = function(f, d, ctx) ctx.slave_kind = d:match("^[^%z]*"); return kind(f, d) end,
  [5] = function(f, d, ctx)
    if ctx.slave_kind == "bridge" then return brport_attrs(f, d, {}) end
    return hexstr(f, d)
  end,
}
IFLA[18] = function(f, d) return attrs(f, d, 1, #d, X.ifla_info, "IFLA_INFO_???", LINKINFO, {}) end
IFLA[26] = function(f, d) return attrs(f, d, 1, #d, sock.families, "AF_???", AF_SPEC, {}) end
IFLA[43] = nested(X.ifla_xdp, "IFLA_XDP_???", {
  [1] = s32, [2] = xval8(X.xdp_attached, "XDP_ATTACHED_???"), [3] = flags32(X.xdp_flags, "XDP_FLAGS_???"),
  [4] = u32, [5] = u32, [6] = u32, [7] = u32, [8] = s32 })
IFLA[52] = function(f, d) return attrs(f, d, 1, #d, X.ifla, "IFLA_???", IFLA, {}) end

local IFA = {
  [1] = addr_attr, [2] = addr_attr, [3] = str, [4] = addr_attr, [5] = addr_attr,
  [6] = struct("I4", { "ifa_prefered", "ifa_valid", "cstamp", "tstamp" }),
  [7] = addr_attr, [8] = flags32(X.ifa_flags, "IFA_F_???"), [9] = u32, [10] = s32,
}

local RTA = {
  [1] = addr_attr, [2] = addr_attr, [3] = ifidx, [4] = ifidx, [5] = addr_attr, [6] = u32,
  [7] = addr_attr, [11] = u32,
  [12] = function(f, d)
    if #d < 32 then return hexstr(f, d) end
    local v = { unpack("<I4I4i4I4I4I4I4I4", d) }
    local out = {}
    for i, name in ipairs(X.rta_cacheinfo) do out[i] = name .. "=" .. f.dec(v[i]) end
    return "{" .. table.concat(out, ", ") .. "}"
  end,
  [15] = xval32(X.rt_tables, nil), [16] = u32, [19] = addr_attr, [20] = u8, [21] = u16, [23] = u64,
  [25] = u32, [26] = u8, [27] = u8, [28] = be16, [29] = be16, [30] = u32,
}

RTA[8] = nested(X.rtax, "RTAX_???", {
  [1] = u32, [2] = u32, [3] = u32, [4] = u32, [5] = u32, [6] = u32, [7] = u32, [8] = u32, [9] = u32, [10] = u32,
  [11] = u32, [12] = u32, [13] = u32, [14] = u32, [15] = u32, [16] = str, [17] = u32 })
-- RTA_MULTIPATH: struct rtnexthop, each followed by its attributes
RTA[9] = function(f, d, ctx)
  local out, p, n = {}, 1, 0
  while #d - p + 1 >= 8 do
    if more(f, n) then out[#out + 1] = "..."; p = #d + 1; break end
    local len, fl, hops, idx = unpack("<I2BBi4", d, p)
    local hdr = ("{rtnh_len=%d, rtnh_flags=%s, rtnh_hops=%d, rtnh_ifindex=%s}"):format(len,
      f.flags(X.rtnh_flags, fl, "RTNH_F_???"), hops, f.ifindex(idx & 0xffffffff))
    local avail = #d - p + 1
    local mlen = len < avail and len or avail
    if mlen > 8 then
      out[#out + 1] = "[" .. hdr .. ", " .. attrs(f, d, p + 8, mlen - 8, X.rta, "RTA_???", RTA, ctx) .. "]"
    else
      out[#out + 1] = hdr
    end
    n = n + 1
    if len < 8 then p = #d + 1; break end
    p = p + align4(len)
  end
  if p <= #d then out[#out + 1] = hexstr(f, d:sub(p)) end
  if #out == 1 then return out[1] end
  return "[" .. table.concat(out, ", ") .. "]"
end

local NDA = {
  [1] = addr_attr, [2] = hwaddr,
  [3] = struct("I4", { "ndm_confirmed", "ndm_used", "ndm_updated", "ndm_refcnt" }),
  [4] = u32, [5] = u16, [6] = be16, [7] = u32, [8] = ifidx, [9] = ifidx, [10] = s32, [11] = u32,
  [12] = u8, [13] = u32,
  [14] = nested(X.nfea, "NFEA_???", { [1] = u8 }),
  [15] = flags32(X.ntf_ext_flags, "NTF_EXT_???"),
  [16] = function(f, d) return #d >= 2 and f.flags(X.nud_states, (unpack("<I2", d)), "NUD_???") or hexstr(f, d) end,
  [17] = function(f, d) return #d >= 1 and f.flags(X.ntf_flags, d:byte(1), "NTF_???") or hexstr(f, d) end,
}

local FRA = {
  [1] = addr_attr, [2] = addr_attr, [3] = str, [4] = u32, [6] = u32, [10] = u32, [11] = u32,
  [12] = function(f, d) return #d >= 8 and ("htobe64(%s)"):format(f.udec(unpack(">i8", d))) or hexstr(f, d) end,
  [13] = u32, [14] = u32, [15] = function(f, d) return #d >= 4 and f.xval(X.rt_tables, (unpack("<I4", d))) or hexstr(f, d) end,
  [16] = u32, [17] = str, [19] = u8,
  [20] = function(f, d)
    if #d < 8 then return hexstr(f, d) end
    return ("{start=%s, end=%s}"):format(f.udec(unpack("<I4", d)), f.udec(unpack("<I4", d, 5)))
  end,
  [21] = xval8(X.rt_protos, nil),
  [22] = xval8(sock.inet_protocols, "IPPROTO_???"),
  [23] = function(f, d)
    if #d < 4 then return hexstr(f, d) end
    return ("{start=%d, end=%d}"):format(unpack("<I2I2", d))
  end,
}
FRA[24] = FRA[23]

local NETCONFA = { [1] = ifidx, [2] = s32, [3] = s32, [4] = s32, [5] = s32, [6] = s32, [7] = s32,
                   [8] = s32 }

local TCA_STATS = {
  [1] = function(f, d)
    if #d < 12 then return hexstr(f, d) end
    return ("{bytes=%s, packets=%s}"):format(f.udec(unpack("<i8", d)), f.udec(unpack("<I4", d, 9)))
  end,
  [2] = struct("I4", { "bps", "pps" }),
  [3] = struct("I4", { "qlen", "backlog", "drops", "requeues", "overlimits" }),
  [5] = struct("i8", { "bps", "pps" }),
  [8] = u64,
}
TCA_STATS[7] = TCA_STATS[1]
local TCA = {
  [1] = str,
  [3] = function(f, d)
    if #d < 36 then return hexstr(f, d) end
    local by, pk, dr, ov, bps, pps, ql, bl = unpack("<i8I4I4I4I4I4I4I4", d)
    return ("{bytes=%s, packets=%d, drops=%d, overlimits=%d, bps=%d, pps=%d, qlen=%d, backlog=%d}"):format(
      f.udec(by), pk, dr, ov, bps, pps, ql, bl)
  end,
  [5] = function(f, d)
    if #d < 2 then return hexstr(f, d) end
    return ("{interval=%d, ewma_log=%d}"):format(unpack("<bB", d))
  end,
  [7] = nested(X.tca_stats, "TCA_STATS_???", TCA_STATS),
  [11] = u32, [12] = u8, [13] = u32, [14] = u32,
}

local NHA = {
  [1] = u32, [3] = function(f, d) return #d >= 2 and f.xval(X.nexthop_grp_types, (unpack("<I2", d)),
    "NEXTHOP_GRP_TYPE_???", "u") or hexstr(f, d) end, [5] = ifidx,
  [2] = function(f, d)
    if #d < 8 then return hexstr(f, d) end
    local out = {}
    for i = 1, #d // 8 do
      if more(f, i - 1) then out[#out + 1] = "..."; break end
      local id, w = unpack("<I4B", d, 1 + (i - 1) * 8)
      out[#out + 1] = ("{id=%d, weight=%d}"):format(id, w)
    end
    return "[" .. table.concat(out, ", ") .. "]"
  end, [6] = addr_attr, [7] = u16, [10] = u32,
}

-- neighbour tables: struct ndtmsg, NDTA_*, nested NDTPA_*
local NDTPA = { [1] = ifidx, [2] = u32, [3] = u64, [4] = u64, [5] = u64, [6] = u64, [7] = u64, [8] = u32,
  [9] = u32, [10] = u32, [11] = u32, [12] = u64, [13] = u64, [14] = u32, [15] = u64, [16] = u32, [17] = u32,
  [19] = u64 }
local NDTA = {
  [1] = str, [2] = u32, [3] = u32, [4] = u32,
  -- struct ndt_config: the hash mask in hex, 8 digits with its 0x
  [5] = function(f, d)
    if #d < 32 then return hexstr(f, d) end
    local v = { unpack("<I2I2I4I4I4I4I4I4I4", d) }
    local out = {}
    for i, name in ipairs(X.ndt_config) do
      out[i] = name .. "=" .. (i == 7 and ("%#08x"):format(v[i]) or f.udec(v[i]))
    end
    return "{" .. table.concat(out, ", ") .. "}"
  end,
  [6] = nested(X.ndtpa, "NDTPA_???", NDTPA),
  [7] = struct("i8", X.ndt_stats),
  [8] = u64,
}

-- address labels: IFAL_*
local IFAL = { [1] = addr_attr, [2] = u32 }

-- interface statistics: IFLA_STATS_*
-- struct br_mcast_stats: u64 fields, most of them [RX, TX] pairs
local function br_mcast_stats(f, d)
  if #d < 240 then return hexstr(f, d) end
  local out, p = {}, 1
  for i, e in ipairs(X.br_mcast_stats) do
    if e[2] then
      local rx, tx = unpack("<i8i8", d, p)
      out[i] = ("%s=[%s=%s, %s=%s]"):format(e[1], "[" .. f.xval(X.br_mcast_dirs, 0, nil, "u") .. "]", f.udec(rx),
        "[" .. f.xval(X.br_mcast_dirs, 1, nil, "u") .. "]", f.udec(tx))
      p = p + 16
    else
      out[i] = e[1] .. "=" .. f.udec(unpack("<i8", d, p))
      p = p + 8
    end
  end
  return "{" .. table.concat(out, ", ") .. "}"
end
local BRIDGE_XSTATS = { [2] = br_mcast_stats, [4] = struct("i8", X.bridge_stp_xstats) }
local LINK_XSTATS = nested(X.link_xstats_types, "LINK_XSTATS_TYPE_???", {
  [1] = nested(X.bridge_xstats, "BRIDGE_XSTATS_???", BRIDGE_XSTATS) })
local IFLA_STATS = {
  [1] = stats64, [2] = LINK_XSTATS, [3] = LINK_XSTATS,
  [4] = nested(X.ifla_offload_xstats, "IFLA_OFFLOAD_XSTATS_???", { [1] = stats64 }),
}

local NLMSGERR = { [1] = str, [2] = u32, [5] = u32 }

local INET_DIAG = { [5] = u8, [6] = u8, [8] = u8, [10] = u8, [11] = u8, [15] = u32, [17] = u32,
                    [21] = u64 }
INET_DIAG[1] = struct("I4", { "idiag_rmem", "idiag_wmem", "idiag_fmem", "idiag_tmem" })
INET_DIAG[3] = struct("I4", { "tcpv_enabled", "tcpv_rttcnt", "tcpv_rtt", "tcpv_minrtt" })
INET_DIAG[4] = str
INET_DIAG[7] = array("I4", X.sk_meminfo, "SK_MEMINFO_???")
INET_DIAG[9] = function(f, d)
  if #d < 16 then return hexstr(f, d) end
  return ("{dctcp_enabled=%d, dctcp_ce_state=%d, dctcp_alpha=%d, dctcp_ab_ecn=%d, dctcp_ab_tot=%d}"):format(
    unpack("<I2I2I4I4I4", d))
end
INET_DIAG[16] = function(f, d)
  if #d < 20 then return hexstr(f, d) end
  local lo, hi, rtt, pg, cg = unpack("<I4I4I4I4I4", d)
  return ("{bbr_bw_lo=%s, bbr_bw_hi=%s, bbr_min_rtt=%d, bbr_pacing_gain=%d, bbr_cwnd_gain=%d}"):format(
    f.hex(lo), f.hex(hi), rtt, pg, cg)
end
-- struct inet_diag_sockopt: the bits set
INET_DIAG[22] = function(f, d)
  if #d < 2 then return hexstr(f, d) end
  local v = unpack("<I2", d)
  local out = {}
  -- the bits set; with -v all of them
  local all = f.opts.verbose
  for i, name in ipairs(X.inet_diag_sockopt) do
    local bit = (v >> (i - 1)) & 1
    if all or bit ~= 0 then out[#out + 1] = name .. "=" .. bit end
  end
  if all or v >> 11 ~= 0 then
    out[#out + 1] = ("unused=%s /* bits 3..8 */"):format(v >> 11 == 0 and "0" or f.hex(v >> 11))
  end
  return "{" .. table.concat(out, ", ") .. "}"
end

local UNIX_DIAG = {
  -- a path, or an abstract name (a NUL, then bytes)
  [0] = function(f, d)
    if f.opts.xflag > 0 then return cstr(f, d) end
    if d:sub(-1) == "\0" then return (f.escape(d:sub(1, -2), f.opts.strsize)) .. (#d - 1 > f.opts.strsize and "..." or "") end
    return (f.escape(d, f.opts.strsize)) .. "..."
  end,
  [1] = function(f, d)
    if #d < 8 then return hexstr(f, d) end
    local ino, dev = unpack("<I4I4", d)
    return ("{udiag_vfs_dev=%s, udiag_vfs_ino=%d}"):format(f.styled(f.hex(dev), ("makedev(%s, %s)"):format(
      f.hex((dev >> 8) & 0xfff), f.hex((dev & 0xff) | ((dev >> 12) & ~0xff)))), ino)
  end,
  [2] = u32, [3] = u32list,
  [4] = struct("I4", { "udiag_rqueue", "udiag_wqueue" }),
  [5] = array("I4", X.sk_meminfo, "SK_MEMINFO_???"),
  [6] = u8, [7] = u32,
}

local PACKET_DIAG = {
  [0] = function(f, d)
    if #d < 24 then return hexstr(f, d) end
    local idx, ver, res, thr, ts, fl = unpack("<I4I4I4I4I4I4", d)
    return ("{pdi_index=%s, pdi_version=%s, pdi_reserve=%d, pdi_copy_thresh=%d, pdi_tstamp=%d, pdi_flags=%s}"):format(
      f.ifindex(idx), xval(f, X.tpacket_versions, ver, "TPACKET_???", "u"), res, thr, ts,
      f.flags(X.pdi_flags, fl, "PDI_???"))
  end,
  [2] = struct("I4", { "pdr_block_size", "pdr_block_nr", "pdr_frame_size", "pdr_frame_nr", "pdr_retire_tmo",
                       "pdr_sizeof_priv", "pdr_features" }),
  [4] = u32, [5] = u32, [6] = array("I4", X.sk_meminfo, "SK_MEMINFO_???"),
}
PACKET_DIAG[3] = PACKET_DIAG[2]

local NETLINK_DIAG = {
  [0] = array("I4", X.sk_meminfo, "SK_MEMINFO_???"),
  [1] = function(f, d)
    if #d < 8 then return hexstr(f, d) end
    local out = {}
    for i = 1, #d // 8 do
      if more(f, i - 1) then out[#out + 1] = "..."; break end
      out[#out + 1] = ("0x%014x"):format(unpack("<i8", d, 1 + (i - 1) * 8))
    end
    return "[" .. table.concat(out, ", ") .. "]"
  end,
  [4] = flags32(X.ndiag_flags, "NDIAG_FLAG_???"),
}

-- ---- attribute lists --------------------------------------------------------------------

-- A run of netlink TLVs in d[p .. p+len-1] (messages or attributes): item(p,
-- avail) gives one's text and its length field.  The walk stops at the -s
-- limit ("..."), at a length too short to step over (or after one item when
-- `one`), or at the end, where loose bytes are shown in hex.  A lone item is
-- shown bare.
local function tlv_list(f, d, p, len, hdrlen, item, one)
  local stop = p + len
  local out, n, tail = {}, 0, true
  while stop - p >= hdrlen do
    if more(f, n) then out[#out + 1] = "..."; tail = false; break end
    local avail = stop - p
    local text, ilen = item(p, avail)
    out[#out + 1] = text
    n = n + 1
    if ilen < hdrlen or one then tail = false; break end
    local step = align4(ilen)
    if step >= avail then p = stop; break end
    p = p + step
  end
  if tail and p < stop then out[#out + 1] = hexstr(f, d:sub(p, stop - 1)) end
  if #out == 1 then return out[1] end
  return "[" .. table.concat(out, ", ") .. "]"
end

-- The attributes in d[p .. p+len-1]: names from `names` ("IFLA_???" when
-- unknown), values by `decoders` (a hex string for the rest).
function attrs(f, d, p, len, names, dflt, decoders, ctx)
  return tlv_list(f, d, p, len, NLA_HDRLEN, function(q, avail)
    local nla_len, nla_type = unpack("<I2I2", d, q)
    local t = nla_type & X.NLA_TYPE_MASK
    local tname = f.xval(names, t, dflt)
    if nla_type & X.NLA_F_NET_BYTEORDER ~= 0 then
      tname = f.styled(f.hex(X.NLA_F_NET_BYTEORDER), "NLA_F_NET_BYTEORDER") .. "|" .. tname
    end
    if nla_type & X.NLA_F_NESTED ~= 0 then tname = f.styled(f.hex(X.NLA_F_NESTED), "NLA_F_NESTED") .. "|" .. tname end
    local hdr = ("{nla_len=%d, nla_type=%s}"):format(nla_len, tname)
    local dlen = (nla_len < avail and nla_len or avail) - NLA_HDRLEN
    if nla_len > NLA_HDRLEN and dlen > 0 then
      local data = d:sub(q + NLA_HDRLEN, q + NLA_HDRLEN + dlen - 1)
      local dec = decoders[t]
      return "[" .. hdr .. ", " .. (dec and dec(f, data, ctx) or hexstr(f, data)) .. "]", nla_len
    end
    return hdr, nla_len
  end)
end

-- ---- NETLINK_ROUTE -----------------------------------------------------------------------

-- The fixed part of each kind of message (by (type - 16) // 4): its size,
-- the prefix of its family field, a printer of the rest and its attributes.
local ROUTE = {
  [0] = { size = 16, prefix = "ifi", names = X.ifla, dflt = "IFLA_???", decoders = IFLA,
    fields = function(f, d, p)
      local _, ty, idx, fl, ch = unpack("<BxI2i4I4I4", d, p)
      return ("ifi_type=%s, ifi_index=%s, ifi_flags=%s, ifi_change=%s"):format(
        f.xval(sock.arp_hardware_types, ty, "ARPHRD_???"), f.ifindex(idx & 0xffffffff),
        f.flags(X.iff_flags, fl, "IFF_???"), f.flags(X.iff_flags, ch, "IFF_???"))
    end },
  [1] = { size = 8, prefix = "ifa", names = X.ifa, dflt = "IFA_???", decoders = IFA,
    fields = function(f, d, p)
      local _, plen, fl, scope, idx = unpack("<BBBBI4", d, p)
      return ("ifa_prefixlen=%d, ifa_flags=%s, ifa_scope=%s, ifa_index=%s"):format(plen,
        f.flags(X.ifa_flags, fl, "IFA_F_???"), xval(f, X.rt_scopes, scope, nil, "u"), f.ifindex(idx))
    end },
  [2] = { size = 12, prefix = "rtm", names = X.rta, dflt = "RTA_???", decoders = RTA,
    fields = function(f, d, p)
      local _, dst, src, tos, tbl, proto, scope, ty, fl = unpack("<BBBBBBBBI4", d, p)
      return ("rtm_dst_len=%d, rtm_src_len=%d, rtm_tos=%d, rtm_table=%s, rtm_protocol=%s, " ..
        "rtm_scope=%s, rtm_type=%s, rtm_flags=%s"):format(dst, src, tos,
        xval(f, X.rt_tables, tbl, nil, "u"), xval(f, X.rt_protos, proto, nil, "u"),
        xval(f, X.rt_scopes, scope, nil, "u"), xval(f, X.rtn_types, ty, "RTN_???", "u"),
        f.flags(X.rtm_flags, fl, "RTM_F_???"))
    end },
  [3] = { size = 12, prefix = "ndm", names = X.nda, dflt = "NDA_???", decoders = NDA,
    fields = function(f, d, p)
      local _, idx, state, fl, ty = unpack("<Bxxxi4I2BB", d, p)
      return ("ndm_ifindex=%s, ndm_state=%s, ndm_flags=%s, ndm_type=%s"):format(
        f.ifindex(idx & 0xffffffff), f.flags(X.nud_states, state, "NUD_???"),
        f.flags(X.ntf_flags, fl, "NTF_???"), xval(f, X.rtn_types, ty, "RTN_???", "u"))
    end },
  -- struct fib_rule_hdr
  [4] = { size = 12, names = X.fra, dflt = "FRA_???", decoders = FRA,
    fields = function(f, d, p)
      local _, dst, src, tos, tbl, action, fl = unpack("<BBBBBxxBI4", d, p)
      return ("dst_len=%d, src_len=%d, tos=%d, table=%s, action=%s, flags=%s"):format(dst, src, tos,
        f.xval(X.rt_tables, tbl, "RT_TABLE_???"), xval(f, X.fr_act, action, "FR_ACT_???", "u"),
        f.flags(X.fib_rule_flags, fl, "FIB_RULE_???"))
    end },
  [16] = { size = 1, prefix = "ncm", names = X.netconfa, dflt = "NETCONFA_???", decoders = NETCONFA },
  [22] = { size = 8, prefix = "nh", names = X.nha, dflt = "NHA_???", decoders = NHA,
    fields = function(f, d, p)
      local _, scope, proto, fl = unpack("<BBBxI4", d, p)
      return ("nh_scope=%s, nh_protocol=%s, nh_flags=%s"):format(xval(f, X.rt_scopes, scope, nil, "u"),
        xval(f, X.rt_protos, proto, nil, "u"), f.flags(X.rtnh_flags, fl, "RTNH_F_???"))
    end },
}
-- struct ndtmsg: the family alone; attributes after its 4 bytes
ROUTE[12] = { size = 1, skip = 4, prefix = "ndtm", names = X.ndta, dflt = "NDTA_???", decoders = NDTA }
-- struct ifaddrlblmsg
ROUTE[14] = { size = 12, prefix = "ifal", names = X.ifal, dflt = "IFAL_???", decoders = IFAL,
  fields = function(f, d, p)
    local _, plen, fl, idx, sq = unpack("<BxBBI4I4", d, p)
    return ("ifal_prefixlen=%d, ifal_flags=%d, ifal_index=%s, ifal_seq=%s"):format(plen, fl, f.ifindex(idx),
      f.udec(sq))
  end }
-- struct if_stats_msg
ROUTE[19] = { size = 12, names = X.ifla_stats, dflt = "IFLA_STATS_???", decoders = IFLA_STATS,
  fields = function(f, d, p)
    local _, idx, mask = unpack("<BxxxI4I4", d, p)
    return ("ifindex=%s, filter_mask=%s"):format(f.ifindex(idx), f.flags(X.ifla_stats_bits, mask,
      "1<<IFLA_STATS_???"))
  end }
-- struct tcmsg: qdiscs, classes, filters
ROUTE[5] = { size = 20, prefix = "tcm", names = X.tca, dflt = "TCA_???", decoders = TCA,
  fields = function(f, d, p)
    local _, idx, handle, parent, info = unpack("<Bxxxi4I4I4I4", d, p)
    return ("tcm_ifindex=%s, tcm_handle=%d, tcm_parent=%d, tcm_info=%d"):format(
      f.ifindex(idx & 0xffffffff), handle, parent, info)
  end }
ROUTE[6], ROUTE[7] = ROUTE[5], ROUTE[5]

local RTM_GETNEIGH, AF_BRIDGE = 30, 7

local function route_payload(f, d, p, len, mtype)
  local fam = d:byte(p)
  -- a type without a name (0x17, between RTM_GETADDR and RTM_NEWROUTE) has
  -- no struct of its own either
  local kind = mtype >= X.NLMSG_MIN_TYPE and f.lookup(X.rtm_types, mtype)
    and ROUTE[(mtype - X.NLMSG_MIN_TYPE) // 4]
  -- an RTM_GETNEIGH of AF_BRIDGE (bridge fdb) holds a struct ifinfomsg
  if mtype == RTM_GETNEIGH and fam == AF_BRIDGE then kind = ROUTE[0] end
  if not kind then
    local text = "{family=" .. family(f, fam)
    if len > 1 then text = text .. ", data=" .. hexstr(f, d:sub(p + 1, p + len - 1)) end
    return text .. "}"
  end
  local head = "{" .. (kind.prefix and kind.prefix .. "_family=" or "family=") .. family(f, fam)
  if len < kind.size then return head .. ", ...}" end
  local text = head .. (kind.fields and ", " .. kind.fields(f, d, p) or "") .. "}"
  local skip = kind.skip or align4(kind.size)
  if len > skip then
    text = text .. ", " .. attrs(f, d, p + skip, len - skip, kind.names, kind.dflt, kind.decoders,
      { family = fam })
  end
  return text
end

-- ---- NETLINK_SOCK_DIAG ---------------------------------------------------------------------

local function tcp_states(f, v)
  if v == 0 then return "0" end
  local out, rest = {}, 0
  for bit = 0, 31 do
    if v & (1 << bit) ~= 0 then
      local name = f.lookup(X.tcp_states, bit)
      if name then out[#out + 1] = "1<<" .. name else rest = rest | (1 << bit) end
    end
  end
  if rest ~= 0 then out[#out + 1] = ("0x%x"):format(rest) end
  return f.styled(f.hex(v), table.concat(out, "|"))
end

local function inet_sockid(f, d, p, fam)
  local sport, dport = unpack(">I2I2", d, p)
  local src, dst = d:sub(p + 4, p + 19), d:sub(p + 20, p + 35)
  local ifn, c1, c2 = unpack("<I4I4I4", d, p + 36)
  local function a(s, field)
    if fam == AF_INET6 and xnum(f) then
      return field .. "=" .. address(f, s, AF_INET6, true)
    elseif fam == AF_INET6 then
      return ("inet_pton(AF_INET6, %s, &%s)"):format(q(f, require("moontrace.decode.net").inet_ntop6(s, 1)), field)
    end
    return field .. "=" .. address(f, s, AF_INET, true)
  end
  return ("{idiag_sport=%s, idiag_dport=%s, %s, %s, idiag_if=%s, idiag_cookie=[%d, %d]}"):format(
    f.netfield(d:sub(p, p + 1), ("htons(%d)"):format(sport)),
    f.netfield(d:sub(p + 2, p + 3), ("htons(%d)"):format(dport)), a(src, "idiag_src"), a(dst, "idiag_dst"), f.ifindex(ifn), c1, c2)
end

local function cookie(d, p) return ("[%d, %d]"):format(unpack("<I4I4", d, p)) end

-- sock_diag requests and replies of AF_UNIX, AF_PACKET, AF_NETLINK: size,
-- fields and attributes of each
local AF_UNIX, AF_NETLINK, AF_PACKET = 1, 16, 17
local DIAG = {
  [AF_UNIX] = {
    req = 24, req_fields = function(f, d, p)
      local states, ino, show = unpack("<I4I4I4", d, p + 4)
      return ("udiag_states=%s, udiag_ino=%d, udiag_show=%s, udiag_cookie=%s"):format(tcp_states(f, states),
        ino, f.flags(X.udiag_show, show, "UDIAG_SHOW_???"), cookie(d, p + 16))
    end,
    msg = 16, msg_fields = function(f, d, p)
      local _, ty, state, ino = unpack("<BBBxI4", d, p)
      return ("udiag_type=%s, udiag_state=%s, udiag_ino=%d, udiag_cookie=%s"):format(
        xval(f, sock.types, ty, "SOCK_???", "u"), xval(f, X.tcp_states, state, "TCP_???", "u"), ino,
        cookie(d, p + 8))
    end,
    prefix = "udiag", names = X.unix_diag_attrs, dflt = "UNIX_DIAG_???", decoders = UNIX_DIAG },
  [AF_PACKET] = {
    req = 20, req_fields = function(f, d, p)
      local _, proto, ino, show = unpack("<BBxxI4I4", d, p)
      return ("pdiag_ino=%d, pdiag_show=%s, pdiag_cookie=%s"):format(ino,
        f.flags(X.pdiag_show, show, "PACKET_SHOW_???"), cookie(d, p + 12))
    end,
    msg = 16, msg_fields = function(f, d, p)
      local _, ty, num, ino = unpack("<BBI2I4", d, p)
      return ("pdiag_type=%s, pdiag_num=%s, pdiag_ino=%d, pdiag_cookie=%s"):format(
        xval(f, sock.types, ty, "SOCK_???", "u"), f.xval(sock.ethernet_protocols, num, "ETH_P_???"), ino,
        cookie(d, p + 8))
    end,
    prefix = "pdiag", names = X.packet_diag_attrs, dflt = "PACKET_DIAG_???", decoders = PACKET_DIAG },
  [AF_NETLINK] = {
    req = 20, req_fields = function(f, d, p)
      local ino, show = unpack("<I4I4", d, p + 4)
      return ("ndiag_ino=%d, ndiag_show=%s, ndiag_cookie=%s"):format(ino,
        f.flags(X.ndiag_show, show, "NDIAG_SHOW_???"), cookie(d, p + 12))
    end,
    msg = 28, msg_fields = function(f, d, p)
      local _, ty, proto, state, portid, dport, dgroup, ino = unpack("<BBBBI4I4I4I4", d, p)
      return ("ndiag_type=%s, ndiag_protocol=%s, ndiag_state=%s, ndiag_portid=%d, ndiag_dst_portid=%d, " ..
        "ndiag_dst_group=%d, ndiag_ino=%d, ndiag_cookie=%s"):format(
        xval(f, sock.types, ty, "SOCK_???", "u"), xval(f, sock.netlink_protocols, proto, "NETLINK_???", "u"),
        xval(f, X.netlink_states, state, "NETLINK_???", "u"), portid, dport, dgroup, ino, cookie(d, p + 20))
    end,
    prefix = "ndiag", names = X.netlink_diag_attrs, dflt = "NETLINK_DIAG_???", decoders = NETLINK_DIAG },
}

local function diag_payload(f, d, p, len, mtype, mflags)
  local fam = d:byte(p)
  local inet = fam == AF_INET or fam == AF_INET6
  local request = mflags & 1 ~= 0
  local text, size, names, dflt, decoders
  local other = DIAG[fam]
  if inet and request and len >= 56 then
    -- struct inet_diag_req_v2
    local _, proto, ext, states = unpack("<BBBxI4", d, p)
    size = 56
    text = ("{sdiag_family=%s, sdiag_protocol=%s, idiag_ext=%s, idiag_states=%s, id=%s}"):format(
      family(f, fam), xval(f, sock.inet_protocols, proto, "IPPROTO_???", "u"),
      f.flags(X.inet_diag_ext, ext, "INET_DIAG_???"), tcp_states(f, states),
      inet_sockid(f, d, p + 8, fam))
  elseif inet and not request and len >= 72 then
    -- struct inet_diag_msg
    local _, state, timer, retrans = unpack("<BBBB", d, p)
    local expires, rq, wq, uid, inode = unpack("<I4I4I4I4I4", d, p + 52)
    size = 72
    text = ("{idiag_family=%s, idiag_state=%s, idiag_timer=%d, idiag_retrans=%d, id=%s, " ..
      "idiag_expires=%d, idiag_rqueue=%d, idiag_wqueue=%d, idiag_uid=%d, idiag_inode=%d}"):format(
      family(f, fam), xval(f, X.tcp_states, state, "TCP_???", "u"), timer, retrans,
      inet_sockid(f, d, p + 4, fam), expires, rq, wq, uid, inode)
  elseif other and request and len >= other.req then
    size = other.req
    text = ("{sdiag_family=%s, sdiag_protocol=%s, %s}"):format(family(f, fam),
      fam == AF_NETLINK and (d:byte(p + 1) == 255 and f.styled("0xff", "NDIAG_PROTO_ALL") or xval(f, sock.netlink_protocols, d:byte(p + 1), "NETLINK_???", "u")) or f.udec(d:byte(p + 1)),
      other.req_fields(f, d, p))
    return text   -- (requests carry no attributes)
  elseif other and not request and len >= other.msg then
    size = other.msg
    text = ("{%s_family=%s, %s}"):format(other.prefix, family(f, fam), other.msg_fields(f, d, p))
    names, dflt, decoders = other.names, other.dflt, other.decoders
  else
    text = "{" .. ((inet or other) and not request and ((other and other.prefix) or "idiag") or "sdiag") ..
      "_family=" .. family(f, fam)
    if len > 1 then text = text .. ", ..." end
    return text .. "}"
  end
  if len > size then
    text = text .. ", " .. attrs(f, d, p + size, len - size, names or X.inet_diag_attrs, dflt or "INET_DIAG_???",
      decoders or INET_DIAG, {})
  end
  return text
end

-- ---- messages ----------------------------------------------------------------------------

local NETLINK_GENERIC, NETLINK_NETFILTER = 16, 12

-- generic netlink families by id, learnt from the controller's replies
-- (CTRL_CMD_NEWFAMILY) the tracees receive; nlctrl is always 0x10
local genl_names, genl_count = { [X.GENL_ID_CTRL] = "nlctrl" }, 1

local function genl_learn(d, p, len)
  -- struct genlmsghdr: cmd, version, reserved; then CTRL_ATTR_*
  if len < 4 or d:byte(p) ~= 1 then return end
  local stop, q, id, name = p + len, p + 4, nil, nil
  while stop - q >= NLA_HDRLEN do
    local alen, atype = unpack("<I2I2", d, q)
    if alen < NLA_HDRLEN or q + alen > stop then break end
    atype = atype & X.NLA_TYPE_MASK
    if atype == 1 and alen >= 6 then id = unpack("<I2", d, q + 4)
    elseif atype == 2 and alen > 4 then name = d:sub(q + 4, q + alen - 1):match("^[^%z]*") end
    q = q + align4(alen)
  end
  if id and name and name ~= "" and id >= X.NLMSG_MIN_TYPE and genl_names[id] ~= name then
    if genl_count >= 1024 then genl_names, genl_count = { [X.GENL_ID_CTRL] = "nlctrl" }, 1 end
    genl_names[id] = name
    genl_count = genl_count + 1
  end
end

-- The protocols whose messages have names of their own, with the name of
-- an unknown one; the others' (NETLINK_USERSOCK, NETLINK_CONNECTOR..., and
-- a socket whose protocol is not known) print as "0x12 /* NLMSG_??? */".
local NETLINK_XFRM, NETLINK_SELINUX, NETLINK_AUDIT = 6, 7, 9
local TYPE_TABLES = {
  [NETLINK_ROUTE] = { X.rtm_types, "RTM_???" },
  [NETLINK_SOCK_DIAG] = { X.sock_diag_types, "SOCK_DIAG_???" },
  [NETLINK_XFRM] = { X.xfrm_types, "XFRM_MSG_???" },
  [NETLINK_SELINUX] = { X.selnl_types, "SELNL_MSG_???" },
  [NETLINK_AUDIT] = { X.audit_types, "AUDIT_???" },
}

-- The flags' high byte means what the message does: create, get, delete;
-- of protocols without such a table it prints as a number.
local function flag_table(proto, mtype)
  if mtype == NLMSG_ERROR then return X.nlm_flags_ack end
  if mtype < X.NLMSG_MIN_TYPE or proto == NETLINK_GENERIC then return X.nlm_flags end
  if proto == NETLINK_ROUTE then
    local k = mtype & 3
    if k == 0 then return X.nlm_flags_new end
    if k == 1 then return X.nlm_flags_del end
    if k == 2 then return X.nlm_flags_get end
    return X.nlm_flags
  end
  if proto == NETLINK_SOCK_DIAG then return X.nlm_flags_get end
  if proto == NETLINK_XFRM then
    if X.xfrm_new[mtype] then return X.nlm_flags_new end
    if X.xfrm_get[mtype] then return X.nlm_flags_get end
    if X.xfrm_del[mtype] then return X.nlm_flags_del end
  end
  return X.nlm_flags
end

local function type_name(f, proto, mtype)
  if mtype < X.NLMSG_MIN_TYPE then return f.xval(X.nlmsg_types, mtype, "NLMSG_???") end
  local t = TYPE_TABLES[proto]
  if t then return f.xval(t[1], mtype, t[2]) end
  if proto == NETLINK_GENERIC then
    local name = genl_names[mtype]
    if name then return f.styled(f.hex(mtype), name) end
    return f.opts.xstyle == "raw" and f.hex(mtype) or f.hex(mtype) .. " /* GENERIC_FAMILY_??? */"
  end
  if proto == NETLINK_NETFILTER then return f.hex(mtype) end
  return f.xval(X.nlmsg_types, mtype, "NLMSG_???")
end

local messages

local function errno_text(f, e)
  if e == 0 then return "0" end
  if e < 0 then
    local ok, errno = pcall(require, "moontrace.xlat.errno")
    local name = ok and errno.name[-e]
    if name then return f.styled(("%d"):format(e), "-" .. name) end
  end
  return ("%d"):format(e)
end

-- struct nlmsgerr: the error, the request it answers (all of it, or its
-- header when capped), then the extended ack's attributes
local function error_payload(f, d, p, len, proto, mflags)
  if len < 4 + NLMSG_HDRLEN then return hexstr(f, d:sub(p, p + len - 1)) end
  local err = unpack("<i4", d, p)
  local inner_len = unpack("<I4", d, p + 4)
  local room = len - 4
  local take = mflags & NLM_F_CAPPED ~= 0 and NLMSG_HDRLEN or inner_len
  if take < NLMSG_HDRLEN or take > room then take = room end
  local text = "{error=" .. errno_text(f, err) .. ", msg=" .. messages(f, d, p + 4, take, proto, true) .. "}"
  local rest = 4 + align4(take)
  if mflags & NLM_F_ACK_TLVS ~= 0 and len > rest then
    text = "[" .. text .. ", " .. attrs(f, d, p + rest, len - rest, X.nlmsgerr_attrs, "NLMSGERR_ATTR_???",
      NLMSGERR, {}) .. "]"
  end
  return text
end

local function payload(f, d, p, len, proto, mtype, mflags)
  if mtype == NLMSG_ERROR then return error_payload(f, d, p, len, proto, mflags) end
  if mtype == NLMSG_DONE and len >= 4 then return f.dec(unpack("<i4", d, p)) end
  if mtype >= X.NLMSG_MIN_TYPE then
    if proto == NETLINK_ROUTE then return route_payload(f, d, p, len, mtype) end
    if proto == NETLINK_SOCK_DIAG then return diag_payload(f, d, p, len, mtype, mflags) end
    if proto == NETLINK_GENERIC and mtype == X.GENL_ID_CTRL then genl_learn(d, p, len) end
    if proto == NETLINK_SELINUX and len >= 4 and (mtype == 0x10 or mtype == 0x11) then
      -- struct selnl_msg_setenforce, struct selnl_msg_policyload
      return ("{%s=%s}"):format(mtype == 0x10 and "val" or "seqno",
        mtype == 0x10 and f.dec(unpack("<i4", d, p)) or f.udec(unpack("<I4", d, p)))
    end
  end
  return hexstr(f, d:sub(p, p + len - 1))
end

-- The messages in d[p .. p+len-1].  `one`: a single message (the request
-- inside an error), never followed by more.
function messages(f, d, p, len, proto, one)
  if len < NLMSG_HDRLEN then return hexstr(f, d:sub(p, p + len - 1)) end
  return tlv_list(f, d, p, len, NLMSG_HDRLEN, function(q, avail)
    local mlen, mtype, mflags, seq, pid = unpack("<I4I2I2I4I4", d, q)
    local hdr = ("{nlmsg_len=%d, nlmsg_type=%s, nlmsg_flags=%s, nlmsg_seq=%d, nlmsg_pid=%d}"):format(
      mlen, type_name(f, proto, mtype), f.flags(flag_table(proto, mtype), mflags, "NLM_F_???"), seq, f.s32(pid))
    local plen = (mlen < avail and mlen or avail) - NLMSG_HDRLEN
    if mlen > NLMSG_HDRLEN and plen > 0 then
      return "[" .. hdr .. ", " .. payload(f, d, q + NLMSG_HDRLEN, plen, proto, mtype, mflags) .. "]", mlen
    end
    return hdr, mlen
  end, one)
end

-- The text of bytes d (a whole buffer) of a socket of netlink protocol proto.
function M.decode(f, d, proto)
  return messages(f, d, 1, #d, proto)
end

-- The buffer of len bytes at addr (the tracee's), or its address when unreadable.
function M.buf(ev, f, addr, len, proto)
  if addr == 0 then return "NULL" end
  if math.ult(MAX_BUF, len) then len = MAX_BUF end
  local d = len == 0 and "" or ev:read(addr, len)
  if not d then return f.ptr(addr) end
  return messages(f, d, 1, #d, proto)
end

return M
