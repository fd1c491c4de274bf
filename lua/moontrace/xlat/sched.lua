-- Scheduling policies, personalities, membarrier commands, capability
-- versions and namespace flags (unshare, setns), pidfd_open flags.
-- Data: { value, "NAME" } in the order strace 6.1 tries them (x86_64 values;
-- the order matters for flags, where the first matching entry takes its bits).

local M = {}

M.schedulers = {
  { 0, "SCHED_OTHER" },
  { 1, "SCHED_FIFO" },
  { 2, "SCHED_RR" },
  { 3, "SCHED_BATCH" },
  { 4, "SCHED_ISO" },
  { 5, "SCHED_IDLE" },
  { 6, "SCHED_DEADLINE" },
}

-- Only the low byte (PER_MASK) is looked up here, so the types with
-- personality flags in them never match; they are kept for completeness.
M.personality_types = {
  { 0x0, "PER_LINUX" },
  { 0x800000, "PER_LINUX_32BIT" },
  { 0x80000, "PER_LINUX_FDPIC" },
  { 0x4100001, "PER_SVR4" },
  { 0x5000002, "PER_SVR3" },
  { 0x7000003, "PER_SCOSVR3" },
  { 0x6000003, "PER_OSR5" },
  { 0x5000004, "PER_WYSEV386" },
  { 0x4000005, "PER_ISCR4" },
  { 0x6, "PER_BSD" },
  { 0x4000006, "PER_SUNOS" },
  { 0x5000007, "PER_XENIX" },
  { 0x8, "PER_LINUX32" },
  { 0x8000008, "PER_LINUX32_3GB" },
  { 0x4000009, "PER_IRIX32" },
  { 0x400000a, "PER_IRIXN32" },
  { 0x400000b, "PER_IRIX64" },
  { 0xc, "PER_RISCOS" },
  { 0x400000d, "PER_SOLARIS" },
  { 0x410000e, "PER_UW7" },
  { 0xf, "PER_OSF4" },
  { 0x10, "PER_HPUX" },
  { 0xff, "PER_MASK" },
}

M.personality_flags = {
  { 0x20000, "UNAME26" },
  { 0x40000, "ADDR_NO_RANDOMIZE" },
  { 0x80000, "FDPIC_FUNCPTRS" },
  { 0x100000, "MMAP_PAGE_ZERO" },
  { 0x200000, "ADDR_COMPAT_LAYOUT" },
  { 0x400000, "READ_IMPLIES_EXEC" },
  { 0x800000, "ADDR_LIMIT_32BIT" },
  { 0x1000000, "SHORT_INODE" },
  { 0x2000000, "WHOLE_SECONDS" },
  { 0x4000000, "STICKY_TIMEOUTS" },
  { 0x8000000, "ADDR_LIMIT_3GB" },
}

M.membarrier_cmds = {
  { 0x0, "MEMBARRIER_CMD_QUERY" },
  { 0x1, "MEMBARRIER_CMD_GLOBAL" },
  { 0x2, "MEMBARRIER_CMD_GLOBAL_EXPEDITED" },
  { 0x4, "MEMBARRIER_CMD_REGISTER_GLOBAL_EXPEDITED" },
  { 0x8, "MEMBARRIER_CMD_PRIVATE_EXPEDITED" },
  { 0x10, "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED" },
  { 0x20, "MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE" },
  { 0x40, "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE" },
  { 0x80, "MEMBARRIER_CMD_PRIVATE_EXPEDITED_RSEQ" },
  { 0x100, "MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_RSEQ" },
}

M.membarrier_flags = {
  { 0x1, "MEMBARRIER_CMD_FLAG_CPU" },
}

M.cap_versions = {
  { 0x19980330, "_LINUX_CAPABILITY_VERSION_1" },
  { 0x20071026, "_LINUX_CAPABILITY_VERSION_2" },
  { 0x20080522, "_LINUX_CAPABILITY_VERSION_3" },
}

M.unshare = {
  { 0x80, "CLONE_NEWTIME" },
  { 0x100, "CLONE_VM" },
  { 0x200, "CLONE_FS" },
  { 0x400, "CLONE_FILES" },
  { 0x800, "CLONE_SIGHAND" },
  { 0x10000, "CLONE_THREAD" },
  { 0x20000, "CLONE_NEWNS" },
  { 0x40000, "CLONE_SYSVSEM" },
  { 0x2000000, "CLONE_NEWCGROUP" },
  { 0x4000000, "CLONE_NEWUTS" },
  { 0x8000000, "CLONE_NEWIPC" },
  { 0x10000000, "CLONE_NEWUSER" },
  { 0x20000000, "CLONE_NEWPID" },
  { 0x40000000, "CLONE_NEWNET" },
}

M.setns = {
  { 0x80, "CLONE_NEWTIME" },
  { 0x20000, "CLONE_NEWNS" },
  { 0x2000000, "CLONE_NEWCGROUP" },
  { 0x4000000, "CLONE_NEWUTS" },
  { 0x8000000, "CLONE_NEWIPC" },
  { 0x10000000, "CLONE_NEWUSER" },
  { 0x20000000, "CLONE_NEWPID" },
  { 0x40000000, "CLONE_NEWNET" },
}

M.pidfd_open = {
  { 0x800, "PIDFD_NONBLOCK" },
}

return M
