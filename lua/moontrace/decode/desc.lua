-- Decoders for descriptor calls: read/write and friends (preadv2, splice, tee),
-- close, lseek, dup, fcntl, fallocate, memfd_create, close_range, inotify.

local open_x = require "moontrace.xlat.open"
local fcntl_x = require "moontrace.xlat.fcntl"
local io_x = require "moontrace.xlat.io"
local inotify_x = require "moontrace.xlat.inotify"
local file = require "moontrace.decode.file"

local D = {}

local function fd_first(ev, f) return f.fd(ev, ev.args[1]) .. ", " end

-- Data the kernel filled in: only the returned length, and only on success.
local function data_out(ev, f, addr)
  if ev.err ~= 0 then return f.ptr(addr) end
  return f.buf(ev, addr, ev.ret)
end

D.read = {
  enter = fd_first,
  exit = function(ev, f) return data_out(ev, f, ev.args[2]) .. ", " .. f.udec(ev.args[3]) end,
}
D.write = {
  enter = function(ev, f)
    return fd_first(ev, f) .. f.buf(ev, ev.args[2], ev.args[3]) .. ", " .. f.udec(ev.args[3])
  end,
}
D.pread64 = {
  enter = fd_first,
  exit = function(ev, f)
    return data_out(ev, f, ev.args[2]) .. ", " .. f.udec(ev.args[3]) .. ", " .. f.long(ev.args[4])
  end,
}
D.pwrite64 = {
  enter = function(ev, f)
    return fd_first(ev, f) .. f.buf(ev, ev.args[2], ev.args[3]) .. ", " .. f.udec(ev.args[3]) ..
      ", " .. f.long(ev.args[4])
  end,
}

D.close = { enter = function(ev, f) return f.fd(ev, ev.args[1]) end }
D.fsync = D.close
D.fdatasync = D.close

-- An iovec array; `left` bytes of data are shown in all (the returned count for
-- readv), the rest of the buffers print as "" once it runs out.
local function iovec(ev, f, addr, count, left, as_addr)
  local remaining = left
  return f.array(ev, addr, count, 16, function(b)
    local base, len = string.unpack("<i8i8", b)
    local shown = len
    if remaining and math.ult(remaining, len) then shown = remaining end
    if remaining then remaining = remaining - shown end
    local data = as_addr and f.ptr(base) or f.buf(ev, base, shown)
    return "{iov_base=" .. data .. ", iov_len=" .. f.udec(len) .. "}"
  end)
end
D.iovec = iovec

D.readv = {
  enter = fd_first,
  exit = function(ev, f)
    local failed = ev.err ~= 0
    return iovec(ev, f, ev.args[2], ev.args[3], failed and -1 or ev.ret, failed) .. ", " ..
      f.udec(ev.args[3])
  end,
}
D.writev = {
  enter = function(ev, f)
    return fd_first(ev, f) .. iovec(ev, f, ev.args[2], ev.args[3]) .. ", " .. f.udec(ev.args[3])
  end,
}

D.copy_file_range = {
  enter = function(ev, f)
    local a = ev.args
    local function off(addr) return f.num_at(ev, addr, "<i8") end
    return f.fd(ev, a[1]) .. ", " .. off(a[2]) .. ", " .. f.fd(ev, a[3]) .. ", " .. off(a[4]) .. ", " ..
      f.udec(a[5]) .. ", " .. f.uint(a[6])
  end,
}

D.ftruncate = { enter = function(ev, f) return fd_first(ev, f) .. f.udec(ev.args[2]) end }
D.flock = {
  enter = function(ev, f)
    return fd_first(ev, f) .. f.flags(fcntl_x.flock, ev.args[2] & 0xffffffff, "LOCK_???")
  end,
}

-- sendfile's offset is read before and, when it moved, again after the call.
D.sendfile = {
  enter = function(ev, f)
    local text = fd_first(ev, f) .. f.fd(ev, ev.args[2]) .. ", "
    local off = f.umove(ev, ev.args[3], 8)
    if not off then
      ev.priv = { done = true }
      return text .. f.ptr(ev.args[3]) .. ", " .. f.udec(ev.args[4])
    end
    ev.priv = nil
    return text .. "[" .. f.udec(string.unpack("<i8", off)) .. "]"
  end,
  exit = function(ev, f)
    if type(ev.priv) == "table" and ev.priv.done then return "" end
    local text = ""
    if ev.err == 0 and ev.ret ~= 0 then
      text = " => " .. f.num_at(ev, ev.args[3], "<i8", f.udec, true)
    end
    return text .. ", " .. f.udec(ev.args[4])
  end,
}

D.lseek = {
  enter = function(ev, f)
    return fd_first(ev, f) .. f.long(ev.args[2]) .. ", " ..
      f.xval(open_x.whence, ev.args[3] & 0xffffffff, "SEEK_???")
  end,
  ret = "dec",
}

D.dup = { enter = function(ev, f) return f.fd(ev, ev.args[1]) end, ret = "fd" }
D.dup2 = {
  enter = function(ev, f) return fd_first(ev, f) .. f.fd(ev, ev.args[2]) end,
  ret = "fd",
}
D.dup3 = {
  enter = function(ev, f)
    return fd_first(ev, f) .. f.fd(ev, ev.args[2]) .. ", " ..
      f.flags(open_x.flags, ev.args[3] & 0xffffffff, "O_???")
  end,
  ret = "fd",
}

-- pipe2's array of two descriptors exists only after the call.
local function fd_pair(ev, f, addr)
  local b = f.umove_exit(ev, addr, 8)
  if not b then return f.ptr(addr) end
  local a, c = string.unpack("<i4i4", b)
  return "[" .. f.fd(ev, a) .. ", " .. f.fd(ev, c) .. "]"
end
D.pipe = { exit = function(ev, f) return fd_pair(ev, f, ev.args[1]) end }
D.pipe2 = {
  exit = function(ev, f)
    return fd_pair(ev, f, ev.args[1]) .. ", " .. f.flags(open_x.flags, ev.args[2] & 0xffffffff, "O_???")
  end,
}

-- ---- fcntl -------------------------------------------------------------------

local F = {
  DUPFD = 0, GETFD = 1, SETFD = 2, GETFL = 3, SETFL = 4, GETLK = 5, SETLK = 6, SETLKW = 7,
  SETOWN = 8, GETOWN = 9, SETSIG = 10, GETSIG = 11, SETOWN_EX = 15, GETOWN_EX = 16,
  OFD_GETLK = 36, OFD_SETLK = 37, OFD_SETLKW = 38, SETLEASE = 1024, GETLEASE = 1025,
  NOTIFY = 1026, DUPFD_CLOEXEC = 1030, SETPIPE_SZ = 1031, GETPIPE_SZ = 1032,
  ADD_SEALS = 1033, GET_SEALS = 1034,
}

-- struct flock (x86_64: 32 bytes); l_pid only for the GETLK answers.
local function flock_at(ev, f, addr, getlk, exiting)
  local b = (exiting and f.umove_exit or f.umove)(ev, addr, 32)
  if not b then return f.ptr(addr) end
  local ltype, whence, start, len, pid = string.unpack("<i2i2xxxxi8i8i4", b)
  return "{l_type=" .. f.xval(fcntl_x.lock_types, ltype & 0xffff, "F_???") ..
    ", l_whence=" .. f.xval(open_x.whence, whence & 0xffff, "SEEK_???") ..
    ", l_start=" .. start .. ", l_len=" .. len .. (getlk and (", l_pid=" .. pid) or "") .. "}"
end

local F_OWNER_PGRP = 2
local function owner_at(ev, f, addr, exiting)
  local b = (exiting and f.umove_exit or f.umove)(ev, addr, 8)
  if not b then return f.ptr(addr) end
  local otype, pid = string.unpack("<i4i4", b)
  return "{type=" .. f.xval(fcntl_x.owner_types, otype & 0xffffffff, "F_OWNER_???") ..
    ", pid=" .. (otype == F_OWNER_PGRP and pid or f.pid(pid)) .. "}"
end

-- Commands whose argument is filled in by the kernel: shown after the call.
local AT_EXIT = { [F.GETLK] = true, [F.OFD_GETLK] = true, [F.GETOWN_EX] = true }

-- The third argument as strace shows it at entry; nil: none shown.
local function fcntl_arg(ev, f, cmd)
  local v = ev.args[3]
  if cmd == F.SETFD then return f.flags(fcntl_x.fdflags, v & 0xffffffff, "FD_???")
  elseif cmd == F.SETFL then return file.open_flags(f, v)
  elseif cmd == F.SETOWN then return f.pid(v)    -- an int: a process (-Y: named), or -pgrp
  elseif cmd == F.DUPFD or cmd == F.DUPFD_CLOEXEC or cmd == F.SETPIPE_SZ or cmd == F.SETOWN then
    return f.long(v)
  elseif cmd == F.SETSIG then return f.signame(f.s32(v))
  elseif cmd == F.SETLK or cmd == F.SETLKW or cmd == F.OFD_SETLK or cmd == F.OFD_SETLKW then
    return flock_at(ev, f, v, false)
  elseif cmd == F.SETOWN_EX then return owner_at(ev, f, v)
  elseif cmd == F.NOTIFY then return f.flags(fcntl_x.notify, v, "DN_???")
  elseif cmd == F.SETLEASE then return f.xval(fcntl_x.lock_types, v, "F_???")
  elseif cmd == F.ADD_SEALS then return f.flags(fcntl_x.seals, v, "F_SEAL_???")
  elseif cmd == F.GETFD or cmd == F.GETFL or cmd == F.GETOWN or cmd == F.GETSIG
    or cmd == F.GETPIPE_SZ or cmd == F.GETLEASE or cmd == F.GET_SEALS or AT_EXIT[cmd] then
    return nil
  end
  return f.hex(v)
end

-- Some answers are decoded beside the number: "0x1 (flags FD_CLOEXEC)".  With
-- -X raw|verbose, strace styles F_GETFD's flags ("0x1 (flags 0x1 /* FD_CLOEXEC */)")
-- but keeps the names of F_GETFL's and F_GETSIG's ("12 (SIGUSR2)").
local function fcntl_ret(ev, f)
  local cmd = ev.args[2] & 0xffffffff
  if cmd == F.GETFL then
    return f.hex(ev.ret) .. " (flags " .. f.plain(file.open_flags, f, ev.ret) .. ")"
  elseif cmd == F.GETFD and ev.ret ~= 0 then
    return f.hex(ev.ret) .. " (flags " .. f.flags(fcntl_x.fdflags, ev.ret) .. ")"
  elseif cmd == F.GET_SEALS and ev.ret ~= 0 then
    return f.hex(ev.ret) .. " (seals " .. f.flags(fcntl_x.seals, ev.ret) .. ")"
  elseif cmd == F.GETLEASE then
    local name = f.lookup(fcntl_x.lock_types, ev.ret)
    return f.hex(ev.ret) .. (name and (" (" .. name .. ")") or "")
  elseif cmd == F.GETSIG and ev.ret ~= 0 then
    return f.long(ev.ret) .. " (" .. f.plain(f.signame, ev.ret) .. ")"
  elseif cmd == F.DUPFD or cmd == F.DUPFD_CLOEXEC then
    return f.fd(ev, ev.ret)
  end
  return f.long(ev.ret)
end

D.fcntl = {
  enter = function(ev, f)
    local cmd = ev.args[2] & 0xffffffff
    local text = fd_first(ev, f) .. f.xval(fcntl_x.cmds, cmd, "F_???")
    local arg = fcntl_arg(ev, f, cmd)
    return arg and (text .. ", " .. arg) or text
  end,
  exit = function(ev, f)
    local cmd = ev.args[2] & 0xffffffff
    if cmd == F.GETLK or cmd == F.OFD_GETLK then return ", " .. flock_at(ev, f, ev.args[3], true, true) end
    if cmd == F.GETOWN_EX then return ", " .. owner_at(ev, f, ev.args[3], true) end
    return ""
  end,
  ret = fcntl_ret,
}

-- ---- preadv, pwritev and their flagged forms -------------------------------------
-- x86_64 passes the offset whole in the fourth register (the fifth, its high
-- half on 32-bit kernels, is ignored); preadv2/pwritev2 take RWF_* flags in the sixth.

local function rwf(f, v) return f.flags(io_x.rwf, v & 0xffffffff, "RWF_???") end

local function preadv(flags)
  return {
    enter = fd_first,
    exit = function(ev, f)
      local a, failed = ev.args, ev.err ~= 0
      local text = iovec(ev, f, a[2], a[3], failed and -1 or ev.ret, failed) .. ", " .. f.udec(a[3]) ..
        ", " .. f.long(a[4])
      return flags and (text .. ", " .. rwf(f, a[6])) or text
    end,
  }
end
local function pwritev(flags)
  return {
    enter = function(ev, f)
      local a = ev.args
      local text = fd_first(ev, f) .. iovec(ev, f, a[2], a[3]) .. ", " .. f.udec(a[3]) .. ", " .. f.long(a[4])
      return flags and (text .. ", " .. rwf(f, a[6])) or text
    end,
  }
end
D.preadv, D.preadv2 = preadv(false), preadv(true)
D.pwritev, D.pwritev2 = pwritev(false), pwritev(true)

-- ---- splice, tee, fallocate, sync_file_range, readahead, syncfs ----------------------

local function splice_flags(f, v) return f.flags(io_x.splice, v & 0xffffffff, "SPLICE_F_???") end

-- The offsets are read at entry: strace shows the value the caller passed.
D.splice = {
  enter = function(ev, f)
    local a = ev.args
    return f.fd(ev, a[1]) .. ", " .. f.num_at(ev, a[2], "<i8") .. ", " .. f.fd(ev, a[3]) .. ", " ..
      f.num_at(ev, a[4], "<i8") .. ", " .. f.udec(a[5]) .. ", " .. splice_flags(f, a[6])
  end,
}
D.tee = {
  enter = function(ev, f)
    local a = ev.args
    return fd_first(ev, f) .. f.fd(ev, a[2]) .. ", " .. f.udec(a[3]) .. ", " .. splice_flags(f, a[4])
  end,
}

D.fallocate = {
  enter = function(ev, f)
    local a = ev.args
    return fd_first(ev, f) .. f.flags(io_x.falloc, a[2] & 0xffffffff, "FALLOC_FL_???") .. ", " ..
      f.long(a[3]) .. ", " .. f.long(a[4])
  end,
}
D.sync_file_range = {
  enter = function(ev, f)
    local a = ev.args
    return fd_first(ev, f) .. f.long(a[2]) .. ", " .. f.long(a[3]) .. ", " ..
      f.flags(io_x.sync_file_range, a[4] & 0xffffffff, "SYNC_FILE_RANGE_???")
  end,
}
D.readahead = {
  enter = function(ev, f) return fd_first(ev, f) .. f.long(ev.args[2]) .. ", " .. f.udec(ev.args[3]) end,
}
D.syncfs = D.close

-- ---- descriptors made or dropped ---------------------------------------------------------

local MFD_HUGE_SHIFT, MFD_HUGE_MASK = 26, 0x3f

-- The plain flags, then the huge page size as "N<<MFD_HUGE_SHIFT".
local function memfd_flags_by_name(f, v)
  local huge = v & (MFD_HUGE_MASK << MFD_HUGE_SHIFT)
  local rest = v & ~huge
  local text = ""
  if rest ~= 0 or huge == 0 then text = f.flags(io_x.memfd, rest, "MFD_???") end
  if huge ~= 0 then
    text = text .. (rest ~= 0 and "|" or "") .. (huge >> MFD_HUGE_SHIFT) .. "<<MFD_HUGE_SHIFT"
  end
  return text
end

-- The longest name the kernel takes: 255 minus "memfd:".
local MFD_NAME_MAX = 249

D.memfd_create = {
  enter = function(ev, f)
    local v = ev.args[2] & 0xffffffff
    local flags = v == 0 and "0" or f.whole(v, memfd_flags_by_name, f, v)
    return f.str(ev, ev.args[1], math.min(f.opts.strsize, MFD_NAME_MAX + 1)) .. ", " .. flags
  end,
  ret = "fd",
}

D.close_range = {
  enter = function(ev, f)
    local a = ev.args
    return f.uint(a[1]) .. ", " .. f.uint(a[2]) .. ", " ..
      f.flags(io_x.close_range, a[3] & 0xffffffff, "CLOSE_RANGE_???")
  end,
}

-- ---- inotify ---------------------------------------------------------------------------

D.inotify_init1 = {
  enter = function(ev, f) return f.flags(inotify_x.init_flags, ev.args[1] & 0xffffffff, "IN_???") end,
  ret = "fd",
}
D.inotify_add_watch = {
  enter = function(ev, f)
    return fd_first(ev, f) .. f.path(ev, ev.args[2]) .. ", " ..
      f.flags(inotify_x.flags, ev.args[3] & 0xffffffff, "IN_???")
  end,
}
D.inotify_rm_watch = {
  enter = function(ev, f) return fd_first(ev, f) .. f.int(ev.args[2]) end,
}


return D
