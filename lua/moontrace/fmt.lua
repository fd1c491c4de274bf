-- Formatting helpers shared by every decoder: strace 6.1's way of printing strings,
-- numbers, flag sets, file descriptors and a few common structures.
--
--   local f = require "moontrace.fmt"
--   f.opts.strsize = 64
--   f.quote("a\0b", true)          --> "a\0b"
--   f.flags(require("moontrace.xlat.open").flags, 0x80000, "O_???") --> O_CLOEXEC
--
-- Register values arrive as Lua integers holding the raw 64-bit value; pointers
-- and unsigned numbers are printed from those bits.  A tracee read that fails
-- prints the raw address and never raises (strace's umove_or_printaddr).

local f = {}

-- Set by the view from -s, -v, -x/-xx/--strings-in-hex, -y/-yy.
-- xflag: 0 none, 1 -x (a string with any non-ASCII byte is printed all in \x),
-- 2 -xx (every byte in \x), 3 --strings-in-hex=non-ascii-chars (only those bytes).
f.opts = { strsize = 32, verbose = false, xflag = 0, yflag = 0 }

-- Hooks the session replaces: Lua alone cannot readlink or stat.
-- fdpath(pid, fd): target of /proc/PID/fd/FD, or the cwd when fd is AT_FDCWD (-100).
f.fdpath = function(pid, fd) return nil end
-- fdextra(pid, fd, path): with -yy, what strace shows inside the brackets instead
-- of the path (e.g. "TCP:[127.0.0.1:5000->...]"), or nil to show the path.
f.fdextra = function(pid, fd, path) return nil end
-- fddevice(pid, fd): with -yy, "char 1:3" or "block 8:0" when the descriptor
-- is a device (strace: "3</dev/null<char 1:3>>"), else nil.
f.fddevice = function(pid, fd) return nil end
-- syscall_name(nr): the x86_64 syscall's name (siginfo of SIGSYS), or nil.
f.syscall_name = function(nr) return nil end
-- ifname(index): interface name for sin6_scope_id / sll_ifindex, or nil,
-- looked up in the tracer's own network namespace, as strace does (by the
-- binding's if_indextoname; without it, /proc/net/dev and /sys/class/net,
-- which is right only where /sys belongs to the same namespace).
local core_ok, core = pcall(require, "moontrace.core")
f.ifname = core_ok and core.if_indextoname or function(index)
  local dev = io.open("/proc/net/dev")
  if not dev then return nil end
  local found
  for line in dev:lines() do
    local name = line:match("^%s*([^%s:]+):")
    local idx = name and io.open("/sys/class/net/" .. name .. "/ifindex")
    if idx then
      local n = tonumber(idx:read("l"))
      idx:close()
      if n == index then found = name; break end
    end
  end
  dev:close()
  return found
end

local PATH_MAX = 4096
f.PATH_MAX = PATH_MAX
f.AT_FDCWD = -100

-- ---- numbers -----------------------------------------------------------------

-- Unsigned decimal of a 64-bit value (string.format's %u is not portable).
-- Decimal text of integers, kept once made (most numbers of a trace recur:
-- descriptors, sizes, pids); emptied when it holds DEC_MAX of them.
local DEC, dec_n, DEC_MAX = {}, 0, 4096
local function dec(v)
  local t = DEC[v]
  if t then return t end
  t = ("%d"):format(v)
  if dec_n >= DEC_MAX then DEC, dec_n = {}, 0 end
  DEC[v], dec_n = t, dec_n + 1
  return t
end
f.dec = dec

local function udec(v)
  if v >= 0 then return dec(v) end
  local q = (v >> 1) // 5
  return ("%d%d"):format(q, v - q * 10)
end

local function s32(v)
  v = v & 0xffffffff
  if v >= 0x80000000 then v = v - 0x100000000 end
  return v
end

f.udec = udec
f.s32 = s32
function f.int(v) return dec(s32(v)) end
function f.uint(v) return dec(v & 0xffffffff) end
function f.long(v) return dec(v) end
f.ulong = udec
function f.hex(v) return v == 0 and "0" or ("0x%x"):format(v) end
function f.ptr(v) return v == 0 and "NULL" or ("0x%x"):format(v) end
function f.oct(v) return ("%#03o"):format(v) end   -- modes: 0644, 000
-- Zero-padded hex over the width of a field of `bytes` bytes: the "0x" counts.
function f.hex0(v, bytes)
  local s = ("%x"):format(v)
  local width = bytes * 2
  if v == 0 then return ("0"):rep(width) end
  return "0x" .. ("0"):rep(width - 2 - #s) .. s
end

-- ---- strings ------------------------------------------------------------------

local SIMPLE = { [9] = "\\t", [10] = "\\n", [11] = "\\v", [12] = "\\f", [13] = "\\r",
                 [34] = '\\"', [92] = "\\\\" }

local function is_print(c) return c >= 32 and c < 127 end

-- The fast path of escape(): string.find and gsub walk the bytes in C, and
-- only the bytes that need an escape reach Lua (most strings have none).
local NOSTYLE, NUL_STYLE = {}, { nul = true }
local SPECIAL = '[\0-\31"\\\127-\255]'
local SPECIAL_AT = "()(" .. SPECIAL .. ")"
local escaping   -- the string esc_byte looks ahead in
local function esc_byte(i, ch)
  local c = ch:byte()
  if SIMPLE[c] then return SIMPLE[c] end
  -- shortest octal, unless a following octal digit would be read as part of it
  local nx = escaping:byte(i + 1)
  if nx and nx >= 48 and nx <= 55 then return ("\\%03o"):format(c) end
  return ("\\%o"):format(c)
end

-- Escape the first n bytes of s.  style: nul (stop at a NUL byte), omit_trailing_nul
-- (drop a NUL that is the last byte shown), hex ("all" forces \x for every byte),
-- escape (extra characters to escape, e.g. "<>"), bare (no quotes).
-- Returns the text and whether a NUL ended it.
-- The common case (no -x, no extra characters) is core.escape, in C, when
-- the binding is loaded; this Lua version is the reference it is tested
-- against (tests/lua/fmt_spec.lua).
local has_core, core = pcall(require, "moontrace.core")
local cescape = has_core and type(core) == "table" and core.escape or nil

local function escape(s, n, style)
  style = style or NOSTYLE
  local xflag = style.hex == "all" and 2 or f.opts.xflag
  if xflag == 0 and cescape and not style.escape and not f.lua_escape then
    return cescape(s, n, style.nul and 1 or style.omit_trailing_nul and 2 or 0, not style.bare)
  end
  local stop = #s < n and #s or n
  if xflag == 0 and not style.escape then
    local body, nul = stop < #s and s:sub(1, stop) or s, false
    if style.nul then
      local z = body:find("\0", 1, true)
      if z then body, nul = body:sub(1, z - 1), true end
    elseif style.omit_trailing_nul and stop > 0 and body:byte(stop) == 0 then
      body, nul = body:sub(1, stop - 1), true
    end
    if body:find(SPECIAL) then
      escaping = body
      body = body:gsub(SPECIAL_AT, esc_byte)
    end
    if not style.bare then body = '"' .. body .. '"' end
    return body, nul
  end
  local hexall = xflag == 2
  if xflag == 1 then
    for i = 1, stop do
      local c = s:byte(i)
      if c == 0 and style.nul then break end
      if c > 0x7e or (c < 32 and (c < 9 or c > 13)) then hexall = true; break end
    end
  end
  local out, nul = {}, false
  for i = 1, stop do
    local c = s:byte(i)
    if c == 0 and (style.nul or (style.omit_trailing_nul and i == stop and not hexall)) then
      nul = true
      break
    end
    if hexall then
      out[#out + 1] = ("\\x%02x"):format(c)
    elseif SIMPLE[c] then
      out[#out + 1] = SIMPLE[c]
    elseif is_print(c) and not (style.escape and style.escape:find(string.char(c), 1, true)) then
      out[#out + 1] = string.char(c)
    elseif xflag == 3 then
      out[#out + 1] = ("\\x%02x"):format(c)
    else
      -- Shortest octal, unless a following octal digit would be read as part of it.
      local nx = i < stop and s:byte(i + 1) or nil
      if nx and nx >= 48 and nx <= 55 then
        out[#out + 1] = ("\\%03o"):format(c)
      else
        out[#out + 1] = ("\\%o"):format(c)
      end
    end
  end
  local body = table.concat(out)
  if not style.bare then body = '"' .. body .. '"' end
  return body, nul
end
f.escape = escape

-- Quote bytes as strace does: at most `limit` (default -s) bytes, and "..." after
-- the closing quote when more bytes followed or complete == false.
function f.quote(bytes, complete, limit)
  limit = limit or f.opts.strsize
  local text = escape(bytes, limit)
  if #bytes > limit or complete == false then text = text .. "..." end
  return text
end

-- The most the bridge reads at once (core/lua/l_core.c): a larger -s, or a
-- length taken from a register, is cut to it instead of raising there.
local MAX_READ = 1 << 26

-- A NUL-terminated string read from the tracee, cut at `limit` bytes (default -s).
function f.str(ev, addr, limit)
  if addr == 0 then return "NULL" end
  limit = math.max(0, math.min(limit or f.opts.strsize, MAX_READ - 1))
  -- One byte more than shown tells a string of exactly `limit` from a longer one.
  local s, nul = ev:str(addr, limit + 1)
  if not s then return f.ptr(addr) end
  local text = escape(s, limit, NUL_STYLE)
  return nul and text or text .. "..."
end

-- A pathname: like f.str but cut at PATH_MAX - 1 instead of -s.
function f.path(ev, addr) return f.str(ev, addr, PATH_MAX - 1) end

-- A buffer of known length (read/write data).  style.hex = "all" forces \x.
function f.buf(ev, addr, len, style)
  if addr == 0 then return "NULL" end
  local limit = math.min(f.opts.strsize, MAX_READ - 1)
  local want = len
  if math.ult(limit, len) then want = limit + 1 end
  local s = want == 0 and "" or ev:read(addr, want)
  if not s then return f.ptr(addr) end
  local text, ended = escape(s, limit, style)
  if math.ult(limit, len) and not ended then text = text .. "..." end
  return text
end

-- A NUL-terminated string inside a fixed-size field (utsname and the like).
function f.cstring(bytes)
  local nul = bytes:find("\0", 1, true)
  if nul then return escape(bytes:sub(1, nul - 1), nul - 1) end
  local shown = bytes:sub(1, #bytes - 1)
  return escape(shown, #shown) .. "..."
end

-- ---- tracee memory ----------------------------------------------------------------

-- Bytes at addr, or nil when addr is NULL or unreadable (the caller prints f.ptr).
-- Structures are read through here: with -e verbose= not naming the call
-- (opts.noderef), they print as their address, as strace does.
function f.umove(ev, addr, len)
  if addr == 0 or len < 0 or len > MAX_READ or f.opts.noderef then return nil end
  return ev:read(addr, len)
end

-- The same for data the kernel writes: nothing to show when the call failed.
function f.umove_exit(ev, addr, len)
  if ev.err and ev.err ~= 0 then return nil end
  return f.umove(ev, addr, len)
end

-- "[N]" for an int (or other `fmt` for string.unpack) the tracee points to.
function f.num_at(ev, addr, fmt, conv, exiting)
  fmt = fmt or "<i4"
  local b = (exiting and f.umove_exit or f.umove)(ev, addr, string.packsize(fmt))
  if not b then return f.ptr(addr) end
  local v = string.unpack(fmt, b)
  return "[" .. (conv and conv(v) or ("%d"):format(v)) .. "]"
end

-- An array of nmemb elements of `size` bytes: "[a, b]", at most -s elements
-- unless -v, "NULL", "[]", the address when the first element is unreadable and
-- "... /* addr */" where a later one is.  show(bytes, index) prints one element.
function f.array(ev, addr, nmemb, size, show, exiting)
  if addr == 0 then return "NULL" end
  if nmemb == 0 then return "[]" end
  if math.ult(0x7fffffffffffffff // size, nmemb) then return f.ptr(addr) end
  local fetch = exiting and f.umove_exit or f.umove
  local out = {}
  for i = 0, nmemb - 1 do
    local b = fetch(ev, addr + i * size, size)
    if not b then
      if i == 0 then return f.ptr(addr) end
      out[#out + 1] = "... /* " .. f.ptr(addr + i * size) .. " */"
      break
    end
    if not f.opts.verbose and i >= f.opts.strsize then
      out[#out + 1] = "..."
      break
    end
    out[#out + 1] = show(b, i)
  end
  return "[" .. table.concat(out, ", ") .. "]"
end

-- ---- flags and enumerations -----------------------------------------------------

-- Names and flag sets recur (O_RDONLY|O_CLOEXEC at every open): each
-- table's answers are kept, so a decoder walks a table once per value.
local by_value = setmetatable({}, { __mode = "k" })   -- tbl -> { [v] = name }
local function lookup(tbl, v)
  local rev = by_value[tbl]
  if not rev then
    rev = {}
    for i = #tbl, 1, -1 do rev[tbl[i][1]] = tbl[i][2] end  -- the first one wins
    by_value[tbl] = rev
  end
  return rev[v]
end
f.lookup = lookup

-- Flag names joined by "|", leftover bits in hex; nothing known at all prints
-- "0x... /* dflt */"; a zero value prints the table's zero name, or "0" when
-- the table has none (and nothing when dflt is nil, as strace does).
local flag_text = setmetatable({}, { __mode = "k" })  -- tbl -> dflt -> value -> text
local function flags(tbl, value, dflt)
  local names, rest = {}, value
  for _, e in ipairs(tbl) do
    local v = e[1]
    if (rest == v and #names == 0) or (v ~= 0 and rest & v == v) then
      names[#names + 1] = e[2]
      rest = rest & ~v
      if rest == 0 then break end
    end
  end
  if #names > 0 then
    if rest ~= 0 then names[#names + 1] = ("0x%x"):format(rest) end
    return table.concat(names, "|")
  end
  if rest ~= 0 then
    return ("0x%x"):format(rest) .. (dflt and (" /* " .. dflt .. " */") or "")
  end
  return dflt and "0" or ""
end

-- -X raw|abbrev|verbose: named constants as numbers, as names (the
-- default), or as both ("0x80000 /* O_RDONLY|O_CLOEXEC */").
local function styled(num, text)
  local style = f.opts.xstyle
  if style == "raw" then return num end
  if style == "verbose" and text ~= num and not text:find("^0x%x+ /%*") then
    return num .. " /* " .. text .. " */"
  end
  return text
end
f.styled = styled

-- fn(...) as the default style prints it, whatever -X says: strace keeps
-- names in what it adds after a return value ("= 10 (SIGUSR1)") and in
-- a few spelled-out forms ("WTERMSIG(s) == SIGKILL", "QCMD(Q_SYNC, USRQUOTA)").
function f.plain(fn, ...)
  local style = f.opts.xstyle
  if style == nil or style == "abbrev" then return fn(...) end
  f.opts.xstyle = "abbrev"
  local ok, text = pcall(fn, ...)
  f.opts.xstyle = style
  if not ok then error(text, 0) end
  return text
end

-- A network-order field (port, address): the decoded form ("htons(5000)") by
-- default; with -X raw|verbose its bytes, "\x13\x88", and in verbose the
-- decoded form as a comment.  Sockets, netlink messages and ioctls share it.
function f.netfield(bytes, text)
  local style = f.opts.xstyle
  if style ~= "raw" and style ~= "verbose" then return text end
  local hex = bytes:gsub(".", function(c) return ("\\x%02x"):format(c:byte()) end)
  return styled('"' .. hex .. '"', text)
end

-- An interface index: if_nametoindex("lo"), or the number when no interface
-- has it; -X verbose: 1 /* if_nametoindex("lo") */.
function f.ifindex(index)
  local name = index ~= 0 and f.ifname(index)
  if not name then return udec(index) end
  return styled(udec(index), "if_nametoindex(" .. (escape(name, #name)) .. ")")
end

-- A value printed in pieces (access mode | flags, mapping type | flags) is
-- styled as a whole: the pieces are made by name, then the number added.
function f.whole(v, fn, ...)
  local style = f.opts.xstyle
  if style == nil or style == "abbrev" then return fn(...) end
  return styled(f.hex(v), f.plain(fn, ...))
end

local flags_abbrev
function f.flags(tbl, value, dflt)
  local text = flags_abbrev(tbl, value, dflt)
  if f.opts.xstyle == "abbrev" or f.opts.xstyle == nil then return text end
  if text == "" then return text end
  return styled(f.hex(value), text)
end

function flags_abbrev(tbl, value, dflt)
  local memo = flag_text[tbl]
  if not memo then memo = {}; flag_text[tbl] = memo end
  local m = memo[dflt or memo]        -- (the memo itself stands for no dflt)
  if not m then m = { n = 0 }; memo[dflt or memo] = m end
  local text = m[value]
  if text then return text end
  text = flags(tbl, value, dflt)
  if m.n < 256 then m.n, m[value] = m.n + 1, text end
  return text
end

-- One enumerated value: its name, or the number with "/* dflt */".
-- fmt: "x" (default), "d" (signed) or "u" (unsigned decimal).
function f.xval(tbl, value, dflt, fmt)
  local name = lookup(tbl, value)
  local num
  if fmt == "d" then num = ("%d"):format(value)
  elseif fmt == "u" then num = udec(value)
  else num = f.hex(value) end
  if name then
    if f.opts.xstyle == "abbrev" or f.opts.xstyle == nil then return name end
    return styled(num, name)
  end
  if dflt and dflt ~= "" and f.opts.xstyle ~= "raw" then return num .. " /* " .. dflt .. " */" end
  return num
end

-- ---- descriptors --------------------------------------------------------------------

local DEFAULT_DETAILS = { path = true }

local function angle(path, device)
  local deleted = false
  local stem = path:match("^(.*) %(deleted%)$")
  if stem then path, deleted = stem, true end
  return "<" .. escape(path, #path, { escape = "<>", bare = true }) ..
    (device and ("<" .. device .. ">") or "") .. ">" .. (deleted and "(deleted)" or "")
end

-- A descriptor: its number, and with -y the file it names.
-- (-e decode-fds=SET: path, socket, dev, pidfd each on their own)
function f.fd(ev, v)
  local fd = s32(v)
  local text = dec(fd)
  if f.opts.yflag >= 1 and fd >= 0 then
    local path = f.fdpath(ev.tgid or ev.pid, fd)
    if path then
      local want = f.opts.fd_details or DEFAULT_DETAILS
      local extra, device
      if f.opts.yflag >= 2 then
        if path:byte(1) == 47 then                                   -- "/"
          if want.dev then device = f.fddevice(ev.tgid or ev.pid, fd) end
        elseif path == "anon_inode:[pidfd]" then
          if want.pidfd then extra = f.fdextra(ev.tgid or ev.pid, fd, path) end
        elseif want.socket then
          extra = f.fdextra(ev.tgid or ev.pid, fd, path)
        end
      end
      if extra then text = text .. "<" .. extra .. ">"
      elseif want.path or device then text = text .. angle(path, device) end
    end
  end
  return text
end

-- A process or thread id; with -Y (--decode-pids=comm) followed by the
-- command name of a process that still exists, as "1234<sleep>".
-- With --decode-pids=pidns, a pid of a tracee in another PID namespace
-- (f.ev: the event being printed) is followed by ours, in a comment.
function f.pid(v)
  local pid = s32(v)
  local text = dec(pid)
  local o = f.opts
  if pid <= 0 or not (o.pidcomm or o.pidns) then return text end
  local ev, outer = f.ev, pid
  if ev and f.pid_outer then outer = f.pid_outer(ev.tgid or ev.pid, pid) end
  if not outer then return text end
  if o.pidcomm then
    local h = io.open(("/proc/%d/comm"):format(outer), "rb")
    if h then
      local comm = (h:read("a") or ""):gsub("\n$", "")
      h:close()
      text = text .. "<" .. escape(comm, #comm, { escape = "<>", bare = true }) .. ">"
    end
  end
  if o.pidns and outer ~= pid then text = text .. " /* " .. outer .. " in moontrace's PID NS */" end
  return text
end

-- A dirfd argument: AT_FDCWD (with -y, followed by the cwd) or a descriptor.
function f.dirfd(v, ev)
  if s32(v) == f.AT_FDCWD then
    if ev and f.opts.yflag >= 1 and (f.opts.fd_details or DEFAULT_DETAILS).path then
      local cwd = f.fdpath(ev.tgid or ev.pid, f.AT_FDCWD)
      if cwd then return "AT_FDCWD" .. angle(cwd) end
    end
    return styled("-100", "AT_FDCWD")
  end
  if ev then return f.fd(ev, v) end
  return f.int(v)
end

-- ---- signals ------------------------------------------------------------------------

local signals_ok, signals = pcall(require, "moontrace.xlat.signals")

function f.signame(n)
  local name = signals_ok and signals.name[n]
  if not name then return ("%d"):format(n) end
  if f.opts.xstyle == "raw" or f.opts.xstyle == "verbose" then return styled(("%d"):format(n), name) end
  return name
end

-- A sigset of `bytes` bytes (at most 8 used): "[INT TERM]", or "~[...]" listing
-- the signals NOT in it when at least two thirds of the bits are set.
function f.sigset(bytes)
  local n = math.min(#bytes, 8)
  local words = (n + 3) // 4
  local padded = bytes:sub(1, n) .. ("\0"):rep(words * 4 - n)
  local mask, total = 0, 0
  for i = 0, words - 1 do
    local w = string.unpack("<I4", padded, i * 4 + 1)
    mask = mask | (w << (32 * i))
  end
  local bits = words * 32
  for i = 0, bits - 1 do if mask >> i & 1 == 1 then total = total + 1 end end
  local prefix = ""
  if total >= bits * 2 // 3 then
    prefix = "~"
    mask = ~mask
  end
  local names = {}
  for i = 0, bits - 1 do
    if mask >> i & 1 == 1 then
      local sig = i + 1
      local name = signals_ok and signals.name[sig]
      if name then
        name = name:sub(4)
        if f.opts.xstyle == "raw" or f.opts.xstyle == "verbose" then
          name = styled(("%d"):format(sig), name)
        end
        names[#names + 1] = name
      end
    end
  end
  return prefix .. "[" .. table.concat(names, " ") .. "]"
end

-- ---- time ---------------------------------------------------------------------------

-- "2026-11-26T22:57:06.241991291+0000", or nil for the epoch or a bad nsec
-- (strace then prints no comment at all).
function f.isotime(sec, nsec, width)
  width = width or 9
  local max = width == 9 and 999999999 or 999999
  if (sec == 0 and nsec == 0) or nsec < 0 or nsec > max then return nil end
  local ok, base = pcall(os.date, "%Y-%m-%dT%H:%M:%S", sec)
  if not ok or not base then return nil end
  if nsec > 0 then base = base .. ("." .. "%0" .. width .. "d"):format(nsec) end
  return base .. os.date("%z", sec)
end

function f.timespec_bytes(b)
  local sec, nsec = string.unpack("<i8i8", b)
  return ("{tv_sec=%d, tv_nsec=%s}"):format(sec, udec(nsec))
end

function f.timeval_bytes(b)
  local sec, usec = string.unpack("<i8i8", b)
  return ("{tv_sec=%d, tv_usec=%s}"):format(sec, udec(usec))
end

function f.timespec(ev, addr)
  local b = f.umove(ev, addr, 16)
  return b and f.timespec_bytes(b) or f.ptr(addr)
end

-- clock_t ticks with the seconds in a comment, as strace does for USER_HZ = 100
-- (not with -X raw: "si_utime=51").
function f.clock_t(v)
  if v <= 0 or f.opts.xstyle == "raw" then return udec(v) end
  return ("%s /* %d.%02d s */"):format(udec(v), v // 100, v % 100)
end

return f
