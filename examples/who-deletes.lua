-- who-deletes: which process deletes (or renames away) a file, and from where?
--
-- The script built step by step in examples/writing-your-first-diagnosis.md.
--
--   moontrace -l examples/who-deletes.lua,path=/tmp/app.pid ./service
--
--   who-deletes: unlinkat /tmp/app.pid by pid 4242 `rm -f /tmp/app.pid` (cwd /tmp)
--     0x7f3a5c2f1e1b unlinkat+0xb in /usr/lib/x86_64-linux-gnu/libc.so.6

local want = args.path                     -- nil: report every deletion
local seen = counter()

session.t:follow(true)                     -- the culprit is often a child

on("exit", { "unlink", "unlinkat", "rmdir", "rename", "renameat", "renameat2" }, function(ev)
  local path = paths.resolved(ev)[1]
  if want and path ~= want then return end
  local p = proc(ev.pid)
  report("who-deletes: %s %s by pid %d `%s` (cwd %s)%s", ev.name, path, ev.pid,
         table.concat(p.argv or {}, " "), p.cwd or "?",
         ev.err ~= 0 and (" = -1 " .. ev.errname) or "")
  if session.t.backtrace then               -- where in the program
    for _, f in ipairs(session.t:backtrace(ev.pid, 3) or {}) do
      report("  0x%x %s+0x%x", f.ip, f.name or "?", f.offset or 0)
    end
  end
  seen:add(p.comm or "?")
end)

at_exit(function()
  for _, kv in ipairs(seen:top(5)) do report("who-deletes: %s deleted %d time(s)", kv[1], kv[2]) end
end)
