-- moontrace.noise: the failed calls every run makes and that rarely explain
-- anything -- the dynamic loader's and python's probing, locale fallbacks,
-- isatty() on a pipe, a search along $PATH -- so that diagnoses
-- (why-failed, missing-files) can fold them and show what is left.
--
--   noise.why(pid, "openat", "ENOENT", "/etc/ld.so.preload")  -> "loader"
--   noise.why(pid, "ioctl", "ENOTTY")                          -> "tty"
--   noise.why(pid, "newfstatat", "ENOENT", "/usr/bin/foo")     -> "PATH" (a $PATH lookup)
--   local s = noise.searches()   -- remembers which names were found, and when
--   local seq = s:note("/opt/lib/libc.so.6", false) ... s:note("/usr/lib/libc.so.6", true)
--   s:found_after("/opt/lib/libc.so.6", seq)   -> "/usr/lib/libc.so.6"

local M = {}

-- Paths that programs probe as a matter of course: { tag, Lua pattern }.
M.PATHS = {
  { "loader", "^/etc/ld%.so%.preload$" },
  { "loader", "^/etc/ld%.so%.nohwcap$" },
  { "loader", "/glibc%-hwcaps/" },          -- per-CPU library variants
  { "loader", "/tls/" }, { "loader", "/tls$" },            -- and legacy ones
  { "loader", "/haswell/" }, { "loader", "/haswell$" },
  { "loader", "/x86_64/" }, { "loader", "/x86_64$" },
  { "locale", "^/usr/lib/locale/" },
  { "locale", "^/usr/share/locale" },
  { "locale", "/gconv/" },
  { "locale", "^/etc/localtime$" },
  { "python", "pyvenv%.cfg$" },             -- python finding its prefix
  { "python", "%._pth$" },
  { "python", "/pybuilddir%.txt$" },
  { "python", "/Modules/Setup%.local$" },
  { "python", "/python%d+%.zip$" },
  { "python", "/lib%-dynload$" },
  { "python", "/site%-packages" },
  { "python", "/dist%-packages" },
  { "python", "/__pycache__/" },
  { "python", "/python[%d%.]*/.*%.pyc?$" }, -- module search along sys.path
  { "python", "/python[%d%.]*/.*%.so$" },
  { "nss", "/nscd/socket$" },
  { "nss", "^/etc/gai%.conf$" },
  { "tty", "^/dev/tty$" },                  -- no controlling terminal
  { "terminfo", "/terminfo/" },
  { "terminfo", "/%.terminfo$" },
}

-- Errors that are answers, not failures.  true: for any call; a set: for
-- these calls only.
M.ERRNOS = {
  ENOTTY = true,                -- isatty() on a file or a pipe
  ESPIPE = true,                -- "is this seekable?" on a pipe
  EAGAIN = true,                -- non-blocking I/O with nothing to do
  EINPROGRESS = true,           -- non-blocking connect() under way
  EINTR = true, ERESTARTSYS = true, ERESTARTNOINTR = true,
  ERESTARTNOHAND = true, ERESTART_RESTARTBLOCK = true,
  ENOSYS = true,                -- probing for a newer syscall
  ECHILD = true,                -- wait() with no child left
  EINVAL = { readlink = true, readlinkat = true, arch_prctl = true, prctl = true },
  EEXIST = { mkdir = true, mkdirat = true },            -- mkdir -p
  ENODATA = { getxattr = true, lgetxattr = true, fgetxattr = true },
  EOPNOTSUPP = { getxattr = true, lgetxattr = true, fgetxattr = true, listxattr = true,
                 llistxattr = true, flistxattr = true },
  EBADF = { close = true },     -- closing every descriptor "just in case"
  ENOTSOCK = { getpeername = true, getsockname = true },  -- "is stdin a socket?"
  ENOTCONN = { getpeername = true },                      -- "is it connected?"
}

-- A path's directory and base name: "/a/b/c" -> "/a/b", "c".
function M.split(path)
  local dir, base = path:match("^(.*)/([^/]*)$")
  if not dir then return ".", path end
  return dir == "" and "/" or dir, base
end

-- The tracee's $PATH as a set of directories (read once per process).
local path_cache = {}
function M.path_dirs(pid)
  local cached = path_cache[pid]
  if cached then return cached end
  local value
  local f = io.open(("/proc/%d/environ"):format(pid), "rb")
  if f then
    value = ("\0" .. (f:read("a") or "")):match("%zPATH=([^%z]*)")
    f:close()
  end
  value = value or os.getenv("PATH") or ""
  local dirs = {}
  for d in value:gmatch("[^:]+") do dirs[(d:gsub("/+$", ""))] = true end
  path_cache[pid] = dirs
  return dirs
end

local PATH_LOOKUPS = { execve = true, execveat = true, stat = true, newfstatat = true,
  statx = true, access = true, faccessat = true, faccessat2 = true, lstat = true }

local PATH_ERRNOS = { ENOENT = true, ENOTDIR = true, EACCES = true, ENXIO = true }

-- Why a failed call is routine: a tag ("loader", "locale", "python",
-- "PATH", the errno's name for errno noise...), or nil when it may matter.
function M.why(pid, name, errname, path)
  local e = M.ERRNOS[errname]
  if e == true or (e and e[name]) then return errname end
  if not path then return nil end
  if PATH_ERRNOS[errname] then
    for _, p in ipairs(M.PATHS) do
      if path:find(p[2]) then return p[1] end
    end
    if PATH_LOOKUPS[name] and M.path_dirs(pid)[M.split(path)] then return "PATH" end
  end
  return nil
end

-- ---- searches: was a name found somewhere later? ----------------------------

local Searches = {}
Searches.__index = Searches

function M.searches() return setmetatable({ found = {}, where = {}, seq = 0 }, Searches) end

-- Note a lookup of path (ok: it succeeded); returns its sequence number.
function Searches:note(path, ok)
  self.seq = self.seq + 1
  if ok and path then
    local _, base = M.split(path)
    self.found[base], self.where[base] = self.seq, path
  end
  return self.seq
end

-- Where a name that failed at seq was found afterwards (the next directory
-- of a search path had it), or nil.
function Searches:found_after(path, seq)
  local _, base = M.split(path)
  local at = self.found[base]
  return at and at > seq and self.where[base] or nil
end

return M
