-- wait4(2) options and ptrace event numbers seen in wait statuses.
-- Data: { value, "NAME" } in the order strace 6.1 tries them (x86_64 values;
-- the order matters for flags, where the first matching entry takes its bits).

local M = {}

M.options = {
  { 0x1, "WNOHANG" },
  { 0x4, "WEXITED" },
  { 0x2, "WSTOPPED" },
  { 0x8, "WCONTINUED" },
  { 0x1000000, "WNOWAIT" },
  { 0x80000000, "__WCLONE" },
  { 0x40000000, "__WALL" },
  { 0x20000000, "__WNOTHREAD" },
}

M.ptrace_events = {
  { 0x1, "PTRACE_EVENT_FORK" },
  { 0x2, "PTRACE_EVENT_VFORK" },
  { 0x3, "PTRACE_EVENT_CLONE" },
  { 0x4, "PTRACE_EVENT_EXEC" },
  { 0x5, "PTRACE_EVENT_VFORK_DONE" },
  { 0x6, "PTRACE_EVENT_EXIT" },
  { 0x7, "PTRACE_EVENT_SECCOMP" },
  { 0x80, "PTRACE_EVENT_STOP" },
}

M.idtypes = {
  { 0, "P_ALL" },
  { 1, "P_PID" },
  { 2, "P_PGID" },
  { 3, "P_PIDFD" },
}

return M
