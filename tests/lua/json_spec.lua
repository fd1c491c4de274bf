-- json_spec.lua: the encoder's output is valid JSON whatever the bytes.
package.path = "lua/?.lua;lua/?/init.lua;tests/lua/?.lua;" .. package.path

local json = require "moontrace.json"

describe("json.encode", function()
  it("prints scalars", function()
    assert.equal("null", json.encode(nil))
    assert.equal("null", json.encode(json.null))
    assert.equal("true", json.encode(true))
    assert.equal("-100", json.encode(-100))
    assert.equal("9223372036854775807", json.encode(math.maxinteger))
    assert.equal("0.1", json.encode(0.1))
    assert.equal("3", json.encode(3.0))
    assert.equal("1e-05", json.encode(1e-5))
  end)

  it("prints the fewest digits that give the same double back", function()
    local t = 1764201234.1234567
    assert.equal(t, tonumber(json.encode(t)))
    assert.equal(0.000012345, tonumber(json.encode(0.000012345)))
  end)

  it("prints NaN and infinities as null", function()
    assert.equal("null", json.encode(0 / 0))
    assert.equal("[null,null]", json.encode(json.array{ math.huge, -math.huge }))
  end)

  it("escapes quotes, backslashes and every control byte", function()
    assert.equal([["a\"b\\c"]], json.encode('a"b\\c'))
    assert.equal([["\n\t\r\b\f"]], json.encode("\n\t\r\b\f"))
    assert.equal([["\u0000\u0001\u001f\u007f"]], json.encode("\0\1\31\127"))
  end)

  it("keeps valid UTF-8 as it is", function()
    assert.equal('"h\xc3\xa9llo \xe2\x82\xac \xf0\x9f\x98\x80"', json.encode("h\xc3\xa9llo \xe2\x82\xac \xf0\x9f\x98\x80"))
  end)

  it("turns bytes that are not UTF-8 into U+FFFD", function()
    local R = "\xef\xbf\xbd"
    assert.equal('"a' .. R .. 'b"', json.encode("a\xffb"))
    assert.equal('"' .. R .. '"', json.encode("\xc3"))                  -- cut short
    assert.equal('"' .. R .. R .. '"', json.encode("\xc0\xaf"))         -- overlong
    assert.equal('"' .. R .. R .. R .. '"', json.encode("\xed\xa0\x80")) -- a surrogate
    assert.equal('"' .. R .. R .. R .. R .. '"', json.encode("\xf4\x90\x80\x80")) -- > U+10FFFF
  end)

  it("tells arrays from objects", function()
    assert.equal("[]", json.encode(json.array{}))
    assert.equal("{}", json.encode(json.object{}))
    assert.equal("{}", json.encode({}))
    assert.equal("[1,2,3]", json.encode({ 1, 2, 3 }))
    assert.equal('{"1":"a","x":1}', json.encode({ "a", x = 1 }))
    assert.equal("[1,null,3]", json.encode(json.array{ 1, json.null, 3 }))
  end)

  it("orders object keys as asked, then sorted", function()
    local o = json.object({ z = 1, a = 2, m = 3, b = 4 }, { "z", "m" })
    assert.equal('{"z":1,"m":3,"a":2,"b":4}', json.encode(o))
  end)

  it("leaves nil fields out of ordered objects", function()
    assert.equal('{"a":1}', json.encode(json.object({ a = 1 }, { "a", "b" })))
  end)

  it("nests", function()
    local v = json.object({ args = json.array{ "x", json.array{ "O_RDONLY" }, json.object{ fd = 3 } } })
    assert.equal('{"args":["x",["O_RDONLY"],{"fd":3}]}', json.encode(v))
  end)

  it("always gives text that python's json module reads back", function()
    local parts = {}
    for b = 0, 255 do parts[#parts + 1] = string.char(b) end
    local all = table.concat(parts)
    local tmp = os.tmpname()   -- (not a fixed name: test runs may overlap)
    local f = io.popen("/usr/bin/python3 -c 'import json,sys; v=json.loads(sys.stdin.read()); print(len(v))' > " .. tmp, "w")
    f:write(json.encode(json.array{ all, all:reverse(), "\xe2\x82", "ok" }))
    f:close()
    local r = io.open(tmp):read("a")
    os.remove(tmp)
    assert.equal("4\n", r)
  end)
end)
