-- Decoders for file metadata beyond stat: statx, statfs/fstatfs, the extended
-- attribute calls, mount and umount2.

local stat_x = require "moontrace.xlat.stat"
local at_x = require "moontrace.xlat.at"
local file = require "moontrace.decode.file"
local mount_x = require "moontrace.xlat.mount"

local D = {}

-- ---- statx -------------------------------------------------------------------

local STATX_SYNC_TYPE = 0x6000
local STATX = { NLINK = 0x4, UID = 0x8, GID = 0x10, TYPE = 0x1, MODE = 0x2, INO = 0x100,
  SIZE = 0x200, BLOCKS = 0x400, ATIME = 0x20, BTIME = 0x800, CTIME = 0x80, MTIME = 0x40,
  MNT_ID = 0x1000, DIOALIGN = 0x2000 }
local STATX_SIZE = 256

local function id(v) return v == 0xffffffff and "-1" or ("%d"):format(v) end

local function statx_time(f, b, off)
  local sec, nsec = string.unpack("<i8I4", b, off + 1)
  local iso = f.isotime(sec, nsec)
  return ("{tv_sec=%d, tv_nsec=%d}%s"):format(sec, nsec, iso and (" /* " .. iso .. " */") or "")
end

local function statx_struct(f, b)
  local mask, blksize, attrs, nlink, uid, gid, mode, _, ino, size, blocks, attrs_mask =
    string.unpack("<I4I4I8I4I4I4I2I2I8I8I8I8", b)
  local verbose = f.opts.verbose
  local out = { "stx_mask=" .. f.flags(stat_x.statx_masks, mask, "STATX_???") }
  local function add(s) out[#out + 1] = s end
  if verbose then add("stx_blksize=" .. blksize) end
  add("stx_attributes=" .. f.flags(stat_x.statx_attrs, attrs, "STATX_ATTR_???"))
  if verbose then
    if mask & STATX.NLINK ~= 0 then add("stx_nlink=" .. nlink) end
    if mask & STATX.UID ~= 0 then add("stx_uid=" .. id(uid)) end
    if mask & STATX.GID ~= 0 then add("stx_gid=" .. id(gid)) end
  end
  if mask & (STATX.TYPE | STATX.MODE) ~= 0 then add("stx_mode=" .. file.mode_field(f, mode)) end
  if verbose and mask & STATX.INO ~= 0 then add("stx_ino=" .. f.udec(ino)) end
  if mask & STATX.SIZE ~= 0 then add("stx_size=" .. f.udec(size)) end
  if not verbose then
    add("...")
    return "{" .. table.concat(out, ", ") .. "}"
  end
  if mask & STATX.BLOCKS ~= 0 then add("stx_blocks=" .. f.udec(blocks)) end
  add("stx_attributes_mask=" .. f.flags(stat_x.statx_attrs, attrs_mask, "STATX_ATTR_???"))
  if mask & STATX.ATIME ~= 0 then add("stx_atime=" .. statx_time(f, b, 64)) end
  if mask & STATX.BTIME ~= 0 then add("stx_btime=" .. statx_time(f, b, 80)) end
  if mask & STATX.CTIME ~= 0 then add("stx_ctime=" .. statx_time(f, b, 96)) end
  if mask & STATX.MTIME ~= 0 then add("stx_mtime=" .. statx_time(f, b, 112)) end
  local rmaj, rmin, dmaj, dmin, mnt_id, dio_mem, dio_off = string.unpack("<I4I4I4I4I8I4I4", b, 129)
  add("stx_rdev_major=" .. rmaj)
  add("stx_rdev_minor=" .. rmin)
  add("stx_dev_major=" .. dmaj)
  add("stx_dev_minor=" .. dmin)
  if mask & STATX.MNT_ID ~= 0 then add("stx_mnt_id=" .. f.hex(mnt_id)) end
  if mask & STATX.DIOALIGN ~= 0 then
    add("stx_dio_mem_align=" .. dio_mem)
    add("stx_dio_offset_align=" .. dio_off)
  end
  return "{" .. table.concat(out, ", ") .. "}"
end

D.statx = {
  enter = function(ev, f)
    local flags = ev.args[3] & 0xffffffff
    local ftext = f.flags(stat_x.statx_sync, flags & STATX_SYNC_TYPE)
    local rest = flags & ~STATX_SYNC_TYPE
    -- strace's -X raw leaves the zero sync type out: "|0x900", and "" for 0
    if f.opts.xstyle == "raw" and flags & STATX_SYNC_TYPE == 0 then ftext = "" end
    if rest ~= 0 then ftext = ftext .. "|" .. f.flags(at_x.flags, rest) end
    return f.dirfd(ev.args[1], ev) .. ", " .. f.path(ev, ev.args[2]) .. ", " .. ftext .. ", " ..
      f.flags(stat_x.statx_masks, ev.args[4] & 0xffffffff, "STATX_???") .. ", "
  end,
  exit = function(ev, f)
    local b = f.umove_exit(ev, ev.args[5], STATX_SIZE)
    return b and statx_struct(f, b) or f.ptr(ev.args[5])
  end,
}

-- ---- statfs ------------------------------------------------------------------

local ST_VALID = 0x20

-- struct statfs, x86_64 layout (120 bytes).
local function statfs_struct(f, b)
  local ftype, bsize, blocks, bfree, bavail, files, ffree, fsid0, fsid1, namelen, frsize, flags =
    string.unpack("<i8i8I8I8I8I8I8i4i4i8i8i8", b)
  local text = ("{f_type=%s, f_bsize=%s, f_blocks=%s, f_bfree=%s, f_bavail=%s, f_files=%s, " ..
    "f_ffree=%s, f_fsid={val=[%s, %s]}, f_namelen=%s, f_frsize=%s"):format(
    f.xval(stat_x.fsmagic, ftype), f.udec(bsize), f.udec(blocks), f.udec(bfree), f.udec(bavail),
    f.udec(files), f.udec(ffree), f.hex(fsid0 & 0xffffffff), f.hex(fsid1 & 0xffffffff),
    f.udec(namelen), f.udec(frsize))
  if flags & ST_VALID ~= 0 then text = text .. ", f_flags=" .. f.flags(stat_x.statfs_flags, flags, "ST_???") end
  return text .. "}"
end

local function statfs_at(ev, f, addr)
  local b = f.umove_exit(ev, addr, 120)
  return b and statfs_struct(f, b) or f.ptr(addr)
end

D.statfs = {
  enter = function(ev, f) return f.path(ev, ev.args[1]) .. ", " end,
  exit = function(ev, f) return statfs_at(ev, f, ev.args[2]) end,
}
D.fstatfs = {
  enter = function(ev, f) return f.fd(ev, ev.args[1]) .. ", " end,
  exit = function(ev, f) return statfs_at(ev, f, ev.args[2]) end,
}

-- ---- extended attributes ------------------------------------------------------

local XATTR_SIZE_MAX = 65536

-- An attribute value: a trailing NUL is not shown.
local function xattr_value(ev, f, addr, insize, size)
  local text
  if math.ult(XATTR_SIZE_MAX, size) then
    text = f.ptr(addr)
  else
    text = f.buf(ev, addr, size, { omit_trailing_nul = true })
  end
  return text .. ", " .. f.udec(insize)
end

local function get_exit(ev, f)
  local size = ev.err ~= 0 and -1 or ev.ret
  return xattr_value(ev, f, ev.args[3], ev.args[4], size)
end

local function by_path(ev, f) return f.path(ev, ev.args[1]) end
local function by_fd(ev, f) return f.fd(ev, ev.args[1]) end

local function getter(first)
  return {
    enter = function(ev, f) return first(ev, f) .. ", " .. f.str(ev, ev.args[2]) .. ", " end,
    exit = get_exit,
  }
end
D.getxattr = getter(by_path)
D.lgetxattr = getter(by_path)
D.fgetxattr = getter(by_fd)

local function setter(first)
  return {
    enter = function(ev, f)
      return first(ev, f) .. ", " .. f.str(ev, ev.args[2]) .. ", " ..
        xattr_value(ev, f, ev.args[3], ev.args[4], ev.args[4]) .. ", " ..
        f.flags(stat_x.xattr_flags, ev.args[5] & 0xffffffff, "XATTR_???")
    end,
  }
end
D.setxattr = setter(by_path)
D.lsetxattr = setter(by_path)
D.fsetxattr = setter(by_fd)

-- The list is NUL-separated names: shown as one buffer of the returned length.
local function lister(first)
  return {
    enter = function(ev, f) return first(ev, f) .. ", " end,
    exit = function(ev, f)
      local addr, size = ev.args[2], ev.args[3]
      local list = (size == 0 or ev.err ~= 0) and f.ptr(addr) or f.buf(ev, addr, ev.ret)
      return list .. ", " .. f.udec(size)
    end,
  }
end
D.listxattr = lister(by_path)
D.llistxattr = lister(by_path)
D.flistxattr = lister(by_fd)

local function remover(first)
  return { enter = function(ev, f) return first(ev, f) .. ", " .. f.str(ev, ev.args[2]) end }
end
D.removexattr = remover(by_path)
D.lremovexattr = remover(by_path)
D.fremovexattr = remover(by_fd)

-- ---- mount, umount2 ---------------------------------------------------------------

local MS_MGC_VAL, MS_MGC_MSK = 0xc0ed0000, 0xffff0000
local MS_REMOUNT, MS_BIND, MS_MOVE = 0x20, 0x1000, 0x2000
local MS_PROPAGATION = 0x20000 | 0x40000 | 0x80000 | 0x100000  -- unbindable, private, slave, shared

-- The old magic number in the high half is shown by name before the flags.
local function mount_flags(f, flags)
  local magic = flags & MS_MGC_MSK == MS_MGC_VAL
  if magic then flags = flags & ~MS_MGC_MSK end
  local text = magic and f.styled(f.hex(MS_MGC_VAL), "MS_MGC_VAL") or ""
  if flags ~= 0 or not magic then
    text = text .. (magic and "|" or "") .. f.flags(mount_x.mount, flags, "MS_???")
  end
  return text, flags
end

-- A remount has no type to show; a bind, move or propagation change has
-- neither a type nor data: those are printed as addresses.
D.mount = {
  enter = function(ev, f)
    local a = ev.args
    local ftext, flags = mount_flags(f, a[4])
    local no_type, no_data = false, false
    if flags & MS_REMOUNT ~= 0 then no_type = true
    elseif flags & (MS_BIND | MS_MOVE | MS_PROPAGATION) ~= 0 then no_type, no_data = true, true end
    return f.path(ev, a[1]) .. ", " .. f.path(ev, a[2]) .. ", " ..
      (no_type and f.ptr(a[3]) or f.str(ev, a[3])) .. ", " .. ftext .. ", " ..
      (no_data and f.ptr(a[5]) or f.str(ev, a[5]))
  end,
}

D.umount2 = {
  enter = function(ev, f)
    return f.path(ev, ev.args[1]) .. ", " .. f.flags(mount_x.umount, ev.args[2] & 0xffffffff, "MNT_???")
  end,
}

return D
