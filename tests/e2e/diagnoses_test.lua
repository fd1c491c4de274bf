-- diagnoses_test.lua: the bundled diagnoses (scripts/first-eacces.lua,
-- why-failed, missing-files, proctree, learn-seccomp, files-touched), each
-- on a victim that triggers what it diagnoses.
local H = dofile((arg[0]:gsub("[^/]*$", "")) .. "harness.lua")
local M = H.moontrace
local py = "/usr/bin/python3"
local T = H.tmp
os.execute("chmod 755 " .. T)       -- an unprivileged victim must reach its files

local root = H.sh("test $(id -u) = 0") == 0
local here = select(2, H.sh("pwd")):gsub("\n", "")
local function absolute(p) return p:sub(1, 1) == "/" and p or here .. "/" .. p:gsub("^%./", "") end
local function victim(name) return absolute(H.victim(name)) end   -- some run elsewhere
M = absolute(M)
local function skip(desc) H.ok(true, desc .. " # SKIP needs root to play an unprivileged user") end

-- Run moontrace with a script (in directory dir, with environment
-- settings env); returns exit code and the report (-o file).
local function run(script, cmd, dir, env)
  local out = T .. "/report.txt"
  os.remove(out)
  local code = H.sh(("%s%s%s -o %s -l %s -- %s </dev/null"):format(dir and ("cd " .. dir .. " && ") or "",
                     env and (env .. " ") or "", M, out, script, cmd))
  return code, H.read(out) or ""
end

local function lines(text)
  local t = {}
  for l in text:gmatch("[^\n]+") do t[#t + 1] = l end
  return t
end

-- pattern found in one of the first n lines of text
local function early(text, pattern, n)
  for i, l in ipairs(lines(text)) do
    if i > n then return false end
    if l:find(pattern) then return true end
  end
  return false
end

-- A root-only directory and a root-only file, as /root/test is in the article.
os.execute(("mkdir -p %s/secret && echo data >%s/secret/test && chmod 700 %s/secret"):format(T, T, T))
os.execute(("echo data >%s/private && chmod 600 %s/private"):format(T, T))
local nobody = "setpriv --reuid=65534 --regid=65534 --clear-groups "

-- ---- first-eacces ------------------------------------------------------------

local eacces = H.victim("eacces")
if root then
  local code, rep = run("first-eacces", ("%s 65534 %s/secret/test"):format(eacces, T))
  H.ok(code == 1, "first-eacces: exits 1 at the refusal (got " .. tostring(code) .. ")", rep)
  H.ok(rep:find("^first%-eacces: open[%w]*%(.-secret/test.-EACCES") ~= nil,
       "first-eacces: the call, first", rep)
  H.ok(rep:find("\n  process  %d+ `[^\n]*eacces 65534") ~= nil, "first-eacces: pid and argv", rep)
  H.ok(rep:find("\n  cwd      /") ~= nil, "first-eacces: cwd", rep)
  H.ok(rep:find("creds    uid 65534%(nobody%) gid 65534") ~= nil and rep:find("groups none") ~= nil,
       "first-eacces: the tracee's credentials, not moontrace's", rep)
  H.ok(rep:find("denied   " .. T:gsub("%p", "%%%0") .. "/secret  drwx%-%-%-%-%-%- root:root: [^\n]*needs x") ~= nil,
       "first-eacces: the directory that refuses, its mode and owner", rep)
  H.ok(rep:find("\n  stack    ") ~= nil and (rep:find("main") ~= nil or rep:find("0x%x+") ~= nil),
       "first-eacces: a stack (or the instruction pointer)", rep)

  code, rep = run("first-eacces", ("%s 65534 %s/private"):format(eacces, T))
  H.ok(rep:find("denied   " .. T:gsub("%p", "%%%0") .. "/private  %-rw%-%-%-%-%-%-%- root:root: [^\n]*needs r") ~= nil,
       "first-eacces: the file itself refuses (r)", rep)

  -- the article's case in one command: python3 main.py as an ordinary user
  H.write(T .. "/main.py", ([[
import sys
try:
    with open('%s/secret/test') as f:
        f.readlines()
except:
    sys.exit(1)
sys.exit(0)
]]):format(T))
  code, rep = run("first-eacces", nobody .. py .. " " .. T .. "/main.py")
  H.ok(code == 1 and rep:find("^first%-eacces: openat%(AT_FDCWD, \"" .. T:gsub("%p", "%%%0") .. "/secret/test\"") ~= nil,
       "first-eacces: python main.py as nobody: its open, not python's probes", rep)
  H.ok(rep:find("process  %d+ `/usr/bin/python3 [^\n]*main%.py`") ~= nil and rep:find("/secret  drwx") ~= nil,
       "first-eacces: python main.py: the process and the directory", rep)

  -- hold: stopped, detached, a gdb command; moontrace waits for it
  local out = T .. "/hold.txt"
  os.execute(("(%s -o %s -l first-eacces,hold %s 65534 %s/secret/test </dev/null; echo $? >%s.rc) >/dev/null 2>&1 &")
             :format(M, out, eacces, T, out))
  local pid
  for _ = 1, 50 do
    pid = (H.read(out) or ""):match("gdb %-p (%d+)")
    if pid then break end
    os.execute("sleep 0.1")
  end
  local status = pid and H.read("/proc/" .. pid .. "/status") or ""
  H.ok(pid ~= nil, "first-eacces,hold: prints the gdb command", H.read(out))
  H.ok(status:find("State:%s+T") ~= nil and status:find("TracerPid:%s+0\n") ~= nil,
       "first-eacces,hold: the process is stopped and not traced", status)
  H.ok(H.read(out .. ".rc") == nil, "first-eacces,hold: moontrace waits while it is held")
  if pid then os.execute("kill -KILL " .. pid) end
  for _ = 1, 50 do
    if H.read(out .. ".rc") then break end
    os.execute("sleep 0.1")
  end
  H.ok((H.read(out .. ".rc") or ""):match("^1") ~= nil, "first-eacces,hold: exits 1 once it is gone",
       H.read(out .. ".rc"))
else
  for _ = 1, 14 do skip("first-eacces") end
end

do
  local code, rep = run("first-eacces", "true")
  H.ok(code == 0 and rep:find("no call failed with EACCES or EPERM") ~= nil,
       "first-eacces: nothing refused: says so, keeps the exit status", rep)
end

-- ---- why-failed: the culprit in the first 5 lines ------------------------------

local function culprit(desc, cmd, pattern, want_code, dir, env)
  local code, rep = run("why-failed", cmd, dir, env)
  H.ok(early(rep, pattern, 5), "why-failed: " .. desc .. ": culprit in the first 5 lines", rep)
  if want_code then
    H.ok(code == want_code, ("why-failed: %s: exit status %d kept (got %s)"):format(desc, want_code, code))
  end
  return rep
end

local rep = culprit("config missing everywhere", victim("wf_config"),
  "culprit: wf%.conf is missing from every place searched: /etc/wfapp, [^\n]*/%.config/wfapp, " .. T:gsub("%p", "%%%0"), 2, T, "LC_ALL=C.UTF-8")   -- a locale to look for: noise
H.ok(not early(rep, "locale", 5) and rep:find("folded as noise: [^\n]*locale") ~= nil,
     "why-failed: locale probing is folded", rep)
H.ok(early(rep, "stderr:  wfapp: no configuration found", 5), "why-failed: what it said on stderr", rep)
culprit("address in use", H.victim("wf_bind"), "culprit: bind%(127%.0%.0%.1:%d+%) = EADDRINUSE", 1)
culprit("connection refused", H.victim("wf_connect"), "culprit: connect%(127%.0%.0%.1:%d+%) = ECONNREFUSED", 1)
if root then
  culprit("permission denied (python as nobody)", nobody .. py .. " " .. T .. "/main.py",
    "culprit: permission denied: openat%(" .. T:gsub("%p", "%%%0") .. "/secret/test%) = EACCES; refused by "
    .. T:gsub("%p", "%%%0") .. "/secret %(drwx", 1)
else
  skip("why-failed: permission denied"); skip("why-failed: permission denied")
end
H.write(T .. "/helper.sh", "#!/bin/sh\necho helping\n")
os.execute("chmod 644 " .. T .. "/helper.sh")
culprit("helper not executable", H.victim("wf_exec") .. " " .. T .. "/helper.sh",
  "culprit: cannot execute " .. T:gsub("%p", "%%%0") .. "/helper%.sh: EACCES[^\n]*needs x", 1)
H.write(T .. "/old.sh", "#!/usr/bin/python1.5\nprint 'hi'\n")
os.execute("chmod 755 " .. T .. "/old.sh")
culprit("helper's interpreter missing", H.victim("wf_exec") .. " " .. T .. "/old.sh",
  "culprit: cannot execute [^\n]*old%.sh: ENOENT[^\n]*interpreter /usr/bin/python1%.5 does not exist", 1)
culprit("command not found (dash)", "sh -c 'echo start; wf-no-such-helper --go'",
  "culprit: command 'wf%-no%-such%-helper' not found in %$PATH", 127)
culprit("command not found (bash)", "bash -c 'wf-no-such-helper --go'",
  "culprit: command 'wf%-no%-such%-helper' not found in %$PATH", 127)
-- a library that is gone since the program was linked
do
  local src = H.root .. "/tests/victims/wf_lib.c"
  local bin = T .. "/wf_lib"
  H.sh(("cc -shared -fPIC -DWF_LIB -o %s/libwfgone.so %s && cc -o %s %s -L%s -lwfgone -Wl,-rpath,%s && rm %s/libwfgone.so")
       :format(T, src, bin, src, T, T, T))
  culprit("shared library missing", bin, "culprit: shared library libwfgone%.so not found", 127)
end
do
  local code, rep2 = run("why-failed", "true")
  H.ok(code == 0 and early(rep2, "exited with status 0", 1) and early(rep2, "culprit: none", 3),
       "why-failed: a program that succeeded: no culprit", rep2)
end

-- ---- missing-files ---------------------------------------------------------------

do
  local _, rep2 = run("missing-files", victim("wf_config"), T)
  H.ok(rep2:find("\nnever found: wf%.conf %(3 places%)\n") ~= nil, "missing-files: names never found, first", rep2)
  H.ok(rep2:find("\n/etc/wfapp/ +wf%.conf\n") ~= nil and rep2:find("\n" .. T:gsub("%p", "%%%0") .. "/ +wf%.conf\n") ~= nil,
       "missing-files: grouped by directory", rep2)
  H.ok(rep2:find("\n/etc/ +ld%.so%.preload %[loader%]") ~= nil, "missing-files: every ENOENT, probes marked", rep2)
end

-- ---- proctree --------------------------------------------------------------------

do
  local _, rep2 = run("proctree", py .. [[ -c "import subprocess, threading; subprocess.run(['true']); t = threading.Thread(target=lambda: None); t.start(); t.join()"]])
  H.ok(rep2:find("^proctree: 2 processes, 1 thread\n") ~= nil, "proctree: counts processes and threads", rep2)
  H.ok(rep2:find("\n├─ %d+ true +exit 0 [^\n]* process %(vfork: shares memory until exec%)") ~= nil,
       "proctree: subprocess is a process made by vfork", rep2)
  H.ok(rep2:find("\n└─ %d+ %[thread%] +exit 0 [^\n]* thread %(clone3: [^\n]*CLONE_THREAD") ~= nil,
       "proctree: threading.Thread is a thread (clone3, CLONE_THREAD)", rep2)
  _, rep2 = run("proctree", "sh -c 'date >/dev/null; (exit 3); true'")
  H.ok(rep2:find("\n%d+ sh %-c ") ~= nil and rep2:find("date +exit 0") ~= nil
       and rep2:find("%(no exec%) sh %-c [^\n]*exit 3") ~= nil,
       "proctree: exec'd commands and exit statuses", rep2)
end

-- ---- learn-seccomp ---------------------------------------------------------------

do
  local profile = T .. "/profile.json"
  local code, rep2 = run("learn-seccomp,out=" .. profile, "sh -c 'date; ls / >/dev/null'")
  H.ok(code == 0 and rep2:find("^learn%-seccomp: %d+ syscalls allowed, profile written to") ~= nil,
       "learn-seccomp: writes the profile", rep2)
  local c, json = H.sh(py .. [[ -c "import json,sys; p=json.load(open(sys.argv[1])); s=p['syscalls'][0]; print(p['defaultAction'], p['architectures'][0], s['action']); print(' '.join(sorted(s['names'])))" ]] .. profile)
  H.ok(c == 0 and json:find("^SCMP_ACT_ERRNO SCMP_ARCH_X86_64 SCMP_ACT_ALLOW\n") ~= nil,
       "learn-seccomp: a valid OCI seccomp profile", json)
  -- the same set strace sees (the harness compares with strace throughout)
  H.sh(("strace -f -o %s/st.txt sh -c 'date; ls / >/dev/null' >/dev/null"):format(T))
  local seen = {}
  for l in (H.read(T .. "/st.txt") or ""):gmatch("[^\n]+") do
    local name = l:match("^%d+%s+([%w_]+)%(") or l:match("<%.%.%. ([%w_]+) resumed>")
    if name then seen[name] = true end
  end
  local want = {}
  for n in pairs(seen) do want[#want + 1] = n end
  table.sort(want)
  local got = json:match("\n(.*)\n$") or ""
  H.ok(got == table.concat(want, " "), "learn-seccomp: exactly the syscalls strace -f saw",
       "strace:    " .. table.concat(want, " ") .. "\nmoontrace: " .. got)
end

-- ---- files-touched ---------------------------------------------------------------

do
  H.write(T .. "/in.txt", "x\n")
  local cmd = ("sh -c 'cat %s/in.txt >%s/out.txt; ls %s/nothing-here; true'"):format(T, T, T)
  local _, rep2 = run("files-touched", cmd)
  local t = T:gsub("%p", "%%%0")
  H.ok(rep2:find("^files%-touched: %d+ paths: %d+ read, %d+ written, %d+ executed") ~= nil,
       "files-touched: a summary first", rep2)
  H.ok(rep2:find("\nread[%w,]* +ok +" .. t .. "/in%.txt\n") ~= nil, "files-touched: a file read", rep2)
  H.ok(rep2:find("\nwrite,create +ok +" .. t .. "/out%.txt\n") ~= nil, "files-touched: a file written", rep2)
  H.ok(rep2:find("\nexec[%w,]* +ok[ x%d]* +/[%w/]*bin/cat\n") ~= nil, "files-touched: a program executed", rep2)
  H.ok(rep2:find("\nprobe +ENOENT[ x%d]* +" .. t .. "/nothing%-here\n") ~= nil, "files-touched: a probe that failed", rep2)
  _, rep2 = run("files-touched,failed", cmd)
  H.ok(rep2:find("out%.txt") == nil and rep2:find("nothing%-here") ~= nil, "files-touched,failed: only failures", rep2)
end

-- ---- examples: the article's scenarios and the guide's script ---------------------

do
  local dir = here .. "/examples/article"
  local code, list = H.sh("ls " .. dir .. "/*/run.sh")
  local bad = {}
  for f in list:gmatch("[^\n]+") do
    if H.sh("sh -n " .. f) ~= 0 then bad[#bad + 1] = f end
  end
  H.ok(code == 0 and #bad == 0 and select(2, list:gsub("\n", "")) >= 8,
       "examples: every article scenario has a run.sh that parses", table.concat(bad, "\n"))
  local function example(name, patterns)
    local c, out, err = H.sh(("MOONTRACE=%s %s/%s/run.sh"):format(M, dir, name))
    local all = out .. err
    local missing = {}
    for _, p in ipairs(patterns) do
      if not all:find(p) then missing[#missing + 1] = p end
    end
    H.ok(c == 0 and #missing == 0, "examples: " .. name .. " runs and shows its answer",
         "missing: " .. table.concat(missing, " | ") .. "\n" .. all)
  end
  example("01-why-wont-it-start", { "\n%$ moontrace %-l why%-failed ",
    "culprit: app%.conf is missing from every place searched: [^\n]*/01%-why%-wont%-it%-start, " })
  example("03-permission-denied", { "\n%$ moontrace %-l first%-eacces ", "\nfirst%-eacces: openat%(",
    "\n  denied   [^\n]*root  drwx", "culprit: permission denied: openat" })
  -- (siblings may be listed in either order: their order of creation races)
  -- ("\226\148[\156\148]" is ├ or └, in bytes)
  example("06-obfuscated-bash", { "\n%$ moontrace %-l proctree ", "\n│  \226\148[\156\148]─ %d+ sed s/t/ate/ +exit 0",
    "\n│  \226\148[\156\148]─ %d+ base64 %-d +exit 0", "\n\226\148[\156\148]─ %d+ ls +exit 0" })

  H.write(T .. "/app.pid", "1\n")
  local _, _, err = H.sh(("%s -l %s/examples/who-deletes.lua,path=%s/app.pid sh -c 'rm %s/app.pid'")
                         :format(M, here, T, T))
  H.ok(err:find("who%-deletes: unlinkat " .. T:gsub("%p", "%%%0") .. "/app%.pid by pid %d+ `rm ") ~= nil,
       "examples: who-deletes.lua (the guide's script) names rm", err)
end

H.done()
