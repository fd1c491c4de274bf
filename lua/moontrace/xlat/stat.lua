-- File types (st_mode) and directory entry types.
-- Data: { value, "NAME" } in the order strace 6.1 tries them (x86_64 values;
-- the order matters for flags, where the first matching entry takes its bits).

local M = {}

M.modetypes = {
  { 0x8000, "S_IFREG" },
  { 0xc000, "S_IFSOCK" },
  { 0x1000, "S_IFIFO" },
  { 0xa000, "S_IFLNK" },
  { 0x4000, "S_IFDIR" },
  { 0x6000, "S_IFBLK" },
  { 0x2000, "S_IFCHR" },
}

M.dirent_types = {
  { 0, "DT_UNKNOWN" },
  { 1, "DT_FIFO" },
  { 2, "DT_CHR" },
  { 4, "DT_DIR" },
  { 6, "DT_BLK" },
  { 8, "DT_REG" },
  { 10, "DT_LNK" },
  { 12, "DT_SOCK" },
  { 14, "DT_WHT" },
}

return M
