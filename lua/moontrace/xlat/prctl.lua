-- arch_prctl(2) codes, prctl(2) options and the values of their arguments
-- (dumpable modes, capabilities, securebits, the sub-commands of PR_CAP_AMBIENT,
-- PR_MCE_KILL, PR_SET_MM, PR_SCHED_CORE and the like).
-- Data: { value, "NAME" } in the order strace 6.1 tries them (x86_64 values,
-- from linux/prctl.h and linux/securebits.h; the order matters for flags,
-- where the first matching entry takes its bits).

local M = {}

M.arch = {
  { 0x1001, "ARCH_SET_GS" },
  { 0x1002, "ARCH_SET_FS" },
  { 0x1003, "ARCH_GET_FS" },
  { 0x1004, "ARCH_GET_GS" },
  { 0x1011, "ARCH_GET_CPUID" },
  { 0x1012, "ARCH_SET_CPUID" },
  { 0x1021, "ARCH_GET_XCOMP_SUPP" },
  { 0x1022, "ARCH_GET_XCOMP_PERM" },
  { 0x1023, "ARCH_REQ_XCOMP_PERM" },
  { 0x1024, "ARCH_GET_XCOMP_GUEST_PERM" },
  { 0x1025, "ARCH_REQ_XCOMP_GUEST_PERM" },
  { 0x2001, "ARCH_MAP_VDSO_X32" },
  { 0x2002, "ARCH_MAP_VDSO_32" },
  { 0x2003, "ARCH_MAP_VDSO_64" },
}

M.options = {
  { 1, "PR_SET_PDEATHSIG" },
  { 2, "PR_GET_PDEATHSIG" },
  { 3, "PR_GET_DUMPABLE" },
  { 4, "PR_SET_DUMPABLE" },
  { 5, "PR_GET_UNALIGN" },
  { 6, "PR_SET_UNALIGN" },
  { 7, "PR_GET_KEEPCAPS" },
  { 8, "PR_SET_KEEPCAPS" },
  { 9, "PR_GET_FPEMU" },
  { 10, "PR_SET_FPEMU" },
  { 11, "PR_GET_FPEXC" },
  { 12, "PR_SET_FPEXC" },
  { 13, "PR_GET_TIMING" },
  { 14, "PR_SET_TIMING" },
  { 15, "PR_SET_NAME" },
  { 16, "PR_GET_NAME" },
  { 19, "PR_GET_ENDIAN" },
  { 20, "PR_SET_ENDIAN" },
  { 21, "PR_GET_SECCOMP" },
  { 22, "PR_SET_SECCOMP" },
  { 23, "PR_CAPBSET_READ" },
  { 24, "PR_CAPBSET_DROP" },
  { 25, "PR_GET_TSC" },
  { 26, "PR_SET_TSC" },
  { 27, "PR_GET_SECUREBITS" },
  { 28, "PR_SET_SECUREBITS" },
  { 29, "PR_SET_TIMERSLACK" },
  { 30, "PR_GET_TIMERSLACK" },
  { 31, "PR_TASK_PERF_EVENTS_DISABLE" },
  { 32, "PR_TASK_PERF_EVENTS_ENABLE" },
  { 33, "PR_MCE_KILL" },
  { 34, "PR_MCE_KILL_GET" },
  { 35, "PR_SET_MM" },
  { 36, "PR_SET_CHILD_SUBREAPER" },
  { 37, "PR_GET_CHILD_SUBREAPER" },
  { 38, "PR_SET_NO_NEW_PRIVS" },
  { 39, "PR_GET_NO_NEW_PRIVS" },
  { 40, "PR_GET_TID_ADDRESS" },
  { 41, "PR_SET_THP_DISABLE" },
  { 42, "PR_GET_THP_DISABLE" },
  { 43, "PR_MPX_ENABLE_MANAGEMENT" },
  { 44, "PR_MPX_DISABLE_MANAGEMENT" },
  { 45, "PR_SET_FP_MODE" },
  { 46, "PR_GET_FP_MODE" },
  { 47, "PR_CAP_AMBIENT" },
  { 50, "PR_SVE_SET_VL" },
  { 51, "PR_SVE_GET_VL" },
  { 52, "PR_GET_SPECULATION_CTRL" },
  { 53, "PR_SET_SPECULATION_CTRL" },
  { 54, "PR_PAC_RESET_KEYS" },
  { 55, "PR_SET_TAGGED_ADDR_CTRL" },
  { 56, "PR_GET_TAGGED_ADDR_CTRL" },
  { 57, "PR_SET_IO_FLUSHER" },
  { 58, "PR_GET_IO_FLUSHER" },
  { 59, "PR_SET_SYSCALL_USER_DISPATCH" },
  { 60, "PR_PAC_SET_ENABLED_KEYS" },
  { 61, "PR_PAC_GET_ENABLED_KEYS" },
  { 62, "PR_SCHED_CORE" },
  { 63, "PR_SME_SET_VL" },
  { 64, "PR_SME_GET_VL" },
  { 1398164801, "PR_SET_VMA" },
  { 1499557217, "PR_SET_PTRACER" },
}

M.dumpable = {
  { 0, "SUID_DUMP_DISABLE" },
  { 1, "SUID_DUMP_USER" },
  { 2, "SUID_DUMP_ROOT" },
}

M.caps = {
  { 0, "CAP_CHOWN" },
  { 1, "CAP_DAC_OVERRIDE" },
  { 2, "CAP_DAC_READ_SEARCH" },
  { 3, "CAP_FOWNER" },
  { 4, "CAP_FSETID" },
  { 5, "CAP_KILL" },
  { 6, "CAP_SETGID" },
  { 7, "CAP_SETUID" },
  { 8, "CAP_SETPCAP" },
  { 9, "CAP_LINUX_IMMUTABLE" },
  { 10, "CAP_NET_BIND_SERVICE" },
  { 11, "CAP_NET_BROADCAST" },
  { 12, "CAP_NET_ADMIN" },
  { 13, "CAP_NET_RAW" },
  { 14, "CAP_IPC_LOCK" },
  { 15, "CAP_IPC_OWNER" },
  { 16, "CAP_SYS_MODULE" },
  { 17, "CAP_SYS_RAWIO" },
  { 18, "CAP_SYS_CHROOT" },
  { 19, "CAP_SYS_PTRACE" },
  { 20, "CAP_SYS_PACCT" },
  { 21, "CAP_SYS_ADMIN" },
  { 22, "CAP_SYS_BOOT" },
  { 23, "CAP_SYS_NICE" },
  { 24, "CAP_SYS_RESOURCE" },
  { 25, "CAP_SYS_TIME" },
  { 26, "CAP_SYS_TTY_CONFIG" },
  { 27, "CAP_MKNOD" },
  { 28, "CAP_LEASE" },
  { 29, "CAP_AUDIT_WRITE" },
  { 30, "CAP_AUDIT_CONTROL" },
  { 31, "CAP_SETFCAP" },
  { 32, "CAP_MAC_OVERRIDE" },
  { 33, "CAP_MAC_ADMIN" },
  { 34, "CAP_SYSLOG" },
  { 35, "CAP_WAKE_ALARM" },
  { 36, "CAP_BLOCK_SUSPEND" },
  { 37, "CAP_AUDIT_READ" },
  { 38, "CAP_PERFMON" },
  { 39, "CAP_BPF" },
  { 40, "CAP_CHECKPOINT_RESTORE" },
}


-- linux/securebits.h: SECBIT_* = 1 << SECURE_*, each bit followed by its lock.
M.secbits = {
  { 0x01, "SECBIT_NOROOT" },
  { 0x02, "SECBIT_NOROOT_LOCKED" },
  { 0x04, "SECBIT_NO_SETUID_FIXUP" },
  { 0x08, "SECBIT_NO_SETUID_FIXUP_LOCKED" },
  { 0x10, "SECBIT_KEEP_CAPS" },
  { 0x20, "SECBIT_KEEP_CAPS_LOCKED" },
  { 0x40, "SECBIT_NO_CAP_AMBIENT_RAISE" },
  { 0x80, "SECBIT_NO_CAP_AMBIENT_RAISE_LOCKED" },
}

-- PR_CAP_AMBIENT's arg2.
M.cap_ambient = {
  { 1, "PR_CAP_AMBIENT_IS_SET" },
  { 2, "PR_CAP_AMBIENT_RAISE" },
  { 3, "PR_CAP_AMBIENT_LOWER" },
  { 4, "PR_CAP_AMBIENT_CLEAR_ALL" },
}

-- PR_MCE_KILL's arg2, and the policy (PR_MCE_KILL_SET's arg3, PR_MCE_KILL_GET's result).
M.mce_kill = {
  { 0, "PR_MCE_KILL_CLEAR" },
  { 1, "PR_MCE_KILL_SET" },
}
M.mce_kill_policy = {
  { 0, "PR_MCE_KILL_LATE" },
  { 1, "PR_MCE_KILL_EARLY" },
  { 2, "PR_MCE_KILL_DEFAULT" },
}

-- PR_SET_MM's arg2.
M.set_mm = {
  { 1, "PR_SET_MM_START_CODE" },
  { 2, "PR_SET_MM_END_CODE" },
  { 3, "PR_SET_MM_START_DATA" },
  { 4, "PR_SET_MM_END_DATA" },
  { 5, "PR_SET_MM_START_STACK" },
  { 6, "PR_SET_MM_START_BRK" },
  { 7, "PR_SET_MM_BRK" },
  { 8, "PR_SET_MM_ARG_START" },
  { 9, "PR_SET_MM_ARG_END" },
  { 10, "PR_SET_MM_ENV_START" },
  { 11, "PR_SET_MM_ENV_END" },
  { 12, "PR_SET_MM_AUXV" },
  { 13, "PR_SET_MM_EXE_FILE" },
  { 14, "PR_SET_MM_MAP" },
  { 15, "PR_SET_MM_MAP_SIZE" },
}

-- PR_SET_VMA's arg2.
M.set_vma = {
  { 0, "PR_SET_VMA_ANON_NAME" },
}

-- PR_SET_TSC's arg2 and what PR_GET_TSC stores.
M.tsc = {
  { 1, "PR_TSC_ENABLE" },
  { 2, "PR_TSC_SIGSEGV" },
}

-- PR_SET_UNALIGN's flags and what PR_GET_UNALIGN stores.
M.unalign = {
  { 1, "PR_UNALIGN_NOPRINT" },
  { 2, "PR_UNALIGN_SIGBUS" },
}

-- PR_SET_FP_MODE's flags and PR_GET_FP_MODE's result (MIPS).
M.fp_mode = {
  { 1, "PR_FP_MODE_FR" },
  { 2, "PR_FP_MODE_FRE" },
}

-- Flags above the vector length (bits 0-15) of PR_SVE_SET_VL / PR_SME_SET_VL
-- and of what the GET options return.
M.sve_vl_flags = {
  { 0x40000, "PR_SVE_SET_VL_ONEXEC" },
  { 0x20000, "PR_SVE_VL_INHERIT" },
}
M.sme_vl_flags = {
  { 0x40000, "PR_SME_SET_VL_ONEXEC" },
  { 0x20000, "PR_SME_VL_INHERIT" },
}

-- PR_{GET,SET}_SPECULATION_CTRL's arg2; the state the GET returns (flags,
-- "not affected" when none) and the one SET asks for (a single value).
M.spec_cmds = {
  { 0, "PR_SPEC_STORE_BYPASS" },
  { 1, "PR_SPEC_INDIRECT_BRANCH" },
  { 2, "PR_SPEC_L1D_FLUSH" },
}
M.spec_get = {
  { 0x00, "PR_SPEC_NOT_AFFECTED" },
  { 0x01, "PR_SPEC_PRCTL" },
  { 0x02, "PR_SPEC_ENABLE" },
  { 0x04, "PR_SPEC_DISABLE" },
  { 0x08, "PR_SPEC_FORCE_DISABLE" },
  { 0x10, "PR_SPEC_DISABLE_NOEXEC" },
}
M.spec_set = {
  { 0x02, "PR_SPEC_ENABLE" },
  { 0x04, "PR_SPEC_DISABLE" },
  { 0x08, "PR_SPEC_FORCE_DISABLE" },
  { 0x10, "PR_SPEC_DISABLE_NOEXEC" },
}

-- Pointer authentication keys: the four PR_PAC_SET_ENABLED_KEYS knows, and
-- PR_PAC_RESET_KEYS's, which add the generic key.
M.pac_enabled_keys = {
  { 0x01, "PR_PAC_APIAKEY" },
  { 0x02, "PR_PAC_APIBKEY" },
  { 0x04, "PR_PAC_APDAKEY" },
  { 0x08, "PR_PAC_APDBKEY" },
}
M.pac_keys = {
  { 0x01, "PR_PAC_APIAKEY" },
  { 0x02, "PR_PAC_APIBKEY" },
  { 0x04, "PR_PAC_APDAKEY" },
  { 0x08, "PR_PAC_APDBKEY" },
  { 0x10, "PR_PAC_APGAKEY" },
}

-- PR_SET_TAGGED_ADDR_CTRL's bit 0 (named also when clear) and its MTE
-- tag-check-fault mode (bits 1-2).
M.tagged_addr_enable = {
  { 0, "!PR_TAGGED_ADDR_ENABLE" },
  { 1, "PR_TAGGED_ADDR_ENABLE" },
}
M.mte_tcf = {
  { 0, "PR_MTE_TCF_NONE" },
  { 2, "PR_MTE_TCF_SYNC" },
  { 4, "PR_MTE_TCF_ASYNC" },
  { 6, "PR_MTE_TCF_MASK" },
}

-- PR_SET_SYSCALL_USER_DISPATCH's arg2.
M.sud_cmds = {
  { 0, "PR_SYS_DISPATCH_OFF" },
  { 1, "PR_SYS_DISPATCH_ON" },
}

-- PR_SCHED_CORE's arg2 and the kind of id in arg3 (arg4).
M.sched_core_cmds = {
  { 0, "PR_SCHED_CORE_GET" },
  { 1, "PR_SCHED_CORE_CREATE" },
  { 2, "PR_SCHED_CORE_SHARE_TO" },
  { 3, "PR_SCHED_CORE_SHARE_FROM" },
}
M.sched_core_pidtypes = {
  { 0, "PIDTYPE_PID" },
  { 1, "PIDTYPE_TGID" },
  { 2, "PIDTYPE_PGID" },
  { 3, "PIDTYPE_SID" },
}

-- PR_SET_SECCOMP's arg2 (linux/seccomp.h).
M.seccomp_mode = {
  { 0, "SECCOMP_MODE_DISABLED" },
  { 1, "SECCOMP_MODE_STRICT" },
  { 2, "SECCOMP_MODE_FILTER" },
}

return M
