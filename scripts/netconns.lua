-- netconns: what does the program connect to, and what does it serve?
--
-- One line per socket, bind, listen, accept and connect, with the address and
-- the result; at the end, a summary of the endpoints.
--   moontrace -f -l netconns ./server
--
--   PID     CALL      FD  RESULT        ADDRESS
--   48213   socket     3  ok            AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP
--   48213   bind       3  ok            127.0.0.1:8080
--   48213   listen     3  ok            127.0.0.1:8080
--   48213   accept4    3  fd 5          127.0.0.1:51234
--   48214   connect    4  ECONNREFUSED  127.0.0.1:8081
--
--   endpoints:
--     listen   127.0.0.1:8080           1 accepted
--     bind     127.0.0.1:8080           1 ok
--     connect  127.0.0.1:8081           0 ok, 1 failed (ECONNREFUSED 1)
--
-- Addresses come from moontrace's sockaddr decoder, shortened to ip:port,
-- [ip6]:port, a unix path or @abstract name.

local f = require "moontrace.fmt"
local net = require "moontrace.decode.net"

local CALLS = { "socket", "bind", "listen", "accept", "accept4", "connect" }

local bound = per_process()          -- pid -> { [fd] = address it was bound to }
local endpoints = {}                 -- "role address" -> { role, addr, ok, failed, errors }

-- "{sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr("1.2.3.4")}" -> "1.2.3.4:80"
local function endpoint(ev, addr, len, exiting)
  local text = net.sockaddr(ev, f, addr, len, exiting)
  local port, ip = text:match('sin_port=htons%((%d+)%), sin_addr=inet_addr%("([^"]*)"%)')
  if port then return ip .. ":" .. port end
  port, ip = text:match('sin6_port=htons%((%d+)%).-inet_pton%(AF_INET6, "([^"]*)"')
  if port then return "[" .. ip .. "]:" .. port end
  local path = text:match("sun_path=(.*)}$")
  if path then return (path:gsub('"', "")) end
  return text
end

local function endpoint_of(role, addr)
  local key = role .. " " .. addr
  endpoints[key] = endpoints[key] or { role = role, addr = addr, ok = 0, failed = 0, errors = counter() }
  return endpoints[key]
end

local function note(e, ev)
  if ev.err == 0 then e.ok = e.ok + 1 return end
  e.failed = e.failed + 1
  e.errors:add(ev.errname)
end

local function row(pid, call, fd, result, addr)
  printf("%-7s %-8s %3s  %-13s %s\n", pid, call, fd, result, addr)
end

row("PID", "CALL", "FD", "RESULT", "ADDRESS")

on("exit", CALLS, function(ev)
  local a, name = ev.args, ev.name
  local fd = f.s32(a[1])
  local result = ev.err ~= 0 and ev.errname or "ok"
  local addr
  if name == "socket" then
    fd = ev.err == 0 and ev.ret or -1
    addr = net.socket.enter(ev, f)
  elseif name == "bind" or name == "connect" then
    addr = endpoint(ev, a[2], a[3])
    if name == "bind" and ev.err == 0 then bound[ev.tgid][fd] = addr end
    note(endpoint_of(name, addr), ev)
  elseif name == "listen" then
    addr = bound[ev.tgid][fd] or "?"
    if ev.err == 0 then endpoint_of("listen", addr) end
  else -- accept, accept4: the peer's address is there after the call
    local len = ev.err == 0 and a[2] ~= 0 and ev:peek(a[3], "<i4")
    addr = len and endpoint(ev, a[2], len, true) or "?"
    if ev.err == 0 then result = "fd " .. ev.ret end
    note(endpoint_of("listen", bound[ev.tgid][fd] or "?"), ev)
  end
  row(ev.pid, name, fd, result, addr)
end)

local ORDER = { listen = 1, bind = 2, connect = 3 }

at_exit(function()
  local list = {}
  for _, e in pairs(endpoints) do list[#list + 1] = e end
  if #list == 0 then return end
  table.sort(list, function(x, y)
    if x.role ~= y.role then return ORDER[x.role] < ORDER[y.role] end
    return x.addr < y.addr
  end)
  report("\nendpoints:")
  for _, e in ipairs(list) do
    local what = ("%d %s"):format(e.ok, e.role == "listen" and "accepted" or "ok")
    if e.failed > 0 then
      local errs = {}
      for _, kv in ipairs(e.errors:top()) do errs[#errs + 1] = kv[1] .. " " .. kv[2] end
      what = what .. (", %d failed (%s)"):format(e.failed, table.concat(errs, ", "))
    end
    report("  %-8s %-24s %s", e.role, e.addr, what)
  end
end)
