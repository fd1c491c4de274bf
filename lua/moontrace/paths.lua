-- moontrace.paths: the file names a syscall works on, as data.
--
--   paths.of(ev)        -> { "/etc/passwd", ... } as the call names them
--   paths.resolved(ev)  -> the same made absolute (dirfd, cwd of the tracee)
--
-- PATHS[name] lists { path argument, dirfd argument or nil } pairs
-- (argument numbers are 1-based, like ev.args).

local M = {}

local AT_FDCWD = -100

local PATHS = {
  open = { { 1 } }, creat = { { 1 } }, openat = { { 2, 1 } }, openat2 = { { 2, 1 } },
  access = { { 1 } }, faccessat = { { 2, 1 } }, faccessat2 = { { 2, 1 } },
  stat = { { 1 } }, lstat = { { 1 } }, newfstatat = { { 2, 1 } }, statx = { { 2, 1 } },
  statfs = { { 1 } },
  readlink = { { 1 } }, readlinkat = { { 2, 1 } },
  execve = { { 1 } }, execveat = { { 2, 1 } },
  chdir = { { 1 } }, chroot = { { 1 } },
  mkdir = { { 1 } }, mkdirat = { { 2, 1 } }, rmdir = { { 1 } },
  unlink = { { 1 } }, unlinkat = { { 2, 1 } },
  rename = { { 1 }, { 2 } }, renameat = { { 2, 1 }, { 4, 3 } }, renameat2 = { { 2, 1 }, { 4, 3 } },
  link = { { 1 }, { 2 } }, linkat = { { 2, 1 }, { 4, 3 } },
  symlink = { { 2 } }, symlinkat = { { 3, 2 } },
  chmod = { { 1 } }, fchmodat = { { 2, 1 } }, chown = { { 1 } }, lchown = { { 1 } },
  fchownat = { { 2, 1 } }, truncate = { { 1 } }, utime = { { 1 } }, utimes = { { 1 } },
  utimensat = { { 2, 1 } }, futimesat = { { 2, 1 } },
  mknod = { { 1 } }, mknodat = { { 2, 1 } },
  getxattr = { { 1 } }, lgetxattr = { { 1 } }, setxattr = { { 1 } }, lsetxattr = { { 1 } },
  listxattr = { { 1 } }, llistxattr = { { 1 } }, removexattr = { { 1 } }, lremovexattr = { { 1 } },
  inotify_add_watch = { { 2 } }, swapon = { { 1 } }, swapoff = { { 1 } },
  mount = { { 2 } }, umount2 = { { 1 } }, pivot_root = { { 1 }, { 2 } }, acct = { { 1 } },
  uselib = { { 1 } }, name_to_handle_at = { { 2, 1 } },
}
M.PATHS = PATHS

local function int32(v)
  v = v & 0xffffffff
  if v >= 0x80000000 then v = v - 0x100000000 end
  return v
end

local function readlink(p)
  local core = require "moontrace.core"
  return core.readlink(p)
end

-- The path strings a call names (nil entries for unreadable memory).
function M.of(ev)
  local spec = PATHS[ev.name]
  if not spec then return {} end
  local out = {}
  for i, s in ipairs(spec) do
    out[i] = ev:str(ev.args[s[1]], 4096) or false
  end
  return out
end

-- A path made absolute: relative ones are taken from the dirfd's directory
-- or the tracee's cwd, read at this stop.
function M.absolute(pid, path, dirfd)
  if not path or path:sub(1, 1) == "/" then return path end
  local base
  if dirfd and int32(dirfd) ~= AT_FDCWD then
    base = readlink(("/proc/%d/fd/%d"):format(pid, int32(dirfd)))
  else
    base = readlink(("/proc/%d/cwd"):format(pid))
  end
  if not base then return path end
  while path:sub(1, 2) == "./" do path = path:gsub("^%./+", "") end   -- "./x" is x
  if path == "" or path == "." then return base end
  return (base == "/" and "" or base) .. "/" .. path
end

function M.resolved(ev)
  local spec = PATHS[ev.name]
  if not spec then return {} end
  local out = {}
  for i, s in ipairs(spec) do
    local p = ev:str(ev.args[s[1]], 4096)
    out[i] = p and M.absolute(ev.pid, p, s[2] and ev.args[s[2]]) or false
  end
  return out
end

return M
