-- count_spec.lua: strace -c's table, from synthetic counts.
package.path = "lua/?.lua;lua/?/init.lua;tests/lua/?.lua;" .. package.path

local count = require "moontrace.count"
local C = count.C

local function stats(rows)
  local st = count.new()
  for _, r in ipairs(rows) do
    for i = 1, r[3] do st:add(r[1], r[2], i <= (r[4] or 0), r[5] or 0) end
  end
  return st
end

describe("count.format", function()
  it("prints strace's default table, ties in syscall-number order", function()
    local st = stats{ { 257, "openat", 2 }, { 0, "read", 1 }, { 21, "access", 1, 1 } }
    assert.equal(table.concat({
      "% time     seconds  usecs/call     calls    errors syscall",
      "------ ----------- ----------- --------- --------- ----------------",
      "  0.00    0.000000           0         1           read",
      "  0.00    0.000000           0         1         1 access",
      "  0.00    0.000000           0         2           openat",
      "------ ----------- ----------- --------- --------- ----------------",
      "100.00    0.000000           0         4         1 total",
      "" }, "\n"), count.format(st))
  end)

  it("sorts by time, with percentages and averages rounded as strace does", function()
    local st = count.new()
    st:add(257, "openat", false, 300000)
    st:add(257, "openat", true, 195000)
    st:add(9, "mmap", false, 252000)
    st:add(0, "read", false, 0)
    local text = count.format(st)
    assert.truthy(text:find(" 66.27    0.000495         247         2         1 openat\n", 1, true))
    assert.truthy(text:find(" 33.73    0.000252         252         1           mmap\n", 1, true))
    assert.truthy(text:find("  0.00    0.000000           0         1           read\n", 1, true))
    assert.truthy(text:find("100.00    0.000747         186         4         1 total\n", 1, true))
    assert.truthy(text:find("openat.*mmap.*read"))
  end)

  it("prints nothing when nothing was counted", function()
    assert.equal("", count.format(count.new()))
  end)

  it("widens columns for big numbers and long names", function()
    local st = count.new()
    for _ = 1, 12345 do st:add(1, "write", false, 0) end
    st:add(1000, "a_very_long_syscall_name", false, 0)
    assert.equal(table.concat({
      "% time     seconds  usecs/call     calls    errors syscall",
      "------ ----------- ----------- --------- --------- -------------------------",
      "  0.00    0.000000           0     12345           write",
      "  0.00    0.000000           0         1           a_very_long_syscall_name",
      "------ ----------- ----------- --------- --------- -------------------------",
      "100.00    0.000000           0     12346           total",
      "" }, "\n"), count.format(st, { sortby = C.CALLS }))
    st:add(2, "open", true, 123456 * 1000000000)
    assert.equal(table.concat({
      "% time       seconds   usecs/call     calls    errors syscall",
      "------ ------------- ------------ --------- --------- -------------------------",
      "  0.00      0.000000            0     12345           write",
      "100.00 123456.000000 123456000000         1         1 open",
      "  0.00      0.000000            0         1           a_very_long_syscall_name",
      "------ ------------- ------------ --------- --------- -------------------------",
      "100.00 123456.000000      9998866     12347         1 total",
      "" }, "\n"), count.format(st, { sortby = C.CALLS }))
  end)

  it("puts the columns -U asks for, name last when forgotten", function()
    local cols = assert(count.parse_columns("calls,errors,min-time,max-time,total-time"))
    local st = stats{ { 9, "mmap", 8 }, { 21, "access", 1, 1 } }
    assert.equal(table.concat({
      "    calls    errors shortest  longest     seconds syscall",
      "--------- --------- -------- -------- ----------- ----------------",
      "        8           0.000000 0.000000    0.000000 mmap",
      "        1         1 0.000000 0.000000    0.000000 access",
      "--------- --------- -------- -------- ----------- ----------------",
      "        9         1 0.000000 0.000000    0.000000 total",
      "" }, "\n"), count.format(st, { columns = cols, sortby = C.CALLS }))
  end)

  it("pads the name when it is not the last column", function()
    local cols = assert(count.parse_columns("calls,name,errors"))
    local st = stats{ { 21, "access", 1, 1 }, { 9, "mmap", 1 } }
    local text = count.format(st, { columns = cols, sortby = C.NONE })
    assert.truthy(text:find("    calls syscall             errors\n", 1, true))
    assert.truthy(text:find("        1 mmap                      \n", 1, true))
    assert.truthy(text:find("        1 access                   1\n", 1, true))
  end)

  it("sorts by name, errors and nothing", function()
    local st = stats{ { 257, "openat", 3, 2 }, { 0, "read", 1 }, { 21, "access", 2, 1 } }
    local function order(key)
      local names = {}
      for n in count.format(st, { sortby = key }):gmatch("%s([%w_]+)\n") do
        if n ~= "syscall" then names[#names + 1] = n end
      end
      return table.concat(names, " ")
    end
    assert.equal("access openat read total", order(C.NAME))
    assert.equal("openat access read total", order(C.ERRORS))
    assert.equal("read access openat total", order(C.NONE))
    assert.equal("openat access read total", order(C.CALLS))
  end)
end)

describe("count options", function()
  it("takes strace's -S names", function()
    assert.equal(C.PERCENT, count.sort_key("time"))
    assert.equal(C.CALLS, count.sort_key("count"))
    assert.equal(C.NONE, count.sort_key("nothing"))
    assert.equal(C.MIN, count.sort_key("shortest"))
    local k, err = count.sort_key("bogus")
    assert.is_nil(k)
    assert.equal("invalid sortby: 'bogus'", err)
  end)

  it("refuses unknown and repeated -U columns", function()
    assert.same({ select(2, count.parse_columns("foo,calls")) }, { "unknown column name: 'foo'" })
    assert.same({ select(2, count.parse_columns("none")) }, { "unknown column name: 'none'" })
    assert.same({ select(2, count.parse_columns("calls,count")) },
                { "call summary column has been provided more than once: 'count' (-U option residual: 'count')" })
  end)

  it("reads -O overheads in s, ms, us (default) and ns", function()
    assert.equal(5000, count.parse_overhead("5"))
    assert.equal(1000000, count.parse_overhead("1ms"))
    assert.equal(2500, count.parse_overhead("2.5us"))
    assert.equal(7, count.parse_overhead("7ns"))
    assert.equal(2000000000, count.parse_overhead("2s"))
    assert.is_nil(count.parse_overhead("foo"))
    assert.is_nil(count.parse_overhead("5h"))
  end)
end)
