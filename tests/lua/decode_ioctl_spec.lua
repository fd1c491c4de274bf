-- The ioctl decoders against strace 6.1's own output (recorded cases), plus
-- hand-made cases for what a real run rarely shows.
package.path = "lua/?.lua;lua/?/init.lua;tests/lua/?.lua;" .. package.path

local replay = require "replay"

replay.describe_recorded("ioctl", _ENV)

local f = require "moontrace.fmt"
local fake = require "fake_event"
local D = require("moontrace.decode").decoders

describe("ioctl, by hand", function()
  before_each(function() f.opts = { strsize = 32, verbose = false, xflag = 0, yflag = 0 } end)

  local TERMIOS = string.pack("<I4I4I4I4B", 0x500, 0x5, 0xbf, 0x8a3b, 0) ..
    "\3\28\127\21\4\0\1\0\17\19\26\0\18\15\23\22\0\0\0"

  -- strace ./v2: ioctl(4, TCGETS, {c_iflag=ICRNL|IXON, ...}); the struct comes after the call
  it("reads TCGETS's termios after the call", function()
    local ev = fake.event{ kind = "enter", args = { 4, 0x5401, 0x1000 } }
    assert.are.equal("4, TCGETS", D.ioctl.enter(ev, f))
    ev.kind = "exit"
    ev.mem[0x1000] = TERMIOS
    assert.are.equal(", {c_iflag=ICRNL|IXON, c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|OPOST|ONLCR, " ..
      "c_cflag=B38400|CS8|CREAD, c_lflag=ISIG|ICANON|ECHO|ECHOE|ECHOK|IEXTEN|ECHOCTL|ECHOKE, ...}",
      D.ioctl.exit(ev, f))
    ev.err = 25
    assert.are.equal(", 0x1000", D.ioctl.exit(ev, f))
  end)

  -- strace ./v: ioctl(5, _IOC(_IOC_READ|_IOC_WRITE, 0xbe, 0xef, 0x1ead), 0x1234)
  it("spells out unknown requests and shows their argument after the call", function()
    local ev = fake.event{ kind = "enter", args = { 5, 0xdeadbeef, 0x1234 } }
    assert.are.equal("5, _IOC(_IOC_READ|_IOC_WRITE, 0xbe, 0xef, 0x1ead)", D.ioctl.enter(ev, f))
    assert.are.equal(", 0x1234", D.ioctl.exit(ev, f))
    -- an unknown terminal request shows its argument at entry
    ev.args = { 4, 0x5499, 0x1234 }
    assert.are.equal("4, _IOC(_IOC_NONE, 0x54, 0x99, 0), 0x1234", D.ioctl.enter(ev, f))
    assert.are.equal("", D.ioctl.exit(ev, f))
  end)

  -- strace ./v2: ioctl(4, SNDCTL_TMR_START or TCSETS, {...})
  it("joins several names for one request code", function()
    local ev = fake.event{ kind = "enter", args = { 4, 0x5402, 0x1000 }, mem = { [0x1000] = TERMIOS } }
    assert.are.equal("4, SNDCTL_TMR_START or TCSETS, {c_iflag=ICRNL|IXON, c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|" ..
      "OPOST|ONLCR, c_cflag=B38400|CS8|CREAD, c_lflag=ISIG|ICANON|ECHO|ECHOE|ECHOK|IEXTEN|ECHOCTL|ECHOKE, ...}",
      D.ioctl.enter(ev, f))
  end)

  -- strace -X raw ./v2: ioctl(4, 0x5402, {..., c_cflag=0xf|0xd<<0x10|0x30|0x80, ...});
  -- -X verbose: "0xd /* B9600 */<<0x10 /* IBSHIFT */"; by default B9600<<IBSHIFT
  it("prints c_cflag's input speed with -X raw and verbose", function()
    local t = string.pack("<I4I4I4I4B", 0x500, 0x5, 0xd00bf, 0x8a31, 0) .. ("\0"):rep(19)
    local ev = fake.event{ kind = "enter", args = { 4, 0x5402, 0x1000 }, mem = { [0x1000] = t } }
    f.opts.xstyle = "raw"
    local ok, raw = pcall(D.ioctl.enter, ev, f)
    f.opts.xstyle = "verbose"
    local ok2, verbose = pcall(D.ioctl.enter, ev, f)
    f.opts.xstyle = nil
    assert(ok, raw); assert(ok2, verbose)
    assert.are.equal("4, 0x5402, {c_iflag=0x500, c_oflag=0|0|0|0|0|0|0x5, c_cflag=0xf|0xd<<0x10|0x30|0x80, " ..
      "c_lflag=0x8a31, ...}", raw)
    assert.are.equal("4, 0x5402 /* SNDCTL_TMR_START or TCSETS */, {c_iflag=0x500 /* ICRNL|IXON */, " ..
      "c_oflag=0 /* NL0 */|0 /* CR0 */|0 /* TAB0 */|0 /* BS0 */|0 /* VT0 */|0 /* FF0 */|0x5 /* OPOST|ONLCR */, " ..
      "c_cflag=0xf /* B38400 */|0xd /* B9600 */<<0x10 /* IBSHIFT */|0x30 /* CS8 */|0x80 /* CREAD */, " ..
      "c_lflag=0x8a31 /* ISIG|ECHOE|ECHOK|IEXTEN|ECHOCTL|ECHOKE */, ...}", verbose)
    assert.are.equal("4, SNDCTL_TMR_START or TCSETS, {c_iflag=ICRNL|IXON, c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|" ..
      "OPOST|ONLCR, c_cflag=B38400|B9600<<IBSHIFT|CS8|CREAD, c_lflag=ISIG|ECHOE|ECHOK|IEXTEN|ECHOCTL|ECHOKE, ...}",
      D.ioctl.enter(ev, f))
  end)
end)
