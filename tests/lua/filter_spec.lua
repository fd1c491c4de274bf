-- filter_spec.lua: strace's -e expressions.
package.path = "lua/?.lua;lua/?/init.lua;tests/lua/?.lua;" .. package.path
package.cpath = "build/lua/?.so;" .. package.cpath

local mt = require "moontrace"
local filter = require "moontrace.filter"

local function names(set)
  local out = {}
  for nr in pairs(set) do out[#out + 1] = mt.syscalls[nr].name end
  table.sort(out)
  return out
end

describe("filter.syscalls", function()
  it("takes names", function()
    assert.same({ "close", "openat" }, names(filter.syscalls("openat,close")))
  end)

  it("takes a personality after @: @64 is ours, @32 and @x32 match nothing", function()
    local f = require "moontrace.filter"
    local set = assert(f.syscalls("openat@64,%network@64,?close@x32,read@32"))
    assert.is_true(set[257])          -- openat
    assert.is_true(set[41])           -- socket, from %network
    assert.is_nil(set[3])             -- close: @x32
    assert.is_nil(set[0])             -- read: @32
    local _, err = f.syscalls("opne@64")
    assert.are.equal("invalid system call 'opne@64' (did you mean 'open'?)", err)
  end)

  it("takes %classes and the old class names", function()
    local s = filter.syscalls("%process")
    assert.is_true(s[mt.nr_of.execve] and s[mt.nr_of.clone3] and s[mt.nr_of.wait4] and true)
    assert.is_nil(s[mt.nr_of.read])
    assert.same(names(s), names(filter.syscalls("process")))
    assert.same(names(filter.syscalls("%network")), names(filter.syscalls("%net")))
  end)

  it("negates with !", function()
    local s = filter.syscalls("!read,write")
    assert.is_nil(s[0])
    assert.is_nil(s[1])
    assert.is_true(s[mt.nr_of.openat])
  end)

  it("matches /regex alternatives and anchors", function()
    local s = names(filter.syscalls("/^(open|read)$"))
    assert.same({ "open", "read" }, s)
    local st = filter.syscalls("/stat$")
    assert.is_true(st[mt.nr_of.fstat] and st[mt.nr_of.lstat])
    assert.is_nil(st[mt.nr_of.newfstatat])
    assert.is_nil(st[mt.nr_of.statx])
  end)

  it("knows all, none and ?optional", function()
    local all = 0
    for _ in pairs(filter.syscalls("all")) do all = all + 1 end
    assert.is_true(all > 350)
    assert.same({}, names(filter.syscalls("none")))
    assert.same({ "read" }, names(filter.syscalls("read,?nosuchcall")))
  end)

  it("refuses unknown names, suggesting the nearest", function()
    local s, err = filter.syscalls("read,opn")
    assert.is_nil(s)
    assert.equal("invalid system call 'opn' (did you mean 'open'?)", err)
    s, err = filter.syscalls("%bogus")
    assert.is_nil(s)
    assert.equal("invalid system call '%bogus'", err)
    s, err = filter.syscalls("")
    assert.is_nil(s)
  end)
end)

describe("filter.statuses and filter.signals", function()
  it("parses status sets", function()
    assert.same({ successful = true }, filter.statuses("successful"))
    assert.same({ unfinished = true, unavailable = true, detached = true },
                filter.statuses("!successful,failed"))
    assert.is_nil((filter.statuses("maybe")))
  end)

  it("parses signal sets by name, without SIG, and by number", function()
    local s = filter.signals("SIGINT,term,9")
    assert.is_true(s[2] and s[15] and s[9])
    assert.is_nil(s[1])
    local n = filter.signals("!SIGCHLD")
    assert.is_nil(n[17])
    assert.is_true(n[2])
    assert.is_nil((filter.signals("SIGNOPE")))
  end)
end)
