-- The file decoders against strace 6.1's own output (recorded cases), plus
-- hand-made cases for what a real run rarely shows.
package.path = "lua/?.lua;lua/?/init.lua;tests/lua/?.lua;" .. package.path

local replay = require "replay"

replay.describe_recorded("file", _ENV)

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

-- Each case is a line of `strace -f ./v10` (tests/lua/victims/v10.c).
describe("file decoders of v10 calls, by hand", function()
  before_each(function() f.opts = { strsize = 32, verbose = false, xflag = 0, yflag = 0 } end)

  -- The old struct linux_dirent: d_ino, d_off, d_reclen, d_name, then d_type
  -- in the record's last byte.
  local function old_dirent(ino, off, name, dtype)
    local reclen = (18 + #name + 2 + 7) // 8 * 8
    return string.pack("<I8i8I2", ino, off, reclen) .. name .. ("\0"):rep(reclen - 18 - #name - 1) ..
      string.char(dtype)
  end

  -- getdents(8, 0x7fffffffdb70 /* 6 entries */, 4096) = 160
  -- -v: getdents(8, [{d_ino=10953138, d_off=1986419035829820419, d_reclen=24, d_name="nl\nx", d_type=DT_REG}, ...
  it("decodes getdents' old dirents: the type comes after the name", function()
    local buf = old_dirent(10953138, 1986419035829820419, "nl\nx", 8) .. old_dirent(10953135, 7, ".", 4)
    local ev = fake.event{ kind = "enter", args = { 8, 0x7000, 4096 }, ret = #buf, mem = { [0x7000] = buf } }
    assert.are.equal("8, ", D.getdents.enter(ev, f))
    ev.kind = "exit"
    assert.are.equal("0x7000 /* 2 entries */, 4096", D.getdents.exit(ev, f))
    f.opts.verbose = true
    assert.are.equal('[{d_ino=10953138, d_off=1986419035829820419, d_reclen=24, d_name="nl\\nx", d_type=DT_REG}, ' ..
      '{d_ino=10953135, d_off=7, d_reclen=24, d_name=".", d_type=DT_DIR}], 4096', D.getdents.exit(ev, f))
    ev.ret = 0
    assert.are.equal("[], 4096", D.getdents.exit(ev, f))
    -- getdents(8, 0x1, 4096) = -1 EFAULT
    ev.args, ev.ret, ev.err = { 8, 1, 4096 }, -1, 14
    assert.are.equal("0x1, 4096", D.getdents.exit(ev, f))
    -- a count the kernel could not have returned, and an unreadable buffer
    ev.args, ev.ret, ev.err = { 8, 0x9000, 4096 }, 48, 0
    assert.are.equal("0x9000, 4096", D.getdents.exit(ev, f))
  end)

  -- utime("/tmp/mt/f10", {actime=1000000000 /* 2001-09-09T01:46:40+0000 */, modtime=...}) = 0
  -- utimes("/tmp/mt/f10", [{tv_sec=1000000000, tv_usec=5} /* 2001-09-09T01:46:40.000005+0000 */,
  --   {tv_sec=0, tv_usec=0}]) = 0
  -- utime("/tmp/mt/nonexistent", 0x1) = -1 EFAULT
  it("prints utime and utimes times with their dates, none for the epoch", function()
    local ev = fake.event{ kind = "enter", args = { 0x1000, 0x2000 }, mem = { [0x1000] = "/tmp/mt/f10\0",
      [0x2000] = string.pack("<i8i8", 1000000000, 0), [0x3000] = string.pack("<i8i8i8i8", 1000000000, 5, 0, 0) } }
    assert.are.equal('"/tmp/mt/f10", {actime=1000000000 /* ' .. f.isotime(1000000000, 0) .. ' */, modtime=0}',
      fake.render(D.utime, ev, f))
    ev.args[2] = 0x3000
    assert.are.equal('"/tmp/mt/f10", [{tv_sec=1000000000, tv_usec=5} /* ' .. f.isotime(1000000000, 5, 6) ..
      ' */, {tv_sec=0, tv_usec=0}]', fake.render(D.utimes, ev, f))
    ev.args[2] = 1
    assert.are.equal('"/tmp/mt/f10", 0x1', fake.render(D.utime, ev, f))
    ev.args = { -100, 0x1000, 0 }
    assert.are.equal('AT_FDCWD, "/tmp/mt/f10", NULL', fake.render(D.futimesat, ev, f))
    f.opts.strsize = 0
    ev.args[3] = 0x3000
    assert.are.equal('AT_FDCWD, "/tmp/mt/f10", [...]', fake.render(D.futimesat, ev, f))
  end)

  -- mknodat(AT_FDCWD, "/tmp/mt/chr10", S_IFCHR|0640, makedev(0x1, 0x3)) = 0
  -- mknod("/tmp/mt/fifo10", S_IFIFO|S_ISUID|0755) = -1 EEXIST
  -- renameat2(AT_FDCWD, "/tmp/mt/fifo10", AT_FDCWD, "/tmp/mt/x10", 0x8 /* RENAME_?? */) = -1 EINVAL
  it("shows mknod's device only for devices, and renameat2's flags", function()
    local ev = fake.event{ kind = "enter", args = { -100, 0x1000, 0x21a0, 0x103 },
      mem = { [0x1000] = "/tmp/mt/chr10\0", [0x2000] = "/tmp/mt/fifo10\0" } }
    assert.are.equal('AT_FDCWD, "/tmp/mt/chr10", S_IFCHR|0640, makedev(0x1, 0x3)', fake.render(D.mknodat, ev, f))
    ev.args = { 0x2000, 0x19ed, 0x103 }
    assert.are.equal('"/tmp/mt/fifo10", S_IFIFO|S_ISUID|0755', fake.render(D.mknod, ev, f))
    ev.args = { -100, 0x2000, -100, 0x1000, 2 }
    assert.are.equal('AT_FDCWD, "/tmp/mt/fifo10", AT_FDCWD, "/tmp/mt/chr10", RENAME_EXCHANGE',
      fake.render(D.renameat2, ev, f))
    ev.args[5] = 8
    assert.are.equal('AT_FDCWD, "/tmp/mt/fifo10", AT_FDCWD, "/tmp/mt/chr10", 0x8 /* RENAME_?? */',
      fake.render(D.renameat2, ev, f))
  end)

  -- openat2(AT_FDCWD, "/tmp/mt/nonexistent/x", {flags=O_WRONLY|O_CREAT, mode=0600, resolve=0}, 24) = -1 ENOENT
  -- openat2(AT_FDCWD, "/tmp/mt/f10", {flags=O_RDONLY, resolve=0, /* bytes 24..31 */
  --   "\x12\x00\x00\x00\x00\x00\x00\x00"}, 32) = -1 E2BIG
  -- openat2(AT_FDCWD, "/tmp/mt/f10", 0x7fffffffebb0, 8) = -1 EINVAL
  -- openat2(AT_FDCWD, "/tmp/mt/f10", 0x1, 24) = -1 EFAULT
  it("decodes openat2's struct open_how and the bytes after it", function()
    local ev = fake.event{ kind = "enter", args = { -100, 0x1000, 0x2000, 24 }, mem = { [0x1000] = "f10\0",
      [0x2000] = string.pack("<I8I8I8", 0x41, 0x180, 0), [0x3000] = string.pack("<I8I8I8I8", 0x80000, 0, 0xc, 0x12) } }
    assert.are.equal('AT_FDCWD, "f10", {flags=O_WRONLY|O_CREAT, mode=0600, resolve=0}, 24', fake.render(D.openat2, ev, f))
    ev.args = { 8, 0x1000, 0x3000, 32 }
    assert.are.equal('8, "f10", {flags=O_RDONLY|O_CLOEXEC, resolve=RESOLVE_NO_SYMLINKS|RESOLVE_BENEATH, ' ..
      '/* bytes 24..31 */ "\\x12\\x00\\x00\\x00\\x00\\x00\\x00\\x00"}, 32', fake.render(D.openat2, ev, f))
    ev.args[4] = 24
    assert.are.equal('8, "f10", {flags=O_RDONLY|O_CLOEXEC, resolve=RESOLVE_NO_SYMLINKS|RESOLVE_BENEATH}, 24',
      fake.render(D.openat2, ev, f))
    ev.args[4] = 8
    assert.are.equal('8, "f10", 0x3000, 8', fake.render(D.openat2, ev, f))
    ev.args = { -100, 0x1000, 1, 24 }
    assert.are.equal('AT_FDCWD, "f10", 0x1, 24', fake.render(D.openat2, ev, f))
  end)
end)

-- strace -X raw / -X verbose ./v8 and utimensat(UTIME_NOW, UTIME_OMIT) by hand.
describe("file decoders under -X raw|verbose", function()
  after_each(function() f.opts = { strsize = 32, verbose = false, xflag = 0, yflag = 0 } end)

  it("shows UTIME_NOW and UTIME_OMIT as timespecs", function()
    local ev = fake.event{ kind = "enter", args = { -100, 0x1000, 0x2000, 0 },
      mem = { [0x1000] = "/tmp\0", [0x2000] = string.pack("<i8i8i8i8", 0, (1 << 30) - 1, 0, (1 << 30) - 2) } }
    f.opts.xstyle = "verbose"
    assert.are.equal('-100 /* AT_FDCWD */, "/tmp", [{tv_sec=0, tv_nsec=1073741823} /* UTIME_NOW */, ' ..
      '{tv_sec=0, tv_nsec=1073741822} /* UTIME_OMIT */], 0', fake.render(D.utimensat, ev, f))
    f.opts.xstyle = "raw"
    assert.are.equal('-100, "/tmp", [{tv_sec=0, tv_nsec=1073741823}, {tv_sec=0, tv_nsec=1073741822}], 0',
      fake.render(D.utimensat, ev, f))
    f.opts.xstyle = "abbrev"
    assert.are.equal('AT_FDCWD, "/tmp", [UTIME_NOW, UTIME_OMIT], 0', fake.render(D.utimensat, ev, f))
  end)
end)
