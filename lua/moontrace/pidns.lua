-- moontrace.pidns: pids of tracees that live in another PID namespace
-- (containers, `unshare -p`), for -Y and --decode-pids=pidns.
--
--   pidns.outer(tracee, pid) -> the pid, as seen from moontrace's namespace,
--   of the process that `tracee` calls `pid`; nil when no live process has
--   that pid there.  In moontrace's own namespace, pid itself.

local core = require "moontrace.core"
local read_file = require("moontrace.proc").read_file

local M = {}

local own                     -- our namespace ("pid:[4026531836]")
local ns_of = {}              -- tracee pid -> its namespace (it never changes)
local found = {}              -- namespace -> { inner pid -> outer pid }

local function ns(pid)
  return core.readlink("/proc/" .. pid .. "/ns/pid")
end

-- The pid a process has in its own namespace: the last of its NSpid line.
local function inner_pid(outer)
  local text = read_file(("/proc/%d/status"):format(outer))
  local last = text and text:match("\nNSpid:[^\n]-(%d+)\n")
  return last and tonumber(last)
end

local function scan(space, pid)
  local map = found[space] or {}
  found[space] = map
  local ls = io.popen("ls /proc 2>/dev/null")
  if not ls then return nil end
  local hit
  for name in ls:lines() do
    local p = tonumber(name)
    if p and ns(p) == space then
      local inner = inner_pid(p)
      if inner then
        map[inner] = p
        if inner == pid then hit = p end
      end
    end
  end
  ls:close()
  return hit
end

function M.outer(tracee, pid)
  own = own or ns("self")
  local space = ns_of[tracee]
  if not space then
    space = ns(tracee)
    if not space then return pid end
    ns_of[tracee] = space
  end
  if space == own then return pid end
  local p = found[space] and found[space][pid]
  -- a remembered pid is checked: it may have ended, and been reused
  if p and ns(p) == space and inner_pid(p) == pid then return p end
  return scan(space, pid)
end

-- A tracee that ended: its namespace may be asked of a new one.
function M.forget(pid) ns_of[pid] = nil end

return M
