-- moontrace.count: strace -c's per-syscall statistics and its summary table.
--
--   local count = require "moontrace.count"
--   local st = count.new()
--   st:add(257, "openat", false, 12000)          -- nr, name, failed, nanoseconds
--   io.write(count.format(st, { sortby = "calls" }))
--
-- The table is strace 6.1's (src/count.c) to the byte: the same column
-- aliases for -S and -U, widths, number formats, a blank "errors" cell for
-- zero, ties kept in syscall-number order (glibc's qsort is a stable merge
-- sort for arrays this small, and strace's rows start in number order).
-- Times are integer nanoseconds, so sums and averages round as strace's
-- struct timespec arithmetic does.

local M = {}

local NS = 1000000000

-- Column ids, as strace's enum count_summary_columns.
local C = { NONE = 0, PERCENT = 1, TOTAL = 2, MIN = 3, MAX = 4, AVG = 5,
            CALLS = 6, ERRORS = 7, NAME = 8 }
M.C = C

-- strace's column_aliases, used by both -S and -U.
M.ALIASES = {
  time = C.PERCENT, time_percent = C.PERCENT, ["time-percent"] = C.PERCENT,
  time_total = C.TOTAL, ["time-total"] = C.TOTAL, total_time = C.TOTAL,
  ["total-time"] = C.TOTAL,
  min_time = C.MIN, ["min-time"] = C.MIN, shortest = C.MIN, time_min = C.MIN,
  ["time-min"] = C.MIN,
  longest = C.MAX, max_time = C.MAX, ["max-time"] = C.MAX, time_max = C.MAX,
  ["time-max"] = C.MAX,
  avg_time = C.AVG, ["avg-time"] = C.AVG, time_avg = C.AVG, ["time-avg"] = C.AVG,
  calls = C.CALLS, count = C.CALLS,
  error = C.ERRORS, errors = C.ERRORS,
  name = C.NAME, syscall = C.NAME, syscall_name = C.NAME, ["syscall-name"] = C.NAME,
  none = C.NONE, nothing = C.NONE,
}

M.DEFAULT_COLUMNS = { C.PERCENT, C.TOTAL, C.AVG, C.CALLS, C.ERRORS, C.NAME }

-- -S: returns the column to sort by (C.NONE: syscall number order), or
-- nil and strace's message.
function M.sort_key(s)
  local c = M.ALIASES[s]
  if c == nil then return nil, ("invalid sortby: '%s'"):format(s) end
  return c
end

-- -U: a comma-separated list of column names; the name column is added
-- at the end when missing, since a table without it means nothing.
function M.parse_columns(s)
  local cols, seen = {}, {}
  local pos = 1
  while true do
    local comma = s:find(",", pos, true)
    local item = s:sub(pos, (comma or #s + 1) - 1)
    local c = M.ALIASES[item]
    if c == nil or c == C.NONE then
      return nil, ("unknown column name: '%s'"):format(item)
    end
    if seen[c] then
      return nil, ("call summary column has been provided more than once: '%s' (-U option residual: '%s')")
        :format(item, s:sub(pos))
    end
    seen[c] = true
    cols[#cols + 1] = c
    if not comma then break end
    pos = comma + 1
  end
  if not seen[C.NAME] then cols[#cols + 1] = C.NAME end
  return cols
end

-- -O: "N[UNIT]" with UNIT one of s, ms, us (the default), ns; a float is
-- allowed.  Returns nanoseconds, or nil.
function M.parse_overhead(s)
  local num, unit = s:match("^%+?([%d%.eE+-]+)(%a*)$")
  local scale = ({ [""] = 1000, s = NS, ms = 1000000, us = 1000, ns = 1 })[unit or ""]
  local v = num and tonumber(num)
  if not v or not scale or v < 0 then return nil end
  if math.type(v) == "integer" then return v * scale end
  return math.floor(v * scale)
end

-- ---- gathering -------------------------------------------------------------

local Stats = {}
Stats.__index = Stats

function M.new()
  return setmetatable({ by_nr = {} }, Stats)
end

-- One finished call: ns is the time it is charged with (negative values,
-- e.g. after subtracting -O's overhead, count as zero, as in strace).
function Stats:add(nr, name, failed, ns)
  local cc = self.by_nr[nr]
  if not cc then
    cc = { nr = nr, name = name, calls = 0, errors = 0, time = 0, min = nil, max = 0 }
    self.by_nr[nr] = cc
  end
  if ns < 0 then ns = 0 end
  cc.calls = cc.calls + 1
  if failed then cc.errors = cc.errors + 1 end
  cc.time = cc.time + ns
  if cc.min == nil or ns < cc.min then cc.min = ns end
  if ns > cc.max then cc.max = ns end
end

-- ---- sorting and totals ----------------------------------------------------

-- strace's ts_float: seconds as a double, computed the way it does.
local function secs(ns)
  return (ns // NS) + (ns % NS) / 1e9
end
M.secs = secs

-- strace's ts_div rounds to the nearest nanosecond.
local function div(ns, n)
  return (ns + n // 2) // n
end

local function usecs(ns)
  local v = secs(ns) * 1e6
  return math.floor(v)
end

local SORT_FIELD = {
  [C.PERCENT] = "time", [C.TOTAL] = "time", [C.MIN] = "min", [C.MAX] = "max",
  [C.AVG] = "avg", [C.CALLS] = "calls", [C.ERRORS] = "errors",
}

-- The rows in table order and the totals.  sortby is a column id (default
-- time); everything but the name sorts in decreasing order.
function Stats:rows(sortby)
  if sortby == nil then sortby = C.PERCENT end
  local rows = {}
  local tot = { calls = 0, errors = 0, time = 0, min = nil, min_max = 0, max = 0,
                avg_max = 0, name_max = 0 }
  for _, cc in pairs(self.by_nr) do
    cc.avg = div(cc.time, cc.calls)
    rows[#rows + 1] = cc
    tot.calls = tot.calls + cc.calls
    tot.errors = tot.errors + cc.errors
    tot.time = tot.time + cc.time
    if tot.min == nil or cc.min < tot.min then tot.min = cc.min end
    if cc.min > tot.min_max then tot.min_max = cc.min end
    if cc.max > tot.max then tot.max = cc.max end
    if cc.avg > tot.avg_max then tot.avg_max = cc.avg end
    if #cc.name > tot.name_max then tot.name_max = #cc.name end
  end
  local field = SORT_FIELD[sortby]
  local cmp
  if sortby == C.NAME then
    cmp = function(a, b)
      if a.name ~= b.name then return a.name < b.name end
      return a.nr < b.nr
    end
  elseif field then
    cmp = function(a, b)
      if a[field] ~= b[field] then return a[field] > b[field] end
      return a.nr < b.nr
    end
  else
    cmp = function(a, b) return a.nr < b.nr end
  end
  table.sort(rows, cmp)
  return rows, tot
end

-- ---- the table -------------------------------------------------------------

local HEAD = {
  [C.PERCENT] = "% time", [C.TOTAL] = "seconds", [C.MIN] = "shortest",
  [C.MAX] = "longest", [C.AVG] = "usecs/call", [C.CALLS] = "calls",
  [C.ERRORS] = "errors", [C.NAME] = "syscall",
}

-- Minimum widths: the header's, or the historical 11/9/16.
local MIN_WIDTH = {
  [C.PERCENT] = 6, [C.TOTAL] = 11, [C.MIN] = 8, [C.MAX] = 7, [C.AVG] = 11,
  [C.CALLS] = 9, [C.ERRORS] = 9, [C.NAME] = 16,
}

local function widths(tot)
  local fts = secs(tot.time)
  local w = {
    [C.PERCENT] = #"100.00",
    [C.TOTAL] = #("%.6f"):format(fts),
    [C.MIN] = #("%d.000000"):format(tot.min_max // NS),
    [C.MAX] = #("%d.000000"):format(tot.max // NS),
    [C.AVG] = #("%d"):format(usecs(tot.avg_max)),
    [C.CALLS] = #("%d"):format(tot.calls),
    [C.ERRORS] = #("%d"):format(tot.errors),
    [C.NAME] = tot.name_max + 1,
  }
  for c, m in pairs(MIN_WIDTH) do
    if w[c] < m then w[c] = m end
  end
  return w
end

-- Lua's string.format has no '*' width: pad by hand.
local function right(s, width) return (" "):rep(width - #s) .. s end
local function left(s, width) return s .. (" "):rep(width - #s) end

-- One cell.  printf's "%.0d" prints nothing for zero: strace's blank errors.
local function cell(c, v, width, last)
  if c == C.PERCENT then return right(("%.2f"):format(v), width) end
  if c == C.TOTAL or c == C.MIN or c == C.MAX then return right(("%.6f"):format(v), width) end
  if c == C.ERRORS and v == 0 then return (" "):rep(width) end
  if c == C.NAME then
    if last then return v end
    return left(v, width)
  end
  return right(("%d"):format(v), width)
end

-- The summary table as text; "" when no syscall was counted (strace then
-- prints nothing at all).  o.sortby: a column id; o.columns: a list of ids.
function M.format(stats, o)
  o = o or {}
  local cols = o.columns or M.DEFAULT_COLUMNS
  local rows, tot = stats:rows(o.sortby)
  if #rows == 0 then return "" end
  local w = widths(tot)
  local fts = secs(tot.time)
  local out = {}
  local function line(parts) out[#out + 1] = table.concat(parts, " ") .. "\n" end

  local head, rule = {}, {}
  for i, c in ipairs(cols) do
    if c == C.NAME then
      head[i] = i == #cols and HEAD[c] or left(HEAD[c], w[c])
    else
      head[i] = right(HEAD[c], w[c])
    end
    rule[i] = ("-"):rep(w[c])
  end
  line(head)
  line(rule)

  for _, cc in ipairs(rows) do
    local pct = 100.0 * secs(cc.time)
    if pct ~= 0.0 then pct = pct / fts end
    local vals = {
      [C.PERCENT] = pct, [C.TOTAL] = secs(cc.time), [C.MIN] = secs(cc.min),
      [C.MAX] = secs(cc.max), [C.AVG] = usecs(cc.avg), [C.CALLS] = cc.calls,
      [C.ERRORS] = cc.errors, [C.NAME] = cc.name,
    }
    local parts = {}
    for i, c in ipairs(cols) do parts[i] = cell(c, vals[c], w[c], i == #cols) end
    line(parts)
  end

  line(rule)
  local totals = {
    [C.PERCENT] = 100.0, [C.TOTAL] = fts, [C.MIN] = secs(tot.min),
    [C.MAX] = secs(tot.max), [C.AVG] = math.floor(fts / tot.calls * 1e6),
    [C.CALLS] = tot.calls, [C.ERRORS] = tot.errors, [C.NAME] = "total",
  }
  local parts = {}
  for i, c in ipairs(cols) do parts[i] = cell(c, totals[c], w[c], i == #cols) end
  line(parts)
  return table.concat(out)
end

return M
