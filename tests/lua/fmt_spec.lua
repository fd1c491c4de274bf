-- moontrace.fmt: strace 6.1's string, number, flag and descriptor printing.
-- Expected strings come from strace runs; the command is given above each group.
package.path = "lua/?.lua;lua/?/init.lua;tests/lua/?.lua;" .. package.path

local f = require "moontrace.fmt"
local fake = require "fake_event"
local open_x = require "moontrace.xlat.open"
local mman = require "moontrace.xlat.mman"
local at_x = require "moontrace.xlat.at"

local function with_opts(opts, fn)
  local saved = f.opts
  f.opts = { strsize = 32, verbose = false, xflag = 0, yflag = 0 }
  for k, v in pairs(opts) do f.opts[k] = v end
  local ok, err = pcall(fn)
  f.opts = saved
  if not ok then error(err, 0) end
end

-- The bytes tests/lua/victims/q2.c writes, in order.
local ESC = "\x1b[31m\0011\n\"\\\xff"
local CTRL = "\0" .. "0\0" .. "a\1" .. "8\7" .. "7\127\128\t\v\f\r'?"
local UTF8 = "h\xc3\xa9llo"

describe("fmt.quote", function()
  -- strace -e trace=write ./q2
  it("escapes as strace does by default", function()
    with_opts({}, function()
      assert.are.equal([["\33[31m\0011\n\"\\\377"]], f.quote(ESC))
      assert.are.equal([["\0000\0a\18\0077\177\200\t\v\f\r'?"]], f.quote(CTRL))
      assert.are.equal([["h\303\251llo"]], f.quote(UTF8))
      assert.are.equal([["plain\n"]], f.quote("plain\n"))
      assert.are.equal([["a<b>"]], f.quote("a<b>"))
    end)
  end)

  -- strace -x -e trace=write ./q2: one non-ASCII byte puts the whole string in hex
  it("with -x hex-quotes whole strings that hold non-ASCII bytes", function()
    with_opts({ xflag = 1 }, function()
      assert.are.equal([["\x1b\x5b\x33\x31\x6d\x01\x31\x0a\x22\x5c\xff"]], f.quote(ESC))
      assert.are.equal([["\x68\xc3\xa9\x6c\x6c\x6f"]], f.quote(UTF8))
      assert.are.equal([["plain\n"]], f.quote("plain\n"))
    end)
  end)

  -- strace -xx -e trace=write ./q2
  it("with -xx hex-quotes every byte", function()
    with_opts({ xflag = 2 }, function()
      assert.are.equal([["\x70\x6c\x61\x69\x6e\x0a"]], f.quote("plain\n"))
      assert.are.equal([["\x61\x3c\x62\x3e"]], f.quote("a<b>"))
    end)
  end)

  -- strace --strings-in-hex=non-ascii-chars -e trace=write ./q2
  it("with --strings-in-hex=non-ascii-chars hex-quotes only those bytes", function()
    with_opts({ xflag = 3 }, function()
      assert.are.equal([["\x1b[31m\x011\n\"\\\xff"]], f.quote(ESC))
      assert.are.equal([["\x000\x00a\x018\x077\x7f\x80\t\v\f\r'?"]], f.quote(CTRL))
      assert.are.equal([["h\xc3\xa9llo"]], f.quote(UTF8))
    end)
  end)

  -- strace -s3 -e trace=write ./q2
  it("cuts at -s and marks the cut after the closing quote", function()
    with_opts({ strsize = 3 }, function()
      assert.are.equal([["\33[3"...]], f.quote(ESC))
      assert.are.equal([["\0000\0"...]], f.quote(CTRL))
      assert.are.equal([["pla"...]], f.quote("plain\n"))
      assert.are.equal([["abc"]], f.quote("abc"))
    end)
  end)

  -- The octal lookahead stops at the cut: strace -e trace=write ./v3 prints
  -- write(1, "abcdefghijklmnopqrstuvwxyz01234\1"..., 33)
  it("does not look past the cut for a following digit", function()
    with_opts({}, function()
      assert.are.equal([["abcdefghijklmnopqrstuvwxyz01234\1"...]],
        f.quote("abcdefghijklmnopqrstuvwxyz01234\0017"))
    end)
  end)

  it("marks an incomplete string even when it is short", function()
    with_opts({}, function()
      assert.are.equal([["ab"...]], f.quote("ab", false))
      assert.are.equal([[""]], f.quote(""))
    end)
  end)

  it("never lets a control byte through (terminal injection)", function()
    with_opts({}, function()
      for c = 0, 255 do
        local q = f.quote(string.char(c))
        if c < 32 or c >= 127 then assert.is_nil(q:find("[%z\1-\31\127-\255]")) end
      end
    end)
  end)
end)

describe("fmt.str and fmt.path", function()
  local mem = {
    [0x1000] = "hello\0",
    [0x2000] = ("a"):rep(32) .. "\0",
    [0x3000] = ("a"):rep(33) .. "\0",
    [0x4000] = "\27]0;pwned\7\0",
    [0x5000] = "abc",            -- no NUL before the end of the mapping
    [0x6000] = ("p"):rep(5000) .. "\0",
  }
  local ev = fake.event{ mem = mem }

  it("reads up to the NUL and quotes", function()
    with_opts({}, function()
      assert.are.equal([["hello"]], f.str(ev, 0x1000))
      assert.are.equal([["\33]0;pwned\7"]], f.str(ev, 0x4000))
    end)
  end)

  it("tells a string of exactly -s bytes from a longer one", function()
    with_opts({}, function()
      assert.are.equal('"' .. ("a"):rep(32) .. '"', f.str(ev, 0x2000))
      assert.are.equal('"' .. ("a"):rep(32) .. '"...', f.str(ev, 0x3000))
    end)
  end)

  it("prints NULL, and the address when memory is unreadable", function()
    with_opts({}, function()
      assert.are.equal("NULL", f.str(ev, 0))
      assert.are.equal("0x7ffd1000", f.str(ev, 0x7ffd1000))
      -- the string runs into unmapped memory before its NUL
      assert.are.equal("0x5000", f.str(ev, 0x5000))
      assert.are.equal("0x5000", f.path(ev, 0x5000))
    end)
  end)

  it("cuts paths at PATH_MAX - 1, not at -s", function()
    with_opts({ strsize = 4 }, function()
      assert.are.equal('"' .. ("p"):rep(4095) .. '"...', f.path(ev, 0x6000))
      assert.are.equal([["hello"]], f.path(ev, 0x1000))
    end)
  end)
end)

describe("fmt.buf", function()
  local ev = fake.event{ mem = { [0x1000] = "ping\n" .. ("x"):rep(40) } }

  it("quotes a buffer of known length, with embedded NULs", function()
    local ev2 = fake.event{ mem = { [0x10] = "x\0y" } }
    with_opts({}, function()
      assert.are.equal([["ping\n"]], f.buf(ev, 0x1000, 5))
      assert.are.equal([["x\0y"]], f.buf(ev2, 0x10, 3))
    end)
  end)

  it("cuts at -s; the cut needs one byte more than shown to be readable", function()
    with_opts({}, function()
      assert.are.equal('"ping\\n' .. ("x"):rep(27) .. '"...', f.buf(ev, 0x1000, 45))
      -- len 46 > what is mapped, but only -s + 1 bytes are read
      assert.are.equal('"ping\\n' .. ("x"):rep(27) .. '"...', f.buf(ev, 0x1000, 4096))
    end)
  end)

  -- strace -e trace=write ./v3: write(1, "", 0), write(1, 0x10, 5),
  -- write(1, 0x200000ffb, 6) (5 readable bytes, then an unmapped page)
  it("prints the address when any shown byte is unreadable", function()
    local ev3 = fake.event{ mem = { [0x200000ffb] = "abcde" } }
    with_opts({}, function()
      assert.are.equal([[""]], f.buf(ev3, 0x10, 0))
      assert.are.equal("0x10", f.buf(ev3, 0x10, 5))
      assert.are.equal([["abcde"]], f.buf(ev3, 0x200000ffb, 5))
      assert.are.equal("0x200000ffb", f.buf(ev3, 0x200000ffb, 6))
      assert.are.equal("NULL", f.buf(ev3, 0, 5))
    end)
  end)

  it("forces hex when asked (getrandom)", function()
    local ev4 = fake.event{ mem = { [0x10] = "\xc2\x80\x00\x66" } }
    with_opts({}, function()
      assert.are.equal([["\xc2\x80\x00\x66"]], f.buf(ev4, 0x10, 4, { hex = "all" }))
    end)
  end)
end)

describe("fmt numbers", function()
  it("prints registers the way strace's printers do", function()
    assert.are.equal("NULL", f.ptr(0))
    assert.are.equal("0x7ffd1234", f.ptr(0x7ffd1234))
    assert.are.equal("0xffffffffffffffff", f.ptr(-1))
    assert.are.equal("0", f.hex(0))
    assert.are.equal("0x26000", f.hex(0x26000))
    assert.are.equal("-1", f.int(0xffffffff))
    assert.are.equal("-100", f.int(-100))
    assert.are.equal("4294967295", f.uint(-1))
    assert.are.equal("18446744073709551615", f.ulong(-1))
    assert.are.equal("9223372036854775808", f.ulong(math.mininteger))
    assert.are.equal("0644", f.oct(420))
    assert.are.equal("000", f.oct(0))
    assert.are.equal("0x000005", f.hex0(5, 4))
    assert.are.equal("00000000", f.hex0(0, 4))
  end)

  it("prints AT_FDCWD by name", function()
    assert.are.equal("AT_FDCWD", f.dirfd(-100))
    assert.are.equal("AT_FDCWD", f.dirfd(0xffffff9c))
    assert.are.equal("3", f.dirfd(3))
  end)

  it("shows seconds of clock_t ticks", function()
    assert.are.equal("0", f.clock_t(0))
    assert.are.equal("15 /* 0.15 s */", f.clock_t(15))
    assert.are.equal("1234 /* 12.34 s */", f.clock_t(1234))
  end)
end)

describe("fmt.flags and fmt.xval", function()
  -- strace ./v: openat(..., O_RDWR|O_CREAT|O_EXCL|O_APPEND|O_NONBLOCK|0x40000000, 0600),
  -- mprotect(..., PROT_NONE), mprotect(..., PROT_READ|PROT_EXEC|0x100),
  -- access(..., F_OK), lseek(3, 0, 0x7 /* SEEK_??? */), getrandom(..., 0x80 /* GRND_??? */)
  it("joins names, keeps unknown bits in hex", function()
    assert.are.equal("O_CREAT|O_EXCL|O_APPEND|O_NONBLOCK|0x40000000",
      f.flags(open_x.flags, 0x40000cc0, "O_???"))
    assert.are.equal("PROT_READ|PROT_EXEC|0x100", f.flags(mman.prot, 0x105, "PROT_???"))
    assert.are.equal("0x80 /* GRND_??? */", f.flags(require("moontrace.xlat.random").flags, 0x80, "GRND_???"))
  end)

  it("prints zero by the table's zero name, else 0, else nothing", function()
    assert.are.equal("PROT_NONE", f.flags(mman.prot, 0, "PROT_???"))
    assert.are.equal("F_OK", f.flags(open_x.access, 0, "?_OK"))
    assert.are.equal("0", f.flags(at_x.flags, 0, "AT_???"))
    assert.are.equal("", f.flags(at_x.flags, 0))
  end)

  it("lets the first matching entry take its bits", function()
    -- O_TMPFILE includes O_DIRECTORY's bit: strace prints O_RDWR|O_TMPFILE
    assert.are.equal("O_TMPFILE", f.flags(open_x.flags, 0x410000))
    assert.are.equal("O_SYNC", f.flags(open_x.flags, 0x101000))
  end)

  it("names one value or falls back to hex with a comment", function()
    assert.are.equal("SEEK_END", f.xval(open_x.whence, 2, "SEEK_???"))
    assert.are.equal("0x7 /* SEEK_??? */", f.xval(open_x.whence, 7, "SEEK_???"))
    assert.are.equal("7 /* SEEK_??? */", f.xval(open_x.whence, 7, "SEEK_???", "d"))
    assert.are.equal("0x7", f.xval(open_x.whence, 7))
  end)
end)

describe("fmt.fd with -y", function()
  local ev = fake.event{ pid = 42 }
  local paths = { [3] = "/tmp/mt/lockme (deleted)", [4] = "/tmp/mt/a<b>", [5] = "pipe:[44970]",
                  [-100] = "/tmp/mt" }

  -- strace -y ./v5
  it("appends the path in angle brackets", function()
    local saved = f.fdpath
    f.fdpath = function(pid, fd) assert.are.equal(42, pid); return paths[fd] end
    with_opts({ yflag = 1 }, function()
      assert.are.equal("3</tmp/mt/lockme>(deleted)", f.fd(ev, 3))
      assert.are.equal("4</tmp/mt/a\\74b\\76>", f.fd(ev, 4))
      assert.are.equal("5<pipe:[44970]>", f.fd(ev, 5))
      assert.are.equal("6", f.fd(ev, 6))
      assert.are.equal("-1", f.fd(ev, -1))
      assert.are.equal("AT_FDCWD</tmp/mt>", f.dirfd(-100, ev))
    end)
    with_opts({}, function() assert.are.equal("5", f.fd(ev, 5)) end)
    f.fdpath = saved
  end)
end)

describe("fmt.sigset", function()
  local function set(...)
    local mask = 0
    for _, s in ipairs { ... } do mask = mask | (1 << (s - 1)) end
    return string.pack("<i8", mask)
  end
  -- strace ./v: rt_sigprocmask(SIG_BLOCK, [INT RT_4], NULL, 8),
  -- rt_sigprocmask(SIG_UNBLOCK, ~[RTMIN RT_1], [INT RT_4], 8)
  it("lists the signals, or the missing ones when most are set", function()
    assert.are.equal("[]", f.sigset(set()))
    assert.are.equal("[INT RT_4]", f.sigset(set(2, 36)))
    assert.are.equal("~[RTMIN RT_1]", f.sigset(string.pack("<i8", ~((1 << 31) | (1 << 32)))))
    assert.are.equal("~[]", f.sigset(string.pack("<i8", -1)))
  end)

  it("reads only the bytes it was given", function()
    assert.are.equal("[HUP]", f.sigset("\1\0\0\0"))
  end)
end)

describe("fmt.isotime", function()
  it("leaves the epoch and bad nanoseconds without a comment", function()
    assert.is_nil(f.isotime(0, 0))
    assert.is_nil(f.isotime(5, 1000000000))
  end)

  it("prints the local time with nanoseconds and zone", function()
    local zone = os.date("%z", 1795733826)
    assert.are.equal(os.date("%Y-%m-%dT%H:%M:%S", 1795733826) .. ".241991291" .. zone,
      f.isotime(1795733826, 241991291))
    assert.are.equal(os.date("%Y-%m-%dT%H:%M:%S", 1777320873) .. os.date("%z", 1777320873),
      f.isotime(1777320873, 0))
  end)
end)
