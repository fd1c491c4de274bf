-- *at(2) flags.
-- Data: { value, "NAME" } in the order strace 6.1 tries them (x86_64 values;
-- the order matters for flags, where the first matching entry takes its bits).

local M = {}

M.flags = {
  { 0x100, "AT_SYMLINK_NOFOLLOW" },
  { 0x200, "AT_REMOVEDIR" },
  { 0x400, "AT_SYMLINK_FOLLOW" },
  { 0x800, "AT_NO_AUTOMOUNT" },
  { 0x1000, "AT_EMPTY_PATH" },
  { 0x8000, "AT_RECURSIVE" },
}

M.faccessat = {
  { 0x100, "AT_SYMLINK_NOFOLLOW" },
  { 0x200, "AT_EACCESS" },
  { 0x1000, "AT_EMPTY_PATH" },
}

M.rename = {
  { 0x1, "RENAME_NOREPLACE" },
  { 0x2, "RENAME_EXCHANGE" },
  { 0x4, "RENAME_WHITEOUT" },
}

return M
