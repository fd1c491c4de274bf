-- files-touched: every file a program read, wrote, executed or probed, with the result.
--
-- Classifies each call that names a path: open flags say read or write
-- (O_RDONLY, O_WRONLY/O_RDWR, O_CREAT, O_TRUNC), execve says exec, stat/
-- access/readlink say probe, mkdir/unlink/rename/chmod... say create, delete
-- or change.  One line per path, in the order first touched, with every way
-- it was touched and every result.
--
--   moontrace -l files-touched make
--   moontrace -l files-touched,failed ./app           # only paths with a failure
--   moontrace -l files-touched,kind=write ./app       # only what it wrote (or read, exec, ...)
--
--   files-touched: 24 paths: 9 read, 1 written, 2 executed, 12 probed
--   read               ok            /etc/ld.so.cache
--   probe              ENOENT        /etc/ld.so.preload
--   write,create       ok            /tmp/out.txt

local O_ACCMODE, O_CREAT, O_TRUNC, O_DIRECTORY = 3, 0x40, 0x200, 0x10000
local KIND = {
  execve = "exec", execveat = "exec", uselib = "read",
  stat = "probe", lstat = "probe", newfstatat = "probe", statx = "probe", statfs = "probe",
  access = "probe", faccessat = "probe", faccessat2 = "probe", readlink = "probe",
  readlinkat = "probe", chdir = "probe", getxattr = "probe", lgetxattr = "probe",
  listxattr = "probe", llistxattr = "probe",
  mkdir = "create", mkdirat = "create", mknod = "create", mknodat = "create",
  symlink = "create", symlinkat = "create", link = "create", linkat = "create",
  unlink = "delete", unlinkat = "delete", rmdir = "delete",
}
local OPEN_FLAGS = { open = 2, openat = 3, creat = false }   -- which argument
local ORDER = { "read", "write", "exec", "create", "delete", "change", "list", "probe" }

session.t:follow(true)
local files, order = {}, {}       -- path -> { kinds = {kind = true}, results = counter }
local pending = {}                -- tid -> { paths, kinds } of the call in progress

-- The kinds of touch of an open: "read", "write", "list" (a directory)...
local function open_kinds(ev)
  local arg = OPEN_FLAGS[ev.name]
  local flags
  if ev.name == "openat2" then flags = ev:peek(ev.args[3], "<I8") or 0
  elseif arg then flags = ev.args[arg]
  else flags = O_CREAT | O_TRUNC | 1 end                          -- creat()
  local k = {}
  if flags & O_DIRECTORY ~= 0 then k[#k + 1] = "list"
  elseif flags & O_ACCMODE ~= 1 then k[#k + 1] = "read" end
  if flags & O_ACCMODE ~= 0 or flags & O_TRUNC ~= 0 then k[#k + 1] = "write" end
  if flags & O_CREAT ~= 0 then k[#k + 1] = "create" end
  return k
end

on("enter", "%file", function(ev)
  local kinds
  if OPEN_FLAGS[ev.name] ~= nil or ev.name == "openat2" then kinds = open_kinds(ev)
  else kinds = { KIND[ev.name] or "change" } end
  local list, given = paths.resolved(ev), paths.of(ev)
  for i in ipairs(list) do
    if given[i] == "" then list[i] = false end     -- fstatat(fd, "", AT_EMPTY_PATH): not a name
  end
  pending[ev.pid] = { paths = list, kinds = kinds }
end)

on("exit", "%file", function(ev)
  local p = pending[ev.pid]
  pending[ev.pid] = nil
  if not p then return end
  for _, path in ipairs(p.paths) do
    if path then
      local f = files[path]
      if not f then
        f = { kinds = {}, results = counter() }
        files[path] = f
        order[#order + 1] = path
      end
      for _, k in ipairs(p.kinds) do f.kinds[k] = true end
      f.results:add(ev.err == 0 and "ok" or ev.errname)
    end
  end
end)

at_exit(function()
  local totals, lines = counter(), {}
  for _, path in ipairs(order) do
    local f = files[path]
    local kinds = {}
    for _, k in ipairs(ORDER) do if f.kinds[k] then kinds[#kinds + 1] = k end end
    totals:add(kinds[1])            -- counted by the strongest way it was touched
    local results, failed = {}, false
    for _, kv in ipairs(f.results:top()) do
      results[#results + 1] = kv[2] > 1 and ("%s x%d"):format(kv[1], kv[2]) or kv[1]
      if kv[1] ~= "ok" then failed = true end
    end
    if (not args.failed or failed) and (not args.kind or f.kinds[args.kind]) then
      lines[#lines + 1] = ("%-18s %-13s %s"):format(table.concat(kinds, ","),
                                                    table.concat(results, ","), path)
    end
  end
  local sums = {}
  for _, k in ipairs(ORDER) do
    if totals[k] > 0 then
      local verb = ({ read = "read", write = "written", exec = "executed", create = "created",
        delete = "deleted", change = "changed", list = "listed", probe = "probed" })[k]
      sums[#sums + 1] = ("%d %s"):format(totals[k], verb)
    end
  end
  report("files-touched: %d paths: %s", #order, table.concat(sums, ", "))
  for _, l in ipairs(lines) do report("%s", l) end
end)
