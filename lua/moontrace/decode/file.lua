-- Decoders for path-based file calls: open, access, stat, readlink, getdents64 ...
-- Each returns what strace 6.1 prints, split between entry and exit where strace
-- splits it (see docs/DESIGN.md for the decoder shape).

local open_x = require "moontrace.xlat.open"
local at_x = require "moontrace.xlat.at"
local stat_x = require "moontrace.xlat.stat"

local D = {}

local O_CREAT, O_TMPFILE_BIT = 0x40, 0x400000

-- Access mode by name, then the other flags; unknown bits in hex.
local function open_flags_by_name(f, v)
  local mode = f.lookup(open_x.access_modes, v & 3)
  local rest = v & ~3
  if rest == 0 then return mode end
  local tail = f.flags(open_x.flags, rest)
  return mode .. "|" .. tail
end

local function open_flags(f, v)
  v = v & 0xffffffff
  return f.whole(v, open_flags_by_name, f, v)
end
D.open_flags = open_flags

local function open_tail(ev, f, i)
  local flags = ev.args[i + 1]
  local text = f.path(ev, ev.args[i]) .. ", " .. open_flags(f, flags)
  if flags & (O_CREAT | O_TMPFILE_BIT) ~= 0 then
    text = text .. ", " .. f.oct(ev.args[i + 2] & 0xffff)
  end
  return text
end

D.open = { enter = function(ev, f) return open_tail(ev, f, 1) end, ret = "fd" }
D.openat = {
  enter = function(ev, f) return f.dirfd(ev.args[1], ev) .. ", " .. open_tail(ev, f, 2) end,
  ret = "fd",
}
D.creat = {
  enter = function(ev, f) return f.path(ev, ev.args[1]) .. ", " .. f.oct(ev.args[2] & 0xffff) end,
  ret = "fd",
}

local function access_tail(ev, f, i)
  return f.path(ev, ev.args[i]) .. ", " .. f.flags(open_x.access, ev.args[i + 1] & 0xffffffff, "?_OK")
end

D.access = { enter = function(ev, f) return access_tail(ev, f, 1) end }
D.faccessat = {
  enter = function(ev, f) return f.dirfd(ev.args[1], ev) .. ", " .. access_tail(ev, f, 2) end,
}
D.faccessat2 = {
  enter = function(ev, f)
    return f.dirfd(ev.args[1], ev) .. ", " .. access_tail(ev, f, 2) .. ", " ..
      f.flags(at_x.faccessat, ev.args[4] & 0xffffffff, "AT_???")
  end,
}

-- ---- struct stat (x86_64 layout, 144 bytes) -------------------------------------

local S_IFMT, S_IFCHR, S_IFBLK = 0xf000, 0x2000, 0x6000

local function makedev(dev)
  local major = ((dev >> 8) & 0xfff) | ((dev >> 32) & ~0xfff)
  local minor = (dev & 0xff) | ((dev >> 12) & ~0xff)
  return ("makedev(%s, %s)"):format(major == 0 and "0" or ("0x%x"):format(major & 0xffffffff),
    minor == 0 and "0" or ("0x%x"):format(minor & 0xffffffff))
end
D.makedev = makedev

-- "S_IFREG|0644"; setuid/setgid/sticky spelled out; an unknown type as octal.
local function symbolic_mode(f, mode)
  local ifmt = ""
  if mode & S_IFMT ~= 0 then
    ifmt = f.lookup(stat_x.modetypes, mode & S_IFMT)
    if not ifmt then return f.oct(mode) end
  end
  return ifmt .. (ifmt ~= "" and "|" or "") ..
    (mode & 0x800 ~= 0 and "S_ISUID|" or "") ..
    (mode & 0x400 ~= 0 and "S_ISGID|" or "") ..
    (mode & 0x200 ~= 0 and "S_ISVTX|" or "") ..
    f.oct(mode & 0x1ff)
end
D.symbolic_mode = symbolic_mode

-- A mode field of a stat structure: "S_IFREG|0644"; -X raw "0100644";
-- -X verbose "0100644 /* S_IFREG|0644 */".
local function mode_field(f, mode)
  local text = symbolic_mode(f, mode)
  if mode & S_IFMT == 0 and mode & 0xe00 == 0 then return text end
  return f.styled(("0%o"):format(mode), text)
end
D.mode_field = mode_field

local function time_field(f, name, sec, nsec)
  local iso = f.isotime(sec, nsec)
  return ("%s=%d%s, %s_nsec=%s"):format(name, sec, iso and (" /* " .. iso .. " */") or "",
    name, f.udec(nsec))
end

local function stat_struct(f, b)
  local dev, ino, nlink, mode, uid, gid, _, rdev, size, blksize, blocks,
    atime, atime_ns, mtime, mtime_ns, ctime, ctime_ns =
    string.unpack("<I8I8I8I4I4I4I4I8i8i8i8i8i8i8i8i8i8", b)
  local out = {}
  local verbose = f.opts.verbose
  if verbose then
    out[#out + 1] = "st_dev=" .. f.styled(f.hex(dev), makedev(dev))
    out[#out + 1] = "st_ino=" .. f.udec(ino)
    out[#out + 1] = "st_mode=" .. mode_field(f, mode)
    out[#out + 1] = "st_nlink=" .. f.udec(nlink)
    out[#out + 1] = "st_uid=" .. f.udec(uid)
    out[#out + 1] = "st_gid=" .. f.udec(gid)
    out[#out + 1] = "st_blksize=" .. f.udec(blksize)
    out[#out + 1] = "st_blocks=" .. f.udec(blocks)
  else
    out[#out + 1] = "st_mode=" .. mode_field(f, mode)
  end
  local ifmt = mode & S_IFMT
  if ifmt == S_IFCHR or ifmt == S_IFBLK then
    out[#out + 1] = "st_rdev=" .. f.styled(f.hex(rdev), makedev(rdev))
  else
    out[#out + 1] = "st_size=" .. f.udec(size)
  end
  if verbose then
    out[#out + 1] = time_field(f, "st_atime", atime, atime_ns)
    out[#out + 1] = time_field(f, "st_mtime", mtime, mtime_ns)
    out[#out + 1] = time_field(f, "st_ctime", ctime, ctime_ns)
  else
    out[#out + 1] = "..."
  end
  return "{" .. table.concat(out, ", ") .. "}"
end

-- The stat buffer at exit: the structure, or its address when the call failed.
local function stat_at(ev, f, addr)
  local b = f.umove_exit(ev, addr, 144)
  return b and stat_struct(f, b) or f.ptr(addr)
end
D.stat_at = stat_at

D.stat = {
  enter = function(ev, f) return f.path(ev, ev.args[1]) .. ", " end,
  exit = function(ev, f) return stat_at(ev, f, ev.args[2]) end,
}
D.lstat = D.stat
D.fstat = {
  enter = function(ev, f) return f.fd(ev, ev.args[1]) .. ", " end,
  exit = function(ev, f) return stat_at(ev, f, ev.args[2]) end,
}
D.newfstatat = {
  enter = function(ev, f) return f.dirfd(ev.args[1], ev) .. ", " .. f.path(ev, ev.args[2]) .. ", " end,
  exit = function(ev, f)
    return stat_at(ev, f, ev.args[3]) .. ", " .. f.flags(at_x.flags, ev.args[4] & 0xffffffff, "AT_???")
  end,
}

-- ---- readlink ---------------------------------------------------------------------

-- The link text has no NUL: print exactly the returned length.
local function link_buf(ev, f, addr)
  if ev.err ~= 0 then return f.ptr(addr) end
  return f.buf(ev, addr, ev.ret)
end

D.readlink = {
  enter = function(ev, f) return f.path(ev, ev.args[1]) .. ", " end,
  exit = function(ev, f) return link_buf(ev, f, ev.args[2]) .. ", " .. f.udec(ev.args[3]) end,
}
D.readlinkat = {
  enter = function(ev, f) return f.dirfd(ev.args[1], ev) .. ", " .. f.path(ev, ev.args[2]) .. ", " end,
  exit = function(ev, f) return link_buf(ev, f, ev.args[3]) .. ", " .. f.udec(ev.args[4]) end,
}

-- ---- getdents64 ---------------------------------------------------------------------

local DIRENT_HEAD = 19   -- d_ino, d_off, d_reclen, d_type: d_name starts here
-- getdents' older struct linux_dirent has no d_type in its head: d_name starts
-- at 18 and d_type is the record's last byte.
local OLD_DIRENT_HEAD = 18

-- An old dirent's name and type, after its head; false when a read failed.
local function old_dirent_tail(ev, f, addr, name_type_len)
  if name_type_len == 0 then return "", true end
  local text, ok = "", true
  local name_len = name_type_len - 1
  if name_len > 0 then
    if name_len > 256 then name_len = 256 end
    local name = f.str(ev, addr, name_len - 1)
    ok = name:sub(1, 1) == '"'
    text = ", d_name=" .. name
  end
  local t = f.umove(ev, addr + name_type_len - 1, 1)
  if not t then return text .. ", d_type=" .. f.ptr(addr + name_type_len - 1), false end
  return text .. ", d_type=" .. f.xval(stat_x.dirent_types, t:byte(), "DT_???"), ok
end

local function dirents(ev, f, addr, len, old)
  local start, verbose = addr, f.opts.verbose
  local HEAD = old and OLD_DIRENT_HEAD or DIRENT_HEAD
  local out, count = {}, 0
  while true do
    if len < HEAD then
      if verbose then
        if len == 0 then count = count + 1
        else out[#out + 1] = f.buf(ev, addr, len, { hex = "all" }) end
      end
      break
    end
    local head = f.umove(ev, addr, HEAD)
    if not head then
      if verbose then
        out[#out + 1] = count > 0 and ("... /* " .. f.ptr(addr) .. " */") or f.ptr(addr)
      end
      break
    end
    count = count + 1
    local ino, off, reclen, dtype = string.unpack(old and "<I8i8I2" or "<I8i8I2B", head)
    local comment, next_len, next_addr, shown_reclen = nil, 0, nil, reclen
    if reclen > len then
      comment = ("%s%d bytes overflow"):format(verbose and "" or "d_reclen ", reclen - len)
      reclen = len
    elseif reclen < HEAD then
      comment = ("%s%d bytes underflow"):format(verbose and "" or "d_reclen ", HEAD - reclen)
      reclen = HEAD
      next_len = len - HEAD
    else
      next_len = len - reclen
      if next_len > 0 then next_addr = addr + reclen end
    end
    if verbose then
      local e = ("{d_ino=%s, d_off=%s, d_reclen=%d"):format(f.udec(ino), f.udec(off), shown_reclen)
      if comment then e = e .. " /* " .. comment .. " */" end
      local name_len = reclen - HEAD
      local name_ok = true
      if old then
        local tail
        tail, name_ok = old_dirent_tail(ev, f, addr + HEAD, name_len)
        e = e .. tail
      else
        e = e .. ", d_type=" .. f.xval(stat_x.dirent_types, dtype, "DT_???")
      end
      if not old and name_len > 0 then
        if name_len > 256 then name_len = 256 end
        local name = f.str(ev, addr + HEAD, name_len - 1)
        name_ok = name:sub(1, 1) == '"'
        e = e .. ", d_name=" .. name
      end
      out[#out + 1] = e .. "}"
      if next_addr and not name_ok then out[#out + 1] = "..."; break end
    elseif comment then
      out[#out + 1] = " /* " .. comment .. " */"
    end
    len = next_len
    if not next_addr then break end
    addr = next_addr
  end
  if verbose then
    -- An unreadable first header leaves just the address.
    if count == 0 then return out[1] or "" end
    return "[" .. table.concat(out, ", ") .. "]"
  end
  return f.ptr(start) .. table.concat(out) ..
    (" /* %d%s entries */"):format(count, len > 0 and "+" or "")
end

local function getdents(old)
  return {
    enter = function(ev, f) return f.fd(ev, ev.args[1]) .. ", " end,
    exit = function(ev, f)
      local count = ev.args[3] & 0xffffffff
      local buf
      if ev.err ~= 0 or math.ult(count, ev.ret) or f.opts.noderef then
        buf = f.ptr(ev.args[2])
      else
        buf = dirents(ev, f, ev.args[2], ev.ret, old)
      end
      return buf .. ", " .. f.udec(count)
    end,
  }
end
D.getdents64 = getdents(false)
D.getdents = getdents(true)

-- ---- simple path calls ------------------------------------------------------------

local function path_only(ev, f) return f.path(ev, ev.args[1]) end
D.unlink = { enter = path_only }
D.rmdir = { enter = path_only }
D.chdir = { enter = path_only }
D.chroot = { enter = path_only }
D.mkdir = { enter = function(ev, f) return path_only(ev, f) .. ", " .. f.oct(ev.args[2] & 0xffff) end }
D.chmod = D.mkdir
D.unlinkat = {
  enter = function(ev, f)
    return f.dirfd(ev.args[1], ev) .. ", " .. f.path(ev, ev.args[2]) .. ", " ..
      f.flags(at_x.flags, ev.args[3] & 0xffffffff, "AT_???")
  end,
}
D.mkdirat = {
  enter = function(ev, f)
    return f.dirfd(ev.args[1], ev) .. ", " .. f.path(ev, ev.args[2]) .. ", " .. f.oct(ev.args[3] & 0xffff)
  end,
}
D.rename = {
  enter = function(ev, f) return f.path(ev, ev.args[1]) .. ", " .. f.path(ev, ev.args[2]) end,
}
local function id(v)
  v = v & 0xffffffff
  return v == 0xffffffff and "-1" or ("%d"):format(v)
end
D.id = id

D.chown = {
  enter = function(ev, f) return path_only(ev, f) .. ", " .. id(ev.args[2]) .. ", " .. id(ev.args[3]) end,
}
D.lchown = D.chown
D.fchown = {
  enter = function(ev, f)
    return f.fd(ev, ev.args[1]) .. ", " .. id(ev.args[2]) .. ", " .. id(ev.args[3])
  end,
}
D.fchownat = {
  enter = function(ev, f)
    return f.dirfd(ev.args[1], ev) .. ", " .. f.path(ev, ev.args[2]) .. ", " .. id(ev.args[3]) .. ", " ..
      id(ev.args[4]) .. ", " .. f.flags(at_x.flags, ev.args[5] & 0xffffffff, "AT_???")
  end,
}
D.fchmod = { enter = function(ev, f) return f.fd(ev, ev.args[1]) .. ", " .. f.oct(ev.args[2] & 0xffff) end }
D.fchmodat = D.mkdirat
D.truncate = { enter = function(ev, f) return path_only(ev, f) .. ", " .. f.udec(ev.args[2]) end }
D.link = D.rename
D.symlink = D.rename
D.linkat = {
  enter = function(ev, f)
    return f.dirfd(ev.args[1], ev) .. ", " .. f.path(ev, ev.args[2]) .. ", " .. f.dirfd(ev.args[3], ev) ..
      ", " .. f.path(ev, ev.args[4]) .. ", " .. f.flags(at_x.flags, ev.args[5] & 0xffffffff, "AT_???")
  end,
}
D.symlinkat = {
  enter = function(ev, f)
    return f.path(ev, ev.args[1]) .. ", " .. f.dirfd(ev.args[2], ev) .. ", " .. f.path(ev, ev.args[3])
  end,
}
D.renameat = {
  enter = function(ev, f)
    return f.dirfd(ev.args[1], ev) .. ", " .. f.path(ev, ev.args[2]) .. ", " .. f.dirfd(ev.args[3], ev) ..
      ", " .. f.path(ev, ev.args[4])
  end,
}

local UTIME_NOW, UTIME_OMIT = (1 << 30) - 1, (1 << 30) - 2

local function utime(f, b, off)
  local sec, nsec = string.unpack("<i8i8", b, off)
  -- (-X raw|verbose: the timespec, with the name in a comment for verbose)
  if nsec == UTIME_NOW or nsec == UTIME_OMIT then
    local name = nsec == UTIME_NOW and "UTIME_NOW" or "UTIME_OMIT"
    local style = f.opts.xstyle
    if style == nil or style == "abbrev" then return name end
    local ts = f.timespec_bytes(b:sub(off, off + 15))
    return style == "verbose" and (ts .. " /* " .. name .. " */") or ts
  end
  local iso = f.isotime(sec, nsec)
  return f.timespec_bytes(b:sub(off, off + 15)) .. (iso and (" /* " .. iso .. " */") or "")
end

D.utimensat = {
  enter = function(ev, f)
    local b = f.umove(ev, ev.args[3], 32)
    local times = b and ("[" .. utime(f, b, 1) .. ", " .. utime(f, b, 17) .. "]") or f.ptr(ev.args[3])
    return f.dirfd(ev.args[1], ev) .. ", " .. f.path(ev, ev.args[2]) .. ", " .. times .. ", " ..
      f.flags(at_x.flags, ev.args[4] & 0xffffffff, "AT_???")
  end,
}

-- utime's struct utimbuf: two whole seconds, each with its date.
local function utimbuf(f, b)
  local at, mt = string.unpack("<i8i8", b)
  local function one(name, sec)
    local iso = f.isotime(sec, 0)
    return name .. "=" .. sec .. (iso and (" /* " .. iso .. " */") or "")
  end
  return "{" .. one("actime", at) .. ", " .. one("modtime", mt) .. "}"
end

D.utime = {
  enter = function(ev, f)
    local b = f.umove(ev, ev.args[2], 16)
    return path_only(ev, f) .. ", " .. (b and utimbuf(f, b) or f.ptr(ev.args[2]))
  end,
}

-- utimes' pair of timevals, each with its date to the microsecond.
local function timeval_pair(ev, f, addr)
  local b = f.umove(ev, addr, 32)
  if not b then return f.ptr(addr) end
  local out = {}
  for i = 0, 1 do
    if not f.opts.verbose and i >= f.opts.strsize then out[#out + 1] = "..."; break end
    local sec, usec = string.unpack("<i8i8", b, 16 * i + 1)
    local iso = f.isotime(sec, usec, 6)
    out[#out + 1] = f.timeval_bytes(b:sub(16 * i + 1, 16 * i + 16)) .. (iso and (" /* " .. iso .. " */") or "")
  end
  return "[" .. table.concat(out, ", ") .. "]"
end

D.utimes = {
  enter = function(ev, f) return path_only(ev, f) .. ", " .. timeval_pair(ev, f, ev.args[2]) end,
}
D.futimesat = {
  enter = function(ev, f)
    return f.dirfd(ev.args[1], ev) .. ", " .. f.path(ev, ev.args[2]) .. ", " .. timeval_pair(ev, f, ev.args[3])
  end,
}

-- With -X raw or verbose, the number first (even when it reads the same as
-- the name: "0644 /* 0644 */").
local function numbered(f, num, text)
  local style = f.opts.xstyle
  if style == "raw" then return num end
  if style == "verbose" then return num .. " /* " .. text .. " */" end
  return text
end

-- mknod: the device number only for character and block devices.
local function mknod_tail(ev, f, i)
  local mode = ev.args[i + 1] & 0xffff
  local ifmt = mode & S_IFMT
  local mtext = symbolic_mode(f, mode)
  -- an unknown file type is shown in octal alone, whatever the style
  if ifmt == 0 or f.lookup(stat_x.modetypes, ifmt) then mtext = numbered(f, f.oct(mode), mtext) end
  local text = f.path(ev, ev.args[i]) .. ", " .. mtext
  if ifmt == S_IFCHR or ifmt == S_IFBLK then
    local dev = ev.args[i + 2] & 0xffffffff
    text = text .. ", " .. numbered(f, f.hex(dev), makedev(dev))
  end
  return text
end
D.mknod = { enter = function(ev, f) return mknod_tail(ev, f, 1) end }
D.mknodat = { enter = function(ev, f) return f.dirfd(ev.args[1], ev) .. ", " .. mknod_tail(ev, f, 2) end }

D.renameat2 = {
  enter = function(ev, f)
    return D.renameat.enter(ev, f) .. ", " .. f.flags(at_x.rename, ev.args[5] & 0xffffffff, "RENAME_??")
  end,
}

-- ---- openat2 ----------------------------------------------------------------------

local OPEN_HOW_MIN, OPEN_HOW_SIZE = 24, 24
local PAGE_SIZE = 4096

-- What follows the known fields of a larger struct: nothing when all zero,
-- else the bytes in hex (at most -s of them) after their offsets.
local function extra_bytes(ev, f, addr, from, total)
  if from >= total then return "" end
  local b = f.umove(ev, addr + from, total - from)
  if not b then return ", ???" end
  if not b:find("[^\0]") then return "" end
  return (", /* bytes %d..%d */ "):format(from, total - 1) .. f.buf(ev, addr + from, total - from, { hex = "all" })
end

local function open_how(ev, f, addr, size)
  if math.ult(size, OPEN_HOW_MIN) then return f.ptr(addr) end
  local b = f.umove(ev, addr, OPEN_HOW_SIZE)
  if not b then return f.ptr(addr) end
  local flags, mode, resolve = string.unpack("<I8I8I8", b)
  local text = "{flags=" .. f.whole(flags, open_flags_by_name, f, flags)
  if flags & (O_CREAT | O_TMPFILE_BIT) ~= 0 or mode ~= 0 then text = text .. ", mode=" .. f.oct(mode) end
  text = text .. ", resolve=" .. f.flags(open_x.resolve, resolve, "RESOLVE_???")
  if math.ult(OPEN_HOW_SIZE, size) then
    text = text .. extra_bytes(ev, f, addr, OPEN_HOW_SIZE, math.ult(size, PAGE_SIZE) and size or PAGE_SIZE)
  end
  return text .. "}"
end

D.openat2 = {
  enter = function(ev, f)
    return f.dirfd(ev.args[1], ev) .. ", " .. f.path(ev, ev.args[2]) .. ", " ..
      open_how(ev, f, ev.args[3], ev.args[4]) .. ", " .. f.udec(ev.args[4])
  end,
  ret = "fd",
}

D.getcwd = {
  exit = function(ev, f)
    local buf = ev.err ~= 0 and f.ptr(ev.args[1]) or f.str(ev, ev.args[1], ev.ret - 1)
    return buf .. ", " .. f.udec(ev.args[2])
  end,
}

return D
