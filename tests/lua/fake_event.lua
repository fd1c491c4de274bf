-- A synthetic syscall event for the specs: the fields and memory methods of a real
-- one (docs/DESIGN.md), reading from a map of address -> bytes.
--
--   local fake = require "fake_event"
--   local ev = fake.event{ name = "openat", args = { -100, 0x1000, 0 },
--                          mem = { [0x1000] = "/etc/passwd\0" } }
--   ev:str(0x1000, 4096)  --> "/etc/passwd", true
--
-- A read that leaves the mapped ranges fails the way the bridge's does:
-- nil, message, "EFAULT".

local M = {}

local Event = {}
Event.__index = Event

local function byte_at(mem, addr)
  for base, bytes in pairs(mem) do
    if addr >= base and addr < base + #bytes then
      return bytes:sub(addr - base + 1, addr - base + 1)
    end
  end
  return nil
end

function Event:read(addr, len)
  local out = {}
  for i = 0, len - 1 do
    local b = byte_at(self.mem, addr + i)
    if not b then return nil, "Bad address", "EFAULT" end
    out[#out + 1] = b
  end
  return table.concat(out)
end

function Event:str(addr, max)
  local out = {}
  for i = 0, max - 1 do
    local b = byte_at(self.mem, addr + i)
    if not b then return nil, "Bad address", "EFAULT" end
    if b == "\0" then return table.concat(out), true end
    out[#out + 1] = b
  end
  return table.concat(out), false
end

function Event:peek(addr, fmt)
  local s = self:read(addr, string.packsize(fmt))
  if not s then return nil end
  return (string.unpack(fmt, s))
end

-- t: name, args (missing ones are 0), ret, err, mem, kind, pid, tgid, sp.
function M.event(t)
  local args = {}
  for i = 1, 6 do args[i] = (t.args and t.args[i]) or 0 end
  return setmetatable({
    kind = t.kind or "exit",
    name = t.name or "syscall",
    pid = t.pid or 1234,
    tgid = t.tgid or t.pid or 1234,
    args = args,
    ret = t.ret or 0,
    err = t.err or 0,
    mem = t.mem or {},
    priv = t.priv,
    sp = t.sp or 0,
  }, Event)
end

-- Run a decoder the way the view does and return the text between the parentheses.
-- A decoder's enter half runs first (it may leave state in ev.priv), then exit.
function M.render(decoder, ev, f)
  local text = decoder.enter and decoder.enter(ev, f) or ""
  if decoder.exit then text = text .. (decoder.exit(ev, f) or "") end
  return text
end

-- Little-endian packing helpers for building structures in fake memory.
function M.u64(...) return string.pack(("<" .. ("I8"):rep(select("#", ...))), ...) end
function M.u32(...) return string.pack(("<" .. ("I4"):rep(select("#", ...))), ...) end

return M
