-- Flags of the data-moving descriptor calls: splice/tee, fallocate,
-- preadv2/pwritev2, sync_file_range, close_range, memfd_create.
-- Data: { value, "NAME" } in the order strace 6.1 tries them (x86_64 values;
-- the order matters for flags, where the first matching entry takes its bits).

local M = {}

M.splice = {
  { 0x1, "SPLICE_F_MOVE" },
  { 0x2, "SPLICE_F_NONBLOCK" },
  { 0x4, "SPLICE_F_MORE" },
  { 0x8, "SPLICE_F_GIFT" },
}

M.falloc = {
  { 0x1, "FALLOC_FL_KEEP_SIZE" },
  { 0x2, "FALLOC_FL_PUNCH_HOLE" },
  { 0x4, "FALLOC_FL_NO_HIDE_STALE" },
  { 0x8, "FALLOC_FL_COLLAPSE_RANGE" },
  { 0x10, "FALLOC_FL_ZERO_RANGE" },
  { 0x20, "FALLOC_FL_INSERT_RANGE" },
  { 0x40, "FALLOC_FL_UNSHARE_RANGE" },
}

M.rwf = {
  { 0x1, "RWF_HIPRI" },
  { 0x2, "RWF_DSYNC" },
  { 0x4, "RWF_SYNC" },
  { 0x8, "RWF_NOWAIT" },
  { 0x10, "RWF_APPEND" },
}

M.sync_file_range = {
  { 0x1, "SYNC_FILE_RANGE_WAIT_BEFORE" },
  { 0x2, "SYNC_FILE_RANGE_WRITE" },
  { 0x4, "SYNC_FILE_RANGE_WAIT_AFTER" },
}

M.close_range = {
  { 0x2, "CLOSE_RANGE_UNSHARE" },
  { 0x4, "CLOSE_RANGE_CLOEXEC" },
}

M.memfd = {
  { 0x1, "MFD_CLOEXEC" },
  { 0x2, "MFD_ALLOW_SEALING" },
  { 0x4, "MFD_HUGETLB" },
}

return M
