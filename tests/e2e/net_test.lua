-- net_test.lua: the article's socket scenario (server and client on
-- loopback), moontrace against strace.
local H = dofile((arg[0]:gsub("[^/]*$", "")) .. "harness.lua")
local net = H.victim("net")

H.same("net -f network calls", { "-f", "-e", "trace=socket,bind,listen,accept4,connect,sendto,recvfrom,close" },
       { net, "5101" }, { merge = true })
H.same("net -f -z %network", { "-f", "-z", "-e", "trace=%network" }, { net, "5103" }, { merge = true })
H.same("net -f full", { "-f" }, { net, "5105" }, { merge = true })

H.done()
