-- Replays recorded syscalls (tests/lua/decode_*_data.lua) through the decoders:
-- the fake event serves the memory the decoder read on the real run, entry
-- reads before the call and exit reads after it.

local fake = require "fake_event"

local M = {}

local DEFAULT_OPTS = { strsize = 32, verbose = false, xflag = 0, yflag = 0 }

-- Decode one case with `f` and return the text between the parentheses.
function M.run(c, f, decoders)
  f = f or require "moontrace.fmt"
  decoders = decoders or require("moontrace.decode").decoders
  local saved_opts, saved_fdpath = f.opts, f.fdpath
  f.opts = {}
  for k, v in pairs(DEFAULT_OPTS) do f.opts[k] = v end
  for k, v in pairs(c.opts or {}) do f.opts[k] = v end
  local paths = c.paths or {}
  f.fdpath = function(_, fd) return paths[fd] end
  local ok, text = pcall(function()
    local d = assert(decoders[c.name], "no decoder for " .. c.name)
    local ev = fake.event{ name = c.name, args = c.args, ret = c.ret, err = c.err,
                           mem = c.mem, kind = "enter", sp = c.sp }
    local out = d.enter and d.enter(ev, f) or ""
    local result
    if d.exit and not d.noreturn then
      ev.kind = "exit"
      ev.mem = c.mem_exit or {}
      out = out .. (d.exit(ev, f) or "")
    end
    if type(d.ret) == "function" and c.err == 0 then
      ev.kind = "exit"
      ev.mem = c.mem_exit or {}
      result = d.ret(ev, f)
    end
    return { out, result }
  end)
  f.opts, f.fdpath = saved_opts, saved_fdpath
  if not ok then error(text, 0) end
  return text[1], text[2]
end

-- Why a case cannot be checked here, or nil: the recordings print times in UTC,
-- and strace (like fmt.isotime) writes local time.
function M.skip_reason(c)
  if c.expect:find("+0000 */", 1, true) and os.date("%z", 0) ~= "+0000" then
    return "needs TZ=UTC"
  end
  return nil
end

-- The recorded cases of one decoder family.
function M.load(family) return require("decode_" .. family .. "_data") end

function M.title(i, c)
  return ("#%d %s: %s(%s)"):format(i, c.cmd, c.name, c.expect:sub(1, 60))
end

-- The busted block every decoder family's spec starts with: each recorded
-- call of that family must decode to strace's own text (and result).
-- env: the spec file's _ENV, where busted puts describe, it and pending.
function M.describe_recorded(family, env)
  local describe, it, pending, assert = env.describe, env.it, env.pending, env.assert
  describe("recorded " .. family .. " calls match strace 6.1", function()
    for i, c in ipairs(M.load(family)) do
      it(M.title(i, c), function()
        local why = M.skip_reason(c)
        if why then return pending(why) end
        local args, result = M.run(c)
        assert.are.equal(c.expect, args)
        -- a decoder that renders its own result ("= 1 ([{fd=3, revents=POLLIN}])")
        if result then assert.are.equal(c.result, result) end
      end)
    end
  end)
end

return M
