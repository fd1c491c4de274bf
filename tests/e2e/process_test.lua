-- process_test.lua: -f traces of several processes and threads.
-- Interleaving depends on the scheduler, so unfinished/resumed halves are
-- joined and lines compared per process (see harness.merge_unfinished).
local H = dofile((arg[0]:gsub("[^/]*$", "")) .. "harness.lua")
local py = "/usr/bin/python3"

-- The foundation's done criterion and the article's "process" example.
H.same("python subprocess -f %process", { "-f", "-e", "trace=%process" },
       { py, "-c", "import subprocess; subprocess.run(['true'])" }, { merge = true })
H.same("sh -c -f %process", { "-f", "--trace=%process" },
       { "sh", "-c", "/bin/true; (exit 3); exit 4" }, { merge = true })
-- the article's "thread" example: clone3 with CLONE_THREAD (the sleep after
-- join: Python's join returns before the thread's own exit call, which an
-- early exit_group could cut off, as it did once on a loaded machine)
H.same("python thread -f %process", { "-f", "-e", "trace=%process" },
       { py, "-c", "import threading, time; t = threading.Thread(target=lambda: None); t.start(); t.join(); time.sleep(0.2)" },
       { merge = true })
-- the article's obfuscated script: which programs does it run?
local script = H.tmp .. "/obf.sh"
H.write(script, [[#!/bin/bash
eval $(printf "\145\143\150\157\40\42\110\145\154\154\157\42")
eval $(echo "dt" | sed 's/t/ate/')
eval $(echo "bHMK" | base64 -d) / >/dev/null
]])
os.execute("chmod +x " .. script)
-- (the SIGCHLD lines are left out: which child of a pipeline exits first, and
-- whether two exits make one signal or two, is the scheduler's choice)
local function no_sigchld(l) return not l:find("--- SIGCHLD", 1, true) end
H.same("obfuscated bash -f execve", { "-f", "--trace=execve" }, { script },
       { merge = true, env = "TZ=UTC", filter = no_sigchld })
H.same("obfuscated bash -f -v execve", { "-f", "-v", "--trace=execve" }, { script },
       { merge = true, env = "TZ=UTC", filter = no_sigchld })
-- threads: every thread's calls are seen
local threads = H.victim("threads")
H.same("threads -f getppid", { "-f", "-e", "trace=getppid" }, { threads, "4", "50" }, { merge = true })
-- signals: handled, ignored, a child killed by SIGTERM
local signals = H.victim("signals")
H.same("signals -f", { "-f" }, { signals }, { merge = true })

H.done()
