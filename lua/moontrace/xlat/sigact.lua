-- Signal actions, sigprocmask commands and siginfo si_code names (per signal).
-- Data: { value, "NAME" } in the order strace 6.1 tries them (x86_64 values;
-- the order matters for flags, where the first matching entry takes its bits).

local M = {}

M.sa_flags = {
  { 0x4000000, "SA_RESTORER" },
  { 0x8000000, "SA_ONSTACK" },
  { 0x10000000, "SA_RESTART" },
  { 0x20000000, "SA_INTERRUPT" },
  { 0x40000000, "SA_NODEFER" },
  { 0x80000000, "SA_RESETHAND" },
  { 0x4, "SA_SIGINFO" },
  { 0x80000000, "SA_RESETHAND" },
  { 0x8000000, "SA_ONSTACK" },
  { 0x40000000, "SA_NODEFER" },
  { 0x1, "SA_NOCLDSTOP" },
  { 0x2, "SA_NOCLDWAIT" },
}

M.sa_handler = {
  { -0x1, "SIG_ERR" },
  { 0x0, "SIG_DFL" },
  { 0x1, "SIG_IGN" },
}

M.how = {
  { 0x0, "SIG_BLOCK" },
  { 0x1, "SIG_UNBLOCK" },
  { 0x2, "SIG_SETMASK" },
}

M.si_codes = {
  { 0x0, "SI_USER" },
  { 0x80, "SI_KERNEL" },
  { 0xffffffff, "SI_QUEUE" },
  { 0xfffffffe, "SI_TIMER" },
  { 0xfffffffd, "SI_MESGQ" },
  { 0xfffffffc, "SI_ASYNCIO" },
  { 0xfffffffb, "SI_SIGIO" },
  { 0xfffffffa, "SI_TKILL" },
  { 0xfffffff9, "SI_DETHREAD" },
  { 0xffffffc4, "SI_ASYNCNL" },
}

M.CHLD = {
  { 0x1, "CLD_EXITED" },
  { 0x2, "CLD_KILLED" },
  { 0x3, "CLD_DUMPED" },
  { 0x4, "CLD_TRAPPED" },
  { 0x5, "CLD_STOPPED" },
  { 0x6, "CLD_CONTINUED" },
}

M.SEGV = {
  { 0x1, "SEGV_MAPERR" },
  { 0x2, "SEGV_ACCERR" },
  { 0x3, "SEGV_BNDERR" },
  { 0x4, "SEGV_PKUERR" },
  { 0x5, "SEGV_ACCADI" },
  { 0x6, "SEGV_ADIDERR" },
  { 0x7, "SEGV_ADIPERR" },
  { 0x8, "SEGV_MTEAERR" },
  { 0x9, "SEGV_MTESERR" },
}

M.BUS = {
  { 0x1, "BUS_ADRALN" },
  { 0x2, "BUS_ADRERR" },
  { 0x3, "BUS_OBJERR" },
  { 0x4, "BUS_MCEERR_AR" },
  { 0x5, "BUS_MCEERR_AO" },
}

M.ILL = {
  { 0x1, "ILL_ILLOPC" },
  { 0x2, "ILL_ILLOPN" },
  { 0x3, "ILL_ILLADR" },
  { 0x4, "ILL_ILLTRP" },
  { 0x5, "ILL_PRVOPC" },
  { 0x6, "ILL_PRVREG" },
  { 0x7, "ILL_COPROC" },
  { 0x8, "ILL_BADSTK" },
  { 0x9, "ILL_BADIADDR" },
}

M.FPE = {
  { 0x1, "FPE_INTDIV" },
  { 0x2, "FPE_INTOVF" },
  { 0x3, "FPE_FLTDIV" },
  { 0x4, "FPE_FLTOVF" },
  { 0x5, "FPE_FLTUND" },
  { 0x6, "FPE_FLTRES" },
  { 0x7, "FPE_FLTINV" },
  { 0x8, "FPE_FLTSUB" },
  { 0xe, "FPE_FLTUNK" },
  { 0xf, "FPE_CONDTRAP" },
}

M.TRAP = {
  { 0x1, "TRAP_BRKPT" },
  { 0x2, "TRAP_TRACE" },
  { 0x3, "TRAP_BRANCH" },
  { 0x4, "TRAP_HWBKPT" },
  { 0x5, "TRAP_UNK" },
  { 0x6, "TRAP_PERF" },
}

M.POLL = {
  { 0x1, "POLL_IN" },
  { 0x2, "POLL_OUT" },
  { 0x3, "POLL_MSG" },
  { 0x4, "POLL_ERR" },
  { 0x5, "POLL_PRI" },
  { 0x6, "POLL_HUP" },
}

M.SYS = {
  { 0x1, "SYS_SECCOMP" },
  { 0x2, "SYS_USER_DISPATCH" },
}

M.PROF = {

}

M.sfd_flags = {
  { 0x80000, "SFD_CLOEXEC" },
  { 0x800, "SFD_NONBLOCK" },
}

M.ss_flags = {
  { 0x1, "SS_ONSTACK" },
  { 0x2, "SS_DISABLE" },
  { 0x80000000, "SS_AUTODISARM" },
}

return M
