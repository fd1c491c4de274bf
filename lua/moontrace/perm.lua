-- moontrace.perm: which component of a path refuses a tracee access, found
-- as the kernel finds it: every directory on the way needs search (x), the
-- file itself what the call asks for (r, w, x), a file created or removed
-- needs w and x on its directory.  Checked with the tracee's filesystem
-- uid/gid and groups, against the modes moontrace stats.
--
--   local who = perm.creds(ev.pid)
--   local d = perm.denial(who, "/root/test", perm.need(ev))
--   -> { path = "/root", need = "x", mode = "drwx------", owner = "root", group = "root",
--        why = "uid 1000(sutkin) is neither the owner nor in group root (others): ---, needs x" }
--
-- Modes only: ACLs, LSMs (AppArmor, SELinux), read-only mounts and
-- immutable files refuse access too; denial() returns nil when the modes
-- allow it.  Symlinks are followed; their targets' directories are not walked.

local core = require "moontrace.core"
local proc = require "moontrace.proc"

local M = {}

-- ---- names of users and groups ------------------------------------------------

local function names(file)
  local t = {}
  local f = io.open(file)
  if not f then return t end
  for line in f:lines() do
    local name, id = line:match("^([^:]*):[^:]*:(%d+):")
    if name and not t[tonumber(id)] then t[tonumber(id)] = name end
  end
  f:close()
  return t
end

local users, groups
function M.user(uid)
  users = users or names("/etc/passwd")
  return users[uid] or tostring(uid)
end
function M.group(gid)
  groups = groups or names("/etc/group")
  return groups[gid] or tostring(gid)
end

-- ---- the tracee's credentials -------------------------------------------------

local CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH = 1, 2

-- What the kernel checks file access with: { uid, gid, groups = {gid=true},
-- override = CAP_DAC_OVERRIDE, read_search = CAP_DAC_READ_SEARCH, text = "uid 1000 (x) ..." }
function M.creds(pid)
  local p = proc(pid)
  local uid, gid = p.uids[4] or p.uid, p.gids[4] or p.gid   -- filesystem ids
  local caps = tonumber(p.caps or "0", 16) or 0
  local who = { uid = uid, gid = gid, groups = { [gid] = true },
    override = caps & (1 << CAP_DAC_OVERRIDE) ~= 0,
    read_search = caps & (1 << CAP_DAC_READ_SEARCH) ~= 0 }
  local list = {}
  for _, g in ipairs(p.groups or {}) do
    who.groups[g] = true
    list[#list + 1] = ("%d(%s)"):format(g, M.group(g))
  end
  who.text = ("uid %d(%s) gid %d(%s) groups %s"):format(uid, M.user(uid), gid, M.group(gid),
    #list > 0 and table.concat(list, ",") or "none")
  if caps ~= 0 then who.text = who.text .. (" caps %s"):format(p.caps) end
  return who
end

-- ---- what a call needs ----------------------------------------------------------

local O_ACCMODE, O_CREAT, O_TRUNC = 3, 0x40, 0x200
local OPEN_FLAGS = { open = 2, openat = 3, creat = false }
local IN_PARENT = { mkdir = true, mkdirat = true, mknod = true, mknodat = true, rmdir = true,
  unlink = true, unlinkat = true, rename = true, renameat = true, renameat2 = true,
  link = true, linkat = true, symlink = true, symlinkat = true }
local ON_FILE = { execve = "x", execveat = "x", uselib = "r", chdir = "x", chroot = "x",
  truncate = "w", utime = "w", utimes = "w", utimensat = "w", futimesat = "w",
  getxattr = "r", lgetxattr = "r", listxattr = "r", llistxattr = "r" }
local ACCESS_MODE = { access = 2, faccessat = 3, faccessat2 = 3 }

-- What a syscall needs on the file it names: "r", "w", "rw", "x", "" (only
-- to find it), and whether it creates or removes it, so that its directory
-- needs w and x: true, or "if-missing" for O_CREAT.
function M.need(ev)
  local name = ev.name
  if OPEN_FLAGS[name] ~= nil then
    local flags = OPEN_FLAGS[name] and ev.args[OPEN_FLAGS[name]] or (O_CREAT | 1)
    local acc = ({ [0] = "r", "w", "rw", "rw" })[flags & O_ACCMODE]
    if flags & O_TRUNC ~= 0 and not acc:find("w") then acc = acc .. "w" end
    return acc, flags & O_CREAT ~= 0 and "if-missing"
  end
  if name == "openat2" then
    local flags = ev:peek(ev.args[3], "<I8") or 0
    return ({ [0] = "r", "w", "rw", "rw" })[flags & O_ACCMODE], flags & O_CREAT ~= 0 and "if-missing"
  end
  if ACCESS_MODE[name] then
    local m, s = ev.args[ACCESS_MODE[name]], ""
    if m & 4 ~= 0 then s = s .. "r" end
    if m & 2 ~= 0 then s = s .. "w" end
    if m & 1 ~= 0 then s = s .. "x" end
    return s, false
  end
  if IN_PARENT[name] then return "", true end
  return ON_FILE[name] or "", false
end

-- ---- the walk -----------------------------------------------------------------

local TYPE = { dir = "d", file = "-", link = "l", other = "?" }

-- "drwxr-x---" from a stat record.
function M.mode_string(st)
  local m, s = st.mode, TYPE[st.type] or "?"
  local function triplet(shift, special, on, off)
    local r = (m >> shift) & 4 ~= 0 and "r" or "-"
    local w = (m >> shift) & 2 ~= 0 and "w" or "-"
    local x = (m >> shift) & 1 ~= 0
    local sp = m & special ~= 0
    return r .. w .. (sp and (x and on or off) or (x and "x" or "-"))
  end
  return s .. triplet(6, 0x800, "s", "S") .. triplet(3, 0x400, "s", "S") .. triplet(0, 0x200, "t", "T")
end

-- The permission bits that apply to who, and why: owner, group or other.
local function class(who, st)
  if st.uid == who.uid then return (st.mode >> 6) & 7, "the owner" end
  if who.groups[st.gid] then return (st.mode >> 3) & 7, "in group " .. M.group(st.gid) end
  return st.mode & 7, ("neither the owner nor in group %s (others)"):format(M.group(st.gid))
end

local BIT = { r = 4, w = 2, x = 1 }

-- The letters of need that who may not do on st ("" when all allowed).
local function refused(who, st, need)
  local bits, role = class(who, st)
  local missing = ""
  for c in need:gmatch(".") do
    local ok = bits & BIT[c] ~= 0
    if who.override then
      -- root-like: anything but executing a file nobody may execute
      ok = c ~= "x" or st.type == "dir" or st.mode & 0x49 ~= 0
    elseif who.read_search and (c == "r" or (c == "x" and st.type == "dir")) then
      ok = true
    end
    if not ok then missing = missing .. c end
  end
  return missing, role, bits
end

local function rwx(bits)
  return (bits & 4 ~= 0 and "r" or "-") .. (bits & 2 ~= 0 and "w" or "-") .. (bits & 1 ~= 0 and "x" or "-")
end

-- The first component of the absolute path that refuses who, or nil.
-- need: what the file itself needs; creates: the call makes or removes it.
function M.denial(who, path, need, creates)
  if not path or path:sub(1, 1) ~= "/" then return nil end
  local comps = {}
  for c in path:gmatch("[^/]+") do comps[#comps + 1] = c end
  local prefix = ""
  local checks = { { path = "/", need = #comps > 0 and "x" or need } }
  for i, c in ipairs(comps) do
    prefix = prefix .. "/" .. c
    local last = i == #comps
    if last and creates and (creates ~= "if-missing" or not core.stat(prefix)) then
      checks[#checks].need = "wx"
    end
    checks[#checks + 1] = { path = prefix, need = last and need or "x" }
  end
  for _, chk in ipairs(checks) do
    local st = core.stat(chk.path)
    if not st then return nil end            -- missing: not a permission problem
    local missing, role, bits = refused(who, st, chk.need)
    if missing ~= "" then
      if who.override then role = "privileged, but no one may execute a file without an x bit" end
      return { path = chk.path, need = missing, mode = M.mode_string(st),
               owner = M.user(st.uid), group = M.group(st.gid),
               why = ("uid %d(%s) is %s: %s, needs %s"):format(
                 who.uid, M.user(who.uid), role, rwx(bits), missing) }
    end
  end
  return nil
end

return M
