-- moontrace.filter: strace's qualifying expressions (-e trace=SET and
-- friends) turned into sets.
--
--   filter.syscalls("open,%file,!close")  -> set of syscall numbers, or nil + message
--   filter.statuses("failed"), filter.signals("!SIGCHLD")  -> sets
--
-- A SET is a comma list of: a syscall name, %class (or the old class names
-- without %), /regex, all, none, and ?name (no error when unknown).  Regexes are POSIX extended,
-- as strace's.  A leading ! negates the set.

local mt = require "moontrace"

local M = {}

-- strace's old-style class names, accepted without the %
local OLD_CLASSES = {
  file = "file", process = "process", network = "network", net = "network",
  signal = "signal", ipc = "ipc", desc = "desc", memory = "memory",
}

-- Levenshtein distance, for "did you mean"; limit + 1 as soon as it is
-- known to exceed limit (a row's minimum never decreases).
local function distance(a, b, limit)
  local prev, cur = {}, {}
  for j = 0, #b do prev[j] = j end
  for i = 1, #a do
    cur[0] = i
    local low = i
    for j = 1, #b do
      local cost = a:byte(i) == b:byte(j) and 0 or 1
      local d = math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
      cur[j] = d
      if d < low then low = d end
    end
    if low > limit then return limit + 1 end
    prev, cur = cur, prev
  end
  return prev[#b]
end

-- The known syscall name nearest to name, when it is near enough.
function M.nearest(name)
  local best, bestd
  local near = math.max(2, #name // 3)
  for nr, sc in pairs(mt.syscalls) do
    -- the distance is at least the difference in length: a long typo would
    -- otherwise cost seconds against every name
    if math.abs(#sc.name - #name) <= near then
      local d = distance(name, sc.name, bestd and math.min(bestd, near) or near)
      if not bestd or d < bestd or (d == bestd and sc.name < best) then best, bestd = sc.name, d end
    end
  end
  if bestd and bestd <= near then return best end
  return nil
end

local function unknown(name)
  local near = M.nearest(name)
  if near then
    return ("invalid system call '%s' (did you mean '%s'?)"):format(name, near)
  end
  return ("invalid system call '%s'"):format(name)
end

local function add_class(set, class)
  local bit = mt.classes[class]
  if not bit then return false end
  for nr, sc in pairs(mt.syscalls) do
    if sc.classes & bit ~= 0 then set[nr] = true end
  end
  return true
end

-- Parse a syscall SET.  Returns set (nr -> true), or nil and a message.
function M.syscalls(spec)
  local negate = false
  if spec:sub(1, 1) == "!" then negate, spec = true, spec:sub(2) end
  local set = {}
  if spec == "" then return nil, "invalid system call ''" end
  for item in (spec .. ","):gmatch("([^,]*),") do
    local optional = false
    if item:sub(1, 1) == "?" then optional, item = true, item:sub(2) end
    -- a personality: @64 is x86_64's, the one traced; calls of 32-bit
    -- programs (@32, @x32) are not decoded here, so those match nothing
    local label = item                 -- as given, for messages
    local base, pers = item:match("^(.+)@(x?%d%d)$")
    if pers == "64" then item = base
    elseif pers == "32" or pers == "x32" then item = "none" end
    if item == "all" then
      for nr in pairs(mt.syscalls) do set[nr] = true end
    elseif item == "none" then
      -- nothing
    elseif item:sub(1, 1) == "%" then
      local class = item:sub(2)
      if class == "net" then class = "network" end
      if not add_class(set, class) and not optional then
        return nil, ("invalid system call '%s'"):format(label)
      end
    elseif item:sub(1, 1) == "/" then
      local names = {}
      for _, sc in pairs(mt.syscalls) do names[#names + 1] = sc.name end
      local matched, err = mt.core.regex_filter(item:sub(2), names)
      if not matched then
        return nil, ("invalid regular expression '%s': %s"):format(item:sub(2), err)
      end
      for _, name in ipairs(matched) do set[mt.nr_of[name]] = true end
      if #matched == 0 and not optional then
        return nil, ("invalid system call '%s'"):format(label)
      end
    elseif OLD_CLASSES[item] and not mt.nr_of[item] then
      add_class(set, OLD_CLASSES[item])
    elseif item:match("^%d+$") then
      set[tonumber(item)] = true
    elseif mt.nr_of[item] then
      set[mt.nr_of[item]] = true
    elseif not optional then
      local msg = unknown(item)
      return nil, label == item and msg or msg:gsub("'" .. item:gsub("%p", "%%%0") .. "'", "'" .. label .. "'", 1)
    end
  end
  if negate then
    local inv = {}
    for nr in pairs(mt.syscalls) do if not set[nr] then inv[nr] = true end end
    return inv, nil, true
  end
  return set
end

local STATUS = { successful = true, failed = true, unfinished = true,
                 unavailable = true, detached = true }

-- -e status=SET -> set of status names
function M.statuses(spec)
  local negate = false
  if spec:sub(1, 1) == "!" then negate, spec = true, spec:sub(2) end
  local set = {}
  for item in (spec .. ","):gmatch("([^,]*),") do
    if item == "all" then
      for k in pairs(STATUS) do set[k] = true end
    elseif item == "none" then
      -- nothing
    elseif STATUS[item] then
      set[item] = true
    else
      return nil, ("invalid status '%s'"):format(item)
    end
  end
  if negate then
    local inv = {}
    for k in pairs(STATUS) do if not set[k] then inv[k] = true end end
    return inv
  end
  return set
end

-- -e signal=SET -> set of signal numbers
function M.signals(spec)
  local sigs = require "moontrace.xlat.signals"
  local negate = false
  if spec:sub(1, 1) == "!" then negate, spec = true, spec:sub(2) end
  local set = {}
  for item in (spec .. ","):gmatch("([^,]*),") do
    if item == "all" then
      for n = 1, 64 do set[n] = true end
    elseif item == "none" then
      -- nothing
    elseif item:match("^%d+$") and tonumber(item) >= 1 and tonumber(item) <= 255 then
      set[tonumber(item)] = true
    else
      local n = sigs.by_name[item:upper()]
      if not n then return nil, ("invalid signal '%s'"):format(item) end
      set[n] = true
    end
  end
  if negate then
    local inv = {}
    for n = 1, 64 do if not set[n] then inv[n] = true end end
    return inv
  end
  return set
end

return M
