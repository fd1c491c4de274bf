-- Constants of the system-administration calls: priorities, ioprio, adjtimex,
-- sched_attr flags, kcmp, ptrace, seccomp, syslog, reboot, swap, modules,
-- keys, kexec.
-- Data: { value, "NAME" } in the order strace 6.1 tries them (x86_64 values;
-- the order matters for flags, where the first matching entry takes its bits).

local M = {}

M.prio_which = { { 0, "PRIO_PROCESS" }, { 1, "PRIO_PGRP" }, { 2, "PRIO_USER" } }

M.ioprio_who = { { 1, "IOPRIO_WHO_PROCESS" }, { 2, "IOPRIO_WHO_PGRP" }, { 3, "IOPRIO_WHO_USER" } }
M.ioprio_class = {
  { 0, "IOPRIO_CLASS_NONE" }, { 1, "IOPRIO_CLASS_RT" }, { 2, "IOPRIO_CLASS_BE" },
  { 3, "IOPRIO_CLASS_IDLE" },
}

M.adjtimex_modes = {
  { 0xa001, "ADJ_OFFSET_SS_READ" },
  { 0x8001, "ADJ_OFFSET_SINGLESHOT" },
  { 0x0001, "ADJ_OFFSET" },
  { 0x0002, "ADJ_FREQUENCY" },
  { 0x0004, "ADJ_MAXERROR" },
  { 0x0008, "ADJ_ESTERROR" },
  { 0x0010, "ADJ_STATUS" },
  { 0x0020, "ADJ_TIMECONST" },
  { 0x0080, "ADJ_TAI" },
  { 0x0100, "ADJ_SETOFFSET" },
  { 0x1000, "ADJ_MICRO" },
  { 0x2000, "ADJ_NANO" },
  { 0x4000, "ADJ_TICK" },
}

M.adjtimex_status = {
  { 0x0001, "STA_PLL" },
  { 0x0002, "STA_PPSFREQ" },
  { 0x0004, "STA_PPSTIME" },
  { 0x0008, "STA_FLL" },
  { 0x0010, "STA_INS" },
  { 0x0020, "STA_DEL" },
  { 0x0040, "STA_UNSYNC" },
  { 0x0080, "STA_FREQHOLD" },
  { 0x0100, "STA_PPSSIGNAL" },
  { 0x0200, "STA_PPSJITTER" },
  { 0x0400, "STA_PPSWANDER" },
  { 0x0800, "STA_PPSERROR" },
  { 0x1000, "STA_CLOCKERR" },
  { 0x2000, "STA_NANO" },
  { 0x4000, "STA_MODE" },
  { 0x8000, "STA_CLK" },
}

M.adjtimex_state = {
  { 0, "TIME_OK" }, { 1, "TIME_INS" }, { 2, "TIME_DEL" }, { 3, "TIME_OOP" },
  { 4, "TIME_WAIT" }, { 5, "TIME_ERROR" },
}

M.sched_flags = {
  { 0x01, "SCHED_FLAG_RESET_ON_FORK" },
  { 0x02, "SCHED_FLAG_RECLAIM" },
  { 0x04, "SCHED_FLAG_DL_OVERRUN" },
  { 0x08, "SCHED_FLAG_KEEP_POLICY" },
  { 0x10, "SCHED_FLAG_KEEP_PARAMS" },
  { 0x20, "SCHED_FLAG_UTIL_CLAMP_MIN" },
  { 0x40, "SCHED_FLAG_UTIL_CLAMP_MAX" },
}

M.kcmp = {
  { 0, "KCMP_FILE" }, { 1, "KCMP_VM" }, { 2, "KCMP_FILES" }, { 3, "KCMP_FS" },
  { 4, "KCMP_SIGHAND" }, { 5, "KCMP_IO" }, { 6, "KCMP_SYSVSEM" }, { 7, "KCMP_EPOLL_TFD" },
}

M.ptrace = {
  { 0, "PTRACE_TRACEME" },
  { 1, "PTRACE_PEEKTEXT" },
  { 2, "PTRACE_PEEKDATA" },
  { 3, "PTRACE_PEEKUSER" },
  { 4, "PTRACE_POKETEXT" },
  { 5, "PTRACE_POKEDATA" },
  { 6, "PTRACE_POKEUSER" },
  { 7, "PTRACE_CONT" },
  { 8, "PTRACE_KILL" },
  { 9, "PTRACE_SINGLESTEP" },
  { 12, "PTRACE_GETREGS" },
  { 13, "PTRACE_SETREGS" },
  { 14, "PTRACE_GETFPREGS" },
  { 15, "PTRACE_SETFPREGS" },
  { 16, "PTRACE_ATTACH" },
  { 17, "PTRACE_DETACH" },
  { 18, "PTRACE_GETFPXREGS" },
  { 19, "PTRACE_SETFPXREGS" },
  { 21, "PTRACE_OLDSETOPTIONS" },
  { 24, "PTRACE_SYSCALL" },
  { 25, "PTRACE_GET_THREAD_AREA" },
  { 26, "PTRACE_SET_THREAD_AREA" },
  { 30, "PTRACE_ARCH_PRCTL" },
  { 31, "PTRACE_SYSEMU" },
  { 32, "PTRACE_SYSEMU_SINGLESTEP" },
  { 33, "PTRACE_SINGLEBLOCK" },
  { 0x4200, "PTRACE_SETOPTIONS" },
  { 0x4201, "PTRACE_GETEVENTMSG" },
  { 0x4202, "PTRACE_GETSIGINFO" },
  { 0x4203, "PTRACE_SETSIGINFO" },
  { 0x4204, "PTRACE_GETREGSET" },
  { 0x4205, "PTRACE_SETREGSET" },
  { 0x4206, "PTRACE_SEIZE" },
  { 0x4207, "PTRACE_INTERRUPT" },
  { 0x4208, "PTRACE_LISTEN" },
  { 0x4209, "PTRACE_PEEKSIGINFO" },
  { 0x420a, "PTRACE_GETSIGMASK" },
  { 0x420b, "PTRACE_SETSIGMASK" },
  { 0x420c, "PTRACE_SECCOMP_GET_FILTER" },
  { 0x420d, "PTRACE_SECCOMP_GET_METADATA" },
  { 0x420e, "PTRACE_GET_SYSCALL_INFO" },
  { 0x420f, "PTRACE_GET_RSEQ_CONFIGURATION" },
}

M.ptrace_options = {
  { 0x001, "PTRACE_O_TRACESYSGOOD" },
  { 0x002, "PTRACE_O_TRACEFORK" },
  { 0x004, "PTRACE_O_TRACEVFORK" },
  { 0x008, "PTRACE_O_TRACECLONE" },
  { 0x010, "PTRACE_O_TRACEEXEC" },
  { 0x020, "PTRACE_O_TRACEVFORKDONE" },
  { 0x040, "PTRACE_O_TRACEEXIT" },
  { 0x080, "PTRACE_O_TRACESECCOMP" },
  { 0x100000, "PTRACE_O_EXITKILL" },
  { 0x200000, "PTRACE_O_SUSPEND_SECCOMP" },
}

M.syscall_info_ops = {
  { 0, "PTRACE_SYSCALL_INFO_NONE" }, { 1, "PTRACE_SYSCALL_INFO_ENTRY" },
  { 2, "PTRACE_SYSCALL_INFO_EXIT" }, { 3, "PTRACE_SYSCALL_INFO_SECCOMP" },
}
M.audit_arch = { { 0xc000003e, "AUDIT_ARCH_X86_64" }, { 0x40000003, "AUDIT_ARCH_I386" } }

M.peeksiginfo_flags = { { 1, "PTRACE_PEEKSIGINFO_SHARED" } }

M.nt_types = {
  { 1, "NT_PRSTATUS" }, { 2, "NT_FPREGSET" }, { 3, "NT_PRPSINFO" }, { 4, "NT_TASKSTRUCT" },
  { 6, "NT_AUXV" }, { 0x202, "NT_X86_XSTATE" }, { 0x200, "NT_386_TLS" },
  { 0x201, "NT_386_IOPERM" },
}

-- struct user_regs_struct, the 8*N names of PTRACE_PEEKUSER offsets.
M.user_regs = { "r15", "r14", "r13", "r12", "rbp", "rbx", "r11", "r10", "r9", "r8", "rax",
  "rcx", "rdx", "rsi", "rdi", "orig_rax", "rip", "cs", "eflags", "rsp", "ss", "fs_base",
  "gs_base", "ds", "es", "fs", "gs" }

M.seccomp_ops = {
  { 0, "SECCOMP_SET_MODE_STRICT" }, { 1, "SECCOMP_SET_MODE_FILTER" },
  { 2, "SECCOMP_GET_ACTION_AVAIL" }, { 3, "SECCOMP_GET_NOTIF_SIZES" },
}
M.seccomp_filter_flags = {
  { 0x01, "SECCOMP_FILTER_FLAG_TSYNC" },
  { 0x02, "SECCOMP_FILTER_FLAG_LOG" },
  { 0x04, "SECCOMP_FILTER_FLAG_SPEC_ALLOW" },
  { 0x08, "SECCOMP_FILTER_FLAG_NEW_LISTENER" },
  { 0x10, "SECCOMP_FILTER_FLAG_TSYNC_ESRCH" },
  { 0x20, "SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV" },
}
M.seccomp_ret = {
  { 0x80000000, "SECCOMP_RET_KILL_PROCESS" },
  { 0x00000000, "SECCOMP_RET_KILL_THREAD" },
  { 0x00030000, "SECCOMP_RET_TRAP" },
  { 0x00050000, "SECCOMP_RET_ERRNO" },
  { 0x7fc00000, "SECCOMP_RET_USER_NOTIF" },
  { 0x7ff00000, "SECCOMP_RET_TRACE" },
  { 0x7ffc0000, "SECCOMP_RET_LOG" },
  { 0x7fff0000, "SECCOMP_RET_ALLOW" },
}

M.syslog = {
  { 0, "SYSLOG_ACTION_CLOSE" }, { 1, "SYSLOG_ACTION_OPEN" }, { 2, "SYSLOG_ACTION_READ" },
  { 3, "SYSLOG_ACTION_READ_ALL" }, { 4, "SYSLOG_ACTION_READ_CLEAR" }, { 5, "SYSLOG_ACTION_CLEAR" },
  { 6, "SYSLOG_ACTION_CONSOLE_OFF" }, { 7, "SYSLOG_ACTION_CONSOLE_ON" },
  { 8, "SYSLOG_ACTION_CONSOLE_LEVEL" }, { 9, "SYSLOG_ACTION_SIZE_UNREAD" },
  { 10, "SYSLOG_ACTION_SIZE_BUFFER" },
}
M.loglevels = {
  { 0, "LOGLEVEL_EMERG" }, { 1, "LOGLEVEL_ALERT" }, { 2, "LOGLEVEL_CRIT" }, { 3, "LOGLEVEL_ERR" },
  { 4, "LOGLEVEL_WARNING" }, { 5, "LOGLEVEL_NOTICE" }, { 6, "LOGLEVEL_INFO" },
  { 7, "LOGLEVEL_DEBUG" },
}

M.reboot_magic = {
  { 0xfee1dead, "LINUX_REBOOT_MAGIC1" },
  { 672274793, "LINUX_REBOOT_MAGIC2" },
  { 85072278, "LINUX_REBOOT_MAGIC2A" },
  { 369367448, "LINUX_REBOOT_MAGIC2B" },
  { 537993216, "LINUX_REBOOT_MAGIC2C" },
}
M.reboot_cmds = {
  { 0x01234567, "LINUX_REBOOT_CMD_RESTART" },
  { 0xcdef0123, "LINUX_REBOOT_CMD_HALT" },
  { 0x89abcdef, "LINUX_REBOOT_CMD_CAD_ON" },
  { 0x00000000, "LINUX_REBOOT_CMD_CAD_OFF" },
  { 0x4321fedc, "LINUX_REBOOT_CMD_POWER_OFF" },
  { 0xa1b2c3d4, "LINUX_REBOOT_CMD_RESTART2" },
  { 0xd000fce2, "LINUX_REBOOT_CMD_SW_SUSPEND" },
  { 0x45584543, "LINUX_REBOOT_CMD_KEXEC" },
}

M.swap_flags = {
  { 0x8000, "SWAP_FLAG_PREFER" },
  { 0x10000, "SWAP_FLAG_DISCARD" },
  { 0x20000, "SWAP_FLAG_DISCARD_ONCE" },
  { 0x40000, "SWAP_FLAG_DISCARD_PAGES" },
}

M.module_init = {
  { 1, "MODULE_INIT_IGNORE_MODVERSIONS" },
  { 2, "MODULE_INIT_IGNORE_VERMAGIC" },
  { 4, "MODULE_INIT_COMPRESSED_FILE" },
}
M.delete_module = { { 0x800, "O_NONBLOCK" }, { 0x200, "O_TRUNC" } }

M.key_spec = {
  { -1, "KEY_SPEC_THREAD_KEYRING" }, { -2, "KEY_SPEC_PROCESS_KEYRING" },
  { -3, "KEY_SPEC_SESSION_KEYRING" }, { -4, "KEY_SPEC_USER_KEYRING" },
  { -5, "KEY_SPEC_USER_SESSION_KEYRING" }, { -6, "KEY_SPEC_GROUP_KEYRING" },
  { -7, "KEY_SPEC_REQKEY_AUTH_KEY" }, { -8, "KEY_SPEC_REQUESTOR_KEYRING" },
}
M.key_reqkeys = {
  { -1, "KEY_REQKEY_DEFL_NO_CHANGE" }, { 0, "KEY_REQKEY_DEFL_DEFAULT" },
  { 1, "KEY_REQKEY_DEFL_THREAD_KEYRING" }, { 2, "KEY_REQKEY_DEFL_PROCESS_KEYRING" },
  { 3, "KEY_REQKEY_DEFL_SESSION_KEYRING" }, { 4, "KEY_REQKEY_DEFL_USER_KEYRING" },
  { 5, "KEY_REQKEY_DEFL_USER_SESSION_KEYRING" }, { 6, "KEY_REQKEY_DEFL_GROUP_KEYRING" },
  { 7, "KEY_REQKEY_DEFL_REQUESTOR_KEYRING" },
}
M.keyctl = {
  { 0, "KEYCTL_GET_KEYRING_ID" }, { 1, "KEYCTL_JOIN_SESSION_KEYRING" }, { 2, "KEYCTL_UPDATE" },
  { 3, "KEYCTL_REVOKE" }, { 4, "KEYCTL_CHOWN" }, { 5, "KEYCTL_SETPERM" }, { 6, "KEYCTL_DESCRIBE" },
  { 7, "KEYCTL_CLEAR" }, { 8, "KEYCTL_LINK" }, { 9, "KEYCTL_UNLINK" }, { 10, "KEYCTL_SEARCH" },
  { 11, "KEYCTL_READ" }, { 12, "KEYCTL_INSTANTIATE" }, { 13, "KEYCTL_NEGATE" },
  { 14, "KEYCTL_SET_REQKEY_KEYRING" }, { 15, "KEYCTL_SET_TIMEOUT" },
  { 16, "KEYCTL_ASSUME_AUTHORITY" }, { 17, "KEYCTL_GET_SECURITY" },
  { 18, "KEYCTL_SESSION_TO_PARENT" }, { 19, "KEYCTL_REJECT" }, { 20, "KEYCTL_INSTANTIATE_IOV" },
  { 21, "KEYCTL_INVALIDATE" }, { 22, "KEYCTL_GET_PERSISTENT" }, { 23, "KEYCTL_DH_COMPUTE" },
  { 24, "KEYCTL_PKEY_QUERY" }, { 25, "KEYCTL_PKEY_ENCRYPT" }, { 26, "KEYCTL_PKEY_DECRYPT" },
  { 27, "KEYCTL_PKEY_SIGN" }, { 28, "KEYCTL_PKEY_VERIFY" }, { 29, "KEYCTL_RESTRICT_KEYRING" },
  { 30, "KEYCTL_MOVE" }, { 31, "KEYCTL_CAPABILITIES" }, { 32, "KEYCTL_WATCH_KEY" },
}
M.key_perms = {}
for i, who in ipairs { "POS", "USR", "GRP", "OTH" } do
  local shift = (4 - i) * 8
  for j, what in ipairs { "VIEW", "READ", "WRITE", "SEARCH", "LINK", "SETATTR" } do
    M.key_perms[#M.key_perms + 1] = { (1 << (j - 1)) << shift, "KEY_" .. who .. "_" .. what }
  end
end
M.keyctl_move = { { 1, "KEYCTL_MOVE_EXCL" } }
M.keyctl_caps0 = {
  { 0x01, "KEYCTL_CAPS0_CAPABILITIES" }, { 0x02, "KEYCTL_CAPS0_PERSISTENT_KEYRINGS" },
  { 0x04, "KEYCTL_CAPS0_DIFFIE_HELLMAN" }, { 0x08, "KEYCTL_CAPS0_PUBLIC_KEY" },
  { 0x10, "KEYCTL_CAPS0_BIG_KEY" }, { 0x20, "KEYCTL_CAPS0_INVALIDATE" },
  { 0x40, "KEYCTL_CAPS0_RESTRICT_KEYRING" }, { 0x80, "KEYCTL_CAPS0_MOVE" },
}
M.keyctl_caps1 = {
  { 0x01, "KEYCTL_CAPS1_NS_KEYRING_NAME" }, { 0x02, "KEYCTL_CAPS1_NS_KEY_TAG" },
  { 0x04, "KEYCTL_CAPS1_NOTIFICATIONS" },
}

M.kexec_arch = {
  { 0 << 16, "KEXEC_ARCH_DEFAULT" }, { 3 << 16, "KEXEC_ARCH_386" }, { 4 << 16, "KEXEC_ARCH_68K" },
  { 15 << 16, "KEXEC_ARCH_PARISC" }, { 62 << 16, "KEXEC_ARCH_X86_64" },
  { 20 << 16, "KEXEC_ARCH_PPC" }, { 21 << 16, "KEXEC_ARCH_PPC64" },
  { 50 << 16, "KEXEC_ARCH_IA_64" }, { 40 << 16, "KEXEC_ARCH_ARM" },
  { 22 << 16, "KEXEC_ARCH_S390" }, { 42 << 16, "KEXEC_ARCH_SH" },
  { 10 << 16, "KEXEC_ARCH_MIPS_LE" }, { 8 << 16, "KEXEC_ARCH_MIPS" },
  { 183 << 16, "KEXEC_ARCH_AARCH64" }, { 243 << 16, "KEXEC_ARCH_RISCV" },
  { 258 << 16, "KEXEC_ARCH_LOONGARCH" },
}
M.kexec_flags = { { 1, "KEXEC_ON_CRASH" }, { 2, "KEXEC_PRESERVE_CONTEXT" } }
M.kexec_file_flags = {
  { 1, "KEXEC_FILE_UNLOAD" }, { 2, "KEXEC_FILE_ON_CRASH" }, { 4, "KEXEC_FILE_NO_INITRAMFS" },
}

return M
