-- moontrace.stack: stack traces of a stopped tracee (strace -k), frames
-- symbolised with the file they are in.
--
--   local frames = stack.capture(session.t, pid)
--   for _, fr in ipairs(frames) do print(stack.text(fr)) end
--   --> " > /usr/lib/x86_64-linux-gnu/libc.so.6(__close+0x17) [0x114a17]"
--
-- The unwinding is libunwind's (t:backtrace); the file and the file-relative
-- address come from /proc/PID/maps, cached per process until a call that
-- changes the mappings (class "maps": mmap, munmap, execve...).

local M = {}

local maps = {}            -- pid -> { {lo, hi, off, path}, ... }

local function load_maps(pid)
  local f = io.open(("/proc/%d/maps"):format(pid))
  if not f then return {} end
  local list = {}
  for l in f:lines() do
    local lo, hi, off, path = l:match("^(%x+)%-(%x+) %S+ (%x+) %S+ %S+%s+(/.*)$")
    if lo then
      list[#list + 1] = { tonumber(lo, 16), tonumber(hi, 16), tonumber(off, 16), path }
    end
  end
  f:close()
  return list
end

local function find(list, ip)
  for _, m in ipairs(list) do
    if math.ult(ip, m[2]) and not math.ult(ip, m[1]) then return m end
  end
  return nil
end

-- A miss reloads the maps once: with a filtered trace (-e trace=, seccomp)
-- the calls that changed them were never seen.
local function mapping(pid, ip)
  local list = maps[pid]
  local m = list and find(list, ip)
  if m then return m end
  list = load_maps(pid)
  maps[pid] = list
  return find(list, ip)
end

-- Forget pid's mappings (after mmap/munmap/execve, or when it dies).
function M.invalidate(pid) maps[pid] = nil end

-- The frames of pid now: { {ip=, file=, func=, offset=, rel=}, ... }, or nil.
function M.capture(t, pid, max)
  if not t.backtrace then return nil end
  local frames = t:backtrace(pid, max or 256)
  if not frames then return nil end
  for _, fr in ipairs(frames) do
    local m = mapping(pid, fr.ip)
    if m then
      fr.file = m[4]
      fr.rel = fr.ip - m[1] + m[3]
    end
    fr.func = fr.name
  end
  return frames
end

function M.text(fr)
  if fr.file then
    local sym = fr.func and ("%s+0x%x"):format(fr.func, fr.offset or 0) or "+0x0"
    return (" > %s(%s) [0x%x]"):format(fr.file, sym, fr.rel)
  end
  return (" > unexpected_backtracing_error [0x%x]"):format(fr.ip)
end

return M
