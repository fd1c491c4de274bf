-- The desc decoders against strace 6.1's own output (recorded cases), plus
-- hand-made cases for what a real run rarely shows.
package.path = "lua/?.lua;lua/?/init.lua;tests/lua/?.lua;" .. package.path

local replay = require "replay"

replay.describe_recorded("desc", _ENV)

local f = require "moontrace.fmt"
local fake = require "fake_event"
local D = require("moontrace.decode").decoders

describe("desc decoders, by hand", function()
  before_each(function() f.opts = { strsize = 32, verbose = false, xflag = 0, yflag = 0 } end)

  -- read's data exists only after the call
  it("splits read after the descriptor", function()
    local ev = fake.event{ kind = "enter", args = { 3, 0x1000, 832 } }
    assert.are.equal("3, ", D.read.enter(ev, f))
    ev.kind, ev.ret = "exit", 4
    ev.mem[0x1000] = "\127ELF"
    assert.are.equal('"\\177ELF", 832', D.read.exit(ev, f))
    ev.ret, ev.err = -1, 9
    assert.are.equal("0x1000, 832", D.read.exit(ev, f))
  end)

  -- strace ./v3: write(1, "\33[31m\0011\n\"\\\377", 11) = 11
  it("escapes terminal control sequences in written data", function()
    local ev = fake.event{ args = { 1, 0x1000, 11 }, mem = { [0x1000] = "\27[31m\0011\n\"\\\255" } }
    assert.are.equal([[1, "\33[31m\0011\n\"\\\377", 11]], fake.render(D.write, ev, f))
  end)

  -- strace ./v4: fcntl(3, F_GETFL) = 0x18000 (flags O_RDONLY|O_LARGEFILE|O_DIRECTORY)
  it("decodes fcntl answers beside the number", function()
    local ev = fake.event{ args = { 3, 3 }, ret = 0x18000 }
    assert.are.equal("3, F_GETFL", fake.render(D.fcntl, ev, f))
    assert.are.equal("0x18000 (flags O_RDONLY|O_LARGEFILE|O_DIRECTORY)", D.fcntl.ret(ev, f))
    ev.args, ev.ret = { 3, 1 }, 1
    assert.are.equal("0x1 (flags FD_CLOEXEC)", D.fcntl.ret(ev, f))
    ev.ret = 0
    assert.are.equal("0", D.fcntl.ret(ev, f))
    ev.args = { 3, 9999, 5 }
    assert.are.equal("3, 0x270f /* F_??? */, 0x5", fake.render(D.fcntl, ev, f))
  end)

  -- strace ./v5: fcntl(3, F_GETLK, {l_type=F_UNLCK, ..., l_pid=0}) and F_GETLK, 0x8 on EFAULT
  it("shows a lock the kernel filled in after the call", function()
    local ev = fake.event{ kind = "enter", args = { 3, 5, 0x2000 } }
    assert.are.equal("3, F_GETLK", D.fcntl.enter(ev, f))
    ev.kind = "exit"
    ev.mem[0x2000] = string.pack("<i2i2xxxxi8i8i4xxxx", 2, 0, 10, 20, 0)
    assert.are.equal(", {l_type=F_UNLCK, l_whence=SEEK_SET, l_start=10, l_len=20, l_pid=0}",
      D.fcntl.exit(ev, f))
    ev.err = 14
    assert.are.equal(", 0x2000", D.fcntl.exit(ev, f))
  end)

  it("prints lseek offsets signed and unknown whence in hex", function()
    local ev = fake.event{ args = { 3, -10, 7 } }
    assert.are.equal("3, -10, 0x7 /* SEEK_??? */", fake.render(D.lseek, ev, f))
  end)
end)

-- Each case is a line of `strace -f ./v10` (tests/lua/victims/v10.c).
describe("desc decoders of v10 calls, by hand", function()
  before_each(function() f.opts = { strsize = 32, verbose = false, xflag = 0, yflag = 0 } end)

  local function iov(...) return string.pack(("<" .. ("i8"):rep(select("#", ...))), ...) end

  -- preadv(3, [{iov_base="hell", iov_len=4}, {iov_base="o world\nhello world\n", iov_len=32}], 2, 0) = 24
  -- preadv(-1, [{iov_base=0x7fffffffec60, iov_len=4}, {iov_base=0x7fffffffec64, iov_len=32}], 2, 0) = -1 EBADF
  -- preadv(3, 0x1, 2, 0) = -1 EFAULT
  it("shows preadv's data after the call, up to the count returned", function()
    local ev = fake.event{ kind = "enter", args = { 3, 0x1000, 2, 0 },
      mem = { [0x1000] = iov(0x2000, 4, 0x2004, 32), [0x2000] = "hello world\nhello world\n" } }
    assert.are.equal("3, ", D.preadv.enter(ev, f))
    ev.kind, ev.ret = "exit", 24
    assert.are.equal('[{iov_base="hell", iov_len=4}, {iov_base="o world\\nhello world\\n", iov_len=32}], 2, 0',
      D.preadv.exit(ev, f))
    ev.ret, ev.err = -1, 9
    assert.are.equal("[{iov_base=0x2000, iov_len=4}, {iov_base=0x2004, iov_len=32}], 2, 0", D.preadv.exit(ev, f))
    ev.args[2], ev.err = 1, 14
    assert.are.equal("0x1, 2, 0", D.preadv.exit(ev, f))
  end)

  -- pwritev2(3, [{iov_base="hello ", iov_len=6}], 1, -1, 0x100 /* RWF_??? */) = 6
  -- preadv2(3, [{iov_base="worl", iov_len=4}, ...], 2, 6, RWF_NOWAIT) = 18
  it("prints the RWF_ flags of preadv2 and pwritev2 from the sixth register", function()
    local ev = fake.event{ kind = "enter", args = { 3, 0x1000, 1, -1, 0, 0x100 },
      mem = { [0x1000] = iov(0x2000, 6), [0x2000] = "hello " } }
    assert.are.equal('3, [{iov_base="hello ", iov_len=6}], 1, -1, 0x100 /* RWF_??? */', D.pwritev2.enter(ev, f))
    ev.args = { 3, 0x1000, 1, 6, 0, 0x3 }
    assert.are.equal('3, [{iov_base="hello ", iov_len=6}], 1, 6, RWF_HIPRI|RWF_DSYNC', D.pwritev2.enter(ev, f))
    ev.args[6] = 8
    ev.kind, ev.ret = "exit", 4
    assert.are.equal('[{iov_base="hell", iov_len=6}], 1, 6, RWF_NOWAIT', D.preadv2.exit(ev, f))
  end)

  -- splice(4, NULL, 3, [2], 5, SPLICE_F_MOVE|SPLICE_F_MORE) = 5
  -- splice(3, 0x1, 5, NULL, 3, 0x10 /* SPLICE_F_??? */) = -1 EINVAL
  it("reads splice's offsets at entry, and prints an unreadable one as its address", function()
    local ev = fake.event{ kind = "enter", args = { 4, 0, 3, 0x3000, 5, 5 },
      mem = { [0x3000] = string.pack("<i8", 2) } }
    assert.are.equal("4, NULL, 3, [2], 5, SPLICE_F_MOVE|SPLICE_F_MORE", fake.render(D.splice, ev, f))
    ev.args = { 3, 1, 5, 0, 3, 0x10 }
    assert.are.equal("3, 0x1, 5, NULL, 3, 0x10 /* SPLICE_F_??? */", fake.render(D.splice, ev, f))
    ev.args = { -1, 7, 1, 0 }
    assert.are.equal("-1, 7, 1, 0", fake.render(D.tee, ev, f))
  end)

  -- fallocate(3, FALLOC_FL_KEEP_SIZE|FALLOC_FL_PUNCH_HOLE, 4096, 4096) = 0
  -- sync_file_range(3, -1, 0, 0x8 /* SYNC_FILE_RANGE_??? */) = -1 EINVAL
  -- readahead(-1, 10, 1) = -1 EBADF
  it("prints offsets and lengths signed, flags by name", function()
    local ev = fake.event{ kind = "enter", args = { 3, 3, 4096, 4096 } }
    assert.are.equal("3, FALLOC_FL_KEEP_SIZE|FALLOC_FL_PUNCH_HOLE, 4096, 4096", fake.render(D.fallocate, ev, f))
    ev.args = { 3, 0x80, 0, 1 }
    assert.are.equal("3, 0x80 /* FALLOC_FL_??? */, 0, 1", fake.render(D.fallocate, ev, f))
    ev.args = { 3, -1, 0, 8 }
    assert.are.equal("3, -1, 0, 0x8 /* SYNC_FILE_RANGE_??? */", fake.render(D.sync_file_range, ev, f))
    ev.args = { -1, 10, 1 }
    assert.are.equal("-1, 10, 1", fake.render(D.readahead, ev, f))
  end)

  -- memfd_create("v10", MFD_CLOEXEC|MFD_ALLOW_SEALING) = 8
  -- memfd_create("a-rather-long-memfd-name-for-the"..., 0) = 8
  -- memfd_create("huge", MFD_HUGETLB|0x40|21<<MFD_HUGE_SHIFT) = -1 EINVAL
  -- memfd_create(0x1, 0) = -1 EFAULT
  it("prints memfd_create's name cut at -s and the huge page size as a shift", function()
    local ev = fake.event{ kind = "enter", args = { 0x1000, 3 },
      mem = { [0x1000] = "v10\0", [0x2000] = "a-rather-long-memfd-name-for-the-tests\0", [0x3000] = "huge\0" } }
    assert.are.equal('"v10", MFD_CLOEXEC|MFD_ALLOW_SEALING', fake.render(D.memfd_create, ev, f))
    ev.args = { 0x2000, 0 }
    assert.are.equal('"a-rather-long-memfd-name-for-the"..., 0', fake.render(D.memfd_create, ev, f))
    ev.args = { 0x3000, 4 | (21 << 26) | 0x40 }
    assert.are.equal('"huge", MFD_HUGETLB|0x40|21<<MFD_HUGE_SHIFT', fake.render(D.memfd_create, ev, f))
    ev.args = { 1, 21 << 26 }
    assert.are.equal("0x1, 21<<MFD_HUGE_SHIFT", fake.render(D.memfd_create, ev, f))
    assert.are.equal("fd", D.memfd_create.ret)
  end)

  -- close_range(100, 4294967295, CLOSE_RANGE_CLOEXEC) = 0
  -- inotify_add_watch(8, "/tmp/mt", IN_CREATE|IN_DELETE|IN_ONLYDIR) = 1
  -- inotify_add_watch(-1, 0x1, 0) = -1 EINVAL
  -- inotify_init1(0x1 /* IN_??? */) = -1 EINVAL
  it("decodes close_range and the inotify calls", function()
    local ev = fake.event{ kind = "enter", args = { 100, 0xffffffff, 4 }, mem = { [0x1000] = "/tmp/mt\0" } }
    assert.are.equal("100, 4294967295, CLOSE_RANGE_CLOEXEC", fake.render(D.close_range, ev, f))
    ev.args = { 8, 0x1000, 0x1000300 }
    assert.are.equal('8, "/tmp/mt", IN_CREATE|IN_DELETE|IN_ONLYDIR', fake.render(D.inotify_add_watch, ev, f))
    ev.args = { -1, 1, 0 }
    assert.are.equal("-1, 0x1, 0", fake.render(D.inotify_add_watch, ev, f))
    ev.args = { 1 }
    assert.are.equal("0x1 /* IN_??? */", fake.render(D.inotify_init1, ev, f))
    ev.args = { 0x80800 }
    assert.are.equal("IN_NONBLOCK|IN_CLOEXEC", fake.render(D.inotify_init1, ev, f))
    ev.args = { 8, 99 }
    assert.are.equal("8, 99", fake.render(D.inotify_rm_watch, ev, f))
  end)
end)

-- strace -X raw / -X verbose ./v4 and fcntl(F_GETFD / F_SETSIG / F_GETSIG) by hand.
describe("desc decoders under -X raw|verbose", function()
  after_each(function() f.opts = { strsize = 32, verbose = false, xflag = 0, yflag = 0 } end)

  -- fcntl(4, 0x3 /* F_GETFL */) = 0x18000 (flags O_RDONLY|O_LARGEFILE|O_DIRECTORY)
  -- fcntl(3, 0xb /* F_GETSIG */) = 12 (SIGUSR2)
  -- fcntl(3, 0x1 /* F_GETFD */) = 0x1 (flags 0x1 /* FD_CLOEXEC */), with raw "0x1 (flags 0x1)"
  it("keeps the names after F_GETFL's and F_GETSIG's answers, styles F_GETFD's", function()
    local ev = fake.event{ args = { 4, 3 }, ret = 0x18000 }
    for _, style in ipairs{ "raw", "verbose" } do
      f.opts.xstyle = style
      ev.args[2], ev.ret = 3, 0x18000
      assert.are.equal("0x18000 (flags O_RDONLY|O_LARGEFILE|O_DIRECTORY)", D.fcntl.ret(ev, f))
      ev.args[2], ev.ret = 11, 12
      assert.are.equal("12 (SIGUSR2)", D.fcntl.ret(ev, f))
    end
    ev.args[2], ev.ret = 1, 1
    assert.are.equal("0x1 (flags 0x1 /* FD_CLOEXEC */)", D.fcntl.ret(ev, f))
    f.opts.xstyle = "raw"
    assert.are.equal("0x1 (flags 0x1)", D.fcntl.ret(ev, f))
    ev.args = { 3, 10, 12 }
    assert.are.equal("3, 0xa, 12", fake.render(D.fcntl, ev, f))
    f.opts.xstyle = "verbose"
    assert.are.equal("3, 0xa /* F_SETSIG */, 12 /* SIGUSR2 */", fake.render(D.fcntl, ev, f))
  end)
end)
