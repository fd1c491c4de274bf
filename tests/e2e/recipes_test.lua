-- recipes_test.lua: the bundled recipes (scripts/*.lua) on victims that
-- trigger them, --new-script and --script-help.
local H = dofile((arg[0]:gsub("[^/]*$", "")) .. "harness.lua")
local tmp = H.tmp
-- absolute, for the tests that run it from another directory
local M = H.moontrace
if M:sub(1, 1) ~= "/" then
  local pwd = io.popen("pwd")
  M = pwd:read("l") .. "/" .. M
  pwd:close()
end

-- Run moontrace with the recipe's output in a file; returns exit code, that
-- output, and the program's stdout and stderr.
local function trace(opts, cmd)
  local out = tmp .. "/recipe.out"
  os.remove(out)
  local code, so, se = H.sh(("%s -o %s %s -- %s </dev/null"):format(M, out, opts, cmd))
  return code, H.read(out) or "", so, se
end

local function lines_matching(text, pattern)
  local list = {}
  for l in text:gmatch("[^\n]+") do
    if l:find(pattern) then list[#list + 1] = l end
  end
  return list
end

local function has(text, plain) return text:find(plain, 1, true) ~= nil end

-- ---- execsnoop ------------------------------------------------------------------

do
  local code, out = trace("-l execsnoop", [[sh -c '/bin/true a "b c"; /no/such/prog x; exit 3']])
  H.ok(code == 3, "execsnoop: the command's exit status (got " .. tostring(code) .. ")")
  H.ok(out:match("^PCOMM +PID +PPID +RET +ARGS\n") ~= nil, "execsnoop: header line", out)
  local sh_pid = out:match("\nsh +(%d+) +%d+ +0 +sh %-c ")
  local t = lines_matching(out, "^true ")[1] or ""
  local pid, ppid, ret, argv = t:match("^true +(%d+) +(%d+) +(%S+) +(.*)$")
  H.ok(ret == "0" and argv == '/bin/true a "b c"', "execsnoop: child's argv, quoted where needed", out)
  H.ok(sh_pid and ppid == sh_pid and pid ~= sh_pid, "execsnoop: the child's PPID is the shell (followed without -f)", out)
  H.ok(#lines_matching(out, "ENOENT +/no/such/prog x$") == 1, "execsnoop: failed exec with ENOENT", out)
  code, out = trace("-l execsnoop,timestamp,failed", [[sh -c '/bin/true; /no/such/prog; exit 0']])
  local rows = lines_matching(out, "^%d+%.%d%d%d +")
  H.ok(code == 0 and #rows == 1 and rows[1]:find("ENOENT +/no/such/prog$") ~= nil,
       "execsnoop,timestamp,failed: only the failure, with a time", out)
  H.ok(out:match("^TIME%(s%) +PCOMM") ~= nil, "execsnoop,timestamp: TIME column first", out)
end

-- ---- opensnoop ------------------------------------------------------------------

do
  H.write(tmp .. "/hello.txt", "hello\n")
  local code, out, _, err = trace("-l opensnoop", ("cat %s/hello.txt /nonexistent-rc"):format(tmp))
  H.ok(code == 1, "opensnoop: cat's exit status 1 (got " .. tostring(code) .. ")", err)
  H.ok(#lines_matching(out, "^%d+ +cat +%d+ 0 +O_RDONLY +" .. tmp:gsub("%p", "%%%0") .. "/hello%.txt$") == 1,
       "opensnoop: successful open with pid, comm, fd, flags, path", out)
  H.ok(#lines_matching(out, "^%d+ +cat +%-1 ENOENT +O_RDONLY +/nonexistent%-rc$") == 1,
       "opensnoop: failed open with errno", out)
  H.ok(#lines_matching(out, "O_RDONLY|O_CLOEXEC +/etc/ld%.so%.cache$") == 1,
       "opensnoop: flags decoded (the loader's O_CLOEXEC)", out)
  -- relative paths are made absolute; -f follows the shell's child
  code, out = trace("-f -l opensnoop,failed", ("sh -c 'cd %s && cat hello.txt missing.txt'"):format(tmp))
  H.ok(has(out, "ENOENT   O_RDONLY               " .. tmp .. "/missing.txt"),
       "opensnoop,failed: relative path made absolute", out)
  H.ok(#lines_matching(out, "^%d+ +%S+ +%d+ 0 ") == 0 and not has(out, "/hello.txt"),
       "opensnoop,failed: no successful open shown", out)
  code, out = trace("-l opensnoop,name=hello", ("cat %s/hello.txt /nonexistent-rc"):format(tmp))
  H.ok(#lines_matching(out, "^%d") == 1 and has(out, "/hello.txt"), "opensnoop,name=: only matching paths", out)
end

-- ---- netconns ------------------------------------------------------------------

do
  local net = H.victim("rc_net")
  local code, out = trace("-f -l netconns", net .. " 5311")
  H.ok(code == 0, "netconns: exit status 0 (got " .. tostring(code) .. ")", out)
  local function row(call, result, addr)
    return #lines_matching(out, "^%d+ +" .. call .. " +%d+ +" .. result .. " +" .. addr) == 1
  end
  H.ok(row("socket", "ok", "AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP$"), "netconns: socket with family and type", out)
  H.ok(row("bind", "ok", "127%.0%.0%.1:5311$"), "netconns: bind address", out)
  H.ok(row("listen", "ok", "127%.0%.0%.1:5311$"), "netconns: listen shows the bound address", out)
  H.ok(row("connect", "ok", "127%.0%.0%.1:5311$"), "netconns: the child's connect (-f)", out)
  H.ok(row("accept4", "fd %d+", "127%.0%.0%.1:%d+$"), "netconns: accept4 with the peer's address", out)
  H.ok(row("connect", "ECONNREFUSED", "127%.0%.0%.1:5312$"), "netconns: refused IPv4 connect", out)
  H.ok(row("connect", "%S+", "%[::1%]:5312$"), "netconns: IPv6 address in brackets", out)
  H.ok(row("connect", "ENOENT", "/nonexistent/sock$"), "netconns: unix path", out)
  H.ok(row("bind", "ok", "@rc%-abstract$"), "netconns: abstract unix name", out)
  local summary = out:match("\nendpoints:\n(.*)$") or ""
  H.ok(summary:find("listen +127%.0%.0%.1:5311 +1 accepted") ~= nil, "netconns summary: accepted count", out)
  H.ok(summary:find("connect +127%.0%.0%.1:5311 +1 ok") ~= nil, "netconns summary: successful connect", out)
  H.ok(summary:find("connect +127%.0%.0%.1:5312 +0 ok, 1 failed %(ECONNREFUSED 1%)") ~= nil,
       "netconns summary: failed connect with its errno", out)
  H.ok(summary:find("^  listen ") ~= nil, "netconns summary: listeners first", out)
end

-- ---- slow ------------------------------------------------------------------------

do
  local victim = H.victim("rc_slow")
  local code, out = trace("-l slow,threshold=5ms", victim)
  H.ok(code == 0, "slow: exit status 0")
  -- every call listed took at least the threshold, and the three 20 ms sleeps
  -- are there with their durations (on a loaded machine another call, even
  -- the 1 ms sleep, may really take over 5 ms: then it is listed, rightly)
  local live = lines_matching(out, "^ +%d+%.%d+ ms +%d+ +")
  local sleeps, in_range = 0, #live >= 3
  for _, l in ipairs(live) do
    local ms = tonumber(l:match("([%d.]+) ms"))
    in_range = in_range and ms >= 5
    if l:find("clock_nanosleep%(.*tv_nsec=20000000") then
      sleeps = sleeps + 1
      in_range = in_range and ms >= 19 and ms < 500
    end
  end
  H.ok(in_range and sleeps == 3, "slow: the three 20 ms sleeps, with durations, and only calls over 5 ms", out)
  local over = tonumber(out:match("\nclock_nanosleep: 4 calls, (%d) over 5 ms, max [%d.]+ ms"))
  H.ok(over == 3 or over == 4, "slow: per-syscall summary", out)
  -- the histogram of clock_nanosleep: power-of-two buckets in us; a sleep never
  -- takes less than asked, a loaded machine may make it take more
  local hist = (out .. "\n\n"):match("\nclock_nanosleep: [^\n]*\n(.-)\n\n") or ""
  local total, slow_ones, fastest = 0, 0, math.huge
  for lo, n in hist:gmatch("%[ *(%d+), *%d+%) +(%d+) |@* *| us") do
    lo, n = tonumber(lo), tonumber(n)
    total = total + n
    if lo >= 16384 then slow_ones = slow_ones + n end
    if n > 0 then fastest = math.min(fastest, lo) end
  end
  H.ok(total == 4 and slow_ones >= 3, "slow: histogram bucket of the 20 ms calls", out)
  H.ok(fastest >= 512 and fastest < 16384 or (fastest >= 16384 and slow_ones == 4),
       "slow: histogram bucket of the 1 ms call", out)
  H.ok(not has(out, "getppid:"), "slow: no histogram for syscalls never slow", out)
  code, out = trace("-l slow,threshold=50ms,all", victim)
  H.ok(#lines_matching(out, " ms +%d+ +clock") == 0, "slow,threshold=50ms: nothing over it", out)
  H.ok(out:find("\ngetppid: 50 calls, 0 over 50 ms") ~= nil, "slow,all: histograms for every syscall", out)
  local c2, _, _, err = trace("-l slow,threshold=soon", "true")
  H.ok(c2 == 1 and has(err, "bad threshold 'soon'"), "slow: a bad threshold is refused", err)
end

-- ---- fdleaks ---------------------------------------------------------------------

do
  local victim = H.victim("rc_leaky")
  local dir = tmp .. "/leaks"
  os.execute("mkdir -p " .. dir)
  local code, out = trace("-f -l fdleaks", victim .. " " .. dir)
  H.ok(code == 0, "fdleaks: exit status 0")
  local parent = out:match("(pid %d+ %(rc_leaky%): 4 descriptors left open\n.-)\n[pf]") or ""
  local child = out:match("(pid %d+ %(rc_leaky%): 1 descriptor left open\n.-)\n[pf]") or ""
  H.ok(parent ~= "", "fdleaks: the parent's four leaks", out)
  -- fd numbers depend on what the test runner left open: compare them with each other
  local fd_a = parent:match("fd (%d+) +" .. dir:gsub("%p", "%%%0") ..
    "/leak%-a\n +openat%(AT_FDCWD, \"[^\"]*/leak%-a\", O_WRONLY|O_CREAT|O_TRUNC, 0600%) += (%d+)\n")
  H.ok(fd_a ~= nil, "fdleaks: path and the opening call", out)
  H.ok(parent:find("fd (%d+) +pipe:%[%d+%]\n +pipe2?%(%[%1, %d+%]") ~= nil, "fdleaks: the kept end of a pipe", out)
  H.ok(parent:find("fd (%d+) +socket:%[%d+%]\n +socket%(AF_INET, SOCK_STREAM, IPPROTO_IP%) += %1\n" ..
                   " +connect%(%1, {sa_family=AF_INET, sin_port=htons%(1%).- ECONNREFUSED") ~= nil,
       "fdleaks: a socket with its connect", out)
  H.ok(fd_a and parent:find("fd %d+ +[^\n]*/leak%-a\n +dup%(" .. fd_a .. "%)") ~= nil, "fdleaks: a dup", out)
  H.ok(not has(out, "closed-b"), "fdleaks: a closed file is no leak", out)
  H.ok(child:find("fd %d+ +[^\n]*/child%-c\n") ~= nil and not child:find("leak%-a"),
       "fdleaks: the child's own leak only (inherited fds are not its leaks)", out)
  local where = parent:match("\n +(at [^\n]*)") or parent:match("\n +(ip 0x%x+)")
  H.ok(where ~= nil, "fdleaks: a stack or an instruction pointer for each", out)
  H.ok(where and (where:find("^ip 0x") or where:find("main%+0x")), "fdleaks: the stack reaches main", where)
  H.ok(out:find("\nfdleaks: 5 descriptors left open in 2 processes\n$") ~= nil, "fdleaks: total line", out)
  code, out = trace("-l fdleaks", victim .. " " .. dir)
  H.ok(out:find("fdleaks: 4 descriptors left open in 1 process\n$") ~= nil, "fdleaks without -f: the parent only", out)
  code, out = trace("-l fdleaks", "cat /etc/hostname")
  H.ok(out == "fdleaks: 0 descriptors left open in 0 processes\n", "fdleaks: cat closes what it opens", out)
end

-- ---- iotop -----------------------------------------------------------------------

do
  local victim = H.victim("rc_io")
  local dir = tmp .. "/io"
  os.execute("mkdir -p " .. dir)
  local code, out = trace("-l iotop,interval=0.4", victim .. " " .. dir)
  H.ok(code == 0, "iotop: exit status 0")
  local live = lines_matching(out, "^%d%d:%d%d:%d%d$")
  H.ok(#live >= 2, "iotop,interval=0.4: live tables while the program runs (" .. #live .. ")", out)
  local first = out:match("^%d%d:%d%d:%d%d\n[^\n]*\n([^\n]*)") or ""
  H.ok(first:find("^ +0 +%d +0 B +%d+%.0 KiB +[^\n]*/rc%-out$") ~= nil, "iotop: the first interval's writes", out)
  local total = out:match("\ntotal:\n(.*)$") or ""
  H.ok(total:find("\n +17 +4 +256%.0 KiB +256%.0 KiB +[^\n]*/io/rc%-out\n") ~= nil,
       "iotop: totals for rc-out (17 reads, 4 writes, 256 KiB each way)", out)
  H.ok(total:find("\n +1 +1 +4%.0 KiB +4%.0 KiB +[^\n]*/io/rc%-in\n") ~= nil, "iotop: pread and write counted", out)
  code, out = trace("-l iotop,interval=0,top=1", victim .. " " .. dir)
  H.ok(#lines_matching(out, "^%d%d:%d%d") == 0 and #lines_matching(out, "KiB") == 1,
       "iotop,interval=0,top=1: no live view, one file", out)
end

-- ---- syscount --------------------------------------------------------------------

do
  local code, out = trace("-l syscount,top=0", H.victim("rc_slow"))
  H.ok(code == 0, "syscount: exit status 0")
  H.ok(out:match("^PID +COMM +CALLS +ERRORS\n%d+ +rc_slow +%d+ +%d+\n") ~= nil, "syscount: one process row", out)
  H.ok(out:find("\n  getppid +50\n") ~= nil, "syscount: 50 getppid", out)
  H.ok(out:find("\n  clock_nanosleep +4\n") ~= nil, "syscount: 4 clock_nanosleep", out)
  H.ok(out:find("\n  exit_group +1\n") ~= nil, "syscount: exit_group counted at entry", out)
  code, out = trace("-f -l syscount,top=2", "sh -c 'cat /nonexistent-rc; exit 0'")
  H.ok(out:find("\n%d+ +sh +%d+ +%d+\n") ~= nil and out:find("\n%d+ +cat +%d+ +%d+\n") ~= nil,
       "syscount -f: a row per process, comm after exec", out)
  H.ok(#lines_matching(out, "^  ") == 4, "syscount,top=2: two syscalls per process", out)
  code, out = trace("-f -l syscount,top=0", "sh -c 'cat /nonexistent-rc; exit 0'")
  local cat = out:match("\n%d+ +cat +%d+ +%d+(\n.*)$") or ""
  H.ok(cat:find("\n  openat +%d+ +[1-9]%d*  ENOENT [1-9]") ~= nil,
       "syscount: errors per syscall with their errno", out)
end

-- ---- --new-script and --script-help -------------------------------------------------

do
  local dir = tmp .. "/new"
  os.execute("mkdir -p " .. dir)
  local code, out, err = H.sh(("cd %s && %s --new-script rc_new"):format(dir, M))
  local text = H.read(dir .. "/rc_new.lua") or ""
  H.ok(code == 0 and text:find("^%-%- rc_new: ") ~= nil, "--new-script: writes NAME.lua", err)
  H.ok(has(out, "moontrace -l ./rc_new.lua") and has(out, "~/.config/moontrace/scripts/"),
       "--new-script: says how to run it and where to put it", out)
  for _, part in ipairs{ "filter{", 'on("enter"', 'on("exit"', "at_exit(" } do
    H.ok(has(text, part), "--new-script: the skeleton has " .. part)
  end
  H.write(dir .. "/rc_new.lua", text .. "-- mine\n")
  code, _, err = H.sh(("cd %s && %s --new-script rc_new"):format(dir, M))
  H.ok(code == 1 and has(err, "rc_new.lua exists; not overwriting it")
       and has(H.read(dir .. "/rc_new.lua"), "-- mine"), "--new-script: refuses to overwrite", err)
  code = H.sh(("cd %s && %s -l ./rc_new.lua true"):format(dir, M))
  H.ok(code == 0, "--new-script: the skeleton loads and runs (moontrace -l ./rc_new.lua true)")
  code, out = trace("-l " .. dir .. "/rc_new.lua", ("cat %s/hello.txt /nonexistent-rc"):format(tmp))
  H.ok(out:find(tmp:gsub("%p", "%%%0") .. "/hello%.txt   %d+\n") and has(out, "/nonexistent-rc   ENOENT") and has(out, "most opened:"),
       "--new-script: the skeleton's hooks and summary work", out)
  code, _, err = H.sh(("%s --new-script %s/sub/x.lua"):format(M, dir))
  H.ok(code == 1 and has(err, "cannot write"), "--new-script: an unwritable place is refused", err)
  code, _, err = H.sh(("%s --new-script 'a,b'"):format(M))
  H.ok(code == 1 and has(err, "invalid script name 'a,b'"), "--new-script: a name -l could not take is refused", err)

  code, out = H.sh(("%s --script-help %s/rc_new.lua"):format(M, dir))
  H.ok(code == 0 and out:find("^rc_new: what question") ~= nil, "--script-help: a script's header", out)
  code, _, err = H.sh(M .. " --script-help no-such-script")
  H.ok(code == 1 and has(err, "no script named 'no-such-script'"), "--script-help: unknown name", err)
end

-- Every recipe: listed, with a help that says what it answers and how to run it.
do
  local _, list = H.sh(M .. " --list-scripts")
  for _, name in ipairs{ "execsnoop", "opensnoop", "netconns", "slow", "fdleaks", "iotop", "syscount" } do
    local code, help = H.sh(M .. " --script-help " .. name)
    H.ok(code == 0 and help:find("^" .. name .. ": [^\n]*%?\n") ~= nil
         and help:find("\n  moontrace [^\n]*%-l " .. name) ~= nil
         and ("\n" .. list):find("\n" .. name .. " +" .. name .. ": ") ~= nil,
         name .. ": listed, help asks its question and shows how to run it", help)
  end
end

H.done()
