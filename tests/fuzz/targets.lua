-- targets.lua: the fuzz targets run by tests/fuzz/fuzz_lua.c (libFuzzer).
-- Each takes the fuzz input as a string; any error it raises is a crash.
--
--   filter(data)  the -e expression parser and the whole option parser:
--                 data as one -e expression, then data split at NUL bytes
--                 as a command line.  Bad input must give nil and one line.
--   decode(data)  one syscall decoder, entry then exit, on a fake event
--                 whose registers and memory come from data (layout below);
--                 the text must be a string of printable ASCII: nothing a
--                 tracee writes may reach the terminal unescaped.

local T = {}

-- ---- filter -----------------------------------------------------------------

local cli = require "moontrace.cli"
local filter = require "moontrace.filter"

-- cli.parse warns on stderr for some options (-S without -c): keep quiet.
local sink = { write = function(self) return self end, flush = function() end }

local function check_parse(argv)
  local opts, err = cli.parse(argv)
  if opts then
    assert(type(opts) == "table", "parse: options are not a table")
  else
    assert(type(err) == "string" and err ~= "" and not err:find("\n"),
           "parse: a refusal must be one line, got " .. tostring(err))
  end
end

local function check_set(set, err)
  if set == nil then assert(type(err) == "string" and err ~= "", "set parser: no message") end
end

function T.filter(data)
  local stderr = io.stderr
  io.stderr = sink
  check_parse{ "-e", data, "true" }
  local argv = {}
  for a in (data .. "\0"):gmatch("([^%z]*)%z") do argv[#argv + 1] = a end
  check_parse(argv)
  -- (filter.syscalls(data) is what "-e data" ran first)
  check_set(filter.statuses(data))
  check_set(filter.signals(data))
  io.stderr = stderr
end

-- ---- decode -----------------------------------------------------------------
--
-- Input layout (little-endian; short inputs are padded with zeros):
--   0-1   decoder index (modulo the number of decoders, sorted by name)
--   2     options: bit 0 -v, bits 1-2 -x level, bits 3-4 -y level,
--         bits 5-6 -X style (abbrev, raw, verbose)
--   3     -s string limit
--   4     pointer mask: bit i set makes argument i+1 point into the memory
--   5-52  the six arguments (int64)
--   53-60 the return value; 61-62 errno (mod 4096; when set, ret = -errno)
--   63-   the tracee's memory, mapped at BASE; every other address faults

local line = require "moontrace.line"
local fmt = require "moontrace.fmt"
local decode = require "moontrace.decode"
local mt = require "moontrace"

local BASE = 0x10000
local HEADER = 63
local STYLES = { [0] = "abbrev", "raw", "verbose", "abbrev" }

line.setup{ strsize = 32 }
-- No /proc look-ups: descriptors get fixed, awkward answers.
fmt.fdpath = function(pid, fd)
  if fd == fmt.AT_FDCWD then return "/cwd with \"quotes\"\n" end
  if fd % 4 == 1 then return "/dev/pts/1" end
  if fd % 4 == 2 then return "socket:[4242]" end
  if fd % 4 == 3 then return "/tmp/\27[2J<a>\255" end
  return nil
end
fmt.fdextra = function() return nil end
fmt.ifname = function(index) return index == 1 and "lo" or nil end

local names = {}
for name in pairs(decode.decoders) do names[#names + 1] = name end
table.sort(names)
T.decoder_names = names

-- The memory methods of an event, with the bridge's argument checks
-- (core/lua/l_core.c): a decoder that passes a bad length raises there too.
local memory = ""

local function checkint(v, i, fname)
  if math.type(v) ~= "integer" then
    local n = type(v) == "number" and math.tointeger(v)
    if not n then error(("bad argument #%d to '%s' (number has no integer representation)"):format(i, fname), 3) end
    return n
  end
  return v
end

local function readable(addr, len)
  local off = addr - BASE
  if off < 0 or off > #memory or len > #memory - off then return nil end
  return off
end

local Event = {}
function Event.read(ev, addr, len)
  addr, len = checkint(addr, 3, "read"), checkint(len, 4, "read")
  if len < 0 or len > (1 << 26) then error("bad argument #4 to 'read' (length out of range)", 2) end
  local off = readable(addr, len)
  if not off then return nil, "Bad address", "EFAULT" end
  return memory:sub(off + 1, off + len)
end
function Event.str(ev, addr, max)
  addr = checkint(addr, 3, "str")
  max = checkint(max or 4096, 4, "str")
  if max < 0 or max > (1 << 26) then error("bad argument #4 to 'str' (length out of range)", 2) end
  if max == 0 then return "", false end
  local off = readable(addr, 1)
  if not off then return nil, "Bad address", "EFAULT" end
  local s = memory:sub(off + 1, off + max)
  local nul = s:find("\0", 1, true)
  if nul then return s:sub(1, nul - 1), true end
  return s, false
end
function Event.peek(ev, addr, f)
  local s = ev:read(addr, string.packsize(f))
  if not s then return nil end
  return (string.unpack(f, s))
end

local LAZY = {
  errname = function(ev)
    if not ev.err or ev.err == 0 then return nil end
    return require("moontrace.xlat.errno").name[ev.err]
  end,
  signame = function(ev) return ev.sig and require("moontrace.xlat.signals").name[ev.sig] end,
  syscall = function(ev) return ev.nr and mt.syscalls[ev.nr] end,
  failed = function(ev) return ev.err ~= nil and ev.err ~= 0 end,
}
local meta = { __index = function(ev, k)
  local m = Event[k]
  if m then return m end
  local g = LAZY[k]
  return g and g(ev)
end }

local function printable(what, s)
  if type(s) ~= "string" then error(("%s: a %s, not a string"):format(what, type(s)), 2) end
  local bad = s:find("[^\32-\126]")
  if bad then
    error(("%s: byte %d at %d is not printable ASCII: %q"):format(what, s:byte(bad), bad, s), 2)
  end
  return s
end

function T.decode(data)
  if #data < HEADER then data = data .. ("\0"):rep(HEADER - #data) end
  local index, opt, strsize, mask = string.unpack("<I2BBB", data)
  local name = names[index % #names + 1]
  local d = decode.decoders[name]
  memory = data:sub(HEADER + 1)
  local args = {}
  for i = 1, 6 do
    local v = string.unpack("<i8", data, 6 + 8 * (i - 1))
    if mask & (1 << (i - 1)) ~= 0 then v = BASE + v % (#memory + 1) end
    args[i] = v
  end
  local ret, err = string.unpack("<i8<I2", data, 54)
  err = err % 4096
  if err ~= 0 then ret = -err end

  fmt.opts.verbose = opt & 1 ~= 0
  fmt.opts.xflag = (opt >> 1) & 3
  fmt.opts.yflag = ((opt >> 3) & 3) % 3
  fmt.opts.xstyle = STYLES[(opt >> 5) & 3]
  fmt.opts.strsize = strsize

  local ev = setmetatable({
    kind = "enter", name = name, nr = mt.nr_of[name] or -1, pid = 4242, tgid = 4242,
    args = args, time = 0, sp = BASE + #memory // 2, ip = 0x401000, arch = 0xc000003e,
  }, meta)
  local text = printable(name .. " entry", line.enter_text(ev, d))
  ev.kind, ev.ret, ev.err, ev.entry_seen = "exit", ret, err, true
  text = text .. printable(name .. " exit", line.exit_text(ev, d))
  printable(name .. " result", line.result_text(ev, d))
  -- the signal printers, on the same bytes
  local si = memory:sub(1, 128)
  printable("siginfo", decode.siginfo(si .. ("\0"):rep(128 - #si), fmt))
  printable("wait_status", decode.wait_status(args[1] & 0xffffffff))
  return text
end

return T
