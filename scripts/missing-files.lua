-- missing-files: every path a program looked for and did not find, by directory.
--
-- Every ENOENT: the names searched for, grouped by the directory searched.
-- Names found later in another directory (a search path doing its job) say
-- where; names never found anywhere (but for the usual probes) come first.
-- Directories of the usual probes (dynamic loader, locale, python's
-- sys.path...) are shortened; `all` lists them in full.
--
--   moontrace -l missing-files ./app
--   moontrace -l missing-files,all -o missing.txt python3 app.py
--
--   missing-files: 17 lookups of 17 missing paths in 6 directories
--   never found: wf.conf (3 places)
--   /etc/wfapp/                  wf.conf
--   /usr/lib/locale/C.UTF-8/     LC_IDENTIFICATION LC_MEASUREMENT LC_TELEPHONE ... (12 names) [locale; found in /usr/lib/locale/C.utf8]

local noise = require "moontrace.noise"

session.t:follow(true)
local searches = noise.searches()
local dirs, order = {}, {}     -- dir -> { names = {name -> seq}, list, tags, probe = {name -> true} }
local exec_path = {}
local lookups = 0

on("enter", { "execve", "execveat" }, function(ev) exec_path[ev.pid] = paths.resolved(ev)[1] end)

on("exit", "%file", function(ev)
  local path = exec_path[ev.pid] and ev.name:match("^execve") and exec_path[ev.pid]
    or paths.resolved(ev)[1]
  if not path then return end
  local seq = searches:note(path, ev.err == 0)
  if ev.errname ~= "ENOENT" then return end
  lookups = lookups + 1
  local dir, name = noise.split(path)
  local d = dirs[dir]
  if not d then
    d = { names = {}, list = {}, tags = {}, probe = {} }
    dirs[dir] = d
    order[#order + 1] = dir
  end
  if not d.names[name] then d.list[#d.list + 1] = name end
  d.names[name] = seq
  local tag = noise.why(ev.pid, ev.name, "ENOENT", path)
  if tag then d.tags[tag] = true; d.probe[name] = true end
end)

at_exit(function()
  local never, nplaces, total = {}, {}, 0
  for _, dir in ipairs(order) do
    for _, name in ipairs(dirs[dir].list) do
      total = total + 1
      if not searches.found[name] and (args.all or not dirs[dir].probe[name]) then
        if not nplaces[name] then never[#never + 1] = name end
        nplaces[name] = (nplaces[name] or 0) + 1
      end
    end
  end
  report("missing-files: %d lookups of %d missing paths in %d directories", lookups, total, #order)
  local items = {}
  for _, name in ipairs(never) do
    items[#items + 1] = nplaces[name] > 1 and ("%s (%d places)"):format(name, nplaces[name]) or name
  end
  if #items > 0 then report("never found: %s", table.concat(items, ", ")) end
  for _, dir in ipairs(order) do
    local d = dirs[dir]
    local tags, found = {}, {}
    for t in pairs(d.tags) do tags[#tags + 1] = t end
    table.sort(tags)
    for _, name in ipairs(d.list) do
      local where = searches:found_after(dir .. "/" .. name, d.names[name])
      local wdir = where and noise.split(where)
      if wdir and not found[wdir] then found[wdir] = true; found[#found + 1] = wdir end
    end
    local names = d.list
    if #tags > 0 and not args.all and #names > 4 then
      names = { names[1], names[2], names[3], ("... (%d names)"):format(#names) }
    end
    local notes = {}
    if #tags > 0 then notes[#notes + 1] = table.concat(tags, ",") end
    if #found > 0 then notes[#notes + 1] = "found in " .. table.concat(found, ", ") end
    report("%-28s %s%s", dir == "/" and "/" or dir .. "/", table.concat(names, " "),
           #notes > 0 and (" [%s]"):format(table.concat(notes, "; ")) or "")
  end
end)
