-- Decoders for socket calls and the sockaddr printer they share.

local sock = require "moontrace.xlat.socket"

local D = {}

local AF_UNIX, AF_INET, AF_INET6, AF_NETLINK, AF_PACKET = 1, 2, 10, 16, 17
local SOCK_TYPE_MASK = 0xf

-- ---- sockaddr ------------------------------------------------------------------

local function ntohs(b, i) return string.unpack(">I2", b, i) end

local function inet_ntop4(b, i)
  return ("%d.%d.%d.%d"):format(b:byte(i, i + 3))
end

-- Text of 16 address bytes the way glibc's inet_ntop writes it: the longest run
-- of two or more zero words (the first on a tie) becomes "::", and an
-- IPv4-compatible or -mapped address ends in a dotted quad.
local function inet_ntop6(b, i)
  local w = {}
  for k = 0, 7 do w[k] = string.unpack(">I2", b, i + 2 * k) end
  local best, best_len, cur, cur_len = -1, 0, -1, 0
  for k = 0, 7 do
    if w[k] == 0 then
      if cur < 0 then cur, cur_len = k, 1 else cur_len = cur_len + 1 end
      if cur_len > best_len then best, best_len = cur, cur_len end
    else
      cur = -1
    end
  end
  if best_len < 2 then best = -1 end
  local out = {}
  for k = 0, 7 do
    if best >= 0 and k >= best and k < best + best_len then
      if k == best then out[#out + 1] = ":" end
    else
      if k ~= 0 then out[#out + 1] = ":" end
      if k == 6 and best == 0 and (best_len == 6 or (best_len == 5 and w[5] == 0xffff)) then
        out[#out + 1] = inet_ntop4(b, i + 12)
        break
      end
      out[#out + 1] = ("%x"):format(w[k])
    end
  end
  if best >= 0 and best + best_len == 8 then out[#out + 1] = ":" end
  return table.concat(out)
end
D.inet_ntop6 = inet_ntop6

local function sun_path(f, b, len)
  local path_len = (len > 110 and 110 or len) - 2
  if b:byte(3) ~= 0 then
    local path = b:sub(3, 2 + path_len)
    local nul = path:find("\0", 1, true)
    if nul then path = path:sub(1, nul - 1) end
    return "sun_path=" .. f.escape(path, #path)
  end
  local abstract = b:sub(4, 2 + path_len)
  return "sun_path=@" .. f.escape(abstract, #abstract)
end

local function scope_id(f, b)
  local id = string.unpack("<I4", b, 25)
  local a1, a2 = b:byte(9), b:byte(10)
  -- Link-local unicast (fe80::/10) and multicast (ff02::/16) name the interface.
  if (a1 == 0xfe and a2 & 0xc0 == 0x80) or (a1 == 0xff and a2 & 0x0f == 0x2) then
    local name = f.ifname(id)
    if name then return ('sin6_scope_id=if_nametoindex("%s")'):format(name) end
  end
  return "sin6_scope_id=" .. f.udec(id)
end

local function ll_addr(f, b, len)
  local halen = b:byte(12)
  local out = {}
  local oob = len - 12
  for k = 0, halen - 1 do
    if k >= oob then out[#out + 1] = "..."; break end
    out[#out + 1] = f.hex0(b:byte(13 + k) or 0, 1)
  end
  return "[" .. table.concat(out, ", ") .. "]"
end

-- Family-specific fields: { printer, minimum length }.
local PRINTERS = {
  [AF_UNIX] = { sun_path, 3 },
  [AF_INET] = { function(f, b)
    return ("sin_port=htons(%d), sin_addr=inet_addr(\"%s\")"):format(ntohs(b, 3), inet_ntop4(b, 5))
  end, 16 },
  [AF_INET6] = { function(f, b, len)
    local text = ("sin6_port=htons(%d), sin6_flowinfo=htonl(%d), inet_pton(AF_INET6, \"%s\", &sin6_addr)"):format(
      ntohs(b, 3), string.unpack(">I4", b, 5), inet_ntop6(b, 9))
    if len > 24 then text = text .. ", " .. scope_id(f, b) end
    return text
  end, 24 },
  [AF_NETLINK] = { function(f, b)
    local pad, pid, groups = string.unpack("<I2I4I4", b, 3)
    return (pad ~= 0 and ("nl_pad=%s, "):format(f.hex(pad)) or "") ..
      ("nl_pid=%d, nl_groups=%s"):format(f.s32(pid), f.hex0(groups, 4))
  end, 12 },
  [AF_PACKET] = { function(f, b, len)
    local proto, ifindex, hatype, pkttype, halen = string.unpack(">I2", b, 3),
      string.unpack("<i4", b, 5), string.unpack("<I2", b, 9), b:byte(11), b:byte(12)
    local ifname = f.ifname(ifindex)
    local text = ("sll_protocol=htons(%s), sll_ifindex=%s, sll_hatype=%s, sll_pkttype=%s, sll_halen=%d"):format(
      f.xval(sock.ethernet_protocols, proto, "ETH_P_???"),
      ifname and ('if_nametoindex("%s")'):format(ifname) or f.udec(ifindex & 0xffffffff),
      f.xval(sock.arp_hardware_types, hatype, "ARPHRD_???"),
      f.xval(sock.packet_types, pkttype, "PACKET_???"), halen)
    if halen ~= 0 then text = text .. ", sll_addr=" .. ll_addr(f, b, len) end
    return text
  end, 20 },
}

-- A socket address of `len` bytes at addr.
function D.sockaddr(ev, f, addr, len, exiting)
  len = f.s32(len)
  if len < 2 then return f.ptr(addr) end
  if len > 128 then len = 128 end
  local b = (exiting and f.umove_exit or f.umove)(ev, addr, len)
  if not b then return f.ptr(addr) end
  b = b .. ("\0"):rep(129 - len)
  local family = string.unpack("<I2", b)
  local text = "{sa_family=" .. f.xval(sock.families, family, "AF_???")
  if len > 2 then
    local p = PRINTERS[family]
    if p and len >= p[2] then
      text = text .. ", " .. p[1](f, b, len)
    else
      local data = b:sub(3, len)
      text = text .. ", sa_data=" .. f.escape(data, #data)
    end
  end
  return text .. "}"
end

-- ---- socket, bind, connect ... ------------------------------------------------------

local function sock_type(f, v)
  v = v & 0xffffffff
  local name = f.lookup(sock.types, v & SOCK_TYPE_MASK)
  if name then
    local rest = v & ~SOCK_TYPE_MASK
    if rest == 0 then return name end
    return name .. "|" .. f.flags(sock.type_flags, rest, "SOCK_???")
  end
  return f.flags(sock.type_flags, v, "SOCK_???")
end

local PROTOCOLS = {
  [AF_INET] = { sock.inet_protocols, "IPPROTO_???" },
  [AF_INET6] = { sock.inet_protocols, "IPPROTO_???" },
  [AF_NETLINK] = { sock.netlink_protocols, "NETLINK_???" },
}

local function protocol(f, family, v)
  local p = PROTOCOLS[family]
  if p then return f.xval(p[1], v & 0xffffffff, p[2]) end
  if family == AF_PACKET then
    local be = ((v & 0xff) << 8) | ((v >> 8) & 0xff)
    return "htons(" .. f.xval(sock.ethernet_protocols, be, "ETH_P_???") .. ")"
  end
  return f.udec(v)
end

local function family(f, v) return f.xval(sock.families, v & 0xffffffff, "AF_???") end

D.socket = {
  enter = function(ev, f)
    local fam = ev.args[1] & 0xffffffff
    return family(f, fam) .. ", " .. sock_type(f, ev.args[2]) .. ", " .. protocol(f, fam, ev.args[3])
  end,
  ret = "fd",
}

D.socketpair = {
  enter = function(ev, f)
    return family(f, ev.args[1]) .. ", " .. sock_type(f, ev.args[2]) .. ", " .. f.udec(ev.args[3]) .. ", "
  end,
  exit = function(ev, f)
    local b = f.umove_exit(ev, ev.args[4], 8)
    if not b then return f.ptr(ev.args[4]) end
    local a, c = string.unpack("<i4i4", b)
    return "[" .. f.fd(ev, a) .. ", " .. f.fd(ev, c) .. "]"
  end,
}

local function addr_call(ev, f)
  return f.fd(ev, ev.args[1]) .. ", " .. D.sockaddr(ev, f, ev.args[2], ev.args[3]) .. ", " ..
    f.int(ev.args[3])
end
D.bind = { enter = addr_call }
D.connect = { enter = addr_call }

D.listen = { enter = function(ev, f) return f.fd(ev, ev.args[1]) .. ", " .. f.int(ev.args[2]) end }

local SHUT = { { 0, "SHUT_RD" }, { 1, "SHUT_WR" }, { 2, "SHUT_RDWR" } }
D.shutdown = {
  enter = function(ev, f)
    return f.fd(ev, ev.args[1]) .. ", " .. f.xval(SHUT, ev.args[2] & 0xffffffff, "SHUT_???")
  end,
}

-- ---- accept, getsockname: the address comes back with its length -----------------

-- At entry: remember the caller's buffer length, or print everything now when
-- there is no buffer to fill.
local function sockname_enter(ev, f, flags_arg)
  local text = f.fd(ev, ev.args[1]) .. ", "
  local addr, lenp = ev.args[2], ev.args[3]
  local ulen = addr ~= 0 and lenp ~= 0 and f.umove(ev, lenp, 4)
  if ulen then
    ev.priv = { ulen = string.unpack("<i4", ulen) }
    return text
  end
  ev.priv = { decoded = true }
  text = text .. f.ptr(addr) .. ", " .. f.ptr(lenp)
  if flags_arg then
    text = text .. ", " .. f.flags(sock.type_flags, ev.args[flags_arg] & 0xffffffff, "SOCK_???")
  end
  return text
end

-- "[16]", or "[110 => 11]" when the kernel changed the length.
local function sockname_exit(ev, f, flags_arg)
  local p = ev.priv
  if type(p) ~= "table" or p.decoded then return "" end
  local ulen = p.ulen or 0
  local text
  local r = ev.err == 0 and f.umove(ev, ev.args[3], 4)
  if not r then
    text = f.ptr(ev.args[2]) .. ", [" .. ulen .. "]"
  else
    local rlen = string.unpack("<i4", r)
    text = D.sockaddr(ev, f, ev.args[2], ulen > rlen and rlen or ulen) .. ", [" ..
      (ulen ~= rlen and (ulen .. " => ") or "") .. rlen .. "]"
  end
  if flags_arg then
    text = text .. ", " .. f.flags(sock.type_flags, ev.args[flags_arg] & 0xffffffff, "SOCK_???")
  end
  return text
end

D.accept = {
  enter = function(ev, f) return sockname_enter(ev, f) end,
  exit = function(ev, f) return sockname_exit(ev, f) end,
  ret = "fd",
}
D.accept4 = {
  enter = function(ev, f) return sockname_enter(ev, f, 4) end,
  exit = function(ev, f) return sockname_exit(ev, f, 4) end,
  ret = "fd",
}
D.getsockname = {
  enter = D.accept.enter, exit = D.accept.exit,
}
D.getpeername = D.getsockname

-- ---- sendto, recvfrom ---------------------------------------------------------------

local function msg_flags(f, v) return f.flags(sock.msg_flags, v & 0xffffffff, "MSG_???") end

D.sendto = {
  enter = function(ev, f)
    local a = ev.args
    return f.fd(ev, a[1]) .. ", " .. f.buf(ev, a[2], a[3]) .. ", " .. f.udec(a[3]) .. ", " ..
      msg_flags(f, a[4]) .. ", " .. D.sockaddr(ev, f, a[5], a[6]) .. ", " .. f.int(a[6])
  end,
}

D.recvfrom = {
  enter = function(ev, f)
    local a = ev.args
    local ulen = a[5] ~= 0 and a[6] ~= 0 and f.umove(ev, a[6], 4)
    ev.priv = { ulen = ulen and string.unpack("<i4", ulen) or 0 }
    return f.fd(ev, a[1]) .. ", "
  end,
  exit = function(ev, f)
    local a = ev.args
    local buf
    if ev.err ~= 0 then
      buf = f.ptr(a[2])
    else
      buf = f.buf(ev, a[2], math.ult(ev.ret, a[3]) and ev.ret or a[3])
    end
    local text = buf .. ", " .. f.udec(a[3]) .. ", " .. msg_flags(f, a[4]) .. ", "
    local r = a[5] ~= 0 and a[6] ~= 0 and f.umove(ev, a[6], 4)
    if not r then return text .. f.ptr(a[5]) .. ", " .. f.ptr(a[6]) end
    local ulen = type(ev.priv) == "table" and ev.priv.ulen or 0
    if ev.err ~= 0 then return text .. f.ptr(a[5]) .. ", [" .. ulen .. "]" end
    local rlen = string.unpack("<i4", r)
    return text .. D.sockaddr(ev, f, a[5], ulen > rlen and rlen or ulen) .. ", [" ..
      (ulen ~= rlen and (ulen .. " => ") or "") .. rlen .. "]"
  end,
}

return D
