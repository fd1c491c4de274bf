-- moontrace.color: --color=auto|always|never for the strace view, with the
-- kinds and default colours of strace 7 (syscall names yellow, results
-- green, errors red, constants blue, strings magenta, comments cyan).
--
-- Auto means: the trace goes to a terminal, not to -ff files, NO_COLOR is
-- unset and TERM is not dumb.  MOONTRACE_COLORS (or STRACE_COLORS) changes
-- them, LS_COLORS style: "syscall=1;33:error=1;31".

local M = { enabled = false }

local SEQ = {
  argname = "\27[39m", argval = "\27[35m", call = "\27[33m", comment = "\27[36m",
  const = "\27[34m", error = "\27[31m", punct = "\27[0m", retval = "\27[32m",
  syscall = "\27[33m", reset = "\27[0m",
}
M.SEQ = SEQ

local function parse(spec)
  for item in (spec or ""):gmatch("[^:]+") do
    local k, v = item:match("^%s*(%a+)%s*=%s*([%d;]+)%s*$")
    if k and v:find("%d") and SEQ[k:lower()] then SEQ[k:lower()] = "\27[" .. v .. "m" end
  end
end

-- mode: "auto", "always" or "never"; is_tty: the output is a terminal
function M.init(mode, is_tty, separately)
  M.enabled = false
  if mode == "never" then return end
  if mode ~= "always" then
    local term = os.getenv("TERM")
    if not is_tty or separately or os.getenv("NO_COLOR") or not term or term == ""
       or term == "dumb" or term == "unknown" then
      return
    end
  end
  parse(os.getenv("STRACE_COLORS"))
  parse(os.getenv("MOONTRACE_COLORS"))
  M.enabled = true
end

function M.paint(kind, text)
  if not M.enabled or text == "" then return text end
  return SEQ[kind] .. text .. SEQ.reset
end

-- Colour the arguments text of a line: strings, constants, comments.
-- Quoted strings are taken whole, so no byte inside them is touched.
function M.args(text)
  if not M.enabled then return text end
  local out, i, n = {}, 1, #text
  while i <= n do
    local c = text:sub(i, i)
    if c == '"' then
      local j = i + 1
      while j <= n do
        local d = text:sub(j, j)
        if d == "\\" then j = j + 2
        elseif d == '"' then break
        else j = j + 1 end
      end
      out[#out + 1] = SEQ.argval .. text:sub(i, j) .. SEQ.reset
      i = j + 1
    elseif text:sub(i, i + 1) == "/*" then
      local j = text:find("*/", i + 2, true) or n - 1
      out[#out + 1] = SEQ.comment .. text:sub(i, j + 1) .. SEQ.reset
      i = j + 2
    else
      local word = text:match("^[%a_][%w_]*", i)
      if word then
        out[#out + 1] = word:match("^[A-Z][A-Z0-9_]+$") and (SEQ.const .. word .. SEQ.reset) or word
        i = i + #word
      else
        local run = text:match('^[^"%a_/]+', i) or c
        out[#out + 1] = run
        i = i + #run
      end
    end
  end
  return table.concat(out)
end

return M
