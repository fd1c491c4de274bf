-- tamper_test.lua: -e inject= and -e fault=, against strace, and the
-- script API they are built on.
local H = dofile((arg[0]:gsub("[^/]*$", "")) .. "harness.lua")
local files = H.victim("files")
local dir = H.tmp
local py = "/usr/bin/python3"
local cmd = { "sh", "-c", "cat /etc/hostname; echo $$; " .. py .. " -c 'import os; os.getpid()'" }
local SI = { { "si_[us]time=%d+ /%* [%d.]+ s %*/", "si_Xtime=T" }, { "si_[us]time=%d+", "si_Xtime=T" } }

H.same("inject error on the 3rd openat", { "-e", "trace=openat", "-e", "inject=openat:error=ENOENT:when=3" }, { files, dir })
H.same("inject retval", { "-e", "trace=getpid", "-e", "inject=getpid:retval=42" }, cmd, { rules = SI })
H.same("fault every 2nd close from the 2nd", { "-e", "trace=close", "-e", "fault=close:when=2+2" }, { files, dir })
H.same("inject delays", { "-e", "trace=getpid", "-e", "inject=getpid:delay_enter=1000", "-e", "inject=getpid:delay_exit=1ms" }, cmd, { rules = SI })
H.same("inject with -f and a range", { "-f", "-e", "trace=openat", "-e", "inject=openat:error=EACCES:when=2..3" }, cmd,
       { merge = true, rules = SI })
H.same("inject signal", { "-e", "trace=getppid", "-e", "inject=getppid:signal=SIGUSR1:when=2" },
       { "sh", "-c", "trap 'echo usr1' USR1; " .. py .. " -c 'import os; os.getppid(); os.getppid()'" }, { rules = SI })

-- what strace refuses, we refuse, in one line
local function refuses(expr, pattern)
  local code, _, err = H.sh(H.moontrace .. " -e '" .. expr .. "' true")
  H.ok(code == 1 and select(2, err:gsub("\n", "")) == 1 and err:find(pattern),
       ("refuses -e %s"):format(expr), err)
end
refuses("inject=openat", "missing error=")
refuses("inject=openat:error=ENOPE", "invalid error 'ENOPE'")
refuses("inject=openat:error=ENOENT:retval=1", "mutually exclusive")
refuses("inject=openat:when=0:error=EIO", "invalid when '0'")
refuses("inject=openat:when=3..2:error=EIO", "invalid when '3..2'")
refuses("fault=nosuchcall", "invalid system call 'nosuchcall'")

-- the same through the script API: skip a call with an errno, in 3 lines
H.write(H.tmp .. "/deny.lua", [[
on("enter", "openat", function(ev)
  if (ev:str(ev.args[2]) or ""):find("hostname") then ev:skip("EACCES") end
end)
]])
local code, out, err = H.sh(("%s -l %s/deny.lua cat /etc/hostname"):format(H.moontrace, H.tmp))
H.ok(code == 1 and err:find("Permission denied") and out == "", "a script denies a file with ev:skip", err)

H.done()
