-- moontrace.scripts: finding, loading and running user scripts.
--
-- A script is a Lua chunk run in its own environment (its globals are its
-- own; the standard library shows through).  It registers hooks with on()
-- and may declare with trace() which syscalls it needs stopped at.
--
-- Search order for `-l NAME`: a path if NAME has a '/' or ends in .lua;
-- else $MOONTRACE_PATH dirs (DIR/NAME.lua, DIR/scripts/NAME.lua), the
-- user's $XDG_CONFIG_HOME/moontrace/scripts (~/.config/...), then the
-- scripts bundled with moontrace.

local mt = require "moontrace"

local M = {}

local function readable(path)
  local f = io.open(path, "r")
  if f then f:close() return true end
  return false
end

local function read_file(path)
  local f, err = io.open(path, "r")
  if not f then return nil, err end
  local s = f:read("a")
  f:close()
  return s
end

-- Directories searched for scripts, in order.
function M.dirs()
  local dirs = {}
  for d in (os.getenv("MOONTRACE_PATH") or ""):gmatch("[^:]+") do
    dirs[#dirs + 1] = d
    dirs[#dirs + 1] = d .. "/scripts"
  end
  local cfg = os.getenv("XDG_CONFIG_HOME")
  if not cfg and os.getenv("HOME") then cfg = os.getenv("HOME") .. "/.config" end
  if cfg then dirs[#dirs + 1] = cfg .. "/moontrace/scripts" end
  -- next to the Lua library, when run from a source tree or an install
  local init = package.searchpath("moontrace", package.path)
  if init then
    local root = init:match("^(.*)/lua/moontrace/init%.lua$")
    if root then dirs[#dirs + 1] = root .. "/scripts" end
    local share = init:match("^(.*)/lua/5%.4/moontrace/init%.lua$")
    if share then dirs[#dirs + 1] = share .. "/moontrace/scripts" end
  end
  return dirs
end

local function bundle()
  local ok, b = pcall(require, "moontrace.bundle")
  if ok then return b end
  return nil
end

-- Find a script: returns source text, chunk name, or nil + message.
function M.find(name)
  if name:find("/", 1, true) or name:match("%.lua$") then
    local src, err = read_file(name)
    if not src then return nil, ("cannot read script '%s': %s"):format(name, err:match(": (.*)$") or err) end
    return src, "@" .. name
  end
  for _, d in ipairs(M.dirs()) do
    local p = d .. "/" .. name .. ".lua"
    if readable(p) then
      local src, err = read_file(p)
      if not src then return nil, err end
      return src, "@" .. p
    end
  end
  local b = bundle()
  local src = b and b.get("scripts/" .. name)
  if src then return src, "@scripts/" .. name .. ".lua" end
  return nil, ("no script named '%s' (see --list-scripts)"):format(name)
end

-- The first comment paragraph of a script: its help.
function M.header(src)
  local lines = {}
  for line in src:gmatch("([^\n]*)\n?") do
    local text = line:match("^%-%-%s?(.*)$")
    if not text then break end
    lines[#lines + 1] = text
  end
  return table.concat(lines, "\n")
end

function M.list()
  local seen, out = {}, {}
  local function add(name, src, where)
    if seen[name] then return end
    seen[name] = true
    local h = M.header(src or "")
    out[#out + 1] = { name = name, summary = h:match("^[^\n]*"), where = where }
  end
  for _, d in ipairs(M.dirs()) do
    local p = io.popen(("ls %q 2>/dev/null"):format(d))
    if p then
      for f in p:lines() do
        local n = f:match("^(.-)%.lua$")
        if n then add(n, read_file(d .. "/" .. f), d) end
      end
      p:close()
    end
  end
  local b = bundle()
  if b then
    for _, key in ipairs(b.list()) do
      local n = key:match("^scripts/(.*)$")
      if n then add(n, b.get(key), "bundled") end
    end
  end
  table.sort(out, function(a, b2) return a.name < b2.name end)
  return out
end

-- "name,key=value,flag" -> name, { key = "value", flag = true }
function M.parse_spec(spec)
  local name, rest = spec:match("^([^,]*),?(.*)$")
  local args = {}
  for item in rest:gmatch("[^,]+") do
    local k, v = item:match("^([^=]+)=(.*)$")
    if k then args[k] = v else args[item] = true end
  end
  return name, args
end

-- Load a script into the session.  Returns the script record, or nil and
-- a one-line message (syntax errors carry file:line).
function M.load(spec, session, opts)
  local name, args = M.parse_spec(spec)
  local src, chunkname = M.find(name)
  if not src then return nil, chunkname end
  local script = { name = name, args = args, wants = nil, wants_all = false, hooks = {} }
  local env = require("moontrace.api").environment(script, session, opts)
  local chunk, err = load(src, chunkname, "t", env)
  if not chunk then return nil, err end
  local ok, e = xpcall(chunk, debug.traceback)
  if not ok then return nil, e end
  return script
end

-- The set of syscalls to stop at, from the CLI's -e trace= (cli_set, or
-- nil for none given) and what the scripts registered.  nil means all.
function M.stop_set(loaded, cli_set)
  local set, all = {}, false
  for _, s in ipairs(loaded) do
    if s.declared then
      for nr in pairs(s.declared) do set[nr] = true end
    elseif s.wants_all then
      all = true
    end
    if s.wants then for nr in pairs(s.wants) do set[nr] = true end end
  end
  if cli_set then
    for nr in pairs(cli_set) do set[nr] = true end
    return set
  end
  if all then return nil end
  return set
end

return M
