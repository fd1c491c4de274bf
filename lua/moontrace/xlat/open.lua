-- open(2) access modes and flags, access(2) modes, lseek(2) whence.
-- Data: { value, "NAME" } in the order strace 6.1 tries them (x86_64 values;
-- the order matters for flags, where the first matching entry takes its bits).

local M = {}

M.access_modes = {
  { 0x0, "O_RDONLY" },
  { 0x1, "O_WRONLY" },
  { 0x2, "O_RDWR" },
  { 0x3, "O_ACCMODE" },
}

M.flags = {
  { 0x40, "O_CREAT" },
  { 0x80, "O_EXCL" },
  { 0x100, "O_NOCTTY" },
  { 0x200, "O_TRUNC" },
  { 0x400, "O_APPEND" },
  { 0x800, "O_NONBLOCK" },
  { 0x101000, "O_SYNC" },
  { 0x100000, "__O_SYNC" },
  { 0x1000, "O_DSYNC" },
  { 0x4000, "O_DIRECT" },
  { 0x8000, "O_LARGEFILE" },
  { 0x20000, "O_NOFOLLOW" },
  { 0x40000, "O_NOATIME" },
  { 0x80000, "O_CLOEXEC" },
  { 0x200000, "O_PATH" },
  { 0x410000, "O_TMPFILE" },
  { 0x400000, "__O_TMPFILE" },
  { 0x10000, "O_DIRECTORY" },
  { 0x2000, "FASYNC" },
}

M.access = {
  { 0x0, "F_OK" },
  { 0x4, "R_OK" },
  { 0x2, "W_OK" },
  { 0x1, "X_OK" },
}

M.whence = {
  { 0x0, "SEEK_SET" },
  { 0x1, "SEEK_CUR" },
  { 0x2, "SEEK_END" },
  { 0x3, "SEEK_DATA" },
  { 0x4, "SEEK_HOLE" },
}

-- openat2's struct open_how: resolve.
M.resolve = {
  { 0x1, "RESOLVE_NO_XDEV" },
  { 0x2, "RESOLVE_NO_MAGICLINKS" },
  { 0x4, "RESOLVE_NO_SYMLINKS" },
  { 0x8, "RESOLVE_BENEATH" },
  { 0x10, "RESOLVE_IN_ROOT" },
  { 0x20, "RESOLVE_CACHED" },
}

return M
