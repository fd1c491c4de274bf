-- cli_test.lua: the command line's answers to good and bad input.
local H = dofile((arg[0]:gsub("[^/]*$", "")) .. "harness.lua")
local M = H.moontrace

local function one_line(s) return select(2, s:gsub("\n", "")) == 1 end

-- Bad input: one clear line on stderr, exit status 1, nothing traced.
local function refuses(desc, args, pattern)
  local code, out, err = H.sh(M .. " " .. args)
  H.ok(code == 1, desc .. ": exit status 1 (got " .. tostring(code) .. ")", err)
  H.ok(one_line(err) and err:find(pattern) ~= nil,
       desc .. ": one line matching '" .. pattern .. "'", "stderr was: " .. err)
end

refuses("unknown syscall", "-e trace=opn true", "invalid system call 'opn' %(did you mean 'open'%?%)")
refuses("unknown syscall in --trace", "--trace=read,wirte true", "invalid system call 'wirte'")
refuses("unknown class", "-e trace=%nosuch true", "invalid system call '%%nosuch'")
refuses("bad qualifier", "-e frobnicate=1 true", "invalid %-e qualifier 'frobnicate'")
refuses("bad status", "-e status=sometimes true", "invalid status 'sometimes'")
refuses("missing command", "nonexistent-cmd-xyz", "^moontrace: Can't stat 'nonexistent%-cmd%-xyz': No such file or directory")
refuses("missing path", "/no/such/prog", "Can't stat '/no/such/prog'")
refuses("no command", "-f", "must have PROG")
refuses("invalid option", "-Q true", "invalid option")
refuses("bad -s", "-s lots true", "invalid %-s argument")
refuses("bad -p", "-p abc", "Invalid process id: 'abc'")
refuses("missing pid", "-p 999999999", "999999999")
refuses("unwritable -o", "-o /nonexistent/dir/out true", "Can't fopen '/nonexistent/dir/out'")
refuses("bad --low-latency", "--low-latency=fast true", "invalid %-%-low%-latency argument: 'fast'")

-- Not root: --low-latency=on says why it cannot and traces anyway (auto
-- quietly does without), as strace does with an unavailable --seccomp-bpf.
do
  local as_nobody = "setpriv --reuid=65534 --regid=65534 --clear-groups "
  if H.sh(as_nobody .. M .. " -V") == 0 and H.sh("test -e /dev/cpu_dma_latency") == 0 then
    local c, _, e = H.sh(as_nobody .. M .. " --low-latency=on -e trace=exit_group sh -c 'exit 2'")
    H.ok(c == 2 and e:find("%-%-low%-latency=on: /dev/cpu_dma_latency: Permission denied") ~= nil
         and e:find("exit_group%(2%)") ~= nil,
         "--low-latency=on as nobody: one warning, the trace goes on", e)
    c, _, e = H.sh(as_nobody .. M .. " -e trace=exit_group sh -c 'exit 2'")
    H.ok(c == 2 and not e:find("latency"), "auto as nobody: nothing said", e)
  else
    H.ok(true, "# SKIP moontrace cannot run as nobody here, or no /dev/cpu_dma_latency")
    H.ok(true, "# SKIP moontrace cannot run as nobody here, or no /dev/cpu_dma_latency")
  end
end

-- --low-latency changes how fast, never what is traced.
for _, mode in ipairs{ "on", "off", "auto" } do
  local c, o, e = H.sh(("%s --low-latency=%s -e trace=write sh -c 'echo x; exit 4'"):format(M, mode))
  H.ok(c == 4 and e:find('write%(1, "x\\n", 2%) += 2') ~= nil,
       "--low-latency=" .. mode .. ": same trace, exit status kept", e)
end

-- Scripts that cannot run are refused before anything is traced.
local marker = H.tmp .. "/marker"
H.write(H.tmp .. "/broken.lua", "on('exit', function(ev)\n  print(ev.name\nend)\n")
local code, _, err = H.sh(("%s -l %s/broken.lua touch %s"):format(M, H.tmp, marker))
H.ok(code == 1 and err:find("broken%.lua:%d+:") ~= nil, "syntax error: file:line, exit 1", err)
H.ok(H.read(marker) == nil, "syntax error: the command was not run")
refuses("unreadable script", "-l /nonexistent/script.lua true", "cannot read script '/nonexistent/script.lua'")
refuses("unknown script name", "-l no-such-script true", "no script named 'no%-such%-script'")

-- A runtime error in a hook: reported with file:line and a traceback,
-- tracing goes on, the program's exit status is kept.
H.write(H.tmp .. "/oops.lua", [[
local n = 0
on("exit", function(ev)
  n = n + 1
  if n == 3 then error("boom on call " .. n) end
end)
on("exited", function(ev) print("exited", ev.status) end)
]])
code, _, err = H.sh(("%s -l %s/oops.lua sh -c 'exit 5'"):format(M, H.tmp))
H.ok(code == 5, "hook error: exit status of the command kept (got " .. tostring(code) .. ")")
H.ok(err:find("oops%.lua:4: boom on call 3") ~= nil, "hook error: file:line and message", err)
H.ok(err:find("stack traceback:") ~= nil, "hook error: traceback printed", err)
H.ok(err:find("exited\t5") ~= nil, "hook error: later hooks still run", err)

-- An endless loop in a hook is broken by SIGINT; tracing goes on.
H.write(H.tmp .. "/loop.lua", [[
on("exit", "write", function(ev) while true do end end)
on("exited", function(ev) print("exited", ev.status) end)
]])
os.execute(("(%s -l %s/loop.lua sh -c 'echo hi; exit 6' >/dev/null 2>%s/loop.err; echo $? > %s/loop.rc) & sleep 1; pkill -INT -f 'loop.lua sh -c'"):format(M, H.tmp, H.tmp, H.tmp))
os.execute("sleep 0.5")
local lerr = H.read(H.tmp .. "/loop.err") or ""
H.ok(lerr:find("interrupted by a signal") and lerr:find("loop%.lua:1"), "Ctrl-C breaks an endless hook, with file:line", lerr)
H.ok(lerr:find("exited\t6"), "tracing goes on after the interrupted hook", lerr)
H.ok((H.read(H.tmp .. "/loop.rc") or ""):match("^6"), "exit status kept after the interrupted hook")

-- --strict: a failing hook stops tracing cleanly, exit 1, the program runs on.
code, _, err = H.sh(("%s --strict -l %s/oops.lua sh -c 'exit 5'"):format(M, H.tmp))
H.ok(code == 1 and err:find("strict mode") ~= nil, "--strict: first hook error stops tracing with status 1", err)

-- Exit status: the command's, 128+signal when it is killed.
code = H.sh(M .. " -o /dev/null sh -c 'exit 42'")
H.ok(code == 42, "exit status 42 passed through (got " .. tostring(code) .. ")")
code = H.sh(M .. " -o /dev/null sh -c 'kill -9 $$'")
H.ok(code == 137, "killed by SIGKILL: exit status 137 (got " .. tostring(code) .. ")")
local _, _, kerr = H.sh(M .. " sh -c 'kill -9 $$'")
H.ok(kerr:find("%+%+%+ killed by SIGKILL %+%+%+") ~= nil, "killed by SIGKILL line", kerr)

-- -p: attach to a running process, detach on SIGINT; it keeps running.
do
  local pidfile = H.tmp .. "/loop.pid"
  os.execute(("sh -c 'echo $$ > %s; while :; do sleep 0.05; done' >/dev/null 2>&1 &"):format(pidfile))
  os.execute("sleep 0.2")
  local pid = tonumber(H.read(pidfile))
  local trace = H.tmp .. "/attach.out"
  os.execute(("%s -o %s -p %d 2>%s/attach.err & echo $! > %s/mt.pid"):format(M, trace, pid, H.tmp, H.tmp))
  os.execute("sleep 0.6")
  local mtpid = tonumber(H.read(H.tmp .. "/mt.pid"))
  os.execute("kill -INT " .. mtpid)
  os.execute("sleep 0.3")
  local stat = H.read("/proc/" .. pid .. "/stat") or ""
  local state = stat:match("%) (%a)")
  local mtstat = H.read("/proc/" .. mtpid .. "/stat")
  local alive_mt = mtstat and not mtstat:match("%) [ZX]")  -- a zombie has ended
  local err = H.read(H.tmp .. "/attach.err") or ""
  local text = H.read(trace) or ""
  H.ok(state == "S" or state == "R", "-p: process still running after SIGINT (state " .. tostring(state) .. ")")
  H.ok(not alive_mt, "-p: moontrace ended on SIGINT")
  H.ok(err:find("Process " .. pid .. " attached") and err:find("Process " .. pid .. " detached"),
       "-p: attached and detached messages", err)
  H.ok(text:find("wait4%(") ~= nil or text:find("clone%(") ~= nil, "-p: the shell's calls were traced", text)
  os.execute("kill " .. pid)
end

-- Help and version.
code, out = H.sh(M .. " -h")
H.ok(code == 0 and out:find("Usage: moontrace") ~= nil, "-h prints usage")
code, out = H.sh(M .. " -V")
H.ok(code == 0 and out:find("moontrace %-%- version") ~= nil, "-V prints the version")

-- The trace goes to stderr, the program's output to stdout, unmixed.
code, out, err = H.sh(M .. " echo hi")
H.ok(out == "hi\n" and err:find('write%(1, "hi\\n", 3%)%s+= 3') ~= nil,
     "trace on stderr, program output on stdout", out .. "\n" .. err)

H.done()
