-- moontrace.proc: a traced process's context, read from /proc at the moment
-- it is asked for (the tracee is stopped, so it is the state at that call).
--
--   local p = proc(ev.pid)
--   p.cwd, p.argv, p.uid, p.gid, p.ppid, p.comm, p.exe, p:fds(), p:parents()
--
-- Fields are read lazily and cached in the returned table; ask proc() again
-- for fresh values.

local core = require "moontrace.core"

local M = {}

-- The whole of a (usually /proc) file, or nil.
local function read(path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local s = f:read("a")
  f:close()
  return s
end
M.read_file = read

local function status_fields(pid)
  local text = read(("/proc/%d/status"):format(pid))
  if not text then return {} end
  local t = {}
  for k, v in text:gmatch("([%w_]+):[ \t]*([^\n]*)") do t[k] = v end
  return t
end

local function ids(s)
  local out = {}
  for n in (s or ""):gmatch("%d+") do out[#out + 1] = tonumber(n) end
  return out
end

local READERS = {
  cwd = function(p) return core.readlink(("/proc/%d/cwd"):format(p.pid)) end,
  exe = function(p) return core.readlink(("/proc/%d/exe"):format(p.pid)) end,
  root = function(p) return core.readlink(("/proc/%d/root"):format(p.pid)) end,
  argv = function(p)
    local s = read(("/proc/%d/cmdline"):format(p.pid))
    if not s then return nil end
    local argv = {}
    for a in s:gmatch("([^%z]*)%z") do argv[#argv + 1] = a end
    return argv
  end,
  comm = function(p)
    local s = read(("/proc/%d/comm"):format(p.pid))
    return s and s:gsub("\n$", "")
  end,
  status = function(p) return status_fields(p.pid) end,
  -- real, effective, saved, filesystem ids, as /proc/PID/status lists them
  uids = function(p) return ids(p.status.Uid) end,
  gids = function(p) return ids(p.status.Gid) end,
  uid = function(p) return p.uids[1] end,
  euid = function(p) return p.uids[2] end,
  gid = function(p) return p.gids[1] end,
  egid = function(p) return p.gids[2] end,
  groups = function(p) return ids(p.status.Groups) end,
  ppid = function(p) return tonumber(p.status.PPid) end,
  tgid = function(p) return tonumber(p.status.Tgid) end,
  caps = function(p) return p.status.CapEff end,
  no_new_privs = function(p) return p.status.NoNewPrivs == "1" end,
}

local Proc = {}
Proc.__index = function(p, k)
  local m = Proc[k]
  if m then return m end
  local r = READERS[k]
  if not r then return nil end
  local v = r(p)
  rawset(p, k, v)
  return v
end

-- Open descriptors: { {fd = 3, path = "/etc/passwd"}, ... } sorted by fd.
function Proc:fds()
  local list = {}
  local dir = ("/proc/%d/fd"):format(self.pid)
  local ls = io.popen(("ls %s 2>/dev/null"):format(dir))
  if not ls then return list end
  for name in ls:lines() do
    local fd = tonumber(name)
    if fd then list[#list + 1] = { fd = fd, path = core.readlink(dir .. "/" .. name) } end
  end
  ls:close()
  table.sort(list, function(a, b) return a.fd < b.fd end)
  return list
end

-- The path behind one descriptor, or nil.
function Proc:fd(n)
  return core.readlink(("/proc/%d/fd/%d"):format(self.pid, n))
end

-- The chain of parents, nearest first: { {pid=, comm=, argv=}, ... } up to pid 1.
function Proc:parents()
  local chain, pid, seen = {}, self.ppid, {}
  while pid and pid > 0 and not seen[pid] do
    seen[pid] = true
    local p = M.get(pid)
    chain[#chain + 1] = { pid = pid, comm = p.comm, argv = p.argv }
    if pid == 1 then break end
    pid = p.ppid
  end
  return chain
end

function Proc:__tostring()
  return ("pid %d (%s)"):format(self.pid, self.comm or "?")
end

function M.get(pid)
  return setmetatable({ pid = pid }, Proc)
end

return setmetatable(M, { __call = function(_, pid) return M.get(pid) end })
