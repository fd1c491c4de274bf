-- record.lua: loaded by mini; prints strace-style lines with the moontrace
-- decoders and records, per syscall, the tracee memory they read.
local REPO = os.getenv("MT_REPO")
local WORK = os.getenv("MT_WORK")
package.path = REPO .. "/lua/?.lua;" .. REPO .. "/lua/?/init.lua;" .. package.path
local f = require "moontrace.fmt"
local decode = require "moontrace.decode"
local errno = require "moontrace.xlat.errno"
local OPT = {}
for l in io.lines(WORK .. "/opts") do local k, v = l:match("(%S+)=(%S*)") if k then OPT[k] = v end end
local function os_getenv(k) return OPT[k] end
f.opts.verbose = os_getenv("MT_VERBOSE") == "1"
f.opts.strsize = tonumber(os_getenv("MT_STRSIZE") or "32")
f.opts.xflag = tonumber(os_getenv("MT_XFLAG") or "0")
f.opts.yflag = tonumber(os_getenv("MT_YFLAG") or "0")
local real_fdpath
real_fdpath = function(pid, fd) local p = io.popen("readlink /proc/" .. pid .. (fd == -100 and "/cwd" or ("/fd/" .. fd))) local s = p:read("l") p:close() return s end
local ev = { priv = nil }
local rec, phase = nil, "enter"
f.fdpath = function(pid, fd)
  local r = real_fdpath(pid, fd)
  if r and rec then rec.paths[fd] = r end
  return r
end
local function lit(b)
  return '"' .. b:gsub(".", function(c)
    local n = c:byte()
    if n >= 32 and n < 127 and c ~= '"' and c ~= "\\" then return c end
    return ("\\x%02x"):format(n)
  end) .. '"'
end
local REC = {
  read = function(self, addr, len)
    local r, m, e = METHODS.read(self, addr, len)
    if r and len > 0 then rec[phase][#rec[phase] + 1] = { addr, r } end
    return r, m, e
  end,
  str = function(self, addr, max)
    local r, nul = METHODS.str(self, addr, max)
    if r then rec[phase][#rec[phase] + 1] = { addr, nul and (r .. "\0") or r } end
    return r, nul
  end,
}
setmetatable(ev, { __index = function(t, k) return REC[k] end })
local cases = assert(io.open(WORK .. "/cases.out", "w"))
local function pathlit(t)
  local out = {}
  for fd, p in pairs(t) do out[#out + 1] = ("[%d] = %s"):format(fd, lit(p)) end
  table.sort(out)
  return "{ " .. table.concat(out, ", ") .. " }"
end
local function memlit(list)
  local by, order = {}, {}
  for _, e in ipairs(list) do
    if not by[e[1]] then order[#order + 1] = e[1] end
    if not by[e[1]] or #e[2] > #by[e[1]] then by[e[1]] = e[2] end
  end
  local out = {}
  for _, addr in ipairs(order) do out[#out + 1] = ("[0x%x] = %s"):format(addr, lit(by[addr])) end
  return "{ " .. table.concat(out, ", ") .. " }"
end
local line
local out = assert(io.open(WORK .. "/m.out", "w"))
out:setvbuf("line")
function on_syscall(e)
  if e.kind == "enter" then
    ev.name, ev.nr, ev.args, ev.pid, ev.tgid, ev.kind = e.name, e.nr, e.args, e.pid, e.pid, "enter"
    ev.sp = e.sp
    ev.err, ev.ret, ev.priv = 0, nil, nil
    rec, phase = { enter = {}, exit = {}, paths = {} }, "enter"
    local d = decode.decoders[ev.name]
    ev.dec = d
    if d then
      line = ev.name .. "(" .. (d.enter and d.enter(ev, f) or "")
    else
      local a = {}
      for i = 1, 6 do a[i] = f.hex(ev.args[i]) end
      line = "RAW " .. ev.name .. "(" .. table.concat(a, ", ")
    end
    if d and d.noreturn then
      out:write(line .. ") = ?\n")
      local a = {}
      for i = 1, 6 do a[i] = ("%d"):format(ev.args[i]) end
      cases:write(("{ name = %q, args = { %s }, sp = %d, ret = 0, err = 0, mem = %s, mem_exit = {}, paths = %s, line = %s },\n"):format(
        ev.name, table.concat(a, ", "), ev.sp, memlit(rec.enter), pathlit(rec.paths), lit(line .. ") = ?")))
      line = nil
    end
  else
    if not line then return end
    ev.kind, ev.ret, ev.err = "exit", e.ret, e.err
    phase = "exit"
    local d = ev.dec
    if d and d.exit then line = line .. (d.exit(ev, f) or "") end
    local r
    if ev.err ~= 0 then
      r = ("-1 %s (%s)"):format(errno.name[ev.err] or ev.err, errno.msg and errno.msg[ev.err] or "?")
    elseif d and type(d.ret) == "function" then r = d.ret(ev, f)
    elseif d and d.ret == "hex" then r = f.hex(ev.ret)
    elseif d and d.ret == "fd" then r = f.fd(ev, ev.ret)
    elseif d and d.ret == "oct" then r = ("%#o"):format(ev.ret)
    else r = ("%d"):format(ev.ret) end
    out:write(line .. ") = " .. r .. "\n")
    local a = {}
    for i = 1, 6 do a[i] = ("%d"):format(ev.args[i]) end
    cases:write(("{ name = %q, args = { %s }, sp = %d, ret = %d, err = %d, mem = %s, mem_exit = %s, paths = %s, line = %s },\n"):format(
      ev.name, table.concat(a, ", "), ev.sp, ev.ret, ev.err, memlit(rec.enter), memlit(rec.exit), pathlit(rec.paths), lit(line .. ") = " .. r)))
    line = nil
  end
end
local sigcases = assert(io.open(WORK .. "/sigcases.out", "w"))
function on_signal(raw)
  local signo = string.unpack("<i4", raw)
  sigcases:write(("{ raw = %s, line = %s },\n"):format(lit(raw), lit(("--- %s %s ---"):format(f.signame(signo), decode.siginfo(raw, f)))))
  out:write(("--- %s %s ---\n"):format(f.signame(signo), decode.siginfo(raw, f)))
end
function on_exit(code) out:write(("+++ exited with %d +++\n"):format(code)) end
