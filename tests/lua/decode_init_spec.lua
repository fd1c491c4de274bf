-- moontrace.decode: the common families load at once, the rare ones at the
-- first name the common ones lack, and a script's decoder set before that
-- load is kept.
package.path = "lua/?.lua;lua/?/init.lua;tests/lua/?.lua;" .. package.path

describe("decode.decoders", function()
  it("loads the rare families lazily and keeps a script's decoder", function()
    for k in pairs(package.loaded) do
      if k:match("^moontrace%.decode") then package.loaded[k] = nil end
    end
    local D = require("moontrace.decode").decoders
    assert.is_nil(package.loaded["moontrace.decode.sys"])
    assert.is_not_nil(rawget(D, "openat"))
    local mine = { enter = function() return "mine" end }
    D.getpriority = mine                          -- as api.lua's decoder() does
    assert.is_not_nil(D.shmget)                   -- a miss: the rare families load
    assert.is_not_nil(package.loaded["moontrace.decode.sys"])
    assert.are.equal(mine, D.getpriority)
    assert.is_not_nil(D.mbind)
    assert.is_nil(D.no_such_call)
    assert.is_nil(getmetatable(D))                -- nothing left to load: plain lookups
  end)
end)
