-- All decoders in one table, plus the two printers the view needs outside a
-- syscall line:
--
--   local decode = require "moontrace.decode"
--   decode.decoders.openat.enter(ev, f)
--   decode.siginfo(ev.siginfo, f)   --> "{si_signo=SIGCHLD, si_code=CLD_EXITED, ...}"
--   decode.wait_status(0x300)       --> "[{WIFEXITED(s) && WEXITSTATUS(s) == 3}]"

local FAMILIES = { "file", "fs", "desc", "mem", "process", "net", "signal", "misc", "ioctl", "poll",
                   "ipc", "sys", "vm" }

local decoders = {}
for _, family in ipairs(FAMILIES) do
  for name, d in pairs(require("moontrace.decode." .. family)) do
    -- Families also export helpers (functions); only tables are decoders.
    if type(d) == "table" and (d.enter or d.exit) then
      assert(not decoders[name], "two decoders for " .. name)
      decoders[name] = d
    end
  end
end

local process = require "moontrace.decode.process"
local signal = require "moontrace.decode.signal"

return {
  decoders = decoders,
  siginfo = signal.siginfo,
  wait_status = process.wait_status,
}
