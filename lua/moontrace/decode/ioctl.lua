-- ioctl: the request by name (or as _IOC(dir, type, nr, size)) and, for the
-- terminal requests, the argument decoded the way strace 6.1 does.  Other
-- requests show the argument in hex after the call, as strace does for the
-- requests it has no decoder for.

local ioctl_x = require "moontrace.xlat.ioctl"
local term = require "moontrace.xlat.term"

local D = {}

-- code -> { names } from the sorted table.
local NAMES = {}
for _, e in ipairs(ioctl_x.names) do
  local list = NAMES[e[1]]
  if not list then list = {}; NAMES[e[1]] = list end
  list[#list + 1] = e[2]
end

local function request_text(f, code)
  local names = NAMES[code]
  if names then return table.concat(names, " or ") end
  return ("_IOC(%s, %s, %s, %s)"):format(f.flags(ioctl_x.dirs, code >> 30, "_IOC_???"),
    f.hex((code >> 8) & 0xff), f.hex(code & 0xff), f.hex((code >> 16) & 0x3fff))
end

-- -X raw prints the number, -X verbose the number and the name in a comment.
function D.request(f, code)
  code = code & 0xffffffff
  local style = f.opts.xstyle
  if style == "raw" then return f.hex(code) end
  if style == "verbose" then
    f.opts.xstyle = "abbrev"
    local ok, text = pcall(request_text, f, code)
    f.opts.xstyle = style
    if not ok then error(text, 0) end
    return f.hex(code) .. " /* " .. text .. " */"
  end
  return request_text(f, code)
end

-- ---- termios ----------------------------------------------------------------------

local NLDLY, CRDLY, TABDLY, BSDLY, VTDLY, FFDLY = 0x100, 0x600, 0x1800, 0x2000, 0x4000, 0x8000
local CBAUD, CIBAUD, IBSHIFT, CSIZE = 0x100f, 0x100f0000, 16, 0x30
local NCCS = 19

-- The delay fields each print (zero included) and each add a "|", even when no
-- flag follows.
local function oflag(f, v)
  local out = {}
  for _, d in ipairs { { term.nldly, NLDLY, "NL?" }, { term.crdly, CRDLY, "CR?" },
    { term.tabdly, TABDLY, "TAB?" }, { term.bsdly, BSDLY, "BS?" },
    { term.vtdly, VTDLY, "VT?" }, { term.ffdly, FFDLY, "FF?" } } do
    out[#out + 1] = f.xval(d[1], v & d[2], d[3]) .. "|"
    v = v & ~d[2]
  end
  return table.concat(out) .. f.flags(term.oflags, v)
end

local function cflag(f, v)
  local text = f.xval(term.baud, v & CBAUD, "B???") .. "|"
  if v & CIBAUD ~= 0 then
    text = text .. f.xval(term.baud, (v & CIBAUD) >> IBSHIFT, "B???") .. "<<" .. f.styled(f.hex(IBSHIFT), "IBSHIFT") .. "|"
  end
  text = text .. f.xval(term.csize, v & CSIZE, "CS?") .. "|"
  return text .. f.flags(term.cflags, v & ~(CBAUD | CIBAUD | CSIZE))
end

local function termios(f, b, ncc, with_speeds)
  local iflag, oflg, cflg, lflag, line = string.unpack("<I4I4I4I4B", b)
  local text = "{c_iflag=" .. f.flags(term.iflags, iflag) .. ", c_oflag=" .. oflag(f, oflg) ..
    ", c_cflag=" .. cflag(f, cflg) .. ", c_lflag=" .. f.flags(term.lflags, lflag) .. ", "
  if not f.opts.verbose then return text .. "...}" end
  local cc = {}
  for i = 0, ncc - 1 do
    cc[#cc + 1] = "[" .. (f.lookup(term.cc, i) or ("%d"):format(i)) .. "]=" .. f.hex(b:byte(18 + i))
  end
  text = text .. "c_line=" .. f.xval(term.line_discs, line, "N_???") .. ", c_cc=[" ..
    table.concat(cc, ", ") .. "]"
  if with_speeds then
    local ispeed, ospeed = string.unpack("<I4I4", b, 37)
    text = text .. ", c_ispeed=" .. ispeed .. ", c_ospeed=" .. ospeed
  end
  return text .. "}"
end

local function winsize(b)
  return ("{ws_row=%d, ws_col=%d, ws_xpixel=%d, ws_ypixel=%d}"):format(string.unpack("<I2I2I2I2", b))
end

-- Each terminal request: when its argument is known (entry, or after the call)
-- and how to print it.  at = "exit" for what the kernel fills in.
local function struct_arg(size, show) return function(ev, f, addr, exiting)
  local b = (exiting and f.umove_exit or f.umove)(ev, addr, size)
  return b and show(f, b) or f.ptr(addr)
end end

local termios_arg = struct_arg(36, function(f, b) return termios(f, b, NCCS) end)
local termios2_arg = struct_arg(44, function(f, b) return termios(f, b, NCCS, true) end)
local termio_arg = struct_arg(18, function(f, b)
  -- struct termio: 16-bit flag words, a line discipline and 8 control chars.
  local i, o, c, l, line = string.unpack("<I2I2I2I2B", b)
  local fake = string.pack("<I4I4I4I4B", i, o, c, l, line) .. b:sub(10, 17)
  return termios(f, fake, 8)
end)
local winsize_arg = struct_arg(8, function(f, b) return winsize(b) end)
local function int_arg(ev, f, addr, exiting) return f.num_at(ev, addr, "<i4", nil, exiting) end
local function modem_arg(ev, f, addr, exiting)
  return f.num_at(ev, addr, "<I4", function(v) return f.flags(term.modem, v, "TIOCM_???") end, exiting)
end
local function none() return nil end

local T = {
  [0x5401] = { "exit", termios_arg },   -- TCGETS
  [0x5456] = { "exit", termios_arg },   -- TIOCGLCKTRMIOS
  [0x5402] = { "enter", termios_arg }, [0x5403] = { "enter", termios_arg },
  [0x5404] = { "enter", termios_arg }, [0x5457] = { "enter", termios_arg },
  [0x802c542a] = { "exit", termios2_arg },  -- TCGETS2
  [0x402c542b] = { "enter", termios2_arg }, [0x402c542c] = { "enter", termios2_arg },
  [0x402c542d] = { "enter", termios2_arg },
  [0x5405] = { "exit", termio_arg },    -- TCGETA
  [0x5406] = { "enter", termio_arg }, [0x5407] = { "enter", termio_arg },
  [0x5408] = { "enter", termio_arg },
  [0x5413] = { "exit", winsize_arg },   -- TIOCGWINSZ
  [0x5414] = { "enter", winsize_arg },  -- TIOCSWINSZ
  [0x540a] = { "enter", function(ev, f, a) return f.xval(term.tcxonc, a, "TC???") end },
  [0x540b] = { "enter", function(ev, f, a) return f.xval(term.tcflsh, a, "TC???") end },
  [0x5409] = { "enter", function(ev, f, a) return f.int(a) end },   -- TCSBRK
  [0x5425] = { "enter", function(ev, f, a) return f.int(a) end },   -- TCSBRKP
  [0x540e] = { "enter", function(ev, f, a) return f.int(a) end },   -- TIOCSCTTY
  [0x5415] = { "exit", modem_arg },     -- TIOCMGET
  [0x5416] = { "enter", modem_arg }, [0x5417] = { "enter", modem_arg },
  [0x5418] = { "enter", modem_arg },
  -- int results: TIOCGPGRP TIOCGSID TIOCGETD TIOCGSOFTCAR TIOCGPTN FIONREAD
  -- TIOCOUTQ TIOCGEXCL TIOCGDEV
  [0x540f] = { "exit", int_arg }, [0x5429] = { "exit", int_arg }, [0x5424] = { "exit", int_arg },
  [0x5419] = { "exit", int_arg }, [0x80045430] = { "exit", int_arg },
  [0x541b] = { "exit", int_arg }, [0x5411] = { "exit", int_arg },
  [0x80045440] = { "exit", int_arg }, [0x80045432] = { "exit", int_arg },
  -- int arguments: TIOCSPGRP TIOCSETD FIONBIO FIOASYNC TIOCPKT TIOCSSOFTCAR TIOCSPTLCK
  [0x5410] = { "enter", int_arg }, [0x5423] = { "enter", int_arg }, [0x5421] = { "enter", int_arg },
  [0x5452] = { "enter", int_arg }, [0x5420] = { "enter", int_arg }, [0x541a] = { "enter", int_arg },
  [0x40045431] = { "enter", int_arg },
  [0x5412] = { "enter", function(ev, f, a) return f.buf(ev, a, 1) end },   -- TIOCSTI
  -- no argument: TIOCSBRK TIOCCBRK TIOCCONS TIOCNOTTY TIOCEXCL TIOCNXCL FIOCLEX
  -- FIONCLEX TIOCVHANGUP TIOCSSERIAL
  [0x5427] = { "enter", none }, [0x5428] = { "enter", none }, [0x541d] = { "enter", none },
  [0x5422] = { "enter", none }, [0x540c] = { "enter", none }, [0x540d] = { "enter", none },
  [0x5451] = { "enter", none }, [0x5450] = { "enter", none }, [0x5437] = { "enter", none },
  [0x541f] = { "enter", none },
  -- FICLONE: the source descriptor, as a plain number
  [0x40049409] = { "enter", function(ev, f, a) return f.int(a) end },
}

-- ---- the other families --------------------------------------------------------------
-- FIO* and the generic file requests, socket interface requests, block devices,
-- loop devices, nsfs, RTC, perf events, userfaultfd: as strace 6.1 prints them.

local ax = require "moontrace.xlat.ioctl_arg"
local sock = require "moontrace.xlat.socket"
local sched = require "moontrace.xlat.sched"

local more = { handlers = {}, ret = {} }
local H = more.handlers
local unpack = string.unpack

-- "[N]" of a number the argument points to, read at entry or after the call.
local function num_in(fmt, conv)
  return function(ev, f, addr) return f.num_at(ev, addr, fmt, conv and function(v) return conv(f, v) end) end
end
local function num_out(fmt, conv)
  return function(ev, f, addr) return f.num_at(ev, addr, fmt, conv and function(v) return conv(f, v) end, true) end
end
local function hex_conv(f, v) return f.hex(v) end
local function plain_int(ev, f, a) return f.int(a) end
local function plain_udec(ev, f, a) return f.udec(a) end
local function fd_arg(ev, f, a) return f.fd(ev, a) end

local function set(codes, h) for _, c in ipairs(codes) do H[c] = h end end

-- A structure read at entry (or, with at == "exit", after a successful call).
local function struct_in(size, show) return function(ev, f, addr)
  local b = f.umove(ev, addr, size)
  return b and show(ev, f, b, addr) or f.ptr(addr)
end end
local function struct_out(size, show) return function(ev, f, addr)
  local b = f.umove_exit(ev, addr, size)
  return b and show(ev, f, b, addr) or f.ptr(addr)
end end

-- A structure shown in part at entry and completed after the call: head()
-- returns the entry text and what exit needs; tail() the rest, given it.
local function split(size, head, tail)
  return { "both",
    function(ev, f, addr)
      ev.priv = nil
      local b = f.umove(ev, addr, size)
      if not b then return f.ptr(addr) end
      local text, keep = head(ev, f, b, addr)
      ev.priv = { ioctl = keep or true }
      return text
    end,
    function(ev, f, addr)
      local keep = type(ev.priv) == "table" and ev.priv.ioctl
      if not keep then return "" end
      ev.priv = nil
      if ev.err and ev.err ~= 0 then return tail(ev, f, nil, addr, keep) end
      local b = f.umove(ev, addr, size)
      return tail(ev, f, b, addr, keep)
    end }
end

local function u64s(b, o) return (unpack("<I8", b, o)) end

-- ---- FIO* and the generic file requests

set({ 0x5451, 0x5450 }, { "enter", function() return nil end })        -- FIOCLEX FIONCLEX
set({ 0xc0045877, 0xc0045878 }, { "enter", function() return nil end }) -- FIFREEZE FITHAW
local fs_flags = function(f, v) return f.flags(ax.fs_flags, v, "FS_???_FL") end
H[0x80086601] = { "exit", num_out("<I4", fs_flags) }   -- FS_IOC_GETFLAGS
H[0x40086602] = { "enter", num_in("<I4", fs_flags) }   -- FS_IOC_SETFLAGS

local function fsxattr(with_nextents) return function(ev, f, b)
  local xflags, extsize, nextents, projid, cow = unpack("<I4I4I4I4I4", b)
  return "{fsx_xflags=" .. f.flags(ax.fs_xflags, xflags, "FS_XFLAG_???") ..
    ", fsx_extsize=" .. extsize ..
    (with_nextents and (", fsx_nextents=" .. nextents) or "") ..
    ", fsx_projid=" .. f.hex(projid) .. ", fsx_cowextsize=" .. cow .. "}"
end end
H[0x801c581f] = { "exit", struct_out(28, fsxattr(true)) }    -- FS_IOC_FSGETXATTR
H[0x401c5820] = { "enter", struct_in(28, fsxattr(false)) }   -- FS_IOC_FSSETXATTR

H[0x4020940d] = { "enter", struct_in(32, function(ev, f, b)  -- FICLONERANGE
  local fd, off, len, dest = unpack("<i8I8I8I8", b)
  return "{src_fd=" .. f.fd(ev, fd) .. ", src_offset=" .. f.udec(off) .. ", src_length=" ..
    f.udec(len) .. ", dest_offset=" .. f.udec(dest) .. "}"
end) }

-- FIDEDUPERANGE: the request at entry, the result of each destination after.
local DEDUPE_HEAD, DEDUPE_INFO = 24, 32
H[0xc0189436] = split(DEDUPE_HEAD, function(ev, f, b, addr)
  local off, len, count = unpack("<I8I8I2", b)
  local info = f.array(ev, addr + DEDUPE_HEAD, count, DEDUPE_INFO, function(e)
    local fd, doff = unpack("<i8I8", e)
    return "{dest_fd=" .. f.fd(ev, fd) .. ", dest_offset=" .. f.udec(doff) .. "}"
  end)
  return "{src_offset=" .. f.udec(off) .. ", src_length=" .. f.udec(len) .. ", dest_count=" ..
    count .. ", info=" .. info .. "}", count
end, function(ev, f, b, addr, count)
  if not b or count == true then return "" end
  local info = f.array(ev, addr + DEDUPE_HEAD, count, DEDUPE_INFO, function(e)
    local done, status = unpack("<I8i4", e, 17)
    return "{bytes_deduped=" .. f.udec(done) .. ", status=" .. status .. "}"
  end, true)
  return " => {info=" .. info .. "}"
end)

H[0xc0185879] = { "enter", struct_in(24, function(ev, f, b)  -- FITRIM
  local start, len, minlen = unpack("<I8I8I8", b)
  return "{start=" .. f.hex(start) .. ", len=" .. f.udec(len) .. ", minlen=" .. f.udec(minlen) .. "}"
end) }

-- ---- sockets

local IFREQ = 40
local function ifname(f, b, o) return f.cstring(b:sub(o, o + 15)) end
-- the address in an ifreq (16 bytes): net.lua's sockaddr, -X styles included
local function net_sockaddr(ev, f, addr, exiting)
  return require("moontrace.decode.net").sockaddr(ev, f, addr, 16, exiting)
end
local function hwaddr(f, b, o)
  local family = unpack("<I2", b, o)
  local data = b:sub(o + 2, o + 15)
  local mac = {}
  for i = 1, 6 do mac[i] = ("%02x"):format(data:byte(i)) end
  mac = table.concat(mac, ":")
  local text
  local style = f.opts.xstyle
  if style == "raw" then text = f.escape(data, #data, { hex = "all" })
  elseif style == "verbose" then text = f.escape(data, #data, { hex = "all" }) .. " /* " .. mac .. " */"
  else text = mac end
  return "{sa_family=" .. f.xval(sock.arp_hardware_types, family, "ARPHRD_???") .. ", sa_data=" .. text .. "}"
end
local function ifmap(f, b, o)
  local ms, me, base, irq, dma, port = unpack("<I8I8I2BBB", b, o)
  return ("{mem_start=%s, mem_end=%s, base_addr=%s, irq=%s, dma=%s, port=%s}"):format(
    f.hex(ms), f.hex(me), f.hex(base), f.hex(irq), f.hex(dma), f.hex(port))
end

-- The union member of each request: name and printer(ev, f, b, addr, exiting).
local IFR = {}
local function member(name, show) return { name, show } end
local function sa_member(name) return member(name, function(ev, f, b, addr, exiting)
  return net_sockaddr(ev, f, addr + 16, exiting)
end) end
local flags_m = member("ifr_flags", function(ev, f, b) return f.flags(ax.iff, unpack("<I2", b, 17), "IFF_???") end)
local int_m = function(name) return member(name, function(ev, f, b) return f.dec(unpack("<i4", b, 17)) end) end
IFR[0x8913] = flags_m; IFR[0x8914] = flags_m                            -- SIOCGIFFLAGS SIOCSIFFLAGS
IFR[0x8915] = sa_member("ifr_addr"); IFR[0x8916] = IFR[0x8915]
IFR[0x8917] = sa_member("ifr_dstaddr"); IFR[0x8918] = IFR[0x8917]
IFR[0x8919] = sa_member("ifr_broadaddr"); IFR[0x891a] = IFR[0x8919]
IFR[0x891b] = sa_member("ifr_netmask"); IFR[0x891c] = IFR[0x891b]
IFR[0x891d] = int_m("ifr_metric"); IFR[0x891e] = IFR[0x891d]
IFR[0x8921] = int_m("ifr_mtu"); IFR[0x8922] = IFR[0x8921]
IFR[0x8927] = member("ifr_hwaddr", function(ev, f, b) return hwaddr(f, b, 17) end); IFR[0x8924] = IFR[0x8927]
IFR[0x8942] = int_m("ifr_qlen"); IFR[0x8943] = IFR[0x8942]
IFR[0x8970] = member("ifr_map", function(ev, f, b) return ifmap(f, b, 17) end); IFR[0x8971] = IFR[0x8970]
IFR[0x8933] = int_m("ifr_ifindex")                                        -- SIOCGIFINDEX
IFR[0x8923] = member("ifr_newname", function(ev, f, b) return ifname(f, b, 17) end)  -- SIOCSIFNAME
IFR[0x8929] = member("ifr_slave", function(ev, f, b) return ifname(f, b, 17) end)    -- SIOCGIFSLAVE
IFR[0x8930] = IFR[0x8929]

local SETS = { [0x8914] = true, [0x8916] = true, [0x8918] = true, [0x891a] = true, [0x891c] = true,
  [0x891e] = true, [0x8922] = true, [0x8924] = true, [0x8943] = true, [0x8971] = true,
  [0x8923] = true, [0x8930] = true }
for code, m in pairs(IFR) do
  if SETS[code] then
    H[code] = { "enter", struct_in(IFREQ, function(ev, f, b, addr)
      return "{ifr_name=" .. ifname(f, b, 1) .. ", " .. m[1] .. "=" .. m[2](ev, f, b, addr) .. "}"
    end) }
  else
    H[code] = split(IFREQ, function(ev, f, b)
      return "{ifr_name=" .. ifname(f, b, 1)
    end, function(ev, f, b, addr)
      if not b then return "}" end
      return ", " .. m[1] .. "=" .. m[2](ev, f, b, addr, true) .. "}"
    end)
  end
end
H[0x8910] = split(IFREQ, function(ev, f, b)                               -- SIOCGIFNAME
  return "{ifr_ifindex=" .. f.dec(unpack("<i4", b, 17))
end, function(ev, f, b)
  if not b then return "}" end
  return ", ifr_name=" .. ifname(f, b, 1) .. "}"
end)

-- SIOCGIFCONF: struct ifconf, and the ifreqs the kernel wrote.  With a NULL
-- ifc_buf nothing shows at entry: the length comes after the call.
local function ifc_len(n)
  if n > 0 and n % IFREQ == 0 then return ("%d /* %d * sizeof(struct ifreq) */"):format(n, n // IFREQ) end
  return ("%d"):format(n)
end
H[0x8912] = split(16, function(ev, f, b)
  local len, buf = unpack("<i4xxxxI8", b)
  if buf == 0 then return nil, { len = len, buf = 0 } end
  return "{ifc_len=" .. ifc_len(len), { len = len, buf = buf }
end, function(ev, f, b, addr, keep)
  if keep.buf == 0 then
    local len = b and unpack("<i4", b) or keep.len
    return ", {ifc_len=" .. ifc_len(len) .. ", ifc_buf=NULL}"
  end
  if not b then return ", ifc_buf=" .. f.ptr(keep.buf) .. "}" end
  local len = unpack("<i4", b)
  local text = len ~= keep.len and (" => " .. ifc_len(len)) or ""
  local n = len > 0 and len // IFREQ or 0
  return text .. ", ifc_buf=" .. f.array(ev, keep.buf, n, IFREQ, function(e, i)
    return "{ifr_name=" .. ifname(f, e, 1) .. ", ifr_addr=" ..
      net_sockaddr(ev, f, keep.buf + i * IFREQ + 16, true) .. "}"
  end, true) .. "}"
end)

H[0x8905] = { "exit", num_out("<i4") }                         -- SIOCATMARK
-- SIOCGSTAMP(NS)_OLD / _NEW: the address only, NULL by name
set({ 0x8906, 0x8907, 0x80108906, 0x80108907 }, { "exit", function(ev, f, a) return f.ptr(a) end })
set({ 0x8903, 0x8904 }, { "exit", num_out("<i4") })            -- FIOGETOWN SIOCGPGRP
set({ 0x8901, 0x8902 }, { "enter", num_in("<i4") })            -- FIOSETOWN SIOCSPGRP

-- ---- block devices

local function out_num(fmt) return { "exit", num_out(fmt) } end
H[0x1260] = out_num("<I8")       -- BLKGETSIZE
H[0x80081272] = out_num("<I8")   -- BLKGETSIZE64
H[0x1268] = out_num("<i4")       -- BLKSSZGET
H[0x127b] = out_num("<I4")       -- BLKPBSZGET
H[0x1278] = out_num("<I4")       -- BLKIOMIN
H[0x1279] = out_num("<I4")       -- BLKIOOPT
H[0x127a] = out_num("<i4")       -- BLKALIGNOFF
H[0x125e] = out_num("<i4")       -- BLKROGET
H[0x1263] = out_num("<I8")       -- BLKRAGET
H[0x1265] = out_num("<I8")       -- BLKFRAGET
H[0x1267] = out_num("<I2")       -- BLKSECTGET
H[0x80081270] = out_num("<i4")   -- BLKBSZGET
H[0x127c] = out_num("<I4")       -- BLKDISCARDZEROES
H[0x127e] = out_num("<I2")       -- BLKROTATIONAL
H[0x80041284] = out_num("<I4")   -- BLKGETZONESZ
H[0x80041285] = out_num("<I4")   -- BLKGETNRZONES
H[0x80081280] = out_num("<I8")   -- BLKGETDISKSEQ
H[0x125d] = { "enter", num_in("<i4") }       -- BLKROSET
H[0x40081271] = { "enter", num_in("<i4") }   -- BLKBSZSET
H[0x1266] = { "enter", num_in("<I2") }       -- BLKSECTSET
set({ 0x1262, 0x1264 }, { "enter", plain_udec })   -- BLKRASET BLKFRASET
set({ 0x125f, 0x1261, 0x1274, 0x1275, 0x1276 }, { "enter", function() return nil end })
set({ 0x1277, 0x127d, 0x127f }, { "enter", function(ev, f, addr)  -- BLKDISCARD BLKSECDISCARD BLKZEROOUT
  local b = f.umove(ev, addr, 16)
  if not b then return f.ptr(addr) end
  local a, n = unpack("<I8I8", b)
  return "[" .. f.udec(a) .. ", " .. f.udec(n) .. "]"
end })

local BLKPG_PART = 152
H[0x1269] = { "enter", struct_in(24, function(ev, f, b)        -- BLKPG
  local op, flags, datalen, data = unpack("<i4i4i4xxxxI8", b)
  local text = "{op=" .. f.xval(ax.blkpg_ops, op & 0xffffffff, "BLKPG_???") .. ", flags=" .. flags ..
    ", datalen=" .. datalen .. ", data="
  if op >= 1 and op <= 3 then
    local p = f.umove(ev, data, BLKPG_PART)
    if p then
      local start, length, pno = unpack("<i8i8i4", p)
      return text .. ("{start=%d, length=%d, pno=%d, devname=%s, volname=%s}}"):format(start, length, pno,
        f.cstring(p:sub(21, 84)), f.cstring(p:sub(85, 148)))
    end
  end
  return text .. f.ptr(data) .. "}"
end) }

-- ---- loop devices

local function makedev(f, dev)
  local major = ((dev >> 8) & 0xfff) | ((dev >> 32) & ~0xfff)
  local minor = (dev & 0xff) | ((dev >> 12) & ~0xff)
  -- -X raw|verbose: the number, "0x801 /* makedev(0x8, 0x1) */"
  return f.styled(f.hex(dev), ("makedev(%s, %s)"):format(f.hex(major & 0xffffffff), f.hex(minor & 0xffffffff)))
end

local LOOP_INFO64 = 232
local function loop_info64(ev, f, b)
  local dev, ino, rdev, off, limit, number, etype, ksize, flags = unpack("<I8I8I8I8I8I4I4I4I4", b)
  local verbose = f.opts.verbose
  local out = {}
  if verbose then
    out[#out + 1] = "lo_device=" .. makedev(f, dev)
    out[#out + 1] = "lo_inode=" .. f.udec(ino)
    out[#out + 1] = "lo_rdevice=" .. makedev(f, rdev)
  end
  out[#out + 1] = "lo_offset=" .. f.hex(off)
  if verbose then out[#out + 1] = "lo_sizelimit=" .. f.udec(limit) end
  out[#out + 1] = "lo_number=" .. number
  local crypt = verbose or etype ~= 0
  if crypt then
    out[#out + 1] = "lo_encrypt_type=" .. f.xval(ax.loop_crypt, etype, "LO_CRYPT_???")
    out[#out + 1] = "lo_encrypt_key_size=" .. ksize
  end
  out[#out + 1] = "lo_flags=" .. f.flags(ax.loop_flags, flags, "LO_FLAGS_???")
  out[#out + 1] = "lo_file_name=" .. f.cstring(b:sub(57, 120))
  if crypt then
    out[#out + 1] = "lo_crypt_name=" .. f.cstring(b:sub(121, 184))
    local key = b:sub(185, 216)
    local n = math.min(ksize, 32)
    out[#out + 1] = "lo_encrypt_key=" .. f.escape(key, n)
  end
  if verbose then
    local i0, i1 = unpack("<I8I8", b, 217)
    out[#out + 1] = "lo_init=[" .. f.hex(i0) .. ", " .. f.hex(i1) .. "]"
  else
    out[#out + 1] = "..."
  end
  return "{" .. table.concat(out, ", ") .. "}"
end
H[0x4c04] = { "enter", struct_in(LOOP_INFO64, loop_info64) }   -- LOOP_SET_STATUS64
H[0x4c05] = { "exit", struct_out(LOOP_INFO64, loop_info64) }   -- LOOP_GET_STATUS64
H[0x4c0a] = { "enter", struct_in(8 + LOOP_INFO64, function(ev, f, b)   -- LOOP_CONFIGURE
  local fd, bsize = unpack("<I4I4", b)
  return "{fd=" .. f.fd(ev, fd) .. ", block_size=" .. bsize .. ", info=" .. loop_info64(ev, f, b:sub(9)) .. "}"
end) }
set({ 0x4c00, 0x4c06 }, { "enter", fd_arg })              -- LOOP_SET_FD LOOP_CHANGE_FD
set({ 0x4c01, 0x4c07, 0x4c82 }, { "enter", function() return nil end })
set({ 0x4c08, 0x4c09 }, { "enter", plain_udec })          -- LOOP_SET_DIRECT_IO LOOP_SET_BLOCK_SIZE
set({ 0x4c80, 0x4c81 }, { "enter", plain_int })           -- LOOP_CTL_ADD LOOP_CTL_REMOVE

-- ---- nsfs

set({ 0xb701, 0xb702, 0xb703 }, { "enter", function() return nil end })
H[0xb704] = { "exit", num_out("<I4") }                    -- NS_GET_OWNER_UID
local function fd_ret(ev, f) return f.fd(ev, ev.ret) end
more.ret[0xb701] = fd_ret
more.ret[0xb702] = fd_ret
more.ret[0xb703] = function(ev, f)
  local name = f.lookup(sched.setns, ev.ret)
  return f.dec(ev.ret) .. (name and (" (" .. name .. ")") or "")
end

-- ---- RTC

local function rtc_time(f, b, o)
  local sec, min, hour, mday, mon, year, wday, yday, isdst = unpack("<i4i4i4i4i4i4i4i4i4", b, o)
  local text = ("{tm_sec=%d, tm_min=%d, tm_hour=%d, tm_mday=%d, tm_mon=%d, tm_year=%d"):format(
    sec, min, hour, mday, mon, year)
  if not f.opts.verbose then return text .. ", ...}" end
  return text .. (", tm_wday=%d, tm_yday=%d, tm_isdst=%d}"):format(wday, yday, isdst)
end
local function rtc_wkalrm(ev, f, b)
  return ("{enabled=%d, pending=%d, time=%s}"):format(b:byte(1), b:byte(2), rtc_time(f, b, 5))
end
local rtc_show = function(ev, f, b) return rtc_time(f, b, 1) end
set({ 0x4024700a, 0x40247007 }, { "enter", struct_in(36, rtc_show) })   -- RTC_SET_TIME RTC_ALM_SET
set({ 0x80247009, 0x80247008 }, { "exit", struct_out(36, rtc_show) })   -- RTC_RD_TIME RTC_ALM_READ
H[0x4028700f] = { "enter", struct_in(40, rtc_wkalrm) }                   -- RTC_WKALM_SET
H[0x80287010] = { "exit", struct_out(40, rtc_wkalrm) }                   -- RTC_WKALM_RD
set({ 0x4008700c, 0x4008700e }, { "enter", plain_udec })                 -- RTC_IRQP_SET RTC_EPOCH_SET
set({ 0x8008700b, 0x8008700d }, { "exit", num_out("<I8") })              -- RTC_IRQP_READ RTC_EPOCH_READ
set({ 0x7001, 0x7002, 0x7003, 0x7004, 0x7005, 0x7006, 0x700f, 0x7010 },
  { "enter", function() return nil end })                                -- RTC_*_ON / _OFF

-- ---- perf events

set({ 0x2400, 0x2401, 0x2403 }, { "enter", function(ev, f, a)            -- ENABLE DISABLE RESET
  return f.flags(ax.perf_ioc_flags, a, "PERF_IOC_FLAG_???")
end })
H[0x2402] = { "enter", plain_int }                                       -- REFRESH
H[0x40082404] = { "enter", num_in("<I8") }                               -- PERIOD
H[0x80082407] = { "exit", num_out("<I8") }                               -- ID
set({ 0x2405, 0x40042408 }, { "enter", plain_int })                      -- SET_OUTPUT SET_BPF
H[0x40042409] = { "enter", plain_udec }                                  -- PAUSE_OUTPUT
H[0x40082406] = { "enter", function(ev, f, a) return f.str(ev, a) end }  -- SET_FILTER
H[0xc008240a] = { "exit", function(ev, f, a) return f.ptr(a) end }       -- QUERY_BPF
H[0x4008240b] = { "enter", function(ev, f, a)                            -- MODIFY_ATTRIBUTES
  return require("moontrace.decode.kern").perf_attr(ev, f, a)
end }

-- ---- userfaultfd

local function range(f, b, o)
  local start, len = unpack("<I8I8", b, o)
  return "{start=" .. f.hex(start) .. ", len=" .. f.hex(len) .. "}"
end
local function uflags(tbl, dflt) return function(f, v) return f.flags(tbl, v, dflt) end end
local features = uflags(ax.uffd_features, "UFFD_FEATURE_???")
local ioctls = uflags(ax.uffd_ioctls, "_UFFDIO_???")

H[0xc018aa3f] = split(24, function(ev, f, b)                             -- UFFDIO_API
  local api, feat = unpack("<I8I8", b)
  return "{api=" .. f.hex(api) .. ", features=" .. features(f, feat)
end, function(ev, f, b)
  if not b then return "}" end
  local _, feat, io = unpack("<I8I8I8", b)
  return " => features=" .. features(f, feat) .. ", ioctls=" .. ioctls(f, io) .. "}"
end)
H[0xc020aa00] = split(32, function(ev, f, b)                             -- UFFDIO_REGISTER
  return "{range=" .. range(f, b, 1) .. ", mode=" ..
    f.flags(ax.uffd_register_mode, u64s(b, 17), "UFFDIO_REGISTER_MODE_???")
end, function(ev, f, b)
  if not b then return "}" end
  return ", ioctls=" .. ioctls(f, u64s(b, 25)) .. "}"
end)
set({ 0x8010aa01, 0x8010aa02 }, { "enter", struct_in(16, function(ev, f, b) return range(f, b, 1) end) })
H[0xc028aa03] = split(40, function(ev, f, b)                             -- UFFDIO_COPY
  local dst, src, len, mode = unpack("<I8I8I8I8", b)
  return "{dst=" .. f.hex(dst) .. ", src=" .. f.hex(src) .. ", len=" .. f.hex(len) .. ", mode=" ..
    f.flags(ax.uffd_copy_mode, mode, "UFFDIO_COPY_MODE_???")
end, function(ev, f, b)
  if not b then return "}" end
  return ", copy=" .. f.hex(u64s(b, 33)) .. "}"
end)
H[0xc020aa04] = split(32, function(ev, f, b)                             -- UFFDIO_ZEROPAGE
  return "{range=" .. range(f, b, 1) .. ", mode=" ..
    f.flags(ax.uffd_zeropage_mode, u64s(b, 17), "UFFDIO_ZEROPAGE_MODE_???")
end, function(ev, f, b)
  if not b then return "}" end
  return ", zeropage=" .. f.hex(u64s(b, 25)) .. "}"
end)

-- ---- seccomp user notification

H[0x40082102] = { "enter", num_in("<I8", hex_conv) }     -- SECCOMP_IOCTL_NOTIF_ID_VALID
H[0xc0502100] = { "exit", function(ev, f, a) return f.ptr(a) end }   -- SECCOMP_IOCTL_NOTIF_RECV


for code, h in pairs(more.handlers) do T[code] = h end

-- What strace does with a request: a handler from T (terminal requests, and
-- the others decoded in ioctl_more), "entry" to print the raw argument at entry
-- (terminal requests it cannot decode), or "exit" (others).
-- A handler is { "enter", fn }, { "exit", fn } or { "both", enter_fn, exit_fn }
-- (a structure partly printed at entry, completed after the call).
local function handling(code)
  local h = T[code]
  if h then return h end
  if (code >> 8) & 0xff == 0x54 then return "entry" end
  return "exit"
end

D.ioctl = {
  enter = function(ev, f)
    local code = ev.args[2] & 0xffffffff
    local text = f.fd(ev, ev.args[1]) .. ", " .. D.request(f, code)
    local h = handling(code)
    if h == "entry" then return text .. ", " .. f.hex(ev.args[3]) end
    if type(h) == "table" and (h[1] == "enter" or h[1] == "both") then
      local arg = h[2](ev, f, ev.args[3])
      return arg and (text .. ", " .. arg) or text
    end
    return text
  end,
  exit = function(ev, f)
    local code = ev.args[2] & 0xffffffff
    local h = handling(code)
    if h == "exit" then return ", " .. f.hex(ev.args[3]) end
    if type(h) == "table" and h[1] == "exit" then return ", " .. h[2](ev, f, ev.args[3], true) end
    if type(h) == "table" and h[1] == "both" then
      local tail = h[3](ev, f, ev.args[3])
      return tail or ""
    end
    return ""
  end,
  -- NS_GET_NSTYPE names the namespace; NS_GET_USERNS and NS_GET_PARENT
  -- return a descriptor.
  ret = function(ev, f)
    local code = ev.args[2] & 0xffffffff
    local r = more.ret[code]
    if r then return r(ev, f) end
    return f.dec(ev.ret)
  end,
}

return D
