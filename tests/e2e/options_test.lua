-- options_test.lua: strace's output-format options, moontrace against strace.
local H = dofile((arg[0]:gsub("[^/]*$", "")) .. "harness.lua")

local files = H.victim("files")
local strings = H.victim("strings")
local dir = H.tmp

-- clock readings differ between runs: keep their shape only
local TIMES = {
  { "HH:MM:SS%.%d%d%d%d%d%d ", "HH:MM:SS.USEC " },  -- (the harness made HH:MM:SS)
  { "^(%S*%s*)%d%d%d%d%d%d%d%d%d%d%.%d%d%d%d%d%d ", "%1EPOCH.USEC " },
  { "^(%S*%s*) *%d+%.%d%d%d%d%d%d ", "%1REL " },
  { " <%d+%.%d%d%d%d%d%d>$", " <DUR>" },
}

H.same("-t", { "-t", "-e", "trace=close,openat" }, { files, dir }, { rules = TIMES })
H.same("-tt", { "-tt", "-e", "trace=close,openat" }, { files, dir }, { rules = TIMES })
H.same("-ttt", { "-ttt", "-e", "trace=close,openat" }, { files, dir }, { rules = TIMES })
H.same("-r", { "-r", "-e", "trace=close,openat" }, { files, dir }, { rules = TIMES })
H.same("-T", { "-T", "-e", "trace=close,openat,read" }, { files, dir }, { rules = TIMES })
H.same("-tt -T -f", { "-tt", "-T", "-f", "-e", "trace=execve,exit_group" }, { "sh", "-c", "/bin/true" },
       { rules = TIMES, merge = true })
-- (without seccomp-bpf: only then does the core know the untraced exit_group)
H.same("--syscall-number", { "--syscall-number", "-e", "trace=openat,close" }, { files, dir },
       { mt_extra = { "--no-seccomp-bpf" } })
H.same("-a 20", { "-a", "20", "-e", "trace=close,lseek" }, { files, dir })
H.same("--instruction-pointer", { "--instruction-pointer", "-e", "trace=close" }, { files, dir },
       { rules = { { "^%[%x+%]", "[IP]" } } })
H.same("-qq", { "-qq", "-e", "trace=close" }, { files, dir })
H.same("-e quiet=exit", { "-e", "quiet=exit", "-e", "trace=close" }, { files, dir })
H.same("-e raw=", { "-e", "raw=openat,lseek", "-e", "trace=openat,lseek,close" }, { files, dir })
H.same("-e write=", { "-e", "write=3", "-e", "trace=write" }, { files, dir })
H.same("-e read=", { "-e", "read=all", "-e", "trace=read,pread64" }, { files, dir })
H.same("-X raw", { "-X", "raw", "-e", "trace=openat,mmap,lseek,close,access" }, { files, dir })
H.same("-X verbose", { "-X", "verbose", "-e", "trace=openat,mmap,lseek,close,access" }, { files, dir })
-- stat and statx modes and devices, socket types, resource limits
for _, style in ipairs{ "raw", "verbose" } do
  H.same("-X " .. style .. " structures", { "-f", "-X", style, "-e", "trace=socket,statx,newfstatat,prlimit64" },
         { "sh", "-c", "ls -l /etc/hostname /dev/null >/dev/null; stat /etc/hostname /dev/null >/dev/null; ulimit -s" },
         { merge = true, filter = function(l) return not l:find("^%S+ %-%-%- SIGCHLD") end })
end
H.same("-e verbose=none", { "-e", "verbose=none" }, { files, dir })
H.same("-e verbose=!fstat", { "-e", "verbose=!fstat,newfstatat" }, { files, dir })
H.same("-x", { "-x", "-e", "trace=write" }, { strings })
H.same("-xx", { "-xx", "-e", "trace=write" }, { strings })
H.same("-y", { "-y", "-e", "trace=%desc" }, { files, dir })
-- -yy: socket endpoints (inode numbers and kernel-chosen ports vary)
H.same("-yy sockets", { "-f", "-yy", "-e", "trace=bind,listen,accept4,connect,sendto,recvfrom,close" },
       { H.victim("net"), "5121" },
       { merge = true, rules = { { "(%u+v?6?:%[)%d+([%],])", "%1INODE%2" },
                                 { "(%d+%.%d+%.%d+%.%d+):%d%d%d%d%d", "%1:EPH" } } })
H.same("-yy unix sockets", { "-yy", "-e", "trace=write,close" },
       { "/usr/bin/python3", "-c", "import socket,os; p='" .. H.tmp .. "/sock'; a,b=socket.socketpair(); a.send(b'x'); s=socket.socket(socket.AF_UNIX); s.bind(p); s.listen(); c=socket.socket(socket.AF_UNIX); c.connect(p); d,_=s.accept(); c.close(); d.close(); s.close(); a.close(); b.close(); os.unlink(p)" },
       { rules = { { "(UNIX%-STREAM:%[)%d+", "%1INODE" }, { "(%->)%d+", "%1INODE" }, { "^close%(3</[^>]*>%)", "close(3<LIB>)" } } })
-- -yy on devices: "3</dev/null<char 1:3>>"; and on a plain file, nothing more
H.same("-yy devices", { "-f", "-yy", "-e", "trace=openat,read,write,close,dup2" },
       { "sh", "-c", "head -c 3 /dev/zero > /dev/null; cat /dev/null /etc/hostname > /dev/null" })
H.same("-yy pidfd", { "-yy", "-e", "trace=pidfd_open,close" },
       { "/usr/bin/python3", "-c", "import os; fd=os.pidfd_open(os.getpid()); os.close(fd)" },
       { rules = { { "^close%(3</[^>]*>%)", "close(3<LIB>)" }, { "pid:%d+", "pid:N" },
                   { "pidfd_open%(%d+", "pidfd_open(N" } } })
H.same("-X raw signals", { "-X", "raw", "-e", "trace=rt_sigprocmask,kill,rt_sigaction" }, { H.victim("signals") })
H.same("-X verbose signals", { "-X", "verbose", "-e", "trace=rt_sigprocmask,kill,rt_sigaction" }, { H.victim("signals") })
H.same("-P", { "-P", "/nonexistent/file" }, { files, dir })
-- (the name after si_pid is there only if the child is not reaped yet when
-- the signal is printed: timing, under either tracer; pids.c checks it)
H.same("-Y -f", { "-Y", "-f", "-e", "trace=execve,exit_group" }, { "sh", "-c", "/bin/true" },
       { merge = true, rules = { { "(si_pid=[%w%.]+)<[^>]*>", "%1" } } })
-- -Y: every pid in arguments, results and siginfo that names a live process
-- (process group and session ids are the test's own, the same in both runs)
H.same("pids", {}, { H.victim("pids") })
H.same("-Y pids", { "-Y" }, { H.victim("pids") })
H.same("-Y pids -X verbose", { "-Y", "-X", "verbose" }, { H.victim("pids") })

-- -k: stack traces, symbolised and file-relative like strace's (libunwind)
H.same("-k", { "-k", "-e", "trace=close,exit_group" }, { "true" })
H.same("-k files", { "-k", "-e", "trace=openat,write" }, { files, dir })

-- -ff -o FILE: one file per process, no pid prefixes
do
  local a, b = H.tmp .. "/ffa", H.tmp .. "/ffb"
  H.sh(("strace -ff -o %s -e trace=execve,exit_group sh -c '/bin/true; /bin/true'"):format(a))
  H.sh(("%s -ff -o %s -e trace=execve,exit_group sh -c '/bin/true; /bin/true'"):format(H.moontrace, b))
  local function collect(prefix)
    local out = {}
    local p = io.popen("ls " .. prefix .. ".* 2>/dev/null")
    for f in p:lines() do
      local lines = H.normalise(H.read(f) or "")
      out[#out + 1] = table.concat(lines, "\n")
    end
    p:close()
    table.sort(out)
    return out
  end
  local la, lb = collect(a), collect(b)
  H.ok(#la == 3 and #lb == 3, ("-ff: one file per process (strace %d, moontrace %d)"):format(#la, #lb))
  H.ok(table.concat(la, "\n--\n") == table.concat(lb, "\n--\n"), "-ff: the files match strace's",
       "strace:\n" .. table.concat(la, "\n--\n") .. "\nmoontrace:\n" .. table.concat(lb, "\n--\n"))
end

-- -A appends, -o '|cmd' pipes
do
  local f = H.tmp .. "/app"
  H.write(f, "first line\n")
  H.sh(("%s -A -o %s -e trace=close true"):format(H.moontrace, f))
  local text = H.read(f) or ""
  H.ok(text:match("^first line\nclose%(3%)") ~= nil, "-A appends to the output file", text)
  local piped = H.tmp .. "/piped"
  H.sh(("%s -o '|tr a-z A-Z > %s' -e trace=close true"):format(H.moontrace, piped))
  text = H.read(piped) or ""
  H.ok(text:find("CLOSE%(3%)") ~= nil, "-o '|cmd' pipes the trace into cmd", text)
end

-- --color: strace 7's colours; stripped of them, the same trace
do
  local _, _, plain = H.sh("{ " .. H.moontrace .. " -e trace=openat,close,write " .. strings .. "; " .. H.moontrace .. " -e trace=openat " .. files .. " " .. dir .. "; }")
  local _, _, colored = H.sh("{ " .. H.moontrace .. " --color=always -e trace=openat,close,write " .. strings .. "; " .. H.moontrace .. " --color=always -e trace=openat " .. files .. " " .. dir .. "; }")
  local stripped = colored:gsub("\27%[[%d;]*m", "")
  H.ok(colored:find("\27%[33mopenat\27%[0m") ~= nil, "--color=always paints syscall names", colored)
  H.ok(colored:find("\27%[31m%-1 ") ~= nil, "--color=always paints errors red", colored)
  H.ok(stripped == plain, "--color: without the colour codes, the same trace", stripped)
  local _, _, auto = H.sh(H.moontrace .. " --color=auto -e trace=close true")
  H.ok(not auto:find("\27"), "--color=auto: no colour when the output is not a terminal")
  H.ok(plain:find("\\33%[31mred") ~= nil and not plain:find("\27"),
       "tracee bytes never reach the terminal raw (ESC is printed as \\33)")
end

-- -N (strace 7): argument names; without them, the same line as strace 6.1
do
  local _, _, named = H.sh(H.moontrace .. " -N -e trace=openat,read " .. files .. " " .. dir)
  local _, _, plain = H.sh(H.moontrace .. " -e trace=openat,read " .. files .. " " .. dir)
  H.ok(named:find('openat%(dirfd=AT_FDCWD, pathname="/etc/ld.so.cache", flags=O_RDONLY|O_CLOEXEC%)') ~= nil,
       "-N names openat's arguments", named)
  H.ok(named:find("read%(fd=3, buf=\"hello") ~= nil, "-N names read's arguments", named)
  local stripped = named:gsub("(%f[%w][%a_][%w_]*)=", function(w)
    return ({ dirfd = 1, pathname = 1, flags = 1, mode = 1, fd = 1, buf = 1, count = 1 })[w] and "" or w .. "="
  end)
  -- (the padding before "=" differs: named lines are longer)
  local function norm(t) return (t:gsub(" +=", " ="):gsub("0x%x+", "0xADDR")) end
  H.ok(norm(stripped) == norm(plain), "-N: only the names are added", stripped)
end

-- --always-show-pid (not in strace 6.1): [pid N] on every line
do
  local _, _, err = H.sh(H.moontrace .. " --always-show-pid -e trace=close true")
  H.ok(err:match("^%[pid +%d+%] close%(3%)") ~= nil, "--always-show-pid", err)
end

-- poll's list of ready descriptors ends where strace's 1 KiB buffer ends
-- (xargs polls 64 descriptors, most closed: 26 entries fit under -X verbose)
H.same("xargs poll -X verbose", { "-X", "verbose", "-e", "trace=poll" }, { "xargs", "--version" })
H.same("xargs poll -v", { "-v", "-e", "trace=poll" }, { "xargs", "--version" })

-- How the command starts: -E (environment), -u (user), -b execve (let go at exec).
-- The program's own output under both tracers, and moontrace's trace as strace's.
local function both_output(opts, cmd)
  local a = { H.sh(("strace -o /dev/null %s %s"):format(opts, cmd)) }
  local b = { H.sh(("%s -o /dev/null %s %s"):format(H.moontrace, opts, cmd)) }
  return a, b
end
do
  local a, b = both_output("-E FOO=bar -E HOME -E PATH=/bin:/usr/bin", [[sh -c 'echo "FOO=$FOO HOME=${HOME-unset} PATH=$PATH"']])
  H.ok(b[1] == 0 and b[2] == "FOO=bar HOME=unset PATH=/bin:/usr/bin\n" and b[2] == a[2],
       "-E sets, removes and replaces variables as strace does", b[2] .. b[3])
  a, b = both_output("-u nobody", [[sh -c 'id; grep -E "^(Uid|Gid|Groups):" /proc/self/status']])
  H.ok(b[1] == 0 and b[2]:find("^uid=65534%(nobody%)") and b[2] == a[2],
       "-u nobody: uid, gid and groups as under strace", b[2] .. b[3])
  -- a set-user-ID program keeps its owner as effective user (strace -u's rule)
  a, b = both_output("-u nobody", "passwd -S nobody")
  H.ok(b[1] == 0 and b[2]:find("^nobody ") and b[2] == a[2] and a[1] == 0,
       "-u nobody: the setuid passwd still reads /etc/shadow", b[2] .. b[3])
  a, b = both_output("-u no_such_user_x", "true")
  H.ok(b[1] == 1 and b[3] == "moontrace: Cannot find user 'no_such_user_x'\n" and a[1] == 1,
       "-u unknown: one line, status 1", b[3])
  a, b = both_output("-b open", "true")
  H.ok(b[1] == 1 and b[3]:find("^moontrace: Syscall 'open' for %-b isn't supported") and a[1] == 1,
       "-b other than execve: refused", b[3])
end
H.same("-u nobody passwd -S", { "-u", "nobody" }, { "passwd", "-S", "nobody" })
H.same("-b execve -f", { "-f", "-b", "execve", "-e", "trace=execve,exit_group" },
       { "sh", "-c", "/bin/true; echo x" }, { merge = true })
H.same("-b execve", { "-b", "execve" }, { "sh", "-c", "exec /bin/true" })

-- timestamp precisions: each digit of a clock reading becomes 9, so the
-- number of digits is compared, not the time
local function nines(text) return (text:gsub("%d", "9")) end
for _, o in ipairs{ "--absolute-timestamps=unix,ms", "--absolute-timestamps=ns", "--absolute-timestamps=s",
                     "--absolute-timestamps=format:unix,precision:us", "--relative-timestamps=ms",
                     "--relative-timestamps=s", "--relative-timestamps=ns", "--syscall-times=ms",
                     "--syscall-times=s", "--syscall-times=ns" } do
  H.same(o, { o, "-e", "trace=close,exit_group" }, { "true" },
         { rules = { { "^[%d%. ]+ ", nines }, { "^HH:MM:SS[%.%d]* ", nines }, { "<[%d%.]+>$", nines } } })
end
do
  local code, _, err = H.sh(H.moontrace .. " -tt --absolute-timestamps=ms true")
  H.ok(code == 1 and err:find("-t and --absolute-timestamps cannot be provided simultaneously", 1, true),
       "-t with --absolute-timestamps: refused", err)
end

-- -e decode-fds=SET: each detail on its own (path, socket, dev, pidfd)
do
  local fds = H.victim("fds")
  local rules = { { "%[%d+%]", "[INODE]" }, { "%[%d+%->%d+%]", "[INODE->INODE]" },
                  { "(TCP:%[127%.0%.0%.1:)%d+%]", "%1PORT]" }, { "pid:[%w%.]+>", "pid:N>" } }
  for _, set in ipairs{ "path", "socket", "dev", "pidfd", "path,socket", "all", "!socket", "none", "dev,pidfd" } do
    H.same("decode-fds=" .. set, { "-e", "decode-fds=" .. set, "-e", "trace=close,openat" }, { fds }, { rules = rules })
  end
  local code, _, err = H.sh(H.moontrace .. " -y -e decode-fds=socket true")
  H.ok(code == 1 and err:find("-y and --decode-fds cannot be provided simultaneously", 1, true),
       "-y with -e decode-fds: refused, as by strace", err)
end

-- -D, -DD, -DDD: the program stays its parent's child; the tracer, a
-- grandchild, may still be writing when the program is done: wait for it.
do
  local function finished(path)
    for _ = 1, 100 do
      local text = H.read(path) or ""
      if text:find("%+%+%+ exited with %d+ %+%+%+\n$") then return text end
      os.execute("sleep 0.05")
    end
    return H.read(path) or ""
  end
  for _, d in ipairs{ "-D", "-DD", "-DDD" } do
    local a, b = H.tmp .. "/d_strace.out", H.tmp .. "/d_mt.out"
    os.remove(a); os.remove(b)
    local cmd = [[sh -c 'echo "$PPID"; /bin/true; exit 3']]
    local ca, outa = H.sh(("sh -c 'strace %s -f -o %s %s; echo \"rc=$? sh=$$\"'"):format(d, a, cmd:gsub("'", "'\\''")))
    local cb, outb = H.sh(("sh -c '%s %s -f -o %s %s; echo \"rc=$? sh=$$\"'"):format(H.moontrace, d, b, cmd:gsub("'", "'\\''")))
    local ppid, rc, sh = outb:match("^(%d+)\nrc=(%d+) sh=(%d+)\n$")
    H.ok(ca == 0 and cb == 0 and ppid and ppid == sh and rc == "3",
         d .. ": the program is the shell's child and its status the shell's ($? 3)", outb)
    local la = H.by_pid(H.merge_unfinished(H.normalise(finished(a), nil, H.plain_numbers(H.read(b) or ""))))
    local lb = H.by_pid(H.merge_unfinished(H.normalise(finished(b), nil, H.plain_numbers(H.read(a) or ""))))
    local same, total = H.score(la, lb)
    H.ok(same == total and total > 0, ("%s -f: %d/%d lines identical to strace"):format(d, same, total), H.diff(la, lb))
  end
end

-- A PID namespace (unshare -p): pids as the program sees them, followed by
-- ours with --decode-pids=pidns; -Y finds the names through them
do
  -- (the background sleep is given time to exec: its name is then "sleep")
  local prog = { "unshare", "-pf", "sh", "-c", "/bin/true; kill -0 $$; sleep 0.3 & sleep 0.1; kill -0 $!; wait" }
  local rules = { { "in strace's PID NS", "in moontrace's PID NS" } }
  H.same("--decode-pids=pidns", { "-f", "--decode-pids=pidns", "-e", "trace=getpid,kill,wait4,getppid" }, prog,
         { merge = true, rules = rules })
  -- (-qq: an exit line's name is read when the parent may have reaped the
  -- process already, under either tracer)
  H.same("-Y in a PID namespace", { "-f", "-qq", "-Y", "-e", "trace=getpid,kill" }, prog,
         { merge = true, rules = rules })
end

H.done()
