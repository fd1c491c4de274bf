-- fidelity_test.lua: the differential suite.  Victims that exercise every
-- decoded family run under strace and under moontrace with several option
-- sets; lines are compared after normalising, and the share of identical
-- lines is reported per family (build/fidelity.txt) and checked overall.
local H = dofile((arg[0]:gsub("[^/]*$", "")) .. "harness.lua")

package.path = H.root .. "/lua/?.lua;" .. H.root .. "/lua/?/init.lua;" .. package.path
package.cpath = H.root .. "/build/lua/?.so;" .. package.cpath

-- syscall name -> decoder family (the module that decodes it)
local FAMILY = {}
for _, fam in ipairs{ "file", "fs", "desc", "mem", "process", "net", "signal", "misc", "ioctl", "poll", "ipc", "sys", "vm", "kern", "newer" } do
  local ok, mod = pcall(require, "moontrace.decode." .. fam)
  if ok then
    for name, d in pairs(mod) do
      if type(d) == "table" and (d.enter or d.exit) then FAMILY[name] = FAMILY[name] or fam end
    end
  end
end

-- The victims: tests/lua/victims/*.c use /tmp/mt as scratch directory.
local work = "/tmp/mt"
os.execute("mkdir -p " .. work .. "/weird")
for _, name in ipairs{ "a\27[31mred", "nl\nx", "\255\254", 'quote"s' } do
  local f = io.open(work .. "/weird/" .. name, "a")
  if f then f:close() end
end
local function build(src, name)
  local bin = H.root .. "/build/victims/fid_" .. name
  local tmp = bin .. "." .. H.tmp:match("[^/]+$")
  local code, _, err = H.sh(("cc -O0 -w -o %s %s -lutil -lpthread -lrt"):format(tmp, src))
  assert(code == 0, err)
  os.rename(tmp, bin)
  return bin
end
os.execute("mkdir -p " .. H.root .. "/build/victims")
local V = {}
for _, n in ipairs{ "v", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13", "v14", "v15", "v16", "v17", "v18", "v19", "v20" } do
  V[n] = build(H.root .. "/tests/lua/victims/" .. n .. ".c", n)
end

local RUNS = {
  { V.v, {} }, { V.v, { "-v" } }, { V.v2, {} }, { V.v3, {} }, { V.v3, { "-v" } },
  { V.v3, { "-x" } }, { V.v3, { "-xx" } }, { V.v3, { "-s5" } }, { V.v4, {} }, { V.v4, { "-v" } },
  { V.v5, {} }, { V.v5, { "-y" } }, { V.v6, {} }, { V.v7, {} }, { V.v7, { "-v" } },
  { V.v8, {} }, { V.v8, { "-v" } }, { V.v9, {} }, { V.v10, {} }, { V.v10, { "-v" } },
  { V.v11, {} }, { V.v11, { "-v" } }, { V.v11, { "-x" } }, { V.v12, {} }, { V.v12, { "-v" } },
  { V.v13, {} }, { V.v13, { "-v" } }, { V.v14, {} }, { V.v14, { "-v" } }, { V.v14, { "-x" } },
  { V.v15, {} }, { V.v15, { "-v" } }, { V.v16, {} }, { V.v16, { "-v" } }, { V.v16, { "-X", "verbose" } }, { V.v17, {} }, { V.v17, { "-v" } }, { V.v17, { "-x" } }, { V.v18, {} },
  { V.v14, { "-X", "verbose" } }, { V.v17, { "-X", "raw" } }, { V.v7, { "-v", "-X", "verbose" } },
  { V.v19, {} }, { V.v19, { "-X", "verbose" } },
  { V.v20, {} }, { V.v20, { "-v" } }, { V.v20, { "-v", "-X", "verbose" } },
  { "ls -la /tmp/mt/weird", {} }, { "stat /etc/passwd", { "-v" } }, { "uname -a", {} },
  { "cp /etc/hostname /tmp/mt/t9", {} }, { "id", {} }, { "df /", {} }, { "date", {} },
}

local RULES = {
  { "^(set_tid_address%(.*%)) = %d+$", "%1 = PID" },
  { "(si_pid=)%d%d%d+", "%1PID" }, { "(wait4%()%d%d%d+", "%1PID" },
  { "(= )%d%d%d%d+$", "%1N" },                     -- pids returned by fork & co
  { "(st_[amc]time=)%d+", "%1T" }, { "(st_[amc]time_nsec=)%d+", "%1N" },
  { "(stx_[abcm]time=){tv_sec=%d+, tv_nsec=%d+}", "%1T" },
  { "(tv_sec=)%d+, (tv_nsec=)%d+", "%1S, %2N" }, { "(tv_usec=)%d+", "%1U" },
  { "(si_utime=)%d+, (si_stime=)%d+", "%1U, %2S" }, { "(ru_[us]time=){[^}]*}", "%1T" },
  { "(uptime=)%d+", "%1U" }, { "(loads=)%[[^%]]*%]", "%1L" }, { "(freeram=)%d+", "%1F" },
  { "(freehigh=)%d+", "%1F" }, { "(bufferram=)%d+", "%1B" }, { "(procs=)%d+", "%1P" },
  { "(pipe:%[)%d+%]", "%1INODE]" }, { "(sun_path=@\")%x%x%x%x%x\"", "%1AUTOBIND\"" },
  { "(si_[us]time=)%d+ /%* [%d.]+ s %*/", "%1T" },
  { "(shm_[cl]pid=)%d+", "%1PID" }, { "(msg_l[sr]pid=)%d+", "%1PID" },
  { "(shm_[adc]time=)[1-9]%d*", "%1T" }, { "(sem_[oc]time=)[1-9]%d*", "%1T" },
  { "(msg_[src]time=)[1-9]%d*", "%1T" },
  { "(nlmsg_seq=)%d+", "%1S" }, { "(nlmsg_pid=)%-?[1-9]%d*", "%1P" }, { "(nl_pid=)%-?[1-9]%d*", "%1P" },
  { "(lo_inode=)%d+", "%1I" }, { "(stx?_ino=)%d+", "%1I" }, { "(cstamp=)%d+", "%1T" }, { "(tstamp=)%d+", "%1T" },
  { "(f_bfree=)%d+", "%1B" }, { "(f_bavail=)%d+", "%1B" }, { "(f_ffree=)%d+", "%1F" },
}

-- Calls newer than strace 6.1 (v13, v15 and v18 make them): it has no name for them
-- ("syscall_0x1ce(...)"), so there is nothing to compare them with
-- (tests/lua/decode_vm_spec.lua checks their decoders).
local NEWER = {}
for name in ([[mseal cachestat fchmodat2 futex_wake futex_wait futex_requeue statmount listmount
  lsm_get_self_attr lsm_set_self_attr lsm_list_modules setxattrat getxattrat listxattrat
  removexattrat open_tree_attr file_getattr file_setattr listns map_shadow_stack]]):gmatch("%S+") do
  NEWER[name] = true
end
local function known_to_strace(l)
  local name = l:match("^[PX][%d%.]* ([%w_]+)%(") or l:match("<%.%.%. ([%w_]+) resumed>")
  return not (name and (NEWER[name] or name:match("^syscall_0x")))
end

local per_family = {}          -- family -> { same, total }
local function account(fam, same)
  local t = per_family[fam] or { 0, 0 }
  t[1], t[2] = t[1] + (same and 1 or 0), t[2] + 1
  per_family[fam] = t
end

local diffs = {}
for _, run in ipairs(RUNS) do
  local cmd = type(run[1]) == "string" and run[1] or run[1]
  local argv = {}
  for w in cmd:gmatch("%S+") do argv[#argv + 1] = w end
  local opts = { "-f" }
  for _, o in ipairs(run[2]) do opts[#opts + 1] = o end
  local la, lb = H.both(opts, argv, { env = "timeout -k 5 60 env -i PATH=/usr/bin:/bin HOME=/root LANG=C TZ=UTC setarch -R",
                                      rules = RULES, merge = true,
                                      pre = "find /tmp/mt -maxdepth 1 -type f -delete",
                                      filter = known_to_strace })
  -- matched lines by the longest common subsequence; unmatched ones of
  -- either side count against their family
  local _, _, ma = H.score(la, lb)
  local _, _, mb = H.score(lb, la)
  local function fam_of(l)
    local name = l:match("^[PX][%d%.]* ([%w_]+)%(")
    return name and (FAMILY[name] or "undecoded") or "events"
  end
  for i, a in ipairs(la) do
    account(fam_of(a), ma[i])
    if not ma[i] and #diffs < 400 then
      diffs[#diffs + 1] = ("%s %s\n  strace only:    %s"):format(cmd:match("[^/]*$"), table.concat(run[2], " "), a)
    end
  end
  for i, b in ipairs(lb) do
    if not mb[i] then
      if #lb > #la then account(fam_of(b), false) end
      if #diffs < 400 then
        diffs[#diffs + 1] = ("%s %s\n  moontrace only: %s"):format(cmd:match("[^/]*$"), table.concat(run[2], " "), b)
      end
    end
  end
end

local report, same, total = {}, 0, 0
local fams = {}
for f in pairs(per_family) do fams[#fams + 1] = f end
table.sort(fams)
for _, f in ipairs(fams) do
  local t = per_family[f]
  same, total = same + t[1], total + t[2]
  report[#report + 1] = ("%-10s %5d/%-5d %6.2f%%"):format(f, t[1], t[2], 100 * t[1] / t[2])
end
report[#report + 1] = ("%-10s %5d/%-5d %6.2f%%"):format("overall", same, total, 100 * same / math.max(total, 1))
H.write(H.root .. "/build/fidelity.txt", table.concat(report, "\n") .. "\n\n" .. table.concat(diffs, "\n") .. "\n")
io.stderr:write(table.concat(report, "\n"), "\n")

local share = 100 * same / math.max(total, 1)
H.ok(total > 1500, ("differential suite compared %d lines"):format(total))
H.ok(share >= 98, ("%.2f%% of lines identical to strace (target 98%%; build/fidelity.txt)"):format(share),
     table.concat(diffs, "\n", 1, math.min(#diffs, 30)))

H.done()
