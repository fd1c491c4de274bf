-- Decoders for the x86_64 calls newer than strace 6.1 that no other family
-- decodes: statmount, listmount, the LSM calls (lsm_get_self_attr,
-- lsm_set_self_attr, lsm_list_modules), the *xattrat calls, open_tree_attr,
-- file_getattr/file_setattr, listns and map_shadow_stack.
--
-- strace 6.1 prints them as syscall_0x1c9(...) with raw registers; moontrace
-- shows them the way later strace releases do: structures as {field=value},
-- flags by name, what the kernel writes after the call, an unreadable pointer
-- as its address.  Layouts follow the kernel's uapi headers (linux/mount.h,
-- lsm.h, xattr.h, fs.h, nsfs.h) of Linux 6.18 and later.

local stat_x = require "moontrace.xlat.stat"
local kern_x = require "moontrace.xlat.kern"

local D = {}

local unpack = string.unpack
local PAGE_SIZE = 4096

local function u32(v) return v & 0xffffffff end
local function fd_ret(ev, f) return f.fd(ev, ev.ret) end

-- ---- constant tables ------------------------------------------------------------------

local X = {}
D.xlat = X

-- struct statmount's mask (and mnt_id_req's param for statmount)
X.statmount_mask = {
  { 0x1, "STATMOUNT_SB_BASIC" }, { 0x2, "STATMOUNT_MNT_BASIC" }, { 0x4, "STATMOUNT_PROPAGATE_FROM" },
  { 0x8, "STATMOUNT_MNT_ROOT" }, { 0x10, "STATMOUNT_MNT_POINT" }, { 0x20, "STATMOUNT_FS_TYPE" },
  { 0x40, "STATMOUNT_MNT_NS_ID" }, { 0x80, "STATMOUNT_MNT_OPTS" }, { 0x100, "STATMOUNT_FS_SUBTYPE" },
  { 0x200, "STATMOUNT_SB_SOURCE" }, { 0x400, "STATMOUNT_OPT_ARRAY" }, { 0x800, "STATMOUNT_OPT_SEC_ARRAY" },
  { 0x1000, "STATMOUNT_SUPPORTED_MASK" }, { 0x2000, "STATMOUNT_MNT_UIDMAP" },
  { 0x4000, "STATMOUNT_MNT_GIDMAP" },
}
X.statmount_flags = { { 0x1, "STATMOUNT_BY_FD" } }
X.statmount_sb_flags = {
  { 0x1, "MS_RDONLY" }, { 0x10, "MS_SYNCHRONOUS" }, { 0x80, "MS_DIRSYNC" }, { 0x2000000, "MS_LAZYTIME" },
}
X.mnt_propagation = kern_x.propagation
-- MOUNT_ATTR_* as strace's mount_attr_attr lists them (_ATIME before its parts)
X.mount_attr = {
  { 0x1, "MOUNT_ATTR_RDONLY" }, { 0x2, "MOUNT_ATTR_NOSUID" }, { 0x4, "MOUNT_ATTR_NODEV" },
  { 0x8, "MOUNT_ATTR_NOEXEC" }, { 0x70, "MOUNT_ATTR__ATIME" }, { 0x10, "MOUNT_ATTR_NOATIME" },
  { 0x20, "MOUNT_ATTR_STRICTATIME" }, { 0x80, "MOUNT_ATTR_NODIRATIME" }, { 0x100000, "MOUNT_ATTR_IDMAP" },
  { 0x200000, "MOUNT_ATTR_NOSYMFOLLOW" },
}
X.listmount_mnt_id = { { -1, "LSMT_ROOT" } }
X.listmount_flags = { { 0x1, "LISTMOUNT_REVERSE" } }

X.lsm_ids = {
  { 0, "LSM_ID_UNDEF" }, { 100, "LSM_ID_CAPABILITY" }, { 101, "LSM_ID_SELINUX" }, { 102, "LSM_ID_SMACK" },
  { 103, "LSM_ID_TOMOYO" }, { 104, "LSM_ID_APPARMOR" }, { 105, "LSM_ID_YAMA" }, { 106, "LSM_ID_LOADPIN" },
  { 107, "LSM_ID_SAFESETID" }, { 108, "LSM_ID_LOCKDOWN" }, { 109, "LSM_ID_BPF" }, { 110, "LSM_ID_LANDLOCK" },
  { 111, "LSM_ID_IMA" }, { 112, "LSM_ID_EVM" }, { 113, "LSM_ID_IPE" },
}
X.lsm_attrs = {
  { 0, "LSM_ATTR_UNDEF" }, { 100, "LSM_ATTR_CURRENT" }, { 101, "LSM_ATTR_EXEC" }, { 102, "LSM_ATTR_FSCREATE" },
  { 103, "LSM_ATTR_KEYCREATE" }, { 104, "LSM_ATTR_PREV" }, { 105, "LSM_ATTR_SOCKCREATE" },
}
X.lsm_flags = { { 0x1, "LSM_FLAG_SINGLE" } }

-- the AT_* flags the *xattrat calls and file_getattr/file_setattr accept
X.xattrat_flags = { { 0x100, "AT_SYMLINK_NOFOLLOW" }, { 0x1000, "AT_EMPTY_PATH" } }

X.open_tree = {
  { 0x1, "OPEN_TREE_CLONE" }, { 0x2, "OPEN_TREE_NAMESPACE" }, { 0x80000, "OPEN_TREE_CLOEXEC" },
  { 0x100, "AT_SYMLINK_NOFOLLOW" }, { 0x800, "AT_NO_AUTOMOUNT" }, { 0x1000, "AT_EMPTY_PATH" },
  { 0x8000, "AT_RECURSIVE" },
}

X.fs_xflags = {
  { 0x1, "FS_XFLAG_REALTIME" }, { 0x2, "FS_XFLAG_PREALLOC" }, { 0x8, "FS_XFLAG_IMMUTABLE" },
  { 0x10, "FS_XFLAG_APPEND" }, { 0x20, "FS_XFLAG_SYNC" }, { 0x40, "FS_XFLAG_NOATIME" },
  { 0x80, "FS_XFLAG_NODUMP" }, { 0x100, "FS_XFLAG_RTINHERIT" }, { 0x200, "FS_XFLAG_PROJINHERIT" },
  { 0x400, "FS_XFLAG_NOSYMLINKS" }, { 0x800, "FS_XFLAG_EXTSIZE" }, { 0x1000, "FS_XFLAG_EXTSZINHERIT" },
  { 0x2000, "FS_XFLAG_NODEFRAG" }, { 0x4000, "FS_XFLAG_FILESTREAM" }, { 0x8000, "FS_XFLAG_DAX" },
  { 0x10000, "FS_XFLAG_COWEXTSIZE" }, { 0x20000, "FS_XFLAG_VERITY" }, { 0x80000000, "FS_XFLAG_HASATTR" },
  { 0x40000, "FS_XFLAG_CASEFOLD" }, { 0x80000, "FS_XFLAG_CASENONPRESERVING" },
}

X.ns_type = {
  { 0x80, "TIME_NS" }, { 0x20000, "MNT_NS" }, { 0x2000000, "CGROUP_NS" }, { 0x4000000, "UTS_NS" },
  { 0x8000000, "IPC_NS" }, { 0x10000000, "USER_NS" }, { 0x20000000, "PID_NS" }, { 0x40000000, "NET_NS" },
}
X.listns_user_ns_id = { { -1, "LISTNS_CURRENT_USER" } }

X.shadow_stack_flags = { { 0x1, "SHADOW_STACK_SET_TOKEN" }, { 0x2, "SHADOW_STACK_SET_MARKER" } }

-- ---- helpers ----------------------------------------------------------------------------

-- What follows the known fields of a larger structure: nothing when all zero,
-- else the bytes in hex after their offsets; ", ???" when they cannot be read.
local function extra_bytes(ev, f, addr, from, total)
  if total > PAGE_SIZE then total = PAGE_SIZE end
  if from >= total then return "" end
  local b = f.umove(ev, addr + from, total - from)
  if not b then return ", ???" end
  if not b:find("[^\0]") then return "" end
  return (", /* bytes %d..%d */ "):format(from, total - 1) .. f.buf(ev, addr + from, total - from, { hex = "all" })
end
D.extra_bytes = extra_bytes

-- An array of 64-bit ids in hex, as many as the call returned.
local function id_array(ev, f, addr, nmemb)
  if ev.err ~= 0 then return f.ptr(addr) end
  return f.array(ev, addr, nmemb, 8, function(b) return f.hex(unpack("<I8", b)) end, true)
end

local function min_ret(ev, n)
  local r = ev.ret
  if math.ult(r, n) then return r end
  return n
end

-- ---- statmount, listmount: struct mnt_id_req ------------------------------------------

local MNT_ID_REQ_SIZE_VER0, MNT_ID_REQ_SIZE_VER1 = 24, 32

-- {size=, [mnt_ns_fd=,] mnt_id=, param=[, mnt_ns_id=]}: mnt_ns_fd (the spare
-- word of the first version) only when set, mnt_ns_id from the second version.
local function mnt_id_req(ev, f, addr, show_id, show_param)
  local sb = f.umove(ev, addr, 4)
  if not sb then return f.ptr(addr) end
  local size = unpack("<I4", sb)
  local out = "{size=" .. size
  if size < MNT_ID_REQ_SIZE_VER0 then return out .. "}" end
  local b = f.umove(ev, addr, math.min(size, MNT_ID_REQ_SIZE_VER1))
  if not b then return out .. ", ???}" end
  b = b .. ("\0"):rep(MNT_ID_REQ_SIZE_VER1 - #b)
  local _, ns_fd, mnt_id, param, ns_id = unpack("<I4I4I8I8I8", b)
  if ns_fd ~= 0 then out = out .. ", mnt_ns_fd=" .. f.fd(ev, ns_fd) end
  out = out .. ", mnt_id=" .. show_id(mnt_id) .. ", param=" .. show_param(param)
  if size >= MNT_ID_REQ_SIZE_VER1 then out = out .. ", mnt_ns_id=" .. f.hex(ns_id) end
  return out .. extra_bytes(ev, f, addr, MNT_ID_REQ_SIZE_VER1, size) .. "}"
end

-- ---- statmount ----------------------------------------------------------------------------

local STATMOUNT_SIZE = 512          -- the fixed part, str[] follows
local STR_MAX = 3 * 4096
local SM = { SB_BASIC = 0x1, MNT_BASIC = 0x2, PROPAGATE_FROM = 0x4, MNT_ROOT = 0x8, MNT_POINT = 0x10,
  FS_TYPE = 0x20, MNT_NS_ID = 0x40, MNT_OPTS = 0x80, FS_SUBTYPE = 0x100, SB_SOURCE = 0x200,
  OPT_ARRAY = 0x400, OPT_SEC_ARRAY = 0x800, SUPPORTED_MASK = 0x1000, MNT_UIDMAP = 0x2000,
  MNT_GIDMAP = 0x4000 }

-- A NUL-terminated string at `off` in the string area, or the offset in hex
-- when it lies outside what was read.
local function str_at(f, strs, off)
  if off >= #strs then return f.hex(off) end
  local s = strs:sub(off + 1)
  local nul = s:find("\0", 1, true)
  if nul then return f.quote(s:sub(1, nul - 1)) end
  return f.quote(s, false)
end

-- `num` NUL-terminated strings one after the other from `off`: "[...]",
-- cut at -s elements, "???" for those past the end of what was read.
local function str_seq_at(f, strs, off, num)
  if off >= #strs then return f.hex(off) end
  local out, pos, i = {}, off + 1, 0
  while i < num and pos <= #strs do
    if not f.opts.verbose and i >= f.opts.strsize then out[#out + 1] = "..."; return "[" .. table.concat(out, ", ") .. "]" end
    local nul = strs:find("\0", pos, true)
    if nul then
      out[#out + 1] = f.quote(strs:sub(pos, nul - 1))
      pos = nul + 1
    else
      out[#out + 1] = f.quote(strs:sub(pos), false)
      pos = #strs + 1
    end
    i = i + 1
  end
  if i < num then out[#out + 1] = "???" end
  return "[" .. table.concat(out, ", ") .. "]"
end

local function statmount_struct(ev, f, addr, bufsize)
  if math.ult(bufsize, 4) then return f.ptr(addr) end
  local want = math.ult(bufsize, STATMOUNT_SIZE) and bufsize or STATMOUNT_SIZE
  local b = f.umove_exit(ev, addr, want)
  if not b then return f.ptr(addr) end
  b = b .. ("\0"):rep(STATMOUNT_SIZE - #b)
  local size, mnt_opts, mask, dev_major, dev_minor, magic, sb_flags, fs_type = unpack("<I4I4I8I4I4I8I4I4", b)
  local strs = ""
  if size > STATMOUNT_SIZE and not math.ult(bufsize, size) then
    strs = f.umove(ev, addr + STATMOUNT_SIZE, math.min(size - STATMOUNT_SIZE, STR_MAX)) or ""
  end
  local out = { "size=" .. size }
  local function add(s) out[#out + 1] = s end
  if mask & SM.MNT_OPTS ~= 0 then add("mnt_opts=" .. str_at(f, strs, mnt_opts)) end
  add("mask=" .. f.flags(X.statmount_mask, mask, "STATMOUNT_???"))
  if mask & SM.SB_BASIC ~= 0 then
    add("sb_dev_major=" .. dev_major)
    add("sb_dev_minor=" .. dev_minor)
    add("sb_magic=" .. f.xval(stat_x.fsmagic, magic))
    add("sb_flags=" .. f.flags(X.statmount_sb_flags, sb_flags, "MS_???"))
  end
  if mask & SM.FS_TYPE ~= 0 then add("fs_type=" .. str_at(f, strs, fs_type)) end
  if mask & SM.MNT_BASIC ~= 0 then
    local mnt_id, parent, id_old, parent_old, attr, prop, peer, master = unpack("<I8I8I4I4I8I8I8I8", b, 41)
    add("mnt_id=" .. f.hex(mnt_id))
    add("mnt_parent_id=" .. f.hex(parent))
    add("mnt_id_old=" .. f.hex(id_old))
    add("mnt_parent_id_old=" .. f.hex(parent_old))
    add("mnt_attr=" .. f.flags(X.mount_attr, attr, "MOUNT_ATTR_???"))
    add("mnt_propagation=" .. f.flags(X.mnt_propagation, prop, "MS_???"))
    add("mnt_peer_group=" .. f.hex(peer))
    add("mnt_master=" .. f.hex(master))
  end
  local from, root, point, ns_id, subtype, source, opt_num, opt_array, sec_num, sec_array, supported,
    uid_num, uidmap, gid_num, gidmap = unpack("<I8I4I4I8I4I4I4I4I4I4I8I4I4I4I4", b, 97)
  if mask & SM.PROPAGATE_FROM ~= 0 then add("propagate_from=" .. f.hex(from)) end
  if mask & SM.MNT_ROOT ~= 0 then add("mnt_root=" .. str_at(f, strs, root)) end
  if mask & SM.MNT_POINT ~= 0 then add("mnt_point=" .. str_at(f, strs, point)) end
  if mask & SM.MNT_NS_ID ~= 0 then add("mnt_ns_id=" .. f.hex(ns_id)) end
  if mask & SM.FS_SUBTYPE ~= 0 then add("fs_subtype=" .. str_at(f, strs, subtype)) end
  if mask & SM.SB_SOURCE ~= 0 then add("sb_source=" .. str_at(f, strs, source)) end
  if mask & SM.OPT_ARRAY ~= 0 then
    add("opt_num=" .. opt_num)
    add("opt_array=" .. str_seq_at(f, strs, opt_array, opt_num))
  end
  if mask & SM.OPT_SEC_ARRAY ~= 0 then
    add("opt_sec_num=" .. sec_num)
    add("opt_sec_array=" .. str_seq_at(f, strs, sec_array, sec_num))
  end
  if mask & SM.SUPPORTED_MASK ~= 0 then
    add("supported_mask=" .. f.flags(X.statmount_mask, supported, "STATMOUNT_???"))
  end
  if mask & SM.MNT_UIDMAP ~= 0 then
    add("mnt_uidmap_num=" .. uid_num)
    add("mnt_uidmap=" .. str_seq_at(f, strs, uidmap, uid_num))
  end
  if mask & SM.MNT_GIDMAP ~= 0 then
    add("mnt_gidmap_num=" .. gid_num)
    add("mnt_gidmap=" .. str_seq_at(f, strs, gidmap, gid_num))
  end
  return "{" .. table.concat(out, ", ") .. "}"
end

-- statmount(req, buf, bufsize, flags): the request at entry, what the kernel
-- filled in after the call (the fixed fields the returned mask names, the
-- strings by their offsets).
D.statmount = {
  enter = function(ev, f)
    return mnt_id_req(ev, f, ev.args[1], f.hex, function(v) return f.flags(X.statmount_mask, v, "STATMOUNT_???") end) ..
      ", "
  end,
  exit = function(ev, f)
    local a = ev.args
    return statmount_struct(ev, f, a[2], a[3]) .. ", " .. f.udec(a[3]) .. ", " ..
      f.flags(X.statmount_flags, u32(a[4]), "STATMOUNT_???")
  end,
}

-- listmount(req, mnt_ids, nr_mnt_ids, flags): the ids the call returned.
D.listmount = {
  enter = function(ev, f)
    return mnt_id_req(ev, f, ev.args[1], function(v) return f.xval(X.listmount_mnt_id, v) end, f.hex) .. ", "
  end,
  exit = function(ev, f)
    local a = ev.args
    return id_array(ev, f, a[2], min_ret(ev, a[3])) .. ", " .. f.udec(a[3]) .. ", " ..
      f.flags(X.listmount_flags, u32(a[4]), "LISTMOUNT_???")
  end,
}

-- ---- the LSM calls ---------------------------------------------------------------------------

local LSM_CTX_SIZE = 32
local LSM_FLAG_SINGLE = 1

-- One struct lsm_ctx of a buffer of `len` bytes: the context in hex, cut to
-- what the buffer holds.
local function lsm_ctx(ev, f, addr, hdr, len)
  local id, flags, clen, ctx_len = unpack("<I8I8I8I8", hdr)
  local text = "{id=" .. f.xval(X.lsm_ids, id) .. ", flags=" .. f.hex(flags) .. ", len=" .. f.udec(clen) ..
    ", ctx_len=" .. f.udec(ctx_len)
  local msg = math.ult(clen, len) and clen or len
  local avail = math.ult(LSM_CTX_SIZE, msg) and msg - LSM_CTX_SIZE or 0
  local n = math.ult(ctx_len, avail) and ctx_len or avail
  if n > 0 then text = text .. ", ctx=" .. f.buf(ev, addr + LSM_CTX_SIZE, n, { hex = "all" }) end
  return text .. "}"
end

-- The contexts of a buffer of `len` bytes, one after the other, each `len` long.
local function lsm_ctx_seq(ev, f, addr, len)
  local out = {}
  while true do
    local hdr = not math.ult(len, LSM_CTX_SIZE) and f.umove(ev, addr, LSM_CTX_SIZE)
    if not hdr then
      if #out == 0 then return f.ptr(addr) end
      out[#out + 1] = "... /* " .. f.ptr(addr) .. " */"
      break
    end
    if not f.opts.verbose and #out >= f.opts.strsize then out[#out + 1] = "..."; break end
    out[#out + 1] = lsm_ctx(ev, f, addr, hdr, len)
    local clen = unpack("<I8", hdr, 17)
    if math.ult(clen, LSM_CTX_SIZE) or math.ult(len, clen) or clen == len then break end
    addr, len = addr + clen, len - clen
  end
  return "[" .. table.concat(out, ", ") .. "]"
end

-- "[in]" or "[in => out]" for the u32 size a call reads and writes back.
local function size_changed(before, after)
  if after == nil or after == before then return "[" .. before .. "]" end
  return "[" .. before .. " => " .. after .. "]"
end

local function u32_at(f, ev, addr)
  local b = f.umove(ev, addr, 4)
  return b and unpack("<I4", b) or nil
end

-- lsm_get_self_attr(attr, ctx, size, flags): with LSM_FLAG_SINGLE the id the
-- caller asks for is shown at entry ("{id=LSM_ID_SELINUX} => [...]"); the
-- contexts and the size the kernel wrote after the call.
D.lsm_get_self_attr = {
  enter = function(ev, f)
    local a = ev.args
    local flags = u32(a[4])
    local text = f.xval(X.lsm_attrs, u32(a[1]), "LSM_ATTR_???") .. ", "
    local size = u32_at(f, ev, a[3])
    local hdr = flags & LSM_FLAG_SINGLE ~= 0 and size and f.umove(ev, a[2], LSM_CTX_SIZE)
    if not size or (flags & LSM_FLAG_SINGLE ~= 0 and not hdr) then
      ev.priv = { done = true }
      return text .. f.ptr(a[2]) .. ", " .. (size and "[" .. size .. "]" or f.ptr(a[3])) .. ", " ..
        f.flags(X.lsm_flags, flags, "LSM_FLAG_???")
    end
    ev.priv = { size = size }
    if hdr then text = text .. "{id=" .. f.xval(X.lsm_ids, unpack("<I8", hdr)) .. "} => " end
    return text
  end,
  exit = function(ev, f)
    local p = ev.priv
    if type(p) ~= "table" or p.done then return "" end
    local a = ev.args
    local after = u32_at(f, ev, a[3])
    local ctx
    if ev.err ~= 0 or not after then ctx = f.ptr(a[2]) else ctx = lsm_ctx_seq(ev, f, a[2], after) end
    return ctx .. ", " .. size_changed(p.size, after) .. ", " .. f.flags(X.lsm_flags, u32(a[4]), "LSM_FLAG_???")
  end,
}

-- lsm_set_self_attr(attr, ctx, size, flags)
D.lsm_set_self_attr = {
  enter = function(ev, f)
    local a = ev.args
    local size = u32(a[3])
    local hdr = size >= LSM_CTX_SIZE and f.umove(ev, a[2], LSM_CTX_SIZE)
    local ctx = hdr and lsm_ctx(ev, f, a[2], hdr, size) or f.ptr(a[2])
    return f.xval(X.lsm_attrs, u32(a[1]), "LSM_ATTR_???") .. ", " .. ctx .. ", " .. size .. ", " .. f.hex(u32(a[4]))
  end,
}

-- lsm_list_modules(ids, size, flags): the ids the kernel wrote, as many as it
-- returned, and the size before and after.
D.lsm_list_modules = {
  enter = function(ev, f)
    local a = ev.args
    local size = u32_at(f, ev, a[2])
    if not size then
      ev.priv = { done = true }
      return f.ptr(a[1]) .. ", " .. f.ptr(a[2]) .. ", " .. f.hex(u32(a[3]))
    end
    ev.priv = { size = size }
    return ""
  end,
  exit = function(ev, f)
    local p = ev.priv
    if type(p) ~= "table" or p.done then return "" end
    local a = ev.args
    local after = u32_at(f, ev, a[2])
    local ids
    if ev.err ~= 0 then
      ids = f.ptr(a[1])
    else
      ids = f.array(ev, a[1], ev.ret, 8, function(b) return f.xval(X.lsm_ids, unpack("<I8", b), "LSM_ID_???") end, true)
    end
    return ids .. ", " .. (after and size_changed(p.size, after) or f.ptr(a[2])) .. ", " .. f.hex(u32(a[3]))
  end,
}

-- ---- setxattrat, getxattrat, listxattrat, removexattrat ----------------------------------------

local XATTR_SIZE_MAX = 65536
local XATTR_ARGS_SIZE = 16          -- struct xattr_args { u64 value; u32 size; u32 flags; }

local function xattr_value(ev, f, addr, size)
  if math.ult(XATTR_SIZE_MAX, size) then return f.ptr(addr) end
  return f.buf(ev, addr, size, { omit_trailing_nul = true })
end

local function xattrat_head(ev, f)
  local a = ev.args
  return f.dirfd(a[1], ev) .. ", " .. f.path(ev, a[2]) .. ", " ..
    f.flags(X.xattrat_flags, u32(a[3]), "AT_???")
end

-- The struct xattr_args bytes at addr, or nil (the address is shown).
local function xattr_args_bytes(ev, f, addr, size)
  if math.ult(size, XATTR_ARGS_SIZE) then return nil end
  return f.umove(ev, addr, XATTR_ARGS_SIZE)
end

-- value: its bytes (vsize of them) or, when show is false, its address.
local function xattr_args(ev, f, b, addr, size, vsize)
  local value, asize, flags = unpack("<I8I4I4", b)
  local vtext = vsize and xattr_value(ev, f, value, vsize) or f.ptr(value)
  return "{value=" .. vtext .. ", size=" .. asize .. ", flags=" .. f.flags(stat_x.xattr_flags, flags, "XATTR_???") ..
    extra_bytes(ev, f, addr, XATTR_ARGS_SIZE, size) .. "}"
end

-- setxattrat(dirfd, path, at_flags, name, {value=, size=, flags=}, size)
D.setxattrat = {
  enter = function(ev, f)
    local a = ev.args
    local b = xattr_args_bytes(ev, f, a[5], a[6])
    local args = b and xattr_args(ev, f, b, a[5], a[6], unpack("<I4", b, 9)) or f.ptr(a[5])
    return xattrat_head(ev, f) .. ", " .. f.str(ev, a[4]) .. ", " .. args .. ", " .. f.udec(a[6])
  end,
}

-- getxattrat: the value after the call, as many bytes as it returned; with a
-- zero args.size (a query of the length) the value is an address.
D.getxattrat = {
  enter = function(ev, f)
    local a = ev.args
    local b = xattr_args_bytes(ev, f, a[5], a[6])
    ev.priv = b
    local text = xattrat_head(ev, f) .. ", " .. f.str(ev, a[4]) .. ", "
    if not b then return text .. f.ptr(a[5]) .. ", " end
    if unpack("<I4", b, 9) == 0 then
      ev.priv = false
      return text .. xattr_args(ev, f, b, a[5], a[6], nil) .. ", "
    end
    return text
  end,
  exit = function(ev, f)
    local a = ev.args
    local b = ev.priv
    local text = ""
    if type(b) == "string" then
      text = xattr_args(ev, f, b, a[5], a[6], ev.err ~= 0 and -1 or ev.ret) .. ", "
    end
    return text .. f.udec(a[6])
  end,
}

-- listxattrat(dirfd, path, at_flags, list, size): the NUL-separated names.
D.listxattrat = {
  enter = function(ev, f) return xattrat_head(ev, f) .. ", " end,
  exit = function(ev, f)
    local addr, size = ev.args[4], ev.args[5]
    local list = (size == 0 or ev.err ~= 0) and f.ptr(addr) or f.buf(ev, addr, ev.ret)
    return list .. ", " .. f.udec(size)
  end,
}

D.removexattrat = {
  enter = function(ev, f) return xattrat_head(ev, f) .. ", " .. f.str(ev, ev.args[4]) end,
}

-- ---- open_tree_attr ---------------------------------------------------------------------------

local MOUNT_ATTR_SIZE_VER0 = 32
local MOUNT_ATTR_IDMAP = 0x100000

local function mount_attr(ev, f, addr, size)
  if math.ult(size, MOUNT_ATTR_SIZE_VER0) then return f.ptr(addr) end
  local b = f.umove(ev, addr, MOUNT_ATTR_SIZE_VER0)
  if not b then return f.ptr(addr) end
  local set, clr, prop, userns = unpack("<I8I8I8I8", b)
  local ufd
  if math.ult(0x7fffffff, userns) or (set | clr) & MOUNT_ATTR_IDMAP == 0 then ufd = f.udec(userns)
  else ufd = f.fd(ev, userns) end
  return "{attr_set=" .. f.flags(X.mount_attr, set, "MOUNT_ATTR_???") ..
    ", attr_clr=" .. f.flags(X.mount_attr, clr, "MOUNT_ATTR_???") ..
    ", propagation=" .. f.xval(X.mnt_propagation, prop, "MS_???") ..
    ", userns_fd=" .. ufd .. extra_bytes(ev, f, addr, MOUNT_ATTR_SIZE_VER0, size) .. "}"
end
D.mount_attr = mount_attr

-- open_tree_attr(dirfd, path, flags, attr, size): open_tree that also sets
-- the attributes of the detached copy.
D.open_tree_attr = {
  enter = function(ev, f)
    local a = ev.args
    return f.dirfd(a[1], ev) .. ", " .. f.path(ev, a[2]) .. ", " ..
      f.flags(X.open_tree, u32(a[3]), "OPEN_TREE_???") .. ", " .. mount_attr(ev, f, a[4], a[5]) .. ", " ..
      f.udec(a[5])
  end,
  ret = fd_ret,
}

-- ---- file_getattr, file_setattr ------------------------------------------------------------------

local FILE_ATTR_SIZE_VER0 = 24

local function file_attr(ev, f, addr, usize, is_get)
  if math.ult(usize, FILE_ATTR_SIZE_VER0) or math.ult(PAGE_SIZE, usize) then return f.ptr(addr) end
  local b = (is_get and f.umove_exit or f.umove)(ev, addr, FILE_ATTR_SIZE_VER0)
  if not b then return f.ptr(addr) end
  local xflags, extsize, nextents, projid, cowextsize = unpack("<I8I4I4I4I4", b)
  local text = "{fa_xflags=" .. f.flags(X.fs_xflags, xflags, "FS_XFLAG_???") .. ", fa_extsize=" .. extsize
  if is_get then text = text .. ", fa_nextents=" .. nextents end
  return text .. ", fa_projid=" .. f.hex(projid) .. ", fa_cowextsize=" .. cowextsize ..
    extra_bytes(ev, f, addr, FILE_ATTR_SIZE_VER0, usize) .. "}"
end

local function file_attr_head(ev, f)
  return f.dirfd(ev.args[1], ev) .. ", " .. f.path(ev, ev.args[2]) .. ", "
end
local function file_attr_tail(ev, f, is_get)
  local a = ev.args
  return file_attr(ev, f, a[3], a[4], is_get) .. ", " .. f.udec(a[4]) .. ", " ..
    f.flags(X.xattrat_flags, u32(a[5]), "AT_???")
end

-- file_getattr(dirfd, path, attr, size, at_flags): the attributes after the call
D.file_getattr = {
  enter = file_attr_head,
  exit = function(ev, f) return file_attr_tail(ev, f, true) end,
}
D.file_setattr = {
  enter = function(ev, f) return file_attr_head(ev, f) .. file_attr_tail(ev, f, false) end,
}

-- ---- listns -----------------------------------------------------------------------------------------

local NS_ID_REQ_SIZE_VER0 = 32

local function ns_id_req(ev, f, addr)
  local sb = f.umove(ev, addr, 4)
  if not sb then return f.ptr(addr) end
  local size = unpack("<I4", sb)
  local out = "{size=" .. size
  if size < NS_ID_REQ_SIZE_VER0 then return out .. "}" end
  local b = f.umove(ev, addr, NS_ID_REQ_SIZE_VER0)
  if not b then return out .. ", ???}" end
  local _, spare, ns_id, ns_type, spare2, user_ns_id = unpack("<I4I4I8I4I4I8", b)
  if spare ~= 0 then out = out .. ", spare=" .. f.hex(spare) end
  out = out .. ", ns_id=" .. f.hex(ns_id) .. ", ns_type=" .. f.flags(X.ns_type, ns_type, "???_NS")
  if spare2 ~= 0 then out = out .. ", spare2=" .. f.hex(spare2) end
  return out .. ", user_ns_id=" .. f.xval(X.listns_user_ns_id, user_ns_id) ..
    extra_bytes(ev, f, addr, NS_ID_REQ_SIZE_VER0, size) .. "}"
end

-- listns(req, ns_ids, nr_ns_ids, flags): the ids the call returned.
D.listns = {
  enter = function(ev, f) return ns_id_req(ev, f, ev.args[1]) .. ", " end,
  exit = function(ev, f)
    local a = ev.args
    return id_array(ev, f, a[2], min_ret(ev, a[3])) .. ", " .. f.udec(a[3]) .. ", " .. f.hex(u32(a[4]))
  end,
}

-- ---- map_shadow_stack ---------------------------------------------------------------------------------

-- map_shadow_stack(addr, len, flags): the result (the new shadow stack's
-- address) in decimal, as strace prints it.
D.map_shadow_stack = {
  enter = function(ev, f)
    local a = ev.args
    return f.ptr(a[1]) .. ", " .. f.udec(a[2]) .. ", " .. f.flags(X.shadow_stack_flags, u32(a[3]), "SHADOW_STACK_???")
  end,
}

return D
