-- Decoders for memory-mapping calls: brk, mmap, mprotect, munmap, madvise, mincore.

local mman = require "moontrace.xlat.mman"

local D = {}

local MAP_TYPE = 0xf
local MAP_HUGE_SHIFT, MAP_HUGE_MASK = 26, 0x3f

-- The mapping type by value (MAP_PRIVATE, ...), then the other flags, then the
-- huge page size as "N<<MAP_HUGE_SHIFT".
local map_flags_by_name
local function map_flags(f, v) return f.whole(v, map_flags_by_name, f, v) end
function map_flags_by_name(f, v)
  local text = f.xval(mman.flags, v & MAP_TYPE, "MAP_???")
  v = v & ~MAP_TYPE
  local huge = v & ((MAP_HUGE_MASK << MAP_HUGE_SHIFT) & 0xffffffff)
  v = v & ~huge
  if v ~= 0 then text = text .. "|" .. f.flags(mman.flags, v) end
  if huge ~= 0 then text = text .. "|" .. (huge >> MAP_HUGE_SHIFT) .. "<<MAP_HUGE_SHIFT" end
  return text
end
D.map_flags = map_flags

local function prot(f, v) return f.flags(mman.prot, v, "PROT_???") end

D.brk = { enter = function(ev, f) return f.ptr(ev.args[1]) end, ret = "hex" }

D.mmap = {
  enter = function(ev, f)
    local a = ev.args
    return f.ptr(a[1]) .. ", " .. f.udec(a[2]) .. ", " .. prot(f, a[3]) .. ", " ..
      map_flags(f, a[4]) .. ", " .. f.fd(ev, a[5]) .. ", " .. f.hex(a[6])
  end,
  ret = "hex",
}

D.mprotect = {
  enter = function(ev, f)
    return f.ptr(ev.args[1]) .. ", " .. f.udec(ev.args[2]) .. ", " .. prot(f, ev.args[3])
  end,
}
D.pkey_mprotect = {
  enter = function(ev, f)
    return D.mprotect.enter(ev, f) .. ", " .. f.int(ev.args[4])
  end,
}

D.munmap = {
  enter = function(ev, f) return f.ptr(ev.args[1]) .. ", " .. f.udec(ev.args[2]) end,
}

D.madvise = {
  enter = function(ev, f)
    return f.ptr(ev.args[1]) .. ", " .. f.udec(ev.args[2]) .. ", " ..
      f.xval(mman.madvise, ev.args[3] & 0xffffffff, "MADV_???")
  end,
}

local MREMAP_MAYMOVE, MREMAP_FIXED = 1, 2

D.mremap = {
  enter = function(ev, f)
    local a = ev.args
    local text = f.ptr(a[1]) .. ", " .. f.udec(a[2]) .. ", " .. f.udec(a[3]) .. ", " ..
      f.flags(mman.mremap, a[4], "MREMAP_???")
    if a[4] & (MREMAP_MAYMOVE | MREMAP_FIXED) == MREMAP_MAYMOVE | MREMAP_FIXED then
      text = text .. ", " .. f.ptr(a[5])
    end
    return text
  end,
  ret = "hex",
}

D.msync = {
  enter = function(ev, f)
    return f.ptr(ev.args[1]) .. ", " .. f.udec(ev.args[2]) .. ", " ..
      f.flags(mman.msync, ev.args[3] & 0xffffffff, "MS_???")
  end,
}

D.mlock = { enter = function(ev, f) return f.ptr(ev.args[1]) .. ", " .. f.udec(ev.args[2]) end }
D.munlock = D.mlock
D.mlock2 = {
  enter = function(ev, f)
    return D.mlock.enter(ev, f) .. ", " .. f.flags(mman.mlock2, ev.args[3] & 0xffffffff, "MLOCK_???")
  end,
}
D.mlockall = {
  enter = function(ev, f) return f.flags(mman.mlockall, ev.args[1] & 0xffffffff, "MCL_???") end,
}

-- One byte per page of the range; strace shows only its residency bit.
local PAGE_SHIFT = 12

D.mincore = {
  enter = function(ev, f) return f.ptr(ev.args[1]) .. ", " .. f.udec(ev.args[2]) .. ", " end,
  exit = function(ev, f)
    local len = ev.args[2]
    local pages = (len >> PAGE_SHIFT) + ((len & ((1 << PAGE_SHIFT) - 1)) ~= 0 and 1 or 0)
    return f.array(ev, ev.args[3], pages, 1, function(b) return ("%d"):format(b:byte() & 1) end, true)
  end,
}

return D
