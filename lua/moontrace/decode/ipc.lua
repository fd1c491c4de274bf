-- Decoders for System V IPC (shmget shmat shmctl shmdt, semget semop
-- semtimedop semctl, msgget msgsnd msgrcv msgctl) and POSIX message queues
-- (mq_open mq_unlink mq_timedsend mq_timedreceive mq_notify mq_getsetattr).
--
-- The structures are the x86_64 ones the kernel copies for the 64-bit calls
-- (struct shmid64_ds, semid64_ds, msqid64_ds with an ipc64_perm inside);
-- a *ctl command with IPC_64 set shows as "IPC_64|CMD".

local ipc_x = require "moontrace.xlat.ipc"
local file = require "moontrace.decode.file"

local D = {}

local IPC_64 = ipc_x.IPC_64
local IPC_RMID, IPC_SET, IPC_STAT, IPC_INFO = 0, 1, 2, 3

-- ---- keys, flags, commands -------------------------------------------------------

local function key(f, v)
  v = v & 0xffffffff
  if v == 0 then return f.styled("0", "IPC_PRIVATE") end
  return ("0x%x"):format(v)
end
D.ipc_key = key

-- semget/msgget flags then the mode.  Unknown bits with no name before them
-- run straight into the mode ("0x10000000" for 0x10000|000), as strace
-- prints them (but not with -X raw: "0x10000|000").
local function get_flags(f, v)
  v = v & 0xffffffff
  local mode = f.oct(v & 0x1ff)
  local rest = v & ~0x1ff
  if rest == 0 then return mode end
  local text = f.flags(ipc_x.get_flags, rest)
  local named = rest & (0x200 | 0x400 | 0x800) ~= 0
  if named or f.opts.xstyle == "raw" then return text .. "|" .. mode end
  return text .. mode
end

-- shmget flags: names, unknown bits, "N<<SHM_HUGE_SHIFT", the mode; all
-- joined by "|".
local function shmget_flags(f, v)
  v = v & 0xffffffff
  local parts = {}
  local huge_bits = (ipc_x.SHM_HUGE_MASK << ipc_x.SHM_HUGE_SHIFT) & 0xffffffff
  local huge = v & huge_bits
  local rest = v & ~huge_bits & ~0x1ff
  if rest ~= 0 then parts[#parts + 1] = f.flags(ipc_x.shmget_flags, rest) end
  if huge ~= 0 then parts[#parts + 1] = (huge >> ipc_x.SHM_HUGE_SHIFT) .. "<<" ..
    f.styled(f.dec(ipc_x.SHM_HUGE_SHIFT), "SHM_HUGE_SHIFT") end
  parts[#parts + 1] = f.oct(v & 0x1ff)
  return table.concat(parts, "|")
end

-- A *ctl command: "IPC_64|" when that bit is set, then the command by name.
local function ctl_cmd(f, v, tbl, dflt)
  v = v & 0xffffffff
  if v & IPC_64 == 0 then return f.xval(tbl, v, dflt) end
  return f.styled("0x100", "IPC_64") .. "|" .. f.xval(tbl, v & ~IPC_64, dflt)
end

-- ---- structures ----------------------------------------------------------------------

local function id(v) return v == 0xffffffff and "-1" or ("%d"):format(v) end

-- struct ipc64_perm (48 bytes) at offset `at` of b; `set` prints only what
-- IPC_SET changes.
local function perm(f, b, at, set)
  local k, uid, gid, cuid, cgid, mode = string.unpack("<I4I4I4I4I4I4", b, at)
  local text = "{uid=" .. id(uid) .. ", gid=" .. id(gid) .. ", mode=" .. f.oct(mode)
  if set then return text .. "}" end
  return text .. ", key=" .. ("%d"):format(k) .. ", cuid=" .. id(cuid) .. ", cgid=" .. id(cgid) .. "}"
end

local SHMID_DS, SEMID_DS, MSQID_DS = 112, 104, 120

local function shmid_ds(f, b, set)
  local text = "{shm_perm=" .. perm(f, b, 1, set)
  if set then return text .. "}" end
  local segsz, atime, dtime, ctime, cpid, lpid, nattch = string.unpack("<I8i8i8i8i4i4I8", b, 49)
  return text .. ", shm_segsz=" .. f.udec(segsz) .. ", shm_cpid=" .. cpid .. ", shm_lpid=" .. lpid ..
    ", shm_nattch=" .. f.udec(nattch) .. ", shm_atime=" .. atime .. ", shm_dtime=" .. dtime ..
    ", shm_ctime=" .. ctime .. "}"
end

local function semid_ds(f, b, set)
  local text = "{sem_perm=" .. perm(f, b, 1, set)
  if set then return text .. "}" end
  local otime, _, ctime, _, nsems = string.unpack("<i8I8i8I8I8", b, 49)
  return text .. ", sem_otime=" .. otime .. ", sem_ctime=" .. ctime .. ", sem_nsems=" .. f.udec(nsems) .. "}"
end

local function msqid_ds(f, b, set)
  local text = "{msg_perm=" .. perm(f, b, 1, set)
  local stime, rtime, ctime, _, qnum, qbytes, lspid, lrpid = string.unpack("<i8i8i8I8I8I8i4i4", b, 49)
  if set then return text .. ", msg_qbytes=" .. f.udec(qbytes) .. "}" end
  return text .. ", msg_stime=" .. stime .. ", msg_rtime=" .. rtime .. ", msg_ctime=" .. ctime ..
    ", msg_qnum=" .. f.udec(qnum) .. ", msg_qbytes=" .. f.udec(qbytes) ..
    ", msg_lspid=" .. lspid .. ", msg_lrpid=" .. lrpid .. "}"
end

-- struct shminfo64 (IPC_INFO)
local function shminfo(f, b)
  local max, min, mni, seg, all = string.unpack("<I8I8I8I8I8", b)
  return ("{shmmax=%s, shmmin=%s, shmmni=%s, shmseg=%s, shmall=%s}"):format(
    f.udec(max), f.udec(min), f.udec(mni), f.udec(seg), f.udec(all))
end

-- struct shm_info (SHM_INFO)
local function shm_info(f, b)
  local used, tot, rss, swp, att, succ = string.unpack("<i4xxxxI8I8I8I8I8", b)
  return ("{used_ids=%d, shm_tot=%s, shm_rss=%s, shm_swp=%s, swap_attempts=%s, swap_successes=%s}"):format(
    used, f.udec(tot), f.udec(rss), f.udec(swp), f.udec(att), f.udec(succ))
end

-- struct seminfo (IPC_INFO, SEM_INFO)
local SEMINFO = { "semmap", "semmni", "semmns", "semmnu", "semmsl", "semopm", "semume", "semusz",
                  "semvmx", "semaem" }
local function seminfo(f, b)
  local out = {}
  for i, name in ipairs(SEMINFO) do
    out[i] = name .. "=" .. string.unpack("<i4", b, i * 4 - 3)
  end
  return "{" .. table.concat(out, ", ") .. "}"
end

-- struct msginfo (IPC_INFO, MSG_INFO)
local MSGINFO = { "msgpool", "msgmap", "msgmax", "msgmnb", "msgmni", "msgssz", "msgtql" }
local function msginfo(f, b)
  local out = {}
  for i, name in ipairs(MSGINFO) do
    out[i] = name .. "=" .. string.unpack("<i4", b, i * 4 - 3)
  end
  out[#out + 1] = "msgseg=" .. string.unpack("<I2", b, 29)
  return "{" .. table.concat(out, ", ") .. "}"
end

-- A structure at addr printed by show(f, bytes), or the address.
local function struct_at(ev, f, addr, size, show, exiting, set)
  local b = (exiting and f.umove_exit or f.umove)(ev, addr, size)
  if not b then return f.ptr(addr) end
  return show(f, b, set)
end

-- ---- shared memory ---------------------------------------------------------------------

D.shmget = {
  enter = function(ev, f)
    local a = ev.args
    return key(f, a[1]) .. ", " .. f.udec(a[2]) .. ", " .. shmget_flags(f, a[3])
  end,
}

D.shmat = {
  enter = function(ev, f)
    local a = ev.args
    return f.int(a[1]) .. ", " .. f.ptr(a[2]) .. ", " ..
      f.flags(ipc_x.shmat_flags, a[3] & 0xffffffff, "SHM_???")
  end,
  ret = "hex",
}

D.shmdt = { enter = function(ev, f) return f.ptr(ev.args[1]) end }

local SHM_STAT, SHM_INFO, SHM_STAT_ANY = 13, 14, 15

-- shmctl and msgctl: the command (with IPC_64), then the structure IPC_SET
-- passes in, or the one IPC_STAT and the *_STAT commands fill, or an info
-- structure: t = { names, dflt, ds_size, ds, stat = {cmd = true}, info = {cmd = {size, fn}} }
local function ctl_decoder(t)
  return {
    enter = function(ev, f)
      local a = ev.args
      local text = f.int(a[1]) .. ", " .. ctl_cmd(f, a[2], t.names, t.dflt) .. ", "
      if a[2] & 0xffffffff & ~IPC_64 == IPC_SET then
        text = text .. struct_at(ev, f, a[3], t.ds_size, t.ds, false, true)
      end
      return text
    end,
    exit = function(ev, f)
      local a = ev.args
      local cmd = a[2] & 0xffffffff & ~IPC_64
      if cmd == IPC_SET then return "" end
      if cmd == IPC_STAT or t.stat[cmd] then return struct_at(ev, f, a[3], t.ds_size, t.ds, true) end
      local info = t.info[cmd]
      if info then return struct_at(ev, f, a[3], info[1], info[2], true) end
      return f.ptr(a[3])
    end,
  }
end

D.shmctl = ctl_decoder{ names = ipc_x.shmctl, dflt = "SHM_???", ds_size = SHMID_DS, ds = shmid_ds,
                        stat = { [SHM_STAT] = true, [SHM_STAT_ANY] = true },
                        info = { [IPC_INFO] = { 72, shminfo }, [SHM_INFO] = { 48, shm_info } } }

-- ---- semaphores ------------------------------------------------------------------------

D.semget = {
  enter = function(ev, f)
    local a = ev.args
    return key(f, a[1]) .. ", " .. f.int(a[2]) .. ", " .. get_flags(f, a[3])
  end,
}

local function sembuf(f, b)
  local num, op, flg = string.unpack("<I2i2I2", b)
  return ("{sem_num=%d, sem_op=%d, sem_flg=%s}"):format(num, op, f.flags(ipc_x.sem_flags, flg, "SEM_???"))
end

local function sops(ev, f)
  local a = ev.args
  local n = a[3] & 0xffffffff
  return f.int(a[1]) .. ", " .. f.array(ev, a[2], n, 6, function(b) return sembuf(f, b) end) ..
    ", " .. f.dec(n)
end

D.semop = { enter = sops }
D.semtimedop = {
  enter = function(ev, f) return sops(ev, f) .. ", " .. f.timespec(ev, ev.args[4]) end,
}

local GETPID, GETVAL, GETALL, GETNCNT, GETZCNT, SETVAL, SETALL = 11, 12, 13, 14, 15, 16, 17
local SEM_STAT, SEM_INFO, SEM_STAT_ANY = 18, 19, 20

D.semctl = {
  enter = function(ev, f)
    local a = ev.args
    local cmd = a[3] & 0xffffffff & ~IPC_64
    local text = f.int(a[1]) .. ", " .. f.int(a[2]) .. ", " ..
      ctl_cmd(f, a[3], ipc_x.semctl, "SEM_???") .. ", "
    if cmd == IPC_SET then
      return text .. struct_at(ev, f, a[4], SEMID_DS, semid_ds, false, true)
    elseif cmd == SETVAL then
      return text .. f.hex(a[4])
    end
    return text
  end,
  exit = function(ev, f)
    local a = ev.args
    local cmd = a[3] & 0xffffffff & ~IPC_64
    if cmd == IPC_SET or cmd == SETVAL then return "" end
    if cmd == IPC_STAT or cmd == SEM_STAT or cmd == SEM_STAT_ANY then
      return struct_at(ev, f, a[4], SEMID_DS, semid_ds, true)
    elseif cmd == IPC_INFO or cmd == SEM_INFO then
      return struct_at(ev, f, a[4], 40, seminfo, true)
    end
    return f.ptr(a[4])
  end,
}

-- ---- message queues (System V) ------------------------------------------------------------

D.msgget = {
  enter = function(ev, f) return key(f, ev.args[1]) .. ", " .. get_flags(f, ev.args[2]) end,
}

local function msg_flags(f, v) return f.flags(ipc_x.msg_flags, v & 0xffffffff, "MSG_???") end

-- struct msgbuf: mtype, then msgsz bytes of mtext (at most -s of them).
local function msgbuf(ev, f, addr, size, exiting)
  local b = (exiting and f.umove_exit or f.umove)(ev, addr, 8)
  if not b then return f.ptr(addr) end
  return "{mtype=" .. string.unpack("<i8", b) .. ", mtext=" .. f.buf(ev, addr + 8, size) .. "}"
end

D.msgsnd = {
  enter = function(ev, f)
    local a = ev.args
    return f.int(a[1]) .. ", " .. msgbuf(ev, f, a[2], a[3]) .. ", " .. f.udec(a[3]) .. ", " ..
      msg_flags(f, a[4])
  end,
}

D.msgrcv = {
  enter = function(ev, f) return f.int(ev.args[1]) .. ", " end,
  exit = function(ev, f)
    local a = ev.args
    return msgbuf(ev, f, a[2], a[3], true) .. ", " .. f.udec(a[3]) .. ", " .. f.long(a[4]) .. ", " ..
      msg_flags(f, a[5])
  end,
}

local MSG_STAT, MSG_INFO, MSG_STAT_ANY = 11, 12, 13

D.msgctl = ctl_decoder{ names = ipc_x.msgctl, dflt = "MSG_???", ds_size = MSQID_DS, ds = msqid_ds,
                        stat = { [MSG_STAT] = true, [MSG_STAT_ANY] = true },
                        info = { [IPC_INFO] = { 32, msginfo }, [MSG_INFO] = { 32, msginfo } } }

-- ---- POSIX message queues --------------------------------------------------------------------

local O_CREAT = 0x40

-- struct mq_attr (four longs, then four reserved)
local function mq_attr(f, b)
  local flags, maxmsg, msgsize, curmsgs = string.unpack("<i8i8i8i8", b)
  local fl = flags == 0 and "0" or f.flags(ipc_x.mq_flags, flags)
  return ("{mq_flags=%s, mq_maxmsg=%d, mq_msgsize=%d, mq_curmsgs=%d}"):format(fl, maxmsg, msgsize, curmsgs)
end
local MQ_ATTR = 64

D.mq_open = {
  enter = function(ev, f)
    local a = ev.args
    local text = f.path(ev, a[1]) .. ", " .. file.open_flags(f, a[2])
    if a[2] & O_CREAT ~= 0 then
      text = text .. ", " .. f.oct(a[3] & 0xffff) .. ", " .. struct_at(ev, f, a[4], MQ_ATTR, mq_attr)
    end
    return text
  end,
  ret = "fd",
}

D.mq_unlink = { enter = function(ev, f) return f.path(ev, ev.args[1]) end }

D.mq_timedsend = {
  enter = function(ev, f)
    local a = ev.args
    return f.fd(ev, a[1]) .. ", " .. f.buf(ev, a[2], a[3]) .. ", " .. f.udec(a[3]) .. ", " ..
      f.uint(a[4]) .. ", " .. f.timespec(ev, a[5])
  end,
}

D.mq_timedreceive = {
  enter = function(ev, f) return f.fd(ev, ev.args[1]) .. ", " end,
  exit = function(ev, f)
    local a = ev.args
    local buf = ev.err ~= 0 and f.ptr(a[2]) or f.buf(ev, a[2], ev.ret)
    return buf .. ", " .. f.udec(a[3]) .. ", " .. f.num_at(ev, a[4], "<I4", nil, true) .. ", " ..
      f.timespec(ev, a[5])
  end,
}

-- struct sigevent, as timer_create shows it
local sigevent_at = require("moontrace.decode.misc").sigevent_at

D.mq_notify = {
  enter = function(ev, f) return f.fd(ev, ev.args[1]) .. ", " .. sigevent_at(ev, f, ev.args[2]) end,
}

D.mq_getsetattr = {
  enter = function(ev, f)
    return f.fd(ev, ev.args[1]) .. ", " .. struct_at(ev, f, ev.args[2], MQ_ATTR, mq_attr) .. ", "
  end,
  exit = function(ev, f) return struct_at(ev, f, ev.args[3], MQ_ATTR, mq_attr, true) end,
}

return D
