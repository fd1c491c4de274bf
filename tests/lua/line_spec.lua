-- line_spec.lua: pieces of the strace line (-N argument names, the tail).
package.path = "lua/?.lua;lua/?/init.lua;tests/lua/?.lua;" .. package.path
package.cpath = "build/lua/?.so;" .. package.cpath

local line = require "moontrace.line"

describe("line.name_args (-N)", function()
  it("names each top-level argument", function()
    local t, nexti = line.name_args("openat", 'AT_FDCWD, "/a, b", O_RDONLY|O_CLOEXEC', 1)
    assert.equal('dirfd=AT_FDCWD, pathname="/a, b", flags=O_RDONLY|O_CLOEXEC', t)
    assert.equal(4, nexti)
  end)

  it("continues across the entry and exit halves of a call", function()
    local t, i = line.name_args("read", "3, ", 1)
    assert.equal("fd=3, ", t)
    local u = line.name_args("read", '"x\\"y, z"..., 832', i)
    assert.equal('buf="x\\"y, z"..., count=832', u)
  end)

  it("skips commas in structures and comments, keeps self-named arguments", function()
    assert.equal('pathname="/x", statbuf={st_mode=S_IFREG|0644, st_size=3, ...}',
                 (line.name_args("stat", '"/x", {st_mode=S_IFREG|0644, st_size=3, ...}', 1)))
    assert.equal("flags=CLONE_VM, stack=0x7f /* a, b */",
                 (line.name_args("clone", "flags=CLONE_VM, 0x7f /* a, b */", 1)))
  end)

  it("leaves calls it has no names for alone", function()
    assert.equal("1, 2", (line.name_args("no_such_call", "1, 2", 1)))
  end)
end)

describe("line.tail", function()
  it("pads to the alignment column, or one space past it", function()
    assert.equal(")" .. (" "):rep(30) .. " = 0", line.tail(8, "0"))
    assert.equal(") = 0", line.tail(50, "0"))
    assert.equal(")" .. (" "):rep(10) .. " = 0", line.tail(8, "0", 20))
  end)
end)

-- umask(000) = 022, umask(0777) = 000, umask(022) = 0777 (strace 6.1)
describe("line.result_text for octal results", function()
  local D = require("moontrace.decode").decoders
  it("prints umask's old mask with at least three digits", function()
    assert.equal("000", line.result_text({ err = 0, ret = 0 }, D.umask))
    assert.equal("022", line.result_text({ err = 0, ret = 18 }, D.umask))
    assert.equal("0777", line.result_text({ err = 0, ret = 511 }, D.umask))
  end)
end)
