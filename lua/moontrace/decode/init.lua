-- All decoders in one table, plus the two printers the view needs outside a
-- syscall line:
--
--   local decode = require "moontrace.decode"
--   decode.decoders.openat.enter(ev, f)   (index it by name: the rare families
--                                          load at the first name missing)
--   decode.siginfo(ev.siginfo, f)   --> "{si_signo=SIGCHLD, si_code=CLD_EXITED, ...}"
--   decode.wait_status(0x300)       --> "[{WIFEXITED(s) && WEXITSTATUS(s) == 3}]"

local FAMILIES = { "file", "fs", "desc", "mem", "process", "net", "signal", "misc", "ioctl", "poll" }
-- Families of calls few programs make (System V IPC, administration, NUMA and
-- io_uring, AIO, perf, bpf, the mount API): loaded the first time a name is
-- missing from the others, so that starting a trace does not pay for them.
local RARE = { "ipc", "sys", "vm", "kern", "newer" }

local decoders, builtin = {}, {}
local function load(family)
  for name, d in pairs(require("moontrace.decode." .. family)) do
    -- Families also export helpers (functions); only tables are decoders.
    if type(d) == "table" and (d.enter or d.exit) then
      assert(not builtin[name], "two decoders for " .. name)
      builtin[name] = true
      -- a script's decoder (api.lua's decoder()) set before the load stays
      if rawget(decoders, name) == nil then rawset(decoders, name, d) end
    end
  end
end
for _, family in ipairs(FAMILIES) do load(family) end
setmetatable(decoders, {
  __index = function(t, name)
    setmetatable(t, nil)
    for _, family in ipairs(RARE) do load(family) end
    return rawget(t, name)
  end,
})

local process = require "moontrace.decode.process"
local signal = require "moontrace.decode.signal"

return {
  decoders = decoders,
  siginfo = signal.siginfo,
  wait_status = process.wait_status,
}
