-- Decoders that fit no other family: getrandom, futex.

local random_x = require "moontrace.xlat.random"
local futex_x = require "moontrace.xlat.futex"

local D = {}

-- The random bytes exist only after the call, and strace always shows them in hex.
D.getrandom = {
  exit = function(ev, f)
    local a = ev.args
    local buf = ev.err ~= 0 and f.ptr(a[1]) or f.buf(ev, a[1], ev.ret, { hex = "all" })
    return buf .. ", " .. f.udec(a[2]) .. ", " .. f.flags(random_x.flags, a[3] & 0xffffffff, "GRND_???")
  end,
}

local FUTEX = {
  WAIT = 0, WAKE = 1, FD = 2, REQUEUE = 3, CMP_REQUEUE = 4, WAKE_OP = 5, LOCK_PI = 6,
  UNLOCK_PI = 7, TRYLOCK_PI = 8, WAIT_BITSET = 9, WAKE_BITSET = 10, WAIT_REQUEUE_PI = 11,
  CMP_REQUEUE_PI = 12, LOCK_PI2 = 13,
}

-- FUTEX_WAKE_OP's packed operation: op<<28 | cmp<<24 | oparg<<12 | cmparg.
local function wake_op(f, v)
  local text = ""
  if (v >> 28) & 8 ~= 0 then text = "FUTEX_OP_OPARG_SHIFT<<28|" end
  local op = f.lookup(futex_x.wakeops, (v >> 28) & 7)
  text = text .. (op or f.hex((v >> 28) & 7)) .. "<<28" .. (op and "" or " /* FUTEX_OP_??? */")
  text = text .. "|" .. f.hex((v >> 12) & 0xfff) .. "<<12"
  local cmp = f.lookup(futex_x.wakecmps, (v >> 24) & 0xf)
  text = text .. "|" .. (cmp or f.hex((v >> 24) & 0xf)) .. "<<24" ..
    (cmp and "" or " /* FUTEX_OP_CMP_??? */")
  return text .. "|" .. f.hex(v & 0xfff)
end

D.futex = {
  enter = function(ev, f)
    local a = ev.args
    local op = a[2] & 0xffffffff
    local cmd = op & 127
    local val, val2, val3 = a[3] & 0xffffffff, a[4] & 0xffffffff, a[6] & 0xffffffff
    local out = { f.ptr(a[1]), f.xval(futex_x.ops, op, "FUTEX_???") }
    local function add(s) out[#out + 1] = s end
    if cmd == FUTEX.WAIT then
      add(f.udec(val)); add(f.timespec(ev, a[4]))
    elseif cmd == FUTEX.LOCK_PI or cmd == FUTEX.LOCK_PI2 then
      add(f.timespec(ev, a[4]))
    elseif cmd == FUTEX.WAIT_BITSET then
      add(f.udec(val)); add(f.timespec(ev, a[4])); add(f.xval(futex_x.bitset, val3))
    elseif cmd == FUTEX.WAKE_BITSET then
      add(f.udec(val)); add(f.xval(futex_x.bitset, val3))
    elseif cmd == FUTEX.REQUEUE then
      add(f.udec(val)); add(f.udec(val2)); add(f.ptr(a[5]))
    elseif cmd == FUTEX.CMP_REQUEUE or cmd == FUTEX.CMP_REQUEUE_PI then
      add(f.udec(val)); add(f.udec(val2)); add(f.ptr(a[5])); add(f.udec(val3))
    elseif cmd == FUTEX.WAKE_OP then
      add(f.udec(val)); add(f.udec(val2)); add(f.ptr(a[5])); add(wake_op(f, val3))
    elseif cmd == FUTEX.WAIT_REQUEUE_PI then
      add(f.udec(val)); add(f.timespec(ev, a[4])); add(f.ptr(a[5]))
    elseif cmd == FUTEX.FD or cmd == FUTEX.WAKE then
      add(f.udec(val))
    elseif cmd == FUTEX.UNLOCK_PI or cmd == FUTEX.TRYLOCK_PI then
      -- no further arguments
    else
      add(f.udec(val)); add(f.ptr(a[4])); add(f.ptr(a[5])); add(f.hex(val3))
    end
    return table.concat(out, ", ")
  end,
}

return D
