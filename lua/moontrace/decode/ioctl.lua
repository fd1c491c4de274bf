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

function D.request(f, code)
  code = code & 0xffffffff
  local names = NAMES[code]
  if names then return table.concat(names, " or ") end
  return ("_IOC(%s, %s, %s, %s)"):format(f.flags(ioctl_x.dirs, code >> 30, "_IOC_???"),
    f.hex((code >> 8) & 0xff), f.hex(code & 0xff), f.hex((code >> 16) & 0x3fff))
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
    text = text .. f.xval(term.baud, (v & CIBAUD) >> IBSHIFT, "B???") .. "<<IBSHIFT|"
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

-- What strace does with a request: a handler from T (terminal requests, and
-- FICLONE), "entry" to print the raw argument at entry (terminal requests it
-- cannot decode), or "exit" (others).
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
    if type(h) == "table" and h[1] == "enter" then
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
    return ""
  end,
}

return D
