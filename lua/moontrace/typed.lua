-- moontrace.typed: strace-rendered text back into typed values, for --json.
--
--   local typed = require "moontrace.typed"
--   typed.split('AT_FDCWD, "/etc/passwd", O_RDONLY|O_CLOEXEC')
--   --> { 'AT_FDCWD', '"/etc/passwd"', 'O_RDONLY|O_CLOEXEC' }
--   typed.value('{st_mode=S_IFREG|0644, st_size=1234, ...}')
--   --> { st_mode = { "S_IFREG", 420 }, st_size = 1234, ["..."] = true }
--
-- Decoders print strace's text and nothing else; rather than have each of
-- them describe its output a second time, the JSON view reads that text
-- back with this one small grammar.  What it does not know (e.g. wait4's
-- "{WIFEXITED(s) && ...}") stays text: value() never fails.  The rules are
-- documented in docs/json.md.

local json = require "moontrace.json"

local M = {}

-- ---- splitting an argument list at its top-level commas -------------------

-- Index just past the string literal opening at i.
local function skip_string(s, i)
  local j = i + 1
  while true do
    local k = s:find('[\\"]', j)
    if not k then return #s + 1 end
    if s:sub(k, k) == "\\" then j = k + 2 else return k + 1 end
  end
end

-- Index just past "<path>" after an fd number (strace -y): the '>' that
-- ends it is followed by a delimiter, so "->" inside a socket's text is
-- skipped.
local function skip_fdpath(s, i)
  local j = i + 1
  while true do
    local k = s:find(">", j, true)
    if not k then return #s + 1 end
    local after = s:sub(k + 1, k + 1)
    if after == "" or after:match("[%s,%)%]}|]") then return k + 1 end
    j = k + 1
  end
end

local OPEN = { ["("] = true, ["["] = true, ["{"] = true }
local CLOSE = { [")"] = true, ["]"] = true, ["}"] = true }

local function trim(s) return (s:gsub("^%s+", ""):gsub("%s+$", "")) end

-- The top-level comma-separated items of text (strings, brackets, braces,
-- parentheses, comments and -y's <path> are kept whole), trimmed.
function M.split(text)
  local items = {}
  local depth, start, i, n = 0, 1, 1, #text
  while i <= n do
    local c = text:sub(i, i)
    if c == '"' then
      i = skip_string(text, i)
    elseif c == "/" and text:sub(i + 1, i + 1) == "*" then
      local e = text:find("*/", i + 2, true)
      i = e and e + 2 or n + 1
    elseif c == "<" and text:sub(i - 1, i - 1):match("%d") and text:sub(i + 1, i + 1) ~= "<" then
      i = skip_fdpath(text, i)
    else
      if OPEN[c] then depth = depth + 1
      elseif CLOSE[c] then depth = depth - 1
      elseif c == "," and depth == 0 then
        items[#items + 1] = trim(text:sub(start, i - 1))
        start = i + 1
      end
      i = i + 1
    end
  end
  local last = trim(text:sub(start))
  if last ~= "" or #items > 0 then items[#items + 1] = last end
  return items
end

-- ---- the grammar -------------------------------------------------------------

local ESCAPES = { n = "\n", t = "\t", r = "\r", v = "\v", f = "\f", a = "\a", b = "\b",
                  ['"'] = '"', ["\\"] = "\\", ["'"] = "'", ["?"] = "?" }

-- C escapes as strace prints them: \n, \t, ..., \ooo, \xhh.
function M.unescape(body)
  local out, i, n = {}, 1, #body
  while i <= n do
    local j = body:find("\\", i, true)
    if not j then
      out[#out + 1] = body:sub(i)
      break
    end
    out[#out + 1] = body:sub(i, j - 1)
    local hex = body:match("^x(%x%x?)", j + 1)
    local oct = body:match("^[0-7][0-7]?[0-7]?", j + 1)
    local c = body:sub(j + 1, j + 1)
    if hex then
      out[#out + 1] = string.char(tonumber(hex, 16))
      i = j + 2 + #hex
    elseif oct then
      out[#out + 1] = string.char(tonumber(oct, 8) & 255)
      i = j + 1 + #oct
    else
      out[#out + 1] = ESCAPES[c] or c
      i = j + 2
    end
  end
  return table.concat(out)
end

-- Wrappers whose one argument is the value itself.
local UNWRAP = { htons = true, htonl = true, ntohs = true, ntohl = true, inet_addr = true }

local SAFE = 2 ^ 53

local P = {}
P.__index = P

local function fail() error(P, 0) end

function P:ws()
  while true do
    local _, e = self.s:find("^%s+", self.i)
    if e then self.i = e + 1 end
    if self.s:sub(self.i, self.i + 1) == "/*" then
      local c = self.s:find("*/", self.i + 2, true)
      if not c then fail() end
      self.i = c + 2
    else
      return
    end
  end
end

function P:peek(n) return self.s:sub(self.i, self.i + (n or 1) - 1) end

function P:eat(lit)
  self:ws()
  if self.s:sub(self.i, self.i + #lit - 1) == lit then
    self.i = self.i + #lit
    return true
  end
  return false
end

function P:match(pat)
  local cap = self.s:match("^(" .. pat .. ")", self.i)
  if cap then self.i = self.i + #cap end
  return cap
end

function P:string()
  local e = skip_string(self.s, self.i)
  if self.s:sub(e - 1, e - 1) ~= '"' or e - 1 == self.i then fail() end
  local body = self.s:sub(self.i + 1, e - 2)
  self.i = e
  self:match("%.%.%.")           -- truncated: the text keeps the mark
  return M.unescape(body)
end

local function to_number(text)
  local v
  if text:match("^%-?0[xX]") then
    local digits = text:match("^%-?0[xX]0*(%x*)$")
    if not digits or #digits > 13 then return text end   -- may not fit a double exactly
    v = tonumber(text)
  elseif text:match("^%-?0[0-7]+$") then
    local neg, oct = text:match("^(%-?)0([0-7]+)$")
    v = tonumber(oct, 8)
    if neg == "-" then v = -v end
  else
    v = tonumber(text)
  end
  if v == nil then return text end
  if math.abs(v) >= SAFE then return text end
  return v
end

function P:number()
  local text = self:match("%-?0[xX]%x+") or self:match("%-?%d+%.%d+") or self:match("%-?%d+")
  if not text then fail() end
  local v = to_number(text)
  if self:peek() == "<" and self:peek(2) ~= "<<" then   -- fd<path> (-y)
    local e = skip_fdpath(self.s, self.i)
    local path = self.s:sub(self.i + 1, e - 2)
    self.i = e
    return json.object({ fd = v, path = path }, { "fd", "path" })
  end
  if self:peek(2) == "<<" then                           -- 1<<N
    self.i = self.i + 2
    local sh = self:match("%d+")
    if not sh or type(v) ~= "number" then fail() end
    return v << tonumber(sh)
  end
  return v
end

-- items up to the closing bracket; sep: a pattern of separators
function P:list(close, item)
  local out = {}
  self:ws()
  if self:eat(close) then return out end
  while true do
    out[#out + 1] = item(self)
    self:ws()
    if self:eat(close) then return out end
    if not self:eat(",") and close ~= "]" then fail() end
  end
end

function P:struct()
  local obj, order, positional = {}, {}, 0
  local keyed = false
  self.i = self.i + 1
  self:list("}", function(p)
    p:ws()
    if p:eat("...") then
      obj["..."] = true
      order[#order + 1] = "..."
      return true
    end
    local key = p.s:match("^([%a_][%w_%.]*)=[^=>]", p.i)
    if key then
      p.i = p.i + #key + 1
      keyed = true
    else
      positional = positional + 1
      key = "#" .. positional
    end
    if obj[key] == nil then order[#order + 1] = key end
    obj[key] = p:value()
    return true
  end)
  if positional > 0 and not keyed and not obj["..."] then
    local arr = {}
    for k = 1, positional do arr[k] = obj["#" .. k] end
    return json.array(arr)
  end
  return json.object(obj, order)
end

function P:array()
  self.i = self.i + 1
  return json.array(self:list("]", function(p) return p:value() end))
end

function P:term()
  self:ws()
  local c = self:peek()
  if c == '"' then return self:string() end
  if c == "@" and self:peek(2) == '@"' then
    self.i = self.i + 1
    return "@" .. self:string()
  end
  if c == "{" then return self:struct() end
  if c == "[" then return self:array() end
  if c == "~" then
    self.i = self.i + 1
    if self:peek() ~= "[" then fail() end
    return json.object({ ["not"] = self:array() })
  end
  if c:match("%d") or (c == "-" and self:peek(2):match("^%-%d")) then return self:number() end
  if self:eat("...") then return "..." end
  local id = self:match("&?[%a_][%w_]*")
  if not id then fail() end
  if id == "NULL" then return json.null end
  if self:peek() == "(" then
    self.i = self.i + 1
    local args = self:list(")", function(p) return p:value() end)
    if UNWRAP[id] and #args == 1 then return args[1] end
    return json.object({ [id] = json.array(args) })
  end
  return id
end

-- term|term|... ; "a => b" is a value the call changed: {in=a, out=b}
function P:value()
  local v = self:term()
  self:ws()
  if self:peek() == "|" then
    local flags = json.array({ v })
    while self:eat("|") do flags[#flags + 1] = self:term() end
    v = flags
  end
  if self:eat("=>") then
    v = json.object({ ["in"] = v, out = self:value() }, { "in", "out" })
  end
  return v
end

-- The typed value of one argument's text; the text itself when the
-- grammar does not cover it.
function M.value(text)
  local p = setmetatable({ s = text, i = 1 }, P)
  local ok, v = pcall(function()
    local r = p:value()
    p:ws()
    if p.i <= #p.s then fail() end
    return r
  end)
  if ok then return v end
  if v ~= P then error(v, 0) end    -- a bug, not unknown text
  return text
end

return M
