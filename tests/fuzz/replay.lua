-- replay.lua: run every input of the fuzz corpus (tests/fuzz/corpus/TARGET/)
-- through its target once, in a stock lua5.4 with the built moontrace.core:
-- the inputs that once crashed stay fixed, without clang or libFuzzer.
-- Prints one line per target, "TARGET: N inputs, N failed", then the
-- failures; exits 1 when any failed.
--
--   lua5.4 tests/fuzz/replay.lua [ROOT]
local root = arg[1] or "."
package.path = ("%s/lua/?.lua;%s/lua/?/init.lua;%s/tests/fuzz/?.lua;"):format(root, root, root) .. package.path
package.cpath = ("%s/build/lua/?.so;"):format(root) .. package.cpath
local T = require "targets"

local failed = 0
for _, target in ipairs{ "filter", "decode" } do
  local dir = ("%s/tests/fuzz/corpus/%s"):format(root, target)
  local ls = io.popen("ls " .. dir .. " 2>/dev/null")
  local n, bad = 0, {}
  for name in ls:lines() do
    local f = assert(io.open(dir .. "/" .. name, "rb"))
    local data = f:read("a")
    f:close()
    n = n + 1
    local ok, err = xpcall(T[target], debug.traceback, data)
    if not ok then bad[#bad + 1] = ("  %s/%s: %s"):format(target, name, tostring(err):match("^[^\n]*")) end
  end
  ls:close()
  print(("%s: %d inputs, %d failed"):format(target, n, #bad))
  for _, b in ipairs(bad) do print(b) end
  failed = failed + #bad
end
os.exit(failed == 0 and 0 or 1)
