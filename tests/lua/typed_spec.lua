-- typed_spec.lua: strace's text read back as typed values (--json's "args").
package.path = "lua/?.lua;lua/?/init.lua;tests/lua/?.lua;" .. package.path

local json = require "moontrace.json"
local typed = require "moontrace.typed"

local function j(text) return json.encode(typed.value(text)) end

describe("typed.split", function()
  it("splits at top-level commas only", function()
    assert.same({ "AT_FDCWD", '"/a,b"', "O_RDONLY|O_CLOEXEC" },
                typed.split('AT_FDCWD, "/a,b", O_RDONLY|O_CLOEXEC'))
    assert.same({ "3", "{a=1, b=[2, 3]}", "f(4, 5)", "0x1 /* x, y */" },
                typed.split("3, {a=1, b=[2, 3]}, f(4, 5), 0x1 /* x, y */"))
  end)

  it("keeps escaped quotes and -y paths whole", function()
    assert.same({ [["a\",b"]], "1" }, typed.split([["a\",b", 1]]))
    assert.same({ "3<TCP:[1.2.3.4:5->6.7.8.9:10]>", "7</tmp/a,b>" },
                typed.split("3<TCP:[1.2.3.4:5->6.7.8.9:10]>, 7</tmp/a,b>"))
  end)

  it("gives nothing for no arguments", function()
    assert.same({}, typed.split(""))
  end)
end)

describe("typed.value", function()
  it("reads numbers: decimal, hex, octal", function()
    assert.equal("-1", j("-1"))
    assert.equal("4096", j("0x1000"))
    assert.equal("420", j("0644"))
    assert.equal("0", j("0"))
  end)

  it("keeps numbers a double cannot hold exactly as text", function()
    assert.equal('"0xffffffffffffffff"', j("0xffffffffffffffff"))
    assert.equal('"18446744073709551615"', j("18446744073709551615"))
  end)

  it("reads strings, unescaping C escapes", function()
    assert.equal([["/etc/passwd"]], j([["/etc/passwd"]]))
    assert.equal([["a\nb\u0000A\\x41\"q"]], j([["a\nb\0\x41\\x41\"q"]]))
    assert.equal([["abc"]], j([["abc"...]]))
    assert.equal([["@sock"]], j([[@"sock"]]))
  end)

  it("reads constants, NULL and flag sets", function()
    assert.equal('"AT_FDCWD"', j("AT_FDCWD"))
    assert.equal("null", j("NULL"))
    assert.equal('["O_RDONLY","O_CLOEXEC"]', j("O_RDONLY|O_CLOEXEC"))
    assert.equal('["S_IFREG",420]', j("S_IFREG|0644"))
    assert.equal('[8,"FOO"]', j("1<<3|FOO"))
  end)

  it("reads structures, arrays and signal sets", function()
    assert.equal('{"st_mode":["S_IFREG",420],"st_size":1234,"...":true}',
                 j("{st_mode=S_IFREG|0644, st_size=1234, ...}"))
    assert.equal('["ls","/"]', j('["ls", "/"]'))
    assert.equal('["INT","TERM"]', j("[INT TERM]"))
    assert.equal('{"not":["RTMIN","RT_1"]}', j("~[RTMIN RT_1]"))
    assert.equal("{}", j("{}"))
    assert.equal("[]", j("[]"))
    assert.equal('[{"fd":3,"events":"POLLIN"}]', j("[{fd=3, events=POLLIN}]"))
  end)

  it("unwraps byte-order helpers, keeps other calls", function()
    assert.equal('{"sa_family":"AF_INET","sin_port":80,"sin_addr":"127.0.0.1"}',
                 j('{sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr("127.0.0.1")}'))
    assert.equal('{"makedev":[1,3]}', j("makedev(0x1, 0x3)"))
  end)

  it("reads -y's fd<path> and changed values", function()
    assert.equal('{"fd":3,"path":"/etc/passwd"}', j("3</etc/passwd>"))
    assert.equal('[{"in":128,"out":16}]', j("[128 => 16]"))
  end)

  it("drops comments", function()
    assert.equal("140724908873336", j("0x7ffd12345678 /* 23 vars */"))
  end)

  it("leaves what it does not know as text", function()
    assert.equal('"[{WIFEXITED(s) && WEXITSTATUS(s) == 0}]"',
                 j("[{WIFEXITED(s) && WEXITSTATUS(s) == 0}]"))
    assert.equal('"{B38400 opost}"', j("{B38400 opost}"))
    assert.equal('"\\"unterminated"', j('"unterminated'))
  end)
end)
