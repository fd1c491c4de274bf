-- Decoders for NUMA memory policy (get_mempolicy, set_mempolicy, mbind,
-- migrate_pages, move_pages, set_mempolicy_home_node), the old signalfd and
-- eventfd, userfaultfd, protection keys, memfd_secret, vmsplice,
-- remap_file_pages, fanotify, file handles, io_uring, futex_waitv, landlock,
-- the x86 LDT and TLS calls, and the calls newer than strace 6.1 (mseal,
-- cachestat, fchmodat2).

local vm_x = require "moontrace.xlat.vm"
local mman = require "moontrace.xlat.mman"
local at_x = require "moontrace.xlat.at"
local time_x = require "moontrace.xlat.time"
local errno = require "moontrace.xlat.errno"
local desc = require "moontrace.decode.desc"
local file = require "moontrace.decode.file"
local mem = require "moontrace.decode.mem"
local signal = require "moontrace.decode.signal"

local D = {}

local function fd_ret(ev, f) return f.fd(ev, ev.ret) end

-- ---- memory policy --------------------------------------------------------------

-- A policy mode: its name and then its MPOL_F_* flags; a mode strace does not
-- know shows the whole value as flags ("MPOL_F_STATIC_NODES|0x6").
local function mpol_mode_by_name(f, v)
  local mode = v & ~vm_x.MPOL_MODE_FLAGS
  local name = f.lookup(vm_x.mpol_modes, mode)
  if not name then return f.flags(vm_x.mpol_mode_flags, v, "MPOL_???") end
  local fl = v & vm_x.MPOL_MODE_FLAGS
  if fl ~= 0 then name = name .. "|" .. f.flags(vm_x.mpol_mode_flags, fl) end
  return name
end
local function mpol_mode(f, v) return f.whole(v, mpol_mode_by_name, f, v) end
D.mpol_mode = mpol_mode

-- A node mask of maxnode - 1 bits, as unsigned longs in zero-padded hex.  The
-- count of longs wraps the way the kernel's arithmetic does (maxnode 0 or 1 and
-- ~0 give none: the address is shown).
local function nodemask(ev, f, addr, maxnode, exiting)
  if addr == 0 then return "NULL" end
  local nlongs = (maxnode - 1 + 63) >> 6
  if nlongs == 0 then return f.ptr(addr) end
  return f.array(ev, addr, nlongs, 8, function(b)
    return f.hex0(string.unpack("<I8", b), 8)
  end, exiting)
end
D.nodemask = nodemask

D.get_mempolicy = {
  exit = function(ev, f)
    local a = ev.args
    local mode
    local b = f.umove_exit(ev, a[1], 4)
    if b then
      -- the mode the kernel wrote is shown as one value, flags and all
      mode = "[" .. f.xval(vm_x.mpol_modes, string.unpack("<I4", b), "MPOL_???") .. "]"
    else
      mode = f.ptr(a[1])
    end
    local mask = ev.err ~= 0 and f.ptr(a[2]) or nodemask(ev, f, a[2], a[3], true)
    return mode .. ", " .. mask .. ", " .. f.udec(a[3]) .. ", " .. f.ptr(a[4]) .. ", " ..
      f.flags(vm_x.mpol_get_flags, a[5], "MPOL_???")
  end,
}

D.set_mempolicy = {
  enter = function(ev, f)
    local a = ev.args
    return mpol_mode(f, a[1] & 0xffffffff) .. ", " .. nodemask(ev, f, a[2], a[3]) .. ", " .. f.udec(a[3])
  end,
}

local function mf_flags(f, v) return f.flags(vm_x.mpol_mf_flags, v & 0xffffffff, "MPOL_???") end

D.mbind = {
  enter = function(ev, f)
    local a = ev.args
    return f.ptr(a[1]) .. ", " .. f.udec(a[2]) .. ", " .. mpol_mode(f, a[3]) .. ", " ..
      nodemask(ev, f, a[4], a[5]) .. ", " .. f.udec(a[5]) .. ", " .. mf_flags(f, a[6])
  end,
}

D.migrate_pages = {
  enter = function(ev, f)
    local a = ev.args
    return f.pid(a[1]) .. ", " .. f.udec(a[2]) .. ", " .. nodemask(ev, f, a[3], a[2]) .. ", " ..
      nodemask(ev, f, a[4], a[2])
  end,
}

-- move_pages: the pages and target nodes at entry, the status array after.
D.move_pages = {
  enter = function(ev, f)
    local a = ev.args
    local pages = f.array(ev, a[3], a[2], 8, function(b) return f.ptr(string.unpack("<I8", b)) end)
    local nodes = f.array(ev, a[4], a[2], 4, function(b) return f.int(string.unpack("<i4", b)) end)
    return f.pid(a[1]) .. ", " .. f.udec(a[2]) .. ", " .. pages .. ", " .. nodes .. ", "
  end,
  exit = function(ev, f)
    local a = ev.args
    local status
    if ev.err ~= 0 then
      status = f.ptr(a[5])
    else
      status = f.array(ev, a[5], a[2], 4, function(b)
        local v = string.unpack("<i4", b)
        local name = v < 0 and errno.name[-v]
        if name and name ~= "" then return f.styled(f.dec(v), "-" .. name) end
        return f.dec(v)
      end, true)
    end
    return status .. ", " .. mf_flags(f, a[6])
  end,
}

D.set_mempolicy_home_node = {
  enter = function(ev, f)
    local a = ev.args
    return f.ptr(a[1]) .. ", " .. f.udec(a[2]) .. ", " .. f.udec(a[3]) .. ", " .. f.hex(a[4])
  end,
}

-- ---- old signalfd and eventfd, userfaultfd, pkeys, memfd_secret ---------------------

D.signalfd = {
  enter = function(ev, f)
    local a = ev.args
    return f.fd(ev, a[1]) .. ", " .. signal.sigset_at(ev, f, a[2], a[3]) .. ", " .. f.udec(a[3])
  end,
  ret = "fd",
}

D.eventfd = {
  enter = function(ev, f) return f.uint(ev.args[1]) end,
  ret = "fd",
}

D.userfaultfd = {
  enter = function(ev, f) return f.flags(vm_x.uffd_flags, ev.args[1] & 0xffffffff, "UFFD_???") end,
  ret = "fd",
}

D.pkey_alloc = {
  enter = function(ev, f)
    return f.hex(ev.args[1]) .. ", " .. f.flags(vm_x.pkey_access, ev.args[2], "PKEY_???")
  end,
}
D.pkey_free = { enter = function(ev, f) return f.int(ev.args[1]) end }

D.memfd_secret = {
  enter = function(ev, f)
    local v = ev.args[1] & 0xffffffff
    if v == 0 then return "0" end
    return f.flags(vm_x.memfd_secret, v)
  end,
  ret = "fd",
}

-- ---- vmsplice, remap_file_pages -------------------------------------------------

D.vmsplice = {
  enter = function(ev, f)
    local a = ev.args
    return f.fd(ev, a[1]) .. ", " .. desc.iovec(ev, f, a[2], a[3]) .. ", " .. f.udec(a[3]) .. ", " ..
      f.flags(require("moontrace.xlat.io").splice, a[4] & 0xffffffff, "SPLICE_F_???")
  end,
}

D.remap_file_pages = {
  enter = function(ev, f)
    local a = ev.args
    return f.ptr(a[1]) .. ", " .. f.udec(a[2]) .. ", " .. f.flags(mman.prot, a[3], "PROT_???") .. ", " ..
      f.udec(a[4]) .. ", " .. mem.map_flags(f, a[5])
  end,
}

-- ---- fanotify ------------------------------------------------------------------

-- The class and the flags styled apart: "0 /* FAN_CLASS_NOTIF */|0x3 /* FAN_CLOEXEC|FAN_NONBLOCK */"
-- with -X verbose, "0|0x3" with -X raw.
local function fan_init_flags(f, v)
  local class = v & vm_x.FAN_ALL_CLASS_BITS
  local text = f.xval(vm_x.fan_classes, class, "FAN_CLASS_???")
  local rest = v & ~vm_x.FAN_ALL_CLASS_BITS
  if rest ~= 0 then text = text .. "|" .. f.flags(vm_x.fan_init_flags, rest, "FAN_???") end
  return text
end

D.fanotify_init = {
  enter = function(ev, f)
    local v = ev.args[1] & 0xffffffff
    return fan_init_flags(f, v) .. ", " .. file.open_flags(f, ev.args[2])
  end,
  ret = "fd",
}

D.fanotify_mark = {
  enter = function(ev, f)
    local a = ev.args
    local dirfd = f.s32(a[4])
    local dir
    if dirfd == -1 then dir = f.styled("-1", "FAN_NOFD") else dir = f.dirfd(a[4], ev) end
    return f.fd(ev, a[1]) .. ", " .. f.flags(vm_x.fan_mark_flags, a[2] & 0xffffffff, "FAN_MARK_???") ..
      ", " .. f.flags(vm_x.fan_events, a[3], "FAN_???") .. ", " .. dir .. ", " .. f.path(ev, a[5])
  end,
}

-- ---- file handles ---------------------------------------------------------------

local MAX_HANDLE_SZ = 128

-- "handle_type=T, f_handle=..." from a struct file_handle of `bytes` bytes of handle.
local function handle_tail(ev, f, addr, bytes)
  local b = f.umove(ev, addr + 4, 4)
  if not b then return "" end
  local text = ", handle_type=" .. f.int(string.unpack("<i4", b))
  local n = math.ult(MAX_HANDLE_SZ, bytes) and MAX_HANDLE_SZ or bytes
  local h = n == 0 and "" or f.umove(ev, addr + 8, n)
  if not h then return text .. ", f_handle=" .. f.ptr(addr + 8) end
  text = text .. ", f_handle=" .. (f.escape(h, n, { hex = "all" }))
  if n < bytes then text = text .. "..." end
  return text
end

D.name_to_handle_at = {
  enter = function(ev, f)
    local a = ev.args
    local text = f.dirfd(a[1], ev) .. ", " .. f.path(ev, a[2]) .. ", "
    local b = f.umove(ev, a[3], 4)
    if not b then
      ev.priv = false
      return text .. f.ptr(a[3]) .. ", "
    end
    local bytes = string.unpack("<I4", b)
    ev.priv = bytes
    return text .. "{handle_bytes=" .. f.uint(bytes)
  end,
  exit = function(ev, f)
    local a = ev.args
    local text = ""
    local before = ev.priv
    if before then
      local b = f.umove(ev, a[3], 4)
      local after = b and string.unpack("<I4", b) or before
      if after ~= before then text = " => " .. f.uint(after) end
      if ev.err == 0 then text = text .. handle_tail(ev, f, a[3], after) end
      text = text .. "}, "
    elseif before == nil then
      text = f.ptr(a[3]) .. ", "     -- no entry seen
    end
    return text .. f.num_at(ev, a[4], "<i4", nil, true) .. ", " .. f.flags(at_x.flags, a[5] & 0xffffffff, "AT_???")
  end,
}

D.open_by_handle_at = {
  enter = function(ev, f)
    local a = ev.args
    local handle
    local b = f.umove(ev, a[2], 4)
    if b then
      local bytes = string.unpack("<I4", b)
      handle = "{handle_bytes=" .. f.uint(bytes) .. handle_tail(ev, f, a[2], bytes) .. "}"
    else
      handle = f.ptr(a[2])
    end
    return f.fd(ev, a[1]) .. ", " .. handle .. ", " .. file.open_flags(f, a[3])
  end,
  ret = "fd",
}

-- ---- io_uring -------------------------------------------------------------------

-- struct io_uring_params: the caller's part at entry, the kernel's after the call.
D.io_uring_setup = {
  enter = function(ev, f)
    local a = ev.args
    local b = f.umove(ev, a[2], 40)
    ev.priv = b and true or false
    if not b then return f.uint(a[1]) .. ", " .. f.ptr(a[2]) end
    local _, _, flags, cpu, idle, _, wq, r1, r2, r3 = string.unpack("<I4I4I4I4I4I4I4I4I4I4", b)
    local text = f.uint(a[1]) .. ", {flags=" ..
      f.flags(vm_x.uring_setup_flags, flags, "IORING_SETUP_???") .. ", sq_thread_cpu=" .. f.hex(cpu) ..
      ", sq_thread_idle=" .. f.uint(idle)
    if flags & vm_x.IORING_SETUP_ATTACH_WQ ~= 0 then text = text .. ", wq_fd=" .. f.fd(ev, wq) end
    if r1 ~= 0 or r2 ~= 0 or r3 ~= 0 then
      text = text .. ", resv=[" .. f.hex(r1) .. ", " .. f.hex(r2) .. ", " .. f.hex(r3) .. "]"
    end
    return text
  end,
  exit = function(ev, f)
    if not ev.priv then return "" end
    local b = f.umove_exit(ev, ev.args[2], 120)
    if not b then return "}" end
    local sqe, cqe, _, _, _, feat = string.unpack("<I4I4I4I4I4I4", b)
    local sq = { string.unpack("<I4I4I4I4I4I4I4", b, 41) }
    local cq = { string.unpack("<I4I4I4I4I4I4I4", b, 81) }
    local function u(v) return f.uint(v) end
    return ", sq_entries=" .. u(sqe) .. ", cq_entries=" .. u(cqe) .. ", features=" ..
      f.flags(vm_x.uring_features, feat, "IORING_FEAT_???") ..
      ", sq_off={head=" .. u(sq[1]) .. ", tail=" .. u(sq[2]) .. ", ring_mask=" .. u(sq[3]) ..
      ", ring_entries=" .. u(sq[4]) .. ", flags=" .. u(sq[5]) .. ", dropped=" .. u(sq[6]) ..
      ", array=" .. u(sq[7]) .. "}" ..
      ", cq_off={head=" .. u(cq[1]) .. ", tail=" .. u(cq[2]) .. ", ring_mask=" .. u(cq[3]) ..
      ", ring_entries=" .. u(cq[4]) .. ", overflow=" .. u(cq[5]) .. ", cqes=" .. u(cq[6]) ..
      ", flags=" .. u(cq[7]) .. "}}"
  end,
  ret = "fd",
}

local IORING_ENTER_EXT_ARG = 0x8

D.io_uring_enter = {
  enter = function(ev, f)
    local a = ev.args
    return f.fd(ev, a[1]) .. ", " .. f.uint(a[2]) .. ", " .. f.uint(a[3]) .. ", " ..
      f.flags(vm_x.uring_enter_flags, a[4] & 0xffffffff, "IORING_ENTER_???") .. ", " ..
      -- with IORING_ENTER_EXT_ARG the argument is a struct strace does not open
      (a[4] & IORING_ENTER_EXT_ARG ~= 0 and f.ptr(a[5]) or signal.sigset_at(ev, f, a[5], a[6])) ..
      ", " .. f.udec(a[6])
  end,
}

local REG = { BUFFERS = 0, FILES = 2, EVENTFD = 4, FILES_UPDATE = 6, EVENTFD_ASYNC = 7,
              PBUF_RING = 22, UNREGISTER_PBUF_RING = 23 }

local function int_fds(ev, f, addr, n)
  return f.array(ev, addr, n, 4, function(b) return f.fd(ev, string.unpack("<i4", b)) end)
end

-- struct io_uring_files_update: offset, resv, fds (nr_args of them).
local function files_update(ev, f, addr, nr)
  local b = f.umove(ev, addr, 16)
  if not b then return f.ptr(addr) end
  local off, _, fds = string.unpack("<I4I4I8", b)
  return "{offset=" .. f.uint(off) .. ", fds=" .. int_fds(ev, f, fds, nr) .. "}"
end

-- struct io_uring_buf_reg: ring_addr, ring_entries, bgid.
local function buf_reg(ev, f, addr)
  local b = f.umove(ev, addr, 16)
  if not b then return f.ptr(addr) end
  local ring, entries, bgid = string.unpack("<I8I4I2", b)
  return "{ring_addr=" .. f.ptr(ring) .. ", ring_entries=" .. f.uint(entries) .. ", bgid=" .. f.uint(bgid) .. "}"
end

D.io_uring_register = {
  enter = function(ev, f)
    local a = ev.args
    local op, nr = a[2] & 0xffffffff, a[4] & 0xffffffff
    local arg
    if op == REG.FILES or op == REG.EVENTFD or op == REG.EVENTFD_ASYNC then
      arg = int_fds(ev, f, a[3], nr)
    elseif op == REG.FILES_UPDATE then
      arg = files_update(ev, f, a[3], nr)
    elseif op == REG.PBUF_RING or op == REG.UNREGISTER_PBUF_RING then
      arg = buf_reg(ev, f, a[3])
    elseif op == REG.BUFFERS then
      arg = desc.iovec(ev, f, a[3], nr, nil, true)
    else
      arg = f.ptr(a[3])
    end
    return f.fd(ev, a[1]) .. ", " .. f.xval(vm_x.uring_register_ops, op, "IORING_REGISTER_???") .. ", " ..
      arg .. ", " .. f.uint(nr)
  end,
}

-- ---- futex_waitv ----------------------------------------------------------------

D.futex_waitv = {
  enter = function(ev, f)
    local a = ev.args
    local waiters = f.array(ev, a[1], a[2] & 0xffffffff, 24, function(b)
      local val, uaddr, flags, resv = string.unpack("<I8I8I4I4", b)
      return "{val=" .. f.hex(val) .. ", uaddr=" .. f.ptr(uaddr) .. ", flags=" ..
        f.flags(vm_x.futex2_flags, flags, "FUTEX_???") ..
        (resv ~= 0 and ", __reserved=" .. f.hex(resv) or "") .. "}"
    end)
    return waiters .. ", " .. f.uint(a[2]) .. ", " .. f.hex(a[3] & 0xffffffff) .. ", " ..
      (a[4] == 0 and "NULL" or f.timespec(ev, a[4])) .. ", " ..
      f.xval(time_x.clocks, a[5] & 0xffffffff, "CLOCK_???")
  end,
}

-- ---- landlock -------------------------------------------------------------------

local LANDLOCK_CREATE_RULESET_VERSION = 1

local function ll_fs(f, v) return f.flags(vm_x.landlock_fs, v, "LANDLOCK_ACCESS_FS_???") end

D.landlock_create_ruleset = {
  enter = function(ev, f)
    local a = ev.args
    local attr
    if a[1] == 0 then
      attr = "NULL"
    elseif math.ult(a[2], 8) then
      attr = f.ptr(a[1])
    else
      local b = f.umove(ev, a[1], 8)
      if b then
        attr = "{handled_access_fs=" .. ll_fs(f, string.unpack("<I8", b)) ..
          (a[2] ~= 8 and ", ..." or "") .. "}"
      else
        attr = f.ptr(a[1])
      end
    end
    return attr .. ", " .. f.udec(a[2]) .. ", " ..
      f.flags(vm_x.landlock_create, a[3] & 0xffffffff, "LANDLOCK_CREATE_RULESET_???")
  end,
  ret = function(ev, f)
    if ev.args[3] & LANDLOCK_CREATE_RULESET_VERSION ~= 0 then return f.dec(ev.ret) end
    return f.fd(ev, ev.ret)
  end,
}

local LANDLOCK_RULE_PATH_BENEATH = 1

D.landlock_add_rule = {
  enter = function(ev, f)
    local a = ev.args
    local rtype = a[2] & 0xffffffff
    local attr = f.ptr(a[3])
    if rtype == LANDLOCK_RULE_PATH_BENEATH then
      local b = f.umove(ev, a[3], 12)
      if b then
        local access, parent = string.unpack("<I8i4", b)
        attr = "{allowed_access=" .. ll_fs(f, access) .. ", parent_fd=" .. f.fd(ev, parent) .. "}"
      end
    end
    return f.fd(ev, a[1]) .. ", " .. f.xval(vm_x.landlock_rules, rtype, "LANDLOCK_RULE_???") .. ", " ..
      attr .. ", " .. f.hex(a[4] & 0xffffffff)
  end,
}

D.landlock_restrict_self = {
  enter = function(ev, f) return f.fd(ev, ev.args[1]) .. ", " .. f.hex(ev.args[2] & 0xffffffff) end,
}

-- ---- LDT and TLS: struct user_desc ------------------------------------------------

local USER_DESC_SIZE = 16

local function user_desc_rest(f, b)
  local base, limit, bits = string.unpack("<I4I4I4", b, 5)
  return "base_addr=" .. f.hex0(base, 4) .. ", limit=" .. f.hex0(limit, 4) ..
    ", seg_32bit=" .. (bits & 1) .. ", contents=" .. ((bits >> 1) & 3) ..
    ", read_exec_only=" .. ((bits >> 3) & 1) .. ", limit_in_pages=" .. ((bits >> 4) & 1) ..
    ", seg_not_present=" .. ((bits >> 5) & 1) .. ", useable=" .. ((bits >> 6) & 1) ..
    ", lm=" .. ((bits >> 7) & 1) .. "}"
end

local function user_desc(f, b)
  return "{entry_number=" .. f.int(string.unpack("<i4", b)) .. ", " .. user_desc_rest(f, b)
end

local function user_desc_at(ev, f, addr)
  local b = f.umove(ev, addr, USER_DESC_SIZE)
  return b and user_desc(f, b) or f.ptr(addr)
end

-- modify_ldt returns an int the kernel zero-extends: -EINVAL arrives as
-- 4294967274, which strace prints with the error name after it.

-- The descriptor is shown as the caller's buffer held it at entry, also for
-- func 0 (read), as strace does.
D.modify_ldt = {
  enter = function(ev, f)
    local a = ev.args
    local ptr = f.ptr(a[2])
    if a[3] == USER_DESC_SIZE then ptr = user_desc_at(ev, f, a[2]) end
    return f.int(a[1]) .. ", " .. ptr .. ", " .. f.udec(a[3])
  end,
  ret = function(ev, f)
    local r = ev.ret
    if r >= 0xfffff001 and r <= 0xffffffff then
      local e = 0x100000000 - r
      local name = errno.name[e]
      if name and name ~= "" then
        return ("%d %s (%s)"):format(r, name, errno.msg[e])
      end
    end
    return f.dec(r)
  end,
}

D.set_thread_area = {
  enter = function(ev, f) return user_desc_at(ev, f, ev.args[1]) end,
}

D.get_thread_area = {
  enter = function(ev, f)
    local b = f.umove(ev, ev.args[1], 4)
    ev.priv = b and true or false
    if not b then return f.ptr(ev.args[1]) end
    return "{entry_number=" .. f.int(string.unpack("<i4", b)) .. ", "
  end,
  exit = function(ev, f)
    if not ev.priv then return "" end
    local b = f.umove_exit(ev, ev.args[1], USER_DESC_SIZE)
    if not b then return "...}" end
    return user_desc_rest(f, b)
  end,
}

-- ---- calls newer than strace 6.1 ---------------------------------------------------
-- strace 6.1 has no entry for them (it prints syscall_0x1ce(...) with six raw
-- registers); moontrace names and decodes them the way later strace releases do.

D.mseal = {
  enter = function(ev, f) return f.ptr(ev.args[1]) .. ", " .. f.udec(ev.args[2]) .. ", " .. f.hex(ev.args[3]) end,
}

-- cachestat(fd, {off=, len=}, {nr_cache=, ...}, flags): the counters after the call
local CACHESTAT = { "nr_cache", "nr_dirty", "nr_writeback", "nr_evicted", "nr_recently_evicted" }
D.cachestat = {
  enter = function(ev, f)
    local r = f.umove(ev, ev.args[2], 16)
    local range = r and ("{off=%s, len=%s}"):format(f.udec(string.unpack("<I8", r)), f.udec(string.unpack("<I8", r, 9)))
      or f.ptr(ev.args[2])
    return f.fd(ev, ev.args[1]) .. ", " .. range .. ", "
  end,
  exit = function(ev, f)
    local b = ev.err == 0 and f.umove_exit(ev, ev.args[3], 40)
    local out
    if b then
      local parts = {}
      for i, name in ipairs(CACHESTAT) do parts[i] = name .. "=" .. f.udec(string.unpack("<I8", b, i * 8 - 7)) end
      out = "{" .. table.concat(parts, ", ") .. "}"
    else
      out = f.ptr(ev.args[3])
    end
    return out .. ", " .. f.uint(ev.args[4])
  end,
}

-- fchmodat2(dirfd, path, mode, AT_* flags): fchmodat with the flags it lacked
D.fchmodat2 = {
  enter = function(ev, f)
    return f.dirfd(ev.args[1], ev) .. ", " .. f.path(ev, ev.args[2]) .. ", " .. f.oct(ev.args[3] & 0xffff) ..
      ", " .. f.flags(at_x.flags, ev.args[4] & 0xffffffff, "AT_???")
  end,
}

return D
