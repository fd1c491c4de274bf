-- moontrace.sockinfo: what -yy shows for a socket descriptor, as strace
-- prints it: "TCP:[127.0.0.1:5000->127.0.0.1:40876]", "TCP:[127.0.0.1:5000]"
-- (listening), "UDP:[127.0.0.1:53031]", "TCPv6:[[::1]:48329]", "pid:1234"
-- (a pidfd),
-- "UNIX-STREAM:[411583,\"/run/x.sock\"]", or "TCP:[inode]" when unbound.
--
-- strace asks the kernel with sock_diag netlink.  We ask the socket
-- itself: its protocol's name (the system.sockprotoname attribute), and
-- through a copy of it (pidfd_getfd) its own and its peer's address; UNIX
-- socket paths come from /proc/PID/net/unix, a UNIX socket's peer from
-- sock_diag (core.unix_peer).
--
-- sock_diag answers for the sockets of strace's own network namespace
-- only: a socket of another one (unshare -n) prints as "TCP:[inode]".  So
-- the socket lists read are moontrace's own (/proc/self/net/...), and the
-- endpoints of a socket are shown only when its process shares our
-- namespace.

local M = {}

local read = require("moontrace.proc").read_file

local TCP_CLOSE = 7

-- Whether process pid is in moontrace's network namespace.
local function same_netns(pid)
  local core = require "moontrace.core"
  if not core.readlink then return true end
  local mine = core.readlink("/proc/self/ns/net")
  local theirs = core.readlink(("/proc/%d/ns/net"):format(pid))
  return mine == nil or theirs == nil or mine == theirs
end
M.same_netns = same_netns

-- TCP, UDP and their v6: the endpoints come from a copy of the socket
local function inet(pid, fd, proto, inode)
  local core = require "moontrace.core"
  if not same_netns(pid) then return nil end
  local here, there, state = core.sockaddrs(pid, fd)
  if not here or here == "" then return nil end
  -- a closed TCP socket left with a wildcard address (a refused connect)
  -- is not one the kernel's socket lists show: strace prints its inode
  if state == TCP_CLOSE and there == "" and (here:match("^0%.0%.0%.0:") or here:match("^%[::%]:")) then
    return nil
  end
  if there == "" then return ("%s:[%s]"):format(proto, here) end
  return ("%s:[%s->%s]"):format(proto, here, there)
end

local function unix(pid, proto, inode)
  local core = require "moontrace.core"
  local peer = core.unix_peer(tonumber(inode))
  if peer and peer ~= 0 then return ("%s:[%s->%d]"):format(proto, inode, peer) end
  local text = read("/proc/self/net/unix")
  if not text then return nil end
  for l in text:gmatch("[^\n]+") do
    local ino, path = l:match("^%x+: %x+ %x+ %x+ %x+ %x+ +(%d+) ?(.*)$")
    if ino == inode and path and path ~= "" then
      if path:sub(1, 1) == "@" then
        return ('%s:[%s,@"%s"]'):format(proto, inode, path:sub(2))
      end
      return ('%s:[%s,"%s"]'):format(proto, inode, path)
    end
  end
  return nil
end

-- For f.fdextra: path is the descriptor's link ("socket:[411583]").  The
-- protocol's name comes from the socket itself (system.sockprotoname).
function M.describe(pid, path, fd)
  if path == "anon_inode:[pidfd]" then
    -- a pidfd: the process it stands for, from its fdinfo
    local info = read(("/proc/%d/fdinfo/%d"):format(pid, fd))
    local target = info and info:match("\nPid:%s*(%-?%d+)")
    return target and ("pid:" .. target) or nil
  end
  local inode = path and path:match("^socket:%[(%d+)%]$")
  if not inode then return nil end
  local core = require "moontrace.core"
  local proto = core.getxattr(("/proc/%d/fd/%d"):format(pid, fd), "system.sockprotoname")
  if not proto then return nil end
  local found
  if proto:match("^UNIX") then found = unix(pid, proto, inode)
  else found = inet(pid, fd, proto, inode) end
  return found or ("%s:[%s]"):format(proto, inode)
end

return M
