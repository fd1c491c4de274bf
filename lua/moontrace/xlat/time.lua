-- Clock ids, clock_nanosleep flags and posix_fadvise advice.
-- Data: { value, "NAME" } in the order strace 6.1 tries them (x86_64 values;
-- the order matters for flags, where the first matching entry takes its bits).

local M = {}

M.clocks = {
  { 0, "CLOCK_REALTIME" },
  { 1, "CLOCK_MONOTONIC" },
  { 2, "CLOCK_PROCESS_CPUTIME_ID" },
  { 3, "CLOCK_THREAD_CPUTIME_ID" },
  { 4, "CLOCK_MONOTONIC_RAW" },
  { 5, "CLOCK_REALTIME_COARSE" },
  { 6, "CLOCK_MONOTONIC_COARSE" },
  { 7, "CLOCK_BOOTTIME" },
  { 8, "CLOCK_REALTIME_ALARM" },
  { 9, "CLOCK_BOOTTIME_ALARM" },
  { 10, "CLOCK_SGI_CYCLE" },
  { 11, "CLOCK_TAI" },
}

M.clock_flags = {
  { 0x1, "TIMER_ABSTIME" },
}

M.fadvise = {
  { 0, "POSIX_FADV_NORMAL" },
  { 1, "POSIX_FADV_RANDOM" },
  { 2, "POSIX_FADV_SEQUENTIAL" },
  { 3, "POSIX_FADV_WILLNEED" },
  { 4, "POSIX_FADV_DONTNEED" },
  { 5, "POSIX_FADV_NOREUSE" },
}

M.timerfd_flags = {
  { 0x1, "TFD_TIMER_ABSTIME" },
  { 0x2, "TFD_TIMER_CANCEL_ON_SET" },
  { 0x80000, "TFD_CLOEXEC" },
  { 0x800, "TFD_NONBLOCK" },
}

M.itimer_which = {
  { 0, "ITIMER_REAL" },
  { 1, "ITIMER_VIRTUAL" },
  { 2, "ITIMER_PROF" },
}

M.sigev_notify = {
  { 0, "SIGEV_SIGNAL" },
  { 1, "SIGEV_NONE" },
  { 2, "SIGEV_THREAD" },
  { 4, "SIGEV_THREAD_ID" },
}

return M
