-- getrlimit/prlimit64 resources.
-- Data: { value, "NAME" } in the order strace 6.1 tries them (x86_64 values;
-- the order matters for flags, where the first matching entry takes its bits).

local M = {}

M.resources = {
  { 0, "RLIMIT_CPU" },
  { 1, "RLIMIT_FSIZE" },
  { 2, "RLIMIT_DATA" },
  { 3, "RLIMIT_STACK" },
  { 4, "RLIMIT_CORE" },
  { 5, "RLIMIT_RSS" },
  { 6, "RLIMIT_NPROC" },
  { 7, "RLIMIT_NOFILE" },
  { 8, "RLIMIT_MEMLOCK" },
  { 9, "RLIMIT_AS" },
  { 10, "RLIMIT_LOCKS" },
  { 11, "RLIMIT_SIGPENDING" },
  { 12, "RLIMIT_MSGQUEUE" },
  { 13, "RLIMIT_NICE" },
  { 14, "RLIMIT_RTPRIO" },
  { 15, "RLIMIT_RTTIME" },
}

-- getrusage's who, as the 32-bit value strace compares.
M.usage_who = {
  { 0x0, "RUSAGE_SELF" },
  { 0xffffffff, "RUSAGE_CHILDREN" },
  { 0xfffffffe, "RUSAGE_BOTH" },
  { 0x1, "RUSAGE_THREAD" },
}

return M
