-- basic_test.lua: single-process traces, moontrace against strace.
local H = dofile((arg[0]:gsub("[^/]*$", "")) .. "harness.lua")

local files = H.victim("files")
local strings = H.victim("strings")
local dir = H.tmp

-- The reference article's first example and the foundation's done criterion.
H.same("date", {}, { "date" }, { env = "TZ=UTC LC_ALL=C" })
H.same("date -z", { "-z" }, { "date" }, { env = "TZ=UTC LC_ALL=C" })
H.same("true", {}, { "true" })
H.same("ls /", {}, { "ls", "/" }, { env = "LC_ALL=C" })

-- file syscalls: successes and failures, exit status 3
H.same("files", {}, { files, dir })
H.same("files -Z", { "-Z" }, { files, dir })
H.same("files -z", { "-z" }, { files, dir })
H.same("files -e trace=%file", { "-e", "trace=%file" }, { files, dir })
H.same("files --trace=openat,close", { "--trace=openat,close" }, { files, dir })
H.same("files -e trace=!write,read", { "-e", "trace=!write,read" }, { files, dir })
H.same("files -e trace=/^(open|read)", { "-e", "trace=/^(open|read)" }, { files, dir })
H.same("files -e status=failed", { "-e", "status=failed" }, { files, dir })
H.same("files -v", { "-v" }, { files, dir }, {
  rules = { { "st_ino=%d+", "st_ino=INO" }, { "st_[amc]time=%d+", "st_Xtime=T" },
            { "st_[amc]time_nsec=%d+", "st_Xtime_nsec=N" },
            { "st_[amc]time=[%d%-T:%.+]+", "st_Xtime=T" } } })

-- strings: escaping and truncation
H.same("strings", {}, { strings })
H.same("strings -s 8", { "-s", "8" }, { strings })
H.same("strings -s 200", { "-s200" }, { strings })
H.same("strings -s 0", { "-s", "0" }, { strings })

-- memory: msync, mlock, mlock2, mlockall, munlockall
H.same("mlock %memory", { "-e", "trace=%memory" }, { H.victim("mlock") })

H.done()
