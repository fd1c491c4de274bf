-- Constants of the calls in decode/vm.lua: NUMA memory policies, userfaultfd,
-- protection keys, fanotify, io_uring, futex_waitv and landlock.
-- Data: { value, "NAME" } in the order strace 6.1 tries them (x86_64 values;
-- the order matters for flags, where the first matching entry takes its bits).
-- Values from the kernel headers (linux/mempolicy.h, linux/fanotify.h,
-- linux/io_uring.h, linux/landlock.h ...), limited to what strace 6.1 names.

local M = {}

-- ---- memory policy --------------------------------------------------------------

M.mpol_modes = {
  { 0, "MPOL_DEFAULT" },
  { 1, "MPOL_PREFERRED" },
  { 2, "MPOL_BIND" },
  { 3, "MPOL_INTERLEAVE" },
  { 4, "MPOL_LOCAL" },
  { 5, "MPOL_PREFERRED_MANY" },
}

M.MPOL_MODE_FLAGS = 0xe000
M.mpol_mode_flags = {
  { 0x8000, "MPOL_F_STATIC_NODES" },
  { 0x4000, "MPOL_F_RELATIVE_NODES" },
  { 0x2000, "MPOL_F_NUMA_BALANCING" },
}

-- get_mempolicy's flags
M.mpol_get_flags = {
  { 0x1, "MPOL_F_NODE" },
  { 0x2, "MPOL_F_ADDR" },
  { 0x4, "MPOL_F_MEMS_ALLOWED" },
}

-- mbind's and move_pages' flags
M.mpol_mf_flags = {
  { 0x1, "MPOL_MF_STRICT" },
  { 0x2, "MPOL_MF_MOVE" },
  { 0x4, "MPOL_MF_MOVE_ALL" },
}

-- ---- userfaultfd, pkeys, memfd_secret -------------------------------------------

M.uffd_flags = {
  { 0x1, "UFFD_USER_MODE_ONLY" },
  { 0x800, "O_NONBLOCK" },
  { 0x80000, "O_CLOEXEC" },
}

M.pkey_access = {
  { 0x1, "PKEY_DISABLE_ACCESS" },
  { 0x2, "PKEY_DISABLE_WRITE" },
}

M.memfd_secret = {
  { 0x80000, "O_CLOEXEC" },
}

-- ---- fanotify ------------------------------------------------------------------

M.FAN_ALL_CLASS_BITS = 0xc
M.fan_classes = {
  { 0x0, "FAN_CLASS_NOTIF" },
  { 0x4, "FAN_CLASS_CONTENT" },
  { 0x8, "FAN_CLASS_PRE_CONTENT" },
}

M.fan_init_flags = {
  { 0x1, "FAN_CLOEXEC" },
  { 0x2, "FAN_NONBLOCK" },
  { 0x10, "FAN_UNLIMITED_QUEUE" },
  { 0x20, "FAN_UNLIMITED_MARKS" },
  { 0x40, "FAN_ENABLE_AUDIT" },
  { 0x80, "FAN_REPORT_PIDFD" },
  { 0x100, "FAN_REPORT_TID" },
  { 0x200, "FAN_REPORT_FID" },
  { 0x400, "FAN_REPORT_DIR_FID" },
  { 0x800, "FAN_REPORT_NAME" },
  { 0x1000, "FAN_REPORT_TARGET_FID" },
}

M.fan_mark_flags = {
  { 0x1, "FAN_MARK_ADD" },
  { 0x2, "FAN_MARK_REMOVE" },
  { 0x4, "FAN_MARK_DONT_FOLLOW" },
  { 0x8, "FAN_MARK_ONLYDIR" },
  { 0x10, "FAN_MARK_MOUNT" },
  { 0x20, "FAN_MARK_IGNORED_MASK" },
  { 0x40, "FAN_MARK_IGNORED_SURV_MODIFY" },
  { 0x80, "FAN_MARK_FLUSH" },
  { 0x100, "FAN_MARK_FILESYSTEM" },
  { 0x200, "FAN_MARK_EVICTABLE" },
  { 0x400, "FAN_MARK_IGNORE" },
}

M.fan_events = {
  { 0x1, "FAN_ACCESS" },
  { 0x2, "FAN_MODIFY" },
  { 0x4, "FAN_ATTRIB" },
  { 0x8, "FAN_CLOSE_WRITE" },
  { 0x10, "FAN_CLOSE_NOWRITE" },
  { 0x20, "FAN_OPEN" },
  { 0x40, "FAN_MOVED_FROM" },
  { 0x80, "FAN_MOVED_TO" },
  { 0x100, "FAN_CREATE" },
  { 0x200, "FAN_DELETE" },
  { 0x400, "FAN_DELETE_SELF" },
  { 0x800, "FAN_MOVE_SELF" },
  { 0x1000, "FAN_OPEN_EXEC" },
  { 0x4000, "FAN_Q_OVERFLOW" },
  { 0x8000, "FAN_FS_ERROR" },
  { 0x10000, "FAN_OPEN_PERM" },
  { 0x20000, "FAN_ACCESS_PERM" },
  { 0x40000, "FAN_OPEN_EXEC_PERM" },
  { 0x80000, "FAN_DIR_MODIFY" },
  { 0x40000000, "FAN_ONDIR" },
  { 0x8000000, "FAN_EVENT_ON_CHILD" },
  { 0x10000000, "FAN_RENAME" },
}

-- ---- io_uring ------------------------------------------------------------------

M.IORING_SETUP_ATTACH_WQ = 0x20
M.uring_setup_flags = {
  { 0x1, "IORING_SETUP_IOPOLL" },
  { 0x2, "IORING_SETUP_SQPOLL" },
  { 0x4, "IORING_SETUP_SQ_AFF" },
  { 0x8, "IORING_SETUP_CQSIZE" },
  { 0x10, "IORING_SETUP_CLAMP" },
  { 0x20, "IORING_SETUP_ATTACH_WQ" },
  { 0x40, "IORING_SETUP_R_DISABLED" },
  { 0x80, "IORING_SETUP_SUBMIT_ALL" },
  { 0x100, "IORING_SETUP_COOP_TASKRUN" },
  { 0x200, "IORING_SETUP_TASKRUN_FLAG" },
  { 0x400, "IORING_SETUP_SQE128" },
  { 0x800, "IORING_SETUP_CQE32" },
}

M.uring_features = {
  { 0x1, "IORING_FEAT_SINGLE_MMAP" },
  { 0x2, "IORING_FEAT_NODROP" },
  { 0x4, "IORING_FEAT_SUBMIT_STABLE" },
  { 0x8, "IORING_FEAT_RW_CUR_POS" },
  { 0x10, "IORING_FEAT_CUR_PERSONALITY" },
  { 0x20, "IORING_FEAT_FAST_POLL" },
  { 0x40, "IORING_FEAT_POLL_32BITS" },
  { 0x80, "IORING_FEAT_SQPOLL_NONFIXED" },
  { 0x100, "IORING_FEAT_EXT_ARG" },
  { 0x200, "IORING_FEAT_NATIVE_WORKERS" },
  { 0x400, "IORING_FEAT_RSRC_TAGS" },
  { 0x800, "IORING_FEAT_CQE_SKIP" },
  { 0x1000, "IORING_FEAT_LINKED_FILE" },
}

M.uring_enter_flags = {
  { 0x1, "IORING_ENTER_GETEVENTS" },
  { 0x2, "IORING_ENTER_SQ_WAKEUP" },
  { 0x4, "IORING_ENTER_SQ_WAIT" },
  { 0x8, "IORING_ENTER_EXT_ARG" },
  { 0x10, "IORING_ENTER_REGISTERED_RING" },
}

M.uring_register_ops = {
  { 0, "IORING_REGISTER_BUFFERS" },
  { 1, "IORING_UNREGISTER_BUFFERS" },
  { 2, "IORING_REGISTER_FILES" },
  { 3, "IORING_UNREGISTER_FILES" },
  { 4, "IORING_REGISTER_EVENTFD" },
  { 5, "IORING_UNREGISTER_EVENTFD" },
  { 6, "IORING_REGISTER_FILES_UPDATE" },
  { 7, "IORING_REGISTER_EVENTFD_ASYNC" },
  { 8, "IORING_REGISTER_PROBE" },
  { 9, "IORING_REGISTER_PERSONALITY" },
  { 10, "IORING_UNREGISTER_PERSONALITY" },
  { 11, "IORING_REGISTER_RESTRICTIONS" },
  { 12, "IORING_REGISTER_ENABLE_RINGS" },
  { 13, "IORING_REGISTER_FILES2" },
  { 14, "IORING_REGISTER_FILES_UPDATE2" },
  { 15, "IORING_REGISTER_BUFFERS2" },
  { 16, "IORING_REGISTER_BUFFERS_UPDATE" },
  { 17, "IORING_REGISTER_IOWQ_AFF" },
  { 18, "IORING_UNREGISTER_IOWQ_AFF" },
  { 19, "IORING_REGISTER_IOWQ_MAX_WORKERS" },
  { 20, "IORING_REGISTER_RING_FDS" },
  { 21, "IORING_UNREGISTER_RING_FDS" },
  { 22, "IORING_REGISTER_PBUF_RING" },
  { 23, "IORING_UNREGISTER_PBUF_RING" },
}

-- ---- futex_waitv ---------------------------------------------------------------

M.futex2_flags = {
  { 0x2, "FUTEX_32" },
  { 0x80, "FUTEX_PRIVATE_FLAG" },
}

-- ---- landlock ------------------------------------------------------------------

M.landlock_create = {
  { 0x1, "LANDLOCK_CREATE_RULESET_VERSION" },
}

M.landlock_rules = {
  { 1, "LANDLOCK_RULE_PATH_BENEATH" },
}

M.landlock_fs = {
  { 0x1, "LANDLOCK_ACCESS_FS_EXECUTE" },
  { 0x2, "LANDLOCK_ACCESS_FS_WRITE_FILE" },
  { 0x4, "LANDLOCK_ACCESS_FS_READ_FILE" },
  { 0x8, "LANDLOCK_ACCESS_FS_READ_DIR" },
  { 0x10, "LANDLOCK_ACCESS_FS_REMOVE_DIR" },
  { 0x20, "LANDLOCK_ACCESS_FS_REMOVE_FILE" },
  { 0x40, "LANDLOCK_ACCESS_FS_MAKE_CHAR" },
  { 0x80, "LANDLOCK_ACCESS_FS_MAKE_DIR" },
  { 0x100, "LANDLOCK_ACCESS_FS_MAKE_REG" },
  { 0x200, "LANDLOCK_ACCESS_FS_MAKE_SOCK" },
  { 0x400, "LANDLOCK_ACCESS_FS_MAKE_FIFO" },
  { 0x800, "LANDLOCK_ACCESS_FS_MAKE_BLOCK" },
  { 0x1000, "LANDLOCK_ACCESS_FS_MAKE_SYM" },
  { 0x2000, "LANDLOCK_ACCESS_FS_REFER" },
}

return M
