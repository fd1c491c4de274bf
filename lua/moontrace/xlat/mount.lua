-- mount(2) and umount2(2) flags.
-- Data: { value, "NAME" } in the order strace 6.1 tries them (x86_64 values;
-- the order matters for flags, where the first matching entry takes its bits).

local M = {}

M.mount = {
  { 0x1, "MS_RDONLY" },
  { 0x2, "MS_NOSUID" },
  { 0x4, "MS_NODEV" },
  { 0x8, "MS_NOEXEC" },
  { 0x10, "MS_SYNCHRONOUS" },
  { 0x20, "MS_REMOUNT" },
  { 0x40, "MS_MANDLOCK" },
  { 0x80, "MS_DIRSYNC" },
  { 0x100, "MS_NOSYMFOLLOW" },
  { 0x400, "MS_NOATIME" },
  { 0x800, "MS_NODIRATIME" },
  { 0x1000, "MS_BIND" },
  { 0x2000, "MS_MOVE" },
  { 0x4000, "MS_REC" },
  { 0x8000, "MS_SILENT" },
  { 0x10000, "MS_POSIXACL" },
  { 0x20000, "MS_UNBINDABLE" },
  { 0x40000, "MS_PRIVATE" },
  { 0x80000, "MS_SLAVE" },
  { 0x100000, "MS_SHARED" },
  { 0x200000, "MS_RELATIME" },
  { 0x400000, "MS_KERNMOUNT" },
  { 0x800000, "MS_I_VERSION" },
  { 0x1000000, "MS_STRICTATIME" },
  { 0x2000000, "MS_LAZYTIME" },
  { 0x4000000, "MS_SUBMOUNT" },
  { 0x8000000, "MS_NOREMOTELOCK" },
  { 0x10000000, "MS_NOSEC" },
  { 0x20000000, "MS_BORN" },
  { 0x40000000, "MS_ACTIVE" },
  { 0x80000000, "MS_NOUSER" },
}

M.umount = {
  { 0x1, "MNT_FORCE" },
  { 0x2, "MNT_DETACH" },
  { 0x4, "MNT_EXPIRE" },
  { 0x8, "UMOUNT_NOFOLLOW" },
}

return M
