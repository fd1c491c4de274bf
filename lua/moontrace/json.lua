-- moontrace.json: a JSON encoder whose output is always valid JSON.
--
--   local json = require "moontrace.json"
--   json.encode(json.object({ name = "openat", ret = 3 }, { "name", "ret" }))
--   --> {"name":"openat","ret":3}
--
-- Lua tables do not say whether they are arrays or objects, so the caller
-- does: json.array(t) and json.object(t, order) mark them (order: the key
-- order to print; other keys follow, sorted).  An unmarked table is an
-- array when it is a non-empty sequence, else an object.  json.null is
-- null inside arrays (where a nil would end the sequence).
--
-- Strings are bytes from tracees: control bytes are escaped, and bytes
-- that are not UTF-8 become U+FFFD, so one bad byte never makes a line
-- unparseable.  Numbers: integers exactly; floats with the fewest digits
-- that read back as the same double; NaN and infinities (not JSON) as null.

local M = {}

local ARRAY = { __name = "json.array" }
local OBJECT = { __name = "json.object" }   -- unordered objects share it
M.null = setmetatable({}, { __name = "json.null", __tostring = function() return "null" end })

function M.array(t)
  return setmetatable(t or {}, ARRAY)
end

function M.object(t, order)
  if not order then return setmetatable(t or {}, OBJECT) end
  return setmetatable(t or {}, { __name = "json.object", order = order })
end

-- ---- strings ----------------------------------------------------------------

local ESC = {
  ['"'] = '\\"', ["\\"] = "\\\\", ["\b"] = "\\b", ["\f"] = "\\f",
  ["\n"] = "\\n", ["\r"] = "\\r", ["\t"] = "\\t", ["\127"] = "\\u007f",
}
for b = 0, 31 do
  local c = string.char(b)
  ESC[c] = ESC[c] or ("\\u%04x"):format(b)
end

local REPLACEMENT = "\239\191\189"   -- U+FFFD in UTF-8

-- The length of the valid UTF-8 sequence starting at i, or nil.  Overlong
-- forms, surrogates and code points past U+10FFFF are invalid (RFC 3629).
local function utf8_len(s, i)
  local c = s:byte(i)
  local n, lo, hi
  if c >= 0xC2 and c <= 0xDF then n = 2
  elseif c >= 0xE0 and c <= 0xEF then
    n = 3
    if c == 0xE0 then lo = 0xA0 elseif c == 0xED then hi = 0x9F end
  elseif c >= 0xF0 and c <= 0xF4 then
    n = 4
    if c == 0xF0 then lo = 0x90 elseif c == 0xF4 then hi = 0x8F end
  else
    return nil
  end
  for k = 1, n - 1 do
    local b = s:byte(i + k)
    if not b then return nil end
    local min, max = 0x80, 0xBF
    if k == 1 then min, max = lo or min, hi or max end
    if b < min or b > max then return nil end
  end
  return n
end

local function quote(s)
  -- fast path: printable ASCII without quotes or backslashes
  if not s:find('[%c"\\\128-\255]') then return '"' .. s .. '"' end
  local out, n = {}, 0
  local i, len = 1, #s
  while i <= len do
    local j = s:find('[%c"\\\128-\255]', i)
    if not j then
      n = n + 1; out[n] = s:sub(i)
      break
    end
    if j > i then n = n + 1; out[n] = s:sub(i, j - 1) end
    local c = s:sub(j, j)
    local e = ESC[c]
    if e then
      n = n + 1; out[n] = e
      i = j + 1
    else
      local k = utf8_len(s, j)
      n = n + 1
      if k then out[n] = s:sub(j, j + k - 1); i = j + k
      else out[n] = REPLACEMENT; i = j + 1 end
    end
  end
  return '"' .. table.concat(out, "", 1, n) .. '"'
end
M.quote = quote

-- ---- numbers ----------------------------------------------------------------

local function number(v)
  if math.type(v) == "integer" then return ("%d"):format(v) end
  if v ~= v or v == math.huge or v == -math.huge then return "null" end
  if v == math.floor(v) and v >= -2^53 and v <= 2^53 then return ("%d"):format(v) end
  for digits = 15, 17 do
    local s = ("%." .. digits .. "g"):format(v)
    if tonumber(s) == v then return s end
  end
  return ("%.17g"):format(v)
end
M.number = number

-- ---- values -----------------------------------------------------------------

local encode

local function is_sequence(t)
  local n = #t
  if n == 0 then return false end
  local count = 0
  for _ in pairs(t) do count = count + 1 end
  return count == n
end

local function encode_array(t, out)
  out[#out + 1] = "["
  for i = 1, #t do
    if i > 1 then out[#out + 1] = "," end
    encode(t[i], out)
  end
  out[#out + 1] = "]"
end

local function encode_object(t, out, order)
  out[#out + 1] = "{"
  local first = true
  local done = {}
  local function field(k, v)
    if v == nil then return end
    if not first then out[#out + 1] = "," end
    first = false
    out[#out + 1] = quote(tostring(k))
    out[#out + 1] = ":"
    encode(v, out)
  end
  if order then
    for _, k in ipairs(order) do
      done[k] = true
      field(k, rawget(t, k))
    end
  end
  local rest = {}
  for k in pairs(t) do
    if not done[k] then rest[#rest + 1] = k end
  end
  if #rest > 0 then
    table.sort(rest, function(a, b) return tostring(a) < tostring(b) end)
    for _, k in ipairs(rest) do field(k, rawget(t, k)) end
  end
  out[#out + 1] = "}"
end

function encode(v, out)
  local ty = type(v)
  if v == nil or v == M.null then
    out[#out + 1] = "null"
  elseif ty == "boolean" then
    out[#out + 1] = v and "true" or "false"
  elseif ty == "number" then
    out[#out + 1] = number(v)
  elseif ty == "string" then
    out[#out + 1] = quote(v)
  elseif ty == "table" then
    local mt = getmetatable(v)
    if mt == ARRAY then encode_array(v, out)
    elseif mt and mt.__name == "json.object" then encode_object(v, out, mt.order)
    elseif is_sequence(v) then encode_array(v, out)
    else encode_object(v, out, nil) end
  else
    out[#out + 1] = quote(tostring(v))
  end
end

-- The JSON text of v (no newline).
function M.encode(v)
  local out = {}
  encode(v, out)
  return table.concat(out)
end

return M
