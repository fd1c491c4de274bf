-- Constants in the arguments of the non-terminal ioctls (lua/moontrace/decode/ioctl.lua),
-- in the order strace 6.1 prints them (x86_64).  Values from the kernel headers:
-- linux/fs.h, linux/if.h, linux/loop.h, linux/blkpg.h, linux/perf_event.h,
-- linux/userfaultfd.h.

local M = {}

-- FS_IOC_GETFLAGS / FS_IOC_SETFLAGS
M.fs_flags = {
  { 0x1, "FS_SECRM_FL" }, { 0x2, "FS_UNRM_FL" }, { 0x4, "FS_COMPR_FL" },
  { 0x8, "FS_SYNC_FL" }, { 0x10, "FS_IMMUTABLE_FL" }, { 0x20, "FS_APPEND_FL" },
  { 0x40, "FS_NODUMP_FL" }, { 0x80, "FS_NOATIME_FL" }, { 0x100, "FS_DIRTY_FL" },
  { 0x200, "FS_COMPRBLK_FL" }, { 0x400, "FS_NOCOMP_FL" }, { 0x800, "FS_ENCRYPT_FL" },
  { 0x1000, "FS_INDEX_FL" }, { 0x2000, "FS_IMAGIC_FL" }, { 0x4000, "FS_JOURNAL_DATA_FL" },
  { 0x8000, "FS_NOTAIL_FL" }, { 0x10000, "FS_DIRSYNC_FL" }, { 0x20000, "FS_TOPDIR_FL" },
  { 0x40000, "FS_HUGE_FILE_FL" }, { 0x80000, "FS_EXTENT_FL" }, { 0x100000, "FS_VERITY_FL" },
  { 0x200000, "FS_EA_INODE_FL" }, { 0x400000, "FS_EOFBLOCKS_FL" }, { 0x800000, "FS_NOCOW_FL" },
  { 0x2000000, "FS_DAX_FL" }, { 0x10000000, "FS_INLINE_DATA_FL" },
  { 0x20000000, "FS_PROJINHERIT_FL" }, { 0x40000000, "FS_CASEFOLD_FL" },
  { 0x80000000, "FS_RESERVED_FL" },
}

-- struct fsxattr's fsx_xflags
M.fs_xflags = {
  { 0x1, "FS_XFLAG_REALTIME" }, { 0x2, "FS_XFLAG_PREALLOC" }, { 0x8, "FS_XFLAG_IMMUTABLE" },
  { 0x10, "FS_XFLAG_APPEND" }, { 0x20, "FS_XFLAG_SYNC" }, { 0x40, "FS_XFLAG_NOATIME" },
  { 0x80, "FS_XFLAG_NODUMP" }, { 0x100, "FS_XFLAG_RTINHERIT" }, { 0x200, "FS_XFLAG_PROJINHERIT" },
  { 0x400, "FS_XFLAG_NOSYMLINKS" }, { 0x800, "FS_XFLAG_EXTSIZE" }, { 0x1000, "FS_XFLAG_EXTSZINHERIT" },
  { 0x2000, "FS_XFLAG_NODEFRAG" }, { 0x4000, "FS_XFLAG_FILESTREAM" }, { 0x8000, "FS_XFLAG_DAX" },
  { 0x10000, "FS_XFLAG_COWEXTSIZE" }, { 0x80000000, "FS_XFLAG_HASATTR" },
}

-- struct ifreq's ifr_flags
M.iff = {
  { 0x1, "IFF_UP" }, { 0x2, "IFF_BROADCAST" }, { 0x4, "IFF_DEBUG" }, { 0x8, "IFF_LOOPBACK" },
  { 0x10, "IFF_POINTOPOINT" }, { 0x20, "IFF_NOTRAILERS" }, { 0x40, "IFF_RUNNING" },
  { 0x80, "IFF_NOARP" }, { 0x100, "IFF_PROMISC" }, { 0x200, "IFF_ALLMULTI" },
  { 0x400, "IFF_MASTER" }, { 0x800, "IFF_SLAVE" }, { 0x1000, "IFF_MULTICAST" },
  { 0x2000, "IFF_PORTSEL" }, { 0x4000, "IFF_AUTOMEDIA" }, { 0x8000, "IFF_DYNAMIC" },
  { 0x10000, "IFF_LOWER_UP" }, { 0x20000, "IFF_DORMANT" }, { 0x40000, "IFF_ECHO" },
}

-- struct blkpg_ioctl_arg's op
M.blkpg_ops = {
  { 1, "BLKPG_ADD_PARTITION" }, { 2, "BLKPG_DEL_PARTITION" }, { 3, "BLKPG_RESIZE_PARTITION" },
}

-- struct loop_info64
M.loop_flags = {
  { 0x1, "LO_FLAGS_READ_ONLY" }, { 0x4, "LO_FLAGS_AUTOCLEAR" }, { 0x8, "LO_FLAGS_PARTSCAN" },
  { 0x10, "LO_FLAGS_DIRECT_IO" },
}
M.loop_crypt = {
  { 0, "LO_CRYPT_NONE" }, { 1, "LO_CRYPT_XOR" }, { 2, "LO_CRYPT_DES" }, { 3, "LO_CRYPT_FISH2" },
  { 4, "LO_CRYPT_BLOW" }, { 5, "LO_CRYPT_CAST128" }, { 6, "LO_CRYPT_IDEA" }, { 9, "LO_CRYPT_DUMMY" },
  { 10, "LO_CRYPT_SKIPJACK" }, { 18, "LO_CRYPT_CRYPTOAPI" },
}

-- PERF_EVENT_IOC_ENABLE / DISABLE / RESET
M.perf_ioc_flags = { { 0x1, "PERF_IOC_FLAG_GROUP" } }

-- userfaultfd
M.uffd_features = {
  { 1 << 0, "UFFD_FEATURE_PAGEFAULT_FLAG_WP" }, { 1 << 1, "UFFD_FEATURE_EVENT_FORK" },
  { 1 << 2, "UFFD_FEATURE_EVENT_REMAP" }, { 1 << 3, "UFFD_FEATURE_EVENT_REMOVE" },
  { 1 << 4, "UFFD_FEATURE_MISSING_HUGETLBFS" }, { 1 << 5, "UFFD_FEATURE_MISSING_SHMEM" },
  { 1 << 6, "UFFD_FEATURE_EVENT_UNMAP" }, { 1 << 7, "UFFD_FEATURE_SIGBUS" },
  { 1 << 8, "UFFD_FEATURE_THREAD_ID" }, { 1 << 9, "UFFD_FEATURE_MINOR_HUGETLBFS" },
  { 1 << 10, "UFFD_FEATURE_MINOR_SHMEM" }, { 1 << 11, "UFFD_FEATURE_EXACT_ADDRESS" },
  { 1 << 12, "UFFD_FEATURE_WP_HUGETLBFS_SHMEM" },
}
-- the ioctls field: bit numbers _UFFDIO_*
M.uffd_ioctls = {
  { 1 << 0, "1<<_UFFDIO_REGISTER" }, { 1 << 1, "1<<_UFFDIO_UNREGISTER" },
  { 1 << 2, "1<<_UFFDIO_WAKE" }, { 1 << 3, "1<<_UFFDIO_COPY" }, { 1 << 4, "1<<_UFFDIO_ZEROPAGE" },
  { 1 << 6, "1<<_UFFDIO_WRITEPROTECT" }, { 1 << 7, "1<<_UFFDIO_CONTINUE" },
  { 1 << 63, "1<<_UFFDIO_API" },
}
M.uffd_register_mode = {
  { 0x1, "UFFDIO_REGISTER_MODE_MISSING" }, { 0x2, "UFFDIO_REGISTER_MODE_WP" },
  { 0x4, "UFFDIO_REGISTER_MODE_MINOR" },
}
M.uffd_copy_mode = { { 0x1, "UFFDIO_COPY_MODE_DONTWAKE" }, { 0x2, "UFFDIO_COPY_MODE_WP" } }
M.uffd_zeropage_mode = { { 0x1, "UFFDIO_ZEROPAGE_MODE_DONTWAKE" } }

return M
