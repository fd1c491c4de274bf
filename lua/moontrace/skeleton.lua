-- moontrace.skeleton: `moontrace --new-script NAME` writes NAME.lua, a
-- commented starting point for a new script, with the parts every bundled
-- recipe has: the help comment, what to stop at, the hooks, a summary.
--
--   local skeleton = require "moontrace.skeleton"
--   skeleton.text("first-enoent")   --> the script's source
--   skeleton.main("first-enoent")   --> writes first-enoent.lua, returns 0 (1 on refusal)

local M = {}

M.TEMPLATE = [==[
-- @NAME@: what question does this script answer?  (This first line is its
-- summary in `moontrace --list-scripts`; the whole comment is its help, shown
-- by `moontrace --script-help @NAME@`.)
--
-- How to run it, and a line of what it prints:
--   moontrace -f -l @NAME@,limit=5 ./app
--
--   48213  openat   /home/me/.apprc   ENOENT
--
-- Options (-l @NAME@,key=value,flag): limit=N (files in the summary, default 10).

-- What the hooks below see.  filter{} narrows it: syscalls= (names or
-- classes such as "%file"), errno=, pid=, path= (a prefix), failed=true.
-- trace("%network") would only add calls to stop at, without filtering.
filter{ syscalls = { "open", "openat" } }

local limit = tonumber(args.limit) or 10   -- args: what follows the name in -l
local opened = counter()                   -- counter(), histogram(), per_process()

-- At entry: the arguments as the program passed them (ev.args[1..6]).  The
-- event table is reused at the next stop: copy what you keep.
on("enter", { "open", "openat" }, function(ev)
  -- e.g. ev:skip("EACCES") to make the call fail without running it
end)

-- At exit: the result too (ev.ret, ev.err, ev.errname, ev.dur in seconds).
on("exit", { "open", "openat" }, function(ev)
  local path = paths.resolved(ev)[1] or "?"
  opened:add(path)
  report("%-6d %-8s %s   %s", ev.pid, ev.name, path, ev.errname or ev.ret)
end)

-- When tracing ends: the summary.
at_exit(function()
  report("most opened:")
  for _, kv in ipairs(opened:top(limit)) do report("  %6d  %s", kv[2], kv[1]) end
end)
]==]

function M.text(name)
  return (M.TEMPLATE:gsub("@NAME@", name))
end

-- Write the skeleton for spec: a name (NAME.lua in the current directory)
-- or a path ending in .lua.  Never overwrites.  Returns the path, or nil
-- and a message.
function M.write(spec)
  local path = spec:match("%.lua$") and spec or spec .. ".lua"
  local name = path:match("([^/]*)%.lua$")
  if not name:match("^[%w_.-]+$") then
    return nil, ("invalid script name '%s' (letters, digits, '_', '-' and '.')"):format(name)
  end
  local f = io.open(path, "r")
  if f then
    f:close()
    return nil, ("%s exists; not overwriting it"):format(path)
  end
  local err
  f, err = io.open(path, "w")
  if not f then return nil, ("cannot write %s: %s"):format(path, err:match(": (.*)$") or err) end
  f:write(M.text(name))
  f:close()
  return path, name
end

-- The CLI's --new-script: write it and say where it can go.
function M.main(spec)
  local path, name = M.write(spec)
  if not path then
    io.stderr:write("moontrace: ", name, "\n")
    return 1
  end
  local run = path:find("/", 1, true) and path or "./" .. path
  io.stdout:write(("wrote %s; try it with:\n  moontrace -l %s true\n"):format(path, run),
    ("to run it as `-l %s` from anywhere, move it to ~/.config/moontrace/scripts/\n"):format(name),
    "or to a directory listed in $MOONTRACE_PATH\n")
  return 0
end

return M
