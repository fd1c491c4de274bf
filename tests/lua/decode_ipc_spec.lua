-- The ipc decoders (System V shm/sem/msg, POSIX mq_*) against strace 6.1's
-- own output: each expected string is a line of `strace ./v11`
-- (tests/lua/victims/v11.c, ASLR off), the tracee memory rebuilt by hand.
package.path = "lua/?.lua;lua/?/init.lua;tests/lua/?.lua;" .. package.path

local f = require "moontrace.fmt"
local fake = require "fake_event"
local D = require("moontrace.decode").decoders

local EINVAL, EFAULT, EMSGSIZE = 22, 14, 90

-- struct ipc64_perm (48 bytes)
local function perm(t)
  return string.pack("<I4I4I4I4I4I4I2I2xxxxI8I8", t.key or 0, t.uid or 0, t.gid or 0, t.cuid or 0,
    t.cgid or 0, t.mode or 0, t.seq or 0, 0, 0, 0)
end

-- struct shmid64_ds (112 bytes)
local function shmid_ds(t)
  return perm(t) .. string.pack("<I8i8i8i8i4i4I8I8I8", t.segsz or 0, t.atime or 0, t.dtime or 0,
    t.ctime or 0, t.cpid or 0, t.lpid or 0, t.nattch or 0, 0, 0)
end

-- struct semid64_ds (104 bytes)
local function semid_ds(t)
  return perm(t) .. string.pack("<i8I8i8I8I8I8I8", t.otime or 0, 0, t.ctime or 0, 0, t.nsems or 0, 0, 0)
end

-- struct msqid64_ds (120 bytes)
local function msqid_ds(t)
  return perm(t) .. string.pack("<i8i8i8I8I8I8i4i4I8I8", t.stime or 0, t.rtime or 0, t.ctime or 0,
    t.cbytes or 0, t.qnum or 0, t.qbytes or 0, t.lspid or 0, t.lrpid or 0, 0, 0)
end

local function mq_attr(flags, maxmsg, msgsize, curmsgs)
  return string.pack("<i8i8i8i8i8i8i8i8", flags, maxmsg, msgsize, curmsgs, 0, 0, 0, 0)
end

local function sembuf(num, op, flg) return string.pack("<I2i2I2", num, op, flg) end

local function opts(t)
  local o = { strsize = 32, verbose = false, xflag = 0, yflag = 0 }
  for k, v in pairs(t or {}) do o[k] = v end
  f.opts = o
end

describe("ipc decoders of v11 calls, by hand", function()
  before_each(function() opts() end)

  -- shmget(0x6d740b01, 8192, IPC_CREAT|IPC_EXCL|0600) = 0
  -- shmget(IPC_PRIVATE, 2097152, IPC_CREAT|SHM_HUGETLB|SHM_NORESERVE|21<<SHM_HUGE_SHIFT|0600) = 2
  -- shmget(0xed740b02, 4096, 0x10000|60<<SHM_HUGE_SHIFT|0600) = -1 ENOENT
  -- shmget(0xed740b02, 4096, 0x10000|000) = -1 ENOENT
  -- shmget(IPC_PRIVATE, 4096, IPC_CREAT|IPC_EXCL|SHM_HUGETLB|0x3e0c000|3<<SHM_HUGE_SHIFT|0777) = -1 EINVAL
  -- shmget(0x6d740b01, 0, 000) = -1 ENOENT
  it("shows shmget's key, size, flags, huge page size and mode", function()
    local function shmget(...) return D.shmget.enter(fake.event{ args = { ... } }, f) end
    assert.are.equal("0x6d740b01, 8192, IPC_CREAT|IPC_EXCL|0600", shmget(0x6d740b01, 8192, 0x780))
    assert.are.equal("IPC_PRIVATE, 2097152, IPC_CREAT|SHM_HUGETLB|SHM_NORESERVE|21<<SHM_HUGE_SHIFT|0600",
      shmget(0, 2097152, (21 << 26) | 0x1a00 | 0x180))
    assert.are.equal("0xed740b02, 4096, 0x10000|60<<SHM_HUGE_SHIFT|0600",
      shmget(0xed740b02, 4096, 0xf0000000 | 0x10000 | 0x180))
    assert.are.equal("0xed740b02, 4096, 0x10000|000", shmget(0xed740b02, 4096, 0x10000))
    assert.are.equal("IPC_PRIVATE, 4096, IPC_CREAT|IPC_EXCL|SHM_HUGETLB|0x3e0c000|3<<SHM_HUGE_SHIFT|0777",
      shmget(0, 4096, 0x0fe0c000 | 0x400 | 0xfff))
    assert.are.equal("0x6d740b01, 0, 000", shmget(0x6d740b01, 0, 0))
  end)

  -- semget(0x6d740b11, 3, 0x100000600) = -1 ENOENT
  -- semget(IPC_PRIVATE, -1, IPC_CREAT|IPC_NOWAIT|0xfe0c000|0644) = -1 EINVAL
  -- msgget(0x6d740b21, 0x10000000) = -1 ENOENT
  -- msgget(IPC_PRIVATE, IPC_CREAT|IPC_EXCL|IPC_NOWAIT|0xfe0c000|0777) = 2
  it("runs unnamed get flags into the mode, as strace does", function()
    local ev = fake.event{ args = { 0x6d740b11, 3, 0x10000 | 0x180 } }
    assert.are.equal("0x6d740b11, 3, 0x100000600", D.semget.enter(ev, f))
    ev = fake.event{ args = { 0, 0xffffffff, 0x0fe0c000 | 0xa00 | 0x1a4 } }
    assert.are.equal("IPC_PRIVATE, -1, IPC_CREAT|IPC_NOWAIT|0xfe0c000|0644", D.semget.enter(ev, f))
    ev = fake.event{ args = { 0x6d740b21, 0x10000 } }
    assert.are.equal("0x6d740b21, 0x10000000", D.msgget.enter(ev, f))
    ev = fake.event{ args = { 0, 0x0fe0c000 | 0x800 | 0xfff } }
    assert.are.equal("IPC_PRIVATE, IPC_CREAT|IPC_EXCL|IPC_NOWAIT|0xfe0c000|0777", D.msgget.enter(ev, f))
  end)

  -- strace -X raw / -X verbose:
  -- msgget(0x6d740b21, 0x10000|000) = -1 ENOENT
  -- semget(0, 1, 0x200|0666) = 1
  -- shmget(0, 2097152, 0x1a00|21<<26|0600) = 2
  -- shmctl(0, 0x100|0x2, 0x7fffffffec20) = -1 EINVAL
  -- semget(0 /* IPC_PRIVATE */, 1, 0x200 /* IPC_CREAT */|0666) = 1
  -- shmctl(0, 0x100 /* IPC_64 */|0x2 /* IPC_STAT */, 0x7fffffffec20) = -1 EINVAL
  -- shmget(0xed740b02, 4096, 0x200 /* IPC_CREAT */|60<<26 /* SHM_HUGE_SHIFT */|0600) = 3
  it("follows -X raw and -X verbose", function()
    opts{ xstyle = "raw" }
    assert.are.equal("0x6d740b21, 0x10000|000", D.msgget.enter(fake.event{ args = { 0x6d740b21, 0x10000 } }, f))
    assert.are.equal("0, 1, 0x200|0666", D.semget.enter(fake.event{ args = { 0, 1, 0x3b6 } }, f))
    assert.are.equal("0, 2097152, 0x1a00|21<<26|0600",
      D.shmget.enter(fake.event{ args = { 0, 2097152, (21 << 26) | 0x1a00 | 0x180 } }, f))
    local ev = fake.event{ args = { 0, 0x102, 0x7fffffffec20 }, err = EINVAL }
    assert.are.equal("0, 0x100|0x2, 0x7fffffffec20", fake.render(D.shmctl, ev, f))
    opts{ xstyle = "verbose" }
    assert.are.equal("0 /* IPC_PRIVATE */, 1, 0x200 /* IPC_CREAT */|0666",
      D.semget.enter(fake.event{ args = { 0, 1, 0x3b6 } }, f))
    assert.are.equal("0, 0x100 /* IPC_64 */|0x2 /* IPC_STAT */, 0x7fffffffec20", fake.render(D.shmctl, ev, f))
    assert.are.equal("0xed740b02, 4096, 0x200 /* IPC_CREAT */|60<<26 /* SHM_HUGE_SHIFT */|0600",
      D.shmget.enter(fake.event{ args = { 0xed740b02, 4096, 0xf0000000 | 0x200 | 0x180 } }, f))
  end)

  -- shmat(1, NULL, SHM_RDONLY|SHM_EXEC) = 0x7ffff7fbb000
  -- shmat(0, NULL, 0x10000000 /* SHM_??? */) = 0x7ffff7fb9000
  -- shmat(0, 0x1001, 0) = -1 EINVAL
  -- shmdt(0x7ffff7fbe000) = 0
  it("shows shmat's flags and address result, shmdt's address", function()
    local ev = fake.event{ args = { 1, 0, 0x9000 }, ret = 0x7ffff7fbb000 }
    assert.are.equal("1, NULL, SHM_RDONLY|SHM_EXEC", D.shmat.enter(ev, f))
    assert.are.equal("hex", D.shmat.ret)   -- = 0x7ffff7fbb000
    ev.args[1], ev.args[3] = 0, 0x10000000
    assert.are.equal("0, NULL, 0x10000000 /* SHM_??? */", D.shmat.enter(ev, f))
    ev.args[2], ev.args[3] = 0x1001, 0
    assert.are.equal("0, 0x1001, 0", D.shmat.enter(ev, f))
    assert.are.equal("0x7ffff7fbe000", D.shmdt.enter(fake.event{ args = { 0x7ffff7fbe000 } }, f))
  end)

  -- shmctl(3, IPC_STAT, {shm_perm={uid=0, gid=0, mode=0600, key=3983805186, cuid=0, cgid=0}, shm_segsz=4096,
  --   shm_cpid=9393, shm_lpid=0, shm_nattch=0, shm_atime=0, shm_dtime=0, shm_ctime=1795752604}) = 0
  -- shmctl(1, IPC_STAT, {shm_perm={uid=0, gid=0, mode=01640, key=0, ...}, ...}) = 0  (SHM_DEST)
  -- shmctl(0, IPC_STAT, 0x1) = -1 EFAULT
  -- shmctl(0, IPC_64|IPC_STAT, 0x7fffffffec20) = -1 EINVAL
  it("shows shmid_ds after IPC_STAT, SHM_STAT and SHM_STAT_ANY", function()
    local ds = shmid_ds{ key = 0xed740b02, mode = 0x180, segsz = 4096, ctime = 1795752604, cpid = 9393 }
    local ev = fake.event{ args = { 3, 2, 0x1000 }, mem = { [0x1000] = ds } }
    assert.are.equal("3, IPC_STAT, {shm_perm={uid=0, gid=0, mode=0600, key=3983805186, cuid=0, cgid=0}, " ..
      "shm_segsz=4096, shm_cpid=9393, shm_lpid=0, shm_nattch=0, shm_atime=0, shm_dtime=0, " ..
      "shm_ctime=1795752604}", fake.render(D.shmctl, ev, f))
    ds = shmid_ds{ mode = 0x3a0, segsz = 4096, atime = 1795752604, ctime = 1795752604, cpid = 9393,
                   lpid = 9393, nattch = 1 }
    ev = fake.event{ args = { 1, 15, 0x1000 }, mem = { [0x1000] = ds } }
    assert.are.equal("1, SHM_STAT_ANY, {shm_perm={uid=0, gid=0, mode=01640, key=0, cuid=0, cgid=0}, " ..
      "shm_segsz=4096, shm_cpid=9393, shm_lpid=9393, shm_nattch=1, shm_atime=1795752604, shm_dtime=0, " ..
      "shm_ctime=1795752604}", fake.render(D.shmctl, ev, f))
    ev = fake.event{ args = { 0, 2, 1 }, err = EFAULT }
    assert.are.equal("0, IPC_STAT, 0x1", fake.render(D.shmctl, ev, f))
    ev = fake.event{ args = { 0, 0x102, 0x7fffffffec20 }, err = EINVAL, mem = { [0x7fffffffec20] = ds } }
    assert.are.equal("0, IPC_64|IPC_STAT, 0x7fffffffec20", fake.render(D.shmctl, ev, f))
  end)

  -- shmctl(0, IPC_SET, {shm_perm={uid=-1, gid=0, mode=0640}}) = -1 EINVAL
  -- shmctl(3, IPC_SET, {shm_perm={uid=0, gid=0, mode=000}}) = 0
  -- shmctl(0, IPC_SET, NULL) = -1 EFAULT
  it("shows only what IPC_SET changes, before the call", function()
    local ev = fake.event{ kind = "enter", args = { 0, 1, 0x1000 },
                           mem = { [0x1000] = shmid_ds{ uid = 0xffffffff, mode = 0x1a0, segsz = 8192 } } }
    assert.are.equal("0, IPC_SET, {shm_perm={uid=-1, gid=0, mode=0640}}", D.shmctl.enter(ev, f))
    ev.err = EINVAL
    assert.are.equal("", D.shmctl.exit(ev, f))
    ev = fake.event{ args = { 3, 1, 0x1000 }, mem = { [0x1000] = shmid_ds{ key = 0xed740b02 } } }
    assert.are.equal("3, IPC_SET, {shm_perm={uid=0, gid=0, mode=000}}", fake.render(D.shmctl, ev, f))
    ev = fake.event{ args = { 0, 1, 0 }, err = EFAULT }
    assert.are.equal("0, IPC_SET, NULL", fake.render(D.shmctl, ev, f))
  end)

  -- shmctl(0, IPC_INFO, {shmmax=18446744073692774399, shmmin=1, shmmni=4096, shmseg=4096,
  --   shmall=18446744073692774399}) = 3
  -- shmctl(0, SHM_INFO, {used_ids=3, shm_tot=4, shm_rss=1, shm_swp=0, swap_attempts=0, swap_successes=0}) = 3
  -- shmctl(0, SHM_LOCK, NULL) = 0
  -- shmctl(0, 0x4d2 /* SHM_??? */, 0x1) = -1 EINVAL
  -- shmctl(0, IPC_64|0xfffffeff /* SHM_??? */, NULL) = -1 EINVAL
  -- shmctl(3, IPC_RMID, 0x7fffffffec20) = 0
  it("shows shminfo, shm_info and the other shmctl commands", function()
    local max = -16777217   -- 18446744073692774399
    local ev = fake.event{ args = { 0, 3, 0x1000 }, ret = 3,
                           mem = { [0x1000] = fake.u64(max, 1, 4096, 4096, max, 0, 0, 0, 0) } }
    assert.are.equal("0, IPC_INFO, {shmmax=18446744073692774399, shmmin=1, shmmni=4096, shmseg=4096, " ..
      "shmall=18446744073692774399}", fake.render(D.shmctl, ev, f))
    ev = fake.event{ args = { 0, 14, 0x1000 }, ret = 3,
                     mem = { [0x1000] = fake.u32(3, 0) .. fake.u64(4, 1, 0, 0, 0) } }
    assert.are.equal("0, SHM_INFO, {used_ids=3, shm_tot=4, shm_rss=1, shm_swp=0, swap_attempts=0, " ..
      "swap_successes=0}", fake.render(D.shmctl, ev, f))
    assert.are.equal("0, SHM_LOCK, NULL", fake.render(D.shmctl, fake.event{ args = { 0, 11, 0 } }, f))
    assert.are.equal("0, 0x4d2 /* SHM_??? */, 0x1",
      fake.render(D.shmctl, fake.event{ args = { 0, 1234, 1 }, err = EINVAL }, f))
    assert.are.equal("0, IPC_64|0xfffffeff /* SHM_??? */, NULL",
      fake.render(D.shmctl, fake.event{ args = { 0, -1, 0 }, err = EINVAL }, f))
    assert.are.equal("3, IPC_RMID, 0x7fffffffec20",
      fake.render(D.shmctl, fake.event{ args = { 3, 0, 0x7fffffffec20 } }, f))
  end)

  -- semop(0, [{sem_num=2, sem_op=-3, sem_flg=IPC_NOWAIT|0x6000}, {sem_num=2, sem_op=3,
  --   sem_flg=SEM_UNDO|IPC_NOWAIT}], 2) = 0
  -- semop(0, [], 0) = -1 EINVAL
  -- semop(0, 0x1, 1) = -1 EFAULT
  -- semtimedop(0, [{sem_num=0, sem_op=-1, sem_flg=0}], 1, {tv_sec=0, tv_nsec=1000}) = -1 EAGAIN
  -- semtimedop(0, [{sem_num=0, sem_op=-1, sem_flg=0}], 1, 0x1) = -1 EFAULT
  it("shows sembuf arrays", function()
    local ev = fake.event{ args = { 0, 0x1000, 2 },
                           mem = { [0x1000] = sembuf(2, -3, 0x6800) .. sembuf(2, 3, 0x1800) } }
    assert.are.equal("0, [{sem_num=2, sem_op=-3, sem_flg=IPC_NOWAIT|0x6000}, " ..
      "{sem_num=2, sem_op=3, sem_flg=SEM_UNDO|IPC_NOWAIT}], 2", D.semop.enter(ev, f))
    ev.args[3] = 0
    assert.are.equal("0, [], 0", D.semop.enter(ev, f))
    ev.args[2], ev.args[3] = 1, 1
    assert.are.equal("0, 0x1, 1", D.semop.enter(ev, f))
    ev = fake.event{ args = { 0, 0x1000, 1, 0x2000 },
                     mem = { [0x1000] = sembuf(0, -1, 0), [0x2000] = fake.u64(0, 1000) } }
    assert.are.equal("0, [{sem_num=0, sem_op=-1, sem_flg=0}], 1, {tv_sec=0, tv_nsec=1000}",
      D.semtimedop.enter(ev, f))
    ev.args[4] = 1
    assert.are.equal("0, [{sem_num=0, sem_op=-1, sem_flg=0}], 1, 0x1", D.semtimedop.enter(ev, f))
  end)

  -- semop(0, [{...}, ... 32 of them, ...], 40) = -1 EAGAIN; with -v all 40.
  -- strace -v: ..., {sem_num=0, sem_op=0, sem_flg=0x43 /* SEM_??? */}, ...
  it("cuts long sembuf arrays at -s elements unless -v", function()
    local ops = {}
    for i = 0, 39 do ops[#ops + 1] = sembuf(i % 3, 0, 0x800) end
    local ev = fake.event{ args = { 0, 0x1000, 40 }, mem = { [0x1000] = table.concat(ops) } }
    local text = D.semop.enter(ev, f)
    local _, n = text:gsub("{sem_num", "")
    assert.are.equal(32, n)
    assert.is_truthy(text:find("{sem_num=1, sem_op=0, sem_flg=IPC_NOWAIT}, ...], 40", 1, true))
    opts{ verbose = true }
    _, n = D.semop.enter(ev, f):gsub("{sem_num", "")
    assert.are.equal(40, n)
    ev = fake.event{ args = { 0, 0x1000, 1 }, mem = { [0x1000] = sembuf(12078, 12662, 0x43) } }
    assert.are.equal("0, [{sem_num=12078, sem_op=12662, sem_flg=0x43 /* SEM_??? */}], 1", D.semop.enter(ev, f))
  end)

  -- semctl(0, 0, SETVAL, 0x5) = 0
  -- semctl(0, 0, SETVAL, 0xffffffffffffffff) = -1 ERANGE
  -- semctl(0, 0, GETVAL, NULL) = 5
  -- semctl(0, 0, GETALL, 0x7fffffffec14) = 0
  -- semctl(0, 0, 0x4d2 /* SEM_??? */, NULL) = -1 EINVAL
  -- semctl(0, 0, IPC_64|0x4d2 /* SEM_??? */, 0x1) = -1 EINVAL
  -- semctl(0, 0, IPC_RMID, 0x1) = 0
  it("shows semctl's argument by command", function()
    local function semctl(a, err) return fake.render(D.semctl, fake.event{ args = a, err = err }, f) end
    assert.are.equal("0, 0, SETVAL, 0x5", semctl{ 0, 0, 16, 5 })
    assert.are.equal("0, 0, SETVAL, 0xffffffffffffffff", semctl({ 0, 0, 16, -1 }, 34))
    assert.are.equal("0, 0, GETVAL, NULL", semctl{ 0, 0, 12, 0 })
    assert.are.equal("0, 0, GETALL, 0x7fffffffec14", semctl{ 0, 0, 13, 0x7fffffffec14 })
    assert.are.equal("0, 0, 0x4d2 /* SEM_??? */, NULL", semctl({ 0, 0, 1234, 0 }, EINVAL))
    assert.are.equal("0, 0, IPC_64|0x4d2 /* SEM_??? */, 0x1", semctl({ 0, 0, 0x100 | 1234, 1 }, EINVAL))
    assert.are.equal("0, 0, IPC_RMID, 0x1", semctl{ 0, 0, 0, 1 })
  end)

  -- semctl(1, 0, SEM_STAT_ANY, {sem_perm={uid=0, gid=0, mode=0666, key=0, cuid=0, cgid=0}, sem_otime=0,
  --   sem_ctime=1795752604, sem_nsems=1}) = 1
  -- semctl(0, 0, IPC_SET, {sem_perm={uid=0, gid=0, mode=0640}}) = 0
  -- semctl(0, 0, SEM_INFO, {semmap=1024000000, semmni=32000, semmns=1024000000, semmnu=1024000000, semmsl=32000,
  --   semopm=500, semume=500, semusz=2, semvmx=32767, semaem=4}) = 1
  -- semctl(999, 0, SEM_STAT, 0x7fffffffec50) = -1 EINVAL
  it("shows semid_ds and seminfo", function()
    local ev = fake.event{ args = { 1, 0, 20, 0x1000 }, ret = 1,
                           mem = { [0x1000] = semid_ds{ mode = 0x1b6, ctime = 1795752604, nsems = 1 } } }
    assert.are.equal("1, 0, SEM_STAT_ANY, {sem_perm={uid=0, gid=0, mode=0666, key=0, cuid=0, cgid=0}, " ..
      "sem_otime=0, sem_ctime=1795752604, sem_nsems=1}", fake.render(D.semctl, ev, f))
    ev = fake.event{ args = { 0, 0, 1, 0x1000 },
                     mem = { [0x1000] = semid_ds{ key = 0x6d740b11, mode = 0x1a0, nsems = 3 } } }
    assert.are.equal("0, 0, IPC_SET, {sem_perm={uid=0, gid=0, mode=0640}}", fake.render(D.semctl, ev, f))
    ev = fake.event{ args = { 0, 0, 19, 0x1000 }, ret = 1,
                     mem = { [0x1000] = fake.u32(1024000000, 32000, 1024000000, 1024000000, 32000, 500, 500, 2,
                                                 32767, 4) } }
    assert.are.equal("0, 0, SEM_INFO, {semmap=1024000000, semmni=32000, semmns=1024000000, semmnu=1024000000, " ..
      "semmsl=32000, semopm=500, semume=500, semusz=2, semvmx=32767, semaem=4}", fake.render(D.semctl, ev, f))
    ev = fake.event{ args = { 999, 0, 18, 0x7fffffffec50 }, err = EINVAL }
    assert.are.equal("999, 0, SEM_STAT, 0x7fffffffec50", fake.render(D.semctl, ev, f))
  end)

  -- msgsnd(0, {mtype=2, mtext="bin\0\1\2\377\tx\n"}, 10, IPC_NOWAIT) = 0
  --   with -x: msgsnd(0, {mtype=2, mtext="\x62\x69\x6e\x00\x01\x02\xff\x09\x78\x0a"}, 10, IPC_NOWAIT) = 0
  -- msgsnd(0, {mtype=3, mtext="AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"...}, 18446744073709551615, IPC_NOWAIT) = -1 EINVAL
  -- msgsnd(0, {mtype=1, mtext="hello"}, 5, 0x100000 /* MSG_??? */) = 0
  -- msgsnd(0, 0x1, 5, IPC_NOWAIT) = -1 EFAULT
  it("shows msgsnd's message", function()
    local ev = fake.event{ args = { 0, 0x1000, 10, 0x800 },
                           mem = { [0x1000] = fake.u64(2) .. "bin\0\1\2\255\tx\n" } }
    assert.are.equal([[0, {mtype=2, mtext="bin\0\1\2\377\tx\n"}, 10, IPC_NOWAIT]], D.msgsnd.enter(ev, f))
    opts{ xflag = 1 }
    assert.are.equal([[0, {mtype=2, mtext="\x62\x69\x6e\x00\x01\x02\xff\x09\x78\x0a"}, 10, IPC_NOWAIT]],
      D.msgsnd.enter(ev, f))
    opts()
    ev = fake.event{ args = { 0, 0x1000, -1, 0x800 }, mem = { [0x1000] = fake.u64(3) .. ("A"):rep(64) } }
    assert.are.equal('0, {mtype=3, mtext="' .. ("A"):rep(32) .. '"...}, 18446744073709551615, IPC_NOWAIT',
      D.msgsnd.enter(ev, f))
    ev = fake.event{ args = { 0, 0x1000, 5, 0x100000 }, mem = { [0x1000] = fake.u64(1) .. "hello\0\0\0" } }
    assert.are.equal('0, {mtype=1, mtext="hello"}, 5, 0x100000 /* MSG_??? */', D.msgsnd.enter(ev, f))
    ev = fake.event{ args = { 0, 1, 5, 0x800 } }
    assert.are.equal("0, 0x1, 5, IPC_NOWAIT", D.msgsnd.enter(ev, f))
  end)

  -- msgrcv(0, {mtype=2, mtext="bi"}, 2, 0, MSG_NOERROR|IPC_NOWAIT) = 2
  -- msgrcv(0, {mtype=1, mtext="hello\0\0...\0"...}, 64, 0, IPC_NOWAIT) = 5
  -- msgrcv(0, {mtype=1, mtext="AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"...}, 64, -5, IPC_NOWAIT) = 0
  -- msgrcv(0, 0x7fffffffeb20, 2, 0, IPC_NOWAIT) = -1 E2BIG
  it("shows msgrcv's message after the call, msgsz bytes of it", function()
    local ev = fake.event{ kind = "enter", args = { 0, 0x1000, 2, 0, 0x1800 }, ret = 2,
                           mem = { [0x1000] = fake.u64(2) .. "bin\0" } }
    assert.are.equal("0, ", D.msgrcv.enter(ev, f))
    assert.are.equal('{mtype=2, mtext="bi"}, 2, 0, MSG_NOERROR|IPC_NOWAIT', D.msgrcv.exit(ev, f))
    ev = fake.event{ args = { 0, 0x1000, 64, 0, 0x800 }, ret = 5,
                     mem = { [0x1000] = fake.u64(1) .. "hello" .. ("\0"):rep(59) } }
    assert.are.equal('0, {mtype=1, mtext="hello' .. ("\\0"):rep(27) .. '"...}, 64, 0, IPC_NOWAIT',
      fake.render(D.msgrcv, ev, f))
    ev = fake.event{ args = { 0, 0x1000, 64, -5, 0x800 }, ret = 0,
                     mem = { [0x1000] = fake.u64(1) .. ("A"):rep(64) } }
    assert.are.equal('0, {mtype=1, mtext="' .. ("A"):rep(32) .. '"...}, 64, -5, IPC_NOWAIT',
      fake.render(D.msgrcv, ev, f))
    ev = fake.event{ args = { 0, 0x7fffffffeb20, 2, 0, 0x800 }, err = 7,
                     mem = { [0x7fffffffeb20] = fake.u64(1) .. "xx" } }
    assert.are.equal("0, 0x7fffffffeb20, 2, 0, IPC_NOWAIT", fake.render(D.msgrcv, ev, f))
  end)

  -- msgctl(0, IPC_SET, {msg_perm={uid=0, gid=0, mode=0640}, msg_qbytes=8192}) = 0
  -- msgctl(1, MSG_STAT_ANY, {msg_perm={uid=0, gid=0, mode=0644, key=0, cuid=0, cgid=0}, msg_stime=0, msg_rtime=0,
  --   msg_ctime=1795752604, msg_qnum=0, msg_qbytes=16384, msg_lspid=0, msg_lrpid=0}) = 1
  -- msgctl(0, MSG_INFO, {msgpool=3, msgmap=0, msgmax=8192, msgmnb=16384, msgmni=32000, msgssz=16, msgtql=0,
  --   msgseg=65535}) = 2
  -- msgctl(0, 0x4d2 /* MSG_??? */, NULL) = -1 EINVAL
  -- msgctl(0, IPC_64|MSG_INFO, 0x1) = -1 EINVAL
  it("shows msqid_ds and msginfo", function()
    local ev = fake.event{ args = { 0, 1, 0x1000 },
                           mem = { [0x1000] = msqid_ds{ mode = 0x1a0, qbytes = 8192, qnum = 3 } } }
    assert.are.equal("0, IPC_SET, {msg_perm={uid=0, gid=0, mode=0640}, msg_qbytes=8192}",
      fake.render(D.msgctl, ev, f))
    ev = fake.event{ args = { 1, 13, 0x1000 }, ret = 1,
                     mem = { [0x1000] = msqid_ds{ mode = 0x1a4, ctime = 1795752604, qbytes = 16384 } } }
    assert.are.equal("1, MSG_STAT_ANY, {msg_perm={uid=0, gid=0, mode=0644, key=0, cuid=0, cgid=0}, " ..
      "msg_stime=0, msg_rtime=0, msg_ctime=1795752604, msg_qnum=0, msg_qbytes=16384, msg_lspid=0, msg_lrpid=0}",
      fake.render(D.msgctl, ev, f))
    ev = fake.event{ args = { 0, 12, 0x1000 }, ret = 2,
                     mem = { [0x1000] = fake.u32(3, 0, 8192, 16384, 32000, 16, 0) .. string.pack("<I2xx", 65535) } }
    assert.are.equal("0, MSG_INFO, {msgpool=3, msgmap=0, msgmax=8192, msgmnb=16384, msgmni=32000, msgssz=16, " ..
      "msgtql=0, msgseg=65535}", fake.render(D.msgctl, ev, f))
    assert.are.equal("0, 0x4d2 /* MSG_??? */, NULL",
      fake.render(D.msgctl, fake.event{ args = { 0, 1234, 0 }, err = EINVAL }, f))
    assert.are.equal("0, IPC_64|MSG_INFO, 0x1",
      fake.render(D.msgctl, fake.event{ args = { 0, 0x10c, 1 }, err = EINVAL }, f))
  end)

  -- mq_open("ipc_q1", O_RDWR|O_CREAT|O_EXCL|O_NONBLOCK, 0600, {mq_flags=0, mq_maxmsg=4, mq_msgsize=64,
  --   mq_curmsgs=0}) = 3
  -- mq_open("ipc_q2", O_RDWR|O_CREAT|O_CLOEXEC, 0640, NULL) = 4
  -- mq_open("ipc_a_name_longer_than_thirty_two_bytes_0123456789", O_RDONLY) = -1 ENOENT
  -- mq_open("ipc_q9", O_WRONLY|O_CREAT, 0644, 0x1) = -1 EFAULT
  -- mq_unlink("ipc_q2") = 0
  it("shows mq_open's name, flags, and with O_CREAT the mode and attributes", function()
    local ev = fake.event{ args = { 0x1000, 0x8c2, 0x180, 0x2000 }, ret = 3,
                           mem = { [0x1000] = "ipc_q1\0", [0x2000] = mq_attr(0, 4, 64, 0) } }
    assert.are.equal('"ipc_q1", O_RDWR|O_CREAT|O_EXCL|O_NONBLOCK, 0600, ' ..
      "{mq_flags=0, mq_maxmsg=4, mq_msgsize=64, mq_curmsgs=0}", D.mq_open.enter(ev, f))
    assert.are.equal("fd", D.mq_open.ret)  -- = 3
    ev = fake.event{ args = { 0x1000, 0x80042, 0x1a0, 0 }, mem = { [0x1000] = "ipc_q2\0" } }
    assert.are.equal('"ipc_q2", O_RDWR|O_CREAT|O_CLOEXEC, 0640, NULL', D.mq_open.enter(ev, f))
    local name = "ipc_a_name_longer_than_thirty_two_bytes_0123456789"
    ev = fake.event{ args = { 0x1000, 0, 0, 0 }, mem = { [0x1000] = name .. "\0" } }
    assert.are.equal('"' .. name .. '", O_RDONLY', D.mq_open.enter(ev, f))
    assert.are.equal('"' .. name .. '"', D.mq_unlink.enter(ev, f))
    ev = fake.event{ args = { 0x1000, 0x41, 0x1a4, 1 }, mem = { [0x1000] = "ipc_q9\0" } }
    assert.are.equal('"ipc_q9", O_WRONLY|O_CREAT, 0644, 0x1', D.mq_open.enter(ev, f))
    assert.are.equal("0x1", D.mq_unlink.enter(fake.event{ args = { 1 } }, f))
  end)

  -- mq_timedsend(3, "\0\7\16\25\34#*18?FMT[bipw~\205\214\223\232\241\250\257\266\275\304\313\322\331"..., 40, 1,
  --   {tv_sec=2000000000, tv_nsec=5}) = 0
  -- mq_timedsend(3, "x", 1, 40000, NULL) = -1 EINVAL
  -- mq_timedreceive(3, "last one", 64, [32767], NULL) = 8
  -- mq_timedreceive(3, "\0\7\16..."..., 128, NULL, NULL) = 40
  -- mq_timedreceive(3, 0x7fffffffeaf0, 16, 0x7fffffffeabc, NULL) = -1 EMSGSIZE
  -- mq_timedreceive(4, 0x7fffffffeaf0, 8192, 0x7fffffffeabc, {tv_sec=1, tv_nsec=0}) = -1 ETIMEDOUT
  it("shows the messages sent and received", function()
    local bytes = {}
    for i = 0, 39 do bytes[#bytes + 1] = string.char(i * 7 & 0xff) end
    bytes = table.concat(bytes)
    local ev = fake.event{ args = { 3, 0x1000, 40, 1, 0x2000 },
                           mem = { [0x1000] = bytes, [0x2000] = fake.u64(2000000000, 5) } }
    assert.are.equal([[3, "\0\7\16\25\34#*18?FMT[bipw~\205\214\223\232\241\250\257\266\275\304\313\322\331"..., ]] ..
      "40, 1, {tv_sec=2000000000, tv_nsec=5}", D.mq_timedsend.enter(ev, f))
    ev = fake.event{ args = { 3, 0x1000, 1, 40000, 0 }, mem = { [0x1000] = "x\0" } }
    assert.are.equal('3, "x", 1, 40000, NULL', D.mq_timedsend.enter(ev, f))

    ev = fake.event{ kind = "enter", args = { 3, 0x1000, 64, 0x2000, 0 }, ret = 8,
                     mem = { [0x1000] = "last one" .. ("\0"):rep(56), [0x2000] = fake.u32(32767) } }
    assert.are.equal("3, ", D.mq_timedreceive.enter(ev, f))
    assert.are.equal('"last one", 64, [32767], NULL', D.mq_timedreceive.exit(ev, f))
    ev = fake.event{ args = { 3, 0x1000, 128, 0, 0 }, ret = 40, mem = { [0x1000] = bytes } }
    assert.are.equal([[3, "\0\7\16\25\34#*18?FMT[bipw~\205\214\223\232\241\250\257\266\275\304\313\322\331"..., ]] ..
      "128, NULL, NULL", fake.render(D.mq_timedreceive, ev, f))
    ev = fake.event{ args = { 3, 0x7fffffffeaf0, 16, 0x7fffffffeabc, 0 }, err = EMSGSIZE,
                     mem = { [0x7fffffffeaf0] = ("\0"):rep(16), [0x7fffffffeabc] = fake.u32(0) } }
    assert.are.equal("3, 0x7fffffffeaf0, 16, 0x7fffffffeabc, NULL", fake.render(D.mq_timedreceive, ev, f))
    ev = fake.event{ args = { 4, 0x7fffffffeaf0, 8192, 0x7fffffffeabc, 0x2000 }, err = 110,
                     mem = { [0x2000] = fake.u64(1, 0) } }
    assert.are.equal("4, 0x7fffffffeaf0, 8192, 0x7fffffffeabc, {tv_sec=1, tv_nsec=0}",
      fake.render(D.mq_timedreceive, ev, f))
  end)

  -- mq_notify(4, {sigev_value={sival_int=42, sival_ptr=0x2a}, sigev_signo=SIGUSR1, sigev_notify=SIGEV_SIGNAL}) = 0
  -- mq_notify(4, {sigev_value={sival_int=42, sival_ptr=0x2a}, sigev_signo=10, sigev_notify=SIGEV_NONE}) = 0
  -- mq_notify(4, {sigev_value={sival_int=42, sival_ptr=0x2a}, sigev_signo=-1, sigev_notify=SIGEV_THREAD,
  --   sigev_notify_function=NULL, sigev_notify_attributes=NULL}) = -1 EFAULT
  -- mq_notify(4, {sigev_value={sival_int=42, sival_ptr=0x2a}, sigev_signo=SIGUSR2, sigev_notify=SIGEV_THREAD_ID,
  --   sigev_notify_thread_id=1}) = -1 EINVAL
  -- mq_notify(4, {sigev_value={sival_int=42, sival_ptr=0x2a}, sigev_signo=12, sigev_notify=0x4d /* SIGEV_??? */})
  -- mq_notify(4, NULL) = 0
  it("shows mq_notify's sigevent", function()
    local function notify(signo, how, tid)
      local ev = fake.event{ args = { 4, 0x1000 },
                             mem = { [0x1000] = string.pack("<i8i4i4i8i8", 42, signo, how, tid or 0, 0) } }
      return D.mq_notify.enter(ev, f)
    end
    local value = "4, {sigev_value={sival_int=42, sival_ptr=0x2a}, "
    assert.are.equal(value .. "sigev_signo=SIGUSR1, sigev_notify=SIGEV_SIGNAL}", notify(10, 0))
    assert.are.equal(value .. "sigev_signo=10, sigev_notify=SIGEV_NONE}", notify(10, 1))
    assert.are.equal(value .. "sigev_signo=-1, sigev_notify=SIGEV_THREAD, sigev_notify_function=NULL, " ..
      "sigev_notify_attributes=NULL}", notify(-1, 2))
    assert.are.equal(value .. "sigev_signo=SIGUSR2, sigev_notify=SIGEV_THREAD_ID, sigev_notify_thread_id=1}",
      notify(12, 4, 1))
    assert.are.equal(value .. "sigev_signo=12, sigev_notify=0x4d /* SIGEV_??? */}", notify(12, 77))
    assert.are.equal("4, NULL", D.mq_notify.enter(fake.event{ args = { 4, 0 } }, f))
  end)

  -- mq_getsetattr(4, {mq_flags=O_NONBLOCK, mq_maxmsg=0, mq_msgsize=0, mq_curmsgs=0}, {mq_flags=0, mq_maxmsg=10,
  --   mq_msgsize=8192, mq_curmsgs=0}) = 0
  -- mq_getsetattr(3, NULL, {mq_flags=O_NONBLOCK, mq_maxmsg=4, mq_msgsize=64, mq_curmsgs=4}) = 0
  -- mq_getsetattr(4, {mq_flags=O_NONBLOCK|0x80003, ...}, 0x7fffffffebf0) = -1 EINVAL
  it("shows the attributes set before the call and the old ones after it", function()
    local ev = fake.event{ kind = "enter", args = { 4, 0x1000, 0x2000 },
                           mem = { [0x1000] = mq_attr(0x800, 0, 0, 0), [0x2000] = mq_attr(0, 10, 8192, 0) } }
    assert.are.equal("4, {mq_flags=O_NONBLOCK, mq_maxmsg=0, mq_msgsize=0, mq_curmsgs=0}, ",
      D.mq_getsetattr.enter(ev, f))
    assert.are.equal("{mq_flags=0, mq_maxmsg=10, mq_msgsize=8192, mq_curmsgs=0}", D.mq_getsetattr.exit(ev, f))
    ev = fake.event{ args = { 3, 0, 0x2000 }, mem = { [0x2000] = mq_attr(0x800, 4, 64, 4) } }
    assert.are.equal("3, NULL, {mq_flags=O_NONBLOCK, mq_maxmsg=4, mq_msgsize=64, mq_curmsgs=4}",
      fake.render(D.mq_getsetattr, ev, f))
    ev = fake.event{ args = { 4, 0x1000, 0x7fffffffebf0 }, err = EINVAL,
                     mem = { [0x1000] = mq_attr(0x80803, 0, 0, 0), [0x7fffffffebf0] = mq_attr(0, 0, 0, 0) } }
    assert.are.equal("4, {mq_flags=O_NONBLOCK|0x80003, mq_maxmsg=0, mq_msgsize=0, mq_curmsgs=0}, 0x7fffffffebf0",
      fake.render(D.mq_getsetattr, ev, f))
  end)
end)
