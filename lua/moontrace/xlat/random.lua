-- getrandom(2) flags.
-- Data: { value, "NAME" } in the order strace 6.1 tries them (x86_64 values;
-- the order matters for flags, where the first matching entry takes its bits).

local M = {}

M.flags = {
  { 0x1, "GRND_NONBLOCK" },
  { 0x2, "GRND_RANDOM" },
  { 0x4, "GRND_INSECURE" },
}

return M
