-- Decoders for waiting on descriptors: poll/ppoll, select/pselect6, epoll,
-- eventfd.  poll and select report which descriptors are ready beside the
-- return value ("= 1 ([{fd=3, revents=POLLIN}])"), as strace does.

local poll_x = require "moontrace.xlat.poll"
local sig = require "moontrace.decode.signal"

local D = {}

local POLLFD_SIZE = 8
-- strace builds the list of ready descriptors in a 1 KiB buffer and keeps
-- room for an address and ", ], ...": entries stop short of 997 characters
local REVENTS_ROOM = 997

local function pollfd(ev, f, b)
  local fd, events = string.unpack("<i4I2", b)
  local text = "{fd=" .. f.fd(ev, fd)
  if fd >= 0 then text = text .. ", events=" .. f.flags(poll_x.poll, events, "POLL???") end
  return text .. "}"
end

local function poll_enter(ev, f)
  local nfds = ev.args[2] & 0xffffffff
  return f.array(ev, ev.args[1], nfds, POLLFD_SIZE, function(b) return pollfd(ev, f, b) end) ..
    ", " .. nfds .. ", "
end

-- The descriptors with events, and for ppoll the time left.
local function poll_result(ev, f, tmo)
  if ev.ret == 0 then return "0 (Timeout)" end
  local nfds = ev.args[2] & 0xffffffff
  local addr = ev.args[1]
  -- len: the text so far, "[" and separators included; like strace, the
  -- list ends in "..." before it would pass REVENTS_ROOM characters
  local out, printed, len = {}, 0, 0
  if addr ~= 0 and nfds ~= 0 then
    for i = 0, nfds - 1 do
      local b = ev:read(addr + i * POLLFD_SIZE, POLLFD_SIZE)
      if not b then out[#out + 1] = f.hex(addr + i * POLLFD_SIZE); break end
      local fd, _, revents = string.unpack("<i4I2I2", b)
      if revents ~= 0 then
        len = len + (#out == 0 and 1 or 2)
        if not f.opts.verbose and printed >= f.opts.strsize then out[#out + 1] = "..."; break end
        local entry = ("{fd=%d, revents=%s}"):format(fd, f.flags(poll_x.poll, revents))
        if len + #entry >= REVENTS_ROOM then out[#out + 1] = "..."; break end
        out[#out + 1] = entry
        len = len + #entry
        printed = printed + 1
      end
    end
  end
  local text = #out > 0 and ("[" .. table.concat(out, ", ") .. "]") or ""
  if tmo and tmo ~= 0 then
    local b = ev:read(tmo, 16)
    local left = b and f.timespec_bytes(b) or f.hex(tmo)
    text = text .. (text == "" and "left " or ", left ") .. left
  end
  return f.long(ev.ret) .. (text ~= "" and (" (" .. text .. ")") or "")
end

D.poll = {
  enter = function(ev, f) return poll_enter(ev, f) .. f.int(ev.args[3]) end,
  ret = function(ev, f) return poll_result(ev, f) end,
}

D.ppoll = {
  enter = function(ev, f)
    return poll_enter(ev, f) .. f.timespec(ev, ev.args[3]) .. ", " ..
      sig.sigset_at(ev, f, ev.args[4], ev.args[5]) .. ", " .. f.udec(ev.args[5])
  end,
  ret = function(ev, f) return poll_result(ev, f, ev.args[3]) end,
}

-- ---- select ----------------------------------------------------------------------

local function nfds_of(v)
  local n = v & 0xffffffff
  if n >= 0x80000000 then n = 0 end
  if n > 1024 * 1024 then n = 1024 * 1024 end
  return n
end

local function fdset_bytes(n) return ((n + 7) // 8 + 7) & ~7 end

local function set_bits(b, n)
  local out = {}
  for j = 0, n - 1 do
    if b:byte(j // 8 + 1) >> (j % 8) & 1 == 1 then out[#out + 1] = j end
  end
  return out
end

local function select_enter(ev, f, tv_text)
  local n = nfds_of(ev.args[1])
  local size = fdset_bytes(n)
  local out = { f.int(ev.args[1]) }
  for i = 2, 4 do
    local addr = ev.args[i]
    local b = size > 0 and f.umove(ev, addr, size)
    if not b then
      out[#out + 1] = f.ptr(addr)
    else
      local fds = {}
      for _, j in ipairs(set_bits(b, n)) do fds[#fds + 1] = f.fd(ev, j) end
      out[#out + 1] = "[" .. table.concat(fds, " ") .. "]"
    end
  end
  out[#out + 1] = tv_text
  return table.concat(out, ", ")
end

-- Built the way strace builds it, including its stray "]" after a set with no
-- ready descriptor that follows one with some.
local function select_result(ev, f, left)
  if ev.ret == 0 then return "0 (Timeout)" end
  local n = nfds_of(ev.args[1])
  local size = fdset_bytes(n)
  local ready = ev.ret
  local out, sep = "", ""
  for i = 2, 4 do
    if ready <= 0 then break end
    local addr = ev.args[i]
    local b = addr ~= 0 and size > 0 and ev:read(addr, size)
    if b then
      local first = true
      for _, j in ipairs(set_bits(b, n)) do
        if first then
          out = out .. sep .. ({ "in", "out", "except" })[i - 1] .. " [" .. j
          first, sep = false, ", "
        else
          out = out .. " " .. j
        end
        ready = ready - 1
        if ready == 0 then break end
      end
      if out ~= "" then out = out .. "]" end
    end
  end
  if ev.args[5] ~= 0 then out = out .. sep .. "left " .. left(ev, f, ev.args[5]) end
  return f.long(ev.ret) .. " (" .. out .. ")"
end

local function timeval_text(ev, f, addr)
  local b = f.umove(ev, addr, 16)
  return b and f.timeval_bytes(b) or f.ptr(addr)
end

D.select = {
  enter = function(ev, f) return select_enter(ev, f, timeval_text(ev, f, ev.args[5])) end,
  ret = function(ev, f) return select_result(ev, f, timeval_text) end,
}

D.pselect6 = {
  enter = function(ev, f)
    -- the sixth argument points at { const sigset_t *ss; size_t ss_len; }
    local text = select_enter(ev, f, f.timespec(ev, ev.args[5])) .. ", "
    local b = f.umove(ev, ev.args[6], 16)
    if not b then return text .. f.ptr(ev.args[6]) end
    local ss, len = string.unpack("<i8i8", b)
    return text .. "{sigmask=" .. sig.sigset_at(ev, f, ss, len) .. ", sigsetsize=" .. f.udec(len) .. "}"
  end,
  ret = function(ev, f) return select_result(ev, f, function(e, ff, a) return ff.timespec(e, a) end) end,
}

-- ---- epoll -----------------------------------------------------------------------

local EPOLL_EVENT_SIZE = 12
local EPOLL_CTL_DEL = 2

local function epoll_event(f, b)
  local events, data = string.unpack("<I4i8", b)
  return ("{events=%s, data={u32=%d, u64=%s}}"):format(f.flags(poll_x.epoll_events, events, "EPOLL???"),
    data & 0xffffffff, f.udec(data))
end

D.epoll_create = { enter = function(ev, f) return f.int(ev.args[1]) end, ret = "fd" }
D.epoll_create1 = {
  enter = function(ev, f) return f.flags(poll_x.epoll_flags, ev.args[1] & 0xffffffff, "EPOLL_???") end,
  ret = "fd",
}

D.epoll_ctl = {
  enter = function(ev, f)
    local op = ev.args[2] & 0xffffffff
    local event
    if op == EPOLL_CTL_DEL then
      event = f.ptr(ev.args[4])
    else
      local b = f.umove(ev, ev.args[4], EPOLL_EVENT_SIZE)
      event = b and epoll_event(f, b) or f.ptr(ev.args[4])
    end
    return f.fd(ev, ev.args[1]) .. ", " .. f.xval(poll_x.epoll_ctl, op, "EPOLL_CTL_???") .. ", " ..
      f.fd(ev, ev.args[3]) .. ", " .. event
  end,
}

local function epoll_events_out(ev, f)
  local n = ev.err ~= 0 and -1 or ev.ret
  return f.array(ev, ev.args[2], n, EPOLL_EVENT_SIZE, function(b) return epoll_event(f, b) end, true)
end

D.epoll_wait = {
  enter = function(ev, f) return f.fd(ev, ev.args[1]) .. ", " end,
  exit = function(ev, f)
    return epoll_events_out(ev, f) .. ", " .. f.int(ev.args[3]) .. ", " .. f.int(ev.args[4])
  end,
}
D.epoll_pwait = {
  enter = D.epoll_wait.enter,
  exit = function(ev, f)
    return D.epoll_wait.exit(ev, f) .. ", " .. sig.sigset_at(ev, f, ev.args[5], ev.args[6], true) ..
      ", " .. f.udec(ev.args[6])
  end,
}

-- epoll_pwait2: a timespec timeout, shown (like the rest) after the call.
D.epoll_pwait2 = {
  enter = D.epoll_wait.enter,
  exit = function(ev, f)
    local b = f.umove_exit(ev, ev.args[4], 16)
    return epoll_events_out(ev, f) .. ", " .. f.int(ev.args[3]) .. ", " ..
      (b and f.timespec_bytes(b) or f.ptr(ev.args[4])) .. ", " ..
      sig.sigset_at(ev, f, ev.args[5], ev.args[6], true) .. ", " .. f.udec(ev.args[6])
  end,
}

D.eventfd2 = {
  enter = function(ev, f)
    return f.uint(ev.args[1]) .. ", " .. f.flags(poll_x.eventfd_flags, ev.args[2] & 0xffffffff, "EFD_???")
  end,
  ret = "fd",
}

return D
