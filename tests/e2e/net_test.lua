-- net_test.lua: the article's socket scenario (server and client on
-- loopback), moontrace against strace.
local H = dofile((arg[0]:gsub("[^/]*$", "")) .. "harness.lua")
local net = H.victim("net")

H.same("net -f network calls", { "-f", "-e", "trace=socket,bind,listen,accept4,connect,sendto,recvfrom,close" },
       { net, "5101" }, { merge = true })
H.same("net -f -z %network", { "-f", "-z", "-e", "trace=%network" }, { net, "5103" }, { merge = true })
H.same("net -f full", { "-f" }, { net, "5105" }, { merge = true })
-- socket options with structures: multicast memberships (ip_mreq, ipv6_mreq,
-- group_req), timeouts, linger, and the plain ints of each level
H.same("socket options", { "-e", "trace=socket,setsockopt,getsockopt", "-e", "signal=none" },
       { "python3", H.root .. "/tests/victims/sockopts.py" })
for _, style in ipairs{ "raw", "verbose" } do
  H.same("-X " .. style .. " socket addresses", { "-X", style, "-e", "trace=socket,bind,setsockopt", "-e", "signal=none" },
         { "python3", H.root .. "/tests/victims/sockaddrs.py" })
end

-- Interface names are looked up in moontrace's own network namespace, as
-- strace does (not in /sys/class/net, which may be another namespace's):
-- a bridge made in a private namespace is named there.
-- (both tracers run inside the new namespace; /sys stays the host's)
H.same("interface names in another network namespace", { "-f", "-qq", "-e", "trace=sendto,recvmsg", "-e", "signal=none" },
  { "sh", "-c", "ip link add br0 address 02:00:00:00:00:01 type bridge && ip -o link show br0 >/dev/null" },
  { env = "unshare -n", merge = true,
    rules = { { "nlmsg_seq=%d+", "nlmsg_seq=SEQ" }, { "nlmsg_pid=%-?%d+", "nlmsg_pid=PID" } } })

H.done()
