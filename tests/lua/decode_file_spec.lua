-- The file decoders against strace 6.1's own output (recorded cases), plus
-- hand-made cases for what a real run rarely shows.
package.path = "lua/?.lua;lua/?/init.lua;tests/lua/?.lua;" .. package.path

local replay = require "replay"

describe("recorded file calls match strace 6.1", function()
  for i, c in ipairs(replay.load("file")) do
    it(replay.title(i, c), function()
      local why = replay.skip_reason(c)
      if why then return pending(why) end
      local args, result = replay.run(c)
      assert.are.equal(c.expect, args)
      -- a decoder that renders its own result ("= 1 ([{fd=3, revents=POLLIN}])")
      if result then assert.are.equal(c.result, result) end
    end)
  end
end)

local f = require "moontrace.fmt"
local fake = require "fake_event"
local D = require("moontrace.decode").decoders

-- x86_64 struct stat (144 bytes) with the fields strace shows.
local function stat_bytes(t)
  return string.pack("<I8I8I8I4I4I4I4I8i8i8i8i8i8i8i8i8i8", t.dev or 0, t.ino or 0, t.nlink or 1,
    t.mode, t.uid or 0, t.gid or 0, 0, t.rdev or 0, t.size or 0, 4096, t.blocks or 0,
    0, 0, 0, 0, 0, 0) .. ("\0"):rep(24)
end

describe("file decoders, by hand", function()
  before_each(function() f.opts = { strsize = 32, verbose = false, xflag = 0, yflag = 0 } end)

  -- strace -f ./v: newfstatat(AT_FDCWD, "/nonexistent", 0x7ffe52db74e0, 0) = -1 ENOENT
  it("splits newfstatat after the path and prints the buffer of a failed call as an address", function()
    local ev = fake.event{ kind = "enter", args = { -100, 0x1000, 0x7ffe52db74e0, 0 },
                           mem = { [0x1000] = "/nonexistent\0" } }
    assert.are.equal('AT_FDCWD, "/nonexistent", ', D.newfstatat.enter(ev, f))
    ev.kind, ev.ret, ev.err = "exit", -1, 2
    assert.are.equal("0x7ffe52db74e0, 0", D.newfstatat.exit(ev, f))
  end)

  -- strace ./v: newfstatat(0, "", {st_mode=S_IFCHR|0666, st_rdev=makedev(0x1, 0x3), ...}, AT_EMPTY_PATH)
  it("shows st_rdev instead of st_size for devices", function()
    local ev = fake.event{ args = { 0, 0x1000, 0x2000, 0x1000 },
      mem = { [0x1000] = "\0", [0x2000] = stat_bytes{ mode = 0x21b6, rdev = 0x103 } } }
    assert.are.equal('0, "", {st_mode=S_IFCHR|0666, st_rdev=makedev(0x1, 0x3), ...}, AT_EMPTY_PATH',
      fake.render(D.newfstatat, ev, f))
    -- the brief's example: a char device 136:0
    ev.mem[0x2000] = stat_bytes{ mode = 0x2190, rdev = 0x8800 }
    assert.are.equal('0, "", {st_mode=S_IFCHR|0620, st_rdev=makedev(0x88, 0), ...}, AT_EMPTY_PATH',
      fake.render(D.newfstatat, ev, f))
  end)

  it("spells out setuid, setgid and sticky bits", function()
    assert.are.equal("S_IFDIR|S_ISVTX|0777", require("moontrace.decode.file").symbolic_mode(f, 0x43ff))
    assert.are.equal("S_IFREG|S_ISUID|0755", require("moontrace.decode.file").symbolic_mode(f, 0x89ed))
    assert.are.equal("0177777", require("moontrace.decode.file").symbolic_mode(f, 0xffff))
  end)

  -- strace ./v: openat(AT_FDCWD, 0x10, O_RDONLY), openat(AT_FDCWD, NULL, O_RDONLY)
  it("prints an unreadable path as its address", function()
    local ev = fake.event{ kind = "enter", args = { -100, 0x10, 0 } }
    assert.are.equal("AT_FDCWD, 0x10, O_RDONLY", D.openat.enter(ev, f))
    ev.args[2] = 0
    assert.are.equal("AT_FDCWD, NULL, O_RDONLY", D.openat.enter(ev, f))
  end)

  it("keeps control bytes of a path escaped", function()
    local ev = fake.event{ args = { -100, 0x1000, 0 }, mem = { [0x1000] = "/tmp/\27[1mbold\255\n\0" } }
    assert.are.equal('AT_FDCWD, "/tmp/\\33[1mbold\\377\\n", O_RDONLY', D.openat.enter(ev, f))
  end)

  -- strace ./v: readlink("/proc/self/exe", "/tmp", 4) = 4 and a failed readlinkat
  it("prints exactly the returned link length, or the address on failure", function()
    local ev = fake.event{ args = { 0x1000, 0x2000, 4 }, ret = 4,
                           mem = { [0x1000] = "/proc/self/exe\0", [0x2000] = "/tmp/mt/v" } }
    assert.are.equal('"/proc/self/exe", "/tmp", 4', fake.render(D.readlink, ev, f))
    ev.ret, ev.err = -1, 2
    assert.are.equal('"/proc/self/exe", 0x2000, 4', fake.render(D.readlink, ev, f))
  end)

  -- strace ./v: getdents64(13, 0x7ffe52db7570 /* 8 entries */, 256) = 240
  it("counts directory entries when not verbose, and lists them with -v", function()
    local function dirent(ino, off, name, dtype)
      local reclen = (19 + #name + 1 + 7) // 8 * 8
      return string.pack("<I8i8I2B", ino, off, reclen, dtype) .. name .. ("\0"):rep(reclen - 19 - #name)
    end
    local buf = dirent(10, 1, ".", 4) .. dirent(11, 2, "a\27[31m", 8)
    local ev = fake.event{ args = { 13, 0x7000, 256 }, ret = #buf, mem = { [0x7000] = buf } }
    assert.are.equal("13, 0x7000 /* 2 entries */, 256", fake.render(D.getdents64, ev, f))
    f.opts.verbose = true
    assert.are.equal('13, [{d_ino=10, d_off=1, d_reclen=24, d_type=DT_DIR, d_name="."}, ' ..
      '{d_ino=11, d_off=2, d_reclen=32, d_type=DT_REG, d_name="a\\33[31m"}], 256',
      fake.render(D.getdents64, ev, f))
    ev.ret = 0
    assert.are.equal("13, [], 256", fake.render(D.getdents64, ev, f))
    ev.ret, ev.err = -1, 9
    assert.are.equal("13, 0x7000, 256", fake.render(D.getdents64, ev, f))
  end)
end)
