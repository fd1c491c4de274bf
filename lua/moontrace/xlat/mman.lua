-- mmap(2)/mprotect(2) protections and mapping flags, madvise advice, mremap flags.
-- Data: { value, "NAME" } in the order strace 6.1 tries them (x86_64 values;
-- the order matters for flags, where the first matching entry takes its bits).

local M = {}

M.prot = {
  { 0x0, "PROT_NONE" },
  { 0x1, "PROT_READ" },
  { 0x2, "PROT_WRITE" },
  { 0x4, "PROT_EXEC" },
  { 0x8, "PROT_SEM" },
  { 0x1000000, "PROT_GROWSDOWN" },
  { 0x2000000, "PROT_GROWSUP" },
}

M.flags = {
  { 0x1, "MAP_SHARED" },
  { 0x2, "MAP_PRIVATE" },
  { 0x3, "MAP_SHARED_VALIDATE" },
  { 0x10, "MAP_FIXED" },
  { 0x20, "MAP_ANONYMOUS" },
  { 0x40, "MAP_32BIT" },
  { 0x4000, "MAP_NORESERVE" },
  { 0x8000, "MAP_POPULATE" },
  { 0x10000, "MAP_NONBLOCK" },
  { 0x100, "MAP_GROWSDOWN" },
  { 0x800, "MAP_DENYWRITE" },
  { 0x1000, "MAP_EXECUTABLE" },
  { 0x0, "MAP_FILE" },
  { 0x2000, "MAP_LOCKED" },
  { 0x20000, "MAP_STACK" },
  { 0x40000, "MAP_HUGETLB" },
  { 0x80000, "MAP_SYNC" },
  { 0x4000000, "MAP_UNINITIALIZED" },
  { 0x100000, "MAP_FIXED_NOREPLACE" },
}

M.madvise = {
  { 0, "MADV_NORMAL" },
  { 1, "MADV_RANDOM" },
  { 2, "MADV_SEQUENTIAL" },
  { 3, "MADV_WILLNEED" },
  { 4, "MADV_DONTNEED" },
  { 8, "MADV_FREE" },
  { 9, "MADV_REMOVE" },
  { 10, "MADV_DONTFORK" },
  { 11, "MADV_DOFORK" },
  { 12, "MADV_MERGEABLE" },
  { 13, "MADV_UNMERGEABLE" },
  { 14, "MADV_HUGEPAGE" },
  { 15, "MADV_NOHUGEPAGE" },
  { 16, "MADV_DONTDUMP" },
  { 17, "MADV_DODUMP" },
  { 18, "MADV_WIPEONFORK" },
  { 19, "MADV_KEEPONFORK" },
  { 20, "MADV_COLD" },
  { 21, "MADV_PAGEOUT" },
  { 22, "MADV_POPULATE_READ" },
  { 23, "MADV_POPULATE_WRITE" },
  { 24, "MADV_DONTNEED_LOCKED" },
  { 25, "MADV_COLLAPSE" },
  { 100, "MADV_HWPOISON" },
  { 101, "MADV_SOFT_OFFLINE" },
}

M.mremap = {
  { 0x1, "MREMAP_MAYMOVE" },
  { 0x2, "MREMAP_FIXED" },
  { 0x4, "MREMAP_DONTUNMAP" },
}

-- msync(2) flags, mlockall(2) and mlock2(2) flags
M.msync = { { 0x1, "MS_ASYNC" }, { 0x4, "MS_SYNC" }, { 0x2, "MS_INVALIDATE" } }
M.mlockall = { { 0x1, "MCL_CURRENT" }, { 0x2, "MCL_FUTURE" }, { 0x4, "MCL_ONFAULT" } }
M.mlock2 = { { 0x1, "MLOCK_ONFAULT" } }

return M
