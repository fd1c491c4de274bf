-- The fs decoders against strace 6.1's own output (recorded cases), plus
-- hand-made cases for what a real run rarely shows.
package.path = "lua/?.lua;lua/?/init.lua;tests/lua/?.lua;" .. package.path

local replay = require "replay"

replay.describe_recorded("fs", _ENV)

local f = require "moontrace.fmt"
local fake = require "fake_event"
local D = require("moontrace.decode").decoders

-- Each case is a line of `strace -f ./v10` (tests/lua/victims/v10.c).
describe("fs decoders of v10 calls, by hand", function()
  before_each(function() f.opts = { strsize = 32, verbose = false, xflag = 0, yflag = 0 } end)

  local mem = { [0x1000] = "none\0", [0x2000] = "/tmp/mt/nonexistent\0", [0x3000] = "tmpfs\0",
    [0x4000] = "size=1m\0" }

  -- mount("none", "/tmp/mt/nonexistent", "tmpfs", MS_NOSUID|MS_NODEV, "size=1m") = -1 ENOENT
  -- mount("none", "/tmp/mt/nonexistent", "tmpfs", MS_MGC_VAL|MS_NOATIME, NULL) = -1 ENOENT
  -- mount("none", "/tmp/mt/nonexistent", "tmpfs", MS_MGC_VAL, NULL) = -1 ENOENT
  it("decodes mount's strings and flags, the old magic number by name", function()
    local ev = fake.event{ kind = "enter", args = { 0x1000, 0x2000, 0x3000, 6, 0x4000 }, mem = mem }
    assert.are.equal('"none", "/tmp/mt/nonexistent", "tmpfs", MS_NOSUID|MS_NODEV, "size=1m"', fake.render(D.mount, ev, f))
    ev.args = { 0x1000, 0x2000, 0x3000, 0xc0ed0400, 0 }
    assert.are.equal('"none", "/tmp/mt/nonexistent", "tmpfs", MS_MGC_VAL|MS_NOATIME, NULL', fake.render(D.mount, ev, f))
    ev.args[4] = 0xc0ed0000
    assert.are.equal('"none", "/tmp/mt/nonexistent", "tmpfs", MS_MGC_VAL, NULL', fake.render(D.mount, ev, f))
    ev.args[4] = 0
    assert.are.equal('"none", "/tmp/mt/nonexistent", "tmpfs", 0, NULL', fake.render(D.mount, ev, f))
  end)

  -- mount("/tmp/mt/nonexistent", "/tmp/mt/nonexistent2", 0x5555555580ed, MS_BIND|MS_REC, 0x5555555580ed)
  -- mount(NULL, "/tmp/mt/nonexistent", NULL, MS_RDONLY|MS_REMOUNT, NULL) = -1 ENOENT
  -- mount(0x1, "/tmp/mt/nonexistent", 0x1, 0, 0x1) = -1 EFAULT
  it("shows a bind mount's type and data, and a remount's type, as addresses", function()
    local ev = fake.event{ kind = "enter", args = { 0x2000, 0x2000, 0x3000, 0x5000, 0x4000 }, mem = mem }
    assert.are.equal('"/tmp/mt/nonexistent", "/tmp/mt/nonexistent", 0x3000, MS_BIND|MS_REC, 0x4000',
      fake.render(D.mount, ev, f))
    ev.args = { 0, 0x2000, 0x3000, 0x21, 0x4000 }
    assert.are.equal('NULL, "/tmp/mt/nonexistent", 0x3000, MS_RDONLY|MS_REMOUNT, "size=1m"', fake.render(D.mount, ev, f))
    ev.args = { 1, 0x2000, 1, 0, 1 }
    assert.are.equal('0x1, "/tmp/mt/nonexistent", 0x1, 0, 0x1', fake.render(D.mount, ev, f))
  end)

  -- umount2("/tmp/mt/nonexistent", MNT_DETACH|UMOUNT_NOFOLLOW) = -1 ENOENT
  -- umount2(0x1, 0x10 /* MNT_??? */) = -1 EINVAL
  it("decodes umount2's flags", function()
    local ev = fake.event{ kind = "enter", args = { 0x2000, 10 }, mem = mem }
    assert.are.equal('"/tmp/mt/nonexistent", MNT_DETACH|UMOUNT_NOFOLLOW', fake.render(D.umount2, ev, f))
    ev.args = { 1, 0x10 }
    assert.are.equal("0x1, 0x10 /* MNT_??? */", fake.render(D.umount2, ev, f))
  end)
end)

-- strace -X raw ./v7: statx(-100, "/nonexistent", , 0, 0x7fffffffeab0) = -1 ENOENT
-- statx(3, "", |0x1000, 0x17ff, {...}) = 0; statx(-100, "/tmp/mt/xa", 0x4000|0x100, 0xfff, {...}) = 0
describe("fs decoders under -X raw", function()
  after_each(function() f.opts = { strsize = 32, verbose = false, xflag = 0, yflag = 0 } end)

  it("leaves statx's zero sync type out", function()
    f.opts.xstyle = "raw"
    local ev = fake.event{ kind = "enter", args = { -100, 0x1000, 0, 0 }, mem = { [0x1000] = "/nonexistent\0", [0x2000] = "\0" } }
    assert.are.equal('-100, "/nonexistent", , 0, ', D.statx.enter(ev, f))
    ev.args = { 3, 0x2000, 0x1000, 0x17ff }
    assert.are.equal('3, "", |0x1000, 0x17ff, ', D.statx.enter(ev, f))
    ev.args = { -100, 0x1000, 0x4100, 0xfff }
    assert.are.equal('-100, "/nonexistent", 0x4000|0x100, 0xfff, ', D.statx.enter(ev, f))
  end)
end)
