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

-- lookup(pid, fd) -> the netlink protocol of the socket, or nil when fd is
-- no netlink socket.  Asked only for the descriptors of socket calls whose
-- data is printed; kept per (pid, fd) together with the socket's inode, so
-- a descriptor closed and reused is asked again.  The specs replace it.
local cache, cached = {}, 0
local CACHE_MAX = 4096

local function netlink_proto_of_inode(pid, inode)
  local text = require("moontrace.proc").read_file(("/proc/%d/net/netlink"):format(pid))
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
    proto = netlink_proto_of_inode(pid, inode) or false
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

local function ifindex(f, v)
  if v == 0 then return "0" end
  local name = f.ifname(v)
  if name then return "if_nametoindex(" .. q(f, name) .. ")" end
  return f.udec(v)
end

local function family(f, v) return f.xval(sock.families, v, "AF_???") end

local function inet4(b, i) return ("%d.%d.%d.%d"):format(b:byte(i, i + 3)) end

-- an address of the family fam: inet_addr("...") / inet_pton(AF_INET6, "...")
local function address(f, d, fam)
  if fam == AF_INET and #d >= 4 then return "inet_addr(" .. q(f, inet4(d, 1)) .. ")" end
  if fam == AF_INET6 and #d >= 16 then
    return "inet_pton(AF_INET6, " .. q(f, require("moontrace.decode.net").inet_ntop6(d, 1)) .. ")"
  end
  return hexstr(f, d)
end

-- ---- attribute values ------------------------------------------------------------------

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
  return table.concat(out, ":")
end
local function ifidx(f, d) return #d >= 4 and ifindex(f, unpack("<I4", d)) or hexstr(f, d) end
local function flags32(tbl, dflt)
  return function(f, d) return #d >= 4 and f.flags(tbl, unpack("<I4", d), dflt) or hexstr(f, d) end
end
local function xval32(tbl, dflt)
  return function(f, d) return #d >= 4 and f.xval(tbl, unpack("<I4", d), dflt, "u") or hexstr(f, d) end
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

local stats64 = struct("i8", X.link_stats, 1)
local STATS32 = {}
for i = 1, 24 do STATS32[i] = X.link_stats[i] end
local stats32 = struct("I4", STATS32, 1)

local IFLA = {
  [1] = hwaddr, [2] = hwaddr, [3] = str, [4] = u32, [5] = ifidx, [6] = str, [7] = stats32,
  [8] = u32, [9] = u32, [10] = ifidx, [13] = u32,
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
  [49] = s32, [50] = u32, [51] = u32, [53] = str, [54] = hwaddr, [56] = str, [57] = str, [58] = u32,
  [59] = u32, [60] = u32, [61] = u32,
}

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

local NDA = {
  [1] = addr_attr, [2] = hwaddr,
  [3] = struct("I4", { "ndm_confirmed", "ndm_used", "ndm_updated", "ndm_refcnt" }),
  [4] = u32, [5] = u16, [6] = be16, [7] = u32, [8] = ifidx, [9] = ifidx, [10] = s32, [11] = u32,
  [12] = u8, [13] = u32,
}

local NLMSGERR = { [1] = str, [2] = u32, [5] = u32 }

local INET_DIAG = { [5] = u8, [6] = u8, [8] = u8, [10] = u8, [11] = u8, [15] = u32, [17] = u32,
                    [21] = u64 }

-- ---- attribute lists --------------------------------------------------------------------

-- The attributes in d[p .. p+len-1]: names from `names` ("IFLA_???" when
-- unknown), values by `decoders` (a hex string for the rest).
local function attrs(f, d, p, len, names, dflt, decoders, ctx)
  local stop = p + len
  local out, n, tail = {}, 0, true
  while stop - p >= NLA_HDRLEN do
    if more(f, n) then out[#out + 1] = "..."; tail = false; break end
    local nla_len, nla_type = unpack("<I2I2", d, p)
    local avail = stop - p
    local t = nla_type & X.NLA_TYPE_MASK
    local tname = f.xval(names, t, dflt)
    if nla_type & X.NLA_F_NET_BYTEORDER ~= 0 then tname = "NLA_F_NET_BYTEORDER|" .. tname end
    if nla_type & X.NLA_F_NESTED ~= 0 then tname = "NLA_F_NESTED|" .. tname end
    local hdr = ("{nla_len=%d, nla_type=%s}"):format(nla_len, tname)
    local dlen = (nla_len < avail and nla_len or avail) - NLA_HDRLEN
    if nla_len > NLA_HDRLEN and dlen > 0 then
      local data = d:sub(p + NLA_HDRLEN, p + NLA_HDRLEN + dlen - 1)
      local dec = decoders[t]
      out[#out + 1] = "[" .. hdr .. ", " .. (dec and dec(f, data, ctx) or hexstr(f, data)) .. "]"
    else
      out[#out + 1] = hdr
    end
    n = n + 1
    if nla_len < NLA_HDRLEN then tail = false; break end
    local step = align4(nla_len)
    if step >= avail then p = stop; break end
    p = p + step
  end
  if tail and p < stop then out[#out + 1] = hexstr(f, d:sub(p, stop - 1)) end
  if #out == 1 then return out[1] end
  return "[" .. table.concat(out, ", ") .. "]"
end

-- ---- NETLINK_ROUTE -----------------------------------------------------------------------

-- The fixed part of each kind of message (by (type - 16) // 4): its size,
-- the prefix of its family field, a printer of the rest and its attributes.
local ROUTE = {
  [0] = { size = 16, prefix = "ifi", names = X.ifla, dflt = "IFLA_???", decoders = IFLA,
    fields = function(f, d, p)
      local _, ty, idx, fl, ch = unpack("<BxI2i4I4I4", d, p)
      return ("ifi_type=%s, ifi_index=%s, ifi_flags=%s, ifi_change=%s"):format(
        f.xval(sock.arp_hardware_types, ty, "ARPHRD_???"), ifindex(f, idx & 0xffffffff),
        f.flags(X.iff_flags, fl, "IFF_???"), f.flags(X.iff_flags, ch, "IFF_???"))
    end },
  [1] = { size = 8, prefix = "ifa", names = X.ifa, dflt = "IFA_???", decoders = IFA,
    fields = function(f, d, p)
      local _, plen, fl, scope, idx = unpack("<BBBBI4", d, p)
      return ("ifa_prefixlen=%d, ifa_flags=%s, ifa_scope=%s, ifa_index=%s"):format(plen,
        f.flags(X.ifa_flags, fl, "IFA_F_???"), f.xval(X.rt_scopes, scope, nil, "u"), ifindex(f, idx))
    end },
  [2] = { size = 12, prefix = "rtm", names = X.rta, dflt = "RTA_???", decoders = RTA,
    fields = function(f, d, p)
      local _, dst, src, tos, tbl, proto, scope, ty, fl = unpack("<BBBBBBBBI4", d, p)
      return ("rtm_dst_len=%d, rtm_src_len=%d, rtm_tos=%d, rtm_table=%s, rtm_protocol=%s, " ..
        "rtm_scope=%s, rtm_type=%s, rtm_flags=%s"):format(dst, src, tos,
        f.xval(X.rt_tables, tbl, nil, "u"), f.xval(X.rt_protos, proto, nil, "u"),
        f.xval(X.rt_scopes, scope, nil, "u"), f.xval(X.rtn_types, ty, "RTN_???", "u"),
        f.flags(X.rtm_flags, fl, "RTM_F_???"))
    end },
  [3] = { size = 12, prefix = "ndm", names = X.nda, dflt = "NDA_???", decoders = NDA,
    fields = function(f, d, p)
      local _, idx, state, fl, ty = unpack("<Bxxxi4I2BB", d, p)
      return ("ndm_ifindex=%s, ndm_state=%s, ndm_flags=%s, ndm_type=%s"):format(
        ifindex(f, idx & 0xffffffff), f.flags(X.nud_states, state, "NUD_???"),
        f.flags(X.ntf_flags, fl, "NTF_???"), f.xval(X.rtn_types, ty, "RTN_???", "u"))
    end },
}

local function route_payload(f, d, p, len, mtype)
  local fam = d:byte(p)
  local kind = mtype >= X.NLMSG_MIN_TYPE and ROUTE[(mtype - X.NLMSG_MIN_TYPE) // 4]
  if not kind then
    local text = "{family=" .. family(f, fam)
    if len > 1 then text = text .. ", data=" .. hexstr(f, d:sub(p + 1, p + len - 1)) end
    return text .. "}"
  end
  local head = "{" .. kind.prefix .. "_family=" .. family(f, fam)
  if len < kind.size then return head .. ", ...}" end
  local text = head .. ", " .. kind.fields(f, d, p) .. "}"
  local skip = align4(kind.size)
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
  return table.concat(out, "|")
end

local function inet_sockid(f, d, p, fam)
  local sport, dport = unpack(">I2I2", d, p)
  local src, dst = d:sub(p + 4, p + 19), d:sub(p + 20, p + 35)
  local ifn, c1, c2 = unpack("<I4I4I4", d, p + 36)
  local function a(s, field)
    if fam == AF_INET6 then
      return ("inet_pton(AF_INET6, %s, &%s)"):format(q(f, require("moontrace.decode.net").inet_ntop6(s, 1)), field)
    end
    return field .. "=" .. address(f, s, AF_INET)
  end
  return ("{idiag_sport=htons(%d), idiag_dport=htons(%d), %s, %s, idiag_if=%s, idiag_cookie=[%d, %d]}"):format(
    sport, dport, a(src, "idiag_src"), a(dst, "idiag_dst"), ifindex(f, ifn), c1, c2)
end

local function diag_payload(f, d, p, len, mtype, mflags)
  local fam = d:byte(p)
  local inet = fam == AF_INET or fam == AF_INET6
  local text, size
  if inet and mflags & 1 ~= 0 and len >= 56 then
    -- struct inet_diag_req_v2
    local _, proto, ext, states = unpack("<BBBxI4", d, p)
    size = 56
    text = ("{sdiag_family=%s, sdiag_protocol=%s, idiag_ext=%s, idiag_states=%s, id=%s}"):format(
      family(f, fam), f.xval(sock.inet_protocols, proto, "IPPROTO_???", "u"),
      f.flags(X.inet_diag_ext, ext, "INET_DIAG_???"), tcp_states(f, states),
      inet_sockid(f, d, p + 8, fam))
  elseif inet and mflags & 1 == 0 and len >= 72 then
    -- struct inet_diag_msg
    local _, state, timer, retrans = unpack("<BBBB", d, p)
    local expires, rq, wq, uid, inode = unpack("<I4I4I4I4I4", d, p + 52)
    size = 72
    text = ("{idiag_family=%s, idiag_state=%s, idiag_timer=%d, idiag_retrans=%d, id=%s, " ..
      "idiag_expires=%d, idiag_rqueue=%d, idiag_wqueue=%d, idiag_uid=%d, idiag_inode=%d}"):format(
      family(f, fam), f.xval(X.tcp_states, state, "TCP_???", "u"), timer, retrans,
      inet_sockid(f, d, p + 4, fam), expires, rq, wq, uid, inode)
  else
    text = "{" .. (inet and mflags & 1 == 0 and "idiag" or "sdiag") .. "_family=" .. family(f, fam)
    if len > 1 then text = text .. ", ..." end
    return text .. "}"
  end
  if len > size then
    text = text .. ", " .. attrs(f, d, p + size, len - size, X.inet_diag_attrs, "INET_DIAG_???", INET_DIAG, {})
  end
  return text
end

-- ---- messages ----------------------------------------------------------------------------

local function flag_table(proto, mtype)
  if mtype == NLMSG_ERROR then return X.nlm_flags_ack end
  if mtype < X.NLMSG_MIN_TYPE then return X.nlm_flags end
  if proto == NETLINK_ROUTE then
    local k = mtype & 3
    if k == 0 then return X.nlm_flags_new end
    if k == 1 then return X.nlm_flags_del end
    if k == 2 then return X.nlm_flags_get end
    return X.nlm_flags
  end
  return X.nlm_flags_get
end

local function type_name(f, proto, mtype)
  if mtype < X.NLMSG_MIN_TYPE then return f.xval(X.nlmsg_types, mtype, "NLMSG_???") end
  if proto == NETLINK_ROUTE then return f.xval(X.rtm_types, mtype, "RTM_???") end
  if proto == NETLINK_SOCK_DIAG then return f.xval(X.sock_diag_types, mtype, "SOCK_DIAG_???") end
  return f.hex(mtype)
end

local messages

local function errno_text(e)
  if e == 0 then return "0" end
  if e < 0 then
    local ok, errno = pcall(require, "moontrace.xlat.errno")
    local name = ok and errno.name[-e]
    if name then return "-" .. name end
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
  local text = "{error=" .. errno_text(err) .. ", msg=" .. messages(f, d, p + 4, take, proto, true) .. "}"
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
  end
  return hexstr(f, d:sub(p, p + len - 1))
end

-- The messages in d[p .. p+len-1].  `one`: a single message (the request
-- inside an error), never followed by more.
function messages(f, d, p, len, proto, one)
  if len < NLMSG_HDRLEN then return hexstr(f, d:sub(p, p + len - 1)) end
  local stop = p + len
  local out, n, tail = {}, 0, true
  while stop - p >= NLMSG_HDRLEN do
    if more(f, n) then out[#out + 1] = "..."; tail = false; break end
    local mlen, mtype, mflags, seq, pid = unpack("<I4I2I2I4I4", d, p)
    local avail = stop - p
    local hdr = ("{nlmsg_len=%d, nlmsg_type=%s, nlmsg_flags=%s, nlmsg_seq=%d, nlmsg_pid=%d}"):format(
      mlen, type_name(f, proto, mtype), f.flags(flag_table(proto, mtype), mflags, "NLM_F_???"), seq, f.s32(pid))
    local plen = (mlen < avail and mlen or avail) - NLMSG_HDRLEN
    if mlen > NLMSG_HDRLEN and plen > 0 then
      out[#out + 1] = "[" .. hdr .. ", " .. payload(f, d, p + NLMSG_HDRLEN, plen, proto, mtype, mflags) .. "]"
    else
      out[#out + 1] = hdr
    end
    n = n + 1
    if mlen < NLMSG_HDRLEN or one then tail = false; break end
    local step = align4(mlen)
    if step >= avail then p = stop; break end
    p = p + step
  end
  if tail and p < stop then out[#out + 1] = hexstr(f, d:sub(p, stop - 1)) end
  if #out == 1 then return out[1] end
  return "[" .. table.concat(out, ", ") .. "]"
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
