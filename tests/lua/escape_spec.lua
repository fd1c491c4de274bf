-- core.escape (C) against fmt's Lua escaping, the reference: the same
-- text and the same "ended at NUL" answer for every mode, on strings
-- strace was run on and on random bytes.
package.path = "lua/?.lua;lua/?/init.lua;tests/lua/?.lua;" .. package.path
package.cpath = "build/lua/?.so;" .. package.cpath

local core = require "moontrace.core"
local f = require "moontrace.fmt"

-- fmt's escape through the Lua code (f.lua_escape) or through C
local function both(s, n, style)
  f.lua_escape = true
  local lt, ln = f.escape(s, n, style)
  f.lua_escape = nil
  local ct, cn = f.escape(s, n, style)
  return lt, ln, ct, cn
end

local STYLES = {
  {}, { nul = true }, { omit_trailing_nul = true }, { bare = true },
  { nul = true, bare = true },
}

describe("core.escape", function()
  it("is what fmt uses when the binding is loaded", function()
    assert.is_function(core.escape)
    -- strace -e trace=write ./q2 (tests/lua/victims/q2.c)
    assert.are.equal([["\33[31m\0011\n\"\\\377"]], f.quote("\x1b[31m\0011\n\"\\\xff"))
    assert.are.equal([["\0000\0a\18\0077\177\200\t\v\f\r'?"]],
                     f.quote("\0" .. "0\0" .. "a\1" .. "8\7" .. "7\127\128\t\v\f\r'?"))
  end)

  it("matches the Lua reference on every byte value, before digits and not", function()
    for c = 0, 255 do
      for _, tail in ipairs{ "", "0", "7", "8", "a", "\0" } do
        local s = string.char(c) .. tail
        for _, st in ipairs(STYLES) do
          local lt, ln, ct, cn = both(s, #s, st)
          assert.are.equal(lt, ct, ("byte %d tail %q"):format(c, tail))
          assert.are.equal(ln, cn)
        end
      end
    end
  end)

  it("matches the Lua reference on random strings and cut lengths", function()
    math.randomseed(42)
    for _ = 1, 3000 do
      local len = math.random(0, 40)
      local b = {}
      for i = 1, len do
        -- mostly printable, some controls, digits and NULs
        local r = math.random()
        b[i] = r < 0.6 and math.random(32, 126) or r < 0.75 and math.random(48, 55)
          or r < 0.85 and 0 or math.random(0, 255)
      end
      local s = string.char(table.unpack(b))
      local n = math.random(0, len + 3)
      local st = STYLES[math.random(#STYLES)]
      local lt, ln, ct, cn = both(s, n, st)
      assert.are.equal(lt, ct, ("%q cut at %d"):format(s, n))
      assert.are.equal(ln, cn, ("%q cut at %d"):format(s, n))
    end
  end)

  it("never lets a control byte or a quote through unescaped", function()
    for c = 0, 255 do
      local t = core.escape(string.char(c), 1, 0, false)
      if c < 32 or c >= 127 then assert.is_truthy(t:match("^\\")) end
    end
    assert.are.equal([["\""]], core.escape('"', 1, 0, true))
  end)
end)
