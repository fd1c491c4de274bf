-- why-failed: why did this program fail?  The culprit first, then the evidence.
--
-- Follows the program and its children, keeps every failed call, folds the
-- noise (the dynamic loader's and python's probing, locale fallbacks, isatty
-- on a pipe, $PATH lookups that found the command further on, files found in
-- the next place searched) and, when the program ends, names what went wrong:
-- a file missing from every place searched, an address already in use, a
-- refused connection, permission denied (and by which directory), a helper
-- that cannot be executed or a command not found, a shared library the
-- loader cannot find.  Then what the program said on stderr, the last
-- failures before the exit (last first) and every failure by errno and path.
--
--   moontrace -l why-failed ./server --port 5000
--   moontrace -l why-failed,all make      # do not fold the noise
--
--   why-failed: `./server --port 5000` (pid 4242) exited with status 1
--     culprit: bind(0.0.0.0:5000) = EADDRINUSE: the address is already in use (ss -ltnp 'sport = :5000' shows who has it)
--     stderr:  server: cannot listen: Address already in use

local noise = require "moontrace.noise"
local perm = require "moontrace.perm"
local errno = require "moontrace.xlat.errno"

session.t:follow(true)

local failures = {}            -- every failed call: { seq, pid, name, err, path, tag, addr }
local searches = noise.searches()
local stderr_lines = {}        -- the last lines written to fd 2
local procs = {}               -- pid -> { argv, status, sig }
local main_pid
local exec_path = {}           -- pid -> path given to execve (gone after a successful exec)

local function argv_of(pid)
  local a = proc(pid).argv
  return a and #a > 0 and table.concat(a, " ") or ("pid " .. pid)
end

-- "127.0.0.1:5000", "[0:0:0:0:0:0:0:1]:80", "/run/app.sock": a sockaddr in the tracee
local function sockaddr(ev, addr, len)
  local raw = len > 0 and ev:read(addr, math.min(len, 110))
  if not raw or #raw < 2 then return "?" end
  local family, port = string.unpack("<I2", raw), #raw >= 4 and string.unpack(">I2", raw, 3)
  if family == 2 and #raw >= 8 then
    return ("%d.%d.%d.%d:%d"):format(raw:byte(5), raw:byte(6), raw:byte(7), raw:byte(8), port)
  elseif family == 10 and #raw >= 24 then
    return ("[%x:%x:%x:%x:%x:%x:%x:%x]:"):format(string.unpack(">I2I2I2I2I2I2I2I2", raw, 9)) .. port
  elseif family == 1 then
    local p = raw:sub(3):match("^[^%z]*")
    return p ~= "" and p or "@" .. raw:sub(4):match("^[^%z]*")   -- abstract socket
  end
  return ("family %d"):format(family)
end

-- ---- collecting -------------------------------------------------------------------

on("attach", function(ev)
  main_pid = main_pid or ev.pid
  procs[ev.pid] = { argv = argv_of(ev.pid) }
end)
on("fork", function(ev)
  if not ev.thread then procs[ev.child] = { argv = (procs[ev.pid] or {}).argv } end
end)
on("exec", function(ev) procs[ev.pid] = procs[ev.pid] or {}; procs[ev.pid].argv = argv_of(ev.pid) end)
on("exited", function(ev)
  if ev.pid == ev.tgid then procs[ev.pid] = procs[ev.pid] or {}; procs[ev.pid].status = ev.status end
end)
on("killed", function(ev)
  procs[ev.pid] = procs[ev.pid] or {}
  procs[ev.pid].sig, procs[ev.pid].core = ev.signame, ev.core
end)

on("enter", { "execve", "execveat" }, function(ev) exec_path[ev.pid] = paths.resolved(ev)[1] end)

-- Lines written to stderr, assembled from the pieces each process writes.
local partial = {}
local function note_stderr(pid, text)
  text = (partial[pid] or "") .. text
  partial[pid] = text:match("[^\n]*$")
  for l in text:gmatch("([^\n]*)\n") do
    if l ~= "" then stderr_lines[#stderr_lines + 1] = l end
    if #stderr_lines > 4 then table.remove(stderr_lines, 1) end
  end
end

on("exit", function(ev)
  local name = ev.name
  if (name == "write" or name == "writev") and ev.args[1] == 2 and ev.err == 0 then
    local text = ""
    if name == "write" then text = ev:read(ev.args[2], math.min(ev.ret, 512)) or ""
    else   -- the dynamic loader writes its message in pieces
      for i = 0, math.min(ev.args[3], 16) - 1 do
        local base, len = ev:peek(ev.args[2] + 16 * i, "<I8"), ev:peek(ev.args[2] + 16 * i + 8, "<I8")
        if base and len then text = text .. (ev:read(base, math.min(len, 512)) or "") end
      end
    end
    note_stderr(ev.pid, text)
    return
  end
  local path = (name == "execve" or name == "execveat") and exec_path[ev.pid] or paths.resolved(ev)[1]
  local seq = searches:note(path or nil, ev.err == 0)
  if ev.err == 0 then return end
  local f = { seq = seq, pid = ev.pid, name = name, err = ev.errname or tostring(ev.err),
              path = path or nil }
  if name == "bind" or name == "connect" then f.addr = sockaddr(ev, ev.args[2], ev.args[3]) end
  f.tag = not args.all and noise.why(ev.pid, name, f.err, f.path or f.addr)
  if f.err == "EACCES" and f.path then
    local need, creates = perm.need(ev)
    f.denied = perm.denial(perm.creds(ev.pid), f.path, need, creates)
  end
  failures[#failures + 1] = f
end)

-- ---- explaining -----------------------------------------------------------------

local function msg(e) return errno.msg[errno.by_name[e] or 0] or e end
local function is_library(p) return p and not p:find("/python") and p:match("/lib[^/]*%.so[%.%d]*$") end

-- "; refused by /root (drwx------ root:root): uid 1000(x) is ..."
local function refusal(f)
  local d = f.denied
  if not d then return "" end
  return ("; refused by %s (%s %s:%s): %s"):format(d.path, d.mode, d.owner, d.group, d.why)
end

-- "#!/usr/bin/python2" of a script whose interpreter is missing, or nil
local function missing_interpreter(f)
  if f.err ~= "ENOENT" or not f.path or not mt.core.stat(f.path) then return nil end
  local h = io.open(f.path)
  if not h then return nil end
  local shebang = (h:read("l") or ""):match("^#!%s*(%S+)")
  h:close()
  return shebang
end

-- What a failed call means, or nil when it is noise.  "%s" stands for the
-- directories searched: failures with the same text are one cause.
local function explain(f)
  local _, base = noise.split(f.path or "")
  if f.path and searches:found_after(f.path, f.seq) then
    return nil                      -- found further on: the search did its job
  elseif is_library(f.path) and f.err == "ENOENT" then
    return ("shared library %s not found (the loader searched %%s)"):format(base)
  elseif f.tag == "PATH" and f.err == "ENOENT" then
    return ("command '%s' not found in $PATH (%%s)"):format(base)
  elseif f.name == "execve" or f.name == "execveat" then
    local interp = missing_interpreter(f)
    return ("cannot execute %s: %s (%s)"):format(f.path or "?", f.err, msg(f.err)) .. refusal(f)
      .. (interp and (": its interpreter %s does not exist"):format(interp) or "")
  elseif f.name == "bind" and f.err == "EADDRINUSE" then
    return ("bind(%s) = EADDRINUSE: the address is already in use (ss -ltnp 'sport = :%s' shows who has it)")
      :format(f.addr, f.addr:match(":(%d+)$") or "?")
  elseif f.name == "bind" and f.err == "EACCES" then
    return ("bind(%s) = EACCES: ports below 1024 need root or CAP_NET_BIND_SERVICE"):format(f.addr)
  elseif f.tag then
    return nil
  elseif f.name == "connect" then
    return ("connect(%s) = %s: %s"):format(f.addr, f.err, f.err == "ECONNREFUSED" and
      "connection refused, nothing listens there (is the server running?)" or msg(f.err))
  elseif (f.err == "EACCES" or f.err == "EPERM") and f.path then
    return ("permission denied: %s(%s) = %s"):format(f.name, f.path, f.err) .. refusal(f)
  elseif f.err == "ENOENT" and f.path then
    return ("%s is missing from every place searched: %%s (%s)"):format(base, f.name)
  end
end

-- The causes, the latest first: { text, pid, seq }.
local function causes()
  local list, by_text = {}, {}
  for _, f in ipairs(failures) do
    local text = explain(f)
    if text then
      local c = by_text[text]
      if not c then
        c = { text = text, dirs = {} }
        by_text[text], list[#list + 1] = c, c
      end
      c.seq, c.pid, c.search = f.seq, f.pid, f.tag == "PATH"
      local dir = noise.split(f.path or "")
      if (not f.tag or c.search) and not c.dirs[dir] then c.dirs[dir] = true; c.dirs[#c.dirs + 1] = dir end
    end
  end
  for _, c in ipairs(list) do
    local d = c.dirs
    local where = table.concat(#d > 4 and { d[1], d[2], "...", d[#d] } or d, ", ")
    if c.search then   -- a $PATH search: the last directory tried is the telling one
      where = ("%d directories searched, the last %s"):format(#d, d[#d] or "?")
    end
    c.text = c.text:gsub("%%s", (where:gsub("%%", "%%%%")))
    c.text = c.text:gsub("^(%S+) is missing from every place searched: ([^,]*) %(",
      function(base, one) return one .. "/" .. base .. " does not exist (" end)
  end
  table.sort(list, function(a, b) return a.seq > b.seq end)
  return list
end

local function describe(pid)
  local p = procs[pid] or {}
  local how = p.sig and ("was killed by %s%s"):format(p.sig, p.core and " (core dumped)" or "")
    or p.status and ("exited with status %d"):format(p.status) or "is still running"
  return ("`%s` (pid %d) %s"):format(p.argv or "?", pid, how), p
end

-- ---- the report ----------------------------------------------------------------------

local function report_culprit()
  local head, p = describe(main_pid)
  report("why-failed: %s", head)
  local list = causes()
  if p.sig then report("  culprit: signal %s%s", p.sig, p.core and ", core dumped" or "") end
  for i, c in ipairs(list) do
    if i > 4 then break end
    local where = c.pid ~= main_pid and procs[c.pid] and (" [in %s]"):format(describe(c.pid)) or ""
    report("  %s %s%s", i == 1 and not p.sig and "culprit:" or "also:   ", c.text, where)
  end
  if #list == 0 and not p.sig then
    report("  culprit: none found among the failed calls%s", p.status == 0 and " (it succeeded)" or
      "; the program decided to fail by itself (see its stderr and the calls below)")
  end
  for pid, rest in pairs(partial) do note_stderr(pid, rest ~= "" and "\n" or "") end
  for _, l in ipairs(stderr_lines) do report("  stderr:  %s", l) end
  for pid, q in pairs(procs) do
    if pid ~= main_pid and (q.sig or (q.status or 0) ~= 0) then report("  child:   %s", (describe(pid))) end
  end
end

local function report_last(max)
  report("  last failures before the exit (last first):")
  local shown = 0
  for i = #failures, 1, -1 do
    local f = failures[i]
    if shown < max and not f.tag and not (f.path and searches:found_after(f.path, f.seq)) then
      shown = shown + 1
      report("    %-12s %s(%s)%s", f.err, f.name, f.path or f.addr or "",
             f.pid ~= main_pid and (" [pid %d]"):format(f.pid) or "")
    end
  end
  if shown == 0 then report("    (none but noise)") end
end

-- One line per errno, call and name: "ENOENT  openat wf.conf in /etc/wfapp, /root/.config/wfapp"
local function report_by_errno()
  report("  failed calls by errno and path:")
  local by_err, errs, folded = {}, {}, counter()
  for _, f in ipairs(failures) do
    if f.tag then folded:add(f.tag)
    else
      if not by_err[f.err] then by_err[f.err] = {}; errs[#errs + 1] = f.err end
      local e = by_err[f.err]
      local dir, base = noise.split(f.path or "")
      local key = f.name .. " " .. (f.path and base or f.addr or "")
      if not e[key] then e[key] = { key = key, dirs = {}, n = 0 }; e[#e + 1] = e[key] end
      local item = e[key]
      item.n = item.n + 1
      if f.path and not item.dirs[dir] then item.dirs[dir] = true; item.dirs[#item.dirs + 1] = dir end
    end
  end
  table.sort(errs)
  for _, k in ipairs(errs) do
    for i, item in ipairs(by_err[k]) do
      if i > 10 and not args.all then report("    %-12s ... %d more", "", #by_err[k] - 10) break end
      report("    %-12s %s%s%s", i == 1 and k or "", item.key,
             #item.dirs > 0 and (" in " .. table.concat(item.dirs, ", ")) or "",
             item.n > 1 and ("  (x%d)"):format(item.n) or "")
    end
  end
  local tags = {}
  for _, kv in ipairs(folded:top()) do tags[#tags + 1] = ("%d %s"):format(kv[2], kv[1]) end
  if #tags > 0 then report("  folded as noise: %s (`-l why-failed,all` shows them)", table.concat(tags, ", ")) end
end

at_exit(function()
  if not main_pid then return end
  report_culprit()
  report_last(8)
  report_by_errno()
end)
