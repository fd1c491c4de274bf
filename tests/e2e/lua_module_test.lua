-- lua_module_test.lua: the Lua binding in a stock lua5.4 (no moontrace
-- binary): require "moontrace", trace a command, read tracee memory.
local H = dofile((arg[0]:gsub("[^/]*$", "")) .. "harness.lua")

local script = H.tmp .. "/plain.lua"
local text = ([[
package.path = "ROOT/lua/?.lua;ROOT/lua/?/init.lua;" .. package.path
package.cpath = "ROOT/build/lua/?.so;" .. package.cpath
local mt = require "moontrace"
local s = mt.session{ follow = true }
local opened, writes = {}, 0
s:set_traced(mt.select{ "openat", "write" })
s:on("exit", "openat", function(ev)
  local path = ev:str(ev.args[2], 256)
  opened[#opened + 1] = path .. "=" .. ev.ret
end)
s:on("exit", "write", function(ev) writes = writes + 1 end)
local others = 0
s:on("exit", function(ev)
  if ev.name ~= "openat" and ev.name ~= "write" then others = others + 1 end
end)
assert(s:spawn{ "sh", "-c", "cat /etc/hostname > /dev/null; exit 4" })
local status = s:run()
print("status", status)
print("writes", writes)
print("others", others)
for _, o in ipairs(opened) do print("open", o) end
]]):gsub("ROOT", H.root)
H.write(script, text)
-- (gsub returns two values; the first is what H.write stores)
local code, out, err = H.sh("lua5.4 " .. script)
H.ok(code == 0, "stock lua5.4 runs a tracing script", err)
H.ok(out:find("status\t4") ~= nil, "session:run() returns the command's exit status", out)
H.ok(out:find("open\t/etc/hostname=3") ~= nil, "openat path read from tracee memory", out)
H.ok(out:find("writes\t1\n") ~= nil, "cat's one write seen", out)
H.ok(out:find("others\t0\n") ~= nil, "only the selected syscalls reported", out)

H.done()
