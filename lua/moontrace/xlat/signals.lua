-- Linux signals (x86_64): the names strace prints and glibc's descriptions.

local M = {}

-- The kernel's real-time range starts at 32. glibc keeps 32 and 33 for itself and
-- moves its own SIGRTMIN to 34, but strace names them from the kernel's view:
-- 32 is SIGRTMIN and 33..64 are SIGRT_1..SIGRT_32.
M.name = {
  [1] = "SIGHUP",
  [2] = "SIGINT",
  [3] = "SIGQUIT",
  [4] = "SIGILL",
  [5] = "SIGTRAP",
  [6] = "SIGABRT",
  [7] = "SIGBUS",
  [8] = "SIGFPE",
  [9] = "SIGKILL",
  [10] = "SIGUSR1",
  [11] = "SIGSEGV",
  [12] = "SIGUSR2",
  [13] = "SIGPIPE",
  [14] = "SIGALRM",
  [15] = "SIGTERM",
  [16] = "SIGSTKFLT",
  [17] = "SIGCHLD",
  [18] = "SIGCONT",
  [19] = "SIGSTOP",
  [20] = "SIGTSTP",
  [21] = "SIGTTIN",
  [22] = "SIGTTOU",
  [23] = "SIGURG",
  [24] = "SIGXCPU",
  [25] = "SIGXFSZ",
  [26] = "SIGVTALRM",
  [27] = "SIGPROF",
  [28] = "SIGWINCH",
  [29] = "SIGIO",
  [30] = "SIGPWR",
  [31] = "SIGSYS",
  [32] = "SIGRTMIN",
  [33] = "SIGRT_1",
  [34] = "SIGRT_2",
  [35] = "SIGRT_3",
  [36] = "SIGRT_4",
  [37] = "SIGRT_5",
  [38] = "SIGRT_6",
  [39] = "SIGRT_7",
  [40] = "SIGRT_8",
  [41] = "SIGRT_9",
  [42] = "SIGRT_10",
  [43] = "SIGRT_11",
  [44] = "SIGRT_12",
  [45] = "SIGRT_13",
  [46] = "SIGRT_14",
  [47] = "SIGRT_15",
  [48] = "SIGRT_16",
  [49] = "SIGRT_17",
  [50] = "SIGRT_18",
  [51] = "SIGRT_19",
  [52] = "SIGRT_20",
  [53] = "SIGRT_21",
  [54] = "SIGRT_22",
  [55] = "SIGRT_23",
  [56] = "SIGRT_24",
  [57] = "SIGRT_25",
  [58] = "SIGRT_26",
  [59] = "SIGRT_27",
  [60] = "SIGRT_28",
  [61] = "SIGRT_29",
  [62] = "SIGRT_30",
  [63] = "SIGRT_31",
  [64] = "SIGRT_32",
}

-- strsignal() text in the C locale, for the classic signals.
M.desc = {
  [1] = "Hangup",
  [2] = "Interrupt",
  [3] = "Quit",
  [4] = "Illegal instruction",
  [5] = "Trace/breakpoint trap",
  [6] = "Aborted",
  [7] = "Bus error",
  [8] = "Floating point exception",
  [9] = "Killed",
  [10] = "User defined signal 1",
  [11] = "Segmentation fault",
  [12] = "User defined signal 2",
  [13] = "Broken pipe",
  [14] = "Alarm clock",
  [15] = "Terminated",
  [16] = "Stack fault",
  [17] = "Child exited",
  [18] = "Continued",
  [19] = "Stopped (signal)",
  [20] = "Stopped",
  [21] = "Stopped (tty input)",
  [22] = "Stopped (tty output)",
  [23] = "Urgent I/O condition",
  [24] = "CPU time limit exceeded",
  [25] = "File size limit exceeded",
  [26] = "Virtual timer expired",
  [27] = "Profiling timer expired",
  [28] = "Window changed",
  [29] = "I/O possible",
  [30] = "Power failure",
  [31] = "Bad system call",
}

-- What -e signal= accepts by name: the printed name with or without "SIG". strace
-- compares case-insensitively, so a caller looks up the upper-cased word. Aliases
-- such as SIGIOT or SIGPOLL are not in strace's table and are rejected there too.
M.by_name = {}
for num, nm in pairs(M.name) do
  M.by_name[nm] = num
  M.by_name[nm:sub(4)] = num
end

return M
