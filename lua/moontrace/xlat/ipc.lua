-- System V IPC and POSIX message queue constants (linux/ipc.h, linux/shm.h,
-- linux/sem.h, linux/msg.h, linux/mqueue.h; x86_64 values).
-- Data: { value, "NAME" }; for flag sets the order is the order strace 6.1
-- prints them in (observed), the first matching entry taking its bits.

local M = {}

M.IPC_64 = 0x100

local IPC_CMDS = {
  { 0, "IPC_RMID" },
  { 1, "IPC_SET" },
  { 2, "IPC_STAT" },
  { 3, "IPC_INFO" },
}

local function with(extra)
  local t = {}
  for _, e in ipairs(IPC_CMDS) do t[#t + 1] = e end
  for _, e in ipairs(extra) do t[#t + 1] = e end
  return t
end

-- shmctl commands
M.shmctl = with {
  { 11, "SHM_LOCK" },
  { 12, "SHM_UNLOCK" },
  { 13, "SHM_STAT" },
  { 14, "SHM_INFO" },
  { 15, "SHM_STAT_ANY" },
}

-- semctl commands
M.semctl = with {
  { 11, "GETPID" },
  { 12, "GETVAL" },
  { 13, "GETALL" },
  { 14, "GETNCNT" },
  { 15, "GETZCNT" },
  { 16, "SETVAL" },
  { 17, "SETALL" },
  { 18, "SEM_STAT" },
  { 19, "SEM_INFO" },
  { 20, "SEM_STAT_ANY" },
}

-- msgctl commands
M.msgctl = with {
  { 11, "MSG_STAT" },
  { 12, "MSG_INFO" },
  { 13, "MSG_STAT_ANY" },
}

-- semget/msgget flags (the low nine bits are the mode)
M.get_flags = {
  { 0x200, "IPC_CREAT" },
  { 0x400, "IPC_EXCL" },
  { 0x800, "IPC_NOWAIT" },
}

-- shmget flags (bits 26..31 hold log2 of the huge page size)
M.shmget_flags = {
  { 0x200, "IPC_CREAT" },
  { 0x400, "IPC_EXCL" },
  { 0x800, "SHM_HUGETLB" },
  { 0x1000, "SHM_NORESERVE" },
}
M.SHM_HUGE_SHIFT, M.SHM_HUGE_MASK = 26, 0x3f

-- shmat flags
M.shmat_flags = {
  { 0x1000, "SHM_RDONLY" },
  { 0x2000, "SHM_RND" },
  { 0x4000, "SHM_REMAP" },
  { 0x8000, "SHM_EXEC" },
}

-- msgsnd/msgrcv flags
M.msg_flags = {
  { 0x1000, "MSG_NOERROR" },
  { 0x2000, "MSG_EXCEPT" },
  { 0x4000, "MSG_COPY" },
  { 0x800, "IPC_NOWAIT" },
}

-- struct sembuf's sem_flg
M.sem_flags = {
  { 0x1000, "SEM_UNDO" },
  { 0x800, "IPC_NOWAIT" },
}

-- struct mq_attr's mq_flags
M.mq_flags = {
  { 0x800, "O_NONBLOCK" },
}

return M
