-- core.call_hooks: the session's dispatch at every stop, in C.
package.path = "lua/?.lua;lua/?/init.lua;tests/lua/?.lua;" .. package.path
package.cpath = "build/lua/?.so;" .. package.cpath

local core = require "moontrace.core"

local function hook(log, name, nrs, pred)
  return { fn = function(ev) log[#log + 1] = name .. ":" .. tostring(ev.nr) end,
           nrs = nrs, pred = pred }
end

describe("core.call_hooks", function()
  it("runs, in order, the hooks whose syscall set holds ev.nr", function()
    local log = {}
    local list = { hook(log, "all"), hook(log, "open", { [257] = true }),
                   hook(log, "read", { [0] = true }), hook(log, "last") }
    assert.is_nil(core.call_hooks(list, { nr = 257 }))
    assert.are.same({ "all:257", "open:257", "last:257" }, log)
  end)

  it("skips hooks with a syscall set for events without a syscall", function()
    local log = {}
    local list = { hook(log, "open", { [257] = true }), hook(log, "any") }
    assert.is_nil(core.call_hooks(list, { kind = "signal" }))
    assert.are.same({ "any:nil" }, log)
  end)

  it("asks the predicate, and runs the hook only when it says yes", function()
    local log = {}
    local list = { hook(log, "even", nil, function(ev) return ev.nr % 2 == 0 end) }
    core.call_hooks(list, { nr = 1 })
    core.call_hooks(list, { nr = 2 })
    assert.are.same({ "even:2" }, log)
  end)

  it("stops at a failing hook with the hook, a traceback and its index", function()
    local log = {}
    local bad = { fn = function() error("boom") end }
    local list = { hook(log, "a"), bad, hook(log, "c") }
    local h, msg, i = core.call_hooks(list, { nr = 1 })
    assert.are.equal(bad, h)
    assert.are.equal(2, i)
    assert.truthy(msg:find("boom", 1, true))
    assert.truthy(msg:find("stack traceback", 1, true))
    assert.are.same({ "a:1" }, log)
    -- the caller goes on after it
    assert.is_nil(core.call_hooks(list, { nr = 1 }, i + 1))
    assert.are.same({ "a:1", "c:1" }, log)
  end)

  it("reports a failing predicate as its hook failing", function()
    local bad = { fn = function() end, pred = function() error("pred broke") end }
    local h, msg, i = core.call_hooks({ bad }, { nr = 1 })
    assert.are.equal(bad, h)
    assert.are.equal(1, i)
    assert.truthy(msg:find("pred broke", 1, true))
  end)
end)
