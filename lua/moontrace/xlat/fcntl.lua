-- fcntl(2) commands, descriptor flags, lock types, owner types, notify flags,
-- seals, and flock(2) operations.
-- Data: { value, "NAME" } in the order strace 6.1 tries them (x86_64 values;
-- the order matters for flags, where the first matching entry takes its bits).

local M = {}

M.cmds = {
  { 0, "F_DUPFD" },
  { 1, "F_GETFD" },
  { 2, "F_SETFD" },
  { 3, "F_GETFL" },
  { 4, "F_SETFL" },
  { 5, "F_GETLK" },
  { 6, "F_SETLK" },
  { 7, "F_SETLKW" },
  { 8, "F_SETOWN" },
  { 9, "F_GETOWN" },
  { 10, "F_SETSIG" },
  { 11, "F_GETSIG" },
  { 15, "F_SETOWN_EX" },
  { 16, "F_GETOWN_EX" },
  { 17, "F_GETOWNER_UIDS" },
  { 36, "F_OFD_GETLK" },
  { 37, "F_OFD_SETLK" },
  { 38, "F_OFD_SETLKW" },
  { 1024, "F_SETLEASE" },
  { 1025, "F_GETLEASE" },
  { 1026, "F_NOTIFY" },
  { 1029, "F_CANCELLK" },
  { 1030, "F_DUPFD_CLOEXEC" },
  { 1031, "F_SETPIPE_SZ" },
  { 1032, "F_GETPIPE_SZ" },
  { 1033, "F_ADD_SEALS" },
  { 1034, "F_GET_SEALS" },
}

M.fdflags = {
  { 0x1, "FD_CLOEXEC" },
}

M.lock_types = {
  { 0, "F_RDLCK" },
  { 1, "F_WRLCK" },
  { 2, "F_UNLCK" },
  { 4, "F_EXLCK" },
  { 8, "F_SHLCK" },
}

M.owner_types = {
  { 0, "F_OWNER_TID" },
  { 1, "F_OWNER_PID" },
  { 2, "F_OWNER_PGRP" },
}

M.notify = {
  { 0x1, "DN_ACCESS" },
  { 0x2, "DN_MODIFY" },
  { 0x4, "DN_CREATE" },
  { 0x8, "DN_DELETE" },
  { 0x10, "DN_RENAME" },
  { 0x20, "DN_ATTRIB" },
  { 0x80000000, "DN_MULTISHOT" },
}

M.seals = {
  { 0x1, "F_SEAL_SEAL" },
  { 0x2, "F_SEAL_SHRINK" },
  { 0x4, "F_SEAL_GROW" },
  { 0x8, "F_SEAL_WRITE" },
  { 0x10, "F_SEAL_FUTURE_WRITE" },
}

M.flock = {
  { 0x1, "LOCK_SH" },
  { 0x2, "LOCK_EX" },
  { 0x4, "LOCK_NB" },
  { 0x8, "LOCK_UN" },
  { 0x20, "LOCK_MAND" },
  { 0xc0, "LOCK_RW" },
  { 0x40, "LOCK_READ" },
  { 0x80, "LOCK_WRITE" },
}

return M
